package de.werkerp.election.entity;

/** Decision on an objection (§ 17 WMVO). */
public enum Entscheidung {
    STATTGEGEBEN("stattgegeben"), ZURUECKGEWIESEN("zurückgewiesen");

    private final String label;

    Entscheidung(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
