package de.werkerp.wage.control;

import static de.werkerp.wage.control.Testdaten.MAERZ_2025;
import static de.werkerp.wage.control.Testdaten.eingabe;
import static de.werkerp.wage.control.Testdaten.euro;
import static de.werkerp.wage.control.Testdaten.mit;
import static de.werkerp.wage.control.Testdaten.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reduction of the Steigerungsbetrag (§ 221 Abs. 2 SGB IX) for unexcused absence and for sickness beyond the paid
 * period (six weeks per illness, modelled on § 3 Abs. 1 EFZG): Steigerungsbetrag × days ÷ working days
 * (Monday–Friday without holidays). March 2025 has 21 working days.
 */
class FehlzeitenkuerzungTest {

    private static Anwesenheit unentschuldigt(int anwesend, int tage) {
        return new Anwesenheit(anwesend, 0, 0, 0, 0, tage);
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX: 3 unexcused of 21 working days reduce the Steigerungsbetrag by 3/21, not the Grundbetrag")
    void p221_abs2_unexcused_absence() {
        Entgeltabrechnung r = standard(eingabe(MAERZ_2025, "117.00").mitAnwesenheit(unentschuldigt(18, 3)));
        assertEquals(euro("133.00"), r.grundbetrag());
        assertEquals(euro("100.29"), r.steigerungsbetrag()); // 117 × 18/21 = 100.2857…
        assertEquals(euro("233.29"), r.arbeitsentgelt());
        assertEquals(euro("52.00"), r.arbeitsfoerderungsgeld());
        Rechenzeile kuerzung = r.zeilen(Komponente.STEIGERUNGSBETRAG).get(1);
        assertEquals("Kürzung wegen unentschuldigter Fehlzeit: 3 von 21 Arbeitstagen", kuerzung.bezeichnung());
        assertEquals(euro("117.00"), kuerzung.basis());
        assertEquals(euro("-0.142857"), kuerzung.faktor());
        assertEquals(euro("-16.71"), kuerzung.betrag());
        assertTrue(r.hinweise().isEmpty());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX: holidays are no working days (May 2025: 20), 2 unexcused days → 18/20")
    void p221_abs2_unexcused_absence_with_holidays() {
        Entgeltabrechnung r = standard(eingabe(YearMonth.of(2025, 5), "117.00")
                .mitFeiertagen(List.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 29)))
                .mitAnwesenheit(unentschuldigt(18, 2)));
        assertEquals(euro("105.30"), r.steigerungsbetrag());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX: with the setting off, unexcused absence changes nothing but gives a note")
    void p221_abs2_unexcused_absence_setting_off() {
        Entgeltabrechnung r = mit(Entgelteinstellungen.STANDARD.mitUnentschuldigteFehlzeitKuerzt(false),
                eingabe(MAERZ_2025, "117.00").mitAnwesenheit(unentschuldigt(18, 3)));
        assertEquals(euro("117.00"), r.steigerungsbetrag());
        assertEquals(List.of("3 unentschuldigte Fehltage: nach der Einstellung der Einrichtung wird der "
                + "Steigerungsbetrag dafür nicht gekürzt."), r.hinweise());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX: in a partial month the working days are those of the contract (16.–31.03.2025: 11)")
    void p221_abs2_unexcused_absence_in_a_partial_month() {
        Entgeltabrechnung r = standard(eingabe(MAERZ_2025, "117.00").mitVertrag(LocalDate.of(2025, 3, 16), null)
                .mitAnwesenheit(unentschuldigt(10, 1)));
        // 117 × 16/31 = 60.39; × 10/11 = 54.90
        assertEquals(euro("54.90"), r.steigerungsbetrag());
    }

    @Test
    @DisplayName("§ 3 Abs. 1 EFZG (model): an illness from 01.02.2025 is paid 42 days to 14.03.; 17.–21.03. = 5 working days unpaid")
    void efzg_p3_sick_beyond_six_weeks() {
        Entgeltabrechnung r = standard(eingabe(MAERZ_2025, "117.00").mitErkrankungen(List.of(
                new Erkrankung(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 21)))));
        assertEquals(euro("89.14"), r.steigerungsbetrag()); // 117 × 16/21 = 89.142…
        assertEquals(euro("133.00"), r.grundbetrag());
        assertEquals("Kürzung wegen Krankheit nach Ende der Entgeltfortzahlung (42 Kalendertage): 5 von 21 "
                + "Arbeitstagen", r.zeilen(Komponente.STEIGERUNGSBETRAG).get(1).bezeichnung());
    }

    @Test
    @DisplayName("§ 3 Abs. 1 EFZG (model): an illness still lasting at the end of the month, unpaid from 15.03. → 11 days")
    void efzg_p3_sick_beyond_six_weeks_still_lasting() {
        Entgeltabrechnung r = standard(eingabe(MAERZ_2025, "117.00").mitErkrankungen(List.of(
                new Erkrankung(LocalDate.of(2025, 2, 1), null))));
        assertEquals(euro("55.71"), r.steigerungsbetrag()); // 117 × 10/21 = 55.714…
        assertEquals(List.of(LocalDate.of(2025, 3, 17)), Entgeltfortzahlung.SECHS_WOCHEN.unbezahlteArbeitstage(
                List.of(new Erkrankung(LocalDate.of(2025, 2, 1), null)), Vertragsmonat.ganz(MAERZ_2025), List.of())
                .subList(0, 1));
    }

    @Test
    @DisplayName("§ 3 Abs. 1 EFZG (model): within six weeks nothing is reduced; a renewed illness counts the days already paid")
    void efzg_p3_within_six_weeks_and_renewed_illness() {
        Erkrankung maerz = new Erkrankung(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 31));
        assertEquals(euro("117.00"), standard(eingabe(MAERZ_2025, "117.00").mitErkrankungen(List.of(maerz)))
                .steigerungsbetrag());
        // same illness, 30 days paid in an earlier spell: 12 days left (03.–14.03.), unpaid 17.–31.03. = 11 days
        Erkrankung fortsetzung = new Erkrankung(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 31), 30);
        assertEquals(euro("55.71"), standard(eingabe(MAERZ_2025, "117.00").mitErkrankungen(List.of(fortsetzung)))
                .steigerungsbetrag());
        // setting: sickness is always paid
        assertEquals(euro("117.00"), mit(Entgelteinstellungen.STANDARD.mitEntgeltfortzahlung(
                Entgeltfortzahlung.UNBEGRENZT), eingabe(MAERZ_2025, "117.00").mitErkrankungen(List.of(fortsetzung)))
                .steigerungsbetrag());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX, § 3 EFZG (model): both reductions on one base, the lines add up")
    void both_reductions_together() {
        Entgeltabrechnung r = standard(eingabe(MAERZ_2025, "117.00").mitAnwesenheit(new Anwesenheit(14, 5, 0, 0, 0, 2))
                .mitErkrankungen(List.of(new Erkrankung(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 21)))));
        List<Rechenzeile> s = r.zeilen(Komponente.STEIGERUNGSBETRAG);
        assertEquals(euro("-11.14"), s.get(1).betrag()); // 117 × 19/21 = 105.857… → 105.86
        assertEquals(euro("-27.86"), s.get(2).betrag()); // 117 × 14/21 = 78.00
        assertEquals(euro("78.00"), r.steigerungsbetrag());
    }

    @Test
    void implausible_attendance_is_refused_or_noted() {
        assertEquals("Es sind 22 Anwesenheits- und Fehltage erfasst, der Vertrag hat im Monat aber nur 21 Arbeitstage "
                + "(Montag bis Freitag ohne Feiertage): bitte die Anwesenheit prüfen.", assertThrows(
                        IllegalArgumentException.class, () -> standard(eingabe(MAERZ_2025, "117.00")
                                .mitAnwesenheit(new Anwesenheit(20, 0, 0, 2, 0, 0)))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> standard(eingabe(MAERZ_2025, "117.00")
                .mitAnwesenheit(unentschuldigt(0, 20)).mitErkrankungen(List.of(
                        new Erkrankung(LocalDate.of(2025, 2, 1), null))))).getMessage()
                .startsWith("Unentschuldigte Fehltage (20) und Krankheitstage nach Ende der Entgeltfortzahlung (11)"));
        assertEquals(List.of("Für 1 von 21 Arbeitstagen ist keine Anwesenheit erfasst."),
                standard(eingabe(MAERZ_2025, "117.00").mitAnwesenheit(new Anwesenheit(18, 1, 1, 0, 0, 0)))
                        .hinweise());
        assertThrows(IllegalArgumentException.class, () -> new Anwesenheit(-1, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Erkrankung(LocalDate.of(2025, 3, 2),
                LocalDate.of(2025, 3, 1)));
    }
}
