package de.werkerp.contract.importer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing and row checks of the import of people and contracts (docs/import-beschaeftigte.md). */
class ImportParserTest {

    private static final LocalDate HEUTE = LocalDate.of(2025, 6, 1);

    private static final String KOPF = "nachname;vorname;geburtsdatum;geschlecht;strasse;plz;ort;rv_nummer;"
            + "krankenkasse;krankenkasse_betriebsnummer;kinderlos;kinder_unter_25;iban;kontoinhaber;einrichtung;"
            + "vertragsbeginn;bereich;platzierung;gruppe;arbeitgeber;wochenstunden;teilzeitgrund";

    /** A valid row as column → value; tests change single values. */
    private static Map<String, String> gueltigeZeile() {
        Map<String, String> z = new LinkedHashMap<>();
        z.put("nachname", "Schmidt");
        z.put("vorname", "Anna");
        z.put("geburtsdatum", "17.08.1990");
        z.put("geschlecht", "weiblich");
        z.put("strasse", "Hauptstraße 1");
        z.put("plz", "28195");
        z.put("ort", "Bremen");
        z.put("rv_nummer", "");
        z.put("krankenkasse", "AOK Bremen/Bremerhaven");
        z.put("krankenkasse_betriebsnummer", "12345678");
        z.put("kinderlos", "nein");
        z.put("kinder_unter_25", "0");
        z.put("iban", "DE89 3704 0044 0532 0130 00");
        z.put("kontoinhaber", "Anna Schmidt");
        z.put("einrichtung", "Werkstatt Nord");
        z.put("vertragsbeginn", "01.09.2010");
        z.put("bereich", "AB");
        z.put("platzierung", "gruppe");
        z.put("gruppe", "Montage 1");
        z.put("arbeitgeber", "");
        z.put("wochenstunden", "37,5");
        z.put("teilzeitgrund", "");
        return z;
    }

