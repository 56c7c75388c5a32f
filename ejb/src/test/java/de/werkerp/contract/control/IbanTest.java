package de.werkerp.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IBAN, ISO 13616 with ISO 7064 MOD 97-10: remainder 1, check digits 02–98, length per country (SWIFT registry). */
class IbanTest {

    private static final String PRUEFZIFFER_FALSCH = "Die Prüfziffer der IBAN stimmt nicht (ISO 13616, Modulo 97): "
            + "bitte die IBAN auf Tipp- und Zahlendreher prüfen.";

    @ParameterizedTest(name = "ISO 13616: {0} ist gültig")
    @ValueSource(strings = {
            "DE89370400440532013000",
            "DE89 3704 0044 0532 0130 00",
            "de89 3704 0044 0532 0130 00",
            " DE89\u00A03704 0044 0532 0130 00 ",
            // the examples of the SWIFT IBAN registry
            "AT61 1904 3002 3457 3201",
            "CH93 0076 2011 6238 5295 7",
            "NL91 ABNA 0417 1643 00",
            "BE68 5390 0754 7034",
            "FR14 2004 1010 0505 0001 3M02 606",
            "IT60 X054 2811 1010 0000 0123 456",
            "ES91 2100 0418 4502 0005 1332",
            "PL61 1090 1014 0000 0712 1981 2874",
            "LU28 0019 4006 4475 0000",
            "DK50 0040 0440 1162 43",
            "NO93 8601 1117 947",
            "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
            // a country without a fixed length here: only 15–34 characters and modulo 97
            "TR33 0006 1005 1978 6457 8413 26"})
    void gueltige_ibans(String iban) {
        assertEquals(Optional.empty(), Iban.fehler(iban));
        assertTrue(Iban.gueltig(iban));
    }

    @Test
    @DisplayName("ISO 13616, Modulo 97: eine einzige geänderte Ziffer wird erkannt")
    void eine_ziffer_geaendert() {
        assertEquals(Optional.of(PRUEFZIFFER_FALSCH), Iban.fehler("DE89370400440532013001"));
        assertEquals(Optional.of(PRUEFZIFFER_FALSCH), Iban.fehler("DE88370400440532013000"));
        String gueltig = "DE89370400440532013000";
        for (int stelle = 2; stelle < gueltig.length(); stelle++) {
            for (char z = '0'; z <= '9'; z++) {
                if (z != gueltig.charAt(stelle)) {
                    String falsch = gueltig.substring(0, stelle) + z + gueltig.substring(stelle + 1);
                    assertEquals(Optional.of(PRUEFZIFFER_FALSCH), Iban.fehler(falsch), falsch);
                }
            }
        }
    }

    @Test
    @DisplayName("ISO 13616, Modulo 97: ein Zahlendreher wird erkannt")
    void zahlendreher() {
        assertFalse(Iban.gueltig("DE89370400440532010300"));
        assertFalse(Iban.gueltig("DE89374000440532013000"));
    }

    @Test
    @DisplayName("ISO 13616: Prüfziffern 00, 01 und 99 sind nie gültig, auch wenn der Rest 1 wäre")
    void pruefziffern_ausserhalb_02_bis_98() {
        // 98 − remainder gives 02 … 98. An account whose check digits are 98 also has remainder 1 with 01
        // (01 ≡ 98 mod 97), one with 02 also with 99, one with 97 also with 00: these are refused explicitly
        assertEquals(89, pruefziffernNachIso("DE", "370400440532013000"));
        String konto98 = kontoMitPruefziffern(98);
        assertEquals(Optional.empty(), Iban.fehler("DE98" + konto98));
        assertEquals(Optional.of(PRUEFZIFFER_FALSCH), Iban.fehler("DE01" + konto98));
        String konto02 = kontoMitPruefziffern(2);
        assertEquals(Optional.empty(), Iban.fehler("DE02" + konto02));
        assertEquals(Optional.of(PRUEFZIFFER_FALSCH), Iban.fehler("DE99" + konto02));
        String konto97 = kontoMitPruefziffern(97);
        assertEquals(Optional.empty(), Iban.fehler("DE97" + konto97));
        assertEquals(Optional.of(PRUEFZIFFER_FALSCH), Iban.fehler("DE00" + konto97));
    }

