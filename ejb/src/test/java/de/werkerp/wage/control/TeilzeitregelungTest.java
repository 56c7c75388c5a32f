package de.werkerp.wage.control;

import static de.werkerp.wage.control.Testdaten.MAERZ_2025;
import static de.werkerp.wage.control.Testdaten.eingabe;
import static de.werkerp.wage.control.Testdaten.euro;
import static de.werkerp.wage.control.Testdaten.mit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.werkerp.contract.control.Teilzeitgrund;

/**
 * Part time and the wage (§ 221 Abs. 2 SGB IX, § 6 WVO, § 8 TzBfG; disputed, rules.md § 1): 30 of 35 hours,
 * Grundbetrag 133.00, Steigerungsbetrag 117.00, under each setting, reading of § 6 Abs. 2 WVO and reason.
 */
class TeilzeitregelungTest {

    private static Entgeltabrechnung teilzeit(Teilzeitregelung regelung, Teilzeitgrund grund) {
        return teilzeit(regelung, WvoTeilzeit.STANDARD, grund);
    }

    private static Entgeltabrechnung teilzeit(Teilzeitregelung regelung, WvoTeilzeit wvo, Teilzeitgrund grund) {
        return mit(Entgelteinstellungen.STANDARD.mitTeilzeit(regelung).mitWvoTeilzeit(wvo),
                eingabe(MAERZ_2025, "117.00").mitArbeitszeit(new BigDecimal("30"), grund));
    }

    @ParameterizedTest(name = "{0}, {1}, {2} → Grundbetrag {3}, Steigerungsbetrag {4}")
    @CsvSource({
            // rules.md § 1 default: every part time reduces the Steigerungsbetrag to 30/35 (117 × 30/35 = 100.2857)
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, WIE_JEDE_TEILZEIT, TZBFG_ANTRAG, 133.00, 100.29",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, WIE_JEDE_TEILZEIT, PFLEGE_ANGEHOERIGER, 133.00, 100.29",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, WIE_JEDE_TEILZEIT, ART_SCHWERE_BEHINDERUNG, 133.00, 100.29",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, WIE_JEDE_TEILZEIT, KINDERBETREUUNG, 133.00, 100.29",
            // BAGüS: § 8 TzBfG and care of a relative reduced, part time under § 6 Abs. 2 WVO never
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, NICHT_GEKUERZT, TZBFG_ANTRAG, 133.00, 100.29",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, NICHT_GEKUERZT, PFLEGE_ANGEHOERIGER, 133.00, 100.29",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, NICHT_GEKUERZT, ART_SCHWERE_BEHINDERUNG, 133.00, 117.00",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, NICHT_GEKUERZT, KINDERBETREUUNG, 133.00, 117.00",
            // both parts: 133 × 30/35 = 114.00
            "BEIDE_ANTEILIG, WIE_JEDE_TEILZEIT, TZBFG_ANTRAG, 114.00, 100.29",
            "BEIDE_ANTEILIG, WIE_JEDE_TEILZEIT, ART_SCHWERE_BEHINDERUNG, 114.00, 100.29",
            "BEIDE_ANTEILIG, NICHT_GEKUERZT, TZBFG_ANTRAG, 114.00, 100.29",
            "BEIDE_ANTEILIG, NICHT_GEKUERZT, ART_SCHWERE_BEHINDERUNG, 133.00, 117.00",
            "BEIDE_ANTEILIG, NICHT_GEKUERZT, KINDERBETREUUNG, 133.00, 117.00",
            // Bundesversicherungsamt: no basis for any reduction, under either reading
            "BEIDE_VOLL, WIE_JEDE_TEILZEIT, TZBFG_ANTRAG, 133.00, 117.00",
            "BEIDE_VOLL, WIE_JEDE_TEILZEIT, ART_SCHWERE_BEHINDERUNG, 133.00, 117.00",
            "BEIDE_VOLL, NICHT_GEKUERZT, ART_SCHWERE_BEHINDERUNG, 133.00, 117.00"})
    @DisplayName("§ 221 Abs. 2 SGB IX, § 6 Abs. 2 WVO, § 8 TzBfG: part time under each setting and reading")
    void p221_abs2_wvo_p6_abs2_part_time_per_setting(Teilzeitregelung regelung, WvoTeilzeit wvo, Teilzeitgrund grund,
            String grundbetrag, String steigerungsbetrag) {
        Entgeltabrechnung r = teilzeit(regelung, wvo, grund);
        assertEquals(euro(grundbetrag), r.grundbetrag());
        assertEquals(euro(steigerungsbetrag), r.steigerungsbetrag());
        assertEquals(euro(grundbetrag).add(euro(steigerungsbetrag)), r.arbeitsentgelt());
        assertEquals(euro("52.00"), r.arbeitsfoerderungsgeld());
    }

    @Test
    @DisplayName("rules.md § 1: the default reading reduces part time under § 6 Abs. 2 WVO like any part time")
    void rules_p1_default_reading() {
        assertEquals(WvoTeilzeit.WIE_JEDE_TEILZEIT, Entgelteinstellungen.STANDARD.wvoTeilzeit());
        assertEquals(Teilzeitregelung.GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, Entgelteinstellungen.STANDARD.teilzeit());
    }

