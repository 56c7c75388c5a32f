package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;


/**
 * Client-side scenarios of the aLA cost calculation (issue 9 item 5; seed 003 Tab. 1–3); the in-container scenario
 * is in {@code WerkErpIT} (helper classes are not deployed). The figures are those of the demo calculation
 * ({@code costing.boundary.KalkulationDemo#eingabe}), checked by hand:
 *
 * <pre>
 * Staff (39 h = 1 VK): Leitung 0,1 × 72.000 = 7.200,00; Gruppenleitung 1,0 × 58.500 = 58.500,00; Begleitender Dienst
 *   0,1 × 66.000 = 6.600,00; Arbeitsvorbereitung 0,1 × 55.000 = 5.500,00; Verwaltung 0,3 × 50.000 = 15.000,00;
 *   QM/IT 0,1 × 60.000 = 6.000,00; Wirtschaftsdienst 5/39 × 42.000 = 5.384,615… → 5.384,62;  sum 104.184,62
 * Fixed: 180.000 × 2,45 % = 4.410,00; 36.000 × 12,5 % = 4.500,00; 1.800; 0; 2.400        sum  13.110,00
 * Variable (Tab. 2): 2.100 + 1.500 + 450 + 900 + 1.100 + 600 + 150 + 1.300 + 600 + 1.200 + 2.400 + 1.700 = 14.000,00
 * Total 131.294,62 ÷ (12 × 250) = 43,7648… → 43,76 € per place and day (version 1)
 * Version 2, staff × 1,03: 7.416 + 60.255 + 6.798 + 5.665 + 15.450 + 6.180 + 5.546,15 = 107.310,15;
 *   total 134.420,15 ÷ 3.000 = 44,8067… → 44,81 € (difference 1,05 €)
 * </pre>
 */
final class KalkulationScenarios {

    private KalkulationScenarios() {
    }

    /** The demo aLA "Grüne Arbeit (aLA)". */
    static long demoAla(Api api) {
        JsonArray einrichtungen = api.get("einrichtungen").array();
        return einrichtungen.stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Grüne Arbeit (aLA)")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** REST reads of the demo calculation, the PDF text, the roles and another tenant (404). */
    static void rest(URL base) throws Exception {
        Api leitung = Api.as(base, "demo/leitung", "leitung123!");
        long ala = demoAla(Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD));
        Api.Answer liste = leitung.get("kalkulation/" + ala + "/fassungen");
        assertEquals(200, liste.status(), liste.body());
        JsonArray fassungen = liste.array();
        assertEquals(2, fassungen.size(), liste.body());
        assertEquals(2, fassungen.getJsonObject(0).getInt("fassung"));
        assertEquals("ENTWURF", fassungen.getJsonObject(0).getString("status"));
        assertEquals("FESTGESCHRIEBEN", fassungen.getJsonObject(1).getString("status"));
        assertEquals("44.81", fassungen.getJsonObject(0).getString("kostenJePlatzTag"));
        assertEquals("43.76", fassungen.getJsonObject(1).getString("kostenJePlatzTag"));
        long v2 = fassungen.getJsonObject(0).getJsonNumber("id").longValue();
        long v1 = fassungen.getJsonObject(1).getJsonNumber("id").longValue();

        JsonObject aktuell = leitung.get("kalkulation/" + ala + "/aktuell").object();
        assertEquals("44.81", aktuell.getString("kostenJePlatzTag"));
        assertEquals("134420.15", aktuell.getString("gesamtkosten"));
        assertEquals(7, aktuell.getJsonArray("personal").size());
        JsonObject eins = leitung.get("kalkulation/fassungen/" + v1).object();
        assertEquals("43.76", eins.getString("kostenJePlatzTag"));
        assertEquals("911.77", eins.getString("kostenJePlatzMonat"));
        assertEquals("10941.22", eins.getString("kostenJePlatzJahr"));
        JsonArray vergleich = leitung.get("kalkulation/fassungen/" + v2 + "/vergleich").array();
        JsonObject tag = vergleich.stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("bezeichnung").equals("Kosten je Platz und Tag")).findFirst().orElseThrow();
        assertEquals("1.05", tag.getString("differenz"));

        // the PDF for the Leistungsträger shows the cost per place and day
        Api.Answer pdf = leitung.get("kalkulation/fassungen/" + v2 + "/kalkulation.pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String text = ClientScenarios.text(pdf.bytes());
        assertTrue(text.contains("Kostenkalkulation für Andere Leistungsanbieter"), text);
        assertTrue(text.contains("Kosten je Platz und Tag") && text.contains("44,81 €"), text);
        assertTrue(text.contains("Grüne Arbeit (aLA)") && text.contains("Entwurf"), text);
        assertTrue(text.contains("134.420,15 €") && text.contains("Tarifsteigerung"), text);
        String fest = ClientScenarios.text(leitung.get("kalkulation/fassungen/" + v1 + "/kalkulation.pdf").bytes());
        assertTrue(fest.contains("43,76 €") && fest.contains("Festgeschrieben"), fest);

        // roles: the auditor reads; payroll and council do not; anonymous is asked to log in
        assertEquals(200, Api.as(base, "demo/pruefer", "pruefer123!").get("kalkulation/fassungen/" + v1).status());
        assertEquals(403, Api.as(base, "demo/entgelt", "entgelt123!").get("kalkulation/fassungen/" + v1).status());
        assertEquals(403, Api.as(base, "demo/werkstattrat", "rat12345!").get("kalkulation/" + ala + "/fassungen").status());
        assertEquals(401, Api.anonymous(base).get("kalkulation/fassungen/" + v1).status());

        // another tenant: not found, an empty list
        ClientScenarios.tenantB(base);
        Api b = Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123");
        assertEquals(404, b.get("kalkulation/fassungen/" + v1).status());
        assertEquals(404, b.get("kalkulation/fassungen/" + v2 + "/kalkulation.pdf").status());
        assertEquals(404, b.get("kalkulation/fassungen/" + v2 + "/vergleich").status());
        assertEquals(404, b.get("kalkulation/" + ala + "/aktuell").status());
        Api.Answer fremdeListe = b.get("kalkulation/" + ala + "/fassungen");
        assertEquals(200, fremdeListe.status());
        assertEquals(0, fremdeListe.array().size());
    }

