package de.werkerp.costing.entity;

/** State of a version of the cost calculation: a draft can change; a fixed version never does. */
public enum Kalkulationsstatus {
    ENTWURF("Entwurf"), FESTGESCHRIEBEN("Festgeschrieben");

    private final String label;

    Kalkulationsstatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