    /** A file with the header of the map's keys and one line per map, ";"-separated, values quoted if needed. */
    private static String datei(List<Map<String, String>> zeilen) {
        StringBuilder sb = new StringBuilder(String.join(";", zeilen.get(0).keySet())).append("\r\n");
        for (Map<String, String> z : zeilen) {
            sb.append(z.values().stream().map(ImportParserTest::feld).collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        return sb.toString();
    }

    private static String feld(String wert) {
        return wert.contains(";") || wert.contains("\"") || wert.contains("\n")
                ? "\"" + wert.replace("\"", "\"\"") + "\"" : wert;
    }

    private static ImportResult parse(String text) {
        return ImportParser.parse(new StringReader(text), HEUTE);
    }

    /** One valid row with one value changed. */
    private static ImportResult mitWert(String spalte, String wert) {
        Map<String, String> z = gueltigeZeile();
        z.put(spalte, wert);
        return parse(datei(List.of(z)));
    }

    private static ImportResult mitWerten(Map<String, String> aenderungen) {
        Map<String, String> z = gueltigeZeile();
        z.putAll(aenderungen);
        return parse(datei(List.of(z)));
    }

    private static void assertEinFehler(ImportResult r, int zeile, String spalte, String teilDerMeldung) {
        assertEquals(1, r.errors().size(), () -> "errors: " + r.errors());
        ImportError e = r.errors().get(0);
        assertEquals(zeile, e.zeile());
        assertEquals(spalte, e.spalte());
        assertTrue(e.meldung().startsWith("Zeile " + zeile + ", Spalte " + spalte + ": "), e.meldung());
        assertTrue(e.meldung().contains(teilDerMeldung), () -> e.meldung() + " should contain " + teilDerMeldung);
        assertTrue(r.rows().isEmpty(), "a row with an error is not returned");
    }

    // ------------------------------------------------------------------ valid files

    @Test
    @DisplayName("valid 3-row file: semicolons, BOM, quoted field with a semicolon, CRLF, bytes in UTF-8")
    void gueltigeDateiMitDreiZeilen() {
        String text = "\uFEFF" + KOPF + "\r\n"
                + "Schmidt;Anna;17.08.1990;weiblich;\"Am Deich 5; Hinterhaus\";28195;Bremen;65 170839 J 00 3;"
                + "AOK Bremen/Bremerhaven;12345678;ja;0;DE89 3704 0044 0532 0130 00;Anna Schmidt;Werkstatt Nord;"
                + "01.09.2010;AB;gruppe;Montage 1;;37,5;\r\n"
                + "Öztürk;Mehmet;1985-03-02;m;;;;15070649C103;;;nein;2;;;Werkstatt Nord;2024-01-15;"
                + "Berufsbildungsbereich;betriebsintegriert;;Bäckerei Meyer GmbH;30;art_schwere_behinderung\r\n"
                + "Lange;Kim;01.01.2000;Divers;Weg 2;01067;Dresden;;;;;;DE17100500000123456789;;Werkstatt Süd;"
                + "01.06.2020;ev;;;;40;\r\n";
        ImportResult r = ImportParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), HEUTE);

        assertEquals(List.of(), r.errors());
        assertTrue(r.fehlerfrei());
        assertEquals(3, r.rows().size());

        ImportRow a = r.rows().get(0);
        assertEquals(2, a.zeile());
        assertEquals("Schmidt", a.nachname());
        assertEquals("Anna", a.vorname());
        assertEquals(LocalDate.of(1990, 8, 17), a.geburtsdatum());
        assertEquals(ImportGeschlecht.WEIBLICH, a.geschlecht());
        assertEquals("Am Deich 5; Hinterhaus", a.strasse());
        assertEquals("28195", a.plz());
        assertEquals("Bremen", a.ort());
        assertEquals("65170839J003", a.rvNummer());
        assertEquals("AOK Bremen/Bremerhaven", a.krankenkasse());
        assertEquals("12345678", a.krankenkasseBetriebsnummer());
        assertTrue(a.kinderlos());
        assertEquals(0, a.kinderUnter25());
        assertEquals("DE89370400440532013000", a.iban());
        assertEquals("Anna Schmidt", a.kontoinhaber());
        assertEquals("Werkstatt Nord", a.einrichtung());
        assertEquals(LocalDate.of(2010, 9, 1), a.vertragsbeginn());
        assertEquals(ImportBereich.AB, a.bereich());
        assertEquals(ImportPlatzierung.GRUPPE, a.platzierung());
        assertEquals("Montage 1", a.gruppe());
        assertNull(a.arbeitgeber());
        assertEquals(new BigDecimal("37.5"), a.wochenstunden());
        assertNull(a.teilzeitgrund());

        ImportRow b = r.rows().get(1);
        assertEquals(3, b.zeile());
        assertEquals("Öztürk", b.nachname());
        assertEquals(LocalDate.of(1985, 3, 2), b.geburtsdatum());
        assertEquals(ImportGeschlecht.MAENNLICH, b.geschlecht());
        assertNull(b.strasse());
        assertNull(b.plz());
        assertFalse(b.kinderlos());
        assertEquals(2, b.kinderUnter25());
        assertNull(b.iban());
        assertEquals(ImportBereich.BBB, b.bereich());
        assertEquals(ImportPlatzierung.BETRIEBSINTEGRIERT, b.platzierung());
        assertNull(b.gruppe());
        assertEquals("Bäckerei Meyer GmbH", b.arbeitgeber());
        assertEquals(new BigDecimal("30"), b.wochenstunden());
        assertEquals(ImportTeilzeitgrund.ART_SCHWERE_BEHINDERUNG, b.teilzeitgrund());

        ImportRow c = r.rows().get(2);
        assertEquals(4, c.zeile());
        assertEquals(ImportGeschlecht.DIVERS, c.geschlecht());
        assertEquals("01067", c.plz(), "leading zero kept");
        assertFalse(c.kinderlos(), "empty kinderlos = nein");
        assertEquals(0, c.kinderUnter25(), "empty kinder_unter_25 = 0");
        assertEquals(ImportBereich.EV, c.bereich());
        assertEquals(ImportPlatzierung.GRUPPE, c.platzierung(), "empty platzierung = gruppe");
        assertEquals(new BigDecimal("40"), c.wochenstunden());
    }

    @Test
    @DisplayName("comma-separated file when the header has no semicolon; quoted German decimal")
    void kommaDatei() {
        String text = "vorname,nachname,geburtsdatum,geschlecht,einrichtung,vertragsbeginn,bereich,wochenstunden,"
                + "teilzeitgrund,strasse\n"
                + "Jan,Peters,03.04.1995,männlich,Werkstatt Nord,01.08.2015,Arbeitsbereich,\"32,5\",tzbfg_antrag,"
                + "\"Ring 3, App. 4\"\n"
                + "Eva,Kurz,1999-12-31,OHNE ANGABE,\"Werkstatt \"\"Am Deich\"\"\",2020-02-01,AB,35,,\n";
        ImportResult r = parse(text);
        assertEquals(List.of(), r.errors());
        assertEquals(2, r.rows().size());
        assertEquals("Peters", r.rows().get(0).nachname());
        assertEquals(new BigDecimal("32.5"), r.rows().get(0).wochenstunden());
        assertEquals(ImportTeilzeitgrund.TZBFG_ANTRAG, r.rows().get(0).teilzeitgrund());
        assertEquals("Ring 3, App. 4", r.rows().get(0).strasse());
        assertEquals(ImportGeschlecht.OHNE_ANGABE, r.rows().get(1).geschlecht());
        assertEquals("Werkstatt \"Am Deich\"", r.rows().get(1).einrichtung());
        assertNull(r.rows().get(1).strasse());
    }

