package de.werkerp.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Versicherungsnummer, § 147 Abs. 2 SGB VI and § 2 VKVV: structure (Abs. 1–5) and Prüfziffer (Abs. 6: letter as
 * A = 01 … Z = 26, twelve digits weighted 2 1 2 5 7 1 2 1 2 1 2 1, digit sums added, modulo 10).
 */
class RentenversicherungsnummerTest {

    private static final String PRUEFZIFFER_FALSCH = "Die Prüfziffer der Rentenversicherungsnummer stimmt nicht "
            + "(§ 2 Abs. 6 VKVV): bitte die Nummer auf Tipp- und Zahlendreher prüfen.";

    /** A valid number with the given first 11 characters: its check digit computed by the rule under test. */
    private static String mitPruefziffer(String elf) {
        return elf + Rentenversicherungsnummer.pruefziffer(elf);
    }

    @ParameterizedTest(name = "§ 2 Abs. 6 VKVV: {0} ist gültig")
    @ValueSource(strings = {
            "65170839J003",      // the example of the DRV / Wikipedia: 3+5+2+8+0+8+6+9+2+0+0+0 = 43 → 3
            "15070649C103",      // 2+5+0+8+0+6+8+9+0+3+2+0 = 43 → 3
            "65180539W001",      // example of Algorithm::CheckDigits (Rentenversicherung): W = 23, sum 41 → 1
            "65 170839 J 00 3",  // written with spaces, as on the Sozialversicherungsausweis
            "65 170839 J 003",
            "65170839j003",      // lower-case letter
            " 65\u00A0170839 j 003 "})
    void gueltige_nummern(String nummer) {
        assertEquals(Optional.empty(), Rentenversicherungsnummer.fehler(nummer));
        assertTrue(Rentenversicherungsnummer.gueltig(nummer));
    }

    @Test
    @DisplayName("§ 2 Abs. 6 VKVV: die Prüfziffer der Beispiele, Schritt für Schritt nachgerechnet")
    void pruefziffer_der_beispiele() {
        assertEquals(3, Rentenversicherungsnummer.pruefziffer("65170839J00"));
        assertEquals(3, Rentenversicherungsnummer.pruefziffer("15070649C10"));
        assertEquals(1, Rentenversicherungsnummer.pruefziffer("65180539W00"));
        // A = 01 and Z = 26; 12 × 0 except the letter: 0·2 + 1·1 = 1 and 2·2 + 6·1 = 10
        assertEquals(1, Rentenversicherungsnummer.pruefziffer("00000000A00"));
        assertEquals(0, Rentenversicherungsnummer.pruefziffer("00000000Z00"));
        // weight 7 on position 5: 7·9 = 63 → 6 + 3 = 9, plus A = 01 → 1: 10 → 0
        assertEquals(0, Rentenversicherungsnummer.pruefziffer("00009000A00"));
        // weight 5 on position 4: 5·7 = 35 → 8; 8 + 1 = 9
        assertEquals(9, Rentenversicherungsnummer.pruefziffer("00070000A00"));
    }

    @Test
    @DisplayName("§ 2 Abs. 6 VKVV: das Beispiel 65 170839 J 08 8 (KBS-Lexikon) hat die Prüfziffer 1, nicht 8")
    void beispiel_der_knappschaft_ist_nicht_gueltig() {
        // 3+5+2+8+0+8+6+9+2+0+0+8 = 51 → 1: the published illustration carries a wrong check digit
        assertEquals(1, Rentenversicherungsnummer.pruefziffer("65170839J08"));
        assertEquals(Optional.of(PRUEFZIFFER_FALSCH), Rentenversicherungsnummer.fehler("65 170839 J 08 8"));
        assertTrue(Rentenversicherungsnummer.gueltig("65 170839 J 08 1"));
    }

    @Test
    @DisplayName("§ 2 Abs. 6 VKVV: jede andere Prüfziffer wird abgelehnt")
    void jede_andere_pruefziffer() {
        for (int z = 0; z <= 9; z++) {
            String nummer = "65170839J00" + z;
            assertEquals(z == 3, Rentenversicherungsnummer.gueltig(nummer), nummer);
            if (z != 3) {
                assertEquals(Optional.of(PRUEFZIFFER_FALSCH), Rentenversicherungsnummer.fehler(nummer));
            }
        }
    }

