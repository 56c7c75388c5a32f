package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The start page of each role on the demo tenant (issue 17 item 3): what the role must do next, and nothing of what
 * the role may not see (docs/rollen.md); the run pages open on the first open month the start page names.
 */
final class StartseiteScenarios {

    /** Every section of the start page, by role. */
    private static final List<String> BEREICHE = List.of("startEntgelt", "startLeitung", "startWerkstattrat",
            "startSozialdienst", "startWahlvorstand");

    private StartseiteScenarios() {
    }

    /** Only the role's own section is on the page. */
    private static void nurBereich(Browser browser, String eigener) {
        for (String b : BEREICHE) {
            assertEquals(b.equals(eigener), !browser.driver().findElements(By.id(b)).isEmpty(), b + " bei " + eigener);
        }
    }

    private static String text(Browser browser, String id) {
        return browser.waitVisible(By.id(id)).getText();
    }

    /**
     * Payroll: the open month per Einrichtung with its next step, links to the run page that opens on that month
     * (also without a month in the address), and the four warnings with counts.
     */
    static void entgelt(URL base) {
        try (Browser browser = new Browser(base)) {
            browser.login("demo/entgelt", "entgelt123!");
            browser.open("index.xhtml");
            nurBereich(browser, "startEntgelt");
            String bereich = text(browser, "startEntgelt");
            for (String titel : List.of("Entgeltlauf", "Krankenkasse fehlt", "IBAN fehlt",
                    "Bewilligung endet in den nächsten 60 Tagen", "Regelaltersgrenze in den nächsten sechs Monaten")) {
                assertTrue(bereich.contains(titel), titel + " fehlt:\n" + bereich);
            }
            assertFalse(browser.driver().findElements(By.id("offeneWarnungen")).size() > 0,
                    "die ungekürzte Warnliste gehört nicht auf die Startseite der Entgeltabrechnung");
            WebElement link = browser.waitVisible(By.xpath("//ul[@id='entgeltMonate']//a[starts-with(normalize-space(.),"
                    + " 'Werkstatt Musterstadt')]"));
            String monat = link.getText(); // "Werkstatt Musterstadt – 04/2026"
            String eintrag = link.findElement(By.xpath("./ancestor::li")).getText();
            assertTrue(eintrag.contains("als Nächstes") || eintrag.contains("Vier-Augen") || eintrag.contains("gerade berechnet")
                    || eintrag.contains("abgeschlossen"), eintrag);
            browser.screenshot("start-entgelt");
            String href = link.getAttribute("href");
            link.click();
            browser.waitForText(By.cssSelector("#inhalt h2"), monat);
            // without a month the run page opens on the same, first open month
            browser.open("entgelt/lauf.xhtml?einrichtung=" + EntgeltScenarios.demoWerkstatt(base));
            browser.waitForText(By.cssSelector("#inhalt h2"), monat);
            assertTrue(href.contains("monat="), href);
        }
    }

    /** Management: Arbeitsergebnis with its checks, billing month, open items, staffing; no person named. */
    static void leitung(URL base) {
        try (Browser browser = new Browser(base)) {
            browser.login("demo/leitung", "leitung123!");
            browser.open("index.xhtml");
            nurBereich(browser, "startLeitung");
            String bereich = text(browser, "startLeitung");
            for (String titel : List.of("Arbeitsergebnis", "Abrechnungslauf", "Offene Posten & Umsatz",
                    "Personalschlüssel", "Werkstatt Musterstadt")) {
                assertTrue(bereich.contains(titel), titel + " fehlt:\n" + bereich);
            }
            assertTrue(text(browser, "offenePosten").matches("(?s)Offen: .*€ bei \\d+ Leistungsträger.*"),
                    text(browser, "offenePosten"));
            assertTrue(browser.driver().findElements(By.cssSelector("#inhalt a[href*='personen/person']")).isEmpty(),
                    "die Leitung sieht auf der Startseite keine Person");
            browser.screenshot("start-leitung");
        }
    }

