package de.werkerp.election.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §§ 13, 14, 17–20, 25, 27, 32 WMVO with §§ 187, 188, 193 BGB (rules.md § 5): dates of a Werkstattrat election.
 * Term of the example ends Sunday 30.11.2025 (end of the 2025 election period).
 */
class WahlfristenTest {

    private static final LocalDate AMTSZEIT_ENDE = LocalDate.of(2025, 11, 30);
    private static final Set<LocalDate> KEINE = Set.of();
    private static final LocalDate EINHEIT = LocalDate.of(2025, 10, 3);

    private static LocalDate d(int monat, int tag) {
        return LocalDate.of(2025, monat, tag);
    }

    @Test
    @DisplayName("Wahltag Mittwoch 12.11.2025: keine Frist endet am Wochenende")
    void regelfall() {
        assertEquals(new Wahlfristen.Fristen(
                d(9, 19),   // § 13: 30.11. − 10 Wochen = So 21.09. → Fr 19.09.
                d(11, 21),  // § 14: 30.11. − 1 Woche = So 23.11. → Fr 21.11.
                d(10, 1),   // § 18: 12.11. − 6 Wochen = Mi 01.10.
                d(10, 15),  // §§ 17, 19: 01.10. + 2 Wochen
                d(11, 5),   // § 20: 12.11. − 1 Woche
                d(11, 26),  // § 25: Aushang 2 Wochen
                d(11, 26),  // § 27: Anfechtung 2 Wochen
                d(11, 19)), // § 32: 1 Woche
                Wahlfristen.berechne(d(11, 12), AMTSZEIT_ENDE, KEINE));
    }

    @Test
    @DisplayName("§ 193 BGB: Wahltag Samstag 15.11.2025 — Vorwärtsfristen auf Montag, Rückwärtsfristen auf den Werktag davor")
    void wochenende_und_feiertag() {
        Wahlfristen.Fristen f = Wahlfristen.berechne(d(11, 15), AMTSZEIT_ENDE, Set.of(EINHEIT));
        // § 18: 15.11. − 6 Wochen = Sa 04.10.; Fr 03.10. ist Feiertag → Do 02.10.
        assertEquals(d(10, 2), f.wahlausschreibenSpaetestens());
        assertEquals(d(10, 16), f.einspruchWahlvorschlagBis());
        // § 20: Sa 08.11. → Fr 07.11.
        assertEquals(d(11, 7), f.bewerberBekanntmachungSpaetestens());
        // § 25: Dauer des Aushangs, nicht verschoben
        assertEquals(d(11, 29), f.aushangErgebnisBis());
        // § 27: Sa 29.11. → Mo 01.12. (§ 193 BGB)
        assertEquals(LocalDate.of(2025, 12, 1), f.anfechtungBis());
        // § 32: Sa 22.11. → Mo 24.11.
        assertEquals(d(11, 24), f.ersteSitzungSpaetestens());
    }

    @Test
    @DisplayName("§ 193 BGB: Frist nach Wahlausschreiben vom Samstag 27.09.2025 endet am Montag 13.10.")
    void einspruch_wochenende() {
        assertEquals(d(10, 13),
                Wahlfristen.berechne(d(11, 12), AMTSZEIT_ENDE, d(9, 27), KEINE).einspruchWahlvorschlagBis());
    }

    @Test
    @DisplayName("§ 193 BGB: Anfechtungsfrist über Weihnachten endet am Montag 29.12.2025")
    void feiertage_hintereinander() {
        Wahlfristen.Fristen f = Wahlfristen.berechne(LocalDate.of(2025, 12, 11), LocalDate.of(2025, 12, 31),
                Set.of(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26)));
        assertEquals(LocalDate.of(2025, 12, 29), f.anfechtungBis());
        assertEquals(LocalDate.of(2025, 12, 24), f.wahltagSpaetestens());
    }

    @Test
    @DisplayName("§ 14 WMVO: Wahltag 21.11. zulässig, 22.11. zu spät")
    void wahltag_zu_spaet() {
        assertEquals(d(11, 21), Wahlfristen.berechne(d(11, 21), AMTSZEIT_ENDE, KEINE).wahltagSpaetestens());
        assertEquals("Der Wahltag 22.11.2025 ist zu spät: die Wahl muss spätestens eine Woche vor Ende der Amtszeit "
                + "stattfinden, also bis 21.11.2025 (§ 14 WMVO).", assertThrows(IllegalArgumentException.class,
                        () -> Wahlfristen.berechne(d(11, 22), AMTSZEIT_ENDE, KEINE)).getMessage());
    }

    @Test
    @DisplayName("§ 18 WMVO: Wahlausschreiben 01.10. zulässig, 02.10. zu spät")
    void ausschreiben_zu_spaet() {
        assertEquals(d(10, 15), Wahlfristen.berechne(d(11, 12), AMTSZEIT_ENDE, d(10, 1), KEINE)
                .einspruchWahlvorschlagBis());
        assertEquals("Das Wahlausschreiben vom 02.10.2025 ist zu spät: spätestens sechs Wochen vor dem Wahltag, also "
                + "bis 01.10.2025 (§ 18 WMVO).", assertThrows(IllegalArgumentException.class,
                        () -> Wahlfristen.berechne(d(11, 12), AMTSZEIT_ENDE, d(10, 2), KEINE)).getMessage());
    }

    @Test
    @DisplayName("Fehlende Daten: deutsche Fehlermeldung; fehlende Feiertagsliste gilt als leer")
    void fehlende_daten() {
        assertEquals("Wahltag und Ende der Amtszeit müssen angegeben werden.", assertThrows(
                IllegalArgumentException.class, () -> Wahlfristen.berechne(null, AMTSZEIT_ENDE, KEINE)).getMessage());
        assertEquals(Wahlfristen.berechne(d(11, 12), AMTSZEIT_ENDE, KEINE),
                Wahlfristen.berechne(d(11, 12), AMTSZEIT_ENDE, null));
    }
}