    @Test
    @DisplayName("§ 2 Abs. 6 VKVV: jede geänderte Ziffer in Bereichs- und Seriennummer fällt auf")
    void einzelne_ziffer_geaendert() {
        String gueltig = "65170839J003";
        for (int stelle : new int[] {0, 1, 9, 10}) {
            for (char z = '0'; z <= '9'; z++) {
                if (z == gueltig.charAt(stelle)) {
                    continue;
                }
                String falsch = gueltig.substring(0, stelle) + z + gueltig.substring(stelle + 1);
                assertEquals(Optional.of(PRUEFZIFFER_FALSCH), Rentenversicherungsnummer.fehler(falsch), falsch);
            }
        }
    }

    @Test
    @DisplayName("§ 2 Abs. 6 VKVV: ein Zahlendreher in der Seriennummer fällt auf")
    void zahlendreher() {
        assertTrue(Rentenversicherungsnummer.gueltig("15070649C103"));
        assertFalse(Rentenversicherungsnummer.gueltig("15070649C013"));
        assertFalse(Rentenversicherungsnummer.gueltig("51070649C103"));
    }

    @ParameterizedTest(name = "Länge: „{0}“ hat nicht 12 Zeichen")
    @ValueSource(strings = {"65170839J00", "65170839J0033", "6", "65 170839 J 00 3 1"})
    void falsche_laenge(String nummer) {
        String fehler = Rentenversicherungsnummer.fehler(nummer).orElseThrow();
        assertTrue(fehler.startsWith("Die Rentenversicherungsnummer muss 12 Zeichen haben (z. B. 65 170839 J 00 3)."),
                fehler);
    }

    @Test
    @DisplayName("Länge: die Meldung nennt die Zahl der eingegebenen Zeichen")
    void laenge_wird_genannt() {
        assertEquals(Optional.of("Die Rentenversicherungsnummer muss 12 Zeichen haben (z. B. 65 170839 J 00 3). "
                + "Eingegeben wurden 11 Zeichen."), Rentenversicherungsnummer.fehler("65170839J00"));
    }

    @ParameterizedTest(name = "leer: „{0}“")
    @ValueSource(strings = {"", "   "})
    void leer(String nummer) {
        assertEquals(Optional.of("Bitte die Rentenversicherungsnummer angeben (z. B. 65 170839 J 00 3)."),
                Rentenversicherungsnummer.fehler(nummer));
    }

    @Test
    void null_wird_gemeldet_und_bleibt_beim_normalisieren_null() {
        assertTrue(Rentenversicherungsnummer.fehler(null).isPresent());
        assertNull(Rentenversicherungsnummer.normalisiert(null));
    }

    @Test
    @DisplayName("§ 2 Abs. 2, 3 VKVV: die ersten 8 Stellen sind Ziffern")
    void erste_acht_stellen_ziffern() {
        assertEquals(Optional.of("Die Rentenversicherungsnummer muss mit 8 Ziffern beginnen: Bereichsnummer und "
                + "Geburtsdatum TTMMJJ (§ 2 Abs. 2, 3 VKVV, z. B. 65 170839 J 00 3)."),
                Rentenversicherungsnummer.fehler("6517O839J003")); // letter O for zero
        assertTrue(Rentenversicherungsnummer.fehler("J65170839003").isPresent());
    }

    @Test
    @DisplayName("§ 2 Abs. 4 VKVV: an 9. Stelle ein Buchstabe A–Z, Umlaute sind aufgelöst")
    void neunte_stelle_buchstabe() {
        assertEquals(Optional.of("An der 9. Stelle der Rentenversicherungsnummer muss der Anfangsbuchstabe des "
                + "Geburtsnamens stehen, A bis Z ohne Umlaute (§ 2 Abs. 4 VKVV), nicht „1“."),
                Rentenversicherungsnummer.fehler("651708391003"));
        assertEquals(Optional.of("An der 9. Stelle der Rentenversicherungsnummer muss der Anfangsbuchstabe des "
                + "Geburtsnamens stehen, A bis Z ohne Umlaute (§ 2 Abs. 4 VKVV), nicht „Ä“."),
                Rentenversicherungsnummer.fehler("65170839ä003"));
    }

