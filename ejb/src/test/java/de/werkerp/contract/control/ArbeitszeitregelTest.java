package de.werkerp.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * § 6 Abs. 1, 2 WVO (with § 60 Abs. 2 SGB IX for the aLA), § 8 TzBfG, Verwaltungsanweisung aLA Bremen Nr. 4.3, 4.4, 8
 * (rules.md § 7): full time 35–40 h, part time needs a reason, aLA at least 17.5 h and fee reduced at ≤ 26 h.
 */
class ArbeitszeitregelTest {

    private static final Arbeitszeitregel REGEL = Arbeitszeitregel.STANDARD;
    private static final LocalDate ATTEST = LocalDate.of(2025, 3, 1);
    private static final LocalDate GENEHMIGT = LocalDate.of(2025, 3, 20);

    private static BigDecimal h(String stunden) {
        return new BigDecimal(stunden);
    }

    private static Arbeitszeitregel.Ergebnis vollstaendig(Anbieterart art, String stunden, Teilzeitgrund grund) {
        return REGEL.pruefe(art, h(stunden), grund, ATTEST, GENEHMIGT);
    }

    @ParameterizedTest(name = "§ 6 Abs. 1 WVO: {0} h bei {1} sind Vollzeit, zulässig ohne Hinweis")
    @CsvSource({"35, WFBM", "37.5, WFBM", "40, WFBM", "40.00, WFBM", "35, ALA", "38.5, ALA", "40, ALA"})
    void vollzeit(String stunden, Anbieterart art) {
        Arbeitszeitregel.Ergebnis e = REGEL.pruefe(art, h(stunden));
        assertEquals(List.of(), e.fehler());
        assertEquals(List.of(), e.hinweise());
        assertTrue(e.zulaessig());
    }

    @ParameterizedTest(name = "§ 6 Abs. 1 WVO: {0} h bei {1} sind zu viel")
    @CsvSource({"40.01, WFBM", "41, WFBM", "45, ALA"})
    void mehr_als_40_stunden(String stunden, Anbieterart art) {
        assertFalse(REGEL.pruefe(art, h(stunden)).zulaessig());
    }

    @Test
    @DisplayName("§ 6 Abs. 1 WVO: die Meldung über 40 Stunden nennt Stunden und Vorschrift")
    void meldung_mehr_als_40_stunden() {
        assertEquals(List.of("Die Wochenarbeitszeit von 41 Stunden ist zu hoch: höchstens 40 Stunden pro Woche "
                + "einschließlich Pausen und arbeitsbegleitender Maßnahmen (§ 6 Abs. 1 WVO)."),
                REGEL.pruefe(Anbieterart.WFBM, h("41")).fehler());
        assertEquals(List.of("Die Wochenarbeitszeit von 40,5 Stunden ist zu hoch: höchstens 40 Stunden pro Woche "
                + "einschließlich Pausen und arbeitsbegleitender Maßnahmen (§ 6 Abs. 1 WVO i. V. m. § 60 Abs. 2 "
                + "SGB IX)."), REGEL.pruefe(Anbieterart.ALA, h("40.5")).fehler());
    }

    @ParameterizedTest(name = "§ 6 Abs. 2 WVO, § 8 TzBfG: {0} h ohne Teilzeitgrund bei {1} sind nicht zulässig")
    @CsvSource({"34.99, WFBM", "30, WFBM", "10, WFBM", "34.5, ALA", "30, ALA"})
    void teilzeit_ohne_grund(String stunden, Anbieterart art) {
        Arbeitszeitregel.Ergebnis e = REGEL.pruefe(art, h(stunden));
        assertFalse(e.zulaessig());
        assertTrue(e.fehler().get(0).contains("braucht einen Teilzeitgrund"), e.fehler().toString());
        assertTrue(e.fehler().get(0).contains("§ 6 Abs. 2 WVO"), e.fehler().toString());
        assertTrue(e.fehler().get(0).contains("§ 8 TzBfG"), e.fehler().toString());
    }

    @Test
    @DisplayName("§ 6 Abs. 2 WVO: die Meldung ohne Teilzeitgrund im Wortlaut")
    void meldung_teilzeit_ohne_grund() {
        assertEquals(List.of("Eine Wochenarbeitszeit von 30 Stunden liegt unter der Vollzeit der Einrichtung von 35 "
                + "Stunden und "
                + "braucht einen Teilzeitgrund: Art oder Schwere der Behinderung oder der Erziehungsauftrag "
                + "(§ 6 Abs. 2 WVO) oder ein Antrag nach § 8 TzBfG. Bitte einen Teilzeitgrund wählen."),
                REGEL.pruefe(Anbieterart.WFBM, h("30.0")).fehler());
    }

