package de.werkerp.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/** A small client of the WerkERP REST API for the tests: one user (HTTP Basic), JSON in and out. */
public final class Api {

    public record Answer(int status, String body, byte[] bytes, String contentType) {
        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        /** The field name of the first field error of a 400 answer. */
        public String firstErrorField() {
            return object().getJsonArray("fehler").getJsonObject(0).getString("feld");
        }
    }

    /**
     * After this long without a request the next one gets a new client, i.e. new connections. Scenarios wait for the
     * next TOTP window (up to 30 s); the server closes a connection idle for its keep-alive time, and a request sent on
     * it at that moment fails ("Idle connection closed by HTTP/2 peer", seen once in CI). Well below the server's
     * time, so a connection is never reused near it.
     */
    private static final long NEUER_CLIENT_NACH_NS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    private static HttpClient client = neuerClient();
    private static long zuletztBenutzt = System.nanoTime();

    private static HttpClient neuerClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static synchronized HttpClient client() {
        long jetzt = System.nanoTime();
        if (jetzt - zuletztBenutzt > NEUER_CLIENT_NACH_NS) {
            client = neuerClient();
        }
        zuletztBenutzt = jetzt;
        return client;
    }

    private static synchronized void benutzt() {
        zuletztBenutzt = System.nanoTime();
    }

    /** Sends a request of any scenario with the client shared by the tests (new after an idle pause, see above). */
    static <T> HttpResponse<T> senden(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        try {
            return client().send(request, handler);
        } finally {
            benutzt();
        }
    }

    private final String base;
    private final String authorization;

    private Api(URL base, String authorization) {
        String root = base.toString();
        this.base = (root.endsWith("/") ? root : root + "/") + "api/v1/";
        this.authorization = authorization;
    }

    /** HTTP Basic with the password: only for accounts without a second factor (README "Sign-in"). */
    public static Api as(URL base, String user, String password) {
        return new Api(base, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * For Träger-Admins, Betreiber and other accounts with a second factor: sets it up through REST if this JVM has
     * not yet (keeping the secret, {@link Zweitfaktor}), fetches a personal API token once and uses it as Bearer.
     */
    public static Api mitZweitemFaktor(URL base, String user, String password) {
        return mitToken(base, Zweitfaktor.token(base, user, password));
    }

    /** With a personal API token ({@code Authorization: Bearer …}). */
    public static Api mitToken(URL base, String token) {
        return new Api(base, "Bearer " + token);
    }

    /** The Authorization header {@link #mitZweitemFaktor} sends. */
    public static String bearer(URL base, String user, String password) {
        return "Bearer " + Zweitfaktor.token(base, user, password);
    }

    public static Api anonymous(URL base) {
        return new Api(base, null);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** GET relative to the server root, not the API (e.g. Payara's /openapi). */
    public Answer getRaw(String path) {
        String root = base.substring(0, base.length() - "api/v1/".length());
        return send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60)).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = senden(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Builds a JSON object from alternating names and values (String, Number, Boolean or null). */
    public static String json(Object... namesAndValues) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value == null) {
                builder.add(name, JsonValue.NULL);
            } else if (value instanceof Long l) {
                builder.add(name, l);
            } else if (value instanceof Integer n) {
                builder.add(name, n);
            } else if (value instanceof Boolean b) {
                builder.add(name, b);
            } else if (value instanceof String[] array) {
                var list = Json.createArrayBuilder();
                for (String s : array) {
                    list.add(s);
                }
                builder.add(name, list);
            } else {
                builder.add(name, value.toString());
            }
        }
        return builder.build().toString();
    }
}
