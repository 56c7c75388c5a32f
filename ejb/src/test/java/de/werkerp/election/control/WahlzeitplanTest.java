package de.werkerp.election.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §§ 12, 13, 14, 18, 29 WMVO (rules.md § 5): timeline, checks of chosen dates, term of the new council. */
class WahlzeitplanTest {

    private static LocalDate d(int y, int m, int t) {
        return LocalDate.of(y, m, t);
    }

    @Test
    @DisplayName("§ 12 Abs. 1 WMVO: 2025, 2029 sind Regelwahljahre; nächste Regelwahl")
    void zyklus() {
        assertTrue(Wahlzeitplan.regelwahljahr(2021));
        assertTrue(Wahlzeitplan.regelwahljahr(2029));
        assertEquals(false, Wahlzeitplan.regelwahljahr(2026));
        assertEquals(2025, Wahlzeitplan.naechsteRegelwahl(d(2025, 11, 30)));
        assertEquals(2029, Wahlzeitplan.naechsteRegelwahl(d(2025, 12, 1)));
    }

    @Test
    @DisplayName("Regelwahl Mi 12.11.2025, Amtszeit endet 30.11.2025: Zeitplan und neue Amtszeit bis 30.11.2029")
    void regelwahl() {
        Wahlzeitplan.Plan p = Wahlzeitplan.plane(true, d(2025, 11, 12), d(2025, 11, 30), d(2025, 9, 1),
                d(2025, 9, 24), Set.of());
        // § 13: 30.11. (Sunday) − 10 weeks = 21.09. (Sunday) → preceding working day Fri 19.09.
        assertEquals(d(2025, 9, 19), p.fristen().wahlvorstandSpaetestens());
        // §§ 17, 19: 24.09. + 2 weeks = 08.10.
        assertEquals(d(2025, 10, 8), p.fristen().einspruchWahlvorschlagBis());
        assertEquals(d(2025, 12, 1), p.amtszeitBeginn());
        assertEquals(d(2029, 11, 30), p.amtszeitEnde());
        assertEquals(2029, p.naechsteRegelwahl());
        List<String> ereignisse = p.termine().stream().map(Wahlzeitplan.Termin::ereignis).toList();
        assertTrue(ereignisse.contains("Ende der Anfechtungsfrist"), ereignisse.toString());
        assertEquals(d(2025, 9, 1), p.termine().get(0).datum());
    }

    @Test
    @DisplayName("§ 12 Abs. 1 WMVO: Regelwahl im März wird abgelehnt")
    void regelwahl_ausserhalb_zeitraum() {
        Wahlfehler f = assertThrows(Wahlfehler.class, () -> Wahlzeitplan.plane(true, d(2026, 3, 4), null, null, null,
                Set.of()));
        assertEquals("wahltag", f.feld());
        assertTrue(f.getMessage().contains("§ 12 Abs. 1 WMVO"), f.getMessage());
    }

    @Test
    @DisplayName("§ 13 WMVO: Wahlvorstand nach dem 19.09.2025 bestellt → Meldung nennt die Regel")
    void wahlvorstand_zu_spaet() {
        Wahlfehler f = assertThrows(Wahlfehler.class, () -> Wahlzeitplan.plane(true, d(2025, 11, 12),
                d(2025, 11, 30), d(2025, 9, 22), null, Set.of()));
        assertEquals("wahlvorstandBestellt", f.feld());
        assertEquals("Der Wahlvorstand wurde am 22.09.2025 zu spät bestellt: spätestens zehn Wochen vor Ende der "
                + "Amtszeit, also bis 19.09.2025 (§ 13 WMVO).", f.getMessage());
    }

    @Test
    @DisplayName("§ 18 WMVO: Wahlausschreiben weniger als sechs Wochen vor dem Wahltag → Feld erlassWahlausschreiben")
    void ausschreiben_zu_spaet() {
        Wahlfehler f = assertThrows(Wahlfehler.class, () -> Wahlzeitplan.plane(true, d(2025, 11, 12),
                d(2025, 11, 30), d(2025, 9, 1), d(2025, 10, 2), Set.of()));
        assertEquals("erlassWahlausschreiben", f.feld());
        assertTrue(f.getMessage().contains("(§ 18 WMVO)"), f.getMessage());
        Wahlfehler s = assertThrows(Wahlfehler.class, () -> Wahlzeitplan.plane(true, d(2025, 11, 25),
                d(2025, 11, 30), null, null, Set.of()));
        assertTrue(s.getMessage().contains("(§ 14 WMVO)"), s.getMessage());
    }

    @Test
    @DisplayName("§ 12 Abs. 2, § 29 WMVO: Wahl außerhalb des Zeitraums — Amtszeit bis zur nächsten bzw. übernächsten Regelwahl")
    void ausserhalb() {
        Wahlzeitplan.Plan p = Wahlzeitplan.plane(false, d(2027, 3, 10), null, null, null, Set.of());
        assertEquals(d(2027, 3, 10), p.amtszeitBeginn());
        assertEquals(d(2029, 11, 30), p.amtszeitEnde());
        Wahlzeitplan.Plan spaet = Wahlzeitplan.plane(false, d(2029, 2, 7), null, null, null, Set.of());
        assertEquals(d(2033, 11, 30), spaet.amtszeitEnde());
        assertEquals(2033, spaet.naechsteRegelwahl());
    }
}
