package de.werkerp.election.entity;

/** Function in the Wahlvorstand (§ 13 WMVO) or beside it. */
public enum Funktion {
    VORSITZ("Vorsitz"), MITGLIED("Mitglied"), VERTRAUENSPERSON("Vertrauensperson"), HELFER("Wahlhelfer/in");

    private final String label;

    Funktion(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
