package de.werkerp.contract.entity;

/** Reasons a Werkstattvertrag ends. */
public enum Vertragsende {
    UEBERGANG_ARBEITSMARKT("Übergang auf den allgemeinen Arbeitsmarkt"),
    BUDGET_FUER_ARBEIT("Budget für Arbeit (§ 61 SGB IX)"),
    WECHSEL_LEISTUNGSANBIETER("Wechsel zu einem anderen Leistungsanbieter"),
    REGELALTERSGRENZE("Erreichen der Regelaltersgrenze (§§ 35, 235 SGB VI)"),
    LOESUNGSERKLAERUNG("Lösungserklärung des Trägers (§ 221 Abs. 7 SGB IX, schriftlich mit Begründung)"),
    KUENDIGUNG_BESCHAEFTIGTE("Kündigung durch die/den Beschäftigte/n"),
    TOD("Tod"),
    SONSTIGE("sonstiger Grund");

    private final String label;

    Vertragsende(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** § 221 Abs. 7 SGB IX: a Lösungserklärung must be written and give reasons; other reasons too need a note if "sonstige". */
    public boolean begruendungPflicht() {
        return this == LOESUNGSERKLAERUNG || this == SONSTIGE;
    }
}
