package de.werkerp.web.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.platform.control.ValidationFailure;

/** Whole numbers in JSON bodies are checked against the Java field they are read into. */
class JsonZahlenbereichTest {

    record Innen(int anzahl) {
    }

    record Vereinbarung(String bezeichnung, Integer fehltageJahr, long summe, List<Innen> posten) {
    }

    private static JsonValue json(String text) {
        try (var r = Json.createReader(new StringReader(text))) {
            return r.readValue();
        }
    }

    private static ValidationFailure abgelehnt(String text) {
        return assertThrows(ValidationFailure.class, () -> JsonZahlenbereich.pruefe(json(text), Vereinbarung.class, "",
                0));
    }

    @Test
    @DisplayName("fehltageJahr 2147483648 (Integer) abgelehnt statt umgebrochen; 2147483647 zulässig")
    void integer_ueberlauf() {
        ValidationFailure f = abgelehnt("{\"fehltageJahr\":2147483648}");
        assertEquals("fehltageJahr", f.errors().get(0).field());
        assertEquals("„fehltageJahr“: 2147483648 liegt außerhalb des zulässigen Bereichs (-2147483648 bis "
                + "2147483647).", f.errors().get(0).message());
        assertDoesNotThrow(() -> JsonZahlenbereich.pruefe(json("{\"fehltageJahr\":2147483647,\"summe\":"
                + "9223372036854775807}"), Vereinbarung.class, "", 0));
    }

    @Test
    @DisplayName("long über 2^63, Bruchzahl für int, verschachtelte Liste: Feld mit Pfad")
    void long_bruch_und_liste() {
        assertEquals("summe", abgelehnt("{\"summe\":9223372036854775808}").errors().get(0).field());
        ValidationFailure f = abgelehnt("{\"posten\":[{\"anzahl\":1},{\"anzahl\":1.5}]}");
        assertEquals("posten[1].anzahl", f.errors().get(0).field());
        assertTrue(f.errors().get(0).message().contains("ganze Zahl"), f.errors().get(0).message());
        assertDoesNotThrow(() -> JsonZahlenbereich.pruefe(json("{\"posten\":[{\"anzahl\":2.0}],\"bezeichnung\":"
                + "\"x\"}"), Vereinbarung.class, "", 0));
    }
}