    @ParameterizedTest(name = "wochenstunden „{0}“ = {1}")
    @CsvSource(delimiter = '|', value = {
            "37,5|37.5", "37.5|37.5", "35|35", "35,00|35", "40|40", "36,75|36.75", "38,50|38.5"})
    void deutscheDezimalzahl(String text, String erwartet) {
        ImportResult r = mitWert("wochenstunden", text);
        assertEquals(List.of(), r.errors());
        assertEquals(new BigDecimal(erwartet), r.rows().get(0).wochenstunden());
    }

    @Test
    void werteWerdenGetrimmtUndNachNfcNormalisiert() {
        ImportResult r = mitWerten(Map.of("nachname", "  Mu\u0308ller\u00A0", "geschlecht", " W "));
        assertEquals(List.of(), r.errors());
        assertEquals("Müller", r.rows().get(0).nachname());
        assertEquals(ImportGeschlecht.WEIBLICH, r.rows().get(0).geschlecht());
    }

    @ParameterizedTest(name = "geschlecht „{0}“")
    @CsvSource({"weiblich,WEIBLICH", "W,WEIBLICH", "Männlich,MAENNLICH", "m,MAENNLICH", "divers,DIVERS",
            "D,DIVERS", "ohne Angabe,OHNE_ANGABE", "Ohne angabe,OHNE_ANGABE"})
    void geschlechtWerte(String text, ImportGeschlecht erwartet) {
        assertEquals(erwartet, mitWert("geschlecht", text).rows().get(0).geschlecht());
    }

    @ParameterizedTest(name = "platzierung „{0}“")
    @CsvSource({"Gruppe,GRUPPE", "werkstatt-transfer,WERKSTATT_TRANSFER", "Werkstatt_Transfer,WERKSTATT_TRANSFER"})
    void platzierungWerte(String text, ImportPlatzierung erwartet) {
        ImportResult r = mitWert("platzierung", text);
        assertEquals(List.of(), r.errors());
        assertEquals(erwartet, r.rows().get(0).platzierung());
    }

    @Test
    void ausgelagerterPlatzMitArbeitgeber() {
        ImportResult r = mitWerten(Map.of("platzierung", "ausgelagert", "gruppe", "", "arbeitgeber", "Gärtnerei Blum"));
        assertEquals(List.of(), r.errors());
        assertEquals(ImportPlatzierung.AUSGELAGERT, r.rows().get(0).platzierung());
        assertTrue(r.rows().get(0).platzierung().beiArbeitgeber());
        assertEquals("Gärtnerei Blum", r.rows().get(0).arbeitgeber());
    }

    @Test
    void spaltenInBeliebigerReihenfolgeUndOhneOptionaleSpalten() {
        String text = "wochenstunden;bereich;vertragsbeginn;einrichtung;geschlecht;geburtsdatum;vorname;nachname\n"
                + "35;AB;01.01.2020;Werkstatt Nord;w;01.01.1990;Ida;Berg\n";
        ImportResult r = parse(text);
        assertEquals(List.of(), r.errors());
        assertEquals("Berg", r.rows().get(0).nachname());
        assertEquals(ImportPlatzierung.GRUPPE, r.rows().get(0).platzierung());
    }

    @Test
    void leereZeilenUndExcelSepZeileWerdenUebersprungen() {
        String text = "sep=;\n\n" + KOPF + "\n;;;;\n\n"
                + datei(List.of(gueltigeZeile())).lines().skip(1).findFirst().orElseThrow() + "\n\n";
        ImportResult r = parse(text);
        assertEquals(List.of(), r.errors());
        assertEquals(1, r.rows().size());
        assertEquals(6, r.rows().get(0).zeile());
    }

    @Test
    void teilzeitgrundBeiVollzeitIstErlaubt() {
        ImportResult r = mitWerten(Map.of("wochenstunden", "38", "teilzeitgrund", "kinderbetreuung"));
        assertEquals(List.of(), r.errors());
    }

    @Test
    void vertragsbeginnGenauAm15Geburtstag() {
        assertEquals(List.of(), mitWerten(Map.of("geburtsdatum", "17.08.1990", "vertragsbeginn", "17.08.2005"))
                .errors());
    }

    // ------------------------------------------------------------------ errors per value

