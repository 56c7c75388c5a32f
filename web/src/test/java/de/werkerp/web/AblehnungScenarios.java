package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Clear refusals instead of 500 (issue 15, item 6): a German 400 naming what is wrong, nothing stored — for a month
 * computed without Entgelt settings, for parameters that are no numbers or out of range, for JSON numbers beyond their
 * type, implausible birth dates and control characters; and the German 404/403 page for a foreign or missing id.
 */
final class AblehnungScenarios {

    private AblehnungScenarios() {
    }

    private static void ablehnung(Api.Answer a, String feld, String teil) {
        assertEquals(400, a.status(), a.body());
        JsonObject o = a.object();
        assertEquals(400, o.getInt("status"), a.body());
        assertEquals(feld, a.firstErrorField(), a.body());
        assertTrue(a.body().contains(teil), teil + " fehlt in " + a.body());
        assertFalse(a.body().contains("Exception"), a.body());
    }

    /** The REST refusals, as tenant B's admin (its Einrichtung has no Entgelt settings). */
    static void rest(URL base) {
        ClientScenarios.TenantB tb = ClientScenarios.tenantB(base);
        Api b = Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123");

        // a month without Entgelt settings: 400 naming the Bundesland, and no run stored (before: 500 and a FEHLER run)
        Api.Answer neu = b.post("einrichtungen", Api.json("name", "Werkstatt ohne Einstellungen", "art", "WFBM"));
        assertEquals(201, neu.status(), neu.body());
        long ohneEinstellungen = neu.object().getJsonNumber("id").longValue();
        Api.Answer ohne = b.post("entgelt/laeufe", Api.json("einrichtungId", ohneEinstellungen, "monat", "2025-03"));
        ablehnung(ohne, "einstellungen", "Bundesland");
        assertTrue(ohne.body().contains("„Werkstatt ohne Einstellungen“ sind keine Entgelt-Einstellungen"), ohne.body());
        assertEquals("[]", b.get("entgelt/laeufe?einrichtung=" + ohneEinstellungen).body().strip());

        // query and path parameters: no number, out of the type, out of @Min/@Max → 400, for every resource
        ablehnung(b.get("protokoll?max=abc"), "max", "ganze Zahl");
        ablehnung(b.get("protokoll?max=-1"), "max", "zwischen 1 und 10000");
        ablehnung(b.get("protokoll?max=99999999999"), "max", "zwischen 1 und 10000");
        assertEquals(200, b.get("protokoll?max=5").status());
        ablehnung(b.get("abrechnung/umsatz?jahr=999999999"), "jahr", "zwischen 1900 und 2200");
        ablehnung(b.get("abrechnung/umsatz?jahr=zwanzig"), "jahr", "ganze Zahl");
        ablehnung(b.get("teilhabe/kennzahlen/" + tb.einrichtungId() + "/999999999"), "jahr", "zwischen 1900 und 2200");
        ablehnung(b.get("entgelt/laeufe?einrichtung=abc"), "einrichtung", "ganze Zahl");
        ablehnung(b.get("wahlen/99999999999999999999"), "id", "Der Parameter „id“ muss zwischen");
        Api.Answer pfad = b.get("beschaeftigte/abc"); // primitive long: the container's conversion, mapped to 400
        assertEquals(400, pfad.status(), pfad.body());
        assertTrue(pfad.body().contains("keinen gültigen Wert"), pfad.body());
        assertEquals(404, b.get("gibt-es-nicht").status(), "an unknown path stays 404");
        assertEquals(404, b.get("beschaeftigte/999999999").status(), "an unknown id stays 404");

        // JSON numbers beyond their type: 400 naming the field instead of a wrapped value
        int personen = b.get("beschaeftigte").array().size();
        String vereinbarung = Api.json("einrichtungId", ohneEinstellungen, "bezeichnung", "Überlauf");
        ablehnung(b.post("abrechnung/vereinbarungen", vereinbarung.substring(0, vereinbarung.length() - 1)
                + ",\"fehltageJahr\":2147483648}"), "fehltageJahr", "2147483648 liegt außerhalb des zulässigen Bereichs");
        assertEquals("[]", b.get("abrechnung/vereinbarungen?einrichtung=" + ohneEinstellungen).body().strip());
        ablehnung(b.post("beschaeftigte", person("Max", "Muster", "1990-05-01", "\"kinderUnter25\":2147483648")),
                "kinderUnter25", "außerhalb des zulässigen Bereichs");

        // birth dates before 1900 or in the future
        ablehnung(b.post("beschaeftigte", person("Max", "Alt", "1899-12-31", null)), "geburtsdatum",
                "Das Geburtsdatum 31.12.1899 liegt vor dem 01.01.1900");
        ablehnung(b.post("beschaeftigte", person("Max", "Zukunft", "2999-01-01", null)), "geburtsdatum",
                "Das Geburtsdatum 01.01.2999 liegt in der Zukunft.");

        // control characters in names and text fields (one rule for every tenant-owned entity)
        ablehnung(b.post("beschaeftigte", person("Ma\u0000x", "Muster", "1990-05-01", null)), "vorname",
                "unzulässiges Steuerzeichen (U+0000 an Stelle 3)");
        ablehnung(b.post("beschaeftigte", person("Max", "Mus\u001bter", "1990-05-01", null)), "nachname",
                "U+001B");
        ablehnung(b.post("beschaeftigte", person("Max", "Mus\nter", "1990-05-01", null)), "nachname",
                "ohne Zeilenumbruch");
        ablehnung(b.post("einrichtungen", Api.json("name", "Werk\u0007statt", "art", "WFBM")), "name", "U+0007");
        assertEquals(personen, b.get("beschaeftigte").array().size(), "nichts gespeichert");
        assertEquals(201, b.post("beschaeftigte", person("Jürgen", "Groß-Öztürk", "1990-05-01", null)).status(),
                "ordinary German text passes");
    }

