package de.werkerp.election.entity;

/** Acceptance of the election (§ 24 WMVO: silence for three working days counts as acceptance). */
public enum Annahme {
    OFFEN("offen"), ANGENOMMEN("angenommen"), ABGELEHNT("abgelehnt");

    private final String label;

    Annahme(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
