package de.werkerp.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.contract.control.Bewilligungsluecken.Bewilligung;
import de.werkerp.contract.control.Bewilligungsluecken.Ergebnis;
import de.werkerp.contract.control.Bewilligungsluecken.Zeitraum;

/**
 * Approvals in the Gesamtplanverfahren (§§ 117–121 SGB IX), as a rule for two years (Bremen Verwaltungsanweisung aLA
 * Nr. 5, rules.md § 7): every day of a contract needs one, one per area; warning 90 days before one ends.
 */
class BewilligungslueckenTest {

    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String AB = "Arbeitsbereich";
    private static final String BBB = "Berufsbildungsbereich";
    private static final Zeitraum JAHR_2025 = z("01.01.2025", "31.12.2025");

    private static LocalDate d(String text) {
        return text == null ? null : LocalDate.parse(text, D);
    }

    private static Zeitraum z(String von, String bis) {
        return new Zeitraum(d(von), d(bis));
    }

    private static Bewilligung b(String name, String bereich, String von, String bis) {
        return new Bewilligung(name, bereich, d(von), d(bis));
    }

    private static Ergebnis pruefe(Zeitraum zeitraum, Bewilligung... bewilligungen) {
        return new Bewilligungsluecken(List.of(bewilligungen)).pruefe(zeitraum);
    }

