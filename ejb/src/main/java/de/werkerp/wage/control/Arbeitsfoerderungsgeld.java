package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Arbeitsförderungsgeld, § 59 Abs. 1 SGB IX: paid in the Arbeitsbereich on top of the Arbeitsentgelt.
 * It is {@code betrag} (52 €) if the Arbeitsentgelt is at most {@code grenzeVoll} (299 €), otherwise the
 * difference between {@code obergrenze} (351 €) and the Arbeitsentgelt, and never below zero. The three
 * figures are reference data with a validity period; amounts are in euros, to the cent.
 */
public record Arbeitsfoerderungsgeld(BigDecimal betrag, BigDecimal grenzeVoll, BigDecimal obergrenze) {

    public Arbeitsfoerderungsgeld {
        Objects.requireNonNull(betrag, "betrag");
        Objects.requireNonNull(grenzeVoll, "grenzeVoll");
        Objects.requireNonNull(obergrenze, "obergrenze");
    }

    /** AFöG for a month's Arbeitsentgelt; the result is exact to the cent (inputs are cents). */
    public BigDecimal fuer(BigDecimal arbeitsentgelt) {
        Objects.requireNonNull(arbeitsentgelt, "arbeitsentgelt");
        if (arbeitsentgelt.signum() < 0) {
            throw new IllegalArgumentException("Das Arbeitsentgelt darf nicht negativ sein.");
        }
        BigDecimal result = arbeitsentgelt.compareTo(grenzeVoll) <= 0
                ? betrag
                : obergrenze.subtract(arbeitsentgelt).max(BigDecimal.ZERO);
        return result.setScale(2, RoundingMode.HALF_UP);
    }
}