    @ParameterizedTest(name = "{0} = „{1}“ → {2}")
    @CsvSource(delimiter = '|', value = {
            // required fields
            "nachname|      |Das Pflichtfeld ist leer.",
            "vorname|       |Das Pflichtfeld ist leer.",
            "geburtsdatum|  |Das Pflichtfeld ist leer.",
            "geschlecht|    |Das Pflichtfeld ist leer.",
            "einrichtung|   |Das Pflichtfeld ist leer.",
            "vertragsbeginn||Das Pflichtfeld ist leer.",
            "bereich|       |Das Pflichtfeld ist leer.",
            "wochenstunden| |Das Pflichtfeld ist leer.",
            // dates
            "geburtsdatum|31.02.1990|„31.02.1990“ ist kein gültiges Datum (TT.MM.JJJJ).",
            "geburtsdatum|1990-02-30|„1990-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).",
            "geburtsdatum|17.08.90|zweistelliges Jahr",
            "geburtsdatum|17/08/1990|erwartet wird TT.MM.JJJJ oder JJJJ-MM-TT",
            "geburtsdatum|32874|kein gültiges Datum",
            "geburtsdatum|02.06.2025|liegt in der Zukunft",
            "geburtsdatum|31.12.1899|liegt vor dem 01.01.1900",
            "vertragsbeginn|01.13.2010|„01.13.2010“ ist kein gültiges Datum (TT.MM.JJJJ).",
            "vertragsbeginn|16.08.2005|liegt vor dem 15. Geburtstag (17.08.2005, Geburtsdatum 17.08.1990)",
            // choices
            "geschlecht|x|„x“ ist kein gültiger Wert: erlaubt sind weiblich, männlich, divers oder ohne Angabe",
            "bereich|Werkstatt|„Werkstatt“ ist kein gültiger Wert: erlaubt sind EV, BBB, AB",
            "platzierung|extern|„extern“ ist kein gültiger Wert: erlaubt sind gruppe, ausgelagert",
            "teilzeitgrund|krank|„krank“ ist kein gültiger Wert: erlaubt sind art_schwere_behinderung",
            "kinderlos|vielleicht|„vielleicht“ ist kein gültiger Wert: erlaubt sind ja oder nein (leer = nein).",
            // numbers and digits
            "plz|2819|Fehlt eine führende 0?",
            "plz|28195a|„28195a“ ist keine gültige Postleitzahl: erwartet werden genau 5 Ziffern",
            "krankenkasse_betriebsnummer|1234567|„1234567“ ist keine gültige Betriebsnummer: erwartet werden "
                    + "genau 8 Ziffern",
            "kinder_unter_25|-1|„-1“ ist keine gültige Anzahl: erwartet wird eine ganze Zahl ab 0",
            "kinder_unter_25|2,5|keine gültige Anzahl",
            "kinder_unter_25|31|nicht plausibel (höchstens 30)",
            "wochenstunden|abc|„abc“ ist keine gültige Stundenzahl",
            "wochenstunden|37,5 h|keine gültige Stundenzahl",
            "wochenstunden|0|müssen größer als 0 sein",
            "wochenstunden|0,0|müssen größer als 0 sein",
            "wochenstunden|40,5|40,5 Wochenstunden sind zu viel: höchstens 40 Stunden",
            "wochenstunden|37,125|zu viele Nachkommastellen",
            // check digits by Rentenversicherungsnummer / Iban
            "rv_nummer|65170839J004|Die Prüfziffer der Rentenversicherungsnummer stimmt nicht",
            "rv_nummer|6517|muss 12 Zeichen haben",
            "iban|DE89370400440532013001|Die Prüfziffer der IBAN stimmt nicht",
    })
    void fehlerJeWert(String spalte, String wert, String meldung) {
        assertEinFehler(mitWert(spalte, wert == null ? "" : wert), 2, spalte, meldung);
    }

    @ParameterizedTest(name = "{0} Wochenstunden ohne Teilzeitgrund")
    @CsvSource(delimiter = '|', value = {"30|30", "34,99|34,99", "17.5|17,5"})
    void teilzeitgrundUnter35Stunden(String stunden, String deutsch) {
        assertEinFehler(mitWert("wochenstunden", stunden), 2, "teilzeitgrund", "Bei " + deutsch + " Wochenstunden "
                + "(Teilzeit, unter 35 Stunden) ist ein Teilzeitgrund nötig (§ 6 Abs. 2 WVO, § 8 TzBfG)");
    }

    @Test
    void zuLangerText() {
        assertEinFehler(mitWert("nachname", "x".repeat(101)), 2, "nachname",
                "Der Text ist 101 Zeichen lang, erlaubt sind höchstens 100.");
    }

    @Test
    void zeilenumbruchImFeld() {
        assertEinFehler(mitWert("strasse", "Hauptstraße 1\nHinterhaus"), 2, "strasse",
                "Das Feld enthält einen Zeilenumbruch; erlaubt ist nur eine Zeile.");
    }

    @Test
    void kinderlosUndKinderWidersprechenSich() {
        assertEinFehler(mitWerten(Map.of("kinderlos", "ja", "kinder_unter_25", "2")), 2, "kinderlos",
                "„ja“ widerspricht kinder_unter_25 = 2");
    }

