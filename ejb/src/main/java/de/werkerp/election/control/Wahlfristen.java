package de.werkerp.election.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;

/**
 * Statutory dates of a Werkstattrat election from election day and end of the term (rules.md § 5, WMVO):
 * <ul>
 * <li>Wahlvorstand appointed at the latest 10 weeks before the term ends (§ 13 WMVO).</li>
 * <li>Election at the latest 1 week before the term ends (§ 14 WMVO): a later election day is refused.</li>
 * <li>Wahlausschreiben at the latest 6 weeks before election day (§ 18 WMVO).</li>
 * <li>Objections to the voter list (§ 17) and nominations (§ 19): within 2 weeks after the Wahlausschreiben is
 * issued. If no issue date is given, the latest permissible one is assumed.</li>
 * <li>Candidates announced at the latest 1 week before election day (§ 20 WMVO).</li>
 * <li>Result: posted for 2 weeks (§ 25), challenge within 2 weeks (§ 27), first meeting within 1 week after election
 * day (§ 32). Assumption: the result is announced on election day (counting right after the vote, § 23); with a
 * later announcement §§ 25, 27 run from that day.</li>
 * </ul>
 * Counting: a period of weeks after an event ends on the same weekday that many weeks later (§ 187 Abs. 1, § 188
 * Abs. 2 BGB); a date "X weeks before" is the same weekday X weeks earlier.
 * <p><b>Weekends and holidays:</b> a period running <i>forward</i> (§§ 17, 19, 27, 32) whose last day is a Saturday,
 * Sunday or given public holiday ends on the next working day (§ 193 BGB; the WMVO has no own rule). A date counted
 * <i>backwards</i> ("spätestens … vor", §§ 13, 14, 18, 20) is not extended by § 193 BGB — it would shorten the
 * protected period — so it moves to the preceding working day. § 25 (posting period) is a duration, not a deadline
 * for an act, and is not moved. Public holidays differ by Land and are passed in by the caller.
 */
public final class Wahlfristen {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The computed dates; all "spätestens" dates are the last permissible working day. */
    public record Fristen(LocalDate wahlvorstandSpaetestens, LocalDate wahltagSpaetestens,
            LocalDate wahlausschreibenSpaetestens, LocalDate einspruchWahlvorschlagBis,
            LocalDate bewerberBekanntmachungSpaetestens, LocalDate aushangErgebnisBis, LocalDate anfechtungBis,
            LocalDate ersteSitzungSpaetestens) {
    }

    private Wahlfristen() {
    }

    /** Like {@link #berechne(LocalDate, LocalDate, LocalDate, Set)} with the latest permissible Wahlausschreiben. */
    public static Fristen berechne(LocalDate wahltag, LocalDate amtszeitEnde, Set<LocalDate> feiertage) {
        return berechne(wahltag, amtszeitEnde, null, feiertage);
    }

    /**
     * @param wahltag               election day
     * @param amtszeitEnde          last day of the current term
     * @param erlassWahlausschreiben day the Wahlausschreiben is issued, or {@code null} for the latest permissible day
     * @param feiertage             public holidays of the Land (may be empty)
     * @throws IllegalArgumentException (German message) for missing dates, an election day later than § 14 allows
     *                                  or a Wahlausschreiben later than § 18 allows
     */
    public static Fristen berechne(LocalDate wahltag, LocalDate amtszeitEnde, LocalDate erlassWahlausschreiben,
            Set<LocalDate> feiertage) {
        if (wahltag == null || amtszeitEnde == null) {
            throw new IllegalArgumentException("Wahltag und Ende der Amtszeit müssen angegeben werden.");
        }
        Set<LocalDate> frei = feiertage == null ? Set.of() : feiertage;
        LocalDate wahltagSpaetestens = vorher(amtszeitEnde.minusWeeks(1), frei);
        if (wahltag.isAfter(wahltagSpaetestens)) {
            throw new IllegalArgumentException("Der Wahltag " + DATUM.format(wahltag) + " ist zu spät: die Wahl muss "
                    + "spätestens eine Woche vor Ende der Amtszeit stattfinden, also bis " + DATUM.format(wahltagSpaetestens)
                    + " (§ 14 WMVO).");
        }
        LocalDate ausschreibenSpaetestens = vorher(wahltag.minusWeeks(6), frei);
        LocalDate erlass = erlassWahlausschreiben == null ? ausschreibenSpaetestens : erlassWahlausschreiben;
        if (erlass.isAfter(ausschreibenSpaetestens)) {
            throw new IllegalArgumentException("Das Wahlausschreiben vom " + DATUM.format(erlass) + " ist zu spät: "
                    + "spätestens sechs Wochen vor dem Wahltag, also bis " + DATUM.format(ausschreibenSpaetestens)
                    + " (§ 18 WMVO).");
        }
        return new Fristen(vorher(amtszeitEnde.minusWeeks(10), frei), wahltagSpaetestens, ausschreibenSpaetestens,
                nachher(erlass.plusWeeks(2), frei), vorher(wahltag.minusWeeks(1), frei), wahltag.plusWeeks(2),
                nachher(wahltag.plusWeeks(2), frei), nachher(wahltag.plusWeeks(1), frei));
    }

    private static boolean werktag(LocalDate tag, Set<LocalDate> feiertage) {
        return tag.getDayOfWeek() != DayOfWeek.SATURDAY && tag.getDayOfWeek() != DayOfWeek.SUNDAY
                && !feiertage.contains(tag);
    }

    /** § 193 BGB: forward deadline ending on a weekend or holiday ends on the next working day. */
    private static LocalDate nachher(LocalDate tag, Set<LocalDate> feiertage) {
        LocalDate t = Objects.requireNonNull(tag);
        while (!werktag(t, feiertage)) {
            t = t.plusDays(1);
        }
        return t;
    }

    /** Backward deadline: no extension, the preceding working day. */
    private static LocalDate vorher(LocalDate tag, Set<LocalDate> feiertage) {
        LocalDate t = Objects.requireNonNull(tag);
        while (!werktag(t, feiertage)) {
            t = t.minusDays(1);
        }
        return t;
    }
}
