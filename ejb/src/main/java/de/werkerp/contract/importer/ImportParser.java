package de.werkerp.contract.importer;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and checks the CSV file of people and their Werkstattvertrag for a provider switching from another
 * system (docs/import-beschaeftigte.md). Plain Java: no container, no database. What needs the database (does
 * the Einrichtung, the Gruppe exist; is the person already stored) and the all-or-nothing import are the
 * caller's job.
 *
 * <p><b>File</b>: UTF-8 with or without byte order mark; fields separated by ";" (the German Excel default) or,
 * if the header line contains no ";", by ","; RFC 4180 quoting (see {@link CsvLeser}). An Excel line
 * "sep=;" before the header is honoured. Empty lines and lines of empty fields (";;;;") are skipped.
 *
 * <p><b>Header</b>: required, the column names exactly as in {@link ImportSpalte}, in any order; unknown and
 * repeated columns and missing required columns are errors (and no row is returned then, but every row is still
 * checked so the dry run shows all problems). Columns without a name are ignored as long as they are empty.
 *
 * <p><b>Rows</b>: checked by {@link ZeilenPruefung}; duplicates within the file (same nachname, vorname and
 * geburtsdatum, case-insensitive; or the same rv_nummer) are an error on the later line. At most
 * {@value #HOECHSTZAHL_ZEILEN} data rows; beyond, one error and reading stops.
 *
 * <p>Never throws for bad input: every problem is an {@link ImportError}. The input is not closed.
 */
public final class ImportParser {

    /** Most data rows in one file. */
    public static final int HOECHSTZAHL_ZEILEN = 20_000;

    /** Largest file read through {@link #parse(InputStream)}: 32 MiB (20,000 rows need about 6). */
    public static final int HOECHSTGROESSE_BYTES = 32 * 1024 * 1024;

    /** The message for a file without data rows (also an empty file or one with only the header). */
    public static final String KEINE_DATENZEILEN = "Die Datei enthält keine Datenzeilen.";

    /** A header line with all columns, separated by ";", e.g. for a template file. */
    public static final String KOPFZEILE = Arrays.stream(ImportSpalte.values())
            .map(ImportSpalte::spaltenname).collect(Collectors.joining(";"));

    private static final Pattern SEP_ZEILE = Pattern.compile("sep=(.)", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ImportParser() {
    }

    /** Reads UTF-8 bytes (with or without BOM); "today" for the birth-date check is today in Germany. */
    public static ImportResult parse(InputStream in) {
        return parse(in, heute());
    }

    /** Reads UTF-8 bytes (with or without BOM), {@code heute} being the day birth dates may not lie after. */
    public static ImportResult parse(InputStream in, LocalDate heute) {
        if (in == null) {
            return ohneDaten();
        }
        byte[] daten;
        try {
            daten = in.readNBytes(HOECHSTGROESSE_BYTES + 1);
        } catch (IOException e) {
            return new ImportResult(List.of(), List.of(ImportError.datei("Die Datei konnte nicht gelesen werden ("
                    + e.getMessage() + ").")));
        }
        if (daten.length > HOECHSTGROESSE_BYTES) {
            return new ImportResult(List.of(), List.of(ImportError.datei("Die Datei ist größer als "
                    + HOECHSTGROESSE_BYTES / (1024 * 1024) + " MB; höchstens " + HOECHSTZAHL_ZEILEN
                    + " Zeilen werden auf einmal eingelesen. Bitte die Datei aufteilen.")));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(daten);
        CharBuffer zeichen = CharBuffer.allocate(daten.length);
        CoderResult ergebnis = decoder.decode(bytes, zeichen, true);
        if (!ergebnis.isError()) {
            ergebnis = decoder.flush(zeichen);
        }
        if (ergebnis.isError()) {
            int stelle = bytes.position();
            return new ImportResult(List.of(), List.of(keinUtf8(daten, stelle)));
        }
        zeichen.flip();
        return parse(new CharArrayReader(zeichen.array(), 0, zeichen.limit()), heute);
    }

    /** Reads characters; "today" for the birth-date check is today in Germany. */
    public static ImportResult parse(Reader in) {
        return parse(in, heute());
    }

    /** Reads characters, {@code heute} being the day birth dates may not lie after. */
    public static ImportResult parse(Reader in, LocalDate heute) {
        if (in == null) {
            return ohneDaten();
        }
        LocalDate stichtag = heute != null ? heute : heute();
        CsvLeser leser = new CsvLeser(in);
        List<ImportError> fehler = new ArrayList<>();
        List<ImportRow> zeilen = new ArrayList<>();
        boolean kopfFehlerhaft = false;
        int anzahl = 0;
        try {
            Kopf kopf = leseKopf(leser, fehler);
            if (kopf == null) {
                return ohneDaten();
            }
            kopfFehlerhaft = kopf.fehlerhaft;
            Map<String, Integer> personen = new HashMap<>();
            Map<String, Integer> rvNummern = new HashMap<>();
            CsvLeser.Datensatz satz;
            while ((satz = leser.naechster()) != null) {
                if (satz.leer() && satz.formfehler().isEmpty()) {
                    continue;
                }
                anzahl++;
                if (anzahl > HOECHSTZAHL_ZEILEN) {
                    fehler.add(ImportError.zeile(satz.zeile(), "Die Datei hat mehr als " + tausender(HOECHSTZAHL_ZEILEN)
                            + " Datenzeilen; ab hier wird nicht weitergelesen. Bitte die Datei aufteilen."));
                    break;
                }
                ZeilenPruefung pruefung = pruefeZeile(satz, kopf, stichtag);
                if (satz.formfehler().stream().anyMatch(CsvLeser.Formfehler::offen)) {
                    // the rest of the file is in one field: its values say nothing, only the quote is reported
                    fehler.addAll(pruefung.fehler());
                    continue;
                }
                Optional<ImportRow> zeile = pruefung.pruefe();
                boolean doppelt = pruefeDoppelt(pruefung, satz.zeile(), personen, rvNummern);
                fehler.addAll(pruefung.fehler());
                if (zeile.isPresent() && !doppelt) {
                    zeilen.add(zeile.get());
                }
            }
        } catch (IOException e) {
            fehler.add(ImportError.zeile(leser.aktuelleZeile(), "Die Datei konnte ab hier nicht gelesen werden ("
                    + e.getMessage() + ")."));
        }
        if (anzahl == 0) {
            fehler.add(ImportError.datei(KEINE_DATENZEILEN));
        }
        return new ImportResult(kopfFehlerhaft ? List.of() : zeilen, fehler);
    }

    // ------------------------------------------------------------------ header

    /** The header: which column each field of a row belongs to. */
    private static final class Kopf {
        /** Per field position: the column, or {@code null} (no name, unknown, repeated). */
        final List<ImportSpalte> spalten = new ArrayList<>();
        /** Per field position: the name as written in the header (cleaned). */
        final List<String> namen = new ArrayList<>();
        final Set<ImportSpalte> vorhanden = EnumSet.noneOf(ImportSpalte.class);
        boolean fehlerhaft;
    }

    /** Reads the header (choosing the separator), or returns {@code null} if the file has no non-empty line. */
    private static Kopf leseKopf(CsvLeser leser, List<ImportError> fehler) throws IOException {
        Character angegebenesTrennzeichen = null;
        String zeile;
        while (true) {
            zeile = leser.ersteZeileVorausschauen();
            Matcher sep = SEP_ZEILE.matcher(zeile.strip());
            if (angegebenesTrennzeichen == null && sep.matches()) {
                angegebenesTrennzeichen = sep.group(1).charAt(0);
            } else if (!zeile.replaceAll("[\\s;,\\u00A0\\uFEFF]", "").isEmpty()) {
                break;
            }
            leser.setTrennzeichen('\u0000'); // read the line as one field and drop it
            if (leser.naechster() == null) {
                return null;
            }
        }
        leser.setTrennzeichen(angegebenesTrennzeichen != null ? angegebenesTrennzeichen
                : zeile.indexOf(';') >= 0 ? ';' : ',');
        CsvLeser.Datensatz satz = leser.naechster();
        if (satz == null) {
            return null;
        }
        Kopf kopf = new Kopf();
        Map<ImportSpalte, Integer> erstePosition = new EnumMap<>(ImportSpalte.class);
        for (CsvLeser.Formfehler f : satz.formfehler()) {
            fehler.add(ImportError.zeile(satz.zeile(), "Kopfzeile, Spalte " + (f.feld() + 1) + ": " + f.meldung()));
            kopf.fehlerhaft = true;
        }
        for (int i = 0; i < satz.felder().size(); i++) {
            String name = bereinigt(satz.felder().get(i));
            kopf.namen.add(name);
            if (name.isEmpty()) {
                kopf.spalten.add(null);
                continue;
            }
            Optional<ImportSpalte> spalte = ImportSpalte.zuName(name);
            if (spalte.isEmpty()) {
                fehler.add(ImportError.feld(satz.zeile(), kuerzen(name), "Die Spalte „" + kuerzen(name)
                        + "“ ist unbekannt."
                        + vorschlag(name)));
                kopf.fehlerhaft = true;
                kopf.spalten.add(null);
            } else if (erstePosition.containsKey(spalte.get())) {
                fehler.add(ImportError.feld(satz.zeile(), name, "Die Spalte „" + name + "“ steht mehrmals in der "
                        + "Kopfzeile (an Stelle " + (erstePosition.get(spalte.get()) + 1) + " und " + (i + 1)
                        + "); die zweite wird nicht gelesen."));
                kopf.fehlerhaft = true;
                kopf.spalten.add(null);
            } else {
                erstePosition.put(spalte.get(), i);
                kopf.vorhanden.add(spalte.get());
                kopf.spalten.add(spalte.get());
            }
        }
        for (ImportSpalte s : ImportSpalte.values()) {
            if (s.pflicht() && !kopf.vorhanden.contains(s)) {
                fehler.add(ImportError.feld(satz.zeile(), s.spaltenname(), "Die Pflichtspalte „" + s.spaltenname()
                        + "“ fehlt in der Kopfzeile."));
                kopf.fehlerhaft = true;
            }
        }
        return kopf;
    }

    /** A hint for an unknown column name: the allowed name it most resembles, or the list of all names. */
    private static String vorschlag(String name) {
        String vereinfacht = vereinfacht(name);
        ImportSpalte bester = null;
        int besterAbstand = Integer.MAX_VALUE;
        for (ImportSpalte s : ImportSpalte.values()) {
            int abstand = abstand(vereinfacht, vereinfacht(s.spaltenname()));
            if (abstand < besterAbstand) {
                besterAbstand = abstand;
                bester = s;
            }
        }
        if (bester != null && besterAbstand <= Math.max(2, bester.spaltenname().length() / 3)) {
            return " Gemeint ist wohl „" + bester.spaltenname() + "“ (die Namen müssen genau so geschrieben "
                    + "werden).";
        }
        return " Erlaubt sind: " + Arrays.stream(ImportSpalte.values()).map(ImportSpalte::spaltenname)
                .collect(Collectors.joining(", ")) + ".";
    }

    /** Lower case, umlauts and ß spelt out, spaces and hyphens as underscores: for comparing names only. */
    private static String vereinfacht(String name) {
        return name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss").replaceAll("[\\s\\-.]+", "_");
    }

    /** Levenshtein distance. */
    private static int abstand(String a, String b) {
        int[] vorher = new int[b.length() + 1];
        int[] jetzt = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            vorher[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            jetzt[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int ersetzen = vorher[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                jetzt[j] = Math.min(ersetzen, Math.min(vorher[j] + 1, jetzt[j - 1] + 1));
            }
            int[] t = vorher;
            vorher = jetzt;
            jetzt = t;
        }
        return vorher[b.length()];
    }

    // ------------------------------------------------------------------ rows

    private static ZeilenPruefung pruefeZeile(CsvLeser.Datensatz satz, Kopf kopf, LocalDate heute) {
        Map<ImportSpalte, String> werte = new EnumMap<>(ImportSpalte.class);
        List<ImportError> feldfehler = new ArrayList<>();
        List<String> ueberzaehlig = new ArrayList<>();
        for (int i = 0; i < satz.felder().size(); i++) {
            String wert = bereinigt(satz.felder().get(i));
            if (i >= kopf.spalten.size()) {
                if (!wert.isEmpty()) {
                    ueberzaehlig.add("„" + kuerzen(wert) + "“");
                }
            } else if (kopf.spalten.get(i) != null) {
                werte.put(kopf.spalten.get(i), wert);
            } else if (kopf.namen.get(i).isEmpty() && !wert.isEmpty()) {
                feldfehler.add(ImportError.zeile(satz.zeile(), "Das " + (i + 1) + ". Feld hat keine "
                        + "Spaltenüberschrift, enthält aber „" + kuerzen(wert) + "“. Steht ein Trennzeichen ohne "
                        + "Anführungszeichen im Text, oder fehlt die Überschrift?"));
            }
        }
        ZeilenPruefung pruefung = new ZeilenPruefung(satz.zeile(), werte, kopf.vorhanden, heute);
        for (CsvLeser.Formfehler f : satz.formfehler()) {
            ImportSpalte spalte = f.feld() < kopf.spalten.size() ? kopf.spalten.get(f.feld()) : null;
            if (spalte != null) {
                pruefung.fehler(spalte, f.meldung());
            } else {
                pruefung.fehler().add(ImportError.zeile(satz.zeile(), (f.feld() + 1) + ". Feld: " + f.meldung()));
            }
        }
        if (!ueberzaehlig.isEmpty()) {
            pruefung.fehler().add(ImportError.zeile(satz.zeile(), "Die Zeile hat " + satz.felder().size()
                    + " Felder, die Kopfzeile nur " + kopf.spalten.size() + " Spalten; überzählig: "
                    + String.join(", ", ueberzaehlig) + ". Enthält ein Text das Trennzeichen, muss er in "
                    + "Anführungszeichen stehen."));
        }
        pruefung.fehler().addAll(feldfehler);
        return pruefung;
    }

    /**
     * Reports the row if the same person (nachname, vorname, geburtsdatum) or the same rv_nummer came in an
     * earlier row; remembers the row's keys otherwise. Whether the row is a duplicate.
     */
    private static boolean pruefeDoppelt(ZeilenPruefung pruefung, int zeile, Map<String, Integer> personen,
            Map<String, Integer> rvNummern) {
        boolean doppelt = false;
        String nachname = pruefung.nachname();
        String vorname = pruefung.vorname();
        LocalDate geburtsdatum = pruefung.geburtsdatumOhneMeldung();
        if (nachname != null && vorname != null && geburtsdatum != null) {
            String schluessel = nachname.toLowerCase(Locale.ROOT) + '\u0000' + vorname.toLowerCase(Locale.ROOT)
                    + '\u0000' + geburtsdatum;
            Integer frueher = personen.putIfAbsent(schluessel, zeile);
            if (frueher != null) {
                pruefung.fehler(ImportSpalte.NACHNAME, "Dieselbe Person (" + nachname + ", " + vorname + ", geboren "
                        + geburtsdatum.format(DATUM) + ") steht schon in Zeile " + frueher + ".");
                doppelt = true;
            }
        }
        String rv = pruefung.rvNummerNormalisiert();
        if (rv != null) {
            Integer frueher = rvNummern.putIfAbsent(rv, zeile);
            if (frueher != null) {
                pruefung.fehler(ImportSpalte.RV_NUMMER, "Die Rentenversicherungsnummer " + rv + " steht schon in "
                        + "Zeile " + frueher + ".");
                doppelt = true;
            }
        }
        return doppelt;
    }

    // ------------------------------------------------------------------ helpers

    private static ImportResult ohneDaten() {
        return new ImportResult(List.of(), List.of(ImportError.datei(KEINE_DATENZEILEN)));
    }

    private static LocalDate heute() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    /** Unicode NFC, without leading and trailing spaces (also non-breaking ones). */
    static String bereinigt(String feld) {
        String n = Normalizer.normalize(feld, Normalizer.Form.NFC);
        int anfang = 0;
        int ende = n.length();
        while (anfang < ende && leerzeichen(n.charAt(anfang))) {
            anfang++;
        }
        while (ende > anfang && leerzeichen(n.charAt(ende - 1))) {
            ende--;
        }
        return n.substring(anfang, ende);
    }

    private static boolean leerzeichen(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static String kuerzen(String wert) {
        return wert.length() <= 40 ? wert : wert.substring(0, 40) + "…";
    }

    private static String tausender(int zahl) {
        return String.format(Locale.GERMANY, "%,d", zahl);
    }

    /** The message for bytes that are not UTF-8, with the line and, for a single byte, its Windows-1252 reading. */
    private static ImportError keinUtf8(byte[] daten, int stelle) {
        int zeile = 1;
        for (int i = 0; i < stelle && i < daten.length; i++) {
            if (daten[i] == '\n' || (daten[i] == '\r' && (i + 1 >= daten.length || daten[i + 1] != '\n'))) {
                zeile++;
            }
        }
        String zeichen = "";
        if (stelle < daten.length && Charset.isSupported("windows-1252")) {
            String alsAnsi = new String(daten, stelle, 1, Charset.forName("windows-1252"));
            if (alsAnsi.codePointAt(0) >= 0xA0) {
                zeichen = " (vermutlich „" + alsAnsi + "“ in Windows-1252)";
            }
        }
        return ImportError.zeile(zeile, "Die Datei ist nicht in UTF-8 gespeichert: ungültiges Byte 0x"
                + String.format("%02X", daten[Math.min(stelle, daten.length - 1)] & 0xFF) + zeichen + ". In Excel "
                + "bitte „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.");
    }
}
