package de.werkerp.billing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reduction of the fee for short working time. Bremen's Verwaltungsanweisung aLA (seed 004, section 4.4): "Eine
 * Beschäftigungszeit von 26 Stunden in der Woche und weniger führt zu einer Reduzierung der vereinbarten
 * Vergütung." The instruction does not say by how much, so the threshold (26 h) and the reduction (in percent of the
 * agreed amount) are parameters of the Vergütungsvereinbarung.
 * <p>
 * Rule: weekly hours ≤ threshold → rate × (100 − reduction) / 100, rounded to the cent HALF_UP; the reduced rate is
 * then the price per unit (so amounts = units × reduced rate, each line rounded once).
 */
public final class Teilzeitkuerzung {

    private static final BigDecimal HUNDERT = new BigDecimal("100");

    private Teilzeitkuerzung() {
    }

    /** Whether the rule reduces the fee at these weekly hours. */
    public static boolean greift(Verguetungsregel regel, BigDecimal wochenstunden) {
        return regel.teilzeitGrenze() != null && wochenstunden != null
                && wochenstunden.compareTo(regel.teilzeitGrenze()) <= 0;
    }

    /** The rate per unit after the part-time rule. */
    public static BigDecimal satz(Verguetungsregel regel, BigDecimal wochenstunden) {
        if (!greift(regel, wochenstunden)) {
            return regel.betrag().setScale(2, RoundingMode.HALF_UP);
        }
        return regel.betrag().multiply(HUNDERT.subtract(regel.teilzeitKuerzungProzent()))
                .divide(HUNDERT, 2, RoundingMode.HALF_UP);
    }
}
