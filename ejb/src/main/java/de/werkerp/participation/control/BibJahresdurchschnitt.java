package de.werkerp.participation.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Annual average of occupied Betriebsintegrierte Beschäftigungsplätze (BiB) for the Hessen target agreement: "die
 * Zahl der jahresdurchschnittlich belegten Betriebsintegrierten Beschäftigungsplätze" (seed 000, Nr. 1), documented
 * after each calendar year by 28.02. of the following year (Nr. 4, {@link #abgabefrist}).
 *
 * <ul>
 * <li>The seed does not say how the average is formed. Used here: monthly average = occupied person-days in the
 * month ÷ calendar days of the month; annual average = mean of the 12 monthly averages. People joining or leaving
 * mid-month count by days (from and to inclusive; an open end runs to the end of the year).</li>
 * <li>Rounding: the monthly averages shown are rounded to 2 decimals HALF_UP; the annual average is computed from
 * the exact monthly values (as a fraction) and rounded once to 2 decimals HALF_UP, not from the rounded monthly
 * values.</li>
 * <li>Every placement counts as one place on each of its days; overlapping placements (two people) add up. The
 * same person entered twice would be counted twice: avoiding that is the caller's job.</li>
 * </ul>
 */
public final class BibJahresdurchschnitt {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** One placement on a BiB: from and to inclusive; {@code bis} may be {@code null} (still running). */
    public record Belegung(LocalDate von, LocalDate bis) {

        public Belegung {
            Objects.requireNonNull(von, "von");
            if (bis != null && bis.isBefore(von)) {
                throw new IllegalArgumentException("Das Ende der BiB-Belegung (" + bis.format(DATUM) + ") liegt vor "
                        + "ihrem Beginn (" + von.format(DATUM) + ").");
            }
        }
    }

    /** The 12 monthly averages (January first) and the annual average, each with 2 decimals. */
    public record Ergebnis(Year jahr, List<BigDecimal> monatsdurchschnitte, BigDecimal jahresdurchschnitt) {

        public Ergebnis {
            monatsdurchschnitte = List.copyOf(monatsdurchschnitte);
        }

        /** A German summary line. */
        public String meldung() {
            return "Im Jahr " + jahr + " waren durchschnittlich " + jahresdurchschnitt.toPlainString().replace('.', ',')
                    + " Betriebsintegrierte Beschäftigungsplätze belegt; die Dokumentation ist dem LWV Hessen bis "
                    + "zum " + abgabefrist(jahr).format(DATUM) + " zu übermitteln.";
        }
    }

    private BibJahresdurchschnitt() {
    }

    /** Documentation due to the LWV Hessen: 28.02. of the following year (seed 000, Nr. 4). */
    public static LocalDate abgabefrist(Year jahr) {
        return LocalDate.of(jahr.getValue() + 1, 2, 28);
    }

    /** Computes the monthly and annual averages of occupied BiB places in {@code jahr}. */
    public static Ergebnis berechne(List<Belegung> belegungen, Year jahr) {
        Objects.requireNonNull(belegungen, "belegungen");
        Objects.requireNonNull(jahr, "jahr");
        List<BigDecimal> monate = new ArrayList<>(12);
        // exact annual sum: sum over months of personentage_m / tage_m, on the common denominator
        BigInteger nenner = BigInteger.ONE;
        for (int m = 1; m <= 12; m++) {
            BigInteger tage = BigInteger.valueOf(jahr.atMonth(m).lengthOfMonth());
            nenner = nenner.multiply(tage).divide(nenner.gcd(tage));
        }
        BigInteger zaehler = BigInteger.ZERO;
        for (int m = 1; m <= 12; m++) {
            YearMonth monat = jahr.atMonth(m);
            long personentage = 0;
            for (Belegung b : belegungen) {
                personentage += tageImMonat(Objects.requireNonNull(b, "belegung"), monat);
            }
            long tage = monat.lengthOfMonth();
            monate.add(BigDecimal.valueOf(personentage).divide(BigDecimal.valueOf(tage), 2, RoundingMode.HALF_UP));
            zaehler = zaehler.add(BigInteger.valueOf(personentage).multiply(nenner.divide(BigInteger.valueOf(tage))));
        }
        BigDecimal jahresdurchschnitt = new BigDecimal(zaehler)
                .divide(new BigDecimal(nenner.multiply(BigInteger.valueOf(12))), 2, RoundingMode.HALF_UP);
        return new Ergebnis(jahr, monate, jahresdurchschnitt);
    }

    static long tageImMonat(Belegung b, YearMonth monat) {
        LocalDate anfang = b.von().isAfter(monat.atDay(1)) ? b.von() : monat.atDay(1);
        LocalDate ende = b.bis() == null || b.bis().isAfter(monat.atEndOfMonth()) ? monat.atEndOfMonth() : b.bis();
        return ende.isBefore(anfang) ? 0 : ChronoUnit.DAYS.between(anfang, ende) + 1;
    }
}
