package de.werkerp.result.control;

import java.util.Objects;

/**
 * One check of the Arbeitsergebnisrechnung with a German message. {@code ok = false} is a warning for the people who
 * prepare, audit (§ 12 Abs. 1 Satz 4 WVO) and disclose (§ 12 Abs. 6 WVO) the statement; none of the checks stops the
 * calculation. A justified deviation from the 70 % rule stays {@code ok = false}, its message starts with
 * "Begründete Abweichung" and quotes the justification.
 */
public record Pruefung(Code code, boolean ok, String meldung) {

    /** The checks, always all five, in this order. */
    public enum Code {
        /** § 12 Abs. 5 Nr. 1 WVO: Arbeitsentgelte in der Regel mindestens 70 % des Arbeitsergebnisses. */
        ENTGELTQUOTE,
        /** § 12 Abs. 5 Nr. 2 WVO: Ertragsschwankungsrücklage höchstens die Arbeitsentgelte für sechs Monate. */
        RUECKLAGE_HOECHSTBETRAG,
        /** § 12 Abs. 4 WVO: Arbeitsergebnis negativ. */
        VERLUSTJAHR,
        /** § 12 Abs. 5 WVO: die Verwendung ist höher als Arbeitsergebnis plus Entnahme aus der Rücklage. */
        VERWENDUNG_UEBERSTEIGT_ERGEBNIS,
        /** § 58 Abs. 4 SGB IX: Gewinn oder Verlust durch die Vergütungen, getrennt ausgewiesen. */
        VERGUETUNGSERGEBNIS
    }

    public Pruefung {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(meldung, "meldung");
    }
}
