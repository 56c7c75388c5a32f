package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.openqa.selenium.By;

/** The page scenarios of {@link WerkErpIT} in headless Chromium. */
final class BrowserScenarios {

    private BrowserScenarios() {
    }

    static void createBetriebsstaette(URL base) {
        try (Browser browser = new Browser(base)) {
            try {
                // every page needs a login: an anonymous visit lands on the login page
                browser.open("stammdaten/betriebsstaetten.xhtml");
                browser.waitVisible(By.id("login:anmelden"));

                // a wrong password gives a German message
                browser.type(By.id("login:kennung"), "demo");
                browser.type(By.id("login:benutzername"), "admin");
                browser.type(By.id("login:passwort"), "falsch");
                browser.click(By.id("login:anmelden"));
                browser.waitForText(By.id("meldungen"), "Benutzername oder Passwort ist falsch.");

                browser.login("demo/admin", "admin123!");
                assertTrue(browser.pageText().contains("Werkstätten Musterstadt gGmbH"), "tenant shown in the header");
                assertEquals("Anna Admin", browser.driver().findElement(By.id("benutzerName")).getText());

                browser.open("stammdaten/betriebsstaetten.xhtml");
                browser.waitVisible(By.id("listeForm:liste"));
                browser.click(By.id("listeForm:neu"));
                browser.waitVisible(By.id("betriebsstaetteForm:name"));
                browser.choose("betriebsstaetteForm:einrichtungId", "Werkstatt Musterstadt");
                browser.type(By.id("betriebsstaetteForm:name"), "Werk Browser");
                browser.type(By.id("betriebsstaetteForm:strasse"), "Testweg 5");
                browser.type(By.id("betriebsstaetteForm:plz"), "123");
                browser.type(By.id("betriebsstaetteForm:ort"), "Musterstadt");
                browser.click(By.id("betriebsstaetteForm:speichern"));
                // the Beitrittsgebiet is required, never assumed (§ 228a SGB VI; issue 15)
                browser.waitForText(By.id("betriebsstaetteForm"), "ob die Betriebsstätte im Beitrittsgebiet liegt");
                browser.click(By.cssSelector("label[for='betriebsstaetteForm:beitrittsgebiet:1']"));
                browser.click(By.id("betriebsstaetteForm:speichern"));
                // bad input: the German message stands next to the field, nothing is stored
                browser.waitForText(By.id("betriebsstaetteForm"), "Die Postleitzahl besteht aus genau 5 Ziffern.");
                browser.screenshot("betriebsstaette-validierung");

                browser.type(By.id("betriebsstaetteForm:plz"), "12349");
                browser.click(By.id("betriebsstaetteForm:speichern"));
                browser.waitForText(By.id("listeForm:liste"), "Werk Browser");
                assertTrue(browser.pageText().contains("Testweg 5, 12349 Musterstadt"), browser.pageText());
                browser.screenshot("betriebsstaette-liste");

                // filter the list
                browser.type(By.id("listeForm:liste:spalteName:filter"), "Browser");
                browser.waitForText(By.id("listeForm:liste"), "Werk Browser");

                browser.logout();
                assertTrue(browser.pageText().contains("Sie wurden abgemeldet."));
                browser.open("stammdaten/betriebsstaetten.xhtml");
                browser.waitVisible(By.id("login:anmelden"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("fehler-createBetriebsstaette");
                throw e;
            }
        }
    }

    static void pagesShowOwnTenantOnly(URL base) {
        ClientScenarios.tenantB(base);
        try (Browser browser = new Browser(base)) {
            browser.login("zweiter/admin.b", "geheim-b-123");
            for (String page : new String[] {"stammdaten/einrichtungen.xhtml", "stammdaten/betriebsstaetten.xhtml",
                    "stammdaten/gruppen.xhtml", "admin/benutzer.xhtml", "admin/protokoll.xhtml"}) {
                browser.open(page);
                browser.waitVisible(By.id("listeForm:liste"));
                String text = browser.pageText();
                assertTrue(text.contains("Zweiter Träger e. V."), page);
                assertFalse(text.contains("Werk Nord"), page + ": " + text);
                assertFalse(text.contains("Werkstatt Musterstadt"), page + ": " + text);
                assertFalse(text.contains("Anna Admin"), page + ": " + text);
            }
            // the audit page checks the tenant's hash chain on a click
            browser.open("admin/protokoll.xhtml");
            browser.click(By.id("pruefForm:pruefen"));
            browser.waitForText(By.id("pruefForm:ergebnis"), "Prüfkette intakt");
            browser.open("stammdaten/betriebsstaetten.xhtml");
            browser.waitForText(By.id("listeForm:liste"), "Standort B");
            // the operator page is not for tenant users
            browser.open("betrieb/traeger.xhtml");
            assertTrue(browser.pageText().contains("Das hat nicht geklappt"), browser.pageText());
            browser.screenshot("fremde-seite");
        }
    }

    /** A social worker's path: new person, contract, approval that ends soon, and the warning on the person's page. */
    static void personContractApproval(URL base) {
        Api admin = Api.mitZweitemFaktor(base, "demo/admin", "admin123!");
        Api.Answer lt = admin.post("leistungstraeger", Api.json("name", "Bezirk Oberland", "art", "EINGLIEDERUNGSHILFE"));
        assertEquals(201, lt.status(), lt.body());
        try (Browser browser = new Browser(base)) {
            try {
                browser.login("demo/sozialdienst", "sozial123!");
                browser.open("personen/liste.xhtml");
                browser.click(By.id("listeForm:neu"));
                browser.type(By.id("personForm:vorname"), "Lena");
                browser.type(By.id("personForm:nachname"), "Browser");
                browser.typeDate(By.id("personForm:geburtsdatum_input"), "12.06.1995");
                browser.choose("personForm:geschlecht", "weiblich");
                browser.type(By.id("personForm:rvNummer"), "12 345678 X 99 1");
                browser.click(By.id("personForm:anlegen"));
                // bad RV number: a German message next to the field, nothing stored
                browser.waitVisible(By.xpath("//input[@id='personForm:rvNummer']/following-sibling::div[contains(@class,'ui-message-error')]"));
                browser.screenshot("person-rv-fehler");
                browser.type(By.id("personForm:rvNummer"), "");
                browser.click(By.id("personForm:anlegen"));
                browser.waitVisible(By.id("stammdatenForm:vorname"));
                assertTrue(browser.pageText().contains("Browser, Lena"), browser.pageText());

                browser.click(By.id("vertraegeForm:neuerVertrag"));
                browser.waitVisible(By.id("vertragForm:beginn_input"));
                browser.choose("vertragForm:einrichtungId", "Werkstatt Musterstadt");
                String beginn = java.time.LocalDate.now().minusMonths(22).withDayOfMonth(1)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
                browser.typeDate(By.id("vertragForm:beginn_input"), beginn);
                browser.click(By.id("vertragForm:vertragAnlegen"));
                browser.waitVisible(By.cssSelector(".neueBewilligung"));

                browser.click(By.cssSelector(".neueBewilligung"));
                browser.waitVisible(By.id("bewilligungForm:aktenzeichen"));
                browser.choose("bewilligungForm:leistungstraegerId", "Bezirk Oberland");
                browser.type(By.id("bewilligungForm:aktenzeichen"), "OB-2024-17");
                browser.choose("bewilligungForm:bereich", "Eingangsverfahren");
                String bis = java.time.LocalDate.now().plusDays(45).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
                browser.typeDate(By.id("bewilligungForm:gueltigAb_input"), beginn);
                browser.typeDate(By.id("bewilligungForm:gueltigBis_input"), bis);
                browser.click(By.id("bewilligungForm:bewilligungSpeichern"));
                browser.waitForText(By.id("vertraegeForm"), "OB-2024-17");
                browser.open(browser.driver().getCurrentUrl().replaceFirst("^.*/personen/", "personen/"));
                browser.waitForText(By.id("warnungen"), "Bewilligung läuft aus");
                assertTrue(browser.pageText().contains("OB-2024-17 endet am " + bis), browser.pageText());
                browser.screenshot("person-warnung");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("fehler-personContractApproval");
                throw e;
            }
        }
    }

    /** The calculator page: the payroll user computes an Arbeitsentgelt and sees the AFöG (§ 59 SGB IX). */
    static void calculatorPage(URL base) {
        try (Browser browser = new Browser(base)) {
            try {
                browser.login("demo/entgelt", "entgelt123!");
                browser.open("stammdaten/rechner.xhtml");
                browser.typeDate(By.id("rechner:entgeltForm:monat_input"), "03.2025");
                browser.click(By.id("rechner:entgeltForm:berechnen"));
                browser.waitForText(By.id("rechner:entgeltForm"), "Arbeitsentgelt 250,00");
                assertTrue(browser.pageText().contains("Arbeitsförderungsgeld 52,00"), browser.pageText());
                browser.screenshot("rechner");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("fehler-calculatorPage");
                throw e;
            }
        }
    }
}
