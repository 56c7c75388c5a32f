package de.werkerp.contract.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small reader for delimiter-separated text after RFC 4180, with the separator chosen by the caller (the
 * German Excel writes ";", RFC 4180 itself ",").
 *
 * <ul>
 * <li>A field may be enclosed in double quotes; inside, a doubled quote stands for one quote, and separators and
 * line breaks are part of the field (a line break inside a field is returned as "\n").</li>
 * <li>Records end with CRLF, LF or a lone CR; the end of the input ends the last record (no final line break
 * needed). Every record knows the physical line it starts on (1-based, line breaks inside quotes counted).</li>
 * <li>A byte order mark (U+FEFF) at the very start is skipped.</li>
 * <li>Lenient where RFC 4180 is strict, but reported: a quote inside an unquoted field is kept as a character;
 * text after a closing quote is kept and reported; a quoted field still open at the end of the input is
 * reported. Reports are {@link Formfehler}s of the record, never exceptions.</li>
 * </ul>
 * Reads the input as a stream: only the current record is held in memory.
 */
final class CsvLeser {

    /**
     * A problem with the quoting of one field ({@code feld} 0-based); {@code offen}: the quote was never closed,
     * so the rest of the input went into this field and the record cannot be read.
     */
    record Formfehler(int feld, String meldung, boolean offen) {
    }

    /** One record: its first physical line, its fields (never empty) and problems with its quoting. */
    record Datensatz(int zeile, List<String> felder, List<Formfehler> formfehler) {

        /** Whether every field is empty or blank (an empty line, or ";;;;" as Excel writes for an empty row). */
        boolean leer() {
            return felder.stream().allMatch(f -> f.isBlank());
        }
    }

    private static final int KEIN_ZEICHEN = -2;

    private final Reader in;
    private final char[] puffer = new char[8192];
    private int pufferPos;
    private int pufferLaenge;
    /** Characters already read ahead by {@link #ersteZeileVorausschauen()}, to be read again. */
    private final StringBuilder vorlauf = new StringBuilder();
    private int vorlaufPos;
    private int zurueckgelegt = KEIN_ZEICHEN;
    private boolean amAnfang = true;
    private int zeile = 1;
    private char trennzeichen = ';';

    CsvLeser(Reader in) {
        this.in = in;
    }

    void setTrennzeichen(char trennzeichen) {
        this.trennzeichen = trennzeichen;
    }

    /** The physical line the next character belongs to. */
    int aktuelleZeile() {
        return zeile;
    }

    /**
     * The next physical line as it stands (up to the first line break outside quotes, without it), without
     * consuming it: the following {@link #naechster()} reads it again. For choosing the separator from the
     * header line.
     */
    String ersteZeileVorausschauen() throws IOException {
        StringBuilder zeilenText = new StringBuilder();
        boolean inAnfuehrung = false;
        // what was looked at before is looked at again
        int start = vorlaufPos;
        for (int i = start; i < vorlauf.length(); i++) {
            char c = vorlauf.charAt(i);
            if (!inAnfuehrung && (c == '\n' || c == '\r')) {
                return zeilenText.toString();
            }
            if (c == '"') {
                inAnfuehrung = !inAnfuehrung;
            }
            zeilenText.append(c);
        }
        while (true) {
            int c = ausQuelle();
            if (c < 0) {
                return zeilenText.toString();
            }
            vorlauf.append((char) c);
            if (!inAnfuehrung && (c == '\n' || c == '\r')) {
                return zeilenText.toString();
            }
            if (c == '"') {
                inAnfuehrung = !inAnfuehrung;
            }
            zeilenText.append((char) c);
        }
    }

