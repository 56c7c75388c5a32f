package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;

import org.openqa.selenium.By;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * REST scenarios of the shared Rechengrößen (rules.md § 3, issue 15 item 4): the history 2021/2022 is stored; the
 * operator enters the following year's figures with their source (legal basis and Fundstelle required); a tenant
 * admin may not; the change is logged; the yearly-change warning does not name an entered year.
 */
final class RechengroessenScenarios {

    private RechengroessenScenarios() {
    }

    private static String eingabe(String ab, String bis, String fundstelle) {
        return "{\"gueltigAb\":\"" + ab + "\",\"gueltigBis\":\"" + bis + "\",\"bezugsgroesseWest\":4095.00,"
                + "\"bezugsgroesseOst\":null,\"kvAllgemeinerSatz\":14.6,\"kvZusatzbeitragDurchschnitt\":3.1,"
                + "\"pvSatz\":3.6,\"pvZuschlagKinderlos\":0.6,\"pvAbschlagJeKind\":0.25,\"rvSatz\":18.6,"
                + "\"rechtsquelle\":\"SVBezGrV (IT); § 242a SGB V; § 55 SGB XI\",\"fundstelle\":"
                + (fundstelle == null ? "null" : "\"" + fundstelle + "\"") + "}";
    }

    static void jahrErfassen(URL base) {
        Api betrieb = Api.mitZweitemFaktor(base, "betrieb", "betrieb123!");
        Api admin = Api.mitZweitemFaktor(base, "demo/admin", "admin123!");

        // 2021 and 2022 are stored with the figures of rules.md § 3
        Api.Answer liste = admin.get("referenzdaten/rechengroessen");
        assertEquals(200, liste.status(), liste.body());
        JsonObject r2021 = null;
        JsonObject r2022 = null;
        LocalDate letzterTag = null;
        for (JsonValue v : liste.array()) {
            JsonObject r = v.asJsonObject();
            if (r.getString("gueltigAb").equals("2021-01-01")) {
                r2021 = r;
            }
            if (r.getString("gueltigAb").equals("2022-01-01")) {
                r2022 = r;
            }
            if (r.containsKey("gueltigBis") && !r.isNull("gueltigBis")) {
                LocalDate bis = LocalDate.parse(r.getString("gueltigBis"));
                letzterTag = letzterTag == null || bis.isAfter(letzterTag) ? bis : letzterTag;
            }
        }
        assertEquals(0, r2021.getJsonNumber("bezugsgroesseOst").bigDecimalValue().compareTo(new java.math.BigDecimal("3115")));
        assertEquals(0, r2021.getJsonNumber("pvZuschlagKinderlos").bigDecimalValue().compareTo(new java.math.BigDecimal("0.25")));
        assertEquals(0, r2022.getJsonNumber("bezugsgroesseOst").bigDecimalValue().compareTo(new java.math.BigDecimal("3150")));
        assertEquals(0, r2022.getJsonNumber("pvZuschlagKinderlos").bigDecimalValue().compareTo(new java.math.BigDecimal("0.35")));
        assertEquals(0, r2022.getJsonNumber("kvZusatzbeitragDurchschnitt").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("1.3")));

        // the year after the last stored period
        LocalDate ab = letzterTag.plusDays(1);
        String abText = ab.toString();
        String bisText = ab.withMonth(12).withDayOfMonth(31).toString();

        // the source is required: 400 naming the field, nothing stored
        Api.Answer ohneQuelle = betrieb.post("referenzdaten/rechengroessen", eingabe(abText, bisText, null));
        assertEquals(400, ohneQuelle.status(), ohneQuelle.body());
        assertTrue(ohneQuelle.body().contains("\"feld\":\"fundstelle\""), ohneQuelle.body());
        // a tenant admin may not write the shared figures of all tenants
        Api.Answer mandant = admin.post("referenzdaten/rechengroessen", eingabe(abText, bisText, "BGBl. (IT) I Nr. 1"));
        assertEquals(403, mandant.status(), mandant.body());
        assertFalse(admin.get("referenzdaten/rechengroessen").body().contains(abText));

