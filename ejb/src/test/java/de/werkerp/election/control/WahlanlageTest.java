package de.werkerp.election.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** § 12 Abs. 1 and 2 WMVO (rules.md § 5): when a new election project may be created, and cancelling one. */
class WahlanlageTest {

    private static LocalDate d(int y, int m, int t) {
        return LocalDate.of(y, m, t);
    }

    @Test
    @DisplayName("§ 12 Abs. 1 WMVO: Regelwahl am 01.10.2029 und 30.11.2029 zulässig (erster und letzter Tag)")
    void regelzeitraum_grenzen() {
        assertDoesNotThrow(() -> Wahlanlage.pruefeRegelzeitraum(true, d(2029, 10, 1)));
        assertDoesNotThrow(() -> Wahlanlage.pruefeRegelzeitraum(true, d(2029, 11, 30)));
        assertDoesNotThrow(() -> Wahlanlage.pruefeRegelzeitraum(true, d(2025, 11, 12)));
    }

    @Test
    @DisplayName("§ 12 Abs. 1 WMVO: Regelwahl am 10.12.2029 und 30.09.2029 abgelehnt, Meldung nennt die Regel")
    void regelzeitraum_dezember_und_september() {
        for (LocalDate tag : new LocalDate[] {d(2029, 12, 10), d(2029, 9, 30), d(2029, 12, 1)}) {
            Wahlfehler f = assertThrows(Wahlfehler.class, () -> Wahlanlage.pruefeRegelzeitraum(true, tag));
            assertEquals("wahltag", f.feld());
            assertTrue(f.getMessage().contains("§ 12 Abs. 1 WMVO"), f.getMessage());
            assertTrue(f.getMessage().contains("1. Oktober bis 30. November"), f.getMessage());
            assertTrue(f.getMessage().contains("§ 12 Abs. 2 WMVO"), f.getMessage());
        }
    }

    @Test
    @DisplayName("§ 12 Abs. 1 WMVO: Regelwahl am 04.11.2026 (kein Regelwahljahr) abgelehnt; nächster Zeitraum 2029")
    void regelwahl_ausserhalb_des_vierjahreszyklus() {
        Wahlfehler f = assertThrows(Wahlfehler.class, () -> Wahlanlage.pruefeRegelzeitraum(true, d(2026, 11, 4)));
        assertTrue(f.getMessage().contains("30.11.2029"), f.getMessage());
    }

    @Test
    @DisplayName("§ 12 Abs. 2 WMVO: Wahl außerhalb des Zeitraums am 06.01.2027 ist nicht an die Monate gebunden")
    void ausser_der_reihe_ohne_zeitraum() {
        assertDoesNotThrow(() -> Wahlanlage.pruefeRegelzeitraum(false, d(2027, 1, 6)));
    }

    @Test
    @DisplayName("Wahlzeitplan lehnt die Regelwahl am 10.12.2029 ab (§ 12 Abs. 1 WMVO), auch mit gültigen Fristen")
    void zeitplan_nutzt_die_regel() {
        Wahlfehler f = assertThrows(Wahlfehler.class, () -> Wahlzeitplan.plane(true, d(2029, 12, 10), null, null,
                null, Set.of()));
        assertEquals("wahltag", f.feld());
        assertTrue(f.getMessage().contains("10.12.2029"), f.getMessage());
    }

    @Test
    @DisplayName("Neues Wahlprojekt: Wahltag 06.01.2020 bei heute 07.12.2026 abgelehnt; heute selbst zulässig")
    void nie_in_der_vergangenheit() {
        LocalDate heute = d(2026, 12, 7);
        Wahlfehler f = assertThrows(Wahlfehler.class, () -> Wahlanlage.pruefeNichtVergangen(d(2020, 1, 6), heute));
        assertEquals("wahltag", f.feld());
        assertTrue(f.getMessage().contains("06.01.2020") && f.getMessage().contains("Vergangenheit"), f.getMessage());
        assertThrows(Wahlfehler.class, () -> Wahlanlage.pruefeNichtVergangen(d(2026, 12, 6), heute));
        assertDoesNotThrow(() -> Wahlanlage.pruefeNichtVergangen(heute, heute));
        assertDoesNotThrow(() -> Wahlanlage.pruefeNichtVergangen(d(2029, 11, 7), heute));
    }

    @Test
    @DisplayName("Ein offenes Wahlprojekt je Einrichtung: zweites abgelehnt, solange das erste offen ist")
    void ein_offenes_projekt() {
        Wahlfehler f = assertThrows(Wahlfehler.class, () -> Wahlanlage.pruefeKeinOffenes(Optional.of(d(2029, 11,
                7))));
        assertEquals("einrichtungId", f.feld());
        assertTrue(f.getMessage().contains("07.11.2029") && f.getMessage().contains("abgesagt"), f.getMessage());
        assertDoesNotThrow(() -> Wahlanlage.pruefeKeinOffenes(Optional.empty()));
    }

    @Test
    @DisplayName("Absage: nur mit Grund und nur vor der Auszählung")
    void absage() {
        assertEquals("Rücktritt zurückgenommen", Wahlanlage.pruefeAbsage(true, "  Rücktritt zurückgenommen "));
        assertEquals("grund", assertThrows(Wahlfehler.class, () -> Wahlanlage.pruefeAbsage(true, " ")).feld());
        assertEquals("grund", assertThrows(Wahlfehler.class, () -> Wahlanlage.pruefeAbsage(true, null)).feld());
        assertEquals("grund", assertThrows(Wahlfehler.class, () -> Wahlanlage.pruefeAbsage(true, "x".repeat(1001)))
                .feld());
        assertEquals("status", assertThrows(Wahlfehler.class, () -> Wahlanlage.pruefeAbsage(false, "Grund")).feld());
    }
}
