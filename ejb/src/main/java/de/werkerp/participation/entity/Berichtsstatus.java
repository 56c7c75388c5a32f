package de.werkerp.participation.entity;

/** Status of a Teilhabebericht: a draft is edited, a released report never changes. */
public enum Berichtsstatus {
    ENTWURF("Entwurf"),
    FREIGEGEBEN("Freigegeben");

    private final String label;

    Berichtsstatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public String getName() {
        return name();
    }
}