    @Test
    void arbeitgeberFehltBeiAusgelagertemPlatz() {
        assertEinFehler(mitWerten(Map.of("platzierung", "ausgelagert", "gruppe", "")), 2, "arbeitgeber",
                "Bei der Platzierung „ausgelagert“ ist der Name des Arbeitgebers nötig.");
        assertEinFehler(mitWerten(Map.of("platzierung", "betriebsintegriert", "gruppe", "")), 2, "arbeitgeber",
                "Bei der Platzierung „betriebsintegriert“ ist der Name des Arbeitgebers nötig.");
    }

    @Test
    void gruppeNichtBeiAusgelagertemPlatz() {
        assertEinFehler(mitWerten(Map.of("platzierung", "ausgelagert", "arbeitgeber", "Firma X")), 2, "gruppe",
                "Bei der Platzierung „ausgelagert“ wird keine Gruppe angegeben");
    }

    @Test
    void arbeitgeberNurBeiAusgelagertemPlatz() {
        assertEinFehler(mitWerten(Map.of("arbeitgeber", "Firma X")), 2, "arbeitgeber",
                "Ein Arbeitgeber wird nur bei den Platzierungen ausgelagert und betriebsintegriert angegeben, "
                        + "nicht bei „gruppe“.");
    }

    @Test
    void ausgelagerterPlatzNichtImEingangsverfahren() {
        assertEinFehler(mitWerten(Map.of("platzierung", "ausgelagert", "gruppe", "", "arbeitgeber", "Firma X",
                "bereich", "EV")), 2, "platzierung", "nicht im Eingangsverfahren");
    }

    @Test
    void mehrereFehlerInEinerZeileWerdenAlleGemeldet() {
        ImportResult r = mitWerten(Map.of("nachname", "", "geburtsdatum", "31.02.1990", "plz", "123",
                "wochenstunden", "50"));
        assertEquals(List.of("nachname", "geburtsdatum", "plz", "wochenstunden"),
                r.errors().stream().map(ImportError::spalte).toList());
        assertEquals("Zeile 2, Spalte geburtsdatum: „31.02.1990“ ist kein gültiges Datum (TT.MM.JJJJ).",
                r.errors().get(1).meldung());
        assertTrue(r.rows().isEmpty());
    }

    @Test
    void folgefehlerWerdenNichtGemeldet() {
        // an invalid birth date gives no second message about the 15th birthday
        ImportResult r = mitWerten(Map.of("geburtsdatum", "31.02.2009", "vertragsbeginn", "01.01.2010"));
        assertEquals(1, r.errors().size());
        // an invalid teilzeitgrund does not also count as missing
        r = mitWerten(Map.of("wochenstunden", "30", "teilzeitgrund", "krank"));
        assertEquals(1, r.errors().size());
    }

    @Test
    void nurFehlerfreieZeilenWerdenZurueckgegeben() {
        Map<String, String> falsch = gueltigeZeile();
        falsch.put("vorname", "Ben");
        falsch.put("plz", "1");
        Map<String, String> richtig = gueltigeZeile();
        richtig.put("vorname", "Carla");
        ImportResult r = parse(datei(List.of(gueltigeZeile(), falsch, richtig)));
        assertEquals(1, r.errors().size());
        assertEquals(3, r.errors().get(0).zeile());
        assertEquals(List.of(2, 4), r.rows().stream().map(ImportRow::zeile).toList());
        assertFalse(r.fehlerfrei());
        assertEquals(1, r.fehlerInZeile(3).size());
        assertTrue(r.fehlerInZeile(2).isEmpty());
    }

    // ------------------------------------------------------------------ duplicates

    @Test
    void doppeltePersonImFehlerAufDerSpaeterenZeile() {
        Map<String, String> a = gueltigeZeile();
        Map<String, String> andere = gueltigeZeile();
        andere.put("vorname", "Berta");
        Map<String, String> b = gueltigeZeile();
        b.put("nachname", "SCHMIDT"); // case does not matter
        b.put("geburtsdatum", "1990-08-17"); // the same date in the other format
        ImportResult r = parse(datei(List.of(a, andere, b)));
        assertEinFehlerOhneZeilenpruefung(r, 4, "nachname",
                "Zeile 4, Spalte nachname: Dieselbe Person (SCHMIDT, Anna, geboren 17.08.1990) steht schon in "
                        + "Zeile 2.");
        assertEquals(List.of(2, 3), r.rows().stream().map(ImportRow::zeile).toList());
    }