    private static String person(String vorname, String nachname, String geburtsdatum, String extra) {
        String json = Api.json("vorname", vorname, "nachname", nachname, "geburtsdatum", geburtsdatum, "geschlecht",
                "WEIBLICH");
        return extra == null ? json : json.substring(0, json.length() - 1) + "," + extra + "}";
    }

    /** Pages: another tenant's id and a missing id show the German 404 page, a role without access the 403 page. */
    static void browser(URL base) throws Exception {
        ClientScenarios.tenantB(base);
        long fremd = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD).get("beschaeftigte").array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        try (Browser browser = new Browser(base)) {
            browser.login("zweiter/admin.b", "geheim-b-123");
            browser.open("personen/person.xhtml?id=" + fremd);
            browser.waitForText(By.id("fehlerart"), "Nicht gefunden (404)");
            String text = browser.pageText();
            assertTrue(text.contains("Die Person wurde nicht gefunden."), text);
            assertFalse(text.contains("Exception"), text);
            assertEquals(404, status(base, browser, "personen/person.xhtml?id=" + fremd));
            browser.screenshot("fremde-id-404");
            browser.open("personen/person.xhtml");
            browser.waitForText(By.id("fehlertext"), "Keine Person angegeben");
            browser.open("wahl/wahlen.xhtml?wahl=" + fremd + "&einrichtung=" + ClientScenarios.tenantB(base)
                    .einrichtungId());
            browser.waitForText(By.id("fehlerart"), "Nicht gefunden (404)");
        }
        try (Browser browser = new Browser(base)) {
            browser.login("demo/werkstattrat", "rat12345!");
            browser.open("personen/person.xhtml?id=" + fremd);
            browser.waitForText(By.id("fehlerart"), "Keine Berechtigung (403)");
            assertEquals(403, status(base, browser, "personen/person.xhtml?id=" + fremd));
            browser.screenshot("rolle-403");
        }
    }

    /** The HTTP status of a page, requested with the browser's session. */
    private static int status(URL base, Browser browser, String path) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null, "keine Sitzung im Browser");
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + path))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.discarding());
        return r.statusCode();
    }
}
