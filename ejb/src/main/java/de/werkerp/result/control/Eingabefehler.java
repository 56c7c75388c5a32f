package de.werkerp.result.control;

import java.util.Objects;

/**
 * Invalid input of the Arbeitsergebnisrechnung: a German message and the {@link Arbeitsergebnis.Eingabe} component at
 * fault ({@code jahr}, {@code entgelteMonatlich}, {@code zufuehrungRuecklage}, …; for an amount of the statement the
 * position code, e.g. {@code "II.3"}), so a boundary can name the field.
 */
public class Eingabefehler extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String feld;

    public Eingabefehler(String feld, String meldung) {
        super(meldung);
        this.feld = Objects.requireNonNull(feld, "feld");
    }

    public String feld() {
        return feld;
    }
}
