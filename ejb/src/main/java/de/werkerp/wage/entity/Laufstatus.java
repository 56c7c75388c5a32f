package de.werkerp.wage.entity;

/** State of an {@link Entgeltlauf}. */
public enum Laufstatus {
    /** Computing in the background; the progress is in the run. */
    LAEUFT("Wird berechnet"),
    /** Computed, waiting for review and release. Computing again replaces the results. */
    BERECHNET("Berechnet – zur Prüfung"),
    /** The last computation failed; nothing of it was stored. The message says why. */
    FEHLER("Fehler"),
    /** Released by a second person: closed and immutable. */
    FREIGEGEBEN("Freigegeben – abgeschlossen");

    private final String label;

    Laufstatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
