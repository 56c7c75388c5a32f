package de.werkerp.wage.control;

import java.util.Arrays;

/**
 * The codes of the attendance calendar grid, one per calendar day. The monthly counts ({@link Anwesenheit}) are
 * the number of days per code; weekends and holidays are {@link #FREI}.
 */
public enum Tagescode {
    ANWESEND('A', "anwesend"),
    KRANK_MIT_BESCHEINIGUNG('K', "krank mit Bescheinigung"),
    KRANK_OHNE_BESCHEINIGUNG('O', "krank ohne Bescheinigung"),
    URLAUB('U', "Urlaub"),
    SONSTIGE_BEZAHLT('S', "sonstige bezahlte Abwesenheit"),
    UNENTSCHULDIGT('F', "unentschuldigt gefehlt"),
    FREI('-', "kein Arbeitstag / nicht erfasst");

    private final char zeichen;
    private final String label;

    Tagescode(char zeichen, String label) {
        this.zeichen = zeichen;
        this.label = label;
    }

    public char getZeichen() {
        return zeichen;
    }

    public String getLabel() {
        return label;
    }

    /** The code of a character (case-insensitive; blank = {@link #FREI}). */
    public static Tagescode von(char c) {
        char upper = Character.toUpperCase(c);
        if (upper == ' ') {
            return FREI;
        }
        return Arrays.stream(values()).filter(t -> t.zeichen == upper).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unbekanntes Kürzel „" + c + "“ im Anwesenheitskalender: "
                        + "erlaubt sind A, K, O, U, S, F und -."));
    }

    /** The monthly counts of a row of day codes. */
    public static Anwesenheit zaehle(String tage) {
        int[] n = new int[values().length];
        for (char c : tage.toCharArray()) {
            n[von(c).ordinal()]++;
        }
        return new Anwesenheit(n[ANWESEND.ordinal()], n[KRANK_MIT_BESCHEINIGUNG.ordinal()],
                n[KRANK_OHNE_BESCHEINIGUNG.ordinal()], n[URLAUB.ordinal()], n[SONSTIGE_BEZAHLT.ordinal()],
                n[UNENTSCHULDIGT.ordinal()]);
    }
}
