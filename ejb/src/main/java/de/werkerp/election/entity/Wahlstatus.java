package de.werkerp.election.entity;

/** State of an election project. */
public enum Wahlstatus {
    VORBEREITUNG("In Vorbereitung"), AUSGEZAEHLT("Ergebnis festgestellt");

    private final String label;

    Wahlstatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