    @Test
    void doppelteRvNummerImFehlerAufDerSpaeterenZeile() {
        Map<String, String> a = gueltigeZeile();
        a.put("rv_nummer", "65170839J003");
        Map<String, String> b = gueltigeZeile();
        b.put("vorname", "Berta");
        b.put("rv_nummer", "65 170839 j 00 3");
        Map<String, String> c = gueltigeZeile();
        c.put("vorname", "Clara");
        c.put("rv_nummer", "65 170839 J 003");
        ImportResult r = parse(datei(List.of(a, b, c)));
        assertEquals(2, r.errors().size(), () -> r.errors().toString());
        assertEquals("Zeile 3, Spalte rv_nummer: Die Rentenversicherungsnummer 65170839J003 steht schon in Zeile 2.",
                r.errors().get(0).meldung());
        assertEquals("Zeile 4, Spalte rv_nummer: Die Rentenversicherungsnummer 65170839J003 steht schon in Zeile 2.",
                r.errors().get(1).meldung());
        assertEquals(List.of(2), r.rows().stream().map(ImportRow::zeile).toList());
    }

    private static void assertEinFehlerOhneZeilenpruefung(ImportResult r, int zeile, String spalte, String meldung) {
        assertEquals(1, r.errors().size(), () -> r.errors().toString());
        assertEquals(new ImportError(zeile, spalte, meldung), r.errors().get(0));
    }

    // ------------------------------------------------------------------ header

    @Test
    void unbekannteSpalteWirdGenannt() {
        String text = KOPF + ";geburtstag;Bemerkung\n"
                + datei(List.of(gueltigeZeile())).lines().skip(1).findFirst().orElseThrow() + ";x;y\n";
        ImportResult r = parse(text);
        assertEquals(2, r.errors().size(), () -> r.errors().toString());
        ImportError e = r.errors().get(0);
        assertEquals(1, e.zeile());
        assertEquals("geburtstag", e.spalte());
        assertEquals("Zeile 1, Spalte geburtstag: Die Spalte „geburtstag“ ist unbekannt. Gemeint ist wohl "
                + "„geburtsdatum“ (die Namen müssen genau so geschrieben werden).", e.meldung());
        assertEquals("Bemerkung", r.errors().get(1).spalte());
        assertTrue(r.errors().get(1).meldung().contains("Erlaubt sind: nachname, vorname, geburtsdatum"));
        assertTrue(r.rows().isEmpty(), "no rows while the header is wrong");
    }

    @Test
    void grossgeschriebeneSpalteIstUnbekanntMitVorschlag() {
        ImportResult r = parse(KOPF.replace("nachname", "Nachname") + "\n");
        assertEquals("Zeile 1, Spalte Nachname: Die Spalte „Nachname“ ist unbekannt. Gemeint ist wohl „nachname“ "
                + "(die Namen müssen genau so geschrieben werden).", r.errors().get(0).meldung());
        assertEquals("Zeile 1, Spalte nachname: Die Pflichtspalte „nachname“ fehlt in der Kopfzeile.",
                r.errors().get(1).meldung());
    }

    @Test
    void fehlendePflichtspalten() {
        String text = "nachname;vorname;geschlecht;einrichtung;vertragsbeginn;bereich\n"
                + "Berg;Ida;w;Werkstatt Nord;01.01.2020;AB\n";
        ImportResult r = parse(text);
        assertEquals(List.of(
                new ImportError(1, "geburtsdatum", "Zeile 1, Spalte geburtsdatum: Die Pflichtspalte „geburtsdatum“ "
                        + "fehlt in der Kopfzeile."),
                new ImportError(1, "wochenstunden", "Zeile 1, Spalte wochenstunden: Die Pflichtspalte "
                        + "„wochenstunden“ fehlt in der Kopfzeile.")), r.errors());
        assertTrue(r.rows().isEmpty());
    }

    @Test
    void fehlendePflichtspalteUndZeilenfehlerWerdenBeideGemeldet() {
        String text = "nachname;vorname;geschlecht;einrichtung;vertragsbeginn;bereich;wochenstunden\n"
                + "Berg;Ida;w;Werkstatt Nord;01.01.2020;AB;45\n";
        ImportResult r = parse(text);
        assertEquals(List.of("geburtsdatum", "wochenstunden"), r.errors().stream().map(ImportError::spalte).toList());
        assertEquals(2, r.errors().get(1).zeile());
    }

    @Test
    void doppelteSpalte() {
        ImportResult r = parse(KOPF + ";ort\n");
        assertEquals("Zeile 1, Spalte ort: Die Spalte „ort“ steht mehrmals in der Kopfzeile (an Stelle 7 und 23); "
                + "die zweite wird nicht gelesen.", r.errors().get(0).meldung());
    }