    /** Seed 003 Tab. 3 done right: the worked example of rules.md § 3 (03/2025, Entgelt 250.00) through REST. */
    static void arbeitsplatzkosten(URL base) {
        Api leitung = Api.as(base, "demo/leitung", "leitung123!");
        Api.Answer a = leitung.get("kalkulation/arbeitsplatzkosten?monat=2025-03&steigerungsbetrag=117.00");
        assertEquals(200, a.status(), a.body());
        JsonObject o = a.object();
        assertEquals("133.00", o.getString("grundbetrag"));
        assertEquals("250.00", o.getString("arbeitsentgelt"));
        assertEquals("52.00", o.getString("arbeitsfoerderungsgeld"));
        // 250 + 52 + KV 109.35 + KVZ 18.73 + PV 26.96 + RV 557.26
        assertEquals("1014.30", o.getString("kosten"));
        assertEquals("510.76", o.getString("erstattungBund"));
        assertEquals("253.54", o.getString("erstattungLeistungstraeger"));
        assertEquals("250.00", o.getString("verbleibt"));
        JsonObject rv = o.getJsonArray("posten").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("bezeichnung").startsWith("Rentenversicherung")).findFirst().orElseThrow();
        assertEquals("557.26", rv.getString("kosten"));
        assertEquals("200", String.valueOf(Api.as(base, "demo/pruefer", "pruefer123!")
                .get("kalkulation/arbeitsplatzkosten?monat=2025-03&steigerungsbetrag=117.00").status()));

        Api.Answer monat = leitung.get("kalkulation/arbeitsplatzkosten?monat=2025-13&steigerungsbetrag=117.00");
        assertEquals(400, monat.status(), monat.body());
        assertEquals("monat", monat.firstErrorField());
        assertTrue(monat.body().contains("kein gültiger Monat"), monat.body());
        Api.Answer bbb = leitung.get("kalkulation/arbeitsplatzkosten?monat=2025-03&bereich=BBB");
        assertEquals(400, bbb.status(), bbb.body());
        assertEquals("bereich", bbb.firstErrorField());
        Api.Answer negativ = leitung.get("kalkulation/arbeitsplatzkosten?monat=2025-03&steigerungsbetrag=-5");
        assertEquals(400, negativ.status(), negativ.body());
        assertTrue(negativ.body().contains("nicht negativ"), negativ.body());
        assertEquals(403, Api.as(base, "demo/entgelt", "entgelt123!")
                .get("kalkulation/arbeitsplatzkosten?monat=2025-03&steigerungsbetrag=117.00").status());
    }

    /** A manager opens the planning page of the demo aLA and sees the draft's daily rate and the staffing check. */
    static void browser(URL base) {
        long ala = demoAla(Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD));
        try (Browser browser = new Browser(base)) {
            browser.login("demo/leitung", "leitung123!");
            browser.open("kalkulation/planung.xhtml?einrichtung=" + ala);
            browser.waitForText(By.id("planForm:jePlatzTag"), "44,81");
            browser.waitForText(By.id("planForm:status"), "Entwurf");
            String text = browser.pageText();
            assertTrue(text.contains("Personalschlüssel") && text.contains("Gruppenleitung"), text);
            assertTrue(text.contains("Vergleich mit der vorigen Fassung"), text);
            browser.screenshot("kostenkalkulation");

            // live: zero places → German message at the field and no result; 15 places → 134,420.15 ÷ 3,750 = 35.85
            // select-all and type (no clear(): clearing fires the ajax change and replaces the field)
            browser.typeDate(By.id("planForm:plaetze"), "0" + Keys.TAB);
            browser.waitForText(By.id("planForm"), "Bitte mindestens 1 Platz angeben");
            browser.screenshot("kostenkalkulation-fehler");
            browser.typeDate(By.id("planForm:plaetze"), "15" + Keys.TAB);
            browser.waitForText(By.id("planForm:jePlatzTag"), "35,85");
            // the draft is saved in place (still version 2)
            browser.click(By.id("planForm:speichern"));
            browser.waitForText(By.id("planForm"), "Fassung 2 als Entwurf gespeichert.");
            browser.open("kalkulation/planung.xhtml?einrichtung=" + ala);
            browser.waitForText(By.id("planForm:jePlatzTag"), "35,85");

            // Tab. 3 done right for 03/2025 and a Steigerungsbetrag of 117,00 €: what remains is the wage, 250,00 €
            browser.typeDate(By.id("tab3Form:monat_input"), "03.2025");
            browser.click(By.id("tab3Form:tab3Berechnen"));
            browser.waitForText(By.id("tab3Form:tab3Verbleibt"), "250,00");
            browser.waitForText(By.id("tab3Form:tab3Bund"), "510,76");
            browser.screenshot("kostenkalkulation-tab3");
        }
    }
}
