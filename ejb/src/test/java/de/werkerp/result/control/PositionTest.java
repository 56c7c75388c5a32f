package de.werkerp.result.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.werkerp.result.boundary.ErgebnisdatenService;

/** The statement scheme of § 12 Abs. 4, 5 WVO (seed 003, Tab. 4, with I.2 Zins- und sonstige Erträge). */
class PositionTest {

    @Test
    void sections_and_codes() {
        assertEquals(List.of("I.1", "I.2", "I.3"), codes(Position.Gruppe.ERTRAG));
        assertEquals(List.of("II.1", "II.2", "II.3", "II.4"), codes(Position.Gruppe.KOSTEN));
        assertEquals(List.of("IV.1", "IV.2", "IV.3"), codes(Position.Gruppe.VERWENDUNG));
        assertEquals(Position.II_3, Position.vonCode(" II.3 "));
        assertEquals("Kostensätze/Vergütungen der Rehabilitationsträger (Arbeitsbereich)", Position.I_3.getLabel());
    }

    @Test
    void the_codes_stored_with_bookings_are_exactly_those_of_i_and_ii() {
        List<String> erfassbar = java.util.Arrays.stream(Position.values())
                .filter(p -> p.gruppe() != Position.Gruppe.VERWENDUNG).map(Position::code).toList();
        assertEquals(ErgebnisdatenService.POSITIONEN, erfassbar);
    }

    @Test
    void unknown_code() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Position.vonCode("III"));
        assertEquals("„III“ ist keine Position der Arbeitsergebnisrechnung (I.1 bis I.3, II.1 bis II.4, IV.1 bis "
                + "IV.3).", e.getMessage());
    }

    private static List<String> codes(Position.Gruppe g) {
        return Position.von(g).stream().map(Position::code).toList();
    }
}
