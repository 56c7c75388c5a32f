package de.werkerp.reference.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * rules.md § 3: "2027 and later: the tenant (or the operator for all tenants) enters the year's figures when the
 * Sozialversicherungs-Rechengrößenverordnung and the BMG's average Zusatzbeitrag are published (usually November);
 * from 1 November the payroll start page warns while next year's figures are missing. Never guess a year."
 */
class JahreswechselwarnungTest {

    /** The stored periods as in V2/V14: 2021 … 2026, 2023 split on 01.07. (PV). */
    private static final List<Validity> BIS_2026 = List.of(
            periode("2021-01-01", "2021-12-31"), periode("2022-01-01", "2022-12-31"),
            periode("2023-01-01", "2023-06-30"), periode("2023-07-01", "2023-12-31"),
            periode("2024-01-01", "2024-12-31"), periode("2025-01-01", "2025-12-31"),
            periode("2026-01-01", "2026-12-31"));

    private static Validity periode(String ab, String bis) {
        return new Validity(LocalDate.parse(ab), bis == null ? null : LocalDate.parse(bis));
    }

    private static List<Validity> mit(Validity... weitere) {
        List<Validity> alle = new java.util.ArrayList<>(BIS_2026);
        alle.addAll(List.of(weitere));
        return alle;
    }

    @Test
    @DisplayName("§ 3: am 31.10.2026 noch keine Warnung, obwohl 2027 fehlt")
    void am_31_oktober_keine_warnung() {
        assertEquals(Optional.empty(), Jahreswechselwarnung.warnung(LocalDate.of(2026, 10, 31), BIS_2026));
    }

    @Test
    @DisplayName("§ 3: ab 01.11.2026 Warnung, solange die Werte für 2027 fehlen")
    void ab_1_november_warnung_wenn_naechstes_jahr_fehlt() {
        String w = Jahreswechselwarnung.warnung(LocalDate.of(2026, 11, 1), BIS_2026).orElseThrow();
        assertTrue(w.startsWith("Die Rechengrößen der Sozialversicherung für 2027 (Bezugsgröße, Beitragssätze, "
                + "durchschnittlicher Zusatzbeitrag) fehlen."), w);
        assertTrue(w.contains("Stammdaten › Rechengrößen"), w);
        assertTrue(Jahreswechselwarnung.warnung(LocalDate.of(2026, 12, 31), BIS_2026).isPresent());
    }

    @Test
    @DisplayName("§ 3: keine Warnung, sobald 2027 hinterlegt ist")
    void keine_warnung_wenn_naechstes_jahr_vorhanden() {
        List<Validity> mit2027 = mit(periode("2027-01-01", "2027-12-31"));
        assertEquals(Optional.empty(), Jahreswechselwarnung.warnung(LocalDate.of(2026, 11, 1), mit2027));
        assertEquals(Optional.empty(), Jahreswechselwarnung.warnung(LocalDate.of(2026, 12, 31), mit2027));
    }

    @Test
    @DisplayName("§ 3: ein nur halb hinterlegtes Folgejahr wird mit dem ersten fehlenden Monat gewarnt")
    void teilweise_hinterlegtes_jahr() {
        String w = Jahreswechselwarnung.warnung(LocalDate.of(2026, 11, 15),
                mit(periode("2027-01-01", "2027-06-30"))).orElseThrow();
        assertTrue(w.contains("für 2027") && w.contains("ab 07/2027"), w);
        // an open-ended period covers the next year too
        assertEquals(Optional.empty(), Jahreswechselwarnung.warnung(LocalDate.of(2026, 11, 15),
                mit(periode("2027-01-01", null))));
    }

    @Test
    @DisplayName("§ 3: fehlt das laufende Jahr, wird auch vor dem 01.11. gewarnt (kein Lauf kann rechnen)")
    void laufendes_jahr_fehlt() {
        String w = Jahreswechselwarnung.warnung(LocalDate.of(2027, 3, 1), BIS_2026).orElseThrow();
        assertTrue(w.contains("für 2027") && w.contains("kein Entgeltlauf"), w);
    }
}