    @ParameterizedTest(name = "§ 6 Abs. 2 WVO / § 8 TzBfG: 30 h bei einer WfbM mit Grund {0} sind zulässig")
    @EnumSource(value = Teilzeitgrund.class, names = {"ART_SCHWERE_BEHINDERUNG", "TZBFG_ANTRAG", "KINDERBETREUUNG"})
    void teilzeit_mit_grund_wfbm(Teilzeitgrund grund) {
        Arbeitszeitregel.Ergebnis e = vollstaendig(Anbieterart.WFBM, "30", grund);
        assertEquals(List.of(), e.fehler());
        assertEquals(List.of(), e.hinweise());
    }

    @Test
    @DisplayName("WfbM: die WVO kennt keine Mindeststundenzahl – auch 5 Stunden mit Grund sind zulässig")
    void wfbm_ohne_mindeststunden() {
        Arbeitszeitregel.Ergebnis e = vollstaendig(Anbieterart.WFBM, "5", Teilzeitgrund.ART_SCHWERE_BEHINDERUNG);
        assertEquals(List.of(), e.fehler());
        assertEquals(List.of(), e.hinweise());
        assertTrue(vollstaendig(Anbieterart.WFBM, "0.5", Teilzeitgrund.ART_SCHWERE_BEHINDERUNG).zulaessig());
    }

    @Test
    @DisplayName("§ 6 Abs. 2 WVO nennt die Pflege Angehöriger nicht: bei der WfbM zulässig, mit Hinweis")
    void pflege_bei_wfbm() {
        Arbeitszeitregel.Ergebnis e = vollstaendig(Anbieterart.WFBM, "30", Teilzeitgrund.PFLEGE_ANGEHOERIGER);
        assertTrue(e.zulaessig());
        assertEquals(List.of("§ 6 Abs. 2 WVO nennt die Pflege eines Angehörigen nicht (nur Art oder Schwere der "
                + "Behinderung und den Erziehungsauftrag): die Teilzeit beruht auf der Zustimmung der Werkstatt "
                + "oder einem Antrag nach § 8 TzBfG."), e.hinweise());
    }

    @ParameterizedTest(name = "Bremen Nr. 4.4: 30 h beim aLA mit Grund {0} sind zulässig, ohne Hinweis")
    @EnumSource(Teilzeitgrund.class)
    void teilzeit_mit_grund_ala(Teilzeitgrund grund) {
        Arbeitszeitregel.Ergebnis e = vollstaendig(Anbieterart.ALA, "30", grund);
        assertEquals(List.of(), e.fehler());
        assertEquals(List.of(), e.hinweise());
    }

    @ParameterizedTest(name = "Bremen Nr. 4.3: {0} h beim aLA liegen unter 17,5 h und sind nicht zulässig")
    @ValueSource(strings = {"17.49", "17", "15", "3"})
    void ala_unter_mindestzeit(String stunden) {
        Arbeitszeitregel.Ergebnis e = vollstaendig(Anbieterart.ALA, stunden, Teilzeitgrund.ART_SCHWERE_BEHINDERUNG);
        assertFalse(e.zulaessig());
        assertEquals(1, e.fehler().size());
        assertTrue(e.fehler().get(0).contains("Mindestbeschäftigungszeit"), e.fehler().toString());
        // no fee note on top of the error
        assertEquals(List.of(), e.hinweise());
    }

    @Test
    @DisplayName("Bremen Nr. 4.3, 8: die Meldung unter 17,5 Stunden im Wortlaut")
    void meldung_ala_unter_mindestzeit() {
        assertEquals(List.of("Die Wochenarbeitszeit von 15 Stunden liegt unter der Mindestbeschäftigungszeit bei "
                + "einem anderen Leistungsanbieter von 17,5 Stunden pro Woche: 3 Stunden täglich wirtschaftlich "
                + "verwertbare Arbeit einschließlich Pausen und arbeitsbegleitende Maßnahmen (Verwaltungsanweisung "
                + "aLA Bremen Nr. 4.3). Kann sie nicht mehr erbracht werden, endet die Leistung (Nr. 8)."),
                vollstaendig(Anbieterart.ALA, "15", Teilzeitgrund.TZBFG_ANTRAG).fehler());
    }

    @Test
    @DisplayName("aLA unter 17,5 Stunden ohne Teilzeitgrund: beide Fehler")
    void ala_unter_mindestzeit_ohne_grund() {
        Arbeitszeitregel.Ergebnis e = REGEL.pruefe(Anbieterart.ALA, h("10"));
        assertEquals(2, e.fehler().size());
        assertTrue(e.fehler().get(0).contains("Teilzeitgrund"));
        assertTrue(e.fehler().get(1).contains("Mindestbeschäftigungszeit"));
    }

