package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.openqa.selenium.By;


/**
 * Client-side scenarios of the Werkstattrat and Frauenbeauftragte elections (issue 7): REST, PDF and browser checks
 * on the tenant prepared in the server by {@link WahlAblauf}.
 */
final class WahlScenarios {

    /** Logins (README "Sign-in"): the tenant's Kennung and the user name. */
    static final String WAHLVORSTAND = WahlAblauf.KENNUNG + "/" + WahlAblauf.WAHLVORSTAND;
    static final String WAHLVORSTAND_PASSWORT = WahlAblauf.WAHLVORSTAND_PASSWORT;
    static final String RAT = WahlAblauf.KENNUNG + "/" + WahlAblauf.RAT;
    static final String RAT_PASSWORT = WahlAblauf.RAT_PASSWORT;

    private WahlScenarios() {
    }

    // ------------------------------------------------------------------ from outside

    private static long einrichtung(Api a) {
        JsonArray s = a.get("wahlen/schwellen?stichtag=2053-11-12").array();
        assertEquals(1, s.size(), s.toString());
        return s.getJsonObject(0).getJsonNumber("einrichtungId").longValue();
    }

    private static JsonObject projekt(Api a, long einrichtung, String status) {
        for (JsonObject o : a.get("wahlen?einrichtung=" + einrichtung).array().getValuesAs(JsonObject.class)) {
            if (o.getString("status").equals(status)) {
                return o;
            }
        }
        throw new AssertionError("keine Wahl mit Status " + status);
    }

