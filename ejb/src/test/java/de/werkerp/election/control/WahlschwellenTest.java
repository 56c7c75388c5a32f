package de.werkerp.election.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * § 3 Abs. 1, § 37 Abs. 3, 4, § 39a Abs. 5 WMVO; § 222 Abs. 5, § 60 Abs. 2 Nr. 5, 6 SGB IX (rules.md § 5): seats of
 * the Werkstattrat, Frauenbeauftragte and deputies, release from work, training days.
 */
class WahlschwellenTest {

    private static final Einrichtungsart WFBM = Einrichtungsart.WFBM;
    private static final Einrichtungsart ALA = Einrichtungsart.ALA;

    @Test
    @DisplayName("Vertrag (REST): WfbM, 240 Wahlberechtigte, 110 Frauen")
    void vertragsbeispiel() {
        Wahlschwellen.Ergebnis e = Wahlschwellen.fuer(WFBM, 240, 110);
        assertEquals(5, e.werkstattratMitglieder());
        assertEquals(1, e.frauenbeauftragte());
        assertEquals(1, e.stellvertreterinnen());
        assertTrue(e.freistellungVorsitz());
        assertFalse(e.freistellungStellvertretung());
        assertFalse(e.freistellungFrauenbeauftragte());
        assertFalse(e.freistellungErsteStellvertreterin());
        assertEquals(15, e.schulungstage());
        assertEquals(20, e.schulungstageErstmalig());
        assertEquals(List.of(
                "Bei 240 Wahlberechtigten besteht der Werkstattrat aus 5 Mitgliedern (§ 3 Abs. 1 Nr. 2 WMVO).",
                "In jeder Werkstatt werden eine Frauenbeauftragte und eine Stellvertreterin gewählt "
                        + "(§ 222 Abs. 5 Satz 1 SGB IX).",
                "Der oder die Vorsitzende des Werkstattrats ist auf Verlangen von der Tätigkeit freizustellen: ab "
                        + "200 Wahlberechtigten (§ 37 Abs. 3 WMVO).",
                "Keine Freistellung der Stellvertretung des Vorsitzes: erst bei mehr als 700 Wahlberechtigten "
                        + "(§ 37 Abs. 3 WMVO).",
                "Keine Freistellung der Frauenbeauftragten: erst bei mehr als 200 wahlberechtigten Frauen "
                        + "(§ 39a Abs. 5 WMVO).",
                "Keine Freistellung der ersten Stellvertreterin: erst bei mehr als 700 wahlberechtigten Frauen "
                        + "(§ 39a Abs. 5 WMVO).",
                "Schulung: 15 Tage je Amtszeit, 20 Tage bei erstmaliger Amtsübernahme (§ 37 Abs. 4 WMVO, für "
                        + "Frauenbeauftragte mit § 39a Abs. 5 WMVO)."), e.erlaeuterungen());
    }

    @ParameterizedTest(name = "§ 3 Abs. 1 WMVO: WfbM mit {0} Wahlberechtigten → {1} Mitglieder (Zeile {2})")
    @CsvSource({"0, 3, 1", "1, 3, 1", "4, 3, 1", "200, 3, 1", "201, 5, 2", "400, 5, 2", "401, 7, 3", "700, 7, 3",
            "701, 9, 4", "1000, 9, 4", "1001, 11, 5", "1500, 11, 5", "1501, 13, 6", "5000, 13, 6"})
    void sitze_wfbm(int wahlberechtigte, int mitglieder, int zeile) {
        Wahlschwellen.Ergebnis e = Wahlschwellen.fuer(WFBM, wahlberechtigte, 0);
        assertEquals(mitglieder, e.werkstattratMitglieder());
        assertTrue(e.erlaeuterungen().get(0).contains("(§ 3 Abs. 1 Nr. " + zeile + " WMVO)"),
                e.erlaeuterungen().get(0));
    }

    @ParameterizedTest(name = "§ 60 Abs. 2 Nr. 5 SGB IX: aLA mit {0} Wahlberechtigten → {1} Mitglieder")
    @CsvSource({"0, 0", "3, 0", "4, 0", "5, 1", "20, 1", "21, 3", "200, 3", "201, 5", "1501, 13"})
    void sitze_ala(int wahlberechtigte, int mitglieder) {
        assertEquals(mitglieder, Wahlschwellen.fuer(ALA, wahlberechtigte, 0).werkstattratMitglieder());
    }

