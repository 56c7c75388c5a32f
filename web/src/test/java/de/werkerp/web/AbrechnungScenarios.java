package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.w3c.dom.Document;

/**
 * Client-side scenarios of the Leistungsabrechnung on the demo tenant: the demo data released the first demo month;
 * here the payroll user computes the second over REST, the manager releases it (four eyes), then invoice JSON, PDF,
 * XRechnung, payments (entry and CSV import), open items, revenue — with roles and another tenant refused.
 */
final class AbrechnungScenarios {

    private static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    private AbrechnungScenarios() {
    }

    static void restRun(URL base) throws Exception {
        long werkstatt = EntgeltScenarios.demoWerkstatt(base);
        YearMonth erster = EntgeltScenarios.ersterDemoMonat();
        YearMonth monat = erster.plusMonths(1);
        Api entgelt = Api.as(base, "demo/entgelt", "entgelt123!");
        Api leitung = Api.as(base, "demo/leitung", "leitung123!");
        ClientScenarios.tenantB(base);
        Api fremd = Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123");

        // the demo data released the first month and has agreements
        JsonArray laeufe = entgelt.get("abrechnung/laeufe?einrichtung=" + werkstatt).array();
        assertTrue(laeufe.getValuesAs(JsonObject.class).stream().anyMatch(l -> l.getString("monat")
                .equals(erster.toString()) && l.getString("status").equals("FREIGEGEBEN")), laeufe.toString());
        assertTrue(entgelt.get("abrechnung/vereinbarungen?einrichtung=" + werkstatt).array().size() >= 2);

        Api.Answer bad = entgelt.post("abrechnung/laeufe", Api.json("einrichtungId", werkstatt, "monat", "03/2025"));
        assertEquals(400, bad.status(), bad.body());
        assertEquals("monat", bad.firstErrorField());
        Api.Answer berechnet = entgelt.post("abrechnung/laeufe", Api.json("einrichtungId", werkstatt, "monat",
                monat.toString()));
        assertEquals(200, berechnet.status(), berechnet.body());
        JsonObject lauf = berechnet.object();
        assertEquals("BERECHNET", lauf.getString("status"));
        assertTrue(lauf.getInt("anzahl") >= 24, lauf.toString());
        long laufId = lauf.getJsonNumber("id").longValue();

        // roles: the auditor reads, the council and the social service do not see billing
        assertEquals(200, Api.as(base, "demo/pruefer", "pruefer123!").get("abrechnung/laeufe/" + laufId).status());
        assertEquals(403, Api.as(base, "demo/pruefer", "pruefer123!").post("abrechnung/laeufe/" + laufId + "/freigabe", "{}")
                .status());
        assertEquals(403, Api.as(base, "demo/werkstattrat", "rat12345!").get("abrechnung/laeufe/" + laufId).status());
        assertEquals(403, Api.as(base, "demo/sozialdienst", "sozial123!").get("abrechnung/offene-posten").status());
        // another tenant does not find it
        assertEquals(404, fremd.get("abrechnung/laeufe/" + laufId).status());
        assertEquals(404, fremd.post("abrechnung/laeufe/" + laufId + "/freigabe", "{}").status());

        // four eyes; no XRechnung before the release
        Api.Answer selbst = entgelt.post("abrechnung/laeufe/" + laufId + "/freigabe", "{}");
        assertEquals(400, selbst.status(), selbst.body());
        assertTrue(selbst.body().contains("Vier-Augen"), selbst.body());
        JsonArray rechnungen = entgelt.get("abrechnung/laeufe/" + laufId + "/rechnungen").array();
        assertTrue(rechnungen.size() >= 1, rechnungen.toString());
        long rechnungId = rechnungen.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(400, entgelt.get("abrechnung/rechnungen/" + rechnungId + "/xrechnung.xml").status());
        Api.Answer frei = leitung.post("abrechnung/laeufe/" + laufId + "/freigabe", "{}");
        assertEquals(200, frei.status(), frei.body());
        assertEquals("FREIGEGEBEN", frei.object().getString("status"));
        Api.Answer nochmal = entgelt.post("abrechnung/laeufe", Api.json("einrichtungId", werkstatt, "monat",
                monat.toString()));
        assertEquals(400, nochmal.status(), "closed month: " + nochmal.body());

        // the invoice: total = sum of lines
        JsonObject rechnung = entgelt.get("abrechnung/rechnungen/" + rechnungId).object();
        BigDecimal summe = new BigDecimal(rechnung.getString("summe"));
        BigDecimal zeilen = rechnung.getJsonArray("positionen").getValuesAs(JsonObject.class).stream()
                .map(p -> new BigDecimal(p.getString("betrag"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, summe.compareTo(zeilen), rechnung.toString());
        assertTrue(summe.signum() > 0);

        // PDF: German, budget line, lines and totals
        Api.Answer pdf = entgelt.get("abrechnung/rechnungen/" + rechnungId + "/rechnung.pdf");
        assertEquals(200, pdf.status(), pdf.body());
        String text = ClientScenarios.text(pdf.bytes());
        assertTrue(text.contains("Rechnung " + rechnung.getString("nummer")), text);
        assertTrue(text.contains("Haushaltsstelle 3419.681 17-1"), text);
        assertTrue(text.contains("Summe"), text);
        assertTrue(text.contains(EntgeltScenarios.euro(summe.toPlainString())), text);
        JsonObject erstePosition = rechnung.getJsonArray("positionen").getJsonObject(0);
        assertTrue(text.contains(erstePosition.getString("name")), text);
        assertTrue(text.contains(EntgeltScenarios.euro(erstePosition.getString("betrag"))), text);

        // XRechnung: CII with the totals and one line per invoice line
        Api.Answer xml = entgelt.get("abrechnung/rechnungen/" + rechnungId + "/xrechnung.xml");
        assertEquals(200, xml.status(), xml.body());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.bytes()));
        assertEquals(summe.toPlainString(), doc.getElementsByTagNameNS(RAM, "DuePayableAmount").item(0).getTextContent());
        assertEquals(rechnung.getJsonArray("positionen").size(), doc.getElementsByTagNameNS(RAM, "LineID").getLength());
        assertTrue(xml.body().contains("urn:xeinkauf.de:kosit:xrechnung_3.0"));
        assertEquals(404, fremd.get("abrechnung/rechnungen/" + rechnungId + "/rechnung.pdf").status());
        assertEquals(404, fremd.get("abrechnung/rechnungen/" + rechnungId + "/xrechnung.xml").status());

        // payments: entry, bad input, CSV import (all or nothing), open items
        assertEquals(404, fremd.post("abrechnung/rechnungen/" + rechnungId + "/zahlungen",
                Api.json("datum", monat.plusMonths(1).atDay(10).toString(), "betrag", "1.00")).status());
        Api.Answer falsch = entgelt.post("abrechnung/rechnungen/" + rechnungId + "/zahlungen",
                Api.json("datum", monat.plusMonths(1).atDay(10).toString(), "betrag", "12,5"));
        assertEquals(400, falsch.status(), falsch.body());
        assertEquals("betrag", falsch.firstErrorField());
        Api.Answer gezahlt = entgelt.post("abrechnung/rechnungen/" + rechnungId + "/zahlungen",
                Api.json("datum", monat.plusMonths(1).atDay(10).toString(), "betrag", "100.00", "verwendungszweck",
                        rechnung.getString("nummer")));
        assertEquals(200, gezahlt.status(), gezahlt.body());
        assertEquals(new BigDecimal("100.00"), new BigDecimal(gezahlt.object().getString("bezahlt")));
        String nummer = rechnung.getString("nummer");
        HttpResponse<String> importFehler = csv(base, "Rechnungsnummer;Datum;Betrag\n" + nummer + ";31.02.2025;5,00\n");
        assertEquals(400, importFehler.statusCode(), importFehler.body());
        assertTrue(importFehler.body().contains("Zeile 2"), importFehler.body());
        HttpResponse<String> importiert = csv(base, "Rechnungsnummer;Datum;Betrag;Verwendungszweck\n" + nummer + ";"
                + String.format("%02d.%02d.%d", 15, monat.plusMonths(1).getMonthValue(), monat.plusMonths(1).getYear())
                + ";50,00;Überweisung\n");
        assertEquals(200, importiert.statusCode(), importiert.body());
        assertTrue(importiert.body().contains("\"gebucht\":1"), importiert.body());
        JsonObject nachher = entgelt.get("abrechnung/rechnungen/" + rechnungId).object();
        assertEquals(new BigDecimal("150.00"), new BigDecimal(nachher.getString("bezahlt")));
        assertEquals(summe.subtract(new BigDecimal("150.00")), new BigDecimal(nachher.getString("offen")));
        for (JsonObject o : entgelt.get("abrechnung/offene-posten").array().getValuesAs(JsonObject.class)) {
            assertEquals(new BigDecimal(o.getString("fakturiert")).subtract(new BigDecimal(o.getString("bezahlt"))),
                    new BigDecimal(o.getString("offen")), o.toString());
        }
        assertEquals(403, Api.as(base, "demo/werkstattrat", "rat12345!").get("abrechnung/offene-posten").status());
        assertTrue(fremd.get("abrechnung/offene-posten").array().isEmpty());
        JsonArray umsatz = leitung.get("abrechnung/umsatz?jahr=" + monat.getYear()).array();
        assertTrue(umsatz.getValuesAs(JsonObject.class).stream().anyMatch(u -> u.getString("monat")
                .equals(monat.toString()) && new BigDecimal(u.getString("abgerechnet")).compareTo(BigDecimal.ZERO) > 0),
                umsatz.toString());
    }

