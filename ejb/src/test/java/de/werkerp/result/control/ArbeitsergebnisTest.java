package de.werkerp.result.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.werkerp.result.control.Pruefung.Code;

/**
 * Worked examples of the Arbeitsergebnisrechnung (rules.md § 4): § 12 Abs. 4 WVO (Arbeitsergebnis = Erträge −
 * notwendige Kosten), § 12 Abs. 5 WVO (Verwendung: Arbeitsentgelte in der Regel ≥ 70 %, Ertragsschwankungsrücklage
 * höchstens sechs Monatsentgelte, Investitionen) and § 58 Abs. 4 SGB IX (Gewinn/Verlust durch die Vergütungen).
 */
class ArbeitsergebnisTest {

    /**
     * The normal year 2025 of a workshop: Erträge 400,000.00 + 2,000.00 + 1,200,000.00 = 1,602,000.00; Kosten
     * 900,000.00 + 150,000.00 + 200,000.00 + 102,000.00 = 1,352,000.00; Arbeitsergebnis 250,000.00.
     */
    private static Map<Position, BigDecimal> normaljahr() {
        Map<Position, BigDecimal> m = new EnumMap<>(Position.class);
        m.put(Position.I_1, d("400000.00"));
        m.put(Position.I_2, d("2000.00"));
        m.put(Position.I_3, d("1200000.00"));
        m.put(Position.II_1, d("900000.00"));
        m.put(Position.II_2, d("150000.00"));
        m.put(Position.II_3, d("200000.00"));
        m.put(Position.II_4, d("102000.00"));
        return m;
    }

    /** A statement with only I.1 = {@code ergebnis} (so Arbeitsergebnis = ergebnis) and the year's wages. */
    private static Arbeitsergebnis.Eingabe einfach(String ergebnis, String entgelteJahr, String anfang,
            String zufuehrung, String investitionen, String begruendung) {
        return new Arbeitsergebnis.Eingabe(2025, Map.of(Position.I_1, d(ergebnis)), null, d(entgelteJahr),
                d(anfang), d(zufuehrung), d(investitionen), begruendung, null);
    }

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static List<BigDecimal> monate(String betrag) {
        return Collections.nCopies(12, d(betrag));
    }

