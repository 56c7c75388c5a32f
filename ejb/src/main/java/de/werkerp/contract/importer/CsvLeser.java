package de.werkerp.contract.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads delimiter-separated text after RFC 4180 with Apache Commons CSV, the separator chosen by the caller (the
 * German Excel writes ";", RFC 4180 itself ","), and turns Commons CSV's quoting errors into German messages.
 *
 * <ul>
 * <li>A field may be enclosed in double quotes; inside, a doubled quote stands for one quote, and separators and
 * line breaks are part of the field (a line break inside a field is returned as "\n").</li>
 * <li>Records end with CRLF, LF or a lone CR; the end of the input ends the last record (no final line break
 * needed). Every record knows the physical line it starts on (1-based, line breaks inside quotes counted).</li>
 * <li>A byte order mark (U+FEFF) at the very start is skipped.</li>
 * <li>A quote inside an unquoted field is kept as a character (as Commons CSV does). Text after a closing quote and
 * a quoted field still open at the end of the input are errors in Commons CSV's strict reading: the record is then
 * read again leniently (the text kept, the open field running to the end) and the problem is reported as a
 * {@link Formfehler} of the record, never as an exception; reading goes on with the next record.</li>
 * </ul>
 * Each record is read by its own parser from the record's first character, so a broken record never spoils the
 * next one. The whole input is held in memory (the import limits it to 32 MB).
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

    private final Reader in;
    private String text;
    /** Offsets of the physical lines' first characters; index 0 = line 1. */
    private int[] zeilenanfaenge;
    /** Offset of the next record's first character. */
    private int pos;
    /** Physical line of {@link #pos} (1-based). */
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
        laden();
        boolean inAnfuehrung = false;
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!inAnfuehrung && (c == '\n' || c == '\r')) {
                return text.substring(pos, i);
            }
            if (c == '"') {
                inAnfuehrung = !inAnfuehrung;
            }
        }
        return text.substring(pos);
    }

    /** The next record, or {@code null} at the end of the input. */
    Datensatz naechster() throws IOException {
        laden();
        if (pos >= text.length()) {
            return null;
        }
        int start = zeile;
        try {
            Gelesen g = lies(strikt());
            weiter(g);
            return new Datensatz(start, g.felder(), List.of());
        } catch (IOException | UncheckedIOException e) {
            String meldung = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            Gelesen g = lies(nachsichtig());
            weiter(g);
            return new Datensatz(start, g.felder(), List.of(formfehler(meldung == null ? "" : meldung, g, start)));
        }
    }

    /** One record read from {@link #pos}: its fields, the line breaks it used, whether the input ended with it. */
    private record Gelesen(List<String> felder, int zeilen, boolean ende) {
    }

    private Gelesen lies(CSVFormat format) throws IOException {
        StringReader r = new StringReader(text);
        r.skip(pos);
        try (CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
            Iterator<CSVRecord> saetze = parser.iterator();
            if (!saetze.hasNext()) {
                // only reached at the very end; an empty rest counts as one empty field
                return new Gelesen(List.of(""), 0, true);
            }
            CSVRecord satz = saetze.next();
            int zeilen = (int) parser.getCurrentLineNumber();
            List<String> felder = new ArrayList<>(satz.size());
            for (String f : satz) {
                felder.add(f.replace("\r\n", "\n").replace('\r', '\n'));
            }
            boolean ende;
            try {
                ende = !saetze.hasNext();
            } catch (UncheckedIOException folgendeFehlerhaft) {
                ende = false;
            }
            return new Gelesen(List.copyOf(felder), zeilen, ende);
        }
    }

    /** Moves to the record after the one just read. */
    private void weiter(Gelesen g) {
        zeile += g.zeilen();
        pos = g.ende() || zeile - 1 >= zeilenanfaenge.length ? text.length() : zeilenanfaenge[zeile - 1];
    }

    private CSVFormat strikt() {
        return CSVFormat.RFC4180.builder().setDelimiter(trennzeichen).setIgnoreEmptyLines(false).get();
    }

    private CSVFormat nachsichtig() {
        return CSVFormat.RFC4180.builder().setDelimiter(trennzeichen).setIgnoreEmptyLines(false)
                .setTrailingData(true).setLenientEof(true).get();
    }

    /** Commons CSV's message about the record at {@code start}, in German and with the field it concerns. */
    private Formfehler formfehler(String meldung, Gelesen g, int start) throws IOException {
        if (meldung.contains("EOF")) {
            return new Formfehler(g.felder().size() - 1, "Das Anführungszeichen am Anfang des Feldes wird nicht "
                    + "geschlossen: die Datei endet innerhalb des Feldes. Bitte prüfen, ob ein Anführungszeichen "
                    + "fehlt oder eines zu viel ist (Zeile " + start + " bis " + zeile + ").", true);
        }
        // "Invalid character between encapsulated token and delimiter at line: 1, position: 5":
        // the position counts the characters read from the record's start up to and including the stray one
        int feld = 0;
        String zeichen = "";
        int stelle = meldung.lastIndexOf("position:");
        if (stelle >= 0) {
            String ziffern = meldung.substring(stelle).replaceAll("[^0-9]", "");
            int gelesen = ziffern.isEmpty() ? 0 : Integer.parseInt(ziffern);
            int bis = Math.min(text.length(), startOffset(start) + gelesen);
            if (gelesen > 0) {
                zeichen = " („" + text.charAt(bis - 1) + "“)";
                feld = Math.max(0, feldAnzahl(startOffset(start), bis - 1) - 1);
            }
        }
        return new Formfehler(feld, "Nach dem schließenden Anführungszeichen folgt noch Text" + zeichen + ". Ein "
                + "Anführungszeichen im Text muss verdoppelt werden (\"\"), das ganze Feld in Anführungszeichen stehen.",
                false);
    }

    /** How many fields the text from {@code von} to {@code bis} (exclusive) has, read leniently. */
    private int feldAnzahl(int von, int bis) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(von, bis)))
                .setFormat(nachsichtig()).get()) {
            Iterator<CSVRecord> saetze = parser.iterator();
            return saetze.hasNext() ? saetze.next().size() : 1;
        }
    }

    private int startOffset(int physischeZeile) {
        return zeilenanfaenge[physischeZeile - 1];
    }

    /** Reads the whole input once (the byte order mark dropped) and notes where each physical line starts. */
    private void laden() throws IOException {
        if (text != null) {
            return;
        }
        StringBuilder b = new StringBuilder();
        char[] puffer = new char[8192];
        int n;
        while ((n = in.read(puffer)) > 0) {
            b.append(puffer, 0, n);
        }
        if (b.length() > 0 && b.charAt(0) == '\uFEFF') {
            b.deleteCharAt(0);
        }
        text = b.toString();
        List<Integer> anfaenge = new ArrayList<>();
        anfaenge.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                anfaenge.add(i + 1);
            } else if (c == '\r' || c == '\n') {
                anfaenge.add(i + 1);
            }
        }
        zeilenanfaenge = anfaenge.stream().mapToInt(Integer::intValue).toArray();
    }
}