    @Test
    @DisplayName("§ 8 TzBfG: the reduction line shows hours, basis, factor and the legal basis")
    void tzbfg_p8_reduction_line() {
        Rechenzeile zeile = teilzeit(Teilzeitregelung.GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG,
                Teilzeitgrund.TZBFG_ANTRAG).zeilen(Komponente.STEIGERUNGSBETRAG).get(1);
        assertEquals("Kürzung wegen Teilzeit: 30 von 35 Wochenstunden (§ 8 TzBfG)", zeile.bezeichnung());
        assertEquals(euro("117.00"), zeile.basis());
        assertEquals(euro("-0.142857"), zeile.faktor());
        assertEquals(euro("-16.71"), zeile.betrag());
    }

    @Test
    @DisplayName("§ 6 Abs. 2 WVO: the note says which reading applied, and not which of the two reasons (docs/rollen.md)")
    void wvo_p6_abs2_note() {
        assertEquals("Teilzeit mit 30 von 35 Wochenstunden nach § 6 Abs. 2 WVO (Art oder Schwere der Behinderung oder "
                + "Erziehungsauftrag): "
                + "das Entgelt wird nicht gekürzt (Einstellung der Einrichtung nach der Auffassung der BAGüS: Kürzung "
                + "nur bei Teilzeit nach § 8 TzBfG).", teilzeit(Teilzeitregelung.BEIDE_ANTEILIG,
                        WvoTeilzeit.NICHT_GEKUERZT, Teilzeitgrund.ART_SCHWERE_BEHINDERUNG).hinweise().get(0));
        assertEquals("Teilzeit nach § 6 Abs. 2 WVO (Art oder Schwere der Behinderung oder Erziehungsauftrag): nach der "
                + "Einstellung der Einrichtung wie jede Teilzeit gekürzt (rules.md § 1; nach der Auffassung der BAGüS würde sie nicht "
                + "gekürzt).", teilzeit(Teilzeitregelung.GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG,
                        WvoTeilzeit.WIE_JEDE_TEILZEIT, Teilzeitgrund.ART_SCHWERE_BEHINDERUNG).hinweise().get(0));
        assertTrue(teilzeit(Teilzeitregelung.BEIDE_VOLL, Teilzeitgrund.TZBFG_ANTRAG).hinweise().get(0)
                .contains("Bundesversicherungsamts"));
    }

