package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Control characters in entered text: refused, line breaks only in multi-line fields. */
class SteuerzeichenTest {

    @Test
    @DisplayName("NUL in einem Namen: Meldung nennt U+0000 und die Stelle")
    void nul() {
        Optional<String> f = Steuerzeichen.fehler("Ma\u0000x", false);
        assertEquals(Optional.of("Der Text enthält ein unzulässiges Steuerzeichen (U+0000 an Stelle 3). Bitte nur "
                + "lesbaren Text eingeben."), f);
        assertTrue(Steuerzeichen.fehler("Ma\u0000x", true).isPresent(), "auch mehrzeilig nie erlaubt");
    }

    @Test
    @DisplayName("Andere C0-Zeichen (ESC, BEL), DEL und C1 werden abgelehnt")
    void andere_steuerzeichen() {
        for (String s : new String[] {"a\u001bb", "\u0007", "x\u007f", "x\u0085"}) {
            assertTrue(Steuerzeichen.fehler(s, true).isPresent(), s);
        }
    }

    @Test
    @DisplayName("Tabulator und Zeilenumbruch: nur in mehrzeiligen Feldern")
    void umbrueche() {
        assertEquals(Optional.empty(), Steuerzeichen.fehler("Zeile 1\r\nZeile 2\tEnde", true));
        assertTrue(Steuerzeichen.fehler("Müller\nMeier", false).orElseThrow().contains("U+000A an Stelle 7"));
        assertTrue(Steuerzeichen.fehler("a\tb", false).orElseThrow().startsWith("Bitte ohne Zeilenumbruch"));
    }

    @Test
    @DisplayName("Umlaute, ß, Anführungszeichen, Emoji und null sind in Ordnung")
    void erlaubt() {
        assertEquals(Optional.empty(), Steuerzeichen.fehler("Jürgen Groß „Jo“ 😀 – ok", false));
        assertEquals(Optional.empty(), Steuerzeichen.fehler(null, false));
        assertEquals(Optional.empty(), Steuerzeichen.fehler("", false));
    }
}
