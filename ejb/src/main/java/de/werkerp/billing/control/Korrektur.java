package de.werkerp.billing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A correction of a closed month: an input of a billed month changed afterwards (approval, attendance, working
 * time, agreement). The billed month stays as it was (closed months are immutable, as for the Entgelt run's
 * Rückrechnung); the next open month's invoice carries a separate line with what was billed so far (old), what is
 * due now (new) and the difference (new − old, positive = claim, negative = credit). § 125 Abs. 3 SGB IX: only the
 * agreed fee for the service actually provided is due, so both directions are settled.
 */
public record Korrektur(BigDecimal alt, BigDecimal neu, BigDecimal differenz) {

    /** The correction, or empty if nothing changed. Amounts are in euros, scale 2. */
    public static Optional<Korrektur> vergleiche(BigDecimal bisher, BigDecimal jetzt) {
        BigDecimal alt = (bisher == null ? BigDecimal.ZERO : bisher).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal neu = (jetzt == null ? BigDecimal.ZERO : jetzt).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal differenz = neu.subtract(alt);
        return differenz.signum() == 0 ? Optional.empty() : Optional.of(new Korrektur(alt, neu, differenz));
    }
}