    @Test
    @DisplayName("§ 60 Abs. 2 Nr. 5 SGB IX: Erläuterungen an den aLA-Grenzen 4/5 und 20/21")
    void erlaeuterungen_ala() {
        assertEquals("Bei 4 Wahlberechtigten wird keine Vertretung gewählt: erst ab fünf Wahlberechtigten "
                + "(§ 60 Abs. 2 Nr. 5 SGB IX).", Wahlschwellen.fuer(ALA, 4, 0).erlaeuterungen().get(0));
        assertEquals("Bei 20 Wahlberechtigten besteht die Vertretung aus einem Mitglied: bei bis zu 20 "
                + "Wahlberechtigten (§ 60 Abs. 2 Nr. 5 SGB IX).", Wahlschwellen.fuer(ALA, 20, 0).erlaeuterungen().get(0));
        assertEquals("Bei 21 Wahlberechtigten besteht der Werkstattrat aus 3 Mitgliedern (§ 3 Abs. 1 Nr. 1 WMVO "
                + "i. V. m. § 60 Abs. 2 Nr. 5 SGB IX).", Wahlschwellen.fuer(ALA, 21, 0).erlaeuterungen().get(0));
    }

    @Test
    @DisplayName("aLA mit 3 Wahlberechtigten (2 Frauen): alles 0, keine Freistellung, keine Schulungstage")
    void ala_drei_wahlberechtigte() {
        Wahlschwellen.Ergebnis e = Wahlschwellen.fuer(ALA, 3, 2);
        assertEquals(0, e.werkstattratMitglieder());
        assertEquals(0, e.frauenbeauftragte());
        assertEquals(0, e.stellvertreterinnen());
        assertFalse(e.freistellungVorsitz());
        assertFalse(e.freistellungStellvertretung());
        assertFalse(e.freistellungFrauenbeauftragte());
        assertFalse(e.freistellungErsteStellvertreterin());
        assertEquals(0, e.schulungstage());
        assertEquals(0, e.schulungstageErstmalig());
        assertEquals("Bei 2 wahlberechtigten Frauen wird keine Frauenbeauftragte gewählt: erst ab fünf "
                + "wahlberechtigten Frauen (§ 60 Abs. 2 Nr. 6 SGB IX).", e.erlaeuterungen().get(1));
    }

    @ParameterizedTest(name = "§ 222 Abs. 5 SGB IX: WfbM mit {0} wahlberechtigten Frauen → {1} Frauenbeauftragte, "
            + "{2} Stellvertreterinnen")
    @CsvSource({"0, 1, 1", "4, 1, 1", "5, 1, 1", "19, 1, 1", "20, 1, 1", "700, 1, 1", "701, 1, 2", "1000, 1, 2",
            "1001, 1, 3", "3000, 1, 3"})
    void frauen_wfbm(int frauen, int beauftragte, int stellvertreterinnen) {
        Wahlschwellen.Ergebnis e = Wahlschwellen.fuer(WFBM, 3000, frauen);
        assertEquals(beauftragte, e.frauenbeauftragte());
        assertEquals(stellvertreterinnen, e.stellvertreterinnen());
    }

    @ParameterizedTest(name = "§ 60 Abs. 2 Nr. 6 SGB IX: aLA mit {0} wahlberechtigten Frauen → {1} Frauenbeauftragte, "
            + "{2} Stellvertreterinnen")
    @CsvSource({"0, 0, 0", "4, 0, 0", "5, 1, 0", "19, 1, 0", "20, 1, 1", "700, 1, 1", "701, 1, 2", "1000, 1, 2",
            "1001, 1, 3"})
    void frauen_ala(int frauen, int beauftragte, int stellvertreterinnen) {
        Wahlschwellen.Ergebnis e = Wahlschwellen.fuer(ALA, 3000, frauen);
        assertEquals(beauftragte, e.frauenbeauftragte());
        assertEquals(stellvertreterinnen, e.stellvertreterinnen());
    }

    @Test
    @DisplayName("Frauen-Erläuterungen an den Grenzen 19/20, 700/701, 1.000/1.001")
    void erlaeuterungen_frauen() {
        assertEquals("Bei 19 wahlberechtigten Frauen wird eine Frauenbeauftragte ohne Stellvertreterin gewählt: eine "
                + "Stellvertreterin erst ab 20 wahlberechtigten Frauen (§ 60 Abs. 2 Nr. 6 SGB IX).",
                Wahlschwellen.fuer(ALA, 50, 19).erlaeuterungen().get(1));
        assertEquals("Bei 20 wahlberechtigten Frauen werden eine Frauenbeauftragte und eine Stellvertreterin gewählt: "
                + "ab 20 wahlberechtigten Frauen (§ 60 Abs. 2 Nr. 6 SGB IX).",
                Wahlschwellen.fuer(ALA, 50, 20).erlaeuterungen().get(1));
        assertEquals("Bei 701 wahlberechtigten Frauen werden eine Frauenbeauftragte und zwei Stellvertreterinnen "
                + "gewählt: mehr als 700 wahlberechtigte Frauen (§ 222 Abs. 5 Satz 2 SGB IX).",
                Wahlschwellen.fuer(WFBM, 1500, 701).erlaeuterungen().get(1));
        assertEquals("Bei 1001 wahlberechtigten Frauen werden eine Frauenbeauftragte und bis zu drei "
                + "Stellvertreterinnen gewählt: mehr als 1.000 wahlberechtigte Frauen (§ 222 Abs. 5 Satz 2 SGB IX "
                + "i. V. m. § 60 Abs. 2 SGB IX).", Wahlschwellen.fuer(ALA, 1500, 1001).erlaeuterungen().get(1));
    }

