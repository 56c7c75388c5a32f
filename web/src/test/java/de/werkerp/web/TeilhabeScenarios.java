package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;

/**
 * Client-side scenarios of the Teilhabeplanung (issue 8): REST reads and PDFs of the report released in
 * {@code WerkErpIT} (tenant "th-a"), the council's 403 and another tenant's 404, and the social service's path on the
 * page (goal, evaluation, report draft).
 */
final class TeilhabeScenarios {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private TeilhabeScenarios() {
    }

    static void rest(URL base) throws Exception {
        Api admin = Api.mitZweitemFaktor(base, "th-a/th-a.admin", "geheim-th-a");
        Api.Answer liste = admin.get("teilhabe/berichte");
        assertEquals(200, liste.status(), liste.body());
        JsonObject frei = liste.array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("status").equals("FREIGEGEBEN")).findFirst().orElseThrow();
        long id = frei.getJsonNumber("id").longValue();
        long person = frei.getJsonNumber("beschaeftigterId").longValue();
        JsonObject bericht = admin.get("teilhabe/berichte/" + id).object();
        assertEquals("2025-01-01", bericht.getString("zeitraumVon"));
        assertEquals("Ziel weitgehend erreicht.", bericht.getString("zielerreichung"));
        JsonArray ziele = bericht.getJsonArray("ziele");
        assertEquals(1, ziele.size());
        assertEquals(1, ziele.getJsonObject(0).getJsonArray("bewertungen").size());

        // the PDF for the Leistungsträger has the sections of § 13 Abs. 6 and the goals with their evaluations
        String pdf = ClientScenarios.text(admin.get("teilhabe/berichte/" + id + "/teilhabebericht.pdf").bytes());
        String flach = pdf.replaceAll("\\s+", " ");
        assertTrue(flach.contains("Teilhabebericht zur Teilhabe am Arbeitsleben"), pdf);
        assertTrue(flach.contains("Selbständig mit dem Bus zur Werkstatt fahren"), pdf);
        assertTrue(flach.contains("30.06.2025: teilweise erreicht"), pdf);
        assertTrue(flach.contains("Fährt an drei von fünf Tagen allein."), pdf);
        assertTrue(flach.contains("Wegetraining mit Fahrplan in Bildern"), pdf);
        assertTrue(flach.contains("Einschätzung zum Grad der gesamtplanbezogenen Zielerreichung"), pdf);
        assertTrue(flach.contains("Bewertung der Maßnahmen"), pdf);
        assertTrue(flach.contains("Vorschläge für die weitere Maßnahmenplanung"), pdf);
        assertTrue(flach.contains("freigegeben von th.leitung"), pdf);
        // the later evaluation (30.11.2025) came after the release and is not in the report
        assertTrue(!flach.contains("30.11.2025"), pdf);
        String leicht = ClientScenarios.text(admin.get("teilhabe/berichte/" + id + "/leichte-sprache.pdf").bytes())
                .replaceAll("\\s+", " ");
        assertTrue(leicht.contains("Ihr Teilhabe-Bericht") && leicht.contains("Das haben Sie zum Teil geschafft."),
                leicht);

        JsonArray zieleApi = admin.get("teilhabe/ziele?person=" + person).array();
        assertEquals(1, zieleApi.size());
        long ziel = zieleApi.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("MOBILITAET", zieleApi.getJsonObject(0).getString("lebensbereich"));
        assertEquals(2, admin.get("teilhabe/ziele/" + ziel + "/bewertungen").array().size());
        assertEquals(400, admin.get("teilhabe/ziele").status());
        Api.Answer faellig = admin.get("teilhabe/berichte/faellig?stichtag=2026-03-05");
        assertEquals(200, faellig.status(), faellig.body());
        assertEquals("2026-03-01", faellig.array().getJsonObject(0).getString("faelligAm"));
        assertEquals(400, admin.get("teilhabe/berichte/faellig?stichtag=05.03.2026").status());