    /** REST and PDFs as the Wahlvorstand; the council reads but gets no wages or people; another tenant gets 404. */
    static void rest(URL base) throws Exception {
        Api wv = Api.as(base, WAHLVORSTAND, WAHLVORSTAND_PASSWORT);
        long e = einrichtung(wv);
        JsonObject s = wv.get("wahlen/schwellen/" + e + "?stichtag=2053-11-12").object();
        assertEquals(245, s.getInt("wahlberechtigteHeute"));
        assertEquals(237, s.getInt("wahlberechtigteRegel"));
        assertEquals(5, s.getInt("werkstattratMitglieder"));
        assertEquals(1, s.getInt("stellvertreterinnen"));
        assertTrue(s.getBoolean("freistellungVorsitz"));

        long id = projekt(wv, e, "AUSGEZAEHLT").getJsonNumber("id").longValue();
        JsonObject p = wv.get("wahlen/" + id).object();
        assertTrue(p.getJsonArray("zeitplan").toString().contains("§ 13 WMVO"), p.toString());
        JsonObject r = wv.get("wahlen/" + id + "/ergebnis").object();
        assertEquals(5, r.getJsonArray("werkstattrat").size());
        assertEquals(2, r.getJsonArray("frauenbeauftragte").size());
        assertEquals(2, r.getJsonArray("losentscheide").size());
        assertEquals("2057-11-30", r.getJsonObject("projekt").getString("amtszeitEnde"));
        assertEquals(245, wv.get("wahlen/" + id + "/waehlerliste?limit=1000").array().size());
        assertEquals(100, wv.get("wahlen/" + id + "/waehlerliste").array().size(), "default page of 100");

        String ausschreiben = ClientScenarios.text(wv.get("wahlen/" + id + "/wahlausschreiben.pdf").bytes());
        for (String teil : new String[] {"Wahlausschreiben", "12.11.2053", "24.09.2053", "08.10.2053",
            "5 Mitglieder des Werkstattrats", "eine Frauenbeauftragte", "mindestens drei", "(§ 17 WMVO)", "(§ 19 WMVO)",
            "§ 3 Abs. 2 WMVO", "Speisesaal Werk Nord", "8:30 bis 12:00 Uhr", "Schwarzes Brett am Eingang",
            "Wahlvorstand, Büro des Werkstattrats", "schriftlich", "sechs Monaten", "Vera Vertrauen"}) {
            assertTrue(ausschreiben.replaceAll("\\s+", " ").contains(teil), teil + " fehlt in:\n" + ausschreiben);
        }
        String leicht = ClientScenarios.text(wv.get("wahlen/" + id + "/wahlausschreiben-leichte-sprache.pdf").bytes());
        assertTrue(leicht.contains("Leichter Sprache") && leicht.contains("12.11.2053") && leicht.contains("5 Kreuze"),
                leicht);
        String niederschrift = ClientScenarios.text(wv.get("wahlen/" + id + "/niederschrift.pdf").bytes());
        assertTrue(niederschrift.contains("Wahlniederschrift") && niederschrift.contains("Losentscheid"), niederschrift);
        String bekannt = ClientScenarios.text(wv.get("wahlen/" + id + "/bekanntmachung.pdf").bytes());
        assertTrue(bekannt.contains("Ersatzmitglied") || bekannt.contains("Frauenbeauftragte"), bekannt);
        String stimmzettel = ClientScenarios.text(wv.get("wahlen/" + id + "/stimmzettel-werkstattrat.pdf").bytes());
        assertTrue(stimmzettel.contains("höchstens 5 Kreuze"), stimmzettel);
        assertEquals(404, wv.get("wahlen/" + id + "/unbekannt.pdf").status());

        // bad input over REST: date breaking § 14, German 400
        Api.Answer spaet = wv.post("wahlen", Api.json("einrichtungId", e, "regulaer", true, "wahltag", "2053-11-25",
                "amtszeitEndeAlt", "2053-11-30"));
        assertEquals(400, spaet.status(), spaet.body());
        assertEquals("wahltag", spaet.firstErrorField());
        assertTrue(spaet.body().contains("§ 14 WMVO"), spaet.body());
        assertEquals(403, wv.get("beschaeftigte").status());
        assertEquals(403, wv.get("entgelt/laeufe?einrichtung=" + e).status());

        // the council: thresholds and election data, no people, no wages, no changes
        Api rat = Api.as(base, RAT, RAT_PASSWORT);
        assertEquals(200, rat.get("wahlen/schwellen").status());
        assertEquals(200, rat.get("wahlen/" + id + "/ergebnis").status());
        assertEquals(403, rat.get("beschaeftigte").status());
        assertEquals(403, rat.get("entgelt/laeufe?einrichtung=" + e).status());
        assertEquals(403, rat.post("wahlen", Api.json("einrichtungId", e, "regulaer", true, "wahltag", "2057-11-07"))
                .status());

        // another tenant: not found, nothing changed
        ClientScenarios.tenantB(base);
        Api b = Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123");
        assertEquals(404, b.get("wahlen/" + id).status());
        assertEquals(404, b.get("wahlen/" + id + "/ergebnis").status());
        assertEquals(404, b.get("wahlen/" + id + "/wahlausschreiben.pdf").status());
        assertEquals(404, b.get("wahlen/schwellen/" + e).status());
        assertEquals("[]", b.get("wahlen?einrichtung=" + e).body().strip());
        Api.Answer fremd = b.post("wahlen/" + id + "/vorschlaege", Api.json("wahl", "WERKSTATTRAT", "bewerberId", 1,
                "zustimmung", true, "eingereichtAm", "2053-10-06"));
        // a tenant admin does not record nominations (§ 19 WMVO: the Wahlvorstand's), not even of its own tenant
        assertEquals(403, fremd.status(), fremd.body());
        assertEquals(5, wv.get("wahlen/" + id + "/ergebnis").object().getJsonArray("werkstattrat").size());
    }

