package de.werkerp.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Worked examples of the fee of one period (§§ 123, 125 SGB IX; seed 003 chapter 6.1: daily rate for 250 days incl.
 * up to 60 financed absence days; seed 004 section 4.4: ≤ 26 h per week reduces the fee). All figures hand-checked.
 */
class LeistungsentgeltTest {

    private static final BigDecimal TAGESSATZ = new BigDecimal("85.40");

    private static Verguetungsregel tagessatz() {
        return new Verguetungsregel(Satzart.TAGESSATZ, TAGESSATZ, new BigDecimal("26"), new BigDecimal("25"), 60);
    }

    private static Leistungsentgelt.Zeitraum maerz(int anwesend, int fehltage, int bisher, String wochenstunden) {
        return new Leistungsentgelt.Zeitraum(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), anwesend, fehltage,
                bisher, 21, new BigDecimal(wochenstunden), null);
    }

    /** Seed 003 ch. 6.1: the Tagessatz is paid per cost day: 19 attendance days + 2 financed absence days = 21 days. */
    @Test
    void tagessatz_per_cost_day() {
        Leistungsentgelt.Posten p = Leistungsentgelt.berechne(tagessatz(), maerz(19, 2, 10, "35"));
        assertEquals(new BigDecimal("21.0000"), p.menge());
        assertEquals(new BigDecimal("85.40"), p.einzelpreis());
        assertEquals(new BigDecimal("1793.40"), p.betrag()); // 21 × 85,40
        assertEquals(2, p.fehltageFinanziert());
        assertEquals(0, p.fehltageNichtFinanziert());
        assertEquals(12, p.fehltageVerbraucht());
    }

    /** Seed 004 section 4.4: 26 h per week "und weniger" reduces the fee; 26 h reduces, 26.5 h does not. */
    @Test
    void part_time_of_26_hours_or_less_reduces_the_rate() {
        Leistungsentgelt.Posten p = Leistungsentgelt.berechne(tagessatz(), maerz(20, 0, 0, "26"));
        assertEquals(new BigDecimal("64.05"), p.einzelpreis()); // 85,40 × 75 % = 64,05
        assertEquals(new BigDecimal("1281.00"), p.betrag());   // 20 × 64,05
        assertTrue(p.hinweise().get(0).contains("gekürzt"), p.hinweise().toString());
        Leistungsentgelt.Posten voll = Leistungsentgelt.berechne(tagessatz(), maerz(20, 0, 0, "26.5"));
        assertEquals(new BigDecimal("85.40"), voll.einzelpreis());
        assertEquals(new BigDecimal("1708.00"), voll.betrag());
        // without a part-time rule in the agreement nothing is reduced
        Verguetungsregel ohne = new Verguetungsregel(Satzart.TAGESSATZ, TAGESSATZ, null, null, 60);
        assertEquals(new BigDecimal("85.40"), Leistungsentgelt.berechne(ohne, maerz(20, 0, 0, "17.5")).einzelpreis());
    }

    /** Seed 003 ch. 6.1: beyond 60 absence days a year the days are not billed (55 used + 8 → 5 billed, 3 not). */
    @Test
    void absence_days_beyond_the_allowance_are_not_billed() {
        Leistungsentgelt.Posten p = Leistungsentgelt.berechne(tagessatz(), maerz(13, 8, 55, "35"));
        assertEquals(new BigDecimal("18.0000"), p.menge()); // 13 + 5
        assertEquals(new BigDecimal("1537.20"), p.betrag()); // 18 × 85,40
        assertEquals(5, p.fehltageFinanziert());
        assertEquals(3, p.fehltageNichtFinanziert());
        assertTrue(p.hinweise().stream().anyMatch(h -> h.contains("3 Fehltag(e) über dem Kontingent von 60")));
    }

    /** Monatspauschale 1.850,00 €: a contract from 16 March is 16/31 of the month (pro rata by calendar days). */
    @Test
    void monatspauschale_pro_rata_for_a_partial_month() {
        Verguetungsregel regel = new Verguetungsregel(Satzart.MONATSPAUSCHALE, new BigDecimal("1850.00"), null, null,
                60);
        Leistungsentgelt.Posten voll = Leistungsentgelt.berechne(regel, maerz(21, 0, 0, "35"));
        assertEquals(new BigDecimal("1.0000"), voll.menge());
        assertEquals(new BigDecimal("1850.00"), voll.betrag());
        Leistungsentgelt.Posten teil = Leistungsentgelt.berechne(regel, new Leistungsentgelt.Zeitraum(
                LocalDate.of(2025, 3, 16), LocalDate.of(2025, 3, 31), 12, 0, 0, 21, new BigDecimal("35"), null));
        assertEquals(new BigDecimal("0.5161"), teil.menge());   // 16 / 31 = 0,516129…
        assertEquals(new BigDecimal("954.79"), teil.betrag());  // 0,5161 × 1.850,00 = 954,785 → 954,79
    }

    /** Monatspauschale: 2 absence days beyond the allowance cost 2 of 21 working days of the month. */
    @Test
    void monatspauschale_minus_absence_days_beyond_the_allowance() {
        Verguetungsregel regel = new Verguetungsregel(Satzart.MONATSPAUSCHALE, new BigDecimal("1850.00"), null, null,
                60);
        Leistungsentgelt.Posten p = Leistungsentgelt.berechne(regel, maerz(16, 5, 57, "35"));
        assertEquals(2, p.fehltageNichtFinanziert());
        assertEquals(new BigDecimal("0.9048"), p.menge());  // 1 − 2/21 = 0,904761…
        assertEquals(new BigDecimal("1673.88"), p.betrag()); // 0,9048 × 1.850 = 1.673,88
    }

    /** Fachleistungsstunde (e.g. Jobcoaching): recorded hours × rate; no part-time or absence rule. */
    @Test
    void fachleistungsstunde_hours_times_rate() {
        Verguetungsregel regel = new Verguetungsregel(Satzart.FACHLEISTUNGSSTUNDE, new BigDecimal("62.50"),
                new BigDecimal("26"), new BigDecimal("25"), null);
        Leistungsentgelt.Posten p = Leistungsentgelt.berechne(regel, new Leistungsentgelt.Zeitraum(
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), 0, 0, 0, 21, new BigDecimal("20"),
                new BigDecimal("7.5")));
        assertEquals(new BigDecimal("62.50"), p.einzelpreis());
        assertEquals(new BigDecimal("468.75"), p.betrag()); // 7,5 × 62,50
    }

    @Test
    void a_period_spans_one_month_only() {
        assertThrows(IllegalArgumentException.class, () -> new Leistungsentgelt.Zeitraum(LocalDate.of(2025, 3, 20),
                LocalDate.of(2025, 4, 2), 1, 0, 0, 21, BigDecimal.TEN, null));
        assertThrows(IllegalArgumentException.class, () -> new Verguetungsregel(Satzart.TAGESSATZ, TAGESSATZ,
                new BigDecimal("26"), null, 60));
    }
}