    /** The next record, or {@code null} at the end of the input. */
    Datensatz naechster() throws IOException {
        int c = lies();
        if (c < 0) {
            return null;
        }
        int start = zeile;
        List<String> felder = new ArrayList<>();
        List<Formfehler> fehler = new ArrayList<>();
        StringBuilder feld = new StringBuilder();
        Zustand zustand = Zustand.FELDANFANG;
        boolean textNachAnfuehrungGemeldet = false;
        while (true) {
            if (c < 0) {
                if (zustand == Zustand.IN_ANFUEHRUNG) {
                    fehler.add(new Formfehler(felder.size(), "Das Anführungszeichen am Anfang des Feldes wird nicht "
                            + "geschlossen: die Datei endet innerhalb des Feldes. Bitte prüfen, ob ein "
                            + "Anführungszeichen fehlt oder eines zu viel ist (Zeile " + start + " bis "
                            + zeile + ").", true));
                }
                felder.add(feld.toString());
                return new Datensatz(start, List.copyOf(felder), List.copyOf(fehler));
            }
            char z = (char) c;
            switch (zustand) {
                case FELDANFANG, OHNE_ANFUEHRUNG, NACH_ANFUEHRUNG -> {
                    if (z == trennzeichen) {
                        felder.add(feld.toString());
                        feld.setLength(0);
                        zustand = Zustand.FELDANFANG;
                        textNachAnfuehrungGemeldet = false;
                    } else if (z == '\r' || z == '\n') {
                        zeilenende(z);
                        felder.add(feld.toString());
                        return new Datensatz(start, List.copyOf(felder), List.copyOf(fehler));
                    } else if (z == '"' && zustand == Zustand.FELDANFANG) {
                        zustand = Zustand.IN_ANFUEHRUNG;
                    } else {
                        if (zustand == Zustand.NACH_ANFUEHRUNG && !textNachAnfuehrungGemeldet) {
                            fehler.add(new Formfehler(felder.size(), "Nach dem schließenden Anführungszeichen "
                                    + "folgt noch Text („" + z + "“). Ein Anführungszeichen im Text muss "
                                    + "verdoppelt werden (\"\"), das ganze Feld in Anführungszeichen stehen.",
                                    false));
                            textNachAnfuehrungGemeldet = true;
                        }
                        feld.append(z);
                        if (zustand == Zustand.FELDANFANG) {
                            zustand = Zustand.OHNE_ANFUEHRUNG;
                        }
                    }
                }
                case IN_ANFUEHRUNG -> {
                    if (z == '"') {
                        int folgt = lies();
                        if (folgt == '"') {
                            feld.append('"');
                        } else {
                            zustand = Zustand.NACH_ANFUEHRUNG;
                            zuruecklegen(folgt);
                        }
                    } else if (z == '\r' || z == '\n') {
                        zeilenende(z);
                        feld.append('\n');
                    } else {
                        feld.append(z);
                    }
                }
                default -> throw new IllegalStateException(zustand.name());
            }
            c = lies();
        }
    }

    private enum Zustand {
        FELDANFANG, OHNE_ANFUEHRUNG, IN_ANFUEHRUNG, NACH_ANFUEHRUNG
    }

    /** Counts a line break; CRLF is one. */
    private void zeilenende(char z) throws IOException {
        if (z == '\r') {
            int folgt = lies();
            if (folgt != '\n') {
                zuruecklegen(folgt);
            }
        }
        zeile++;
    }

    private void zuruecklegen(int c) {
        zurueckgelegt = c;
    }

    private int lies() throws IOException {
        if (zurueckgelegt != KEIN_ZEICHEN) {
            int c = zurueckgelegt;
            zurueckgelegt = KEIN_ZEICHEN;
            return c;
        }
        if (vorlaufPos < vorlauf.length()) {
            char c = vorlauf.charAt(vorlaufPos++);
            if (vorlaufPos == vorlauf.length()) {
                vorlauf.setLength(0);
                vorlaufPos = 0;
            }
            return c;
        }
        return ausQuelle();
    }

    /** The next character of the underlying input, the byte order mark at the start skipped. */
    private int ausQuelle() throws IOException {
        if (pufferPos >= pufferLaenge) {
            int n = in.read(puffer, 0, puffer.length);
            if (n <= 0) {
                pufferPos = 0;
                pufferLaenge = 0;
                return -1;
            }
            pufferPos = 0;
            pufferLaenge = n;
        }
        char c = puffer[pufferPos++];
        if (amAnfang) {
            amAnfang = false;
            if (c == '\uFEFF') {
                return ausQuelle();
            }
        }
        return c;
    }
}