    @ParameterizedTest(name = "Bremen Nr. 4.4: {0} h beim aLA sind zulässig, mindern aber die Vergütung")
    @ValueSource(strings = {"17.5", "17.50", "20", "25.99", "26", "26.00"})
    void ala_verguetung_gemindert(String stunden) {
        Arbeitszeitregel.Ergebnis e = vollstaendig(Anbieterart.ALA, stunden, Teilzeitgrund.ART_SCHWERE_BEHINDERUNG);
        assertTrue(e.zulaessig(), e.fehler().toString());
        assertEquals(1, e.hinweise().size());
        assertTrue(e.hinweise().get(0).startsWith("Bei 26 Stunden pro Woche oder weniger wird die vereinbarte "
                + "Vergütung des anderen Leistungsanbieters gemindert (Verwaltungsanweisung aLA Bremen Nr. 4.4)"));
    }

    @Test
    @DisplayName("Bremen Nr. 4.4: der Hinweis nennt die vereinbarten Stunden")
    void meldung_verguetung_gemindert() {
        assertEquals(List.of("Bei 26 Stunden pro Woche oder weniger wird die vereinbarte Vergütung des anderen "
                + "Leistungsanbieters gemindert (Verwaltungsanweisung aLA Bremen Nr. 4.4); vereinbart sind "
                + "17,5 Stunden."), vollstaendig(Anbieterart.ALA, "17.50", Teilzeitgrund.KINDERBETREUUNG).hinweise());
    }

    @ParameterizedTest(name = "Bremen Nr. 4.4: {0} h beim aLA mindern die Vergütung nicht")
    @ValueSource(strings = {"26.01", "26.5", "30"})
    void ala_ueber_26_stunden(String stunden) {
        assertEquals(List.of(),
                vollstaendig(Anbieterart.ALA, stunden, Teilzeitgrund.ART_SCHWERE_BEHINDERUNG).hinweise());
    }

    @Test
    @DisplayName("Bei der WfbM gibt es den Vergütungshinweis unter 26 Stunden nicht (Bremer Regel für aLA)")
    void wfbm_kein_verguetungshinweis() {
        assertEquals(List.of(),
                vollstaendig(Anbieterart.WFBM, "20", Teilzeitgrund.ART_SCHWERE_BEHINDERUNG).hinweise());
    }

    @ParameterizedTest(name = "Wochenarbeitszeit {0} h ist nicht möglich")
    @ValueSource(strings = {"0", "0.00", "-1", "-37.5"})
    void null_oder_negativ(String stunden) {
        Arbeitszeitregel.Ergebnis e = REGEL.pruefe(Anbieterart.WFBM, h(stunden), Teilzeitgrund.TZBFG_ANTRAG,
                ATTEST, GENEHMIGT);
        assertEquals(1, e.fehler().size());
        assertTrue(e.fehler().get(0).startsWith("Die Wochenarbeitszeit muss mehr als 0 Stunden betragen"));
        assertEquals(List.of(), e.hinweise());
    }

    @Test
    void meldung_negativ() {
        assertEquals(List.of("Die Wochenarbeitszeit muss mehr als 0 Stunden betragen, nicht -1,5 Stunden."),
                REGEL.pruefe(Anbieterart.ALA, h("-1.5")).fehler());
    }

    @Test
    void ohne_stunden() {
        assertEquals(List.of("Bitte die Wochenarbeitszeit in Stunden angeben."),
                REGEL.pruefe(Anbieterart.WFBM, null).fehler());
    }

    @Test
    void ohne_anbieterart_ist_ein_programmierfehler() {
        assertThrows(NullPointerException.class, () -> REGEL.pruefe(null, h("35")));
    }

    @Test
    @DisplayName("Teilzeitgrund bei Vollzeit: zulässig, mit Hinweis dass er nicht gebraucht wird")
    void grund_bei_vollzeit() {
        Arbeitszeitregel.Ergebnis e = REGEL.pruefe(Anbieterart.WFBM, h("35"), Teilzeitgrund.KINDERBETREUUNG,
                null, null);
        assertTrue(e.zulaessig());
        assertEquals(List.of("Bei 35 Stunden ist das Vollzeit (ab 35 Stunden, § 6 Abs. 1 WVO): der Teilzeitgrund "
                + "„Erfüllung des Erziehungsauftrages (Kinderbetreuung)“ wird nicht gebraucht."), e.hinweise());
    }

