package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 19 item 1 (lists and pages of a large Werkstatt) and issue 17 (the attendance grid at 1366 px): paged REST lists
 * with their total in {@code X-Total-Count}, and the attendance grid of one group with visible, frozen names.
 */
final class ListenScenarios {

    static final String ENTGELT = "demo/entgelt";
    static final String ENTGELT_PASSWORT = "entgelt123!";

    private ListenScenarios() {
    }

    /** One GET as the clerk: status, body and the total header. */
    record Antwort(int status, String body, String gesamt) {
        JsonStructure json() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.read();
            }
        }

        JsonArray array() {
            return (JsonArray) json();
        }
    }

    static Antwort get(URL base, String pfad) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((ENTGELT + ":" + ENTGELT_PASSWORT)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/" + pfad))
                .header("Authorization", basic).header("Accept", "application/json").GET().build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        return new Antwort(r.statusCode(), r.body(), r.headers().firstValue("X-Total-Count").orElse(null));
    }

    /** REST lists: limit/offset, the total in X-Total-Count, the default page, German 400 on bad values. */
    static void restListenSeitenweise(URL base) throws Exception {
        Antwort alle = get(base, "beschaeftigte?limit=1000");
        assertEquals(200, alle.status(), alle.body());
        int gesamt = Integer.parseInt(alle.gesamt());
        assertEquals(gesamt, alle.array().size(), "all demo people fit into one page of 1000");
        assertTrue(gesamt > 3, alle.body());

        Antwort zwei = get(base, "beschaeftigte?limit=2");
        assertEquals(2, zwei.array().size());
        assertEquals(String.valueOf(gesamt), zwei.gesamt(), "the total counts all pages");
        Antwort zweite = get(base, "beschaeftigte?offset=1&limit=1");
        assertEquals(1, zweite.array().size());
        assertEquals(zwei.array().getJsonObject(1).getJsonNumber("id"), zweite.array().getJsonObject(0).getJsonNumber("id"),
                "offset 1 is the second entry of the same order");
        assertEquals(alle.array().getJsonObject(gesamt - 1).getJsonNumber("id"),
                get(base, "beschaeftigte?offset=" + (gesamt - 1)).array().getJsonObject(0).getJsonNumber("id"));
        Antwort dahinter = get(base, "beschaeftigte?offset=" + gesamt);
        assertEquals(200, dahinter.status());
        assertEquals(0, dahinter.array().size());
        assertEquals(String.valueOf(gesamt), dahinter.gesamt());

        // the same for the contracts (paged in the database) and lists a rule computes (warnings)
        for (String liste : List.of("vertraege", "vertraege/warnungen", "einrichtungen", "gruppen",
                "leistungstraeger")) {
            Antwort a = get(base, liste + "?limit=1");
            assertEquals(200, a.status(), liste + ": " + a.body());
            assertTrue(a.gesamt() != null && a.gesamt().matches("\\d+"), liste + " ohne X-Total-Count");
            assertEquals(Math.min(1, Integer.parseInt(a.gesamt())), a.array().size(), liste);
            Antwort standard = get(base, liste);
            assertEquals(Math.min(100, Integer.parseInt(a.gesamt())), standard.array().size(), liste + ": Standardseite");
        }

        // bad values: German 400 naming the parameter
        for (String falsch : List.of("limit=0", "limit=1001", "offset=-1", "limit=zehn")) {
            Antwort a = get(base, "beschaeftigte?" + falsch);
            assertEquals(400, a.status(), falsch + ": " + a.body());
            JsonObject fehler = (JsonObject) a.json();
            String feld = falsch.substring(0, falsch.indexOf('='));
            assertTrue(fehler.toString().contains(feld), falsch + ": " + fehler);
            assertFalse(fehler.getString("meldung").isBlank());
        }
    }

    /**
     * Issue 17: at 1366×900 the grid of a group shows each name in a real width (the name column is frozen while the
     * days scroll), each day input is named for screen readers; without a group there is no grid.
     */
    static void anwesenheitsraster(URL base) {
        try (Browser browser = new Browser(base)) {
            try {
                browser.driver().manage().window().setSize(new Dimension(1366, 900));
                browser.login(ENTGELT, ENTGELT_PASSWORT);
                browser.open("entgelt/anwesenheit.xhtml");
                browser.waitVisible(By.id("auswahlForm:anzeigen"));
                browser.choose("auswahlForm:einrichtung", "Werkstatt Musterstadt");
                browser.click(By.id("auswahlForm:anzeigen"));
                // the growl shows its messages in a container of its own, outside the element "meldungen"
                browser.waitForText(By.tagName("body"), "Bitte die Gruppe wählen");
                assertTrue(browser.driver().findElements(By.id("anwesenheitForm:zeilen")).isEmpty(),
                        "no grid before a group is chosen");

                browser.choose("auswahlForm:gruppe", "Montage 1");
                browser.click(By.id("auswahlForm:anzeigen"));
                browser.waitVisible(By.id("anwesenheitForm:zeilen"));
                List<WebElement> namen = browser.driver().findElements(
                        By.cssSelector("#anwesenheitForm\\:zeilen_data > tr > td.name"));
                assertFalse(namen.isEmpty(), browser.pageText());
                for (WebElement name : namen) {
                    assertTrue(name.getSize().getWidth() >= 100, "name cell " + name.getSize().getWidth() + " px wide");
                    assertTrue(name.getText().matches("(?s)[^,\\n]+, [^\\n]+.*"), "name shown: '" + name.getText() + "'");
                }
                WebElement erste = namen.get(0);
                String nameText = erste.getText().split("\\n")[0];
                String[] teile = nameText.split(", ");
                WebElement tag3 = browser.driver().findElement(By.id("anwesenheitForm:zeilen:0:t2"));
                String label = tag3.getAttribute("aria-label");
                assertTrue(label.startsWith(teile[1] + " " + teile[0] + ", 3. "), label);

                // the days scroll inside the table; the name column stays in view
                WebElement rahmen = browser.driver().findElement(
                        By.cssSelector("#anwesenheitForm\\:zeilen .ui-datatable-tablewrapper"));
                JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                Number breit = (Number) js.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;",
                        rahmen);
                assertTrue((Boolean) js.executeScript("return arguments[0].scrollWidth <= document.documentElement"
                        + ".clientWidth;", browser.driver().findElement(By.tagName("main"))),
                        "the page itself does not scroll sideways: the grid scrolls inside its frame");
                if (breit.intValue() > 0) {
                    Number vorher = (Number) js.executeScript("return arguments[0].getBoundingClientRect().left;", erste);
                    js.executeScript("arguments[0].scrollLeft = arguments[1];", rahmen, breit);
                    Number nachher = (Number) js.executeScript("return arguments[0].getBoundingClientRect().left;",
                            erste);
                    assertEquals(vorher.intValue(), nachher.intValue(), 2, "the name column is frozen");
                    assertTrue(erste.getText().contains(nameText), "the name stays visible while the days scroll");
                }
                Number rechts = (Number) js.executeScript("return arguments[0].getBoundingClientRect().right;", erste);
                assertTrue(rechts.intValue() <= 1366, "the name is inside the window");
                browser.screenshot("anwesenheit-1366");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("fehler-anwesenheitsraster");
                throw e;
            }
        }
    }
}
