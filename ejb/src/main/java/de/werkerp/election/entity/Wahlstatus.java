package de.werkerp.election.entity;

/** State of an election project: open while in preparation; finished when counted; or cancelled with a reason. */
public enum Wahlstatus {
    VORBEREITUNG("In Vorbereitung"), AUSGEZAEHLT("Ergebnis festgestellt"), ABGESAGT("Abgesagt");

    private final String label;

    Wahlstatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
