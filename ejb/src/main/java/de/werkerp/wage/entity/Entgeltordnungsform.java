package de.werkerp.wage.entity;

/** The forms of an Entgeltordnung (rules.md § 1; kernel: {@link de.werkerp.wage.control.Entgeltordnung}). */
public enum Entgeltordnungsform {
    PUNKTWERT("Punkte × Punktwert"),
    LOHNSTUFEN("Lohnstufen mit festen Beträgen"),
    KRITERIEN("Gewichtete Kriterien → Punkte × Punktwert");

    private final String label;

    Entgeltordnungsform(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
