package de.werkerp.wage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * § 221 Abs. 2 SGB IX: the Steigerungsbetrag follows the person's performance; the kernel takes the assessment
 * that applies on the first day of the contract in the month.
 */
class LeistungsbeurteilungTest {

    private static Leistungsbeurteilung beurteilung(String am, String ab, String punkte) {
        return new Leistungsbeurteilung(LocalDate.parse(am), LocalDate.parse(ab), "Gruppenleitung Weber",
                new Bewertung.Punkte(new BigDecimal(punkte)));
    }

    private final List<Leistungsbeurteilung> beurteilungen = List.of(
            beurteilung("2024-03-20", "2024-04-01", "10"),
            beurteilung("2025-03-10", "2025-03-15", "12"),
            beurteilung("2025-04-20", "2025-05-01", "13"),
            beurteilung("2025-04-25", "2025-05-01", "14")); // corrected the same day's assessment

    private BigDecimal punkte(Vertragsmonat vm) {
        return ((Bewertung.Punkte) Leistungsbeurteilung.massgeblich(beurteilungen, vm).orElseThrow().bewertung())
                .punkte();
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX: the assessment valid on the 1st applies; one valid from the 15th counts from the next month")
    void p221_abs2_assessment_valid_in_the_month() {
        assertEquals(new BigDecimal("10"), punkte(Vertragsmonat.ganz(YearMonth.of(2025, 3))));
        assertEquals(new BigDecimal("12"), punkte(Vertragsmonat.ganz(YearMonth.of(2025, 4))));
        // the later one of two with the same start wins
        assertEquals(new BigDecimal("14"), punkte(Vertragsmonat.ganz(YearMonth.of(2025, 5))));
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX: on entry in the middle of the month, the assessment valid on the day of entry applies")
    void p221_abs2_assessment_on_entry() {
        assertEquals(new BigDecimal("12"), punkte(Vertragsmonat.von(YearMonth.of(2025, 3), LocalDate.of(2025, 3, 16),
                null)));
        assertTrue(Leistungsbeurteilung.massgeblich(beurteilungen, Vertragsmonat.ganz(YearMonth.of(2024, 3)))
                .isEmpty());
    }

    @Test
    void an_assessment_names_its_assessor() {
        assertEquals("Bitte angeben, wer die Leistungsbeurteilung vorgenommen hat.", assertThrows(
                IllegalArgumentException.class, () -> new Leistungsbeurteilung(LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 3, 1), " ", new Bewertung.Punkte(BigDecimal.ONE))).getMessage());
    }
}
