package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Operations (issue 18 item 4, docs/betrieb.md): Payara Micro's MicroProfile Health and Metrics endpoints at the
 * server root, outside the application's context.
 */
final class BetriebScenarios {

    static final String FEHLANMELDUNGEN = "werkerp_anmeldung_fehlgeschlagen";

    private BetriebScenarios() {
    }

    /** /health/ready is UP with the database reachable and the schema current; /health/live is UP. */
    static void gesundheit(URL base) {
        Antwort ready = get(base, "/health/ready", "application/json");
        assertEquals(200, ready.status(), ready.body());
        JsonObject o = Json.createReader(new StringReader(ready.body())).readObject();
        assertEquals("UP", o.getString("status"), ready.body());
        JsonObject check = o.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(c -> "werkerp-datenbank".equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("readiness check werkerp-datenbank missing: " + ready.body()));
        assertEquals("UP", check.getString("status"), ready.body());
        JsonObject data = check.getJsonObject("data");
        assertEquals("erreichbar", data.getString("datenbank"), ready.body());
        assertTrue(data.getString("schema").matches("V\\d+"), ready.body());
        // Payara writes the data values as JSON strings, also numbers
        assertEquals("0", text(data, "ausstehend"), ready.body());
        assertEquals("0", text(data, "fehlgeschlagen"), ready.body());

        Antwort live = get(base, "/health/live", "application/json");
        assertEquals(200, live.status(), live.body());
        assertTrue(live.body().contains("\"werkerp\""), live.body());
    }

    private static String text(JsonObject o, String name) {
        jakarta.json.JsonValue v = o.get(name);
        assertTrue(v != null, name + " missing in " + o);
        return v instanceof jakarta.json.JsonString t ? t.getString() : v.toString();
    }

    /** A failed sign-in counts in /metrics; the Entgeltlauf timer (runs computed earlier in the IT) is there. */
    static void kennzahlen(URL base) {
        double vorher = wert(get(base, "/metrics", "text/plain").body(), FEHLANMELDUNGEN).orElse(0.0);
        Api.Answer abgelehnt = Api.as(base, "demo/betrieb-metrik-unbekannt", "falsch-123!").get("benutzer");
        assertEquals(401, abgelehnt.status(), abgelehnt.body());
        String metriken = get(base, "/metrics", "text/plain").body();
        double nachher = wert(metriken, FEHLANMELDUNGEN)
                .orElseThrow(() -> new AssertionError(FEHLANMELDUNGEN + " missing in /metrics"));
        assertTrue(nachher >= vorher + 1, "counter " + vorher + " -> " + nachher);
        assertTrue(metriken.contains("werkerp_entgeltlauf_berechnung"), "run duration timer in /metrics");
        assertTrue(!metriken.contains("demo/betrieb-metrik-unbekannt"), "no sign-in names in /metrics");
    }

    /**
     * The pool usage gauges are in /metrics with real values (not the -1 of an unreadable pool): the pool holds at
     * least one connection after the requests of the IT, and no more than its maximum (32, DatabaseStartup).
     */
    static void poolauslastung(URL base) {
        // a request through the application first, so that the pool is surely created and used
        Api.Answer gesund = Api.anonymous(base).get("health");
        assertEquals(200, gesund.status(), gesund.body());
        String metriken = get(base, "/metrics", "text/plain").body();
        double belegt = wert(metriken, "werkerp_datenbank_verbindungen_belegt")
                .orElseThrow(() -> new AssertionError("werkerp_datenbank_verbindungen_belegt missing in /metrics"));
        double frei = wert(metriken, "werkerp_datenbank_verbindungen_frei")
                .orElseThrow(() -> new AssertionError("werkerp_datenbank_verbindungen_frei missing in /metrics"));
        assertTrue(belegt >= 0 && frei >= 0, "pool not readable: belegt " + belegt + ", frei " + frei);
        assertTrue(belegt + frei >= 1 && belegt + frei <= 32, "pool size " + (belegt + frei));
    }

    /** The value of the first sample line of the metric (Prometheus text format, any scope prefix or tags). */
    static Optional<Double> wert(String prometheus, String name) {
        return prometheus.lines().filter(l -> !l.startsWith("#") && l.contains(name))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1).trim()).map(Double::valueOf).findFirst();
    }

    record Antwort(int status, String body) {
    }

    static Antwort get(URL base, String path, String accept) {
        try {
            URI uri = base.toURI().resolve(path);
            HttpResponse<String> r = Api.senden(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Antwort(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
