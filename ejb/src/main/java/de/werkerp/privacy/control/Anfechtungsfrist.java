package de.werkerp.privacy.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * When the candidates' photos of an election are deleted: the day after the challenge period ends. § 27 WMVO: the
 * election may be challenged "binnen einer Frist von zwei Wochen, vom Tage der Bekanntgabe des Wahlergebnisses an
 * gerechnet" (rules.md § 5); the period ends on the same weekday two weeks after the announcement (§ 187 Abs. 1,
 * § 188 Abs. 2 BGB), on a Saturday, Sunday or public holiday the next working day (§ 193 BGB) — counted as in
 * {@code election.control.Wahlfristen}. The announcement day is the day the Wahlvorstand determined the result
 * ({@code ergebnisFestgestelltAm}; the result is posted that day, § 25). A cancelled election has no result to
 * challenge: its photos go at once. The photos served the ballots and the candidates' notice (§ 20 WMVO) only.
 * A challenge filed in time is not recorded in WerkERP: the Wahlvorstand keeps its own copy of what the court needs.
 */
public final class Anfechtungsfrist {

    private Anfechtungsfrist() {
    }

    /** The last day of the challenge period after the result was announced on {@code bekanntgabe}. */
    public static LocalDate ende(LocalDate bekanntgabe, Set<LocalDate> feiertage) {
        LocalDate t = bekanntgabe.plusWeeks(2);
        while (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY
                || feiertage.contains(t)) {
            t = t.plusDays(1);
        }
        return t;
    }

    /**
     * The first day the photos may (and must) be deleted, or null while the election is open.
     *
     * @param bekanntgabe day the result was announced (null while not counted)
     * @param abgesagtAm  day the election was cancelled (null if not)
     */
    public static LocalDate fotosLoeschenAb(LocalDate bekanntgabe, LocalDate abgesagtAm, Set<LocalDate> feiertage) {
        if (abgesagtAm != null) {
            return abgesagtAm;
        }
        if (bekanntgabe == null) {
            return null;
        }
        return ende(bekanntgabe, feiertage == null ? Set.of() : feiertage).plusDays(1);
    }
}