        // the operator enters them with the source
        Api.Answer neu = betrieb.post("referenzdaten/rechengroessen", eingabe(abText, bisText, "BGBl. (IT) I Nr. 1"));
        assertEquals(201, neu.status(), neu.body());
        assertEquals("BGBl. (IT) I Nr. 1", neu.object().getString("fundstelle"));
        Api.Answer danach = admin.get("referenzdaten/rechengroessen");
        assertTrue(danach.body().contains("\"gueltigAb\":\"" + abText + "\"") && danach.body().contains("BGBl. (IT) I Nr. 1"),
                danach.body());
        Api.Answer protokoll = betrieb.get("referenzdaten/aenderungen");
        assertEquals(200, protokoll.status(), protokoll.body());
        assertTrue(protokoll.body().contains("BGBl. (IT) I Nr. 1") && protokoll.body().contains("\"geaendertVon\":\"betrieb\""),
                protokoll.body());
        // an overlapping period is refused
        Api.Answer doppelt = betrieb.post("referenzdaten/rechengroessen", eingabe(ab.withMonth(7).toString(), bisText,
                "BGBl. (IT) I Nr. 2"));
        assertEquals(400, doppelt.status(), doppelt.body());

        // the warning (rules.md § 3, from 1 November) never names a year that is stored now
        Api.Answer warnung = admin.get("referenzdaten/rechengroessen/warnung");
        assertEquals(200, warnung.status(), warnung.body());
        assertFalse(warnung.body().contains("für " + ab.getYear()), warnung.body());
        LocalDate heute = LocalDate.now(ZoneId.of("Europe/Berlin"));
        if (heute.getYear() + 1 == ab.getYear() || heute.getYear() + 1 < ab.getYear()) {
            assertTrue(!warnung.object().containsKey("warnung") || warnung.object().isNull("warnung"), warnung.body());
        }
    }

    /** The form on Stammdaten › Rechengrößen: the operator's entry, the Fundstelle required as in REST. */
    static void formular(URL base) {
        LocalDate letzterTag = null;
        for (JsonValue v : Api.mitZweitemFaktor(base, "betrieb", "betrieb123!").get("referenzdaten/rechengroessen").array()) {
            JsonObject r = v.asJsonObject();
            if (r.containsKey("gueltigBis") && !r.isNull("gueltigBis")) {
                LocalDate bis = LocalDate.parse(r.getString("gueltigBis"));
                letzterTag = letzterTag == null || bis.isAfter(letzterTag) ? bis : letzterTag;
            }
        }
        LocalDate ab = letzterTag.plusDays(1);
        try (Browser browser = new Browser(base)) {
            try {
                browser.login("betrieb", "betrieb123!");
                browser.open("stammdaten/rechengroessen.xhtml");
                browser.waitVisible(By.id("rechengroessenForm:erfassen"));
                browser.typeDate(By.id("rechengroessenForm:gueltigAb_input"), String.format("01.01.%d", ab.getYear()));
                browser.typeDate(By.id("rechengroessenForm:gueltigBis_input"), String.format("31.12.%d", ab.getYear()));
                browser.type(By.id("rechengroessenForm:bezugsgroesseWest_input"), "4200,00");
                browser.type(By.id("rechengroessenForm:kvAllgemeinerSatz_input"), "14,6");
                browser.type(By.id("rechengroessenForm:kvZusatzbeitragDurchschnitt_input"), "3,2");
                browser.type(By.id("rechengroessenForm:pvSatz_input"), "3,6");
                browser.type(By.id("rechengroessenForm:pvZuschlagKinderlos_input"), "0,6");
                browser.type(By.id("rechengroessenForm:pvAbschlagJeKind_input"), "0,25");
                browser.type(By.id("rechengroessenForm:rvSatz_input"), "18,6");
                browser.type(By.id("rechengroessenForm:rechtsquelle"), "SVBezGrV (Browser)");
                browser.click(By.id("rechengroessenForm:erfassen"));
                // the source is required: the German message stands next to the field, nothing stored
                browser.waitForText(By.id("rechengroessenForm"), "Bitte die Fundstelle der Verordnung");
                assertFalse(browser.driver().findElement(By.id("rechengroessen")).getText().contains("SVBezGrV (Browser)"));
                browser.screenshot("rechengroessen-ohne-fundstelle");

                browser.type(By.id("rechengroessenForm:fundstelle"), "BGBl. (Browser) I Nr. 7");
                browser.click(By.id("rechengroessenForm:erfassen"));
                browser.waitForText(By.id("rechengroessen"), "BGBl. (Browser) I Nr. 7");
                assertTrue(browser.driver().findElement(By.id("rechengroessen")).getText()
                        .contains(String.format("01.01.%d", ab.getYear())), browser.pageText());
                browser.screenshot("rechengroessen-gespeichert");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("rechengroessen-fehler");
                throw e;
            }
        }
    }
}