    @Test
    @DisplayName("§ 6 Abs. 2 WVO / Bremen Nr. 4.4.1: ohne Datum des Attests und der Genehmigung – zwei Hinweise")
    void attest_und_genehmigung_fehlen_wfbm() {
        Arbeitszeitregel.Ergebnis e = REGEL.pruefe(Anbieterart.WFBM, h("25"), Teilzeitgrund.ART_SCHWERE_BEHINDERUNG,
                null, null);
        assertTrue(e.zulaessig());
        assertEquals(List.of(
                "Bitte das Datum des ärztlichen Attests erfassen, das die Teilzeit wegen Art oder Schwere der "
                        + "Behinderung begründet (§ 6 Abs. 2 WVO).",
                "Die Teilzeit (Art oder Schwere der Behinderung) ist noch nicht genehmigt: bitte das Datum der "
                        + "Genehmigung oder Zustimmung erfassen, sobald sie vorliegt."), e.hinweise());
    }

    @Test
    @DisplayName("Bremen Nr. 4.4.1: beim aLA nennt der Hinweis Attest und Stellungnahme")
    void attest_fehlt_ala() {
        Arbeitszeitregel.Ergebnis e = REGEL.pruefe(Anbieterart.ALA, h("30"), Teilzeitgrund.ART_SCHWERE_BEHINDERUNG,
                null, GENEHMIGT);
        assertEquals(List.of("Bitte das Datum des ärztlichen Attests erfassen, das die Teilzeit wegen Art oder "
                + "Schwere der Behinderung begründet (§ 6 Abs. 2 WVO; beim anderen Leistungsanbieter verlangt die "
                + "Verwaltungsanweisung Bremen Nr. 4.4.1 Attest und Stellungnahme)."), e.hinweise());
    }

    @Test
    @DisplayName("§ 8 TzBfG: ohne Datum des Antrags – Hinweis mit Rechtsgrundlage")
    void antrag_fehlt() {
        assertEquals(List.of("Bitte das Datum des Antrags auf Teilzeit erfassen (Antrag auf Teilzeit nach § 8 TzBfG, "
                + "§ 8 TzBfG)."), REGEL.pruefe(Anbieterart.WFBM, h("30"), Teilzeitgrund.TZBFG_ANTRAG, null, GENEHMIGT)
                .hinweise());
    }

    @Test
    @DisplayName("Genehmigung vor dem Nachweis ist ein Fehler")
    void genehmigung_vor_nachweis() {
        Arbeitszeitregel.Ergebnis e = REGEL.pruefe(Anbieterart.ALA, h("30"), Teilzeitgrund.ART_SCHWERE_BEHINDERUNG,
                LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1));
        assertEquals(List.of("Das Datum der Genehmigung der Teilzeit (01.03.2025) liegt vor dem Datum des Nachweises "
                + "(02.03.2025): bitte beide Daten prüfen."), e.fehler());
        // same day is fine
        assertTrue(REGEL.pruefe(Anbieterart.ALA, h("30"), Teilzeitgrund.ART_SCHWERE_BEHINDERUNG,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)).zulaessig());
    }

    @Test
    @DisplayName("Eigene Grenzen eines anderen Landes: die Zahlen sind Parameter")
    void eigene_grenzen() {
        Arbeitszeitregel andere = new Arbeitszeitregel(h("35"), h("40"), h("15"), h("20"));
        assertTrue(andere.pruefe(Anbieterart.ALA, h("16"), Teilzeitgrund.TZBFG_ANTRAG, ATTEST, GENEHMIGT)
                .zulaessig());
        assertEquals(List.of(), andere.pruefe(Anbieterart.ALA, h("21"), Teilzeitgrund.TZBFG_ANTRAG, ATTEST, GENEHMIGT)
                .hinweise());
        assertThrows(IllegalArgumentException.class, () -> new Arbeitszeitregel(h("35"), h("40"), h("27"), h("26")));
        assertThrows(IllegalArgumentException.class, () -> new Arbeitszeitregel(h("41"), h("40"), h("17.5"), h("26")));
        assertThrows(IllegalArgumentException.class, () -> new Arbeitszeitregel(h("35"), h("40"), h("0"), h("26")));
    }

    @Test
    void stunden_deutsch_formatiert() {
        assertEquals("37,5", Arbeitszeitregel.stunden(h("37.50")));
        assertEquals("35", Arbeitszeitregel.stunden(h("35.00")));
        assertEquals("40", Arbeitszeitregel.stunden(h("4E+1")));
        assertEquals("17,5", Arbeitszeitregel.stunden(h("17.5")));
    }

    @Test
    void teilzeitgruende_haben_deutsche_bezeichnungen() {
        assertEquals("Art oder Schwere der Behinderung", Teilzeitgrund.ART_SCHWERE_BEHINDERUNG.getLabel());
        assertEquals("Pflege eines Angehörigen", Teilzeitgrund.PFLEGE_ANGEHOERIGER.getLabel());
        assertEquals("§ 6 Abs. 2 WVO", Teilzeitgrund.KINDERBETREUUNG.getRechtsgrundlage());
        assertEquals("anderer Leistungsanbieter", Anbieterart.ALA.getLabel());
    }
}