    /**
     * Refusals when creating an election project over REST (§ 12 Abs. 1 WMVO window, a day in the past, a second open
     * project), each a German 400 with nothing stored; cancelling needs a reason, is audited, and frees the
     * Einrichtung for a new project. Runs after the browser test, when the tenant has no open election.
     */
    static void ablehnungenUndAbsage(URL base) {
        Api wv = Api.as(base, WAHLVORSTAND, WAHLVORSTAND_PASSWORT);
        long e = einrichtung(wv);
        int vorher = wv.get("wahlen?einrichtung=" + e).array().size();

        // a regular election in December: § 12 Abs. 1 WMVO names 1 October – 30 November
        Api.Answer dezember = wv.post("wahlen", Api.json("einrichtungId", e, "regulaer", true, "wahltag", "2057-12-10"));
        assertEquals(400, dezember.status(), dezember.body());
        assertEquals("wahltag", dezember.firstErrorField());
        assertTrue(dezember.body().contains("§ 12 Abs. 1 WMVO") && dezember.body().contains("1. Oktober bis 30. November"),
                dezember.body());
        // a regular election in a year outside the four-year cycle is refused as well
        Api.Answer ausserZyklus = wv.post("wahlen", Api.json("einrichtungId", e, "regulaer", true, "wahltag",
                "2055-11-10"));
        assertEquals(400, ausserZyklus.status(), ausserZyklus.body());
        assertTrue(ausserZyklus.body().contains("§ 12 Abs. 1 WMVO"), ausserZyklus.body());
        // an election day in the past
        Api.Answer vergangen = wv.post("wahlen", Api.json("einrichtungId", e, "regulaer", false, "anlass", "RUECKTRITT",
                "wahltag", "2020-01-06"));
        assertEquals(400, vergangen.status(), vergangen.body());
        assertEquals("wahltag", vergangen.firstErrorField());
        assertTrue(vergangen.body().contains("06.01.2020 liegt in der Vergangenheit"), vergangen.body());
        assertEquals(vorher, wv.get("wahlen?einrichtung=" + e).array().size(), "nichts gespeichert");

        // one open project per Einrichtung
        String neu = Api.json("einrichtungId", e, "regulaer", false, "anlass", "RUECKTRITT", "anlassBegruendung",
                "Rücktritt des Werkstattrats", "wahltag", "2054-06-03");
        Api.Answer erste = wv.post("wahlen", neu);
        assertEquals(200, erste.status(), erste.body());
        long offen = erste.object().getJsonObject("projekt").getJsonNumber("id").longValue();
        Api.Answer zweite = wv.post("wahlen", Api.json("einrichtungId", e, "regulaer", false, "anlass", "RUECKTRITT",
                "wahltag", "2054-07-01"));
        assertEquals(400, zweite.status(), zweite.body());
        assertEquals("einrichtungId", zweite.firstErrorField());
        assertTrue(zweite.body().contains("schon ein offenes Wahlprojekt (Wahltag 03.06.2054)"), zweite.body());
        assertEquals(vorher + 1, wv.get("wahlen?einrichtung=" + e).array().size(), "nichts gespeichert");

        // cancelling: the reason is required; the council may not cancel
        Api.Answer ohneGrund = wv.post("wahlen/" + offen + "/absage", Api.json("grund", "  "));
        assertEquals(400, ohneGrund.status(), ohneGrund.body());
        assertEquals("grund", ohneGrund.firstErrorField());
        assertTrue(ohneGrund.body().contains("Grund der Absage"), ohneGrund.body());
        assertEquals(403, Api.as(base, RAT, RAT_PASSWORT).post("wahlen/" + offen + "/absage", Api.json("grund",
                "Rat")).status());
        assertEquals("VORBEREITUNG", wv.get("wahlen/" + offen).object().getJsonObject("projekt").getString("status"));
        Api.Answer abgesagt = wv.post("wahlen/" + offen + "/absage", Api.json("grund",
                "Der Rücktritt wurde zurückgenommen."));
        assertEquals(200, abgesagt.status(), abgesagt.body());
        assertEquals("ABGESAGT", abgesagt.object().getString("status"));
        assertEquals("Der Rücktritt wurde zurückgenommen.", abgesagt.object().getString("absageGrund"));
        Api.Answer nochmal = wv.post("wahlen/" + offen + "/absage", Api.json("grund", "zweimal"));
        assertEquals(400, nochmal.status(), nochmal.body());
        assertEquals("status", nochmal.firstErrorField());
        // audited like other changes: old and new status, the reason, by whom
        String protokoll = Api.mitZweitemFaktor(base, WahlAblauf.KENNUNG + "/" + WahlAblauf.KENNUNG + ".admin", "geheim-" + WahlAblauf.KENNUNG)
                .get("protokoll?max=50").body();
        assertTrue(protokoll.contains("\"objektId\":" + offen) && protokoll.contains("\"neuerWert\":\"ABGESAGT\"")
                && protokoll.contains("\"alterWert\":\"VORBEREITUNG\"")
                && protokoll.contains("Der Rücktritt wurde zurückgenommen."), protokoll);
        // afterwards a new project may be created
        Api.Answer danach = wv.post("wahlen", Api.json("einrichtungId", e, "regulaer", false, "anlass", "RUECKTRITT",
                "wahltag", "2054-07-01"));
        assertEquals(200, danach.status(), danach.body());
        assertEquals(vorher + 2, wv.get("wahlen?einrichtung=" + e).array().size());
    }

