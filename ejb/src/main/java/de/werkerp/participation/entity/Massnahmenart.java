package de.werkerp.participation.entity;

/** Kinds of measures towards a goal (§ 219 Abs. 1 SGB IX arbeitsbegleitende Maßnahmen, § 5 WVO Übergangsförderung). */
public enum Massnahmenart {
    ARBEITSBEGLEITEND("arbeitsbegleitende Maßnahme"),
    QUALIFIZIERUNG("Qualifizierung"),
    PRAKTIKUM("Praktikum"),
    UEBERGANGSFOERDERUNG("Übergangsförderung"),
    JOBCOACHING("Jobcoaching");

    private final String label;

    Massnahmenart(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public String getName() {
        return name();
    }
}