    @Test
    @DisplayName("§ 2 Abs. 5, 6 VKVV: Seriennummer und Prüfziffer sind Ziffern")
    void letzte_drei_stellen_ziffern() {
        assertEquals(Optional.of("Die letzten 3 Stellen der Rentenversicherungsnummer müssen Ziffern sein: "
                + "Seriennummer und Prüfziffer (§ 2 Abs. 5, 6 VKVV, z. B. 65 170839 J 00 3)."),
                Rentenversicherungsnummer.fehler("65170839J0O3"));
    }

    @ParameterizedTest(name = "§ 2 Abs. 5 VKVV: Seriennummer {0} (00–49 männlich, 50–99 weiblich) ist zulässig")
    @ValueSource(strings = {"00", "49", "50", "99"})
    void seriennummern(String serie) {
        assertTrue(Rentenversicherungsnummer.gueltig(mitPruefziffer("65170839J" + serie)));
    }

    @ParameterizedTest(name = "§ 2 Abs. 3, 5 VKVV, Rundschreiben Ziff. 3.1.1.2: Tag und Monat „{0}“ → gültig: {1}")
    @CsvSource({
            "1708, true",   // 17 August
            "0108, true", "3108, true", "3012, true",
            "2902, true",   // the century is not in the number: 29 February is always accepted
            "0008, true",   // day unknown: issued as 00 (e.g. 00 12 86)
            "1700, true",   // day and month unknown: the day of issue with month 00
            "4908, true",   // 17 + 32: the serial numbers of the 17th are used up
            "8108, true",   // 17 + 64
            "9707, true",   // 1 + 96, only for the 1st
            "3302, true",   // 1 + 32 in February
            "6102, true",   // 29 + 32 in February
            "3200, true", "6400, true", "9500, true",
            "6302, false",  // 31 + 32: there is no 31 February
            "9502, false",  // 31 + 64
            "3102, false", "3104, false", "3006, true", "3106, false", "3109, false", "3111, false"})
    void besondere_tage(String tagMonat, boolean gueltig) {
        String nummer = mitPruefziffer("65" + tagMonat + "39J00");
        assertEquals(gueltig, Rentenversicherungsnummer.gueltig(nummer),
                nummer + ": " + Rentenversicherungsnummer.fehler(nummer));
    }

    @Test
    @DisplayName("§ 2 Abs. 3 VKVV: der 31. Februar und der 31. April sind kein Geburtsdatum")
    void unmoegliches_datum() {
        assertEquals(Optional.of("Das Geburtsdatum in der Rentenversicherungsnummer (Stellen 3 bis 8, „310439“) "
                + "gibt es nicht: der Monat 04 hat keinen 31. Tag (§ 2 Abs. 3 VKVV)."),
                Rentenversicherungsnummer.fehler(mitPruefziffer("65310439J00")));
        assertEquals(Optional.of("Das Geburtsdatum in der Rentenversicherungsnummer (Stellen 3 bis 8, „620239“) "
                + "gibt es nicht: der Monat 02 hat keinen 30. Tag (§ 2 Abs. 3 VKVV)."),
                Rentenversicherungsnummer.fehler(mitPruefziffer("65620239J00")));
    }

    @ParameterizedTest(name = "§ 2 Abs. 3 VKVV: Tag „{0}“ ist nicht möglich")
    @ValueSource(strings = {"96", "98", "99"})
    void unmoegliche_tage(String tag) {
        assertEquals(Optional.of("Der Geburtstag in der Rentenversicherungsnummer (Stellen 3 und 4) kann nicht „"
                + tag + "“ sein: zulässig sind 01 bis 31 und, wenn die Seriennummern eines Tages vergeben sind, "
                + "der um 32, 64 oder 96 erhöhte Tag (§ 2 Abs. 3, 5 VKVV)."),
                Rentenversicherungsnummer.fehler(mitPruefziffer("65" + tag + "0839J00")));
    }

    @Test
    @DisplayName("§ 2 Abs. 3 VKVV: Monat 13 ist nicht möglich")
    void unmoeglicher_monat() {
        assertEquals(Optional.of("Der Geburtsmonat in der Rentenversicherungsnummer (Stellen 5 und 6) muss zwischen "
                + "01 und 12 liegen, nicht „13“ (§ 2 Abs. 3 VKVV)."),
                Rentenversicherungsnummer.fehler(mitPruefziffer("65171339J00")));
    }

