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
                browser.type(By.id("login:benutzername"), "admin");
                browser.type(By.id("login:passwort"), "falsch");
                browser.click(By.id("login:anmelden"));
                browser.waitForText(By.id("meldungen"), "Benutzername oder Passwort ist falsch.");

                browser.login("admin", "admin123!");
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
            browser.login("admin.b", "geheim-b-123");
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
            browser.open("stammdaten/betriebsstaetten.xhtml");
            browser.waitForText(By.id("listeForm:liste"), "Standort B");
            // the operator page is not for tenant users
            browser.open("betrieb/traeger.xhtml");
            assertTrue(browser.pageText().contains("Das hat nicht geklappt"), browser.pageText());
            browser.screenshot("fremde-seite");
        }
    }
}