    @ParameterizedTest(name = "§ 37 Abs. 3 WMVO: {0} Wahlberechtigte → Vorsitz {1}, Stellvertretung {2}")
    @CsvSource({"199, false, false", "200, true, false", "201, true, false", "700, true, false", "701, true, true",
            "2000, true, true"})
    void freistellung_werkstattrat(int wahlberechtigte, boolean vorsitz, boolean stellvertretung) {
        for (Einrichtungsart art : Einrichtungsart.values()) {
            Wahlschwellen.Ergebnis e = Wahlschwellen.fuer(art, wahlberechtigte, 0);
            assertEquals(vorsitz, e.freistellungVorsitz(), art.name());
            assertEquals(stellvertretung, e.freistellungStellvertretung(), art.name());
        }
    }

    @ParameterizedTest(name = "§ 39a Abs. 5 WMVO: {0} wahlberechtigte Frauen → Frauenbeauftragte {1}, "
            + "1. Stellvertreterin {2}")
    @CsvSource({"199, false, false", "200, false, false", "201, true, false", "700, true, false", "701, true, true",
            "1001, true, true"})
    void freistellung_frauenbeauftragte(int frauen, boolean beauftragte, boolean ersteStellvertreterin) {
        for (Einrichtungsart art : Einrichtungsart.values()) {
            Wahlschwellen.Ergebnis e = Wahlschwellen.fuer(art, 2000, frauen);
            assertEquals(beauftragte, e.freistellungFrauenbeauftragte(), art.name());
            assertEquals(ersteStellvertreterin, e.freistellungErsteStellvertreterin(), art.name());
        }
    }

    @Test
    @DisplayName("§ 37 Abs. 3, § 39a Abs. 5 WMVO: Erläuterungen bei Freistellung")
    void erlaeuterungen_freistellung() {
        List<String> z = Wahlschwellen.fuer(WFBM, 701, 701).erlaeuterungen();
        assertEquals(List.of(
                "Der oder die Vorsitzende des Werkstattrats ist auf Verlangen von der Tätigkeit freizustellen: ab "
                        + "200 Wahlberechtigten (§ 37 Abs. 3 WMVO).",
                "Auch die Stellvertretung des Vorsitzes ist auf Verlangen freizustellen: mehr als 700 "
                        + "Wahlberechtigte (§ 37 Abs. 3 WMVO).",
                "Die Frauenbeauftragte ist auf Verlangen von der Tätigkeit freizustellen: mehr als 200 "
                        + "wahlberechtigte Frauen (§ 39a Abs. 5 WMVO).",
                "Auch die erste Stellvertreterin ist auf Verlangen freizustellen: mehr als 700 wahlberechtigte "
                        + "Frauen (§ 39a Abs. 5 WMVO)."), z.subList(2, 6));
        assertEquals("Der oder die Vorsitzende des Werkstattrats ist auf Verlangen von der Tätigkeit freizustellen: ab "
                + "200 Wahlberechtigten (§ 37 Abs. 3 WMVO i. V. m. § 60 Abs. 2 SGB IX).",
                Wahlschwellen.fuer(ALA, 200, 0).erlaeuterungen().get(2));
    }

    @Test
    @DisplayName("Ungültige Eingaben: deutsche Fehlermeldungen")
    void ungueltig() {
        assertEquals("Die Zahl der Wahlberechtigten darf nicht negativ sein (angegeben: -1).",
                assertThrows(IllegalArgumentException.class, () -> Wahlschwellen.fuer(WFBM, -1, 0)).getMessage());
        assertEquals("Die Zahl der wahlberechtigten Frauen darf nicht negativ sein (angegeben: -3).",
                assertThrows(IllegalArgumentException.class, () -> Wahlschwellen.fuer(ALA, 10, -3)).getMessage());
        assertEquals("Es können nicht mehr wahlberechtigte Frauen (11) als Wahlberechtigte insgesamt (10) sein.",
                assertThrows(IllegalArgumentException.class, () -> Wahlschwellen.fuer(WFBM, 10, 11)).getMessage());
        assertEquals("Die Einrichtungsart (WfbM oder anderer Leistungsanbieter) fehlt.",
                assertThrows(IllegalArgumentException.class, () -> Wahlschwellen.fuer(null, 10, 1)).getMessage());
    }

    @Test
    @DisplayName("Grenzfall: alle Wahlberechtigten sind Frauen")
    void nur_frauen() {
        Wahlschwellen.Ergebnis e = Wahlschwellen.fuer(WFBM, 10, 10);
        assertEquals(3, e.werkstattratMitglieder());
        assertEquals(1, e.stellvertreterinnen());
    }
}
