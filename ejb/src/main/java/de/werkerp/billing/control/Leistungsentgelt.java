package de.werkerp.billing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fee of one person for one period (part of a month with one approval and one agreement), § 123 and § 125
 * SGB IX (the Leistungserbringer's claim is the agreed Vergütung for the service actually provided):
 * <ul>
 * <li>{@link Satzart#TAGESSATZ}: cost days = attendance days (incl. Urlaub) + absence days financed by the yearly
 * allowance ({@link Fehltagekontingent}); amount = cost days × rate.</li>
 * <li>{@link Satzart#MONATSPAUSCHALE}: share of the month = calendar days of the period ÷ calendar days of the month
 * (pro rata for partial months), minus (absence days not financed ÷ working days of the month); never below 0;
 * the share is kept to 4 decimals HALF_UP; amount = share × monthly rate.</li>
 * <li>{@link Satzart#FACHLEISTUNGSSTUNDE}: amount = recorded hours × hourly rate; neither the part-time rule nor the
 * absence allowance applies (hours are billed as provided).</li>
 * </ul>
 * The part-time rule ({@link Teilzeitkuerzung}) reduces the rate of day and month rates. Every amount is rounded once
 * to the cent, HALF_UP.
 */
public final class Leistungsentgelt {

    /**
     * Inputs of one period.
     *
     * @param von                  first day of the period (inside one month)
     * @param bis                  last day of the period (same month)
     * @param anwesenheitstage     attendance days in the period (incl. Urlaub)
     * @param fehltage             absence days in the period (ill, other, unexcused)
     * @param fehltageBisherImJahr absence days of the same calendar year before this period
     * @param arbeitstageImMonat   working days of the whole month (Mon–Fri without public holidays)
     * @param wochenstunden        agreed weekly hours at the start of the period
     * @param stunden              recorded hours of service (Fachleistungsstunden), may be null otherwise
     */
    public record Zeitraum(LocalDate von, LocalDate bis, int anwesenheitstage, int fehltage,
            int fehltageBisherImJahr, int arbeitstageImMonat, BigDecimal wochenstunden, BigDecimal stunden) {
        public Zeitraum {
            Objects.requireNonNull(von, "von");
            Objects.requireNonNull(bis, "bis");
            if (bis.isBefore(von) || von.getYear() != bis.getYear() || von.getMonth() != bis.getMonth()) {
                throw new IllegalArgumentException("Ein Zeitraum liegt in einem Monat: " + von + " – " + bis);
            }
            if (anwesenheitstage < 0 || fehltage < 0 || arbeitstageImMonat < 0) {
                throw new IllegalArgumentException("Tage können nicht negativ sein.");
            }
        }
    }

    /**
     * The line.
     *
     * @param menge           units (days, share of the month, hours)
     * @param einzelpreis     price per unit after the part-time rule
     * @param betrag          the amount, rounded to the cent
     * @param fehltageFinanziert absence days billed as cost days
     * @param fehltageNichtFinanziert absence days beyond the allowance, not billed
     * @param fehltageVerbraucht absence days of the year counted including this period
     * @param hinweise        German notes printed with the line (reduction, allowance)
     */
    public record Posten(Satzart satzart, BigDecimal menge, BigDecimal einzelpreis, BigDecimal betrag,
            int fehltageFinanziert, int fehltageNichtFinanziert, int fehltageVerbraucht, List<String> hinweise) {
    }

    private Leistungsentgelt() {
    }

    public static Posten berechne(Verguetungsregel regel, Zeitraum z) {
        Objects.requireNonNull(regel, "regel");
        Objects.requireNonNull(z, "zeitraum");
        List<String> hinweise = new ArrayList<>();
        if (regel.satzart() == Satzart.FACHLEISTUNGSSTUNDE) {
            BigDecimal stunden = z.stunden() == null ? BigDecimal.ZERO : z.stunden();
            BigDecimal preis = regel.betrag().setScale(2, RoundingMode.HALF_UP);
            return new Posten(regel.satzart(), stunden.setScale(4, RoundingMode.HALF_UP), preis,
                    stunden.multiply(preis).setScale(2, RoundingMode.HALF_UP), 0, 0, z.fehltageBisherImJahr(), hinweise);
        }
        BigDecimal preis = Teilzeitkuerzung.satz(regel, z.wochenstunden());
        if (Teilzeitkuerzung.greift(regel, z.wochenstunden())) {
            hinweise.add("Teilzeit " + z.wochenstunden().stripTrailingZeros().toPlainString() + " h/Woche (≤ "
                    + regel.teilzeitGrenze().stripTrailingZeros().toPlainString() + " h): Vergütung um "
                    + regel.teilzeitKuerzungProzent().stripTrailingZeros().toPlainString() + " % gekürzt");
        }
        Fehltagekontingent.Anrechnung a = Fehltagekontingent.anrechnen(regel.fehltageJahr(), z.fehltageBisherImJahr(),
                z.fehltage());
        if (a.nichtFinanziert() > 0) {
            hinweise.add(a.nichtFinanziert() + " Fehltag(e) über dem Kontingent von "
                    + (regel.fehltageJahr() == null ? 0 : regel.fehltageJahr()) + " Tagen im Jahr: nicht abgerechnet");
        }
        BigDecimal menge;
        if (regel.satzart() == Satzart.TAGESSATZ) {
            menge = BigDecimal.valueOf(z.anwesenheitstage() + a.finanziert());
        } else {
            int tageImMonat = z.von().lengthOfMonth();
            long tage = ChronoUnit.DAYS.between(z.von(), z.bis()) + 1;
            BigDecimal anteil = BigDecimal.valueOf(tage).divide(BigDecimal.valueOf(tageImMonat), 10,
                    RoundingMode.HALF_UP);
            if (a.nichtFinanziert() > 0 && z.arbeitstageImMonat() > 0) {
                anteil = anteil.subtract(BigDecimal.valueOf(a.nichtFinanziert())
                        .divide(BigDecimal.valueOf(z.arbeitstageImMonat()), 10, RoundingMode.HALF_UP));
            }
            menge = anteil.max(BigDecimal.ZERO).setScale(4, RoundingMode.HALF_UP);
        }
        BigDecimal betrag = menge.multiply(preis).setScale(2, RoundingMode.HALF_UP);
        return new Posten(regel.satzart(), menge.setScale(4, RoundingMode.HALF_UP), preis, betrag, a.finanziert(),
                a.nichtFinanziert(), a.verbraucht(), hinweise);
    }
}
