package de.werkerp.election.entity;

/** Outcome for a candidate. */
public enum Wahlausgang {
    GEWAEHLT("gewählt"), ERSATZ("Ersatzmitglied"), NICHT_GEWAEHLT("nicht gewählt");

    private final String label;

    Wahlausgang(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
