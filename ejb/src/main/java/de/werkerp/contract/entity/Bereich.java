package de.werkerp.contract.entity;

/** The areas of a Werkstatt (§§ 57, 58 SGB IX); an aLA has the same structure (§ 60 SGB IX). */
public enum Bereich {
    EV("Eingangsverfahren"), BBB("Berufsbildungsbereich"), AB("Arbeitsbereich");

    private final String label;

    Bereich(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
