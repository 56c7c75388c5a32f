package de.werkerp.billing.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rules of one Vergütungsvereinbarung the kernel needs, without JPA.
 *
 * @param satzart                 kind of rate
 * @param betrag                  the agreed amount in euros (per day, month or hour)
 * @param teilzeitGrenze          weekly hours at or below which the fee is reduced (seed 004 section 4.4: 26 h), or
 *                                null for no reduction
 * @param teilzeitKuerzungProzent the reduction in percent of the fee (the instruction does not fix the amount: it is
 *                                agreed per Leistungsträger), or null
 * @param fehltageJahr            absence days per calendar year financed as cost days (seed 003 chapter 6.1: up to
 *                                60), or null for "absence days are not billed"
 */
public record Verguetungsregel(Satzart satzart, BigDecimal betrag, BigDecimal teilzeitGrenze,
        BigDecimal teilzeitKuerzungProzent, Integer fehltageJahr) {

    public Verguetungsregel {
        Objects.requireNonNull(satzart, "satzart");
        Objects.requireNonNull(betrag, "betrag");
        if (betrag.signum() < 0) {
            throw new IllegalArgumentException("Der Vergütungssatz darf nicht negativ sein.");
        }
        if ((teilzeitGrenze == null) != (teilzeitKuerzungProzent == null)) {
            throw new IllegalArgumentException("Für die Teilzeitkürzung bitte Stundengrenze und Kürzung in Prozent "
                    + "angeben (oder beides leer lassen).");
        }
        if (teilzeitKuerzungProzent != null && (teilzeitKuerzungProzent.signum() < 0
                || teilzeitKuerzungProzent.compareTo(new BigDecimal("100")) > 0)) {
            throw new IllegalArgumentException("Die Teilzeitkürzung liegt zwischen 0 und 100 Prozent.");
        }
        if (fehltageJahr != null && fehltageJahr < 0) {
            throw new IllegalArgumentException("Die finanzierten Fehltage dürfen nicht negativ sein.");
        }
    }
}
