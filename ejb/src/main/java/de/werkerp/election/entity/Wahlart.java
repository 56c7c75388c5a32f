package de.werkerp.election.entity;

/** Which office a nomination is for. */
public enum Wahlart {
    WERKSTATTRAT("Werkstattrat"), FRAUENBEAUFTRAGTE("Frauenbeauftragte");

    private final String label;

    Wahlart(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
