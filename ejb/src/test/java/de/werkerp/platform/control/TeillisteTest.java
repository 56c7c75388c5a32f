package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class TeillisteTest {

    private static final List<String> ALLE = List.of("a", "b", "c", "d", "e");

    @Test
    void a_page_from_the_middle_keeps_the_total() {
        Teilliste<String> t = Teilliste.aus(ALLE, 1, 2);
        assertEquals(List.of("b", "c"), t.eintraege());
        assertEquals(5, t.gesamt());
    }

    @Test
    void the_last_page_is_shorter_and_beyond_the_end_is_empty() {
        assertEquals(List.of("e"), Teilliste.aus(ALLE, 4, 100).eintraege());
        assertEquals(List.of(), Teilliste.aus(ALLE, 5, 100).eintraege());
        assertEquals(5, Teilliste.aus(ALLE, 1_000_000_000, 1000).gesamt());
        assertEquals(List.of("c", "d", "e"), Teilliste.aus(ALLE, 2, Integer.MAX_VALUE).eintraege());
    }

    @Test
    void map_keeps_the_total_and_bad_values_are_refused() {
        assertEquals(new Teilliste<>(List.of("A"), 5), Teilliste.aus(ALLE, 0, 1).map(String::toUpperCase));
        assertThrows(IllegalArgumentException.class, () -> Teilliste.aus(ALLE, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Teilliste<>(List.of("a", "b"), 1));
    }
}