    @Test
    void normal_year_with_every_figure_of_the_statement() {
        // § 12 Abs. 4 WVO: 1,602,000.00 − 1,352,000.00 = 250,000.00; wages 12 × 15,000.00 = 180,000.00 = 72 %;
        // § 12 Abs. 5 Nr. 2 WVO: cap 6 × 15,000.00 = 90,000.00, reserve 60,000.00 + 20,000.00 = 80,000.00;
        // remainder 250,000.00 − 180,000.00 − 20,000.00 − 40,000.00 = 10,000.00;
        // § 58 Abs. 4 SGB IX: 1,200,000.00 − (900,000.00 + 200,000.00) = +100,000.00 (gain)
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(new Arbeitsergebnis.Eingabe(2025, normaljahr(),
                monate("15000.00"), null, d("60000.00"), d("20000.00"), d("40000.00"), null, null));
        assertEquals(2025, r.jahr());
        assertEquals(d("1602000.00"), r.ertraege());
        assertEquals(d("1352000.00"), r.kosten());
        assertEquals(d("250000.00"), r.arbeitsergebnis());
        assertEquals(d("180000.00"), r.entgelte());
        assertEquals(d("15000.00"), r.entgelteMonatsdurchschnitt());
        assertEquals(d("175000.00"), r.mindestbetragEntgelte());
        assertEquals(d("72.00"), r.anteilEntgelte());
        assertEquals(d("90000.00"), r.ruecklageHoechstbetrag());
        assertEquals(d("80000.00"), r.ruecklageEnde());
        assertFalse(r.ruecklageUeberHoechstbetrag());
        assertEquals(d("10000.00"), r.nichtVerwendet());
        assertEquals(d("0.00"), r.fehlbetrag());
        assertEquals(d("1200000.00"), r.verguetungen());
        assertEquals(d("1100000.00"), r.verguetungsKosten());
        assertEquals(d("100000.00"), r.verguetungsergebnis());
        assertFalse(r.verguetungsKostenGesondert());
        assertFalse(r.verlustjahr());
        assertTrue(r.alleOk(), r.pruefungen().toString());
        assertEquals(List.of(Code.values()), r.pruefungen().stream().map(Pruefung::code).toList());
        // every position, IV from the Verwendung
        assertEquals(List.of(Position.values()), List.copyOf(r.positionen().keySet()));
        assertEquals(d("180000.00"), r.betrag(Position.IV_1));
        assertEquals(d("20000.00"), r.betrag(Position.IV_2));
        assertEquals(d("40000.00"), r.betrag(Position.IV_3));
        assertEquals("Die Arbeitsentgelte (180.000,00 €) betragen 72,00 % des Arbeitsergebnisses (250.000,00 €) und "
                + "erreichen den Mindestbetrag von 175.000,00 € (70 %, § 12 Abs. 5 Nr. 1 WVO).",
                r.pruefung(Code.ENTGELTQUOTE).meldung());
        assertEquals("Ertragsschwankungsrücklage am Jahresende 80.000,00 €, Höchstbetrag 90.000,00 € "
                + "(Arbeitsentgelte für sechs Monate, § 12 Abs. 5 Nr. 2 WVO: 6 × durchschnittliches Monatsentgelt des "
                + "Jahres von 15.000,00 €).", r.pruefung(Code.RUECKLAGE_HOECHSTBETRAG).meldung());
        assertEquals("Gewinn durch die Vergütungen (§ 58 Abs. 4 SGB IX): 100.000,00 € = Vergütungen der "
                + "Rehabilitationsträger (I.3) 1.200.000,00 € abzüglich der durch sie zu deckenden Kosten "
                + "1.100.000,00 € (II.1 + II.3, fachliche und werkstattspezifische Kosten).",
                r.pruefung(Code.VERGUETUNGSERGEBNIS).meldung());
    }

