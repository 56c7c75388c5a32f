package de.werkerp.contract.control;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Regelaltersgrenze (§ 35 Satz 2, § 235 Abs. 2 SGB VI), Rentenbeginn (§ 99 Abs. 1 SGB VI) and the end of the
 * services in the Arbeitsbereich (§ 58 Abs. 1 Satz 3 SGB IX, for an aLA with § 60 Abs. 2 SGB IX).
 *
 * <p><b>The age limit by year of birth</b> (§ 235 Abs. 2 SGB VI; rules.md § 6): born before 1947: 65 years;
 * 1947–1957: 65 years and (year − 1946) months; 1958: 66; 1959: 66 y 2 m; 1960: 66 y 4 m; 1961: 66 y 6 m;
 * 1962: 66 y 8 m; 1963: 66 y 10 m; 1964 and later: 67 (§ 35 Satz 2 SGB VI). The Vertrauensschutz of § 235 Abs. 2
 * Satz 3 SGB VI (Altersteilzeit agreed before 1.1.2007 or Anpassungsgeld for miners, born before 1.1.1955: 65)
 * is not modelled: only the Rentenversicherungsträger can decide it.
 *
 * <p><b>When the age is reached</b> (§ 187 Abs. 2 Satz 2, § 188 Abs. 2 Alt. 2 BGB): the day of birth counts,
 * so the age is completed at the end of the day that precedes the day of the last month whose number equals
 * the day of birth. Born on the 15th: the 14th; born on the 1st: the last day of the previous month (BSG,
 * 1.7.1970, 4 RJ 13/70).
 *
 * <p><b>Documented choice for the 29th, 30th and 31st</b> (§ 188 Abs. 3 BGB): if that day does not exist in
 * the last month of the period (born on the 31st, age reached in a 30-day month or in February; born on
 * 29 February, age reached in a common year), the period ends with the last day of that month. Born
 * 31.05.1960 (66 y 4 m): the age is reached on 30.09.2026, not on 29.09.2026. Born 29.02.1964 (67): on
 * 28.02.2031. The months are added to the year-month of birth in one step ({@code YearMonth.plusMonths}):
 * {@code LocalDate.plusYears(y).plusMonths(m)} would clamp 29 February to the 28th in the first step and then
 * keep the 28th (born 29.02.1952, 65 y 6 m: reached on 28.08.2017, not 27.08.2017). Only {@code erreicht} can
 * differ by these choices; pension start and end of the measure are the same either way.
 *
 * <p><b>Rentenbeginn</b> (§ 99 Abs. 1 SGB VI): from the calendar month at whose beginning the conditions are
 * met, i.e. the 1st of the month after the month in which the age is reached.
 *
 * <p><b>End of the measure</b> (§ 58 Abs. 1 Satz 3 SGB IX): the services "sollen in der Regel längstens bis zum
 * Ablauf des Monats erbracht werden", in dem das Lebensalter für die Regelaltersrente erreicht wird: the last
 * day of the month in which the age is reached. "In der Regel": the application flags and prepares the end,
 * it does not end a contract by itself.
 */
public final class Regelaltersgrenze {

    /** Birth dates before this day are refused as implausible for a person in a Werkstatt or with an aLA. */
    static final LocalDate FRUEHESTES_GEBURTSDATUM = LocalDate.of(1900, 1, 1);

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * @param erreicht       the day at whose end the Regelaltersgrenze is reached (§§ 187, 188 BGB)
     * @param rentenbeginn   first day of the Regelaltersrente (§ 99 Abs. 1 SGB VI)
     * @param massnahmeEndet last day of the month in which the age is reached (§ 58 Abs. 1 Satz 3 SGB IX)
     */
    public record Result(LocalDate erreicht, LocalDate rentenbeginn, LocalDate massnahmeEndet) implements java.io.Serializable {
    }

    private Regelaltersgrenze() {
    }

    /** Regelaltersgrenze, Rentenbeginn and end of the measure for a birth date, checked against today's date. */
    public static Result fuer(LocalDate geburtsdatum) {
        return fuer(geburtsdatum, LocalDate.now());
    }

    /**
     * Regelaltersgrenze, Rentenbeginn and end of the measure for a birth date.
     *
     * @param heute the current date, to refuse birth dates in the future
     * @throws IllegalArgumentException with a German message if the birth date is missing, in the future or
     *                                  before 1900
     */
    public static Result fuer(LocalDate geburtsdatum, LocalDate heute) {
        if (geburtsdatum == null) {
            throw new IllegalArgumentException(
                    "Bitte das Geburtsdatum angeben: ohne Geburtsdatum lässt sich die Regelaltersgrenze "
                            + "(§§ 35, 235 SGB VI) nicht berechnen.");
        }
        if (heute != null && geburtsdatum.isAfter(heute)) {
            throw new IllegalArgumentException("Das Geburtsdatum " + geburtsdatum.format(DATUM)
                    + " liegt in der Zukunft: bitte prüfen.");
        }
        if (geburtsdatum.isBefore(FRUEHESTES_GEBURTSDATUM)) {
            throw new IllegalArgumentException("Das Geburtsdatum " + geburtsdatum.format(DATUM)
                    + " liegt vor dem 01.01.1900 und ist nicht plausibel: bitte prüfen.");
        }
        Period grenze = altersgrenze(geburtsdatum.getYear());
        YearMonth letzterMonat = YearMonth.from(geburtsdatum).plusMonths(grenze.toTotalMonths());
        int geburtstag = geburtsdatum.getDayOfMonth();
        LocalDate erreicht = geburtstag <= letzterMonat.lengthOfMonth()
                ? letzterMonat.atDay(geburtstag).minusDays(1) // § 188 Abs. 2 Alt. 2 BGB
                : letzterMonat.atEndOfMonth();                 // § 188 Abs. 3 BGB
        YearMonth monatDesErreichens = YearMonth.from(erreicht);
        return new Result(erreicht, monatDesErreichens.plusMonths(1).atDay(1), monatDesErreichens.atEndOfMonth());
    }