    @ParameterizedTest(name = "ISO 13616, Länge: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "DE8937040044053201300|Eine IBAN aus Deutschland (DE) hat 22 Zeichen, eingegeben wurden 21 (ISO 13616).",
            "DE893704004405320130000|Eine IBAN aus Deutschland (DE) hat 22 Zeichen, eingegeben wurden 23 (ISO 13616).",
            "AT61190430023457320|Eine IBAN aus Österreich (AT) hat 20 Zeichen, eingegeben wurden 19 (ISO 13616).",
            "CH9300762011623852957 1|Eine IBAN aus der Schweiz (CH) hat 21 Zeichen, eingegeben wurden 22 (ISO 13616).",
            "NL91ABNA04171643000|Eine IBAN aus den Niederlanden (NL) hat 18 Zeichen, eingegeben wurden 19 (ISO 13616).",
            "BE685390075470|Eine IBAN aus Belgien (BE) hat 16 Zeichen, eingegeben wurden 14 (ISO 13616).",
            "FR142004101005050001|Eine IBAN aus Frankreich (FR) hat 27 Zeichen, eingegeben wurden 20 (ISO 13616).",
            "IT60X05428111010000001234|Eine IBAN aus Italien (IT) hat 27 Zeichen, eingegeben wurden 25 (ISO 13616).",
            "ES9121000418450200051|Eine IBAN aus Spanien (ES) hat 24 Zeichen, eingegeben wurden 21 (ISO 13616).",
            "PL6110901014000007121981287|Eine IBAN aus Polen (PL) hat 28 Zeichen, eingegeben wurden 27 (ISO 13616).",
            "LU2800194006447500000|Eine IBAN aus Luxemburg (LU) hat 20 Zeichen, eingegeben wurden 21 (ISO 13616).",
            "DK500040044011624|Eine IBAN aus Dänemark (DK) hat 18 Zeichen, eingegeben wurden 17 (ISO 13616).",
            "SE4550000000058398257|Eine IBAN mit SE hat 24 Zeichen, eingegeben wurden 21 (ISO 13616).",
            "XX12345678901|Eine IBAN hat 15 bis 34 Zeichen, eingegeben wurden 13 (ISO 13616).",
            "XX123456789012345678901234567890123|Eine IBAN hat 15 bis 34 Zeichen, eingegeben wurden 35 (ISO 13616)."})
    void falsche_laenge(String iban, String meldung) {
        assertEquals(Optional.of(meldung), Iban.fehler(iban));
    }

    @ParameterizedTest(name = "ISO 13616, Zeichen: „{0}“ enthält „{1}“")
    @CsvSource(delimiter = '|', value = {
            "DE89-3704-0044-0532-0130-00|-",
            "DE89.3704.0044.0532.0130.00|.",
            "DE89 3704 0044 0532 0130 0ä|Ä",
            "DE89/370400440532013000|/"})
    void unerlaubte_zeichen(String iban, String zeichen) {
        assertEquals(Optional.of("Die IBAN darf nur Buchstaben und Ziffern enthalten (Leerzeichen sind erlaubt), "
                + "nicht „" + zeichen + "“ (ISO 13616)."), Iban.fehler(iban));
    }

    @ParameterizedTest(name = "ISO 13616: „{0}“ beginnt nicht mit einem Ländercode")
    @ValueSource(strings = {"8937040044053201300012", "D189370400440532013000", "1", "D"})
    void ohne_laendercode(String iban) {
        assertEquals(Optional.of("Die IBAN muss mit dem Ländercode aus zwei Buchstaben beginnen, z. B. DE für "
                + "Deutschland (ISO 13616)."), Iban.fehler(iban));
    }

    @ParameterizedTest(name = "ISO 13616: „{0}“ hat keine zwei Prüfziffern")
    @ValueSource(strings = {"DEX9370400440532013000", "DE8X370400440532013000", "DE", "DE8"})
    void ohne_pruefziffern(String iban) {
        assertEquals(Optional.of("Auf den Ländercode der IBAN folgen zwei Prüfziffern (3. und 4. Stelle, ISO 13616)."),
                Iban.fehler(iban));
    }

    @Test
    @DisplayName("Deutsche IBAN: nach DE und den Prüfziffern nur Ziffern (Bankleitzahl und Kontonummer)")
    void deutsche_iban_nur_ziffern() {
        assertEquals(Optional.of("Eine deutsche IBAN hat nach „DE“ und den Prüfziffern nur Ziffern: "
                + "Bankleitzahl (8) und Kontonummer (10)."), Iban.fehler("DE89370400440532O13000"));
    }

    @ParameterizedTest(name = "leer: „{0}“")
    @ValueSource(strings = {"", "  "})
    void leer(String iban) {
        assertEquals(Optional.of("Bitte die IBAN angeben (z. B. DE89 3704 0044 0532 0130 00)."), Iban.fehler(iban));
    }

    @Test
    void null_wird_gemeldet() {
        assertTrue(Iban.fehler(null).isPresent());
        assertNull(Iban.normalisiert(null));
        assertNull(Iban.formatiert(null));
    }

    @Test
    void normalisiert_und_formatiert() {
        assertEquals("DE89370400440532013000", Iban.normalisiert(" de89 3704\t0044 0532 0130 00 "));
        assertEquals("DE89 3704 0044 0532 0130 00", Iban.formatiert("DE89370400440532013000"));
        assertEquals("DE89 3704 0044 0532 0130 00", Iban.formatiert("de 893 704 004 405 320 130 00"));
        assertEquals("BE68 5390 0754 7034", Iban.formatiert("BE68539007547034"));
        assertEquals("DE89", Iban.formatiert("DE89"));
        assertEquals("", Iban.formatiert(""));
    }

    /** A German BBAN (Bankleitzahl 37040044) whose correct check digits are the given ones. */
    @Test
    @DisplayName("ISO 13616: a German IBAN from Bankleitzahl and account number gets its check digits")
    void german_iban_from_bank_code_and_account() {
        // the standard example of the Bundesbank: BLZ 370 400 44, account 532013000 → DE89 3704 0044 0532 0130 00
        assertEquals("DE89370400440532013000", Iban.deutsch("37040044", "532013000"));
        assertTrue(Iban.gueltig(Iban.deutsch("25050000", "1")));
        IllegalArgumentException zuKurz = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Iban.deutsch("2505000", "1"));
        assertTrue(zuKurz.getMessage().contains("Bankleitzahl mit 8"), zuKurz.getMessage());
    }

    private static String kontoMitPruefziffern(int pruefziffern) {
        for (long konto = 0; konto < 1_000_000; konto++) {
            String bban = "37040044" + String.format("%010d", konto);
            if (pruefziffernNachIso("DE", bban) == pruefziffern) {
                return bban;
            }
        }
        throw new AssertionError("kein Konto gefunden");
    }

    /** ISO 13616: 98 − (BBAN + country + "00", letters as 10–35) mod 97. */
    private static int pruefziffernNachIso(String land, String bban) {
        int rest = 0;
        for (char c : (bban + land + "00").toCharArray()) {
            int wert = Character.digit(c, 36);
            rest = (wert < 10 ? rest * 10 + wert : rest * 100 + wert) % 97;
        }
        return 98 - rest;
    }
}