    @Test
    void exactly_70_percent_is_enough() {
        // § 12 Abs. 5 Nr. 1 WVO: 70 % of 250,000.00 = 175,000.00
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("250000.00", "175000.00", "0.00", "0.00",
                "0.00", null));
        assertEquals(d("175000.00"), r.mindestbetragEntgelte());
        assertEquals(d("70.00"), r.anteilEntgelte());
        assertTrue(r.pruefung(Code.ENTGELTQUOTE).ok());
        assertEquals(d("75000.00"), r.nichtVerwendet());
    }

    @Test
    void one_cent_below_70_percent_warns_even_though_the_share_rounds_to_70_00() {
        // 174,999.99 ÷ 250,000.00 = 69.999996 % → 70.00 % shown, but one cent below the Mindestbetrag
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("250000.00", "174999.99", "0.00", "0.00",
                "0.00", null));
        assertEquals(d("70.00"), r.anteilEntgelte());
        Pruefung p = r.pruefung(Code.ENTGELTQUOTE);
        assertFalse(p.ok());
        assertEquals("Die Arbeitsentgelte (174.999,99 €) liegen um 0,01 € unter dem Mindestbetrag von 175.000,00 € "
                + "(70 % des Arbeitsergebnisses von 250.000,00 €; in der Regel mindestens 70 %, § 12 Abs. 5 Nr. 1 "
                + "WVO); Anteil 70,00 %. Bitte die Abweichung begründen.", p.meldung());
        assertFalse(r.alleOk());
    }

    @Test
    void below_70_percent_with_a_justification_stays_a_warning_marked_begruendet() {
        // § 12 Abs. 5 Nr. 1 WVO "in der Regel": 150,000.00 of 250,000.00 = 60 %, justified
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("250000.00", "150000.00", "0.00", "75000.00",
                "25000.00", "  Ausfall des Hauptauftraggebers absehbar: Rücklage aufgefüllt.  "));
        assertEquals(d("60.00"), r.anteilEntgelte());
        assertEquals("Ausfall des Hauptauftraggebers absehbar: Rücklage aufgefüllt.", r.begruendung());
        Pruefung p = r.pruefung(Code.ENTGELTQUOTE);
        assertFalse(p.ok());
        assertEquals("Begründete Abweichung: Die Arbeitsentgelte (150.000,00 €) liegen um 25.000,00 € unter dem "
                + "Mindestbetrag von 175.000,00 € (70 % des Arbeitsergebnisses von 250.000,00 €; in der Regel "
                + "mindestens 70 %, § 12 Abs. 5 Nr. 1 WVO); Anteil 60,00 %. Begründung: „Ausfall des "
                + "Hauptauftraggebers absehbar: Rücklage aufgefüllt.“", p.meldung());
        // a cap of 75,000.00 (half of 150,000.00) is reached exactly by the Zuführung
        assertTrue(r.pruefung(Code.RUECKLAGE_HOECHSTBETRAG).ok());
    }

    @Test
    void a_blank_justification_is_no_justification() {
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("250000.00", "150000.00", "0.00", "0.00",
                "0.00", "   "));
        assertNull(r.begruendung());
        assertTrue(r.pruefung(Code.ENTGELTQUOTE).meldung().endsWith("Bitte die Abweichung begründen."));
    }

    @Test
    void loss_year_wages_paid_from_the_reserve() {
        // § 12 Abs. 4 WVO: Erträge 100,000.00 + 1,000,000.00, Kosten 800,000.00 + 200,000.00 + 150,000.00 +
        // 50,000.00 = 1,200,000.00 → −100,000.00. Wages 120,000.00 and the loss from the reserve (Entnahme
        // 220,000.00 of 250,000.00, § 12 Abs. 5 Nr. 2 WVO): remainder −100,000.00 − 120,000.00 + 220,000.00 = 0.
        Map<Position, BigDecimal> m = new EnumMap<>(Position.class);
        m.put(Position.I_1, d("100000.00"));
        m.put(Position.I_3, d("1000000.00"));
        m.put(Position.II_1, d("800000.00"));
        m.put(Position.II_2, d("200000.00"));
        m.put(Position.II_3, d("150000.00"));
        m.put(Position.II_4, d("50000.00"));
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(new Arbeitsergebnis.Eingabe(2025, m,
                monate("10000.00"), null, d("250000.00"), d("-220000.00"), null, null, null));
        assertEquals(d("-100000.00"), r.arbeitsergebnis());
        assertTrue(r.verlustjahr());
        assertEquals(d("0.00"), r.mindestbetragEntgelte());
        assertNull(r.anteilEntgelte());
        assertEquals(d("30000.00"), r.ruecklageEnde());
        assertEquals(d("60000.00"), r.ruecklageHoechstbetrag());
        assertEquals(d("0.00"), r.nichtVerwendet());
        assertEquals(d("0.00"), r.fehlbetrag());
        assertEquals(d("-220000.00"), r.betrag(Position.IV_2));
        assertEquals(d("0.00"), r.betrag(Position.IV_3));
        assertTrue(r.pruefung(Code.ENTGELTQUOTE).ok());
        assertTrue(r.pruefung(Code.ENTGELTQUOTE).meldung().startsWith("Kein positives Arbeitsergebnis"));
        Pruefung verlust = r.pruefung(Code.VERLUSTJAHR);
        assertFalse(verlust.ok());
        assertEquals("Verlustjahr: die notwendigen Kosten (1.200.000,00 €) übersteigen die Erträge (1.100.000,00 €) "
                + "um 100.000,00 € (§ 12 Abs. 4 WVO). Die Arbeitsentgelte sind dennoch zu zahlen; zum Ausgleich dient "
                + "die Ertragsschwankungsrücklage (Entnahme, § 12 Abs. 5 Nr. 2 WVO).", verlust.meldung());
        assertTrue(r.pruefung(Code.VERWENDUNG_UEBERSTEIGT_ERGEBNIS).ok(),
                r.pruefung(Code.VERWENDUNG_UEBERSTEIGT_ERGEBNIS).meldung());
        // § 58 Abs. 4 SGB IX: 1,000,000.00 − (800,000.00 + 150,000.00) = +50,000.00: the loss is not the fees'
        assertEquals(d("50000.00"), r.verguetungsergebnis());
        assertTrue(r.pruefung(Code.VERGUETUNGSERGEBNIS).ok());
    }

    @Test
    void loss_year_without_entnahme_leaves_a_fehlbetrag() {
        // −1,000.00 result, 500.00 wages, no Entnahme: 1,500.00 uncovered
        Map<Position, BigDecimal> m = Map.of(Position.I_1, d("1000.00"), Position.II_4, d("2000.00"));
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(new Arbeitsergebnis.Eingabe(2025, m, null,
                d("500.00"), null, null, null, null, null));
        assertEquals(d("-1000.00"), r.arbeitsergebnis());
        assertEquals(d("1500.00"), r.fehlbetrag());
        assertFalse(r.pruefung(Code.VERWENDUNG_UEBERSTEIGT_ERGEBNIS).ok());
        assertFalse(r.pruefung(Code.VERLUSTJAHR).ok());
    }

    @Test
    void a_zero_result_is_no_loss_year_and_has_no_share() {
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("0.00", "0.00", "0.00", "0.00", "0.00", null));
        assertFalse(r.verlustjahr());
        assertNull(r.anteilEntgelte());
        assertEquals(d("0.00"), r.mindestbetragEntgelte());
        assertTrue(r.alleOk(), r.pruefungen().toString());
    }

    @Test
    void reserve_exactly_at_the_cap_is_allowed() {
        // § 12 Abs. 5 Nr. 2 WVO: wages 180,000.00 → 6 × 15,000.00 = 90,000.00; 70,000.00 + 20,000.00 = 90,000.00
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("250000.00", "180000.00", "70000.00",
                "20000.00", "0.00", null));
        assertEquals(d("90000.00"), r.ruecklageHoechstbetrag());
        assertEquals(d("90000.00"), r.ruecklageEnde());
        assertFalse(r.ruecklageUeberHoechstbetrag());
        assertTrue(r.pruefung(Code.RUECKLAGE_HOECHSTBETRAG).ok());
    }

    @Test
    void reserve_one_cent_above_the_cap_warns_and_shows_the_cap() {
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("250000.00", "180000.00", "70000.00",
                "20000.01", "0.00", null));
        assertEquals(d("90000.01"), r.ruecklageEnde());
        assertTrue(r.ruecklageUeberHoechstbetrag());
        Pruefung p = r.pruefung(Code.RUECKLAGE_HOECHSTBETRAG);
        assertFalse(p.ok());
        assertEquals("Die Ertragsschwankungsrücklage am Jahresende (90.000,01 €) übersteigt den Höchstbetrag "
                + "90.000,00 € (Arbeitsentgelte für sechs Monate, § 12 Abs. 5 Nr. 2 WVO: 6 × durchschnittliches "
                + "Monatsentgelt des Jahres von 15.000,00 €) um 0,01 €. Der übersteigende Betrag ist für "
                + "Arbeitsentgelte oder Ersatz- und Modernisierungsinvestitionen zu verwenden.", p.meldung());
        assertEquals(d("49999.99"), r.nichtVerwendet());
    }

    @Test
    void a_reserve_carried_in_above_the_cap_warns_without_a_zufuehrung() {
        // the balance counts, not only this year's Zuführung: 100,000.00 > 90,000.00
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("250000.00", "180000.00", "100000.00",
                "0.00", "0.00", null));
        assertFalse(r.pruefung(Code.RUECKLAGE_HOECHSTBETRAG).ok());
    }

    @Test
    void entnahme_lowers_the_reserve_and_adds_to_what_can_be_used() {
        // Arbeitsergebnis 100,000.00, wages 125,000.00 (above the result), Entnahme 30,000.00 of 50,000.00:
        // remainder 100,000.00 − 125,000.00 + 30,000.00 = 5,000.00; reserve 20,000.00 ≤ 62,500.00
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("100000.00", "125000.00", "50000.00",
                "-30000.00", "0.00", null));
        assertEquals(d("20000.00"), r.ruecklageEnde());
        assertEquals(d("62500.00"), r.ruecklageHoechstbetrag());
        assertEquals(d("-30000.00"), r.zufuehrungRuecklage());
        assertEquals(d("5000.00"), r.nichtVerwendet());
        assertEquals(d("125.00"), r.anteilEntgelte());
        assertTrue(r.alleOk(), r.pruefungen().toString());
        assertEquals("Arbeitsergebnis 100.000,00 € zuzüglich Entnahme aus der Rücklage 30.000,00 €, verwendet "
                + "125.000,00 € (Arbeitsentgelte 125.000,00 €, Investitionen 0,00 €); nicht verwendet 5.000,00 € (nur "
                + "für Zwecke der Werkstatt nach § 12 Abs. 5 WVO zu verwenden).",
                r.pruefung(Code.VERWENDUNG_UEBERSTEIGT_ERGEBNIS).meldung());
    }

    @Test
    void entnahme_above_the_balance_is_refused() {
        Eingabefehler e = assertThrows(Eingabefehler.class, () -> einfach("100000.00", "80000.00", "50000.00",
                "-50000.01", "0.00", null));
        assertEquals("zufuehrungRuecklage", e.feld());
        assertEquals("Die Entnahme aus der Ertragsschwankungsrücklage (50.000,01 €) ist höher als ihr Stand zu "
                + "Beginn des Jahres (50.000,00 €).", e.getMessage());
    }

    @Test
    void verwendung_exceeding_the_result_warns_with_the_fehlbetrag() {
        // § 12 Abs. 5 WVO: 250,000.00 − 180,000.00 − 40,000.00 − 40,000.00 = −10,000.00
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("250000.00", "180000.00", "0.00", "40000.00",
                "40000.00", null));
        assertEquals(d("0.00"), r.nichtVerwendet());
        assertEquals(d("10000.00"), r.fehlbetrag());
        Pruefung p = r.pruefung(Code.VERWENDUNG_UEBERSTEIGT_ERGEBNIS);
        assertFalse(p.ok());
        assertEquals("Die Verwendung übersteigt das verfügbare Arbeitsergebnis (250.000,00 €) um 10.000,00 €: "
                + "Arbeitsergebnis 250.000,00 €, verwendet 260.000,00 € (Arbeitsentgelte 180.000,00 €, Zuführung zur "
                + "Rücklage 40.000,00 €, Investitionen 40.000,00 €). Bitte die Verwendung kürzen oder eine Entnahme "
                + "aus der Ertragsschwankungsrücklage vorsehen (§ 12 Abs. 5 WVO).", p.meldung());
    }

    @Test
    void verwendung_exactly_the_result_plus_entnahme_is_fine() {
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("100000.00", "110000.00", "10000.00",
                "-10000.00", "0.00", null));
        assertEquals(d("0.00"), r.nichtVerwendet());
        assertEquals(d("0.00"), r.fehlbetrag());
        assertTrue(r.pruefung(Code.VERWENDUNG_UEBERSTEIGT_ERGEBNIS).ok());
        Arbeitsergebnisrechnung einCentZuViel = Arbeitsergebnis.berechne(einfach("100000.00", "110000.01",
                "10000.00", "-10000.00", "0.00", null));
        assertEquals(d("0.01"), einCentZuViel.fehlbetrag());
        assertFalse(einCentZuViel.pruefung(Code.VERWENDUNG_UEBERSTEIGT_ERGEBNIS).ok());
    }

    @ParameterizedTest(name = "§ 12 Abs. 5 Nr. 1 WVO: 70 % of {0} = {1} (HALF_UP to the cent)")
    @CsvSource({
            "1000.01, 700.01", // 700.007
            "0.05, 0.04", // 0.035
            "0.15, 0.11", // 0.105
            "333.33, 233.33", // 233.331
            "1.00, 0.70"})
    void mindestbetrag_rounding(String ergebnis, String mindestbetrag) {
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach(ergebnis, "0.00", "0.00", "0.00", "0.00", null));
        assertEquals(d(mindestbetrag), r.mindestbetragEntgelte());
    }

    @Test
    void rounding_the_mindestbetrag_up_makes_the_exact_70_percent_not_enough() {
        // 70 % of 1,000.01 = 700.007 → 700.01; 700.00 is below it; the share 69.9993 % shows as 70.00 %
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("1000.01", "700.00", "0.00", "0.00", "0.00",
                null));
        assertEquals(d("70.00"), r.anteilEntgelte());
        assertFalse(r.pruefung(Code.ENTGELTQUOTE).ok());
        assertTrue(Arbeitsergebnis.berechne(einfach("1000.01", "700.01", "0.00", "0.00", "0.00", null))
                .pruefung(Code.ENTGELTQUOTE).ok());
    }

    @Test
    void anteil_rounds_half_up_to_two_decimals() {
        // 2 ÷ 3 = 66.666…% → 66.67; 1 ÷ 8 = 12.5 % → 12.50
        assertEquals(d("66.67"), Arbeitsergebnis.berechne(einfach("3.00", "2.00", "0.00", "0.00", "0.00", "x"))
                .anteilEntgelte());
        assertEquals(d("12.50"), Arbeitsergebnis.berechne(einfach("8.00", "1.00", "0.00", "0.00", "0.00", "x"))
                .anteilEntgelte());
    }

    @Test
    void the_cap_is_six_twelfths_of_the_year_rounded_once() {
        // § 12 Abs. 5 Nr. 2 WVO: 10,000.01 × 6 ÷ 12 = 5,000.005 → 5,000.01 (not 6 × 833.33 = 4,999.98);
        // the average month is shown rounded: 833.33
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(einfach("20000.00", "10000.01", "0.00", "0.00", "0.00",
                null));
        assertEquals(d("833.33"), r.entgelteMonatsdurchschnitt());
        assertEquals(d("5000.01"), r.ruecklageHoechstbetrag());
    }

    @Test
    void the_year_total_is_the_sum_of_the_months_and_months_without_wages_count() {
        // a workshop opened in July: six months of 10,000.00 → 60,000.00, average 5,000.00, cap 30,000.00
        List<BigDecimal> monate = new java.util.ArrayList<>(Collections.nCopies(6, d("0.00")));
        monate.addAll(Collections.nCopies(6, d("10000.00")));
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(new Arbeitsergebnis.Eingabe(2025,
                Map.of(Position.I_1, d("100000.00")), monate, d("60000.00"), null, null, null, null, null));
        assertEquals(d("60000.00"), r.entgelte());
        assertEquals(d("5000.00"), r.entgelteMonatsdurchschnitt());
        assertEquals(d("30000.00"), r.ruecklageHoechstbetrag());
    }

    @Test
    void months_and_year_that_disagree_are_refused() {
        Eingabefehler e = assertThrows(Eingabefehler.class, () -> new Arbeitsergebnis.Eingabe(2025, Map.of(),
                monate("100.00"), d("1200.01"), null, null, null, null, null));
        assertEquals("entgelteJahr", e.feld());
        assertEquals("Die Arbeitsentgelte des Jahres (1.200,01 €) stimmen nicht mit der Summe der Monate (1.200,00 €) "
                + "überein: bitte nur eines angeben oder korrigieren.", e.getMessage());
    }

    @Test
    void eleven_months_are_refused() {
        Eingabefehler e = assertThrows(Eingabefehler.class, () -> new Arbeitsergebnis.Eingabe(2025, Map.of(),
                Collections.nCopies(11, d("100.00")), null, null, null, null, null, null));
        assertEquals("entgelteMonatlich", e.feld());
        assertEquals("Bitte die Arbeitsentgelte aller 12 Monate angeben (0,00 für Monate ohne Entgelt), nicht 11.",
                e.getMessage());
    }

    @Test
    void missing_wages_are_refused() {
        Eingabefehler e = assertThrows(Eingabefehler.class, () -> new Arbeitsergebnis.Eingabe(2025, Map.of(), null,
                null, null, null, null, null, null));
        assertEquals("entgelteMonatlich", e.feld());
        assertTrue(e.getMessage().startsWith("Bitte die im Jahr gezahlten Arbeitsentgelte angeben"), e.getMessage());
    }

    @Test
    void negative_amounts_are_refused_where_not_allowed() {
        Eingabefehler kosten = assertThrows(Eingabefehler.class, () -> new Arbeitsergebnis.Eingabe(2025,
                Map.of(Position.II_2, d("-1.00")), null, d("0.00"), null, null, null, null, null));
        assertEquals("II.2", kosten.feld());
        assertEquals("Der Betrag der Position II.2 („Personalaufwand zur Erfüllung der unternehmensüblichen "
                + "wirtschaftlichen Betätigung“) darf nicht negativ sein (−1,00 €).", kosten.getMessage());
        Eingabefehler monat = assertThrows(Eingabefehler.class, () -> new Arbeitsergebnis.Eingabe(2025, Map.of(),
                List.of(d("1"), d("1"), d("-1"), d("1"), d("1"), d("1"), d("1"), d("1"), d("1"), d("1"), d("1"),
                        d("1")), null, null, null, null, null, null));
        assertEquals("Der Betrag der Arbeitsentgelte des Monats 3 darf nicht negativ sein (−1,00 €).",
                monat.getMessage());
        assertEquals("investitionen", assertThrows(Eingabefehler.class, () -> einfach("1.00", "0.00", "0.00", "0.00",
                "-0.01", null)).feld());
        assertEquals("ruecklageAnfang", assertThrows(Eingabefehler.class, () -> einfach("1.00", "0.00", "-0.01",
                "0.00", "0.00", null)).feld());
        assertEquals("entgelteJahr", assertThrows(Eingabefehler.class, () -> einfach("1.00", "-0.01", "0.00",
                "0.00", "0.00", null)).feld());
        assertEquals("verguetungsKosten", assertThrows(Eingabefehler.class, () -> new Arbeitsergebnis.Eingabe(2025,
                Map.of(), null, d("0.00"), null, null, null, null, d("-1.00"))).feld());
    }

    @Test
    void fractions_of_a_cent_are_refused() {
        Eingabefehler e = assertThrows(Eingabefehler.class, () -> einfach("100.005", "0.00", "0.00", "0.00", "0.00",
                null));
        assertEquals("I.1", e.feld());
        assertTrue(e.getMessage().endsWith("muss auf volle Cent lauten, nicht 100.005."), e.getMessage());
        // trailing zeros are not fractions of a cent
        assertEquals(d("100.00"), Arbeitsergebnis.berechne(einfach("100.0000", "0.00", "0.00", "0.00", "0.00", null))
                .arbeitsergebnis());
    }

    @Test
    void verwendung_positions_are_not_amounts_of_the_statement() {
        // § 12 Abs. 4 Satz 3 WVO: the Arbeitsentgelte are no costs; they come in as wages, not as a position
        Eingabefehler e = assertThrows(Eingabefehler.class, () -> new Arbeitsergebnis.Eingabe(2025,
                Map.of(Position.IV_1, d("100.00")), null, d("0.00"), null, null, null, null, null));
        assertEquals("IV.1", e.feld());
    }

    @Test
    void the_year_must_be_plausible() {
        Eingabefehler e = assertThrows(Eingabefehler.class, () -> new Arbeitsergebnis.Eingabe(1979, Map.of(), null,
                d("0.00"), null, null, null, null, null));
        assertEquals("jahr", e.feld());
        assertEquals("Das Geschäftsjahr 1979 ist ungültig (erlaubt: 1980 bis 2100).", e.getMessage());
    }

    @Test
    void verguetungsergebnis_loss_warns_and_cites_58_4() {
        // § 58 Abs. 4 SGB IX: Vergütungen 1,000,000.00 − (II.1 900,000.00 + II.3 150,000.00) = −50,000.00
        Map<Position, BigDecimal> m = Map.of(Position.I_1, d("500000.00"), Position.I_3, d("1000000.00"),
                Position.II_1, d("900000.00"), Position.II_3, d("150000.00"), Position.II_4, d("200000.00"));
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(new Arbeitsergebnis.Eingabe(2025, m, null,
                d("175000.00"), null, null, null, null, null));
        assertEquals(d("250000.00"), r.arbeitsergebnis());
        assertEquals(d("-50000.00"), r.verguetungsergebnis());
        Pruefung p = r.pruefung(Code.VERGUETUNGSERGEBNIS);
        assertFalse(p.ok());
        assertEquals("Verlust durch die Vergütungen (§ 58 Abs. 4 SGB IX): 50.000,00 €; Vergütungen der "
                + "Rehabilitationsträger (I.3) 1.000.000,00 € abzüglich der durch sie zu deckenden Kosten "
                + "1.050.000,00 € (II.1 + II.3, fachliche und werkstattspezifische Kosten). Das Arbeitsergebnis darf "
                + "nicht zur Minderung der Vergütungen verwendet werden (§ 58 Abs. 4 Satz 3 SGB IX).", p.meldung());
    }

    @Test
    void verguetungsergebnis_with_separately_determined_costs() {
        // the Einrichtung's cost-centre accounting says the Vergütungen are to cover 1,200,000.00 exactly
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(new Arbeitsergebnis.Eingabe(2025, normaljahr(), null,
                d("180000.00"), null, null, null, null, d("1200000.00")));
        assertTrue(r.verguetungsKostenGesondert());
        assertEquals(d("1200000.00"), r.verguetungsKosten());
        assertEquals(d("0.00"), r.verguetungsergebnis());
        Pruefung p = r.pruefung(Code.VERGUETUNGSERGEBNIS);
        assertTrue(p.ok());
        assertEquals("Die Vergütungen ergeben weder Gewinn noch Verlust (§ 58 Abs. 4 SGB IX): Vergütungen der "
                + "Rehabilitationsträger (I.3) 1.200.000,00 € abzüglich der durch sie zu deckenden Kosten "
                + "1.200.000,00 € (gesondert ermittelt).", p.meldung());
        // the Arbeitsergebnis itself does not depend on this presentation
        assertEquals(d("250000.00"), r.arbeitsergebnis());
    }

    @Test
    void missing_positions_count_zero_and_the_input_is_copied() {
        Map<Position, BigDecimal> m = new EnumMap<>(Position.class);
        m.put(Position.I_1, d("10.00"));
        Arbeitsergebnis.Eingabe e = new Arbeitsergebnis.Eingabe(2025, m, null, d("7.00"), null, null, null, null,
                null);
        m.put(Position.I_1, d("99.00"));
        Arbeitsergebnisrechnung r = Arbeitsergebnis.berechne(e);
        assertEquals(d("10.00"), r.arbeitsergebnis());
        assertEquals(d("0.00"), r.betrag(Position.II_4));
        assertEquals(d("0.00"), r.ruecklageAnfang());
        assertThrows(UnsupportedOperationException.class, () -> r.positionen().put(Position.I_1, d("1.00")));
    }
}
