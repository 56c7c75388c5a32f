package de.werkerp.start.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.werkerp.contract.control.Bewilligungsluecken;
import de.werkerp.contract.control.Regelaltersgrenze;

/** The lead times of the start pages' warnings, with worked examples. */
class VorwarnfristenTest {

    private static final LocalDate HEUTE = LocalDate.of(2026, 2, 1);

    @Test
    void regelaltersgrenze_within_six_months_by_section_235_sgb_vi() {
        // born 15.03.1960: 66 years 4 months (§ 235 Abs. 2 SGB VI), reached 14.07.2026 (rules.md § 6): within six
        // months of 01.02.2026; the measure ends 31.07.2026 (§ 58 Abs. 1 Satz 3 SGB IX)
        Regelaltersgrenze.Result r = Vorwarnfristen.regelaltersgrenzeBald(LocalDate.of(1960, 3, 15), HEUTE).orElseThrow();
        assertEquals(LocalDate.of(2026, 7, 14), r.erreicht());
        assertEquals(LocalDate.of(2026, 7, 31), r.massnahmeEndet());
        // born 01.09.1960: reached 31.12.2026, more than six months ahead
        assertTrue(Vorwarnfristen.regelaltersgrenzeBald(LocalDate.of(1960, 9, 1), HEUTE).isEmpty());
        // born 02.01.1964: 67 years (§ 35 Satz 2 SGB VI), reached 01.01.2031
        assertTrue(Vorwarnfristen.regelaltersgrenzeBald(LocalDate.of(1964, 1, 2), HEUTE).isEmpty());
        // born 1958: 66 years, reached in 2024 and still in a contract: listed, the end is overdue
        assertTrue(Vorwarnfristen.regelaltersgrenzeBald(LocalDate.of(1958, 5, 10), HEUTE).isPresent());
        assertTrue(Vorwarnfristen.regelaltersgrenzeBald(null, HEUTE).isEmpty());
    }

    @Test
    void the_query_bound_never_leaves_out_a_person_the_rule_lists() {
        LocalDate bound = Vorwarnfristen.spaetestesGeburtsdatum(HEUTE);
        for (LocalDate geb = LocalDate.of(1940, 1, 1); geb.isBefore(LocalDate.of(1970, 1, 1)); geb = geb.plusDays(1)) {
            if (Vorwarnfristen.regelaltersgrenzeBald(geb, HEUTE).isPresent()) {
                assertFalse(geb.isAfter(bound), "born " + geb);
            }
        }
    }

    @Test
    void a_goal_is_evaluated_from_thirty_days_before_its_due_day() {
        LocalDate faellig = LocalDate.of(2026, 3, 1);
        // due in 28 days, never evaluated: to evaluate
        assertTrue(Vorwarnfristen.zielZuBewerten(faellig, null, HEUTE));
        // due in 28 days, evaluated on 05.02.2025 (a year ago): to evaluate
        assertTrue(Vorwarnfristen.zielZuBewerten(faellig, LocalDate.of(2025, 2, 5), HEUTE));
        // evaluated on 30.01.2026, within 30 days before the due day: done
        assertFalse(Vorwarnfristen.zielZuBewerten(faellig, LocalDate.of(2026, 1, 30), HEUTE));
        // due in 59 days: not yet; no due day: never
        assertFalse(Vorwarnfristen.zielZuBewerten(LocalDate.of(2026, 4, 1), null, HEUTE));
        assertFalse(Vorwarnfristen.zielZuBewerten(null, null, HEUTE));
        // overdue and never evaluated
        assertTrue(Vorwarnfristen.zielZuBewerten(LocalDate.of(2025, 12, 1), null, HEUTE));
    }

    @Test
    void approvals_are_warned_sixty_days_ahead_unless_a_follow_up_exists() {
        // Arbeitsbereich approval (§ 58 SGB IX) ending 01.04.2026: 59 days after 01.02.2026, warned
        var endet = new Bewilligungsluecken.Bewilligung("AZ 1", "AB", LocalDate.of(2024, 4, 2), LocalDate.of(2026, 4, 1));
        assertEquals(1, new Bewilligungsluecken(List.of(endet))
                .ohneAnschlussInnerhalb(HEUTE, Vorwarnfristen.BEWILLIGUNG_TAGE).size());
        // ending 03.04.2026: 61 days, not yet
        var spaeter = new Bewilligungsluecken.Bewilligung("AZ 2", "AB", LocalDate.of(2024, 4, 4), LocalDate.of(2026, 4, 3));
        assertTrue(new Bewilligungsluecken(List.of(spaeter))
                .ohneAnschlussInnerhalb(HEUTE, Vorwarnfristen.BEWILLIGUNG_TAGE).isEmpty());
        // a follow-up from 02.04.2026 exists: nothing to do
        var folge = new Bewilligungsluecken.Bewilligung("AZ 3", "AB", LocalDate.of(2026, 4, 2), LocalDate.of(2028, 4, 1));
        assertTrue(new Bewilligungsluecken(List.of(endet, folge))
                .ohneAnschlussInnerhalb(HEUTE, Vorwarnfristen.BEWILLIGUNG_TAGE).isEmpty());
    }
}
