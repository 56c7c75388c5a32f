package de.werkerp.wage.sepa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SepaZeichensatzTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Jörg Müller-Lüdenscheid | Joerg Mueller-Luedenscheid",
            "Straße                  | Strasse",
            "Äpfel, Öfen, Übel       | Aepfel, Oefen, Uebel",
            "MÜLLER                  | MUELLER",
            "GROẞ                    | GROSS",
            "Ö                       | Oe",
            "Ümit ÖZTÜRK             | Uemit OEZTUERK",
            "René Desirée Çelik      | Rene Desiree Celik",
            "Łukasz Wałęsa           | Lukasz Walesa",
            "Søren Ærø               | Soeren AEroe",
            "O'Brien & Söhne         | O'Brien + Soehne",
            "„Werkstatt“ – Süd       | 'Werkstatt' - Sued",
            "Lohn 100 €; Bonus_2     | Lohn 100 EUR, Bonus-2",
            "a#b%c*d                 | a b c d",
            "Frage? (ja): 1/2.       | Frage? (ja): 1/2.",
    })
    void free_text_is_converted_to_the_epc_latin_set(String roh, String erwartet) {
        assertEquals(erwartet, SepaZeichensatz.umschreiben(roh));
        assertTrue(SepaZeichensatz.gueltig(SepaZeichensatz.umschreiben(roh)));
    }

    @Test
    void whitespace_is_collapsed_and_decomposed_umlauts_are_recognised() {
        assertEquals("Anna Maria Schulz", SepaZeichensatz.umschreiben("  Anna\t\nMaria\u00A0 Schulz  "));
        assertEquals("Mueller", SepaZeichensatz.umschreiben("Mu\u0308ller")); // u + combining diaeresis
        assertEquals("", SepaZeichensatz.umschreiben("李小龙"));
        assertNull(SepaZeichensatz.umschreiben(null));
    }

    @Test
    void cutting_to_a_length_drops_trailing_spaces() {
        assertEquals("Anna", SepaZeichensatz.umschreiben("Anna Schulz", 5));
        assertEquals("Aepf", SepaZeichensatz.umschreiben("Äpfel", 4));
    }

    @Test
    void references_are_checked_not_converted() {
        assertNull(SepaZeichensatz.fehlerInReferenz("LOHN-2025-03/0001", "Die Referenz"));
        assertEquals("Die Referenz fehlt.", SepaZeichensatz.fehlerInReferenz("", "Die Referenz"));
        assertTrue(SepaZeichensatz.fehlerInReferenz("A//B", "Die Referenz").contains("„//“"));
        assertTrue(SepaZeichensatz.fehlerInReferenz("Lohn-März", "Die Referenz").contains("„ä“"));
        assertFalse(SepaZeichensatz.gueltig("Müller"));
        assertEquals("ü", SepaZeichensatz.erstesUngueltigesZeichen("Müller"));
    }
}
