package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Accessibility in the browser (issue 17 items 1, 2 and 5): axe-core (pinned in src/test/axe, installed with npm ci
 * like Redocly) runs with the WCAG 2.0/2.1 A and AA rules on every page each role can open. The page list is read from
 * the menu after sign-in (so it grows with the menu), plus the account pages, detail pages reached from lists (a
 * person, a Teilhabe report), the sign-in and invitation pages and the operator's pages. At 1366 × 900 no column
 * header may be cut; one page works at 390 px (no horizontal page overflow, the menu folded behind a button).
 * target/axe-report.txt lists the violations per page; any serious or critical one fails the test.
 */
final class AxeScenarios {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The roles of the demo tenant (launcher's demo logins) and the operator. */
    record Rolle(String name, String login, String passwort) {
    }

    static final List<Rolle> ROLLEN = List.of(
            new Rolle("Entgelt", "demo/entgelt", "entgelt123!"),
            new Rolle("Leitung", "demo/leitung", "leitung123!"),
            new Rolle("Sozialdienst", "demo/sozialdienst", "sozial123!"),
            new Rolle("Werkstattrat", "demo/werkstattrat", "rat12345!"),
            new Rolle("Wahlvorstand", "demo/wahlvorstand", "wahl12345!"),
            new Rolle("Prüfer", "demo/pruefer", "pruefer123!"),
            new Rolle("Trägeradmin", "demo/admin", "admin123!"),
            new Rolle("Betrieb", KontenScenarios.OPERATOR, KontenScenarios.OPERATOR_PASSWORT));

    /** One page's result. */
    record Ergebnis(String rolle, String seite, int schwer, int gesamt, List<String> regeln, List<String> abgeschnitten) {
    }

    private AxeScenarios() {
    }

    static void allePagesAllerRollen(URL base) throws IOException, InterruptedException {
        String axe = axeSkript();
        List<Ergebnis> ergebnisse = new ArrayList<>();
        try (Browser browser = new Browser(base)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            for (String seite : List.of("login.xhtml", "einladung.xhtml?token=unbekannt")) {
                ergebnisse.add(pruefe(browser, axe, "ohne Anmeldung", seite));
            }
        }
        for (Rolle rolle : ROLLEN) {
            if (rolle.login().indexOf('/') < 0 || rolle.login().endsWith("/admin")) {
                Zweitfaktor.einrichten(base, rolle.login(), rolle.passwort());
            }
            try (Browser browser = new Browser(base)) {
                browser.driver().manage().window().setSize(new Dimension(1366, 900));
                browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
                browser.login(rolle.login(), rolle.passwort());
                Set<String> seiten = new LinkedHashSet<>(menuSeiten(browser));
                assertTrue(seiten.size() >= 3, rolle + ": menu pages " + seiten);
                seiten.addAll(detailSeiten(browser, seiten));
                for (String seite : seiten) {
                    ergebnisse.add(pruefe(browser, axe, rolle.name(), seite));
                }
            }
        }
        String bericht = bericht(ergebnisse);
        System.out.println(bericht);
        Files.writeString(Path.of("target", "axe-report.txt"), bericht, StandardCharsets.UTF_8);

        List<String> fehler = new ArrayList<>();
        for (Ergebnis e : ergebnisse) {
            if (e.schwer() > 0) {
                fehler.add(e.rolle() + " " + e.seite() + ": " + e.regeln());
            }
            if (!e.abgeschnitten().isEmpty()) {
                fehler.add(e.rolle() + " " + e.seite() + ": abgeschnittene Spaltenköpfe " + e.abgeschnitten());
            }
        }
        assertTrue(ergebnisse.size() > 60, "pages checked: " + ergebnisse.size());
        assertEquals(List.of(), fehler, "serious/critical axe violations or cut headers (target/axe-report.txt)");
    }

    /** The council's start page on a phone (390 px): no horizontal scrolling, the menu behind the button "Menü". */
    static void handyBreite(URL base) {
        try (Browser browser = new Browser(base)) {
            browser.login("demo/werkstattrat", "rat12345!");
            // a phone's viewport: headless Chromium keeps windows at least 500 px wide, the emulation does not
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            for (String seite : List.of("index.xhtml", "wahl/wahlen.xhtml")) {
                browser.open(seite);
                browser.waitVisible(By.id("benutzerName"));
                JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                Number breite = (Number) js.executeScript("return document.documentElement.clientWidth");
                assertTrue(breite.intValue() <= 390, "viewport " + breite);
                Object zuBreit = js.executeScript("var d=document.documentElement; return d.scrollWidth > d.clientWidth"
                        + " ? Array.from(document.querySelectorAll('body *')).filter(function(e){"
                        + "var r=e.getBoundingClientRect(); return r.right > d.clientWidth + 1 && r.width > 0;})"
                        + ".slice(0,5).map(function(e){return e.tagName+'#'+e.id+'.'+e.className;}).join(', ') : ''");
                assertEquals("", zuBreit, seite + ": the page scrolls sideways at 390 px");
                WebElement menu = browser.driver().findElement(By.id("kopfForm:menu"));
                WebElement schalter = browser.driver().findElement(By.id("menuSchalter"));
                assertFalse(menu.isDisplayed(), "menu folded at 390 px");
                assertTrue(schalter.isDisplayed(), "menu button shown at 390 px");
                assertEquals("false", schalter.getAttribute("aria-expanded"));
                schalter.click();
                assertTrue(menu.isDisplayed(), "menu open after the button");
                assertEquals("true", schalter.getAttribute("aria-expanded"));
                browser.screenshot("handy-390-" + seite.replaceAll("[^a-z]", "-"));
            }
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.open("index.xhtml");
            assertTrue(browser.waitVisible(By.id("kopfForm:menu")).isDisplayed(), "menu bar shown at 1366 px");
            assertFalse(browser.driver().findElement(By.id("menuSchalter")).isDisplayed(), "no menu button at 1366 px");
        }
    }

    /** The pages the menu links to (and the account links in the header), relative to the application root. */
    private static List<String> menuSeiten(Browser browser) {
        browser.open("index.xhtml");
        browser.waitVisible(By.id("benutzerName"));
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#kopfForm a[href]')).map(function(a){return a.href;})");
        List<String> seiten = new ArrayList<>();
        for (String href : hrefs) {
            String seite = relativ(href);
            if (seite != null && !seiten.contains(seite)) {
                seiten.add(seite);
            }
        }
        return seiten;
    }

    /** Detail pages reached from lists: the first person of the list, the first Teilhabe report. */
    private static List<String> detailSeiten(Browser browser, Set<String> seiten) {
        List<String> details = new ArrayList<>();
        Map<String, String> listen = Map.of("personen/liste.xhtml", "person.xhtml", "teilhabe/berichte.xhtml",
                "bericht.xhtml");
        for (Map.Entry<String, String> liste : listen.entrySet()) {
            if (!seiten.contains(liste.getKey())) {
                continue;
            }
            browser.open(liste.getKey());
            browser.waitVisible(By.id("benutzerName"));
            List<WebElement> links = browser.driver().findElements(By.cssSelector("a[href*='" + liste.getValue() + "?']"));
            if (!links.isEmpty()) {
                String seite = relativ(links.get(0).getAttribute("href"));
                if (seite != null) {
                    details.add(seite);
                }
            }
        }
        return details;
    }

    /** "http://host/werkerp/a/b.xhtml;jsessionid=…?x=1" -> "a/b.xhtml?x=1"; null for other links (PDF, REST). */
    static String relativ(String href) {
        int root = href.indexOf("/werkerp/");
        if (root < 0 || !href.contains(".xhtml")) {
            return null;
        }
        String seite = href.substring(root + "/werkerp/".length()).replaceAll(";jsessionid=[^?#]*", "");
        int raute = seite.indexOf('#');
        return raute >= 0 ? seite.substring(0, raute) : seite;
    }

    private static Ergebnis pruefe(Browser browser, String axe, String rolle, String seite) {
        browser.open(seite);
        browser.waitVisible(By.tagName("main"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> verstoesse = (List<Map<String, Object>>) js.executeAsyncScript(
                "var fertig = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(function (r) { fertig(r.violations.map(function (v) {"
                        + "  return {id: v.id, impact: v.impact || '', n: v.nodes.length,"
                        + "    ziele: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ')};"
                        + "})); })"
                        + ".catch(function (e) { fertig([{id: 'axe-fehler', impact: 'critical', n: 1, ziele: String(e)}]); });",
                TAGS);
        int schwer = 0;
        int gesamt = 0;
        List<String> regeln = new ArrayList<>();
        for (Map<String, Object> v : verstoesse) {
            int n = ((Number) v.get("n")).intValue();
            gesamt += n;
            String impact = String.valueOf(v.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                schwer += n;
            }
            regeln.add(impact + " " + v.get("id") + " ×" + n + " (" + v.get("ziele") + ")");
        }
        @SuppressWarnings("unchecked")
        List<String> abgeschnitten = (List<String>) js.executeScript(
                "return Array.from(document.querySelectorAll('th, [role=columnheader]')).filter(function (th) {"
                        + "  return th.offsetParent !== null && th.scrollWidth > th.clientWidth + 1;"
                        + "}).map(function (th) { return (th.innerText || '').trim().substring(0, 40); });");
        if (schwer > 0 || !abgeschnitten.isEmpty()) {
            browser.screenshot("axe-" + rolle.replaceAll("[^A-Za-z]", "") + "-" + seite.replaceAll("[^a-z]", "-"));
        }
        return new Ergebnis(rolle, seite, schwer, gesamt, regeln, abgeschnitten);
    }

    static String bericht(List<Ergebnis> ergebnisse) {
        StringBuilder b = new StringBuilder("axe-core (" + String.join(", ", TAGS) + "), 1366 × 900\n");
        b.append(String.format("%-16s %-58s %9s %6s %6s%n", "Rolle", "Seite", "schwer", "alle", "abgeschn."));
        int schwer = 0;
        int gesamt = 0;
        for (Ergebnis e : ergebnisse) {
            b.append(String.format("%-16s %-58s %9d %6d %6d%n", e.rolle(), e.seite(), e.schwer(), e.gesamt(),
                    e.abgeschnitten().size()));
            for (String r : e.regeln()) {
                b.append("      ").append(r).append('\n');
            }
            for (String h : e.abgeschnitten()) {
                b.append("      abgeschnitten: ").append(h).append('\n');
            }
            schwer += e.schwer();
            gesamt += e.gesamt();
        }
        b.append(String.format("%d Seiten, %d schwere/kritische Verstöße, %d Verstöße insgesamt%n", ergebnisse.size(),
                schwer, gesamt));
        return b.toString();
    }

    /** axe.min.js from the pinned npm package (npm ci into target/axe once). */
    private static String axeSkript() throws IOException, InterruptedException {
        Path dir = Path.of("target", "axe");
        Files.createDirectories(dir);
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(Path.of("src", "test", "axe", file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path skript = dir.resolve("node_modules").resolve("axe-core").resolve("axe.min.js");
        if (!Files.exists(skript)) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!npm.waitFor(5, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                fail("npm ci (axe-core) dauerte zu lange");
            }
            assertEquals(0, npm.exitValue(), "npm ci (axe-core):\n" + out);
        }
        return Files.readString(skript, StandardCharsets.UTF_8);
    }
}