    /**
     * Council: thresholds (counts), the next election's dates, the released Arbeitsergebnis in Leichter Sprache, also as
     * menu item; no person and no pay.
     */
    static void werkstattrat(URL base) {
        try (Browser browser = new Browser(base)) {
            browser.login("demo/werkstattrat", "rat12345!");
            browser.open("index.xhtml");
            nurBereich(browser, "startWerkstattrat");
            String bereich = text(browser, "startWerkstattrat");
            assertTrue(bereich.contains("Wahlberechtigte") && bereich.contains("Nächste regelmäßige Wahl"), bereich);
            assertTrue(bereich.contains("Arbeitsergebnis in Leichter Sprache"), bereich);
            assertTrue(browser.driver().findElements(By.cssSelector("#inhalt a[href*='personen/person']")).isEmpty());
            assertFalse(browser.pageText().contains("Auszahlung"), "keine Entgelte");
            browser.screenshot("start-werkstattrat");
            // the menu item names the page with the same words
            assertFalse(browser.driver().findElements(By.id("kopfForm:menuErgebnisLeicht")).isEmpty(),
                    "Menüpunkt Arbeitsergebnis in Leichter Sprache fehlt");
            browser.open("ergebnis/leicht.xhtml");
            browser.waitForText(By.tagName("h1"), "Arbeitsergebnis in Leichter Sprache");
            String seite = browser.pageText();
            assertTrue(seite.contains("Das Geld der Werkstatt im Jahr") || seite.contains("noch kein freigegebenes"), seite);
            if (!browser.driver().findElements(By.id("leichteSprache")).isEmpty()) {
                assertTrue(seite.contains("Das hat die Werkstatt eingenommen"), seite);
            }
            browser.screenshot("start-werkstattrat-leichte-sprache");
        }
    }

    /** Social service: reports due within 90 days and goals to evaluate. */
    static void sozialdienst(URL base) {
        try (Browser browser = new Browser(base)) {
            browser.login("demo/sozialdienst", "sozial123!");
            browser.open("index.xhtml");
            nurBereich(browser, "startSozialdienst");
            String bereich = text(browser, "startSozialdienst");
            assertTrue(bereich.contains("Teilhabeberichte fällig in den nächsten 90 Tagen"), bereich);
            assertTrue(bereich.contains("Ziele zu bewerten"), bereich);
            assertTrue(bereich.matches("(?s).*Teilhabeberichte fällig in den nächsten 90 Tagen \\(\\d+\\).*"), bereich);
            browser.screenshot("start-sozialdienst");
        }
    }

    /** Election board: the running election's next deadline (or that none runs). */
    static void wahlvorstand(URL base) {
        try (Browser browser = new Browser(base)) {
            browser.login("demo/wahlvorstand", "wahl12345!");
            browser.open("index.xhtml");
            nurBereich(browser, "startWahlvorstand");
            String bereich = text(browser, "startWahlvorstand");
            assertTrue(bereich.contains("Nächste Frist:") || bereich.contains("Zurzeit läuft keine Wahl"), bereich);
            browser.screenshot("start-wahlvorstand");
        }
    }

    /** The Entgelt run page: progress text and the four-eyes hint for the person who computed the run. */
    static void vierAugenHinweisEntgelt(URL base) {
        long werkstatt = EntgeltScenarios.demoWerkstatt(base);
        try (Browser browser = new Browser(base)) {
            browser.login("demo/entgelt", "entgelt123!");
            browser.open("entgelt/lauf.xhtml?einrichtung=" + werkstatt);
            String status = text(browser, "laufForm:laufBlock:status");
            String schritt = text(browser, "laufForm:laufBlock:schritt");
            if (status.startsWith("Berechnet")) {
                // demo/entgelt computed the runs of the scenarios above: no "Freigeben", the hint says who releases
                assertTrue(schritt.contains("Freigeben muss ihn eine andere Person")
                        || schritt.contains("neu berechnen"), schritt);
                assertTrue(browser.driver().findElements(By.id("laufForm:laufBlock:freigeben")).isEmpty(), schritt);
            } else {
                assertFalse(schritt.isBlank(), "nächster Schritt fehlt");
            }
            browser.screenshot("entgeltlauf-naechster-schritt");
        }
    }
}
