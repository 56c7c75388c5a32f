package de.werkerp.election.entity;

/** Admission of a nomination (§ 19 WMVO). */
public enum Vorschlagsstatus {
    EINGEREICHT("eingereicht"), ZUGELASSEN("zugelassen"), ZURUECKGEWIESEN("zurückgewiesen");

    private final String label;

    Vorschlagsstatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
