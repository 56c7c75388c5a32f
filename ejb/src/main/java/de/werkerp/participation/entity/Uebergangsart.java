package de.werkerp.participation.entity;

/** Internships, transitions to the general labour market (§§ 61, 61a SGB IX, § 215 SGB IX Inklusionsbetrieb) and returns. */
public enum Uebergangsart {
    PRAKTIKUM("Praktikum"),
    SOZIALVERSICHERUNGSPFLICHTIG("sozialversicherungspflichtige Beschäftigung"),
    BUDGET_FUER_ARBEIT("Budget für Arbeit (§ 61 SGB IX)"),
    BUDGET_FUER_AUSBILDUNG("Budget für Ausbildung (§ 61a SGB IX)"),
    INKLUSIONSBETRIEB("Inklusionsbetrieb (§ 215 SGB IX)"),
    RUECKKEHR("Rückkehr in die Werkstatt");

    private final String label;

    Uebergangsart(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** A transition to the general labour market (not an internship, not a return). */
    public boolean isAllgemeinerArbeitsmarkt() {
        return this != PRAKTIKUM && this != RUECKKEHR;
    }

    public String getName() {
        return name();
    }
}
