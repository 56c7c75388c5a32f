package de.werkerp.election.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** § 3 Abs. 1, §§ 10, 11 WMVO, § 222 Abs. 3 SGB IX: current and usual headcount of voters, eligibility. */
class BelegschaftszahlenTest {

    private static LocalDate d(int y, int m, int t) {
        return LocalDate.of(y, m, t);
    }

    @Test
    @DisplayName("§ 3 Abs. 1 WMVO „in der Regel“: Mittel der 12 Monatsenden, kaufmännisch gerundet")
    void regelzahl() {
        List<Belegschaftszahlen.Abschnitt> a = new ArrayList<>();
        // 195 people all year, 6 more (3 women) from 1 July 2025: month-ends Nov 2024 – Oct 2025
        for (int i = 0; i < 195; i++) {
            a.add(new Belegschaftszahlen.Abschnitt(i, i % 2 == 0, d(2020, 1, 1), null));
        }
        for (int i = 195; i < 201; i++) {
            a.add(new Belegschaftszahlen.Abschnitt(i, i % 2 == 0, d(2025, 7, 1), null));
        }
        // a person with two periods counts once; one who left on 31.10.2025 counts on that day
        a.add(new Belegschaftszahlen.Abschnitt(500, false, d(2020, 1, 1), d(2025, 3, 31)));
        a.add(new Belegschaftszahlen.Abschnitt(500, false, d(2025, 4, 1), d(2025, 10, 31)));
        Belegschaftszahlen.Zahlen z = Belegschaftszahlen.fuer(a, d(2025, 11, 12));
        assertEquals(201, z.aktuell().wahlberechtigte()); // 500 left
        assertEquals(101, z.aktuell().frauen());
        assertEquals(12, z.monatsenden().size());
        assertEquals(d(2024, 11, 30), z.monatsenden().get(0).tag());
        assertEquals(d(2025, 10, 31), z.monatsenden().get(11).tag());
        // (8 × 196 + 4 × 202) / 12 = 198
        assertEquals(198, z.regelWahlberechtigte());
        // women: 98 all year + 3 from July: (8 × 98 + 4 × 101) / 12 = 99
        assertEquals(99, z.regelFrauen());
        // so the usual headcount stays below 200 although 201 are there today: 3 seats (§ 3 Abs. 1 Nr. 1)
        assertEquals(3, Wahlschwellen.fuer(Einrichtungsart.WFBM, z.regelWahlberechtigte(), z.regelFrauen())
                .werkstattratMitglieder());
    }

    @Test
    @DisplayName("§ 222 Abs. 3 SGB IX, § 11 WMVO: sechs Monate am Wahltag, EV/BBB zählen (Vertragsbeginn)")
    void waehlbarkeit() {
        assertTrue(Wahlberechtigung.waehlbar(d(2025, 5, 12), d(2025, 11, 12)));
        assertFalse(Wahlberechtigung.waehlbar(d(2025, 5, 13), d(2025, 11, 12)));
        assertEquals("Max Muster ist nicht wählbar: am Wahltag 12.11.2025 noch keine sechs Monate in der Werkstatt "
                + "(seit 13.05.2025; nötig: Beginn spätestens 12.05.2025, § 222 Abs. 3 SGB IX, § 11 WMVO).",
                Wahlberechtigung.nichtWaehlbarGrund("Max Muster", d(2025, 5, 13), d(2025, 11, 12)));
    }

    @Test
    @DisplayName("Schwellenwechsel: 198 → 240 Wahlberechtigte (3 → 5 Sitze), aLA 4 → 5 (Vertretung zu wählen)")
    void schwellenwechsel() {
        List<String> h = Schwellenwechsel.vergleiche(Wahlschwellen.fuer(Einrichtungsart.WFBM, 198, 90),
                Wahlschwellen.fuer(Einrichtungsart.WFBM, 240, 110));
        assertEquals(2, h.size(), h.toString());
        assertTrue(h.get(0).contains("die neue Größe gilt ab der nächsten regelmäßigen Wahl"), h.get(0));
        assertTrue(h.get(1).startsWith("Neu: Anspruch auf Freistellung des oder der Vorsitzenden"), h.get(1));
        List<String> ala = Schwellenwechsel.vergleiche(Wahlschwellen.fuer(Einrichtungsart.ALA, 4, 4),
                Wahlschwellen.fuer(Einrichtungsart.ALA, 5, 5));
        assertTrue(ala.get(0).contains("§ 12 Abs. 2 WMVO"), ala.toString());
        assertTrue(ala.get(1).contains("Frauenbeauftragte ist zu wählen"), ala.toString());
        assertEquals(List.of(), Schwellenwechsel.vergleiche(Wahlschwellen.fuer(Einrichtungsart.WFBM, 240, 110),
                Wahlschwellen.fuer(Einrichtungsart.WFBM, 250, 120)));
    }
}