    @Test
    @DisplayName("Lückenlos: zwei aufeinanderfolgende Bewilligungen decken das Jahr")
    void keine_luecke() {
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ 1", AB, "01.01.2024", "30.06.2025"),
                b("AZ 2", AB, "01.07.2025", "30.06.2027"));
        assertEquals(List.of(), e.luecken());
        assertEquals(List.of(), e.ueberschneidungen());
        assertEquals(List.of(), e.fehler());
        assertEquals(List.of(), e.hinweise());
        assertTrue(e.lueckenlos());
    }

    @Test
    @DisplayName("Lücke am Anfang")
    void luecke_am_anfang() {
        Ergebnis e = pruefe(JAHR_2025, b("AZ 1", AB, "01.02.2025", "31.01.2027"));
        assertEquals(List.of(z("01.01.2025", "31.01.2025")), e.luecken());
        assertEquals(List.of("Für die Zeit 01.01.2025–31.01.2025 (31 Tage) liegt keine Bewilligung vor."), e.fehler());
        assertFalse(e.lueckenlos());
    }

    @Test
    @DisplayName("Lücke in der Mitte")
    void luecke_in_der_mitte() {
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ 1", AB, "01.01.2024", "31.03.2025"),
                b("AZ 2", AB, "15.04.2025", "31.12.2026"));
        assertEquals(List.of(z("01.04.2025", "14.04.2025")), e.luecken());
        assertEquals(14, e.luecken().get(0).tage());
    }

    @Test
    @DisplayName("Lücke am Ende")
    void luecke_am_ende() {
        Ergebnis e = pruefe(JAHR_2025, b("AZ 1", AB, "01.01.2024", "30.11.2025"));
        assertEquals(List.of(z("01.12.2025", "31.12.2025")), e.luecken());
    }

    @Test
    @DisplayName("Lücke von einem Tag: die Meldung nennt den Tag")
    void luecke_ein_tag() {
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ 1", AB, "01.01.2024", "30.06.2025"),
                b("AZ 2", AB, "02.07.2025", null));
        assertEquals(List.of(z("01.07.2025", "01.07.2025")), e.luecken());
        assertEquals(List.of("Für den 01.07.2025 liegt keine Bewilligung vor."), e.fehler());
    }

    @Test
    @DisplayName("Mehrere Lücken: am Anfang, in der Mitte und am Ende")
    void mehrere_luecken() {
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ 2", AB, "01.06.2025", "31.07.2025"),
                b("AZ 1", AB, "01.02.2025", "30.04.2025"));
        assertEquals(List.of(z("01.01.2025", "31.01.2025"), z("01.05.2025", "31.05.2025"),
                z("01.08.2025", "31.12.2025")), e.luecken());
    }

    @Test
    @DisplayName("Ohne Bewilligung ist der ganze Zeitraum eine Lücke; Bewilligungen außerhalb zählen nicht")
    void ohne_bewilligung() {
        assertEquals(List.of(JAHR_2025), pruefe(JAHR_2025).luecken());
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ alt", AB, "01.01.2023", "31.12.2024"),
                b("AZ alt 2", AB, "01.06.2024", "31.12.2024"), // overlaps AZ alt, but outside the period
                b("AZ neu", AB, "01.01.2026", null));
        assertEquals(List.of(JAHR_2025), e.luecken());
        assertEquals(List.of(), e.ueberschneidungen());
    }

    @Test
    @DisplayName("Offene Bewilligung (ohne Ende) deckt alles ab ihrem Beginn")
    void offene_bewilligung() {
        assertTrue(pruefe(JAHR_2025, b("AZ 1", AB, "01.07.2024", null)).lueckenlos());
        assertEquals(List.of(z("01.01.2025", "28.02.2025")),
                pruefe(JAHR_2025, b("AZ 1", AB, "01.03.2025", null)).luecken());
    }

    @Test
    @DisplayName("Bewilligungen, die genau am ersten oder letzten Tag des Zeitraums enden oder beginnen")
    void raender() {
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ 1", AB, "01.01.2023", "01.01.2025"),
                b("AZ 2", AB, "03.01.2025", "30.12.2025"),
                b("AZ 3", AB, "31.12.2025", "31.12.2027"));
        assertEquals(List.of(z("02.01.2025", "02.01.2025")), e.luecken());
        assertEquals(List.of(), e.ueberschneidungen());
    }

    @Test
    @DisplayName("Monatsprüfung: Februar mit Bewilligungsende am 14.")
    void monat() {
        Ergebnis e = pruefe(z("01.02.2025", "28.02.2025"),
                b("AZ 1", AB, "15.02.2023", "14.02.2025"),
                b("AZ 2", AB, "01.03.2025", "28.02.2027"));
        assertEquals(List.of(z("15.02.2025", "28.02.2025")), e.luecken());
        assertEquals(List.of("Für die Zeit 15.02.2025–28.02.2025 (14 Tage) liegt keine Bewilligung vor."), e.fehler());
    }

    @Test
    @DisplayName("Überschneidung im selben Bereich ist ein Fehler")
    void ueberschneidung_gleicher_bereich() {
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ 1", AB, "01.01.2024", "30.06.2025"),
                b("AZ 2", AB, "01.06.2025", "31.05.2027"));
        assertEquals(List.of(), e.luecken());
        assertEquals(1, e.ueberschneidungen().size());
        assertEquals(z("01.06.2025", "30.06.2025"), e.ueberschneidungen().get(0).zeitraum());
        assertTrue(e.ueberschneidungen().get(0).gleicherBereich());
        assertEquals(List.of("Die Bewilligungen AZ 1 und AZ 2 (Arbeitsbereich) überschneiden sich vom 01.06.2025 "
                + "bis 30.06.2025: für denselben Bereich darf nur eine Bewilligung gelten, bitte eine anpassen."),
                e.fehler());
        assertFalse(e.lueckenlos());
    }

    @Test
    @DisplayName("Überschneidung verschiedener Bereiche (BBB und Arbeitsbereich am Wechseltag) ist ein Hinweis")
    void ueberschneidung_verschiedene_bereiche() {
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ BBB", BBB, "01.09.2023", "31.08.2025"),
                b("AZ AB", AB, "31.08.2025", "31.08.2027"));
        assertEquals(List.of(), e.fehler());
        assertEquals(List.of("Die Bewilligungen AZ BBB und AZ AB (Berufsbildungsbereich und Arbeitsbereich) "
                + "überschneiden sich am 31.08.2025: bitte prüfen, ob das gewollt ist."), e.hinweise());
        assertTrue(e.lueckenlos());
    }

    @Test
    @DisplayName("Eine offene und eine spätere Bewilligung überschneiden sich bis zum Ende des Prüfzeitraums")
    void ueberschneidung_mit_offener_bewilligung() {
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ 1", AB, "01.01.2024", null),
                b("AZ 2", AB, "01.10.2025", null));
        assertEquals(List.of(), e.luecken());
        assertEquals(z("01.10.2025", "31.12.2025"), e.ueberschneidungen().get(0).zeitraum());
    }

    @Test
    @DisplayName("Eine Bewilligung innerhalb einer anderen: keine Lücke, aber eine Überschneidung")
    void verschachtelt() {
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ 1", AB, "01.01.2024", "31.12.2026"),
                b("AZ 2", AB, "01.03.2025", "31.03.2025"));
        assertEquals(List.of(), e.luecken());
        assertEquals(z("01.03.2025", "31.03.2025"), e.ueberschneidungen().get(0).zeitraum());
    }

    @Test
    @DisplayName("Eine kurze Bewilligung innerhalb einer früheren verschiebt die Lückensuche nicht zurück")
    void verschachtelt_dann_luecke() {
        Ergebnis e = pruefe(JAHR_2025,
                b("AZ 1", AB, "01.01.2025", "30.06.2025"),
                b("AZ 2", AB, "01.02.2025", "28.02.2025"),
                b("AZ 3", AB, "01.08.2025", "31.12.2025"));
        assertEquals(List.of(z("01.07.2025", "31.07.2025")), e.luecken());
    }

    @Test
    @DisplayName("Ohne Bezeichnung und Bereich: die Meldung nennt den Beginn")
    void ohne_bezeichnung() {
        Ergebnis e = pruefe(JAHR_2025,
                new Bewilligung(null, null, d("01.01.2025"), d("31.07.2025")),
                new Bewilligung(" ", null, d("01.07.2025"), d("31.12.2025")));
        assertEquals(List.of("Die Bewilligungen vom 01.01.2025 und vom 01.07.2025 überschneiden sich vom 01.07.2025 "
                + "bis 31.07.2025: für denselben Bereich darf nur eine Bewilligung gelten, bitte eine anpassen."),
                e.fehler());
    }

    // ---- warning window ----

    private static final LocalDate HEUTE = d("01.01.2025");

    @Test
    @DisplayName("Warnfrist 90 Tage: Ende am Tag heute + 90 ist dabei, heute + 91 nicht")
    void warnfrist_grenze() {
        // 01.01.2025 + 90 days = 01.04.2025 (31 + 28 + 31)
        assertEquals(d("01.04.2025"), HEUTE.plusDays(90));
        Bewilligung tag90 = b("AZ 90", AB, "01.04.2023", "01.04.2025");
        Bewilligung tag91 = b("AZ 91", BBB, "02.04.2023", "02.04.2025");
        Bewilligungsluecken l = new Bewilligungsluecken(List.of(tag91, tag90));
        assertEquals(List.of(tag90), l.laeuftAusInnerhalb(HEUTE));
        assertEquals(List.of(tag90), l.laeuftAusInnerhalb(HEUTE, 90));
        assertEquals(List.of(tag90, tag91), l.laeuftAusInnerhalb(HEUTE, 91));
        assertEquals(List.of(), l.laeuftAusInnerhalb(HEUTE, 89));
    }

    @Test
    @DisplayName("Warnfrist: heute endend ist dabei, gestern beendet oder offen nicht; sortiert nach Ende")
    void warnfrist_heute_gestern_offen() {
        Bewilligung heute = b("heute", AB, "01.01.2023", "01.01.2025");
        Bewilligung gestern = b("gestern", AB, "01.01.2023", "31.12.2024");
        Bewilligung offen = b("offen", AB, "01.01.2023", null);
        Bewilligung maerz = b("März", BBB, "01.03.2023", "15.03.2025");
        Bewilligung februar = b("Februar", BBB, "01.02.2023", "15.02.2025");
        Bewilligungsluecken l = new Bewilligungsluecken(List.of(maerz, offen, gestern, heute, februar));
        assertEquals(List.of(heute, februar, maerz), l.laeuftAusInnerhalb(HEUTE));
        assertEquals(List.of(heute), l.laeuftAusInnerhalb(HEUTE, 0));
        assertEquals(Bewilligungsluecken.WARNFRIST_TAGE, 90);
    }

    @Test
    @DisplayName("Warnfrist ohne Anschlussbewilligung: eine Bewilligung mit Folgebewilligung im selben Bereich fällt weg")
    void ohne_anschluss() {
        Bewilligung mitAnschluss = b("AZ 1", AB, "01.04.2023", "31.03.2025");
        Bewilligung anschluss = b("AZ 2", AB, "01.04.2025", "31.03.2027");
        Bewilligung ohneAnschluss = b("AZ 3", BBB, "16.03.2023", "15.03.2025");
        Bewilligung anschlussAndererBereich = b("AZ 4", "Eingangsverfahren", "01.01.2025", "20.03.2025");
        Bewilligung folgtImBbb = b("AZ 5", BBB, "21.03.2025", "20.03.2027");
        Bewilligungsluecken l = new Bewilligungsluecken(
                List.of(mitAnschluss, anschluss, ohneAnschluss, anschlussAndererBereich, folgtImBbb));
        assertEquals(List.of(ohneAnschluss, anschlussAndererBereich, mitAnschluss), l.laeuftAusInnerhalb(HEUTE));
        assertEquals(List.of(ohneAnschluss, anschlussAndererBereich), l.ohneAnschlussInnerhalb(HEUTE, 90));
    }

    @Test
    void warnfrist_negativ_wird_abgelehnt() {
        Bewilligungsluecken l = new Bewilligungsluecken(List.of());
        assertThrows(IllegalArgumentException.class, () -> l.laeuftAusInnerhalb(HEUTE, -1));
        assertEquals(List.of(), l.laeuftAusInnerhalb(HEUTE));
    }

    @Test
    @DisplayName("Eine Bewilligung, die vor ihrem Beginn endet, wird abgelehnt")
    void ende_vor_beginn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b("AZ 1", AB, "01.02.2025", "31.01.2025"));
        assertEquals("Die Bewilligung AZ 1 endet am 31.01.2025, vor ihrem Beginn am 01.02.2025.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> z("01.02.2025", "31.01.2025"));
        assertThrows(NullPointerException.class, () -> b("AZ 1", AB, null, "31.01.2025"));
    }

    @Test
    void zeitraum_zaehlt_beide_enden() {
        assertEquals(365, JAHR_2025.tage());
        assertEquals(1, z("01.01.2025", "01.01.2025").tage());
        assertEquals("01.01.2025–31.12.2025", JAHR_2025.toString());
    }
}
