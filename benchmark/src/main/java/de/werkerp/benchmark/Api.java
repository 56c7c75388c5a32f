package de.werkerp.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few REST calls of the benchmark: HTTP Basic, JSON written and read by hand (flat objects only). Träger-Admins and
 * the operator must use the second factor (README "Sign-in"): {@link #zweiterFaktor} sets it up through
 * {@code POST anmeldung/zweifaktor}, computes the codes with the application's TOTP rule and uses an API token.
 */
final class Api {

    /** Computing 15,000 people synchronously may take many minutes. */
    private static final Duration LANG = Duration.ofMinutes(90);

    record Zugang(String benutzer, String passwort) {
        String header() {
            return "Basic " + Base64.getEncoder().encodeToString((benutzer + ":" + passwort)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String api;
    /** Bearer headers of the accounts with a second factor, by user name. */
    private final java.util.Map<String, String> tokens;

    Api(String basisUrl) {
        this(basisUrl, new java.util.concurrent.ConcurrentHashMap<>());
    }

    private Api(String basisUrl, java.util.Map<String, String> tokens) {
        this.api = basisUrl + "/api/v1/";
        this.tokens = tokens;
    }

    /** The same accounts (and their API tokens) against another address, e.g. another node of a cluster. */
    Api an(String basisUrl) {
        return new Api(basisUrl, tokens);
    }

    /** The Authorization header this client sends for the account (its API token, if it has one). */
    String authorization(Zugang wer) {
        return kopf(wer);
    }

    /** POST with a JSON body; fails unless the status is 2xx. Returns the body. {@code wer} null: without sign-in. */
    String post(Zugang wer, String pfad, String json) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(api + pfad)).timeout(LANG);
        if (wer != null) {
            builder.header("Authorization", kopf(wer));
        }
        HttpRequest req = builder.header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            throw new IOException("POST " + pfad + " als " + (wer == null ? "anonym" : wer.benutzer()) + ": HTTP "
                    + r.statusCode() + "\n"
                    + kurz(r.body()));
        }
        return r.body();
    }

    /** GET of a binary resource as a stream (the caller reads and closes it). */
    InputStream getStream(Zugang wer, String pfad) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(api + pfad)).timeout(LANG)
                .header("Authorization", kopf(wer)).GET().build();
        HttpResponse<InputStream> r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            String body;
            try (InputStream in = r.body()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            throw new IOException("GET " + pfad + " als " + wer.benutzer() + ": HTTP " + r.statusCode() + "\n"
                    + kurz(body));
        }
        return r.body();
    }

    private String kopf(Zugang wer) {
        return tokens.getOrDefault(wer.benutzer(), wer.header());
    }

    /**
     * Sets up the second factor of an account (if {@code geheimnisDatei} holds the secret of an earlier run, that one
     * is used) and fetches an API token, which all later calls of the account send.
     */
    void zweiterFaktor(Zugang wer, java.nio.file.Path geheimnisDatei) throws IOException, InterruptedException {
        String geheimnis = geheimnisDatei != null && java.nio.file.Files.exists(geheimnisDatei)
                ? java.nio.file.Files.readString(geheimnisDatei).trim() : null;
        long schritt = de.werkerp.security.control.Zweifaktorregel.schritt(java.time.Instant.now());
        if (geheimnis == null) {
            String start = anonym("anmeldung/zweifaktor", json("benutzername", wer.benutzer(), "passwort", wer.passwort()));
            geheimnis = feld(start, "geheimnis");
            anonym("anmeldung/zweifaktor", json("benutzername", wer.benutzer(), "passwort", wer.passwort(), "code",
                    de.werkerp.security.control.Zweifaktorregel.code(geheimnis, schritt)));
            if (geheimnisDatei != null) {
                java.nio.file.Files.writeString(geheimnisDatei, geheimnis);
            }
        } else {
            schritt = schritt - 1; // the next step is surely unused, also if the last run used the current one
        }
        String token = anonym("anmeldung/token", json("benutzername", wer.benutzer(), "passwort", wer.passwort(),
                "code", de.werkerp.security.control.Zweifaktorregel.code(geheimnis, schritt + 1), "name", "Benchmark",
                "gueltigBis", java.time.LocalDate.now().plusDays(1).toString()));
        tokens.put(wer.benutzer(), "Bearer " + feld(token, "token"));
    }

    private String anonym(String pfad, String json) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(api + pfad)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            throw new IOException("POST " + pfad + ": HTTP " + r.statusCode() + "\n" + kurz(r.body()));
        }
        return r.body();
    }

    // --- minimal JSON ---------------------------------------------------------------------------

    static String json(Object... paare) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < paare.length; i += 2) {
            if (i > 0) {
                b.append(',');
            }
            b.append(text(paare[i].toString())).append(':');
            Object v = paare[i + 1];
            if (v == null) {
                b.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                b.append(v);
            } else if (v instanceof String[] a) {
                b.append('[');
                for (int j = 0; j < a.length; j++) {
                    b.append(j > 0 ? "," : "").append(text(a[j]));
                }
                b.append(']');
            } else {
                b.append(text(v.toString()));
            }
        }
        return b.append('}').toString();
    }

    static String text(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** The number under the key (the first occurrence; keys of the answers here are unique). */
    static long zahl(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("Kein \"" + key + "\" in der Antwort: " + kurz(json));
        }
        return Long.parseLong(m.group(1));
    }

    /** The string under the key, or null. */
    static String feld(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String kurz(String s) {
        return s == null ? "" : s.length() > 3000 ? s.substring(0, 3000) + " …" : s;
    }
}