        long e = admin.get("einrichtungen").array().getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject k = admin.get("teilhabe/kennzahlen/" + e + "/2025").object();
        assertEquals("0.50", k.getString("bibJahresdurchschnitt"));
        assertEquals("2026-02-28", k.getString("abgabefrist"));
        assertEquals(1, k.getJsonObject("uebergaenge").getInt("BUDGET_FUER_ARBEIT"));
        assertEquals(1, k.getJsonObject("kopfzahlen").getInt("AB"));
        Api.Answer csv = admin.get("teilhabe/kennzahlen/" + e + "/2025/kennzahlen.csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains("Jahresdurchschnitt belegter BiB-Plätze;0,50"), csv.body());
        byte[] xlsx = admin.get("teilhabe/kennzahlen/" + e + "/2025/kennzahlen.xlsx").bytes();
        assertEquals('P', (char) xlsx[0]);
        assertEquals('K', (char) xlsx[1]);
        String kpdf = ClientScenarios.text(admin.get("teilhabe/kennzahlen/" + e + "/2025/kennzahlen.pdf").bytes());
        assertTrue(kpdf.contains("Jahreskennzahlen Teilhabe 2025"), kpdf);

        // the council of the demo tenant: 403 everywhere (special-category data)
        Api rat = Api.as(base, "demo/werkstattrat", "rat12345!");
        for (String pfad : new String[] {"teilhabe/berichte", "teilhabe/berichte/faellig", "teilhabe/ziele?person=1",
            "teilhabe/ziele/" + ziel, "teilhabe/berichte/" + id, "teilhabe/berichte/" + id + "/teilhabebericht.pdf",
            "teilhabe/kennzahlen/" + e + "/2025", "teilhabe/kennzahlen/" + e + "/2025/kennzahlen.csv"}) {
            Api.Answer a = rat.get(pfad);
            assertEquals(403, a.status(), pfad + ": " + a.body());
        }
        // another tenant (the demo tenant's admin): 404 for th-a's objects, and its lists do not show them
        Api fremd = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD);
        for (String pfad : new String[] {"teilhabe/berichte/" + id, "teilhabe/berichte/" + id + "/teilhabebericht.pdf",
            "teilhabe/berichte/" + id + "/leichte-sprache.pdf", "teilhabe/ziele/" + ziel,
            "teilhabe/ziele/" + ziel + "/bewertungen", "teilhabe/kennzahlen/" + e + "/2025",
            "teilhabe/kennzahlen/" + e + "/2025/kennzahlen.xlsx"}) {
            Api.Answer a = fremd.get(pfad);
            assertEquals(404, a.status(), pfad + ": " + a.body());
        }
        assertEquals(0, fremd.get("teilhabe/ziele?person=" + person).array().size());
        assertTrue(fremd.get("teilhabe/berichte").array().stream()
                .noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(401, Api.anonymous(base).get("teilhabe/berichte").status());
    }

    /**
     * Chooses an option of a select menu unless it is already chosen (a form redisplayed after a refused input keeps
     * its values); the menu is scrolled to the middle first so its panel opens inside the window.
     */
    private static void waehle(Browser browser, String menuId, String label) {
        org.openqa.selenium.WebElement menu = browser.waitVisible(By.id(menuId));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
        if (label.equals(browser.driver().findElement(By.id(menuId + "_label")).getText().strip())) {
            return;
        }
        browser.choose(menuId, label);
    }