    @Test
    void ueberzaehligeFelderUndFelderOhneUeberschrift() {
        String zeile = datei(List.of(gueltigeZeile())).lines().skip(1).findFirst().orElseThrow();
        // trailing empty fields (Excel) are fine, with or without an empty header column
        assertEquals(List.of(), parse(KOPF + "\n" + zeile + ";;\n").errors());
        assertEquals(List.of(), parse(KOPF + ";\n" + zeile + ";\n").errors());
        ImportResult r = parse(KOPF + "\n" + zeile + ";Rest\n");
        assertEquals(1, r.errors().size());
        assertEquals("Zeile 2: Die Zeile hat 23 Felder, die Kopfzeile nur 22 Spalten; überzählig: „Rest“. Enthält "
                + "ein Text das Trennzeichen, muss er in Anführungszeichen stehen.", r.errors().get(0).meldung());
        assertNull(r.errors().get(0).spalte());
        r = parse(KOPF + ";\n" + zeile + ";Rest\n");
        assertTrue(r.errors().get(0).meldung().startsWith("Zeile 2: Das 23. Feld hat keine Spaltenüberschrift, "
                + "enthält aber „Rest“."), r.errors().get(0).meldung());
    }

    @Test
    void nichtGeschlossenesAnfuehrungszeichen() {
        String zeile = datei(List.of(gueltigeZeile())).lines().skip(1).findFirst().orElseThrow();
        ImportResult r = parse(KOPF + "\n" + zeile + "\n" + zeile.replace(";Bremen;", ";\"Bremen;") + "\n");
        assertEquals(1, r.errors().size(), () -> r.errors().toString());
        assertEquals(3, r.errors().get(0).zeile());
        assertEquals("ort", r.errors().get(0).spalte());
        assertTrue(r.errors().get(0).meldung().contains("wird nicht geschlossen"));
    }

    // ------------------------------------------------------------------ empty, too big, encoding

