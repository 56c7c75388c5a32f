package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reduction of the Steigerungsbetrag for days without pay: unexcused absence (tenant setting, on by default) and
 * sickness beyond the paid period ({@link Entgeltfortzahlung}). The Steigerungsbetrag is the performance-related
 * part of the wage (§ 221 Abs. 2 SGB IX); the Grundbetrag is not reduced.
 *
 * <p>Rule: reduction = Steigerungsbetrag × days without pay ÷ working days, where the working days are Monday to
 * Friday without public holidays ({@link Arbeitstage}) <em>within the contract in the month</em> — for a full month
 * the working days of the month, for a month entered or left in the middle those of the contract's part, because
 * the Steigerungsbetrag was already prorated by calendar days ({@link Vertragsmonat}). The base is the
 * Steigerungsbetrag after part time and proration. Rounding: the remaining amount is computed from the exact
 * fraction and rounded to the cent (HALF_UP); each reduction line is the difference, so the lines add up and the
 * amount never falls below zero. The legal basis is the Werkstattvertrag or the Entgeltordnung (no statute sets it).
 */
public final class Fehlzeitenkuerzung {

    private Fehlzeitenkuerzung() {
    }

    /**
     * The reduction lines (none if there is nothing to reduce).
     *
     * @param basis          the Steigerungsbetrag before the reduction
     * @param arbeitstage    working days of the contract in the month
     * @param unentschuldigt unexcused working days (0 if the setting is off)
     * @param krankUnbezahlt sick working days beyond the paid period
     * @param bezahlteTage   paid calendar days per illness, for the label
     */
    public static List<Rechenzeile> zeilen(BigDecimal basis, int arbeitstage, int unentschuldigt, int krankUnbezahlt,
            int bezahlteTage) {
        if (unentschuldigt < 0 || krankUnbezahlt < 0) {
            throw new IllegalArgumentException("Fehltage können nicht negativ sein.");
        }
        if (unentschuldigt + krankUnbezahlt > arbeitstage) {
            throw new IllegalArgumentException("Unentschuldigte Fehltage (" + unentschuldigt + ") und Krankheitstage "
                    + "nach Ende der Entgeltfortzahlung (" + krankUnbezahlt + ") ergeben mehr als die " + arbeitstage
                    + " Arbeitstage des Vertrags im Monat: bitte die Anwesenheit prüfen.");
        }
        List<Rechenzeile> zeilen = new ArrayList<>();
        if (arbeitstage == 0 || basis.signum() == 0) {
            return zeilen;
        }
        BigDecimal nenner = BigDecimal.valueOf(arbeitstage);
        BigDecimal bisher = basis;
        int fehltage = 0;
        if (unentschuldigt > 0) {
            fehltage += unentschuldigt;
            BigDecimal rest = Vertragsmonat.anteil(basis, arbeitstage - fehltage, arbeitstage);
            zeilen.add(Rechenzeile.berechnet(Komponente.STEIGERUNGSBETRAG, "Kürzung wegen unentschuldigter Fehlzeit: "
                    + unentschuldigt + " von " + arbeitstage + " Arbeitstagen", basis,
                    Vertragsmonat.minderungsfaktor(nenner.subtract(BigDecimal.valueOf(unentschuldigt)), nenner),
                    rest.subtract(bisher), true));
            bisher = rest;
        }
        if (krankUnbezahlt > 0) {
            fehltage += krankUnbezahlt;
            BigDecimal rest = Vertragsmonat.anteil(basis, arbeitstage - fehltage, arbeitstage);
            zeilen.add(Rechenzeile.berechnet(Komponente.STEIGERUNGSBETRAG, "Kürzung wegen Krankheit nach Ende der "
                    + "Entgeltfortzahlung (" + bezahlteTage + " Kalendertage): " + krankUnbezahlt + " von "
                    + arbeitstage + " Arbeitstagen", basis,
                    Vertragsmonat.minderungsfaktor(nenner.subtract(BigDecimal.valueOf(krankUnbezahlt)), nenner),
                    rest.subtract(bisher), true));
        }
        return zeilen;
    }
}