    /**
     * The Regelaltersgrenze as an age in years and months for a year of birth (§ 35 Satz 2, § 235 Abs. 2 SGB VI).
     */
    public static Period altersgrenze(int geburtsjahr) {
        if (geburtsjahr < 1947) {
            return Period.of(65, 0, 0);
        }
        if (geburtsjahr <= 1958) {
            // 1947: 1 month … 1957: 11 months, 1958: 12 months = 66 years
            return Period.ofMonths(65 * 12 + (geburtsjahr - 1946)).normalized();
        }
        if (geburtsjahr <= 1963) {
            // 1959: 66 y 2 m … 1963: 66 y 10 m, two months per year of birth
            return Period.of(66, 2 * (geburtsjahr - 1958), 0);
        }
        return Period.of(67, 0, 0);
    }
    /**
     * The birth dates whose Regelaltersgrenze ({@link Result#erreicht()}) lies from {@code von} to {@code bis} (both
     * included), as one range, or empty if there is none: for database queries, which then compare the birth date
     * only and leave the rule here. {@code erreicht} never decreases with a later birth date (a later birth day gives
     * the same or a later day in the month, a later year of birth the same or a higher age, § 235 Abs. 2 SGB VI), so
     * the birth dates of a window of days form one range; it is found by bisection over the plausible birth dates
     * (01.01.1900 to {@code heute}, as {@link #fuer(LocalDate, LocalDate)} accepts them).
     */
    public static java.util.Optional<Geburtsdaten> geburtsdatenFuer(LocalDate von, LocalDate bis, LocalDate heute) {
        if (bis.isBefore(von) || heute.isBefore(FRUEHESTES_GEBURTSDATUM)) {
            return java.util.Optional.empty();
        }
        LocalDate erstes = erstesGeburtsdatum(d -> !fuer(d, heute).erreicht().isBefore(von), heute);
        LocalDate ersterDanach = erstesGeburtsdatum(d -> fuer(d, heute).erreicht().isAfter(bis), heute);
        if (erstes == null || (ersterDanach != null && !ersterDanach.isAfter(erstes))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Geburtsdaten(erstes, ersterDanach == null ? heute : ersterDanach.minusDays(1)));
    }

    /**
     * The ranges of birth dates per end of the measure ({@link Result#massnahmeEndet()}) for the Regelaltersgrenze
     * reached from {@code von} to {@code bis}: one range per month of the window, in the order of the months; a
     * query maps a birth date to its end of the measure with them (a CASE over the ranges).
     */
    public static java.util.List<Massnahmeende> massnahmeendenFuer(LocalDate von, LocalDate bis, LocalDate heute) {
        java.util.List<Massnahmeende> liste = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(von); !m.isAfter(YearMonth.from(bis)); m = m.plusMonths(1)) {
            LocalDate a = m.atDay(1).isBefore(von) ? von : m.atDay(1);
            LocalDate b = m.atEndOfMonth().isAfter(bis) ? bis : m.atEndOfMonth();
            YearMonth monat = m;
            geburtsdatenFuer(a, b, heute).ifPresent(g -> liste.add(new Massnahmeende(g, monat.atEndOfMonth())));
        }
        return liste;
    }

    /** A range of birth dates, both days included. */
    public record Geburtsdaten(LocalDate von, LocalDate bis) implements java.io.Serializable {
        public boolean enthaelt(LocalDate geburtsdatum) {
            return !geburtsdatum.isBefore(von) && !geburtsdatum.isAfter(bis);
        }
    }

    /** The birth dates whose measure should end on {@code endet}. */
    public record Massnahmeende(Geburtsdaten geburtsdaten, LocalDate endet) implements java.io.Serializable {
    }

    /** The first plausible birth date for which the (monotone) test holds, or {@code null}. */
    private static LocalDate erstesGeburtsdatum(java.util.function.Predicate<LocalDate> test, LocalDate heute) {
        long lo = FRUEHESTES_GEBURTSDATUM.toEpochDay();
        long hi = heute.toEpochDay();
        if (!test.test(heute)) {
            return null;
        }
        while (lo < hi) {
            long mitte = lo + (hi - lo) / 2;
            if (test.test(LocalDate.ofEpochDay(mitte))) {
                hi = mitte;
            } else {
                lo = mitte + 1;
            }
        }
        return LocalDate.ofEpochDay(lo);
    }
}