    /** The social service (demo tenant) records a goal, an evaluation (one dated too early) and a report draft. */
    static void browser(URL base) {
        JsonArray personen = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD).get("beschaeftigte")
                .array();
        JsonObject p = personen.getJsonObject(personen.size() / 2).asJsonObject();
        long id = p.getJsonNumber("id").longValue();
        LocalDate heute = LocalDate.now();
        String plan = heute.minusMonths(6).format(DATUM);
        String zuFrueh = heute.minusMonths(7).format(DATUM);
        String bewertet = heute.minusDays(3).format(DATUM);
        try (Browser browser = new Browser(base)) {
            try {
                browser.login("demo/sozialdienst", "sozial123!");
                browser.open("teilhabe/planung.xhtml?person=" + id);
                browser.waitVisible(By.id("zielForm:text"));
                browser.type(By.id("zielForm:text"), "Pünktlich im Browser ankommen");
                waehle(browser, "zielForm:quelle", "Gesamtplan (§ 121 SGB IX)");
                browser.typeDate(By.id("zielForm:quelleDatum_input"), plan);
                waehle(browser, "zielForm:lebensbereich", "Mobilität");
                browser.type(By.id("zielForm:kriterium"), "an zehn Tagen pünktlich");
                browser.type(By.id("zielForm:sichtPerson"), "Ich will selbst den Wecker stellen.");
                browser.click(By.id("zielForm:zielAnlegen"));
                browser.waitForText(By.id("zieleForm:ziele"), "Pünktlich im Browser ankommen");

                waehle(browser, "bewertungForm:ziel", "Pünktlich im Browser ankommen");
                browser.typeDate(By.id("bewertungForm:datum_input"), zuFrueh);
                waehle(browser, "bewertungForm:ergebnis", "teilweise erreicht");
                browser.type(By.id("bewertungForm:begruendung"), "An sieben von zehn Tagen pünktlich.");
                browser.click(By.id("bewertungForm:bewerten"));
                // dated before the goal: the German message next to the date, nothing stored
                browser.waitForText(By.id("bewertungForm"), "liegt vor dem Ziel");
                browser.screenshot("teilhabe-bewertung-zu-frueh");
                assertTrue(!browser.driver().findElement(By.id("bewertungenForm:bewertungen")).getText()
                        .contains("An sieben von zehn Tagen pünktlich."));
                waehle(browser, "bewertungForm:ziel", "Pünktlich im Browser ankommen");
                browser.typeDate(By.id("bewertungForm:datum_input"), bewertet);
                waehle(browser, "bewertungForm:ergebnis", "teilweise erreicht");
                browser.type(By.id("bewertungForm:begruendung"), "An sieben von zehn Tagen pünktlich.");
                browser.click(By.id("bewertungForm:bewerten"));
                browser.waitForText(By.id("bewertungenForm:bewertungen"), "An sieben von zehn Tagen pünktlich.");

                browser.typeDate(By.id("berichtForm:zeitraumVon_input"), plan);
                browser.typeDate(By.id("berichtForm:zeitraumBis_input"), heute.format(DATUM));
                browser.click(By.id("berichtForm:berichtAnlegen"));
                browser.waitForText(By.id("berichtForm:status"), "Entwurf");
                String text = browser.pageText();
                assertTrue(text.contains("Pünktlich im Browser ankommen"), text);
                assertTrue(text.contains("An sieben von zehn Tagen pünktlich."), text);
                browser.type(By.id("berichtForm:vorschlaege"), "Weiter mit Wecker üben.");
                org.openqa.selenium.WebElement alt = browser.driver().findElement(By.id("berichtForm:vorschlaege"));
                String seite = browser.driver().getCurrentUrl().replaceFirst("^.*/teilhabe/", "teilhabe/");
                assertTrue(seite.contains("id="), seite);
                browser.click(By.id("berichtForm:speichern"));
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(alt));
                // stored: the text is there after opening the page again
                browser.open(seite);
                assertEquals("Weiter mit Wecker üben.", browser.waitVisible(By.id("berichtForm:vorschlaege"))
                        .getAttribute("value"));
                // the author alone may not release (four eyes)
                browser.click(By.id("berichtForm:freigeben"));
                browser.waitForText(By.id("berichtForm"), "Vier-Augen-Prinzip");
                browser.screenshot("teilhabe-bericht-entwurf");

                // the list of reports due (demo: a request of the Leistungsträger within 40 days) and the yearly page
                browser.open("teilhabe/berichte.xhtml");
                browser.waitForText(By.id("faelligForm:faellig"), "Anforderung des Leistungsträgers");
                browser.screenshot("teilhabe-berichte");
                browser.open("teilhabe/kennzahlen.xhtml");
                browser.waitForText(By.id("auswahlForm:einrichtung_label"), "Werkstatt Musterstadt");
                browser.open("teilhabe/kennzahlen.xhtml?einrichtung=" + EntgeltScenarios.demoWerkstatt(base));
                browser.waitVisible(By.id("kennzahlenForm:jahresdurchschnitt"));
                String kennzahlen = browser.pageText();
                assertTrue(kennzahlen.contains("Jahresdurchschnitt belegter BiB-Plätze")
                        && kennzahlen.contains("Budget für Arbeit (§ 61 SGB IX)"), kennzahlen);
                browser.waitVisible(By.id("personalForm:personal"));
                browser.screenshot("teilhabe-kennzahlen");
                // a year in the address that is no year, or out of range: a German message, the default year shown
                browser.open("teilhabe/kennzahlen.xhtml?einrichtung=" + EntgeltScenarios.demoWerkstatt(base) + "&jahr=20x5");
                browser.waitForText(By.tagName("body"), "Das Jahr „20x5“ ist ungültig (erwartet: JJJJ).");
                browser.waitVisible(By.id("kennzahlenForm:jahresdurchschnitt"));
                browser.open("teilhabe/kennzahlen.xhtml?jahr=1800");
                browser.waitForText(By.tagName("body"), "Das Jahr „1800“ ist ungültig (erlaubt: 1980 bis 2100).");
                assertEquals(String.valueOf(java.time.LocalDate.now().getYear()),
                        browser.waitVisible(By.id("auswahlForm:jahr")).getAttribute("value"), "the running year instead");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("fehler-teilhabe-browser");
                throw e;
            }
        }
    }
}