    @Test
    void normalisiert_entfernt_leerzeichen_und_setzt_grossbuchstaben() {
        assertEquals("65170839J003", Rentenversicherungsnummer.normalisiert(" 65 170839 j 00 3 "));
        assertEquals("65170839J003", Rentenversicherungsnummer.normalisiert("65\t170839\u202FJ003"));
    }

    @Test
    void pruefziffer_lehnt_falsche_eingaben_ab() {
        assertThrows(IllegalArgumentException.class, () -> Rentenversicherungsnummer.pruefziffer("65170839J003"));
        assertThrows(IllegalArgumentException.class, () -> Rentenversicherungsnummer.pruefziffer("651708391003"));
        assertThrows(IllegalArgumentException.class, () -> Rentenversicherungsnummer.pruefziffer(null));
    }

    @Test
    @DisplayName("§ 2 Abs. 3 VKVV: Geburtsdatum der Nummer passt zum erfassten Geburtsdatum – kein Hinweis")
    void geburtsdatum_passt() {
        assertEquals(Optional.empty(),
                Rentenversicherungsnummer.hinweisZumGeburtsdatum("65170839J003", LocalDate.of(1939, 8, 17)));
        // century is not part of the number
        assertEquals(Optional.empty(),
                Rentenversicherungsnummer.hinweisZumGeburtsdatum("65170839J003", LocalDate.of(2039, 8, 17)));
        // day raised by 32 / 64 / 96 for used-up serial numbers
        assertEquals(Optional.empty(), Rentenversicherungsnummer.hinweisZumGeburtsdatum(
                mitPruefziffer("65490839J00"), LocalDate.of(1939, 8, 17)));
        assertEquals(Optional.empty(), Rentenversicherungsnummer.hinweisZumGeburtsdatum(
                mitPruefziffer("65970764J00"), LocalDate.of(1964, 7, 1)));
        // day unknown (00), or day and month unknown (month 00, the day is the day of issue)
        assertEquals(Optional.empty(), Rentenversicherungsnummer.hinweisZumGeburtsdatum(
                mitPruefziffer("65001286J00"), LocalDate.of(1986, 12, 5)));
        assertEquals(Optional.empty(), Rentenversicherungsnummer.hinweisZumGeburtsdatum(
                mitPruefziffer("65170088J00"), LocalDate.of(1988, 7, 1)));
    }

    @Test
    @DisplayName("§ 3 Abs. 1 VKVV: passt das Geburtsdatum nicht, gibt es einen Hinweis, keinen Fehler")
    void geburtsdatum_passt_nicht() {
        assertEquals(Optional.of("Das Geburtsdatum in der Rentenversicherungsnummer (17.08.39) passt nicht zum "
                + "erfassten Geburtsdatum 17.08.1940. Bitte beide prüfen: die Nummer wird nicht berichtigt, bei "
                + "falschem Geburtsdatum vergibt die Rentenversicherung eine neue (§ 3 Abs. 1 VKVV)."),
                Rentenversicherungsnummer.hinweisZumGeburtsdatum("65170839J003", LocalDate.of(1940, 8, 17)));
        assertTrue(Rentenversicherungsnummer.hinweisZumGeburtsdatum("65170839J003", LocalDate.of(1939, 8, 18))
                .isPresent());
        assertTrue(Rentenversicherungsnummer.hinweisZumGeburtsdatum("65170839J003", LocalDate.of(1939, 9, 17))
                .isPresent());
    }

    @Test
    @DisplayName("Kein Hinweis zum Geburtsdatum, wenn die Nummer ungültig ist oder das Geburtsdatum fehlt")
    void kein_vergleich_ohne_gueltige_nummer() {
        assertEquals(Optional.empty(),
                Rentenversicherungsnummer.hinweisZumGeburtsdatum("65170839J004", LocalDate.of(1940, 1, 1)));
        assertEquals(Optional.empty(), Rentenversicherungsnummer.hinweisZumGeburtsdatum("65170839J003", null));
    }
}
