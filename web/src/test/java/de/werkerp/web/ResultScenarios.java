package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Collections;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Client-side scenarios of the Arbeitsergebnisrechnung (§ 12 WVO, § 58 Abs. 4 SGB IX). */
final class ResultScenarios {

    private ResultScenarios() {
    }

    /** The normal year of the kernel's worked example (ArbeitsergebnisTest) with {@code entgelteMonatlich}. */
    private static String anfrage(String monatsentgelt) {
        return Api.json("jahr", 2025, "umsatzerloese", "400000.00", "sonstigeErtraege", "2000.00",
                "verguetungen", "1200000.00", "personalFachlich", "900000.00", "personalUnternehmensueblich",
                "150000.00", "sachkostenFachlich", "200000.00", "sachkostenUnternehmensueblich", "102000.00",
                "entgelteMonatlich", Collections.nCopies(12, monatsentgelt).toArray(new String[0]),
                "ruecklageAnfang", "60000.00", "zufuehrungRuecklage", "20000.00", "investitionen", "40000.00");
    }

    /** POST /api/v1/rechner/arbeitsergebnis as the Leitung: the figures, the checks and a German 400. */
    static void arbeitsergebnisRechner(URL base) {
        Api leitung = Api.as(base, "demo/leitung", "leitung123!");
        Api.Answer answer = leitung.post("rechner/arbeitsergebnis", anfrage("15000.00"));
        assertEquals(200, answer.status(), answer.body());
        JsonObject o = answer.object();
        // § 12 Abs. 4 WVO: 1,602,000.00 − 1,352,000.00
        assertEquals("1602000.00", o.getString("ertraege"));
        assertEquals("1352000.00", o.getString("kosten"));
        assertEquals("250000.00", o.getString("arbeitsergebnis"));
        // § 12 Abs. 5 Nr. 1 WVO: 70 % = 175,000.00; paid 180,000.00 = 72 %
        assertEquals("175000.00", o.getString("mindestbetragEntgelte"));
        assertEquals("180000.00", o.getString("entgelte"));
        assertEquals("72.00", o.getString("anteilEntgelte"));
        // § 12 Abs. 5 Nr. 2 WVO: 6 × 15,000.00; reserve 60,000.00 + 20,000.00
        assertEquals("90000.00", o.getString("ruecklageHoechstbetrag"));
        assertEquals("80000.00", o.getString("ruecklageEnde"));
        assertEquals("10000.00", o.getString("nichtVerwendet"));
        // § 58 Abs. 4 SGB IX: 1,200,000.00 − (900,000.00 + 200,000.00)
        assertEquals("100000.00", o.getString("verguetungsergebnis"));
        assertEquals(10, o.getJsonArray("positionen").size());
        JsonArray pruefungen = o.getJsonArray("pruefungen");
        assertEquals(5, pruefungen.size());
        assertEquals("ENTGELTQUOTE", pruefungen.getJsonObject(0).getString("code"));
        pruefungen.forEach(p -> assertTrue(p.asJsonObject().getBoolean("ok"), p.toString()));

        // 12 × 14,583.33 = 174,999.96: below the Mindestbetrag → warning, asks for a justification
        JsonObject unter = leitung.post("rechner/arbeitsergebnis", anfrage("14583.33")).object();
        JsonObject quote = unter.getJsonArray("pruefungen").getJsonObject(0);
        assertEquals("ENTGELTQUOTE", quote.getString("code"));
        assertFalse(quote.getBoolean("ok"));
        assertTrue(quote.getString("meldung").contains("Bitte die Abweichung begründen."), quote.toString());

        Api.Answer bad = leitung.post("rechner/arbeitsergebnis", anfrage("15000.00")
                .replace("\"400000.00\"", "\"viel\""));
        assertEquals(400, bad.status(), bad.body());
        assertEquals("umsatzerloese", bad.firstErrorField());
        assertTrue(bad.body().contains("„viel“ ist kein Betrag."), bad.body());
        assertTrue(bad.contentType().startsWith("application/json"), bad.contentType());

        Api.Answer entnahme = leitung.post("rechner/arbeitsergebnis", anfrage("15000.00")
                .replace("\"20000.00\"", "\"-60000.01\""));
        assertEquals(400, entnahme.status(), entnahme.body());
        assertEquals("zufuehrungRuecklage", entnahme.firstErrorField());
        assertTrue(entnahme.body().contains("höher als ihr Stand zu Beginn des Jahres"), entnahme.body());

        assertEquals(401, Api.anonymous(base).post("rechner/arbeitsergebnis", anfrage("15000.00")).status());
    }

