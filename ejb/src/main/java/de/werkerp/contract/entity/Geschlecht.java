package de.werkerp.contract.entity;

/** Gender as recorded for the Frauenbeauftragte elections (§ 222 Abs. 5 SGB IX). */
public enum Geschlecht {
    WEIBLICH("weiblich"), MAENNLICH("männlich"), DIVERS("divers"), OHNE_ANGABE("ohne Angabe");

    private final String label;

    Geschlecht(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
