package de.werkerp.participation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.werkerp.contract.entity.Bereich;
import de.werkerp.participation.control.Jahreskennzahlen.Ereignis;
import de.werkerp.participation.control.Jahreskennzahlen.Phase;
import de.werkerp.participation.entity.Uebergangsart;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of the yearly figures (issue 8; seed 000 Nr. 1, 4; seed 002). */
class JahreskennzahlenTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void stichtagIst31Oktober() {
        assertEquals(d("2025-10-31"), Jahreskennzahlen.stichtag(Year.of(2025)));
    }

    /** Headcount on 31.10.2025: who left on 30.10. does not count, who joins on 31.10. does; a change of area counts once. */
    @Test
    void kopfzahlenAmStichtag() {
        LocalDate stichtag = d("2025-10-31");
        List<Phase> phasen = List.of(
                new Phase(1, Bereich.AB, d("2020-01-01"), null),
                new Phase(2, Bereich.AB, d("2020-01-01"), d("2025-10-30")),
                new Phase(3, Bereich.EV, d("2025-10-31"), d("2026-01-30")),
                new Phase(4, Bereich.BBB, d("2024-01-01"), d("2025-10-31")),
                new Phase(4, Bereich.AB, d("2025-11-01"), null),
                new Phase(5, Bereich.AB, d("2025-11-01"), null));
        Map<Bereich, Integer> zahlen = Jahreskennzahlen.kopfzahlen(phasen, stichtag);
        assertEquals(1, zahlen.get(Bereich.AB));
        assertEquals(1, zahlen.get(Bereich.EV));
        assertEquals(1, zahlen.get(Bereich.BBB));
    }

    /** Transitions count in the year of their date, internships in every year they overlap. */
    @Test
    void uebergaengeUndPraktikaJeJahr() {
        List<Ereignis> e = List.of(
                new Ereignis(Uebergangsart.PRAKTIKUM, d("2024-12-01"), d("2025-01-31")),
                new Ereignis(Uebergangsart.PRAKTIKUM, d("2025-03-01"), d("2025-03-28")),
                new Ereignis(Uebergangsart.PRAKTIKUM, d("2026-01-05"), null),
                new Ereignis(Uebergangsart.BUDGET_FUER_ARBEIT, d("2025-07-01"), null),
                new Ereignis(Uebergangsart.SOZIALVERSICHERUNGSPFLICHTIG, d("2025-12-31"), null),
                new Ereignis(Uebergangsart.SOZIALVERSICHERUNGSPFLICHTIG, d("2026-01-01"), null),
                new Ereignis(Uebergangsart.RUECKKEHR, d("2025-11-15"), null));
        Map<Uebergangsart, Integer> z2025 = Jahreskennzahlen.ereignisse(e, Year.of(2025));
        assertEquals(2, z2025.get(Uebergangsart.PRAKTIKUM));
        assertEquals(1, z2025.get(Uebergangsart.BUDGET_FUER_ARBEIT));
        assertEquals(1, z2025.get(Uebergangsart.SOZIALVERSICHERUNGSPFLICHTIG));
        assertEquals(0, z2025.get(Uebergangsart.INKLUSIONSBETRIEB));
        assertEquals(1, z2025.get(Uebergangsart.RUECKKEHR));
        assertEquals(2, Jahreskennzahlen.uebergaengeGesamt(z2025));
        Map<Uebergangsart, Integer> z2024 = Jahreskennzahlen.ereignisse(e, Year.of(2024));
        assertEquals(1, z2024.get(Uebergangsart.PRAKTIKUM));
        assertEquals(0, Jahreskennzahlen.uebergaengeGesamt(z2024));
    }
}
