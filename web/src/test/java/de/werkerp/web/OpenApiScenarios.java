package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import de.werkerp.client.ApiClient;
import de.werkerp.client.ApiException;
import de.werkerp.client.api.EinrichtungenApi;
import de.werkerp.client.model.EinrichtungDto;

/**
 * The OpenAPI document integrators generate clients from (README "REST API (OpenAPI)"): the live /openapi equals
 * the committed docs/openapi.json (from which the build generates the Java client), and Redocly CLI's recommended
 * rules find no error in it.
 */
final class OpenApiScenarios {

    static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    static final Path LIVE = Path.of("target", "openapi", "openapi.json");

    private OpenApiScenarios() {
    }

    static void documentLintsCleanAndMatchesTheCommittedOne(URL base) throws IOException, InterruptedException {
        String live = fetch(base);
        // Payara Micro adds a top-level "endpoints" (its context roots and their paths) that OpenAPI 3 does not
        // define; integrators get the document without it (docs/openapi.json), and lint and comparison skip it
        JsonObject document = Json.createObjectBuilder(parse(live)).remove("endpoints").build();
        Files.createDirectories(LIVE.getParent());
        Files.writeString(LIVE, document.toString(), StandardCharsets.UTF_8);
        assertTrue(document.getJsonObject("paths").containsKey("/api/v1/einrichtungen"), live.substring(0, Math.min(500, live.length())));

        lint(LIVE);

        if (!Files.exists(COMMITTED)) {
            fail("docs/openapi.json fehlt; das Dokument der laufenden Anwendung steht in web/" + LIVE);
        }
        JsonObject committed = parse(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        String difference = firstDifference("", committed, document);
        assertEquals(null, difference, "docs/openapi.json weicht vom Dokument der Anwendung ab (web/" + LIVE
                + "); nach einer gewollten API-Änderung: cp web/" + LIVE + " docs/openapi.json");
    }

    /**
     * The Java client the build generates from docs/openapi.json (openapi-generator, native HttpClient) lists the
     * Einrichtungen of the demo tenant as the REST API does, and gets the documented 401 without sign-in.
     */
    static void generatedClientWorks(URL base) throws ApiException {
        String root = base.toString().replaceAll("/$", "");
        ApiClient client = new ApiClient();
        client.updateBaseUri(root);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("demo/entgelt:entgelt123!"
                .getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        List<EinrichtungDto> einrichtungen = new EinrichtungenApi(client).getEinrichtungen(null, null);
        // a paged list (issue 19): the client passes offset and limit and reads the total from X-Total-Count
        var seite = new EinrichtungenApi(client).getEinrichtungenWithHttpInfo(0, 1);
        assertEquals(1, seite.getData().size());
        assertEquals(String.valueOf(einrichtungen.size()), seite.getHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("X-Total-Count")).findFirst().orElseThrow().getValue().get(0));

        List<String> expected = Api.as(base, "demo/entgelt", "entgelt123!").get("einrichtungen").array().stream()
                .map(v -> v.asJsonObject().getString("name")).toList();
        assertTrue(!expected.isEmpty());
        assertEquals(expected, einrichtungen.stream().map(EinrichtungDto::getName).toList());

        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(root);
        ApiException denied = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> new EinrichtungenApi(anonymous).getEinrichtungen(null, null));
        assertEquals(401, denied.getCode());
    }

    private static String fetch(URL base) throws IOException, InterruptedException {
        String root = base.toString().replaceAll("/[^/]*/?$", "/");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "openapi"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Installs the pinned Redocly CLI (src/test/redocly) with npm ci and lints; fails on any error. */
    private static void lint(Path document) throws IOException, InterruptedException {
        Path dir = Path.of("target", "redocly");
        Files.createDirectories(dir);
        for (String file : List.of("package.json", "package-lock.json", "redocly.yaml")) {
            Files.copy(Path.of("src", "test", "redocly", file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(dir.resolve("node_modules").resolve("@redocly").resolve("cli"))) {
            run(dir, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        Run lint = run(dir, "node", "node_modules/@redocly/cli/bin/cli.js", "lint", "--config", "redocly.yaml",
                "--format", "stylish", document.toAbsolutePath().toString());
        Files.writeString(Path.of("target", "openapi", "lint.txt"), lint.output(), StandardCharsets.UTF_8);
        assertEquals(0, lint.exit(), "Redocly lint:\n" + lint.output());
    }

    record Run(int exit, String output) {
    }

    private static Run run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " dauerte zu lange");
        }
        Run run = new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        if (!command[0].equals("node")) {
            assertEquals(0, run.exit(), String.join(" ", command) + ":\n" + run.output());
        }
        return run;
    }

    /** The JSON pointer of the first difference (objects compared by key, so order does not matter), or null. */
    static String firstDifference(String at, JsonValue expected, JsonValue actual) {
        if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
            for (String key : e.keySet()) {
                if (!a.containsKey(key)) {
                    return at + "/" + key + " fehlt in der Anwendung";
                }
                String d = firstDifference(at + "/" + key, e.get(key), a.get(key));
                if (d != null) {
                    return d;
                }
            }
            for (String key : a.keySet()) {
                if (!e.containsKey(key)) {
                    return at + "/" + key + " fehlt in docs/openapi.json";
                }
            }
            return null;
        }
        if (expected instanceof JsonArray e && actual instanceof JsonArray a) {
            if (e.size() != a.size()) {
                return at + ": " + e.size() + " statt " + a.size() + " Einträge";
            }
            for (int i = 0; i < e.size(); i++) {
                String d = firstDifference(at + "/" + i, e.get(i), a.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : at + ": " + expected + " statt " + actual;
    }
}