    @Test
    @DisplayName("§ 6 Abs. 1 WVO: full time is the Einrichtung's (35–40 h); more hours do not raise the pay")
    void wvo_p6_abs1_full_time_of_the_einrichtung() {
        Entgelteingabe e = eingabe(MAERZ_2025, "117.00").mitArbeitszeit(new BigDecimal("30"),
                Teilzeitgrund.TZBFG_ANTRAG);
        assertEquals(euro("87.75"), mit(Entgelteinstellungen.STANDARD.mitVollzeitStunden(new BigDecimal("40")), e)
                .steigerungsbetrag()); // 117 × 30/40
        assertEquals(euro("117.00"), mit(Entgelteinstellungen.STANDARD, eingabe(MAERZ_2025, "117.00")
                .mitArbeitszeit(new BigDecimal("38.5"), null)).steigerungsbetrag());
        assertEquals(euro("76.05"), mit(Entgelteinstellungen.STANDARD, eingabe(MAERZ_2025, "117.00")
                .mitArbeitszeit(new BigDecimal("22.75"), Teilzeitgrund.TZBFG_ANTRAG)).steigerungsbetrag()); // × 0.65
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX: part time and entry on the 16th of April 2025: first 30/35, then 15/30")
    void p221_abs2_part_time_in_a_partial_month() {
        Entgeltabrechnung r = mit(Entgelteinstellungen.STANDARD, eingabe(YearMonth.of(2025, 4), "117.00")
                .mitArbeitszeit(new BigDecimal("30"), Teilzeitgrund.TZBFG_ANTRAG)
                .mitVertrag(LocalDate.of(2025, 4, 16), null));
        assertEquals(euro("50.15"), r.steigerungsbetrag()); // 100.29 × 15/30 = 50.145 → 50.15
        assertEquals(euro("66.50"), r.grundbetrag());
    }

    @Test
    @DisplayName("§ 6 Abs. 2 WVO, § 8 TzBfG: part time without a reason is refused")
    void part_time_without_reason_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mit(
                Entgelteinstellungen.STANDARD, eingabe(MAERZ_2025, "117.00").mitArbeitszeit(new BigDecimal("30"),
                        null)));
        assertTrue(e.getMessage().startsWith("Für eine Wochenarbeitszeit von 30 Stunden (Vollzeit 35 Stunden) ist "
                + "kein Teilzeitgrund erfasst."), e.getMessage());
    }

    // ------------------------------------------------------------------ one full time (issue 15 item 2)

    private static final BigDecimal WERKSTATT_38_5 = new BigDecimal("38.5");

    private static Entgeltabrechnung in38einhalb(Teilzeitregelung regelung, WvoTeilzeit wvo, Teilzeitgrund grund) {
        return mit(Entgelteinstellungen.STANDARD.mitVollzeitStunden(WERKSTATT_38_5).mitTeilzeit(regelung)
                .mitWvoTeilzeit(wvo), eingabe(MAERZ_2025, "117.00").mitArbeitszeit(new BigDecimal("36"), grund));
    }

    @Test
    @DisplayName("§ 6 Abs. 1, 2 WVO: 36 h in a workshop of 38.5 h are part time; without a reason the run refuses")
    void wvo_p6_36_hours_in_a_38_5_hour_workshop_need_a_reason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> in38einhalb(
                Teilzeitregelung.GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, WvoTeilzeit.STANDARD, null));
        assertTrue(e.getMessage().startsWith("Für eine Wochenarbeitszeit von 36 Stunden (Vollzeit 38,5 Stunden) ist "
                + "kein Teilzeitgrund erfasst."), e.getMessage());
        // the same 36 h are full time in a workshop of 35 h: no reason needed, nothing reduced
        Entgeltabrechnung voll = mit(Entgelteinstellungen.STANDARD, eingabe(MAERZ_2025, "117.00")
                .mitArbeitszeit(new BigDecimal("36"), null));
        assertEquals(euro("117.00"), voll.steigerungsbetrag());
    }

    @ParameterizedTest(name = "38.5 h workshop, 36 h, {0}, {1}, {2} → Grundbetrag {3}, Steigerungsbetrag {4}")
    @CsvSource({
            // rules.md § 1 default: Steigerungsbetrag 117 × 36/38.5 = 109.4026 → 109.40; Grundbetrag in full
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, WIE_JEDE_TEILZEIT, ART_SCHWERE_BEHINDERUNG, 133.00, 109.40",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, WIE_JEDE_TEILZEIT, TZBFG_ANTRAG, 133.00, 109.40",
            // BAGüS: § 6 Abs. 2 WVO not reduced, § 8 TzBfG reduced
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, NICHT_GEKUERZT, ART_SCHWERE_BEHINDERUNG, 133.00, 117.00",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, NICHT_GEKUERZT, KINDERBETREUUNG, 133.00, 117.00",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, NICHT_GEKUERZT, TZBFG_ANTRAG, 133.00, 109.40",
            // both pro rata: Grundbetrag 133 × 36/38.5 = 124.3636 → 124.36
            "BEIDE_ANTEILIG, WIE_JEDE_TEILZEIT, KINDERBETREUUNG, 124.36, 109.40",
            "BEIDE_ANTEILIG, NICHT_GEKUERZT, KINDERBETREUUNG, 133.00, 117.00"})
    @DisplayName("§ 6 Abs. 2 WVO, rules.md § 1: 36 of 38.5 hours under both readings, to the cent")
    void wvo_p6_abs2_36_of_38_5_hours_under_both_readings(Teilzeitregelung regelung, WvoTeilzeit wvo,
            Teilzeitgrund grund, String grundbetrag, String steigerungsbetrag) {
        Entgeltabrechnung r = in38einhalb(regelung, wvo, grund);
        assertEquals(euro(grundbetrag), r.grundbetrag());
        assertEquals(euro(steigerungsbetrag), r.steigerungsbetrag());
        assertEquals(euro(grundbetrag).add(euro(steigerungsbetrag)), r.arbeitsentgelt());
        assertEquals(euro("52.00"), r.arbeitsfoerderungsgeld()); // ≤ 299.00 (§ 59 Abs. 1 SGB IX)
    }

    @Test
    @DisplayName("rules.md § 1: the reduction line of 36 of 38.5 hours names hours, factor and the legal basis")
    void reduction_line_36_of_38_5() {
        Rechenzeile zeile = in38einhalb(Teilzeitregelung.GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG,
                WvoTeilzeit.WIE_JEDE_TEILZEIT, Teilzeitgrund.ART_SCHWERE_BEHINDERUNG)
                .zeilen(Komponente.STEIGERUNGSBETRAG).get(1);
        assertEquals("Kürzung wegen Teilzeit: 36 von 38,5 Wochenstunden (§ 6 Abs. 2 WVO)", zeile.bezeichnung());
        assertEquals(euro("-7.60"), zeile.betrag()); // 109.40 − 117.00
    }

    @ParameterizedTest(name = "full time {0} h → {1}")
    @CsvSource({"35, true", "40, true", "38.5, true", "34.99, false", "40.01, false", "0, false", "38.555, false"})
    @DisplayName("§ 6 Abs. 1 WVO: the Einrichtung's full time is 35 to 40 hours, nothing else")
    void wvo_p6_abs1_full_time_bounds(String stunden, boolean erlaubt) {
        if (erlaubt) {
            assertEquals(0, new BigDecimal(stunden).compareTo(Entgelteinstellungen.STANDARD
                    .mitVollzeitStunden(new BigDecimal(stunden)).vollzeitStunden()));
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Entgelteinstellungen.STANDARD.mitVollzeitStunden(new BigDecimal(stunden)));
            assertTrue(e.getMessage().contains("Vollzeit"), e.getMessage());
        }
    }
}
