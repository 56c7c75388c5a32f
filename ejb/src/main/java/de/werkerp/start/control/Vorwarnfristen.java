package de.werkerp.start.control;

import java.time.LocalDate;
import java.util.Optional;

import de.werkerp.contract.control.Regelaltersgrenze;

/**
 * The lead times of the start pages' warnings (issue 17): what a role must act on soon. Plain Java; the boundary
 * narrows its queries with the bounds below and asks these rules for the exact answer.
 *
 * <ul>
 * <li><b>Approval ends within {@value #BEWILLIGUNG_TAGE} days</b> without a follow-up (payroll): the services in the
 * Arbeitsbereich are paid on the Leistungsträger's approval from the Gesamtplanverfahren (§§ 117–121 SGB IX, § 58
 * SGB IX), as a rule for two years (rules.md § 7); without a new one the month cannot be billed. The follow-up test is
 * {@code contract.control.Bewilligungsluecken#ohneAnschlussInnerhalb} with this window (the person list keeps its
 * own 90 days).</li>
 * <li><b>Regelaltersgrenze within {@value #REGELALTERSGRENZE_MONATE} months</b> (payroll): the age of §§ 35, 235
 * Abs. 2 SGB VI, reached as {@link Regelaltersgrenze} computes it (§§ 187, 188 BGB); the services should end with that
 * month (§ 58 Abs. 1 Satz 3 SGB IX), so pay, social insurance and the pension application need preparing. A person
 * past the age with a running contract is listed too.</li>
 * <li><b>Goal to evaluate</b> (social service): a Teilhabeziel due within {@value #ZIEL_TAGE} days or overdue and not
 * evaluated since {@value #ZIEL_TAGE} days before its due day; the review of the goals is part of the Teilhabeplan
 * and the Gesamtplan (§ 19 Abs. 2 Nr. 4 and 5 SGB IX, § 121 Abs. 2 SGB IX: "regelmäßig überprüft und
 * fortgeschrieben"). Reports due within 90 days use {@code participation.control.Teilhabeberichtsfaelligkeit}.</li>
 * </ul>
 * The windows are the choice of lead time, not periods of the law.
 */
public final class Vorwarnfristen {

    /** Days before an approval's last day from which payroll is warned. */
    public static final int BEWILLIGUNG_TAGE = 60;
    /** Months before the Regelaltersgrenze from which payroll is warned. */
    public static final int REGELALTERSGRENZE_MONATE = 6;
    /** Days before a goal's due day from which the social service is asked to evaluate it. */
    public static final int ZIEL_TAGE = 30;
    /** The youngest Regelaltersgrenze: 65 years (born before 1947, § 235 Abs. 2 Satz 1 SGB VI). */
    static final int JUENGSTE_ALTERSGRENZE_JAHRE = 65;

    private Vorwarnfristen() {
    }

    /**
     * The latest birth date of a person who can reach the Regelaltersgrenze by {@code heute} +
     * {@value #REGELALTERSGRENZE_MONATE} months (a month of margin for the day rules): the query bound; the exact test
     * is {@link #regelaltersgrenzeBald}.
     */
    public static LocalDate spaetestesGeburtsdatum(LocalDate heute) {
        return heute.plusMonths(REGELALTERSGRENZE_MONATE + 1L).minusYears(JUENGSTE_ALTERSGRENZE_JAHRE);
    }

    /**
     * The day the Regelaltersgrenze is reached if that is no later than {@code heute} + {@value
     * #REGELALTERSGRENZE_MONATE} months (also if it has passed); empty otherwise or for an implausible birth date.
     */
    public static Optional<Regelaltersgrenze.Result> regelaltersgrenzeBald(LocalDate geburtsdatum, LocalDate heute) {
        Regelaltersgrenze.Result r;
        try {
            r = Regelaltersgrenze.fuer(geburtsdatum, heute);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return r.erreicht().isAfter(heute.plusMonths(REGELALTERSGRENZE_MONATE)) ? Optional.empty() : Optional.of(r);
    }

    /**
     * Whether a goal is to be evaluated on {@code heute}.
     *
     * @param faelligAm       the goal's due day, {@code null}: no due day, never
     * @param letzteBewertung the day of its latest evaluation, or {@code null}
     */
    public static boolean zielZuBewerten(LocalDate faelligAm, LocalDate letzteBewertung, LocalDate heute) {
        if (faelligAm == null || faelligAm.isAfter(heute.plusDays(ZIEL_TAGE))) {
            return false;
        }
        return letzteBewertung == null || letzteBewertung.isBefore(faelligAm.minusDays(ZIEL_TAGE));
    }
}
