package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Plausible birth dates: from 01.01.1900 to today. */
class GeburtsdatumTest {

    private static final LocalDate HEUTE = LocalDate.of(2026, 12, 7);

    @Test
    @DisplayName("31.12.1899 abgelehnt, 01.01.1900 zulässig")
    void vor_1900() {
        assertEquals(Optional.of("Das Geburtsdatum 31.12.1899 liegt vor dem 01.01.1900 und ist nicht plausibel."),
                Geburtsdatum.fehler(LocalDate.of(1899, 12, 31), HEUTE));
        assertEquals(Optional.empty(), Geburtsdatum.fehler(LocalDate.of(1900, 1, 1), HEUTE));
    }

    @Test
    @DisplayName("Morgen abgelehnt, heute zulässig, leer ist Sache der Pflichtfeldprüfung")
    void zukunft() {
        assertEquals(Optional.of("Das Geburtsdatum 08.12.2026 liegt in der Zukunft."),
                Geburtsdatum.fehler(LocalDate.of(2026, 12, 8), HEUTE));
        assertEquals(Optional.empty(), Geburtsdatum.fehler(HEUTE, HEUTE));
        assertEquals(Optional.empty(), Geburtsdatum.fehler(null, HEUTE));
    }
}
