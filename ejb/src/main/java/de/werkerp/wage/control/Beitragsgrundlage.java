package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What a {@link BeitragsBerechnung} gets to compute the social-insurance contributions of one person and month
 * (rules.md § 3). Person-specific facts (Krankenkasse, its Zusatzbeitrag, childlessness, Land) are the
 * implementation's business: the run creates one per person.
 *
 * @param monat                    the month the Arbeitsentgelt belongs to
 * @param bereich                  always {@link Bereich#AB}: the kernel pays no Arbeitsentgelt elsewhere
 * @param vertragsmonat            the contract's part of the month (a partial month has fewer SV-Tage)
 * @param laufendesArbeitsentgelt  Grundbetrag + Steigerungsbetrag + allowances flagged as Arbeitsentgelt
 * @param einmaligesArbeitsentgelt one-off payments flagged as Arbeitsentgelt (they matter for the split of the
 *                                 contributions, BSG B 12 P 1/12 R)
 * @param arbeitsfoerderungsgeld   the AFöG of the month, for implementations that must consider it (open point,
 *                                 rules.md § 3); it is not Arbeitsentgelt here
 */
public record Beitragsgrundlage(YearMonth monat, Bereich bereich, Vertragsmonat vertragsmonat,
        BigDecimal laufendesArbeitsentgelt, BigDecimal einmaligesArbeitsentgelt, BigDecimal arbeitsfoerderungsgeld) {

    public Beitragsgrundlage {
        Objects.requireNonNull(monat, "monat");
        Objects.requireNonNull(bereich, "bereich");
        Objects.requireNonNull(vertragsmonat, "vertragsmonat");
        Objects.requireNonNull(laufendesArbeitsentgelt, "laufendesArbeitsentgelt");
        Objects.requireNonNull(einmaligesArbeitsentgelt, "einmaligesArbeitsentgelt");
        Objects.requireNonNull(arbeitsfoerderungsgeld, "arbeitsfoerderungsgeld");
    }

    /** The month's whole Arbeitsentgelt. */
    public BigDecimal arbeitsentgelt() {
        return laufendesArbeitsentgelt.add(einmaligesArbeitsentgelt);
    }
}
