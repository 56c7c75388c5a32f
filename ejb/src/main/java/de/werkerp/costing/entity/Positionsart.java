package de.werkerp.costing.entity;

/** The three sections of seed 003 Tab. 1: staff, fixed and variable costs. */
public enum Positionsart {
    PERSONAL("Personalkosten"), FIX("Fixe Kosten"), SACH("Variable Kosten");

    private final String label;

    Positionsart(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
