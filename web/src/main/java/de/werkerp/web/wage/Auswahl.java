package de.werkerp.web.wage;

import java.io.Serializable;

/** A choice for a select menu of the Entgelt pages: stored value, German label, optional explanation. */
public class Auswahl implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Object wert;
    private final String label;
    private final String erklaerung;

    public Auswahl(Object wert, String label, String erklaerung) {
        this.wert = wert;
        this.label = label;
        this.erklaerung = erklaerung;
    }

    public Object getWert() {
        return wert;
    }

    public String getLabel() {
        return label;
    }

    public String getErklaerung() {
        return erklaerung;
    }
}
