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
 * Grundbetrag 133.00, Steigerungsbetrag 117.00, under each setting and reason.
 */
class TeilzeitregelungTest {

    private static Entgeltabrechnung teilzeit(Teilzeitregelung regelung, Teilzeitgrund grund) {
        return mit(Entgelteinstellungen.STANDARD.mitTeilzeit(regelung),
                eingabe(MAERZ_2025, "117.00").mitArbeitszeit(new BigDecimal("30"), grund));
    }

    @ParameterizedTest(name = "{0}, {1} → Grundbetrag {2}, Steigerungsbetrag {3}")
    @CsvSource({
            // BAGüS, default: part time under § 8 TzBfG reduces the Steigerungsbetrag to 30/35
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, TZBFG_ANTRAG, 133.00, 100.29",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, PFLEGE_ANGEHOERIGER, 133.00, 100.29",
            // BAGüS: part time under § 6 Abs. 2 WVO is never reduced
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, ART_SCHWERE_BEHINDERUNG, 133.00, 117.00",
            "GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, KINDERBETREUUNG, 133.00, 117.00",
            // BAGüS, both parts: 133 × 30/35 = 114.00
            "BEIDE_ANTEILIG, TZBFG_ANTRAG, 114.00, 100.29",
            "BEIDE_ANTEILIG, ART_SCHWERE_BEHINDERUNG, 133.00, 117.00",
            "BEIDE_ANTEILIG, KINDERBETREUUNG, 133.00, 117.00",
            // Bundesversicherungsamt: no basis for any reduction
            "BEIDE_VOLL, TZBFG_ANTRAG, 133.00, 117.00",
            "BEIDE_VOLL, ART_SCHWERE_BEHINDERUNG, 133.00, 117.00"})
    @DisplayName("§ 221 Abs. 2 SGB IX, § 6 Abs. 2 WVO, § 8 TzBfG: part time under each setting")
    void p221_abs2_wvo_p6_abs2_part_time_per_setting(Teilzeitregelung regelung, Teilzeitgrund grund, String grundbetrag,
            String steigerungsbetrag) {
        Entgeltabrechnung r = teilzeit(regelung, grund);
        assertEquals(euro(grundbetrag), r.grundbetrag());
        assertEquals(euro(steigerungsbetrag), r.steigerungsbetrag());
        assertEquals(euro(grundbetrag).add(euro(steigerungsbetrag)), r.arbeitsentgelt());
        assertEquals(euro("52.00"), r.arbeitsfoerderungsgeld());
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
    @DisplayName("§ 6 Abs. 2 WVO: the note says why nothing is reduced")
    void wvo_p6_abs2_note() {
        assertEquals("Teilzeit mit 30 von 35 Wochenstunden wegen „Art oder Schwere der Behinderung“ (§ 6 Abs. 2 WVO): "
                + "das Entgelt wird nicht gekürzt (Auffassung der BAGüS: Kürzung nur bei Teilzeit nach § 8 TzBfG).",
                teilzeit(Teilzeitregelung.BEIDE_ANTEILIG, Teilzeitgrund.ART_SCHWERE_BEHINDERUNG).hinweise().get(0));
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
}