    /** POST of a CSV body as the demo payroll user (Api sends JSON only). */
    private static HttpResponse<String> csv(URL base, String body) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("demo/entgelt:entgelt123!".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create((base.toString().endsWith("/") ? base.toString()
                : base + "/") + "api/v1/abrechnung/zahlungen/import"))
                .header("Authorization", auth).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The manager computes the third demo month on the billing page, sees invoices, lines and the budget line, cannot
     * release her own run (four eyes), finds the demo agreement on the agreements page, where an overlapping new
     * version is refused with the German message, and sees the open items and revenue page.
     */
    static void browserRun(URL base) {
        long werkstatt = EntgeltScenarios.demoWerkstatt(base);
        YearMonth monat = EntgeltScenarios.ersterDemoMonat().plusMonths(2);
        try (Browser browser = new Browser(base)) {
            browser.login("demo/leitung", "leitung123!");
            browser.open("abrechnung/lauf.xhtml?einrichtung=" + werkstatt + "&monat=" + monat);
            browser.click(org.openqa.selenium.By.id("laufForm:laufBlock:berechnen"));
            try {
                browser.waitForText(org.openqa.selenium.By.id("laufForm:laufBlock:status"), "Berechnet");
            } catch (RuntimeException e) {
                browser.screenshot("abrechnung-fehlgeschlagen");
                throw new AssertionError("Abrechnung nicht berechnet; Seite:\n" + browser.pageText(), e);
            }
            browser.waitVisible(org.openqa.selenium.By.id("laufForm:positionen"));
            // the page's own message list shows the confirmation, and only it (no growl with the same text)
            browser.waitForText(org.openqa.selenium.By.id("laufForm:meldungen"), "wurde berechnet");
            String quelle = browser.driver().getPageSource();
            assertEquals(1, quelle.split("wurde berechnet", -1).length - 1, "the message is shown once");
            String text = browser.pageText();
            assertTrue(text.contains("Eingliederungshilfe MS"), text);
            assertTrue(text.contains("3419.681 17-1"), text);
            assertTrue(text.contains("Tagessatz je Anwesenheitstag"), text);
            // four eyes (issue 17 item 4): the person who computed is not offered "Freigeben"; the page says why
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("laufForm:laufBlock:freigeben")).isEmpty(),
                    "Freigeben wird der Person angeboten, die berechnet hat");
            browser.waitForText(org.openqa.selenium.By.id("laufForm:laufBlock:schritt"),
                    "Freigeben muss ihn eine andere Person (Vier-Augen-Prinzip)");
            browser.screenshot("abrechnung-berechnet");
            // another person (payroll) is offered the release, styled as the dangerous action it is
            browser.logout();
            browser.login("demo/entgelt", "entgelt123!");
            browser.open("abrechnung/lauf.xhtml?einrichtung=" + werkstatt + "&monat=" + monat);
            var freigeben = browser.waitVisible(org.openqa.selenium.By.id("laufForm:laufBlock:freigeben"));
            assertTrue(freigeben.getAttribute("class").contains("ui-button-danger"), freigeben.getAttribute("class"));
            browser.waitForText(org.openqa.selenium.By.id("laufForm:laufBlock:schritt"), "prüfen und freigeben");
            browser.screenshot("abrechnung-freigabe-zweite-person");
            browser.logout();
            browser.login("demo/leitung", "leitung123!");

