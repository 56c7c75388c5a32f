package de.werkerp.wage.control;

/**
 * The components of a monthly wage statement; every {@link Rechenzeile} belongs to one. The totals of
 * {@link Entgeltabrechnung} are sums of lines per component, so each figure can be traced to its lines.
 */
public enum Komponente {
    /** Grundbetrag, § 221 Abs. 2 SGB IX: part of the Arbeitsentgelt. */
    GRUNDBETRAG("Grundbetrag"),
    /** Steigerungsbetrag, § 221 Abs. 2 SGB IX, by the Entgeltordnung: part of the Arbeitsentgelt. */
    STEIGERUNGSBETRAG("Steigerungsbetrag"),
    /** Arbeitsförderungsgeld, § 59 SGB IX: paid on top, not Arbeitsentgelt. */
    ARBEITSFOERDERUNGSGELD("Arbeitsförderungsgeld"),
    /** One-off payment (e.g. Weihnachtsgeld); Arbeitsentgelt or not as flagged. */
    EINMALZAHLUNG("Einmalzahlung"),
    /** Recurring allowance (Zulage); Arbeitsentgelt or not as flagged. */
    ZULAGE("Zulage"),
    /** Deduction (e.g. Mittagessen, Vorschuss): a negative amount, never Arbeitsentgelt. */
    ABZUG("Abzug"),
    /** The worker's share of social-insurance contributions, from a {@link BeitragsBerechnung}: negative. */
    SOZIALVERSICHERUNG("Sozialversicherung");

    private final String label;

    Komponente(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
