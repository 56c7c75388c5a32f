package de.werkerp.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Seed 003 chapter 6.1: up to 60 absence days a year are financed as cost days; the allowance runs per calendar year. */
class FehltagekontingentTest {

    @Test
    void within_and_beyond_the_allowance() {
        assertEquals(new Fehltagekontingent.Anrechnung(4, 0, 14), Fehltagekontingent.anrechnen(60, 10, 4));
        assertEquals(new Fehltagekontingent.Anrechnung(2, 3, 63), Fehltagekontingent.anrechnen(60, 58, 5));
        assertEquals(new Fehltagekontingent.Anrechnung(0, 6, 76), Fehltagekontingent.anrechnen(60, 70, 6));
        // no allowance agreed: no absence day is billed
        assertEquals(new Fehltagekontingent.Anrechnung(0, 3, 3), Fehltagekontingent.anrechnen(null, 0, 3));
    }

    /**
     * Across the year boundary: 57 absence days by the end of November, 6 in December → 3 financed, 3 not; in January
     * the allowance starts again (0 counted before) → all 6 financed. Daily rate 85,40 €.
     */
    @Test
    void the_allowance_starts_again_on_1_january() {
        Verguetungsregel regel = new Verguetungsregel(Satzart.TAGESSATZ, new BigDecimal("85.40"), null, null, 60);
        Leistungsentgelt.Posten dezember = Leistungsentgelt.berechne(regel, new Leistungsentgelt.Zeitraum(
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), 14, 6, 57, 20, new BigDecimal("35"), null));
        assertEquals(3, dezember.fehltageFinanziert());
        assertEquals(3, dezember.fehltageNichtFinanziert());
        assertEquals(new BigDecimal("1451.80"), dezember.betrag()); // (14 + 3) × 85,40
        Leistungsentgelt.Posten januar = Leistungsentgelt.berechne(regel, new Leistungsentgelt.Zeitraum(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 14, 6, 0, 20, new BigDecimal("35"), null));
        assertEquals(6, januar.fehltageFinanziert());
        assertEquals(0, januar.fehltageNichtFinanziert());
        assertEquals(new BigDecimal("1708.00"), januar.betrag()); // (14 + 6) × 85,40
    }

    /** Day codes of the attendance grid: A and U are cost days, K, O, S, F absence days, '-' nothing. */
    @Test
    void days_of_a_period_from_the_attendance_grid() {
        String tage = "AAKK--UAAF-"; // days 1..11: 1–10 → A A U A A = 5 cost days, K K F = 3 absence days
        assertEquals(new Tageszaehlung.Tage(5, 3), Tageszaehlung.zaehle(tage, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 10)));
        assertEquals(new Tageszaehlung.Tage(2, 1), Tageszaehlung.zaehle(tage, LocalDate.of(2025, 3, 8),
                LocalDate.of(2025, 3, 11)));
    }
}