    /**
     * The documents of the statement imported in {@code WerkErpIT} (tenant "e50", 2025, second version: a draft with
     * Arbeitsergebnis 354.000,00 €): the PDF for the authority shows the Arbeitsergebnis and the draft marker, the
     * Leichte-Sprache version the plain sentences, the XLSX is a workbook; another tenant gets 404.
     */
    static void dokumente(URL base) throws Exception {
        Api admin = Api.mitZweitemFaktor(base, "e50/e50.admin", "geheim-e50");
        JsonArray einrichtungen = admin.get("einrichtungen").array();
        long e = einrichtungen.getJsonObject(0).getJsonNumber("id").longValue();
        Api.Answer rechnung = admin.get("arbeitsergebnis/" + e + "/2025");
        assertEquals(200, rechnung.status(), rechnung.body());
        JsonObject r = rechnung.object();
        assertEquals("354000.00", r.getString("arbeitsergebnis"));
        long fassung = r.getJsonObject("fassung").getJsonNumber("id").longValue();
        assertEquals(2, r.getJsonObject("fassung").getInt("fassung"));

        String pdf = ClientScenarios.text(admin.get("arbeitsergebnis/fassungen/" + fassung + "/arbeitsergebnis.pdf")
                .bytes());
        assertTrue(pdf.contains("Arbeitsergebnisrechnung 2025"), pdf);
        assertTrue(pdf.contains("354.000,00"), pdf);
        assertTrue(pdf.contains("Entwurf"), pdf);
        String leicht = ClientScenarios.text(admin.get("arbeitsergebnis/fassungen/" + fassung + "/leichte-sprache.pdf")
                .bytes());
        assertTrue(leicht.contains("Arbeits-Ergebnis") && leicht.contains("354.000,00"), leicht);
        byte[] xlsx = admin.get("arbeitsergebnis/fassungen/" + fassung + "/arbeitsergebnis.xlsx").bytes();
        assertEquals('P', (char) xlsx[0]);
        assertEquals('K', (char) xlsx[1]);

        ClientScenarios.tenantB(base);
        assertEquals(404, Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123")
                .get("arbeitsergebnis/fassungen/" + fassung + "/arbeitsergebnis.pdf").status());
        Api.Answer bad = admin.post("arbeitsergebnis/import?einrichtung=" + e + "&jahr=2025", "x");
        assertTrue(bad.status() == 400 || bad.status() == 415, bad.body());
    }

    /**
     * A manager of the demo tenant imports the year's accounting figures as CSV on the page (demo mapping: cost
     * centre 4711 = Arbeitsbereich of Werkstatt Musterstadt, 4712 not) and sees the statement with the
     * Arbeitsergebnis 355.000,00 €.
     */
    static void browserImport(URL base) throws Exception {
        long werkstatt = EntgeltScenarios.demoWerkstatt(base);
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("buchungen-2024-", ".csv");
        java.nio.file.Files.writeString(csv, WerkErpIT.BUCHUNGEN_2025, java.nio.charset.StandardCharsets.UTF_8);
        try (Browser browser = new Browser(base)) {
            browser.login("demo/leitung", "leitung123!");
            browser.open("ergebnis/daten.xhtml?einrichtung=" + werkstatt + "&jahr=2024");
            browser.driver().findElement(org.openqa.selenium.By.id("tabs:importForm:datei"))
                    .sendKeys(csv.toAbsolutePath().toString());
            browser.click(org.openqa.selenium.By.id("tabs:importForm:importieren"));
            browser.waitForText(org.openqa.selenium.By.id("tabs:importForm:berichtGespeichert"), "ja");
            browser.screenshot("arbeitsergebnis-import");
            browser.open("ergebnis/rechnung.xhtml?einrichtung=" + werkstatt + "&jahr=2024");
            browser.click(org.openqa.selenium.By.id("rechnungForm:speichern"));
            browser.waitForText(org.openqa.selenium.By.id("rechnungForm:arbeitsergebnis"), "355.000,00");
            browser.waitForText(org.openqa.selenium.By.id("rechnungForm:status"), "Entwurf");
            browser.screenshot("arbeitsergebnis-rechnung");
            String text = browser.pageText();
            assertTrue(text.contains("905.000,00") && text.contains("550.000,00"), text);
        } finally {
            java.nio.file.Files.deleteIfExists(csv);
        }
    }
}
