package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Another pay item of a person in a month, besides Grundbetrag and Steigerungsbetrag: a one-off payment
 * ({@link Komponente#EINMALZAHLUNG}), an allowance ({@link Komponente#ZULAGE}) or a deduction
 * ({@link Komponente#ABZUG}, e.g. Mittagessen or the repayment of an advance). Each has the tenant's Lohnart code
 * and says whether it counts as Arbeitsentgelt (for social insurance, § 14 SGB IV).
 *
 * <ul>
 * <li>Payments and allowances are positive; only deductions are negative (and must be).</li>
 * <li>A deduction never counts as Arbeitsentgelt: it is money the person pays back or pays for something, not a
 * lower wage. A wage correction is a {@link Rueckrechnung} of the month it belongs to.</li>
 * </ul>
 */
public record Lohnposten(String lohnart, String bezeichnung, Komponente art, BigDecimal betrag,
        boolean arbeitsentgelt) {

    private static final Set<Komponente> ARTEN = EnumSet.of(Komponente.EINMALZAHLUNG, Komponente.ZULAGE,
            Komponente.ABZUG);

    public Lohnposten {
        Objects.requireNonNull(art, "art");
        Objects.requireNonNull(betrag, "betrag");
        if (lohnart == null || lohnart.isBlank()) {
            throw new IllegalArgumentException("Bitte die Lohnart des Postens angeben.");
        }
        if (bezeichnung == null || bezeichnung.isBlank()) {
            throw new IllegalArgumentException("Bitte eine Bezeichnung für den Posten mit der Lohnart " + lohnart
                    + " angeben.");
        }
        if (!ARTEN.contains(art)) {
            throw new IllegalArgumentException("Ein Lohnposten ist eine Einmalzahlung, eine Zulage oder ein Abzug, "
                    + "nicht „" + art.getLabel() + "“.");
        }
        betrag = Format.cent(betrag, "Der Betrag von „" + bezeichnung + "“");
        if (art == Komponente.ABZUG && betrag.signum() >= 0) {
            throw new IllegalArgumentException("Ein Abzug wird mit negativem Betrag erfasst: „" + bezeichnung
                    + "“ hat " + Format.euro(betrag) + ".");
        }
        if (art != Komponente.ABZUG && betrag.signum() <= 0) {
            throw new IllegalArgumentException("Negative Beträge gibt es nur bei Abzügen: „" + bezeichnung + "“ ("
                    + art.getLabel() + ") hat " + Format.euro(betrag) + ".");
        }
        if (art == Komponente.ABZUG && arbeitsentgelt) {
            throw new IllegalArgumentException("Ein Abzug zählt nicht zum Arbeitsentgelt („" + bezeichnung + "“). "
                    + "Ein zu hoch gezahltes Entgelt wird durch eine Rückrechnung des betroffenen Monats korrigiert.");
        }
    }

    /** The statement line of this item. */
    public Rechenzeile alsZeile() {
        return new Rechenzeile(art, lohnart, bezeichnung, null, null, betrag, arbeitsentgelt);
    }
}
