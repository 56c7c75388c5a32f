package de.werkerp.participation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.werkerp.participation.control.BibJahresdurchschnitt.Belegung;
import de.werkerp.participation.control.BibJahresdurchschnitt.Ergebnis;

/**
 * Rahmenzielvereinbarung BiB Hessen 2023–2026 (seed 000), Nr. 1 "jahresdurchschnittlich belegte Betriebsintegrierte
 * Beschäftigungsplätze" and Nr. 4 documentation by 28.02. of the following year.
 */
class BibJahresdurchschnittTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal z(String wert) {
        return new BigDecimal(wert);
    }

    private static List<BigDecimal> zwoelf(String wert) {
        return Collections.nCopies(12, z(wert));
    }

    @Test
    void einPlatzGanzesJahr() {
        Ergebnis e = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2025-01-01"), d("2025-12-31"))),
                Year.of(2025));
        assertEquals(zwoelf("1.00"), e.monatsdurchschnitte());
        assertEquals(z("1.00"), e.jahresdurchschnitt());
    }

    @Test
    void offenesEndeUndBeginnVorDemJahr() {
        Ergebnis e = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2019-05-01"), null)), Year.of(2025));
        assertEquals(zwoelf("1.00"), e.monatsdurchschnitte());
        assertEquals(z("1.00"), e.jahresdurchschnitt());
    }

    @Test
    void beginnAm16Januar() {
        // January: 16.–31.01. = 16 of 31 days = 0.516 -> 0.52; February to December 1.00
        // annual: (16/31 + 11) / 12 = 0.9597 -> 0.96
        Ergebnis e = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2025-01-16"), null)), Year.of(2025));
        assertEquals(z("0.52"), e.monatsdurchschnitte().get(0));
        assertEquals(z("1.00"), e.monatsdurchschnitte().get(1));
        assertEquals(z("0.96"), e.jahresdurchschnitt());
    }

    @Test
    void nurJanuarBis16() {
        // 01.–16.01.: 16/31 = 0.52 in January, nothing after; annual 16/31/12 = 0.043 -> 0.04
        Ergebnis e = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2025-01-01"), d("2025-01-16"))),
                Year.of(2025));
        assertEquals(z("0.52"), e.monatsdurchschnitte().get(0));
        assertEquals(z("0.00"), e.monatsdurchschnitte().get(11));
        assertEquals(z("0.04"), e.jahresdurchschnitt());
    }

    @Test
    void zweiUeberlappendeBelegungen() {
        // A all year; B 01.04.–30.09. (183 days): April to September 2.00, other months 1.00; annual 18/12 = 1.50
        Ergebnis e = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2025-01-01"), null),
                new Belegung(d("2025-04-01"), d("2025-09-30"))), Year.of(2025));
        assertEquals(List.of(z("1.00"), z("1.00"), z("1.00"), z("2.00"), z("2.00"), z("2.00"), z("2.00"), z("2.00"),
                z("2.00"), z("1.00"), z("1.00"), z("1.00")), e.monatsdurchschnitte());
        assertEquals(z("1.50"), e.jahresdurchschnitt());
    }

    @Test
    void zweiUeberlappendeImMonat() {
        // March 2025 (31 days): A 01.–20.03. (20 days), B 10.–31.03. (22 days) = 42 person-days / 31 = 1.35
        // annual 42/31/12 = 0.1129 -> 0.11
        Ergebnis e = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2025-03-01"), d("2025-03-20")),
                new Belegung(d("2025-03-10"), d("2025-03-31"))), Year.of(2025));
        assertEquals(z("1.35"), e.monatsdurchschnitte().get(2));
        assertEquals(z("0.11"), e.jahresdurchschnitt());
    }

    @Test
    void schaltjahrFebruar() {
        // 2024: February has 29 days. 15.–29.02. = 15/29 = 0.517 -> 0.52; in 2025 15.–28.02. = 14/28 = 0.50
        Ergebnis schalt = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2024-02-15"), d("2024-02-29"))),
                Year.of(2024));
        assertEquals(z("0.52"), schalt.monatsdurchschnitte().get(1));
        Ergebnis normal = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2025-02-15"), d("2025-02-28"))),
                Year.of(2025));
        assertEquals(z("0.50"), normal.monatsdurchschnitte().get(1));
        assertEquals(z("0.04"), normal.jahresdurchschnitt()); // 0.5/12 = 0.0417
        // whole year 2024 = 1.00 with 29 February
        Ergebnis ganz = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2024-01-01"), d("2024-12-31"))),
                Year.of(2024));
        assertEquals(z("1.00"), ganz.jahresdurchschnitt());
    }

    @Test
    void exaktStattGerundeterMonatswerte() {
        // January 16/31 + February 14/28, rounding once vs. averaging the rounded monthly values:
        // exact (0.516129 + 0.5)/12 = 0.08468 -> 0.08; rounded (0.52 + 0.50)/12 = 0.085 -> 0.09.
        Ergebnis e = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2025-01-16"), d("2025-01-31")),
                new Belegung(d("2025-02-15"), d("2025-02-28"))), Year.of(2025));
        assertEquals(z("0.52"), e.monatsdurchschnitte().get(0));
        assertEquals(z("0.50"), e.monatsdurchschnitte().get(1));
        assertEquals(z("0.08"), e.jahresdurchschnitt());
    }

    @Test
    void leerUndAnderesJahr() {
        Ergebnis e = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2023-01-01"), d("2023-12-31"))),
                Year.of(2025));
        assertEquals(zwoelf("0.00"), e.monatsdurchschnitte());
        assertEquals(z("0.00"), e.jahresdurchschnitt());
        assertEquals(z("0.00"), BibJahresdurchschnitt.berechne(List.of(), Year.of(2025)).jahresdurchschnitt());
    }

    @Test
    void abgabefristUndMeldung() {
        assertEquals(d("2026-02-28"), BibJahresdurchschnitt.abgabefrist(Year.of(2025)));
        assertEquals(d("2024-02-28"), BibJahresdurchschnitt.abgabefrist(Year.of(2023)));
        Ergebnis e = BibJahresdurchschnitt.berechne(List.of(new Belegung(d("2025-01-16"), null)), Year.of(2025));
        assertEquals("Im Jahr 2025 waren durchschnittlich 0,96 Betriebsintegrierte Beschäftigungsplätze belegt; die "
                + "Dokumentation ist dem LWV Hessen bis zum 28.02.2026 zu übermitteln.", e.meldung());
    }

    @Test
    void endeVorBeginn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Belegung(d("2025-03-10"), d("2025-03-09")));
        assertEquals("Das Ende der BiB-Belegung (09.03.2025) liegt vor ihrem Beginn (10.03.2025).", e.getMessage());
    }
}
