package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Objects;

/**
 * The part of a month covered by a person's Werkstattvertrag (or by the Arbeitsbereich phase of it), and the
 * pro-rata rule for a month entered or left in the middle: a monthly amount is paid for
 * <em>calendar days of the contract in the month ÷ calendar days of the month</em>, e.g. entry on the 16th of a
 * 31-day month: 16/31. The law sets no rule for this (§ 221 Abs. 2 SGB IX speaks of monthly amounts only); calendar
 * days are the usual rule of payroll (like the 30-day month of § 191 BGB it ignores which weekdays fall in the part).
 * Rounding: the prorated amount is rounded to the cent, {@link RoundingMode#HALF_UP}, from the exact fraction.
 *
 * @param monat the month
 * @param von   first day of the contract in the month
 * @param bis   last day of the contract in the month
 */
public record Vertragsmonat(YearMonth monat, LocalDate von, LocalDate bis) {

    public Vertragsmonat {
        Objects.requireNonNull(monat, "monat");
        Objects.requireNonNull(von, "von");
        Objects.requireNonNull(bis, "bis");
        if (!YearMonth.from(von).equals(monat) || !YearMonth.from(bis).equals(monat) || bis.isBefore(von)) {
            throw new IllegalArgumentException("Der Vertragszeitraum " + Format.datum(von) + " bis " + Format.datum(bis)
                    + " liegt nicht im Monat " + Format.monat(monat) + ".");
        }
    }

    /**
     * The part of {@code monat} between contract start and end.
     *
     * @param vertragsbeginn first day of the contract, {@code null} if it started before the month
     * @param vertragsende   last day of the contract, {@code null} if it runs beyond the month
     */
    public static Vertragsmonat von(YearMonth monat, LocalDate vertragsbeginn, LocalDate vertragsende) {
        Objects.requireNonNull(monat, "monat");
        LocalDate von = vertragsbeginn == null || vertragsbeginn.isBefore(monat.atDay(1)) ? monat.atDay(1)
                : vertragsbeginn;
        LocalDate bis = vertragsende == null || vertragsende.isAfter(monat.atEndOfMonth()) ? monat.atEndOfMonth()
                : vertragsende;
        if (bis.isBefore(von)) {
            throw new IllegalArgumentException("Der Vertrag (" + (vertragsbeginn == null ? "…" : Format.datum(vertragsbeginn))
                    + " bis " + (vertragsende == null ? "…" : Format.datum(vertragsende)) + ") besteht im Monat "
                    + Format.monat(monat) + " an keinem Tag: für diesen Monat wird kein Entgelt berechnet.");
        }
        return new Vertragsmonat(monat, von, bis);
    }

    /** The whole month. */
    public static Vertragsmonat ganz(YearMonth monat) {
        return new Vertragsmonat(monat, monat.atDay(1), monat.atEndOfMonth());
    }

    /** Calendar days of the contract in the month. */
    public int kalendertage() {
        return bis.getDayOfMonth() - von.getDayOfMonth() + 1;
    }

    /** Calendar days of the month (28 to 31). */
    public int kalendertageDesMonats() {
        return monat.lengthOfMonth();
    }

    /** Whether the contract covers the whole month. */
    public boolean ganzerMonat() {
        return kalendertage() == kalendertageDesMonats();
    }

    /** Working days ({@link Arbeitstage}) of the contract in the month. */
    public int arbeitstage(Collection<LocalDate> feiertage) {
        return Arbeitstage.anzahl(von, bis, feiertage);
    }

    /** {@code betrag × kalendertage ÷ kalendertageDesMonats}, to the cent, HALF_UP. */
    public BigDecimal anteilig(BigDecimal betrag) {
        return anteil(betrag, kalendertage(), kalendertageDesMonats());
    }

    /** {@code betrag × zaehler ÷ nenner} from the exact fraction, to the cent, HALF_UP. */
    static BigDecimal anteil(BigDecimal betrag, long zaehler, long nenner) {
        return anteil(betrag, BigDecimal.valueOf(zaehler), BigDecimal.valueOf(nenner));
    }

    /** {@code betrag × zaehler ÷ nenner} from the exact fraction, to the cent, HALF_UP. */
    static BigDecimal anteil(BigDecimal betrag, BigDecimal zaehler, BigDecimal nenner) {
        return betrag.multiply(zaehler).divide(nenner, 2, RoundingMode.HALF_UP);
    }

    /** The fraction minus one (the reduction), six decimals, for display in a line. */
    static BigDecimal minderungsfaktor(BigDecimal zaehler, BigDecimal nenner) {
        return zaehler.subtract(nenner).divide(nenner, 6, RoundingMode.HALF_UP);
    }
}
