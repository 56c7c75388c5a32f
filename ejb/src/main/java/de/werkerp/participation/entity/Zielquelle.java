package de.werkerp.participation.entity;

/** The planning document a goal comes from (§ 121 SGB IX Gesamtplan, § 19 SGB IX Teilhabeplan). */
public enum Zielquelle {
    GESAMTPLAN("Gesamtplan (§ 121 SGB IX)"),
    TEILHABEPLAN("Teilhabeplan (§ 19 SGB IX)");

    private final String label;

    Zielquelle(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public String getName() {
        return name();
    }
}
