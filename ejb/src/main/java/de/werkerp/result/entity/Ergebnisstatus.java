package de.werkerp.result.entity;

/** State of a version of the Arbeitsergebnisrechnung. */
public enum Ergebnisstatus {
    ENTWURF("Entwurf"), GEPRUEFT("Geprüft"), FREIGEGEBEN("Freigegeben");

    private final String label;

    Ergebnisstatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
