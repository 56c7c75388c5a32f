package de.werkerp.contract.importer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.werkerp.contract.control.Arbeitszeitregel;
import de.werkerp.contract.control.Iban;
import de.werkerp.contract.control.Rentenversicherungsnummer;

/**
 * Checks one data row of the import file, everything that can be checked without the database. Collects at
 * most one error per column, plus the checks across columns (only between values that are valid themselves, so
 * one mistake gives one message).
 */
final class ZeilenPruefung {

    static final LocalDate FRUEHESTES_GEBURTSDATUM = LocalDate.of(1900, 1, 1);
    static final int MINDESTALTER_BEI_VERTRAGSBEGINN = 15;
    static final int HOECHSTZAHL_KINDER = 30;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern DATUM_DEUTSCH =
            Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s+0?0:00(?::00)?)?");
    private static final Pattern DATUM_ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]00:00(?::00)?)?");
    private static final Pattern DATUM_ZWEISTELLIGES_JAHR = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{2}");
    private static final Pattern STUNDEN = Pattern.compile("(\\d{1,3})(?:[.,](\\d{1,10}))?");
    private static final Pattern ZIFFERN = Pattern.compile("\\d+");

    private final int zeile;
    private final Map<ImportSpalte, String> werte;
    private final Set<ImportSpalte> vorhanden;
    private final LocalDate heute;
    private final List<ImportError> fehler = new ArrayList<>();
    private final Set<ImportSpalte> mitFehler = EnumSet.noneOf(ImportSpalte.class);

    /**
     * @param werte     the cleaned value of each column of the header ("" for an empty cell)
     * @param vorhanden the columns that are in the header (a missing required column is reported once, for the
     *                  header, not again on every row)
     */
    ZeilenPruefung(int zeile, Map<ImportSpalte, String> werte, Set<ImportSpalte> vorhanden, LocalDate heute) {
        this.zeile = zeile;
        this.werte = werte;
        this.vorhanden = vorhanden;
        this.heute = heute;
    }

    /** The errors found so far (after {@link #pruefe()}: all of the row). */
    List<ImportError> fehler() {
        return fehler;
    }

    /** Adds an error found outside this class (quoting, duplicates) for a column. */
    void fehler(ImportSpalte spalte, String text) {
        fehler.add(ImportError.feld(zeile, spalte.spaltenname(), text));
        mitFehler.add(spalte);
    }

    /** Checks the row: the row if it has no error, else empty (the errors are in {@link #fehler()}). */
    Optional<ImportRow> pruefe() {
        String nachname = text(ImportSpalte.NACHNAME);
        String vorname = text(ImportSpalte.VORNAME);
        LocalDate geburtsdatum = geburtsdatum();
        ImportGeschlecht geschlecht = auswahl(ImportSpalte.GESCHLECHT,
                ImportGeschlecht.ausText(wert(ImportSpalte.GESCHLECHT)),
                "erlaubt sind weiblich, männlich, divers oder ohne Angabe (auch w, m, d).");
        String strasse = text(ImportSpalte.STRASSE);
        String plz = ziffern(ImportSpalte.PLZ, 5, "Postleitzahl", "28195");
        String ort = text(ImportSpalte.ORT);
        String rvNummer = rvNummer();
        String krankenkasse = text(ImportSpalte.KRANKENKASSE);
        String betriebsnummer = ziffern(ImportSpalte.KRANKENKASSE_BETRIEBSNUMMER, 8, "Betriebsnummer", "12345678");
        Boolean kinderlos = kinderlos();
        Integer kinder = kinderUnter25();
        String iban = iban();
        String kontoinhaber = text(ImportSpalte.KONTOINHABER);
        String einrichtung = text(ImportSpalte.EINRICHTUNG);
        LocalDate vertragsbeginn = datum(ImportSpalte.VERTRAGSBEGINN);
        ImportBereich bereich = auswahl(ImportSpalte.BEREICH, ImportBereich.ausText(wert(ImportSpalte.BEREICH)),
                "erlaubt sind EV, BBB, AB oder Eingangsverfahren, Berufsbildungsbereich, Arbeitsbereich.");
        ImportPlatzierung platzierung = wert(ImportSpalte.PLATZIERUNG).isEmpty() ? ImportPlatzierung.GRUPPE
                : auswahl(ImportSpalte.PLATZIERUNG, ImportPlatzierung.ausText(wert(ImportSpalte.PLATZIERUNG)),
                        "erlaubt sind gruppe, ausgelagert, betriebsintegriert oder werkstatt-transfer "
                                + "(leer = gruppe).");
        String gruppe = text(ImportSpalte.GRUPPE);
        String arbeitgeber = text(ImportSpalte.ARBEITGEBER);
        BigDecimal wochenstunden = wochenstunden();
        ImportTeilzeitgrund teilzeitgrund = auswahl(ImportSpalte.TEILZEITGRUND,
                ImportTeilzeitgrund.ausText(wert(ImportSpalte.TEILZEITGRUND)),
                "erlaubt sind art_schwere_behinderung, tzbfg_antrag, kinderbetreuung oder pflege_angehoeriger.");

        // across columns
        if (Boolean.TRUE.equals(kinderlos) && kinder != null && kinder > 0) {
            fehler(ImportSpalte.KINDERLOS, "„" + wert(ImportSpalte.KINDERLOS) + "“ widerspricht kinder_unter_25 = "
                    + kinder + ": wer Kinder hat, ist nicht kinderlos (§ 55 Abs. 3 SGB XI). Bitte eine der beiden "
                    + "Angaben berichtigen.");
        }
        if (geburtsdatum != null && vertragsbeginn != null
                && vertragsbeginn.isBefore(geburtsdatum.plusYears(MINDESTALTER_BEI_VERTRAGSBEGINN))) {
            fehler(ImportSpalte.VERTRAGSBEGINN, "Der Vertragsbeginn " + vertragsbeginn.format(DATUM) + " liegt vor "
                    + "dem " + MINDESTALTER_BEI_VERTRAGSBEGINN + ". Geburtstag ("
                    + geburtsdatum.plusYears(MINDESTALTER_BEI_VERTRAGSBEGINN).format(DATUM) + ", Geburtsdatum "
                    + geburtsdatum.format(DATUM) + "). Bitte Vertragsbeginn und Geburtsdatum prüfen.");
        }
        if (platzierung != null) {
            pruefePlatzierung(platzierung, bereich, gruppe, arbeitgeber);
        }
        if (wochenstunden != null && teilzeitgrund == null && !mitFehler.contains(ImportSpalte.TEILZEITGRUND)
                && wochenstunden.compareTo(Arbeitszeitregel.STANDARD.vollzeitAb()) < 0) {
            fehler(ImportSpalte.TEILZEITGRUND, "Bei " + stunden(wochenstunden) + " Wochenstunden (Teilzeit, unter "
                    + stunden(Arbeitszeitregel.STANDARD.vollzeitAb()) + " Stunden) ist ein Teilzeitgrund nötig "
                    + "(§ 6 Abs. 2 WVO, § 8 TzBfG): art_schwere_behinderung, tzbfg_antrag, kinderbetreuung oder "
                    + "pflege_angehoeriger.");
        }
        if (!fehler.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportRow(zeile, nachname, vorname, geburtsdatum, geschlecht, strasse, plz, ort,
                rvNummer, krankenkasse, betriebsnummer, kinderlos, kinder, iban, kontoinhaber, einrichtung,
                vertragsbeginn, bereich, platzierung, gruppe, arbeitgeber, wochenstunden, teilzeitgrund));
    }

    /** The cleaned value for the duplicate check: nachname, or {@code null} if empty. */
    String nachname() {
        return leerAlsNull(wert(ImportSpalte.NACHNAME));
    }

    String vorname() {
        return leerAlsNull(wert(ImportSpalte.VORNAME));
    }

    /** The normalised rv_nummer, or {@code null} if empty. */
    String rvNummerNormalisiert() {
        String w = wert(ImportSpalte.RV_NUMMER);
        return w.isEmpty() ? null : Rentenversicherungsnummer.normalisiert(w);
    }

    /** The birth date if it is a valid date, else {@code null} (no messages). */
    LocalDate geburtsdatumOhneMeldung() {
        String w = wert(ImportSpalte.GEBURTSDATUM);
        return w.isEmpty() ? null : leseDatum(w).datum();
    }

    // ------------------------------------------------------------------ columns

    private String wert(ImportSpalte spalte) {
        return werte.getOrDefault(spalte, "");
    }

    /**
     * The text of a column, or {@code null} if empty (an error if required) or wrong (longer than the database
     * column, or with a line break or control character).
     */
    private String text(ImportSpalte spalte) {
        String w = wert(spalte);
        if (w.isEmpty()) {
            if (spalte.pflicht() && vorhanden.contains(spalte)) {
                fehler(spalte, "Das Pflichtfeld ist leer.");
            }
            return null;
        }
        if (spalte.hoechstlaenge() > 0 && w.codePointCount(0, w.length()) > spalte.hoechstlaenge()) {
            fehler(spalte, "Der Text ist " + w.codePointCount(0, w.length()) + " Zeichen lang, erlaubt sind "
                    + "höchstens " + spalte.hoechstlaenge() + ".");
            return null;
        }
        if (w.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            fehler(spalte, w.indexOf('\n') >= 0
                    ? "Das Feld enthält einen Zeilenumbruch; erlaubt ist nur eine Zeile."
                    : "Das Feld enthält ein Steuerzeichen (z. B. einen Tabulator); bitte entfernen.");
            return null;
        }
        return w;
    }

    /** A value from a fixed list, or {@code null} if empty (an error if required) or not in the list. */
    private <E> E auswahl(ImportSpalte spalte, Optional<E> gelesen, String erlaubt) {
        String w = text(spalte);
        if (w == null) {
            return null;
        }
        if (gelesen.isEmpty()) {
            fehler(spalte, "„" + w + "“ ist kein gültiger Wert: " + erlaubt);
            return null;
        }
        return gelesen.get();
    }

    /** A number of exactly {@code anzahl} digits (as text: leading zeros count). */
    private String ziffern(ImportSpalte spalte, int anzahl, String bezeichnung, String beispiel) {
        String w = text(spalte);
        if (w == null) {
            return null;
        }
        if (w.length() == anzahl && ZIFFERN.matcher(w).matches()) {
            return w;
        }
        String hinweis = w.length() < anzahl && ZIFFERN.matcher(w).matches()
                ? " Fehlt eine führende 0? Excel entfernt sie, wenn die Spalte als Zahl formatiert ist: bitte die "
                        + "Spalte als Text formatieren."
                : "";
        fehler(spalte, "„" + w + "“ ist keine gültige " + bezeichnung + ": erwartet werden genau " + anzahl
                + " Ziffern (z. B. " + beispiel + ")." + hinweis);
        return null;
    }

    private LocalDate geburtsdatum() {
        LocalDate datum = datum(ImportSpalte.GEBURTSDATUM);
        if (datum == null) {
            return null;
        }
        if (datum.isAfter(heute)) {
            fehler(ImportSpalte.GEBURTSDATUM, "Das Geburtsdatum " + datum.format(DATUM) + " liegt in der Zukunft.");
            return null;
        }
        if (datum.isBefore(FRUEHESTES_GEBURTSDATUM)) {
            fehler(ImportSpalte.GEBURTSDATUM, "Das Geburtsdatum " + datum.format(DATUM) + " liegt vor dem "
                    + FRUEHESTES_GEBURTSDATUM.format(DATUM) + " und ist nicht plausibel.");
            return null;
        }
        return datum;
    }

    private LocalDate datum(ImportSpalte spalte) {
        String w = text(spalte);
        if (w == null) {
            return null;
        }
        GelesenesDatum gelesen = leseDatum(w);
        if (gelesen.fehler() != null) {
            fehler(spalte, gelesen.fehler());
        }
        return gelesen.datum();
    }

    private record GelesenesDatum(LocalDate datum, String fehler) {
    }

    private static GelesenesDatum leseDatum(String w) {
        Matcher deutsch = DATUM_DEUTSCH.matcher(w);
        if (deutsch.matches()) {
            return datumAus(w, deutsch.group(3), deutsch.group(2), deutsch.group(1), "TT.MM.JJJJ");
        }
        Matcher iso = DATUM_ISO.matcher(w);
        if (iso.matches()) {
            return datumAus(w, iso.group(1), iso.group(2), iso.group(3), "JJJJ-MM-TT");
        }
        if (DATUM_ZWEISTELLIGES_JAHR.matcher(w).matches()) {
            return new GelesenesDatum(null, "„" + w + "“ hat ein zweistelliges Jahr: bitte das Jahr vierstellig "
                    + "angeben (TT.MM.JJJJ, z. B. 24.12.1990).");
        }
        return new GelesenesDatum(null, "„" + w + "“ ist kein gültiges Datum: erwartet wird TT.MM.JJJJ oder "
                + "JJJJ-MM-TT (z. B. 24.12.1990 oder 1990-12-24).");
    }

    private static GelesenesDatum datumAus(String w, String jahr, String monat, String tag, String format) {
        try {
            return new GelesenesDatum(LocalDate.of(Integer.parseInt(jahr), Integer.parseInt(monat),
                    Integer.parseInt(tag)), null);
        } catch (DateTimeException e) {
            return new GelesenesDatum(null, "„" + w + "“ ist kein gültiges Datum (" + format + ").");
        }
    }

    /** Format only; the check digit comes from {@link Rentenversicherungsnummer#fehler(String)}. */
    private String rvNummer() {
        String w = text(ImportSpalte.RV_NUMMER);
        if (w == null) {
            return null;
        }
        Optional<String> problem = Rentenversicherungsnummer.fehler(w);
        if (problem.isPresent()) {
            fehler(ImportSpalte.RV_NUMMER, "„" + w + "“: " + problem.get());
            return null;
        }
        return Rentenversicherungsnummer.normalisiert(w);
    }

    private String iban() {
        String w = text(ImportSpalte.IBAN);
        if (w == null) {
            return null;
        }
        Optional<String> problem = Iban.fehler(w);
        if (problem.isPresent()) {
            fehler(ImportSpalte.IBAN, "„" + w + "“: " + problem.get());
            return null;
        }
        return Iban.normalisiert(w);
    }

    /** ja / nein, empty is nein; {@code null} if wrong. */
    private Boolean kinderlos() {
        String w = text(ImportSpalte.KINDERLOS);
        if (w == null) {
            return Boolean.FALSE;
        }
        switch (w.toLowerCase(Locale.ROOT)) {
            case "ja":
                return Boolean.TRUE;
            case "nein":
                return Boolean.FALSE;
            default:
                fehler(ImportSpalte.KINDERLOS, "„" + w + "“ ist kein gültiger Wert: erlaubt sind ja oder nein "
                        + "(leer = nein).");
                return null;
        }
    }

    /** A whole number from 0 to 30, empty is 0; {@code null} if wrong. */
    private Integer kinderUnter25() {
        String w = text(ImportSpalte.KINDER_UNTER_25);
        if (w == null) {
            return 0;
        }
        if (!ZIFFERN.matcher(w).matches()) {
            fehler(ImportSpalte.KINDER_UNTER_25, "„" + w + "“ ist keine gültige Anzahl: erwartet wird eine ganze "
                    + "Zahl ab 0 (leer = 0).");
            return null;
        }
        if (w.length() > 3 || Integer.parseInt(w) > HOECHSTZAHL_KINDER) {
            fehler(ImportSpalte.KINDER_UNTER_25, "„" + w + "“ Kinder unter 25 sind nicht plausibel (höchstens "
                    + HOECHSTZAHL_KINDER + ").");
            return null;
        }
        return Integer.parseInt(w);
    }

    /** More than 0 and at most 40 hours (§ 6 Abs. 1 WVO), at most two decimals; "37,5" and "37.5". */
    private BigDecimal wochenstunden() {
        String w = text(ImportSpalte.WOCHENSTUNDEN);
        if (w == null) {
            return null;
        }
        Matcher m = STUNDEN.matcher(w);
        if (!m.matches()) {
            fehler(ImportSpalte.WOCHENSTUNDEN, "„" + w + "“ ist keine gültige Stundenzahl: erwartet wird eine Zahl "
                    + "wie 37,5 oder 35.");
            return null;
        }
        BigDecimal stunden = new BigDecimal(m.group(1) + (m.group(2) != null ? "." + m.group(2) : ""))
                .stripTrailingZeros();
        if (stunden.scale() < 0) {
            stunden = stunden.setScale(0);
        }
        if (stunden.scale() > 2) {
            fehler(ImportSpalte.WOCHENSTUNDEN, "„" + w + "“ hat zu viele Nachkommastellen: höchstens zwei "
                    + "(z. B. 37,75).");
            return null;
        }
        if (stunden.signum() <= 0) {
            fehler(ImportSpalte.WOCHENSTUNDEN, "Die Wochenstunden müssen größer als 0 sein.");
            return null;
        }
        BigDecimal hoechstens = Arbeitszeitregel.STANDARD.hoechstens();
        if (stunden.compareTo(hoechstens) > 0) {
            fehler(ImportSpalte.WOCHENSTUNDEN, stunden(stunden) + " Wochenstunden sind zu viel: höchstens "
                    + stunden(hoechstens) + " Stunden pro Woche einschließlich Pausen (§ 6 Abs. 1 WVO).");
            return null;
        }
        return stunden;
    }

    /**
     * Outside places (ausgelagert, betriebsintegriert) need the employer and have no group, and exist only in
     * the BBB and AB; the other placements have no employer (as {@code VertragService} requires).
     */
    private void pruefePlatzierung(ImportPlatzierung platzierung, ImportBereich bereich, String gruppe,
            String arbeitgeber) {
        if (platzierung.beiArbeitgeber()) {
            if (arbeitgeber == null && !mitFehler.contains(ImportSpalte.ARBEITGEBER)) {
                fehler(ImportSpalte.ARBEITGEBER, "Bei der Platzierung „" + platzierung.csvWert() + "“ ist der Name "
                        + "des Arbeitgebers nötig.");
            }
            if (gruppe != null) {
                fehler(ImportSpalte.GRUPPE, "Bei der Platzierung „" + platzierung.csvWert() + "“ wird keine Gruppe "
                        + "angegeben (der Platz ist beim Arbeitgeber): bitte leer lassen.");
            }
            if (bereich == ImportBereich.EV) {
                fehler(ImportSpalte.PLATZIERUNG, "Ausgelagerte und betriebsintegrierte Plätze gibt es im "
                        + "Berufsbildungs- und Arbeitsbereich, nicht im Eingangsverfahren.");
            }
        } else if (arbeitgeber != null) {
            fehler(ImportSpalte.ARBEITGEBER, "Ein Arbeitgeber wird nur bei den Platzierungen ausgelagert und "
                    + "betriebsintegriert angegeben, nicht bei „" + platzierung.csvWert() + "“.");
        }
    }

    /** Hours the German way: 37,5 – 35. */
    static String stunden(BigDecimal wert) {
        BigDecimal ohneNullen = wert.stripTrailingZeros();
        if (ohneNullen.scale() < 0) {
            ohneNullen = ohneNullen.setScale(0);
        }
        return ohneNullen.toPlainString().replace('.', ',');
    }

    private static String leerAlsNull(String w) {
        return w.isEmpty() ? null : w;
    }
}
