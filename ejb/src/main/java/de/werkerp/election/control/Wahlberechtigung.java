package de.werkerp.election.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Right to vote and eligibility to stand on election day (§§ 10, 11 WMVO, § 222 Abs. 3 SGB IX).
 * <ul>
 * <li>Voter: in the Arbeitsbereich on election day (§ 10 WMVO with § 221 Abs. 1 SGB IX); EV/BBB do not vote.</li>
 * <li>Eligible: a voter who on election day has been in the Werkstatt for at least six months (§ 222 Abs. 3 SGB IX,
 * § 11 WMVO); time in the Eingangsverfahren and Berufsbildungsbereich counts. We take the start of the running
 * contract (which includes its EV/BBB phases): beginning ≤ election day minus six months (§ 188 Abs. 2 BGB: six months
 * after 15.05. end on 14.11., so a person who started on 15.05. is eligible on 15.11.).</li>
 * <li>Frauenbeauftragte: only women voters vote for her and only women voters can be elected (§ 222 Abs. 5 SGB IX).</li>
 * </ul>
 */
public final class Wahlberechtigung {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Wahlberechtigung() {
    }

    /** Earliest contract start with which a person is eligible on {@code wahltag}. */
    public static LocalDate spaetesterBeginnFuerWaehlbarkeit(LocalDate wahltag) {
        return wahltag.minusMonths(6);
    }

    /** Whether a voter whose running contract began on {@code vertragsbeginn} is eligible on {@code wahltag}. */
    public static boolean waehlbar(LocalDate vertragsbeginn, LocalDate wahltag) {
        return vertragsbeginn != null && !vertragsbeginn.isAfter(spaetesterBeginnFuerWaehlbarkeit(wahltag));
    }

    /** German reason why a voter is not eligible, naming the rule. */
    public static String nichtWaehlbarGrund(String name, LocalDate vertragsbeginn, LocalDate wahltag) {
        return name + " ist nicht wählbar: am Wahltag " + DATUM.format(wahltag) + " noch keine sechs Monate in der "
                + "Werkstatt (seit " + DATUM.format(vertragsbeginn) + "; nötig: Beginn spätestens "
                + DATUM.format(spaetesterBeginnFuerWaehlbarkeit(wahltag)) + ", § 222 Abs. 3 SGB IX, § 11 WMVO).";
    }
}
