package de.werkerp.election.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §§ 16, 18 WMVO: the voter list hangs from the Wahlausschreiben to the end of voting on election day; only then does
 * the Werkstattrat read the names. Worked example: Wahlausschreiben Wed 24.09.2053, election day Wed 12.11.2053.
 */
class WaehlerlistenaushangTest {

    private static final LocalDate AUSSCHREIBEN = LocalDate.of(2053, 9, 24);
    private static final LocalDate WAHLTAG = LocalDate.of(2053, 11, 12);

    @Test
    @DisplayName("§ 16 WMVO: am Tag des Wahlausschreibens (24.09.2053) hängt die Liste aus, am Tag davor nicht")
    void beginnt_mit_dem_wahlausschreiben() {
        assertTrue(Waehlerlistenaushang.ausgehaengt(AUSSCHREIBEN, WAHLTAG, false, LocalDate.of(2053, 9, 24)));
        assertFalse(Waehlerlistenaushang.ausgehaengt(AUSSCHREIBEN, WAHLTAG, false, LocalDate.of(2053, 9, 23)));
    }

    @Test
    @DisplayName("§ 16 WMVO: bis zum Abschluss der Stimmabgabe – der Wahltag 12.11.2053 zählt mit, der 13.11. nicht")
    void endet_mit_dem_wahltag() {
        assertTrue(Waehlerlistenaushang.ausgehaengt(AUSSCHREIBEN, WAHLTAG, false, LocalDate.of(2053, 11, 12)));
        assertTrue(Waehlerlistenaushang.ausgehaengt(AUSSCHREIBEN, WAHLTAG, false, LocalDate.of(2053, 10, 8)));
        assertFalse(Waehlerlistenaushang.ausgehaengt(AUSSCHREIBEN, WAHLTAG, false, LocalDate.of(2053, 11, 13)));
    }

    @Test
    @DisplayName("Abgesagte Wahl: keine Liste, auch nicht im Zeitraum")
    void abgesagt() {
        assertFalse(Waehlerlistenaushang.ausgehaengt(AUSSCHREIBEN, WAHLTAG, true, LocalDate.of(2053, 10, 1)));
        assertTrue(Waehlerlistenaushang.nichtAusgehaengt(AUSSCHREIBEN, WAHLTAG, true).contains("abgesagt"));
    }

    @Test
    @DisplayName("Die Meldung nennt den Zeitraum 24.09.2053 bis 12.11.2053 und §§ 16, 18 WMVO")
    void meldung() {
        String m = Waehlerlistenaushang.nichtAusgehaengt(AUSSCHREIBEN, WAHLTAG, false);
        assertTrue(m.contains("24.09.2053 bis 12.11.2053"), m);
        assertTrue(m.contains("§§ 16, 18 WMVO"), m);
        assertEquals("24.09.2053 bis 12.11.2053", Waehlerlistenaushang.zeitraum(AUSSCHREIBEN, WAHLTAG).text());
    }

    @Test
    @DisplayName("Wahltag vor dem Wahlausschreiben ist kein Zeitraum")
    void verkehrt() {
        assertThrows(IllegalArgumentException.class, () -> Waehlerlistenaushang.zeitraum(WAHLTAG, AUSSCHREIBEN));
    }
}
