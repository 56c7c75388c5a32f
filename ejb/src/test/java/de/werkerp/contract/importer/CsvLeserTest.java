package de.werkerp.contract.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The RFC 4180 reader: quoting, line breaks, line numbers, BOM and the lenient cases. */
class CsvLeserTest {

    private static List<CsvLeser.Datensatz> lies(String text, char trennzeichen) throws IOException {
        CsvLeser leser = new CsvLeser(new StringReader(text));
        leser.setTrennzeichen(trennzeichen);
        List<CsvLeser.Datensatz> saetze = new ArrayList<>();
        CsvLeser.Datensatz satz;
        while ((satz = leser.naechster()) != null) {
            saetze.add(satz);
        }
        return saetze;
    }

    @Test
    void einfacheFelderUndLeereFelder() throws IOException {
        List<CsvLeser.Datensatz> s = lies("a;b;;c\n;\n", ';');
        assertEquals(2, s.size());
        assertEquals(List.of("a", "b", "", "c"), s.get(0).felder());
        assertEquals(List.of("", ""), s.get(1).felder());
        assertTrue(s.get(1).leer());
    }

    @Test
    void anfuehrungszeichenMitTrennzeichenVerdoppeltenAnfuehrungszeichenUndZeilenumbruch() throws IOException {
        List<CsvLeser.Datensatz> s = lies("\"a;b\";\"sagte \"\"Hallo\"\"\";\"Zeile 1\r\nZeile 2\"\r\nx;y;z", ';');
        assertEquals(2, s.size());
        assertEquals(List.of("a;b", "sagte \"Hallo\"", "Zeile 1\nZeile 2"), s.get(0).felder());
        assertEquals(1, s.get(0).zeile());
        assertEquals(3, s.get(1).zeile(), "the line break inside the quotes counts as a line");
        assertEquals(List.of("x", "y", "z"), s.get(1).felder());
        assertTrue(s.get(0).formfehler().isEmpty());
    }

    @Test
    void zeilenendenCrLfLfUndCr() throws IOException {
        List<CsvLeser.Datensatz> s = lies("a\r\nb\nc\rd", ',');
        assertEquals(List.of("a", "b", "c", "d"), s.stream().map(d -> d.felder().get(0)).toList());
        assertEquals(List.of(1, 2, 3, 4), s.stream().map(CsvLeser.Datensatz::zeile).toList());
    }

    @Test
    void bomAmAnfangWirdUebersprungen() throws IOException {
        List<CsvLeser.Datensatz> s = lies("\uFEFFname;ort", ';');
        assertEquals(List.of("name", "ort"), s.get(0).felder());
    }

    @Test
    void kommaAlsTrennzeichen() throws IOException {
        List<CsvLeser.Datensatz> s = lies("a,\"b,c\",\"37,5\"", ',');
        assertEquals(List.of("a", "b,c", "37,5"), s.get(0).felder());
    }

    @Test
    void anfuehrungszeichenMittenImFeldBleibtStehen() throws IOException {
        List<CsvLeser.Datensatz> s = lies("Der \"Hof\";b", ';');
        assertEquals(List.of("Der \"Hof\"", "b"), s.get(0).felder());
        assertTrue(s.get(0).formfehler().isEmpty());
    }

    @Test
    void textNachDemSchliessendenAnfuehrungszeichenWirdGemeldet() throws IOException {
        List<CsvLeser.Datensatz> s = lies("\"ab\"cd;e", ';');
        assertEquals(List.of("abcd", "e"), s.get(0).felder());
        assertEquals(1, s.get(0).formfehler().size());
        assertEquals(0, s.get(0).formfehler().get(0).feld());
        assertFalse(s.get(0).formfehler().get(0).offen());
    }

    @Test
    void textNachAnfuehrungImSpaeterenFeldWirdGemeldetUndDieNaechsteZeileNormalGelesen() throws IOException {
        List<CsvLeser.Datensatz> s = lies("a;\"b\"x;c\r\nd;e", ';');
        assertEquals(2, s.size());
        assertEquals(List.of("a", "bx", "c"), s.get(0).felder());
        assertEquals(1, s.get(0).formfehler().get(0).feld());
        assertTrue(s.get(0).formfehler().get(0).meldung().contains("(„x“)"), s.get(0).formfehler().get(0).meldung());
        assertEquals(List.of("d", "e"), s.get(1).felder());
        assertEquals(2, s.get(1).zeile());
        assertTrue(s.get(1).formfehler().isEmpty());
    }

    @Test
    void nichtGeschlossenesAnfuehrungszeichenWirdGemeldet() throws IOException {
        List<CsvLeser.Datensatz> s = lies("a;\"offen\nb;c\n", ';');
        assertEquals(1, s.size());
        assertEquals(List.of("a", "offen\nb;c\n"), s.get(0).felder());
        assertEquals(1, s.get(0).formfehler().get(0).feld());
        assertTrue(s.get(0).formfehler().get(0).meldung().contains("nicht geschlossen"));
        assertTrue(s.get(0).formfehler().get(0).offen());
    }

    @Test
    void leereEingabe() throws IOException {
        assertTrue(lies("", ';').isEmpty());
        CsvLeser leser = new CsvLeser(new StringReader("\uFEFF"));
        assertNull(leser.naechster());
    }

    @Test
    void vorausschauenLiestDieZeileNichtWeg() throws IOException {
        CsvLeser leser = new CsvLeser(new StringReader("\uFEFF\"a\nb\";c\nd"));
        assertEquals("\"a\nb\";c", leser.ersteZeileVorausschauen());
        assertEquals("\"a\nb\";c", leser.ersteZeileVorausschauen());
        leser.setTrennzeichen(';');
        assertEquals(List.of("a\nb", "c"), leser.naechster().felder());
        assertEquals("d", leser.ersteZeileVorausschauen());
        CsvLeser.Datensatz d = leser.naechster();
        assertEquals(List.of("d"), d.felder());
        assertEquals(3, d.zeile());
        assertNull(leser.naechster());
    }
}
