package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import de.werkerp.wage.sepa.SepaValidierung;

/** Client-side scenarios of the Entgelt run on the demo tenant (24 people, contracts from three months ago). */
final class EntgeltScenarios {

    static final DateTimeFormatter MONAT = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMANY);

    private EntgeltScenarios() {
    }

    /** The first month of the demo workforce (InitialData: contracts from the month before last − 1). */
    static YearMonth ersterDemoMonat() {
        return YearMonth.now().minusMonths(3);
    }

    static long demoWerkstatt(URL base) {
        JsonArray einrichtungen = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD)
                .get("einrichtungen").array();
        return einrichtungen.stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Werkstatt Musterstadt")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    static String euro(String betrag) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return f.format(new BigDecimal(betrag));
    }

    static void restRun(URL base) throws Exception {
        long werkstatt = demoWerkstatt(base);
        YearMonth monat = ersterDemoMonat();
        Api entgelt = Api.as(base, "demo/entgelt", "entgelt123!");
        Api admin = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD);

        Api.Answer bad = entgelt.post("entgelt/laeufe", Api.json("einrichtungId", werkstatt, "monat", "03/2025"));
        assertEquals(400, bad.status(), bad.body());
        assertEquals("monat", bad.firstErrorField());

        Api.Answer berechnet = entgelt.post("entgelt/laeufe", Api.json("einrichtungId", werkstatt, "monat",
                monat.toString()));
        assertEquals(200, berechnet.status(), berechnet.body());
        JsonObject lauf = berechnet.object();
        assertEquals("BERECHNET", lauf.getString("status"));
        // the 24 demo people, plus anybody an earlier test gave a contract there
        assertTrue(lauf.getInt("anzahl") >= 24, lauf.toString());
        long laufId = lauf.getJsonNumber("id").longValue();

        // only payroll roles see runs; the council does not
        assertEquals(403, Api.as(base, "demo/werkstattrat", "rat12345!").get("entgelt/laeufe/" + laufId).status());
        // another tenant does not find it
        ClientScenarios.tenantB(base);
        assertEquals(404, Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123").get("entgelt/laeufe/" + laufId).status());

        // four eyes over REST as well
        Api.Answer selbst = entgelt.post("entgelt/laeufe/" + laufId + "/freigabe", "{}");
        assertEquals(400, selbst.status(), selbst.body());
        assertTrue(selbst.body().contains("Vier-Augen"), selbst.body());
        // no payment file before the release
        assertEquals(400, entgelt.get("entgelt/laeufe/" + laufId + "/sepa.xml").status());
        Api.Answer frei = admin.post("entgelt/laeufe/" + laufId + "/freigabe", "{}");
        assertEquals(200, frei.status(), frei.body());
        assertEquals("FREIGEGEBEN", frei.object().getString("status"));

        JsonArray abrechnungen = entgelt.get("entgelt/laeufe/" + laufId + "/abrechnungen").array();
        assertEquals(lauf.getInt("anzahl"), abrechnungen.size());
        JsonObject erste = abrechnungen.getJsonObject(0);
        long abrechnungId = erste.getJsonNumber("id").longValue();
        assertEquals(404, Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123")
                .get("entgelt/abrechnungen/" + abrechnungId + "/lohnzettel.pdf").status());

        // payslip: name, month and every amount
        Api.Answer pdf = entgelt.get("entgelt/abrechnungen/" + abrechnungId + "/lohnzettel.pdf");
        assertEquals(200, pdf.status(), pdf.body());
        String text = ClientScenarios.text(pdf.bytes()).replace('\u2212', '-');
        String[] name = erste.getString("name").split(", ");
        assertTrue(text.contains(name[1] + " " + name[0]), text);
        assertTrue(text.contains(monat.format(MONAT)), text);
        for (JsonObject z : erste.getJsonArray("zeilen").getValuesAs(JsonObject.class)) {
            assertTrue(text.contains(euro(z.getString("betrag"))), "line " + z + " missing in\n" + text);
        }
        for (String feld : new String[] {"grundbetrag", "steigerungsbetrag", "arbeitsentgelt",
            "arbeitsfoerderungsgeld", "auszahlung"}) {
            assertTrue(text.contains(euro(erste.getString(feld))), feld + " missing in\n" + text);
        }
        String leicht = ClientScenarios.text(entgelt.get("entgelt/abrechnungen/" + abrechnungId
                + "/lohnzettel.pdf?leichteSprache=true").bytes());
        assertTrue(leicht.contains("Arbeitsförderungsgeld"), leicht);
        assertTrue(leicht.contains(euro(erste.getString("auszahlung"))), leicht);

        // Lohnjournal PDF with the total, XLSX is a real workbook
        String journal = ClientScenarios.text(entgelt.get("entgelt/laeufe/" + laufId + "/lohnjournal.pdf").bytes());
        assertTrue(journal.contains(euro(lauf.getString("summeAuszahlung"))), journal);
        byte[] xlsx = entgelt.get("entgelt/laeufe/" + laufId + "/lohnjournal.xlsx").bytes();
        boolean sheet = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                sheet |= e.getName().startsWith("xl/worksheets/");
            }
        }
        assertTrue(sheet, "xlsx without worksheet");

        // accounting export: rows per cost centre and Lohnart sum up to the payouts
        String csv = new String(entgelt.get("entgelt/laeufe/" + laufId + "/buchungen.csv").bytes(),
                StandardCharsets.UTF_8);
        BigDecimal summe = BigDecimal.ZERO;
        String[] zeilen = csv.split("\r\n");
        assertEquals("Monat;Einrichtung;Kostenstelle;Lohnart;Bezeichnung;Anzahl;Betrag", zeilen[0]);
        for (int i = 1; i < zeilen.length; i++) {
            String[] t = zeilen[i].split(";");
            if (!t[3].endsWith("-TRAEGER")) {
                summe = summe.add(new BigDecimal(t[6].replace(',', '.')));
            }
        }
        assertEquals(new BigDecimal(lauf.getString("summeAuszahlung")), summe);
        assertTrue(csv.contains(";GRUNDBETRAG;"), csv);

        // social insurance (issue 5): totals per Kasse and refund claims as CSV and PDF with the same totals
        for (String art : new String[] {"beitragsnachweis", "erstattung-bund", "erstattung-leistungstraeger"}) {
            Api.Answer c = entgelt.get("sozialversicherung/laeufe/" + laufId + "/" + art + ".csv");
            assertEquals(200, c.status(), c.body());
            String[] rows = new String(c.bytes(), StandardCharsets.UTF_8).split("\r\n");
            String[] letzte = rows[rows.length - 1].split(";");
            String gesamt = letzte[letzte.length - 1];
            String pdfText = ClientScenarios.text(entgelt.get("sozialversicherung/laeufe/" + laufId + "/" + art
                    + ".pdf").bytes());
            assertTrue(pdfText.contains(euro(gesamt.replace(',', '.'))), art + ": " + gesamt + " not in\n" + pdfText);
        }
        assertEquals(403, Api.as(base, "demo/werkstattrat", "rat12345!")
                .get("sozialversicherung/laeufe/" + laufId + "/beitragsnachweis.pdf").status());
        assertEquals(404, Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123")
                .get("sozialversicherung/laeufe/" + laufId + "/erstattung-bund.csv").status());
        JsonArray kassen = entgelt.get("sozialversicherung/laeufe/" + laufId + "/beitragsnachweis").array();
        assertEquals("AOK Niedersachsen", kassen.getJsonObject(0).getString("kasse"));
        String mitSv = ClientScenarios.text(entgelt.get("entgelt/abrechnungen/" + abrechnungId + "/lohnzettel.pdf")
                .bytes());
        assertTrue(mitSv.contains("Sozialversicherung") && mitSv.contains("Rentenversicherung"), mitSv);

        // SEPA credit transfer file validates against the pain.001.001.09 XSD
        Api.Answer sepa = entgelt.get("entgelt/laeufe/" + laufId + "/sepa.xml");
        assertEquals(200, sepa.status(), sepa.body());
        assertEquals(java.util.List.of(), SepaValidierung.pruefe(sepa.bytes()));
    }

    /**
     * A payroll user opens the run of the second demo month (the first was released by {@link #restRun}), computes
     * it with the progress bar, sees the statements and downloads a payslip with the browser's session.
     */
    static void browserRun(URL base) {
        long werkstatt = demoWerkstatt(base);
        YearMonth monat = ersterDemoMonat().plusMonths(1);
        try (Browser browser = new Browser(base)) {
            browser.login("demo/entgelt", "entgelt123!");
            browser.open("entgelt/lauf.xhtml?einrichtung=" + werkstatt + "&monat=" + monat);
            browser.click(org.openqa.selenium.By.id("laufForm:laufBlock:berechnen"));
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(90))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                                org.openqa.selenium.By.id("laufForm:laufBlock:status"), "Berechnet"));
            } catch (RuntimeException e) {
                browser.screenshot("entgeltlauf-fehlgeschlagen");
                throw new AssertionError("Lauf nicht berechnet; Seite:\n" + browser.pageText(), e);
            }
            browser.waitVisible(org.openqa.selenium.By.id("laufForm:abrechnungen"));
            browser.screenshot("entgeltlauf-berechnet");
            String text = browser.pageText();
            assertTrue(text.contains("Auszahlung"), text);
            // the run survives a reload
            browser.driver().navigate().refresh();
            browser.waitForText(org.openqa.selenium.By.id("laufForm:laufBlock:status"), "Berechnet");
            var link = browser.waitVisible(org.openqa.selenium.By.cssSelector("a.lohnzettel-link"));
            String href = link.getAttribute("href");
            assertTrue(href.contains("/api/v1/entgelt/abrechnungen/") && href.endsWith("/lohnzettel.pdf"), href);
            var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
            java.net.http.HttpResponse<byte[]> pdf;
            try {
                pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(href)).header("Cookie", "JSESSIONID=" + cookie.getValue()).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, pdf.statusCode());
                String payslip = ClientScenarios.text(pdf.body());
                assertTrue(payslip.contains("Entgeltabrechnung " + monat.format(MONAT)), payslip);
            } catch (Exception e) {
                throw new AssertionError("Lohnzettel konnte nicht geladen werden: " + href, e);
            }
        }
    }

    /**
     * REST of one full time on the demo Werkstatt (35 h, its people 35 h without reason or 28 h with one): the preview
     * of 38.5 h lists those of 35 h or more without reason; a PUT without confirmation answers 400 naming them and changes nothing; a full
     * time of 40.01 h is refused; another tenant gets 404, the council 403. Nothing is confirmed here, so the demo
     * month runs of the other scenarios are not affected.
     */
    static void vollzeitRest(URL base) {
        long werkstatt = demoWerkstatt(base);
        Api entgelt = Api.as(base, "demo/entgelt", "entgelt123!");

        JsonObject einstellung = entgelt.get("entgelt/einstellungen/" + werkstatt).object();
        assertEquals("35", einstellung.getString("vollzeitStunden"));
        assertTrue(einstellung.getString("wvoTeilzeitText").contains("§ 6 Abs. 2 WVO"), einstellung.toString());

        Api.Answer vorschau = entgelt.get("entgelt/einstellungen/" + werkstatt + "/vollzeit-vorschau?stunden=38.5");
        assertEquals(200, vorschau.status(), vorschau.body());
        JsonArray betroffen = vorschau.array();
        assertTrue(betroffen.size() >= 20, betroffen.toString());
        for (JsonObject b : betroffen.getValuesAs(JsonObject.class)) {
            assertTrue(new BigDecimal(b.getString("wochenstunden")).compareTo(new BigDecimal("38.5")) < 0, b.toString());
            // the 28-h people with their reason were part time already: only those becoming part time are listed
            assertTrue(new BigDecimal(b.getString("wochenstunden")).compareTo(new BigDecimal("35")) >= 0, b.toString());
            assertTrue(b.getBoolean("teilzeitgrundFehlt"), b.toString());
        }
        Api.Answer zuHoch = entgelt.get("entgelt/einstellungen/" + werkstatt + "/vollzeit-vorschau?stunden=40.01");
        assertEquals(400, zuHoch.status(), zuHoch.body());
        assertEquals("vollzeitStunden", zuHoch.firstErrorField());
        assertTrue(zuHoch.body().contains("zwischen 35 und 40 Wochenstunden"), zuHoch.body());

        Api.Answer ohneBestaetigung = entgelt.put("entgelt/einstellungen/" + werkstatt,
                Api.json("vollzeitStunden", "38.5"));
        assertEquals(400, ohneBestaetigung.status(), ohneBestaetigung.body());
        assertEquals("vollzeitStunden", ohneBestaetigung.firstErrorField());
        String erster = betroffen.getJsonObject(0).getString("name");
        assertTrue(ohneBestaetigung.body().contains("Teilzeit ohne Teilzeitgrund")
                && ohneBestaetigung.body().contains(erster), ohneBestaetigung.body());
        assertEquals("35", entgelt.get("entgelt/einstellungen/" + werkstatt).object().getString("vollzeitStunden"));

        ClientScenarios.tenantB(base);
        assertEquals(404, Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123").get("entgelt/einstellungen/" + werkstatt
                + "/vollzeit-vorschau?stunden=38.5").status());
        assertEquals(404, Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123").put("entgelt/einstellungen/" + werkstatt,
                Api.json("vollzeitStunden", "38.5", "bestaetigt", true)).status());
        assertEquals(403, Api.as(base, "demo/werkstattrat", "rat12345!").get("entgelt/einstellungen/" + werkstatt
                + "/vollzeit-vorschau?stunden=38.5").status());
    }

    /**
     * The settings page: a new full time of 38,5 h shows the confirmation dialog listing the working times that would
     * become part time without a reason; "Abbrechen" saves nothing. 40,01 h is refused next to the field. The page
     * says which reading of § 6 Abs. 2 WVO is active.
     */
    static void vollzeitBrowser(URL base) {
        long werkstatt = demoWerkstatt(base);
        org.openqa.selenium.By vollzeit = org.openqa.selenium.By.id(
                "einstellungenTabs:einstellungForm:vollzeitStunden_input");
        try (Browser browser = new Browser(base)) {
            browser.login("demo/entgelt", "entgelt123!");
            browser.open("entgelt/einstellungen.xhtml");
            try {
                browser.choose("auswahlForm:einrichtung", "Werkstatt Musterstadt");
                browser.waitVisible(vollzeit);
                browser.waitForText(org.openqa.selenium.By.id("einstellungenTabs:einstellungForm:aktiveWvoTeilzeit"),
                        "Wie jede Teilzeit kürzen (Standard nach rules.md § 1)");

                browser.typeDate(vollzeit, "40,01");
                browser.click(org.openqa.selenium.By.id("einstellungenTabs:einstellungForm:speichern"));
                browser.waitForText(org.openqa.selenium.By.id("einstellungenTabs:einstellungForm"),
                        "zwischen 35 und 40 Wochenstunden");

                browser.typeDate(vollzeit, "38,5");
                browser.click(org.openqa.selenium.By.id("einstellungenTabs:einstellungForm:speichern"));
                browser.waitVisible(org.openqa.selenium.By.id("vollzeitForm:betroffene"));
                browser.waitForText(org.openqa.selenium.By.id("vollzeitForm:betroffene"), "fehlt – bitte erfassen");
                browser.screenshot("vollzeit-bestaetigung");
                String dialog = browser.driver().findElement(org.openqa.selenium.By.id("vollzeitForm")).getText();
                JsonArray betroffen = Api.as(base, "demo/entgelt", "entgelt123!").get("entgelt/einstellungen/" + werkstatt
                        + "/vollzeit-vorschau?stunden=38.5").array();
                String erster = betroffen.getJsonObject(0).getString("name");
                assertTrue(dialog.contains(erster), dialog);
                browser.click(org.openqa.selenium.By.id("vollzeitForm:abbrechen"));
            } catch (RuntimeException e) {
                browser.screenshot("vollzeit-fehlgeschlagen");
                throw new AssertionError("Vollzeit-Bestätigung fehlgeschlagen; Seite:\n" + browser.pageText(), e);
            }
        }
        assertEquals("35", Api.as(base, "demo/entgelt", "entgelt123!").get("entgelt/einstellungen/" + werkstatt).object()
                .getString("vollzeitStunden"));
    }
}