            browser.open("abrechnung/vereinbarungen.xhtml");
            browser.waitForText(org.openqa.selenium.By.id("vereinbarungForm:vereinbarungen"), "Tagessatz Arbeitsbereich");
            browser.choose("vereinbarungForm:einrichtung", "Werkstatt Musterstadt");
            browser.choose("vereinbarungForm:leistungstraeger", "Eingliederungshilfe MS");
            browser.type(org.openqa.selenium.By.id("vereinbarungForm:bezeichnung"), "Überschneidende Fassung");
            browser.typeDate(org.openqa.selenium.By.id("vereinbarungForm:gueltigAb_input"), "01.01.2026");
            browser.type(org.openqa.selenium.By.id("vereinbarungForm:betrag_input"), "90,00");
            browser.click(org.openqa.selenium.By.id("vereinbarungForm:anlegen"));
            browser.waitForText(org.openqa.selenium.By.id("seitenMeldungen"), "überschneidet sich");

            // open items and revenue: the demo Leistungsträger with the months released so far
            browser.open("abrechnung/zahlungen.xhtml");
            browser.waitForText(org.openqa.selenium.By.id("listenForm:offenePosten"), "Eingliederungshilfe MS");
            browser.waitVisible(org.openqa.selenium.By.id("umsatzForm:kostensaetze"));
            String zahlungen = browser.pageText();
            assertTrue(zahlungen.contains("Werkstatt Musterstadt"), zahlungen);
            browser.screenshot("abrechnung-zahlungen");
        }
    }
}
