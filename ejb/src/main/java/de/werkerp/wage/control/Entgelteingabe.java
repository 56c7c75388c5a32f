package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import de.werkerp.contract.control.Teilzeitgrund;

/**
 * Everything the kernel needs for one person and month; the monthly run assembles it from the contract, the
 * reference data valid on {@link Grundbetragsregel#stichtag(YearMonth)}, the Entgeltordnung's result, attendance
 * and pay items. Start with {@link #fuer} (whole month, full time, no absence, no items) and add with the
 * {@code mit…} methods.
 *
 * @param monat                   the month
 * @param bereich                 EV, BBB or AB in that month
 * @param gesetzlicherGrundbetrag statutory Grundbetrag valid in the month (reference data); may be {@code null}
 *                                outside the Arbeitsbereich
 * @param grundbetragEinrichtung  the Einrichtung's higher Grundbetrag, or {@code null}
 * @param steigerungsbetrag       the Steigerungsbetrag for full time and the whole month, as computed by the
 *                                {@link Entgeltordnung} (or {@link Rechenzeile#steigerungsbetrag(BigDecimal)});
 *                                may be {@code null} outside the Arbeitsbereich
 * @param vertragsbeginn          first day of the contract (in this Bereich), {@code null} if before the month
 * @param vertragsende            last day, {@code null} if after the month
 * @param wochenstunden           agreed weekly hours, {@code null} for full time
 * @param teilzeitgrund           reason for part time ({@code null} for full time)
 * @param anwesenheit             attendance in working days
 * @param erkrankungen            illness spells touching the month (earlier start dates included)
 * @param feiertage               public holidays (for the working days)
 * @param lohnposten              other pay items of the month
 */
public record Entgelteingabe(YearMonth monat, Bereich bereich, BigDecimal gesetzlicherGrundbetrag,
        BigDecimal grundbetragEinrichtung, Rechenzeile steigerungsbetrag, LocalDate vertragsbeginn,
        LocalDate vertragsende, BigDecimal wochenstunden, Teilzeitgrund teilzeitgrund, Anwesenheit anwesenheit,
        List<Erkrankung> erkrankungen, List<LocalDate> feiertage, List<Lohnposten> lohnposten) {

    public Entgelteingabe {
        Objects.requireNonNull(monat, "monat");
        Objects.requireNonNull(bereich, "bereich");
        anwesenheit = anwesenheit == null ? Anwesenheit.NICHT_ERFASST : anwesenheit;
        erkrankungen = erkrankungen == null ? List.of() : List.copyOf(erkrankungen);
        feiertage = feiertage == null ? List.of() : List.copyOf(feiertage);
        lohnposten = lohnposten == null ? List.of() : List.copyOf(lohnposten);
    }

    /** Whole month, full time, no absence, no pay items. */
    public static Entgelteingabe fuer(YearMonth monat, Bereich bereich, BigDecimal gesetzlicherGrundbetrag,
            Rechenzeile steigerungsbetrag) {
        return new Entgelteingabe(monat, bereich, gesetzlicherGrundbetrag, null, steigerungsbetrag, null, null, null,
                null, null, null, null, null);
    }

    public Entgelteingabe mitGrundbetragEinrichtung(BigDecimal betrag) {
        return new Entgelteingabe(monat, bereich, gesetzlicherGrundbetrag, betrag, steigerungsbetrag, vertragsbeginn,
                vertragsende, wochenstunden, teilzeitgrund, anwesenheit, erkrankungen, feiertage, lohnposten);
    }

    public Entgelteingabe mitVertrag(LocalDate beginn, LocalDate ende) {
        return new Entgelteingabe(monat, bereich, gesetzlicherGrundbetrag, grundbetragEinrichtung, steigerungsbetrag,
                beginn, ende, wochenstunden, teilzeitgrund, anwesenheit, erkrankungen, feiertage, lohnposten);
    }

    public Entgelteingabe mitArbeitszeit(BigDecimal stunden, Teilzeitgrund grund) {
        return new Entgelteingabe(monat, bereich, gesetzlicherGrundbetrag, grundbetragEinrichtung, steigerungsbetrag,
                vertragsbeginn, vertragsende, stunden, grund, anwesenheit, erkrankungen, feiertage, lohnposten);
    }

    public Entgelteingabe mitAnwesenheit(Anwesenheit tage) {
        return new Entgelteingabe(monat, bereich, gesetzlicherGrundbetrag, grundbetragEinrichtung, steigerungsbetrag,
                vertragsbeginn, vertragsende, wochenstunden, teilzeitgrund, tage, erkrankungen, feiertage, lohnposten);
    }

    public Entgelteingabe mitErkrankungen(List<Erkrankung> spells) {
        return new Entgelteingabe(monat, bereich, gesetzlicherGrundbetrag, grundbetragEinrichtung, steigerungsbetrag,
                vertragsbeginn, vertragsende, wochenstunden, teilzeitgrund, anwesenheit, spells, feiertage, lohnposten);
    }

    public Entgelteingabe mitFeiertagen(List<LocalDate> tage) {
        return new Entgelteingabe(monat, bereich, gesetzlicherGrundbetrag, grundbetragEinrichtung, steigerungsbetrag,
                vertragsbeginn, vertragsende, wochenstunden, teilzeitgrund, anwesenheit, erkrankungen, tage, lohnposten);
    }

    public Entgelteingabe mitLohnposten(List<Lohnposten> posten) {
        return new Entgelteingabe(monat, bereich, gesetzlicherGrundbetrag, grundbetragEinrichtung, steigerungsbetrag,
                vertragsbeginn, vertragsende, wochenstunden, teilzeitgrund, anwesenheit, erkrankungen, feiertage, posten);
    }
}
