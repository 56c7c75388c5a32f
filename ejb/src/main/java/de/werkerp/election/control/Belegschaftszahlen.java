package de.werkerp.election.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Voters and women voters of an Einrichtung from the contract periods in the Arbeitsbereich (§ 10 WMVO, § 222 Abs. 3
 * SGB IX: the persons of § 221 Abs. 1 SGB IX, i.e. the workers with a Werkstattvertrag in the Arbeitsbereich; staff
 * are not in the contract data and EV/BBB periods are not passed in). A person counts on a day if one of their
 * Arbeitsbereich periods covers that day; several periods of one person count once.
 *
 * <p><b>Usual headcount ("in der Regel", § 3 Abs. 1 WMVO)</b>: the WMVO does not define it. Our rule, following the
 * meaning the courts give to the same words in § 9 BetrVG (the headcount that is normal for the establishment, found
 * by looking back over a representative period, not the count on one day): the arithmetic mean of the counts on the
 * last days of the 12 complete calendar months before the reference day, rounded half up to a whole person. The
 * count on the reference day is shown beside it. The Wahlvorstand decides the figure (§ 3 WMVO is its decision);
 * this is the suggestion the software gives.
 */
public final class Belegschaftszahlen {

    /** One period in the Arbeitsbereich of one person ({@code bis == null}: open). */
    public record Abschnitt(long personId, boolean frau, LocalDate von, LocalDate bis) {
        public Abschnitt {
            Objects.requireNonNull(von, "von");
        }

        boolean umfasst(LocalDate tag) {
            return !tag.isBefore(von) && (bis == null || !tag.isAfter(bis));
        }
    }

    /** Count on one day. */
    public record Stand(LocalDate tag, int wahlberechtigte, int frauen) {
    }

    /** Current and usual counts with the 12 month-end counts they were computed from. */
    public record Zahlen(Stand aktuell, int regelWahlberechtigte, int regelFrauen, List<Stand> monatsenden) {
    }

    private Belegschaftszahlen() {
    }

    /** Voters and women voters on {@code tag}. */
    public static Stand am(List<Abschnitt> abschnitte, LocalDate tag) {
        Set<Long> alle = new HashSet<>();
        Set<Long> frauen = new HashSet<>();
        for (Abschnitt a : abschnitte) {
            if (a.umfasst(tag)) {
                alle.add(a.personId());
                if (a.frau()) {
                    frauen.add(a.personId());
                }
            }
        }
        return new Stand(tag, alle.size(), frauen.size());
    }

    /** The counts on {@code stichtag} and the usual counts over the 12 complete months before it. */
    public static Zahlen fuer(List<Abschnitt> abschnitte, LocalDate stichtag) {
        Objects.requireNonNull(stichtag, "stichtag");
        List<Stand> enden = new ArrayList<>();
        YearMonth monat = YearMonth.from(stichtag).minusMonths(12);
        int summe = 0;
        int summeFrauen = 0;
        for (int i = 0; i < 12; i++, monat = monat.plusMonths(1)) {
            Stand s = am(abschnitte, monat.atEndOfMonth());
            enden.add(s);
            summe += s.wahlberechtigte();
            summeFrauen += s.frauen();
        }
        return new Zahlen(am(abschnitte, stichtag), mittel(summe), mittel(summeFrauen), List.copyOf(enden));
    }

    private static int mittel(int summe) {
        return BigDecimal.valueOf(summe).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
