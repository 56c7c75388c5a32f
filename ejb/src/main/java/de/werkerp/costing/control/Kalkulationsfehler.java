package de.werkerp.costing.control;

import java.util.Objects;

/**
 * Invalid input of the cost calculation: a German message naming the rule, and the input field at fault
 * ({@code plaetze}, {@code tage}, {@code personal}, …) so that a boundary can show it next to the field.
 */
public class Kalkulationsfehler extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String feld;

    public Kalkulationsfehler(String feld, String meldung) {
        super(meldung);
        this.feld = Objects.requireNonNull(feld, "feld");
    }

    public String feld() {
        return feld;
    }
}
