package de.werkerp.election.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.election.control.Sitzverteilung.Kandidat;

/** §§ 21, 23, 24 WMVO, § 3 Abs. 2 WMVO (rules.md § 5): majority vote, ties by lot, moving up, gender target. */
class SitzverteilungTest {

    private static Kandidat k(long id, String name, boolean frau, int stimmen) {
        return new Kandidat(id, name, frau, stimmen);
    }

    private static final List<Kandidat> FUENF = List.of(k(1, "Albers", true, 40), k(2, "Becker", false, 55),
            k(3, "Cordes", true, 30), k(4, "Diekmann", false, 30), k(5, "Ernst", true, 10), k(6, "Fischer", false, 0));

    private static List<String> namen(List<Kandidat> l) {
        return l.stream().map(Kandidat::name).toList();
    }

    @Test
    @DisplayName("§ 23 WMVO: meiste Stimmen; Gleichstand an der Sitzgrenze per Los (manuell gezogen, protokolliert)")
    void gleichstand_an_der_grenze_manuell() {
        // 3 seats, 80 valid ballots: Becker 55, Albers 40, Cordes/Diekmann 30 each → the lot decides the 3rd seat
        Sitzverteilung.Ergebnis e = Sitzverteilung.verteile(FUENF, 3, 82, 2,
                Sitzverteilung.Los.festgelegt(List.of(4L, 3L)));
        assertEquals(List.of("Becker", "Albers", "Diekmann", "Cordes", "Ernst"), namen(e.reihenfolge()));
        assertEquals(1, e.lose().size());
        assertEquals("Losentscheid bei je 30 Stimmen zwischen Cordes, Diekmann: Reihenfolge Diekmann, Cordes "
                + "(§ 23 WMVO).", e.lose().get(0).text());
        Sitzverteilung.Besetzung b = Sitzverteilung.besetzung(e, Set.of());
        assertEquals(List.of("Becker", "Albers", "Diekmann"), namen(b.gewaehlt()));
        // Fischer (0 votes) is no substitute
        assertEquals(List.of("Cordes", "Ernst"), namen(b.ersatz()));
        assertEquals(80, e.gueltig());
    }

    @Test
    @DisplayName("§ 23 WMVO: Zufallslos (injiziert) ordnet nur die Gleichauf-Gruppe, Ergebnis reproduzierbar")
    void zufallslos() {
        Sitzverteilung.Ergebnis a = Sitzverteilung.verteile(FUENF, 3, 80, 0, Sitzverteilung.Los.zufaellig(new Random(7)));
        Sitzverteilung.Ergebnis b = Sitzverteilung.verteile(FUENF, 3, 80, 0, Sitzverteilung.Los.zufaellig(new Random(7)));
        assertEquals(a, b);
        assertEquals(List.of("Becker", "Albers"), namen(a.reihenfolge().subList(0, 2)));
        assertEquals(Set.of("Cordes", "Diekmann"), Set.copyOf(namen(a.reihenfolge().subList(2, 4))));
        assertEquals("Ernst", a.reihenfolge().get(4).name());
    }

    @Test
    @DisplayName("§ 24 WMVO: lehnt eine Gewählte ab, rückt die nächste Person nach")
    void nachruecken() {
        Sitzverteilung.Ergebnis e = Sitzverteilung.verteile(FUENF, 3, 80, 0, Sitzverteilung.Los.festgelegt(List.of(3L, 4L)));
        Sitzverteilung.Besetzung b = Sitzverteilung.besetzung(e, Set.of(1L));
        assertEquals(List.of("Becker", "Cordes", "Diekmann"), namen(b.gewaehlt()));
        assertEquals(List.of("Ernst"), namen(b.ersatz()));
        Sitzverteilung.Besetzung alle = Sitzverteilung.besetzung(e, Set.of(1L, 2L, 3L, 4L));
        assertEquals(List.of("Ernst"), namen(alle.gewaehlt()));
        assertEquals(List.of(), alle.ersatz());
    }