    @ParameterizedTest(name = "no data rows: {0}")
    @ValueSource(strings = {"", "\uFEFF", "\n\n", " ;;; \r\n", KOPF, KOPF + "\r\n", KOPF + "\r\n\r\n;;;;\r\n"})
    void leereDatei(String text) {
        ImportResult r = parse(text);
        assertEquals(List.of(new ImportError(0, null, "Die Datei enthält keine Datenzeilen.")), r.errors());
        assertTrue(r.rows().isEmpty());
        assertEquals(r.errors(), ImportParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                HEUTE).errors());
    }

    @Test
    void nullEingabe() {
        assertEquals(ImportParser.KEINE_DATENZEILEN,
                ImportParser.parse((java.io.Reader) null).errors().get(0).meldung());
        assertEquals(ImportParser.KEINE_DATENZEILEN,
                ImportParser.parse((java.io.InputStream) null).errors().get(0).meldung());
    }

    @Test
    void hoechstens20000Zeilen() {
        String zeile = datei(List.of(gueltigeZeile())).lines().skip(1).findFirst().orElseThrow()
                .replace("Schmidt;Anna", "Schmidt;Anna%d");
        StringBuilder sb = new StringBuilder(KOPF).append('\n');
        for (int i = 0; i < ImportParser.HOECHSTZAHL_ZEILEN; i++) {
            sb.append(zeile.replace("%d", Integer.toString(i))).append('\n');
        }
        ImportResult genau = parse(sb.toString());
        assertEquals(List.of(), genau.errors());
        assertEquals(20_000, genau.rows().size());

        sb.append(zeile.replace("%d", "x")).append('\n').append(zeile.replace("%d", "y")).append('\n');
        ImportResult zuViel = parse(sb.toString());
        assertEquals(List.of(new ImportError(20_002, null, "Zeile 20002: Die Datei hat mehr als 20.000 Datenzeilen; "
                + "ab hier wird nicht weitergelesen. Bitte die Datei aufteilen.")), zuViel.errors());
    }

    @Test
    void keinUtf8() {
        String text = KOPF + "\n" + datei(List.of(gueltigeZeile())).lines().skip(1).findFirst().orElseThrow()
                .replace("Schmidt", "Müller") + "\n";
        byte[] ansi = text.getBytes(Charset.forName("windows-1252"));
        ImportResult r = ImportParser.parse(new ByteArrayInputStream(ansi), HEUTE);
        assertEquals(1, r.errors().size());
        assertEquals(2, r.errors().get(0).zeile());
        assertTrue(r.errors().get(0).meldung().startsWith("Zeile 2: Die Datei ist nicht in UTF-8 gespeichert: "
                + "ungültiges Byte 0xFC (vermutlich „ü“ in Windows-1252)."), r.errors().get(0).meldung());
        assertTrue(r.rows().isEmpty());
    }

    @Test
    void mehrzeiligesFeldVerschiebtDieZeilennummern() {
        Map<String, String> a = gueltigeZeile();
        a.put("kontoinhaber", "Anna\nSchmidt"); // two lines: 2 and 3
        Map<String, String> b = gueltigeZeile();
        b.put("vorname", "Berta");
        b.put("plz", "x");
        ImportResult r = parse(datei(List.of(a, b)));
        assertEquals(2, r.errors().size(), () -> r.errors().toString());
        assertEquals(2, r.errors().get(0).zeile());
        assertEquals("kontoinhaber", r.errors().get(0).spalte());
        assertEquals(4, r.errors().get(1).zeile());
        assertTrue(r.errors().get(1).meldung().startsWith("Zeile 4, Spalte plz: "));
    }

    // ------------------------------------------------------------------ every message names its line

    @Test
    @DisplayName("every error message contains its line number (and its column, where there is one)")
    void jedeMeldungNenntDieZeile() {
        List<Map<String, String>> zeilen = new ArrayList<>();
        String[][] fehler = {
                {"nachname", ""}, {"geburtsdatum", "31.02.1990"}, {"geschlecht", "x"}, {"plz", "1"},
                {"rv_nummer", "123"}, {"krankenkasse_betriebsnummer", "x"}, {"kinderlos", "vielleicht"},
                {"kinder_unter_25", "-3"}, {"iban", "DE00"}, {"einrichtung", ""}, {"vertragsbeginn", "01.01.1991"},
                {"bereich", "Z"}, {"platzierung", "p"}, {"wochenstunden", "33"}, {"teilzeitgrund", "t"},
                {"arbeitgeber", "Firma"}, {"vorname", "y".repeat(150)}};
        for (String[] f : fehler) {
            Map<String, String> z = gueltigeZeile();
            z.put("vorname", "V" + zeilen.size());
            z.put(f[0], f[1]);
            zeilen.add(z);
        }
        zeilen.add(gueltigeZeile());
        zeilen.add(gueltigeZeile()); // duplicate
        ImportResult r = parse(datei(zeilen) + "a;b\n\"offen");
        assertTrue(r.errors().size() >= fehler.length + 2, () -> r.errors().toString());
        for (ImportError e : r.errors()) {
            assertTrue(e.zeile() > 0, e::toString);
            String erwartet = "Zeile " + e.zeile() + (e.spalte() != null ? ", Spalte " + e.spalte() + ": " : ": ");
            assertTrue(e.meldung().startsWith(erwartet), e::toString);
        }
        for (int i = 0; i < fehler.length; i++) {
            int zeile = i + 2;
            assertFalse(r.fehlerInZeile(zeile).isEmpty(), "line " + zeile + " (" + fehler[i][0] + ")");
        }
    }

    // ------------------------------------------------------------------ robustness

    @Test
    @DisplayName("never throws, whatever the input")
    void wirftNie() {
        Random zufall = new Random(4180);
        String zeichen = ";,\"\r\n \uFEFFabcäß0123456789.-:";
        String[] bausteine = {KOPF, "\"", "\"\"", ";", ",", "\r\n", "\n", "\r", "sep=,", "31.02.1990", "37,5",
                "ausgelagert", "ja", "DE89370400440532013000", "65170839J003", "\u0000", "\uD800"};
        for (int lauf = 0; lauf < 2_000; lauf++) {
            StringBuilder sb = new StringBuilder();
            int teile = zufall.nextInt(40);
            for (int i = 0; i < teile; i++) {
                if (zufall.nextBoolean()) {
                    sb.append(bausteine[zufall.nextInt(bausteine.length)]);
                } else {
                    sb.append(zeichen.charAt(zufall.nextInt(zeichen.length())));
                }
            }
            String text = sb.toString();
            ImportResult r = assertDoesNotThrow(() -> parse(text), text);
            assertNotNull(r);
            assertTrue(!r.errors().isEmpty() || !r.rows().isEmpty(), text);
            byte[] bytes = new byte[zufall.nextInt(200)];
            zufall.nextBytes(bytes);
            assertDoesNotThrow(() -> ImportParser.parse(new ByteArrayInputStream(bytes), HEUTE));
        }
    }

    @Test
    @DisplayName("the example file of docs/import-beschaeftigte.md is valid")
    void beispielDerDokumentation() throws java.io.IOException {
        java.nio.file.Path doku = java.nio.file.Path.of("..", "docs", "import-beschaeftigte.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(doku), "docs not found");
        String text = java.nio.file.Files.readString(doku);
        int start = text.indexOf("```\n", text.indexOf("## Example file")) + 4;
        String beispiel = text.substring(start, text.indexOf("```", start));
        ImportResult r = parse(beispiel);
        assertEquals(List.of(), r.errors());
        assertEquals(3, r.rows().size());
    }

    @Test
    void kopfzeileEnthaeltAlleSpalten() {
        assertEquals(KOPF, ImportParser.KOPFZEILE);
    }
}