    /** A Wahlvorstand member records three nominations and the count on the page and sees the result. */
    static void browser(URL base) {
        Api wv = Api.as(base, WAHLVORSTAND, WAHLVORSTAND_PASSWORT);
        long e = einrichtung(wv);
        long id = projekt(wv, e, "VORBEREITUNG").getJsonNumber("id").longValue();
        try (Browser browser = new Browser(base)) {
            browser.login(WAHLVORSTAND, WAHLVORSTAND_PASSWORT);
            browser.open("wahl/wahlen.xhtml?einrichtung=" + e + "&wahl=" + id);
            browser.waitForText(By.id("status"), "In Vorbereitung");
            String[][] vorschlaege = {{"W-1016", "W-1040 W-1041 W-1042"}, {"W-1018", "W-1040, W-1041, W-1043"},
                {"W-1019", "W-1044;W-1045;W-1046"}};
            // too few supporters: message naming § 19, nothing stored
            browser.type(By.id("vorschlagForm:bewerber"), "W-1016");
            browser.click(By.cssSelector("[id='vorschlagForm:zustimmung'] .ui-chkbox-box"));
            browser.type(By.id("vorschlagForm:unterstuetzer"), "W-1040 W-1041");
            browser.typeDate(By.id("vorschlagForm:eingereichtAm_input"), "20.01.2054");
            browser.click(By.id("vorschlagForm:einreichen"));
            browser.waitForText(By.id("vorschlagForm"), "§ 19 WMVO");
            browser.screenshot("wahl-zu-wenige-unterstuetzer");
            for (String[] v : vorschlaege) {
                browser.type(By.id("vorschlagForm:bewerber"), v[0]);
                if (!browser.driver().findElement(By.cssSelector("[id='vorschlagForm:zustimmung'] input"))
                        .isSelected()) {
                    browser.click(By.cssSelector("[id='vorschlagForm:zustimmung'] .ui-chkbox-box"));
                }
                browser.type(By.id("vorschlagForm:unterstuetzer"), v[1]);
                browser.typeDate(By.id("vorschlagForm:eingereichtAm_input"), "20.01.2054");
                browser.click(By.id("vorschlagForm:einreichen"));
                browser.waitForText(By.id("vorschlaegeForm:vorschlaege"), v[0].equals("W-1016") ? "-16"
                        : v[0].equals("W-1018") ? "-18" : "-19");
            }
            for (int i = 0; i < 3; i++) {
                browser.click(By.id("vorschlaegeForm:vorschlaege:" + i + ":zulassen"));
                browser.waitForText(By.id("vorschlaegeForm:vorschlaege:" + i + ":stand"), "zugelassen");
            }
            assertTrue(browser.driver().findElements(By.id("vorschlaegeForm:vorschlaege:2:zulassen")).isEmpty());
            browser.type(By.id("zaehlForm:stimmzettel"), "40");
            browser.type(By.id("zaehlForm:ungueltig"), "1");
            browser.type(By.id("zaehlForm:stimmenTabelle:0:stimmen"), "30");
            browser.type(By.id("zaehlForm:stimmenTabelle:1:stimmen"), "25");
            browser.type(By.id("zaehlForm:stimmenTabelle:2:stimmen"), "25");
            // Becker-18 and Wagner-19 tie: the Wahlvorstand drew Wagner first (§ 23 WMVO)
            browser.type(By.id("zaehlForm:losReihenfolge"), "W-1019 W-1018");
            browser.click(By.id("zaehlForm:feststellen"));
            browser.waitForText(By.id("status"), "Ergebnis festgestellt");
            browser.screenshot("wahl-ergebnis");
            String text = browser.pageText();
            assertTrue(text.contains("Werkstattrat, Platz 1") && text.contains("30 Stimmen")
                    && text.contains("25 Stimmen"), text);
            assertTrue(text.contains("Losentscheid bei je 25 Stimmen") && text.contains("manuell gezogenes Los"), text);
            assertTrue(text.contains("Geschlechteranteil"), text);
        }
        JsonObject r = wv.get("wahlen/" + id + "/ergebnis").object();
        assertEquals(3, r.getJsonArray("werkstattrat").size(), r.toString());
        assertEquals(30, r.getJsonArray("werkstattrat").getJsonObject(0).getInt("stimmen"));
        assertTrue(r.getJsonArray("werkstattrat").getJsonObject(1).getString("name").startsWith("Wagner-19"), r.toString());
        assertEquals(1, r.getJsonArray("losentscheide").size(), r.toString());
    }
}
