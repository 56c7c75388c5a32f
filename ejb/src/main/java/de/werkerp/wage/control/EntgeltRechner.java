package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The small calculator (REST and page): Arbeitsentgelt and Arbeitsförderungsgeld of a whole month at full time,
 * from a given Steigerungsbetrag. A pure function over {@link Entgeltberechnung} with
 * {@link Entgelteinstellungen#STANDARD}; the caller passes the reference values valid on
 * {@link Grundbetragsregel#stichtag(YearMonth)}.
 *
 * <p>Worked example (the calculator's contract): 03/2025, Steigerungsbetrag 117.00, Arbeitsbereich, statutory
 * Grundbetrag 133.00 → Grundbetrag 133.00, Steigerungsbetrag 117.00, Arbeitsentgelt 250.00 (§ 221 Abs. 2 SGB IX),
 * Arbeitsförderungsgeld 52.00 (§ 59 Abs. 1 SGB IX), payout 302.00. In the Eingangsverfahren and the
 * Berufsbildungsbereich all amounts are 0.00 and a note explains that the person receives Ausbildungsgeld.
 */
public final class EntgeltRechner {

    private EntgeltRechner() {
    }

    /**
     * @param monat                the month
     * @param steigerungsbetrag    Steigerungsbetrag for the whole month (euros, to the cent, not negative); ignored
     *                             outside the Arbeitsbereich
     * @param grundbetragOverride  the Einrichtung's higher Grundbetrag, or {@code null} for the statutory one
     * @param bereich              EV, BBB or AB
     * @param statutoryGrundbetrag the statutory Grundbetrag valid in the month (reference data; may be {@code null}
     *                             outside the Arbeitsbereich)
     * @param afoegRule            the Arbeitsförderungsgeld figures valid in the month
     * @throws IllegalArgumentException with a German message for invalid input
     */
    public static Entgeltabrechnung berechne(YearMonth monat, BigDecimal steigerungsbetrag,
            BigDecimal grundbetragOverride, Bereich bereich, BigDecimal statutoryGrundbetrag,
            Arbeitsfoerderungsgeld afoegRule) {
        Objects.requireNonNull(monat, "monat");
        Objects.requireNonNull(bereich, "bereich");
        Objects.requireNonNull(afoegRule, "afoegRule");
        Rechenzeile steigerung = null;
        if (bereich.zahltArbeitsentgelt()) {
            if (steigerungsbetrag == null) {
                throw new IllegalArgumentException("Bitte den Steigerungsbetrag angeben.");
            }
            steigerung = Rechenzeile.steigerungsbetrag(steigerungsbetrag);
        }
        Entgelteingabe eingabe = Entgelteingabe.fuer(monat, bereich, statutoryGrundbetrag, steigerung)
                .mitGrundbetragEinrichtung(bereich.zahltArbeitsentgelt() ? grundbetragOverride : null);
        return new Entgeltberechnung(Entgelteinstellungen.STANDARD, afoegRule).berechne(eingabe);
    }
}