    @Test
    @DisplayName("Frauenbeauftragte (§ 222 Abs. 5 SGB IX): 1 + 1 Sitze, Dreifach-Gleichstand per Los")
    void frauenbeauftragte_dreifacher_gleichstand() {
        List<Kandidat> frauen = List.of(k(1, "Albers", true, 12), k(3, "Cordes", true, 12), k(5, "Ernst", true, 12));
        Sitzverteilung.Ergebnis e = Sitzverteilung.verteile(frauen, 2, 40, 4,
                Sitzverteilung.Los.festgelegt(List.of(5L, 1L, 3L)));
        assertEquals(List.of("Ernst", "Albers", "Cordes"), namen(e.reihenfolge()));
        Sitzverteilung.Besetzung b = Sitzverteilung.besetzung(e, Set.of());
        assertEquals("Ernst", b.gewaehlt().get(0).name()); // Frauenbeauftragte
        assertEquals("Albers", b.gewaehlt().get(1).name()); // Stellvertreterin
    }

    @Test
    @DisplayName("§ 21 WMVO: mehr Stimmen als gültige Stimmzettel werden abgelehnt")
    void stimmen_ueber_stimmzettel() {
        Wahlfehler f = assertThrows(Wahlfehler.class, () -> Sitzverteilung.verteile(
                List.of(k(1, "Albers", true, 51), k(2, "Becker", false, 3)), 3, 52, 2, g -> g));
        assertEquals("stimmen", f.feld());
        assertEquals("Albers hat 51 Stimmen, es gibt aber nur 50 gültige Stimmzettel: jeder Stimmzettel hat höchstens "
                + "eine Stimme je Bewerber (§ 21 WMVO).", f.getMessage());
        Wahlfehler summe = assertThrows(Wahlfehler.class, () -> Sitzverteilung.verteile(
                List.of(k(1, "A", true, 10), k(2, "B", false, 10), k(3, "C", false, 10), k(4, "D", false, 1)), 3, 10,
                0, g -> g));
        assertTrue(summe.getMessage().contains("höchstens 30 möglich (§ 21 WMVO"), summe.getMessage());
        Wahlfehler ungueltig = assertThrows(Wahlfehler.class, () -> Sitzverteilung.verteile(List.of(), 3, 10, 11,
                g -> g));
        assertEquals("ungueltig", ungueltig.feld());
    }

    @Test
    @DisplayName("Manuelles Los ohne alle Gleichauf-Bewerber: deutsche Meldung")
    void manuelles_los_unvollstaendig() {
        Wahlfehler f = assertThrows(Wahlfehler.class, () -> Sitzverteilung.verteile(FUENF, 3, 80, 0,
                Sitzverteilung.Los.festgelegt(List.of(3L))));
        assertTrue(f.getMessage().contains("Diekmann"), f.getMessage());
    }

    @Test
    @DisplayName("§ 3 Abs. 2 WMVO: Sollanteil der Frauen wird gezeigt (110 von 240 bei 5 Sitzen → 2)")
    void geschlechteranteil() {
        assertEquals(2, Sitzverteilung.zielFrauen(5, 240, 110));
        assertEquals(3, Sitzverteilung.zielFrauen(5, 250, 125)); // 2.5 rounds up
        assertEquals(0, Sitzverteilung.zielFrauen(3, 0, 0));
    }

    @Test
    @DisplayName("§ 24 WMVO: Ablehnung binnen drei Arbeitstagen — Mi 12.11.2025 → Mo 17.11.; Feiertag verschiebt")
    void annahmefrist() {
        assertEquals(java.time.LocalDate.of(2025, 11, 17), Sitzverteilung.annahmeBis(java.time.LocalDate.of(2025, 11, 12),
                Set.of()));
        assertEquals(java.time.LocalDate.of(2025, 12, 30), Sitzverteilung.annahmeBis(java.time.LocalDate.of(2025, 12, 23),
                Set.of(java.time.LocalDate.of(2025, 12, 25), java.time.LocalDate.of(2025, 12, 26))));
    }
}
