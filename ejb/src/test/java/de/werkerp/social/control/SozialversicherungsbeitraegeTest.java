package de.werkerp.social.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.werkerp.social.control.Beitragszeile.Seite;

/**
 * Contributions of workers in the Arbeitsbereich (Personengruppe 107), rules.md § 3: KV § 235 Abs. 3, § 251 Abs. 2,
 * § 242 SGB V; PV §§ 55, 57, 59, 59a SGB XI; RV § 162 Nr. 2, § 168 Abs. 1 Nr. 2, § 179, § 228a SGB VI; rounding
 * BVV § 1 Abs. 2, § 2 Abs. 1. Figures of ref_rechengroessen (V2__reference_data.sql) plus the PV reduction per child.
 * Expected values were computed independently (decimal arithmetic outside this code) and spot-checked by hand.
 */
class SozialversicherungsbeitraegeTest {

    private static final Sozialversicherungsbeitraege RECHNER = Sozialversicherungsbeitraege.STANDARD;

    /** Rate sets by the month used in the tests: 2023 has two (PV changed on 01.07.2023). */
    private static final Map<String, Beitragssaetze> SAETZE = Map.of(
            "2023-06", saetze("2023-01-01", "2023-06-30", "3395", "3290", "1.6", "3.05", "0.35", "0"),
            "2023-07", saetze("2023-07-01", "2023-12-31", "3395", "3290", "1.6", "3.4", "0.6", "0.25"),
            "2024-03", saetze("2024-01-01", "2024-12-31", "3535", "3465", "1.7", "3.4", "0.6", "0.25"),
            "2025-03", saetze("2025-01-01", "2025-12-31", "3745", null, "2.5", "3.6", "0.6", "0.25"),
            "2026-03", saetze("2026-01-01", "2026-12-31", "3955", null, "2.9", "3.6", "0.6", "0.25"));

    private static final LocalDate ALTER_30 = LocalDate.of(1995, 5, 10);

    private static Beitragssaetze saetze(String ab, String bis, String west, String ost, String zusatz, String pv,
            String zuschlag, String abschlag) {
        return new Beitragssaetze(LocalDate.parse(ab), LocalDate.parse(bis), eur(west), ost == null ? null : eur(ost),
                new BigDecimal("14.600"), new BigDecimal(zusatz), new BigDecimal(pv), new BigDecimal(zuschlag),
                new BigDecimal(abschlag), new BigDecimal("18.600"));
    }

    private static BigDecimal eur(String betrag) {
        return new BigDecimal(betrag).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Childless, age 30, West, outside Saxony, Kasse Zusatzbeitrag 3.0 %. */
    private static Beitragsfall fall(String monat, String entgelt) {
        return new Beitragsfall(YearMonth.parse(monat), eur(entgelt), null, null, ALTER_30, true, 0, false, false,
                new BigDecimal("3.0"));
    }

    private static Beitragsfall eltern(String monat, String entgelt, int kinderUnter25) {
        return new Beitragsfall(YearMonth.parse(monat), eur(entgelt), null, null, ALTER_30, false, kinderUnter25,
                false, false, new BigDecimal("3.0"));
    }

    private static Beitraege berechne(Beitragsfall fall) {
        Beitraege b = RECHNER.berechne(fall, SAETZE.get(fall.monat().toString()));
        pruefeNachvollziehbar(b);
        return b;
    }

    /** Every share is the exact sum of its lines rounded once; refunds add up to the provider's RV share. */
    private static void pruefeNachvollziehbar(Beitraege b) {
        for (Beitragsanteile a : List.of(b.kv(), b.kvZusatzbeitrag(), b.pv())) {
            assertEquals(summe(a.zeilen(), Seite.TRAEGER), a.traeger(), a.zweig());
            assertEquals(summe(a.zeilen(), Seite.BESCHAEFTIGTER), a.beschaeftigter(), a.zweig());
        }
        assertEquals(summe(b.rv().zeilen(), Seite.TRAEGER), b.rv().traeger());
        assertEquals(summe(b.rv().zeilen(), Seite.BESCHAEFTIGTER), b.rv().beschaeftigter());
        assertEquals(b.rv().traeger(), b.rv().erstattungBund().add(b.rv().erstattungLeistungstraeger()));
        assertEquals(b.kv().beschaeftigter().add(b.kvZusatzbeitrag().beschaeftigter()).add(b.pv().beschaeftigter())
                .add(b.rv().beschaeftigter()), b.abzugBeschaeftigter());
        for (Beitragszeile z : b.rv().zeilen()) {
            if (z.bemessungsgrundlage() != null) {
                assertEquals(0, z.bemessungsgrundlage().multiply(z.satz()).movePointLeft(2).compareTo(z.betrag()));
            }
        }
    }

    private static BigDecimal summe(List<Beitragszeile> zeilen, Seite seite) {
        return zeilen.stream().filter(z -> z.seite() == seite).map(Beitragszeile::betrag)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------- worked example (rules.md § 3)

    @Test
    @DisplayName("rules.md § 3 Rechenbeispiel 2025: 250 €, kinderlos, 30 Jahre, West, Zusatzbeitrag 2,5 % – auf den Cent")
    void rechenbeispiel_2025() {
        Beitragsfall fall = new Beitragsfall(YearMonth.of(2025, 3), eur("250.00"), null, eur("52.00"), ALTER_30, true,
                0, false, false, new BigDecimal("2.5"));
        Beitraege b = berechne(fall);
        assertAll(
                () -> assertEquals(eur("749.00"), b.kv().bemessungsgrundlage()),
                () -> assertEquals(eur("109.35"), b.kv().traeger()),
                () -> assertEquals(eur("0.00"), b.kv().beschaeftigter()),
                () -> assertEquals(eur("18.73"), b.kvZusatzbeitrag().traeger()),
                () -> assertEquals(eur("0.00"), b.kvZusatzbeitrag().beschaeftigter()),
                () -> assertEquals(eur("26.96"), b.pv().traeger()),
                () -> assertEquals(eur("4.49"), b.pv().beschaeftigter()),
                () -> assertEquals(eur("2996.00"), b.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("557.26"), b.rv().traeger()),
                () -> assertEquals(eur("0.00"), b.rv().beschaeftigter()),
                () -> assertEquals(eur("510.76"), b.rv().erstattungBund()),
                () -> assertEquals(eur("46.50"), b.rv().erstattungLeistungstraeger()),
                () -> assertEquals(eur("4.49"), b.abzugBeschaeftigter()),
                () -> assertEquals(eur("250.00"), b.arbeitsentgelt(), "AFöG zählt nach STANDARD nicht mit"),
                () -> assertEquals(Tragung.TRAEGER_ALLEIN, b.kv().tragung()),
                () -> assertEquals(Tragung.TRAEGER_ALLEIN, b.rv().tragung()),
                () -> assertEquals(List.of(), b.hinweise()),
                () -> assertEquals(eur("297.51"), fall.laufendesEntgelt().add(fall.arbeitsfoerderungsgeld())
                        .subtract(b.abzugBeschaeftigter()), "ausgezahlt"));
    }

    @Test
    @DisplayName("Rechenbeispiel: jede Zahl ist aus Zeilen mit Grundlage, Satz und Paragraph nachvollziehbar")
    void rechenbeispiel_zeilen() {
        Beitraege b = berechne(new Beitragsfall(YearMonth.of(2025, 3), eur("250.00"), null, null, ALTER_30, true, 0,
                false, false, new BigDecimal("2.5")));
        assertEquals(List.of(
                "Träger: 749,00 € × 14,6 % = 109,354 € (Krankenversicherung, allgemeiner Beitragssatz auf den "
                        + "Mindestbetrag von 20 % der Bezugsgröße, vom Träger allein getragen (§ 235 Abs. 3, "
                        + "§ 251 Abs. 2 Satz 1 Nr. 2 SGB V))"),
                b.kv().zeilen().stream().map(Beitragszeile::beschreibung).toList());
        assertTrue(b.kvZusatzbeitrag().zeilen().get(0).beschreibung()
                .startsWith("Träger: 749,00 € × 2,5 % = 18,725 € (Zusatzbeitrag zum durchschnittlichen"));
        List<String> pv = b.pv().zeilen().stream().map(Beitragszeile::beschreibung).toList();
        assertTrue(pv.get(0).startsWith("Träger: 749,00 € × 3,6 % = 26,964 € (Pflegeversicherung"), pv.get(0));
        assertTrue(pv.get(1).startsWith("Beschäftigte(r): 749,00 € × 0,6 % = 4,494 € (Beitragszuschlag für "
                + "Kinderlose"), pv.get(1));
        List<String> rv = b.rv().zeilen().stream().map(Beitragszeile::beschreibung).toList();
        assertEquals(3, rv.size());
        assertTrue(rv.get(0).startsWith("Träger: 2.996,00 € × 18,6 % = 557,256 € (Rentenversicherung auf 80 % der "
                + "Bezugsgröße, vom Träger allein getragen, weil das Arbeitsentgelt 20 % der Bezugsgröße (749,00 €) "
                + "nicht übersteigt"), rv.get(0));
        assertTrue(rv.get(1).startsWith("Erstattung Bund: 2.746,00 € × 18,6 % = 510,756 € (Erstattung durch den "
                + "Bund"), rv.get(1));
        assertEquals("Erstattung Leistungsträger: 46,50 € (Erstattung durch den Leistungsträger: Trägeranteil "
                + "557,26 € abzüglich Erstattung des Bundes 510,76 € (§ 179 Abs. 1 Satz 2 SGB VI))", rv.get(2));
    }

    // ---------------------------------------------------------------- KV / PV at the 20 % line

    @ParameterizedTest(name = "§ 235 Abs. 3, § 251 Abs. 2 SGB V, § 59 Abs. 1 SGB XI: {0}, Entgelt {1} € → {2}")
    @CsvSource({
            // monat, entgelt, tragung, kvT, kvB, zbT, zbB, pvT, pvB (childless, 30, Kasse 3.0 %)
            "2023-06, 679.00, TRAEGER_ALLEIN, 99.13, 0.00, 10.86, 0.00, 20.71, 2.38",
            "2023-06, 679.01, HAELFTIG, 49.57, 49.57, 10.19, 10.19, 10.35, 12.73",
            "2023-07, 679.00, TRAEGER_ALLEIN, 99.13, 0.00, 10.86, 0.00, 23.09, 4.07",
            "2023-07, 679.01, HAELFTIG, 49.57, 49.57, 10.19, 10.19, 11.54, 15.62",
            "2024-03, 707.00, TRAEGER_ALLEIN, 103.22, 0.00, 12.02, 0.00, 24.04, 4.24",
            "2024-03, 707.01, HAELFTIG, 51.61, 51.61, 10.61, 10.61, 12.02, 16.26",
            "2025-03, 749.00, TRAEGER_ALLEIN, 109.35, 0.00, 18.73, 0.00, 26.96, 4.49",
            "2025-03, 749.01, HAELFTIG, 54.68, 54.68, 11.24, 11.24, 13.48, 17.98",
            "2026-03, 791.00, TRAEGER_ALLEIN, 115.49, 0.00, 22.94, 0.00, 28.48, 4.75",
            "2026-03, 791.01, HAELFTIG, 57.74, 57.74, 11.87, 11.87, 14.24, 18.98",
            "2025-03, 0.00, TRAEGER_ALLEIN, 109.35, 0.00, 18.73, 0.00, 26.96, 4.49",
            "2025-03, 1000.00, HAELFTIG, 73.00, 73.00, 15.00, 15.00, 18.00, 24.00"})
    void kv_pv_an_der_mindestgrenze(String monat, String entgelt, Tragung tragung, String kvT, String kvB,
            String zbT, String zbB, String pvT, String pvB) {
        Beitraege b = berechne(fall(monat, entgelt));
        BigDecimal basis = eur(entgelt).max(SAETZE.get(monat).bezugsgroesseWest().multiply(new BigDecimal("0.2")));
        assertAll(
                () -> assertEquals(tragung, b.kv().tragung()),
                () -> assertEquals(tragung, b.pv().tragung()),
                () -> assertEquals(0, basis.compareTo(b.kv().bemessungsgrundlage())),
                () -> assertEquals(b.kv().bemessungsgrundlage(), b.pv().bemessungsgrundlage()),
                () -> assertEquals(eur(kvT), b.kv().traeger()),
                () -> assertEquals(eur(kvB), b.kv().beschaeftigter()),
                () -> assertEquals(eur(zbT), b.kvZusatzbeitrag().traeger()),
                () -> assertEquals(eur(zbB), b.kvZusatzbeitrag().beschaeftigter()),
                () -> assertEquals(eur(pvT), b.pv().traeger()),
                () -> assertEquals(eur(pvB), b.pv().beschaeftigter()));
    }

    @Test
    @DisplayName("§ 242 Abs. 3 SGB V: bis zum Mindestbetrag gilt der durchschnittliche Zusatzbeitrag, nicht der der Kasse")
    void zusatzbeitrag_durchschnitt_bis_mindestbetrag() {
        Beitraege b = berechne(fall("2025-03", "749.00"));
        assertEquals(new BigDecimal("2.5"), b.kvZusatzbeitrag().zeilen().get(0).satz());
        Beitraege darueber = berechne(fall("2025-03", "749.01"));
        assertEquals(new BigDecimal("1.5"), darueber.kvZusatzbeitrag().zeilen().get(0).satz());
    }

    // ---------------------------------------------------------------- RV at 20 % and 80 %, West and Ost

    @ParameterizedTest(name = "§ 162 Nr. 2, § 168 Abs. 1 Nr. 2, § 179 SGB VI: {0}, Beitrittsgebiet {1}, Entgelt {2} €")
    @CsvSource({
            // monat, beitrittsgebiet, entgelt, basis, traeger, beschaeftigter, bund, leistungstraeger
            "2023-06, false, 679.00, 2716.00, 505.18, 0.00, 378.88, 126.30",
            "2023-06, false, 679.01, 2716.00, 442.03, 63.15, 378.88, 63.15",
            "2023-06, false, 2716.00, 2716.00, 252.59, 252.59, 0.00, 252.59",
            "2023-06, false, 2716.01, 2716.01, 252.59, 252.59, 0.00, 252.59",
            "2023-06, true, 658.00, 2632.00, 489.55, 0.00, 367.16, 122.39",
            "2023-06, true, 658.01, 2632.00, 428.36, 61.19, 367.16, 61.20",
            "2023-06, true, 2632.00, 2632.00, 244.78, 244.78, 0.00, 244.78",
            "2023-06, true, 2632.01, 2632.01, 244.78, 244.78, 0.00, 244.78",
            "2023-07, false, 679.00, 2716.00, 505.18, 0.00, 378.88, 126.30",
            "2023-07, false, 679.01, 2716.00, 442.03, 63.15, 378.88, 63.15",
            "2023-07, false, 2716.00, 2716.00, 252.59, 252.59, 0.00, 252.59",
            "2023-07, false, 2716.01, 2716.01, 252.59, 252.59, 0.00, 252.59",
            "2023-07, true, 658.00, 2632.00, 489.55, 0.00, 367.16, 122.39",
            "2023-07, true, 658.01, 2632.00, 428.36, 61.19, 367.16, 61.20",
            "2023-07, true, 2632.00, 2632.00, 244.78, 244.78, 0.00, 244.78",
            "2023-07, true, 2632.01, 2632.01, 244.78, 244.78, 0.00, 244.78",
            "2024-03, false, 707.00, 2828.00, 526.01, 0.00, 394.51, 131.50",
            "2024-03, false, 707.01, 2828.00, 460.26, 65.75, 394.50, 65.76",
            "2024-03, false, 2828.00, 2828.00, 263.00, 263.00, 0.00, 263.00",
            "2024-03, false, 2828.01, 2828.01, 263.00, 263.00, 0.00, 263.00",
            "2024-03, true, 693.00, 2772.00, 515.59, 0.00, 386.69, 128.90",
            "2024-03, true, 693.01, 2772.00, 451.14, 64.45, 386.69, 64.45",
            "2024-03, true, 2772.00, 2772.00, 257.80, 257.80, 0.00, 257.80",
            "2024-03, true, 2772.01, 2772.01, 257.80, 257.80, 0.00, 257.80",
            "2025-03, false, 749.00, 2996.00, 557.26, 0.00, 417.94, 139.32",
            "2025-03, false, 749.01, 2996.00, 487.60, 69.66, 417.94, 69.66",
            "2025-03, false, 2996.00, 2996.00, 278.63, 278.63, 0.00, 278.63",
            "2025-03, false, 2996.01, 2996.01, 278.63, 278.63, 0.00, 278.63",
            "2025-03, true, 749.00, 2996.00, 557.26, 0.00, 417.94, 139.32",
            "2025-03, true, 2996.01, 2996.01, 278.63, 278.63, 0.00, 278.63",
            "2026-03, false, 791.00, 3164.00, 588.50, 0.00, 441.38, 147.12",
            "2026-03, false, 791.01, 3164.00, 514.94, 73.56, 441.38, 73.56",
            "2026-03, false, 3164.00, 3164.00, 294.25, 294.25, 0.00, 294.25",
            "2026-03, false, 3164.01, 3164.01, 294.25, 294.25, 0.00, 294.25",
            "2026-03, true, 791.01, 3164.00, 514.94, 73.56, 441.38, 73.56"})
    void rv_an_den_grenzen(String monat, boolean beitrittsgebiet, String entgelt, String basis, String traeger,
            String beschaeftigter, String bund, String leistungstraeger) {
        Beitragsfall f = new Beitragsfall(YearMonth.parse(monat), eur(entgelt), null, null, ALTER_30, true, 0,
                beitrittsgebiet, false, new BigDecimal("3.0"));
        Rentenbeitrag rv = berechne(f).rv();
        assertAll(
                () -> assertEquals(eur(basis), rv.bemessungsgrundlage()),
                () -> assertEquals(eur(traeger), rv.traeger()),
                () -> assertEquals(eur(beschaeftigter), rv.beschaeftigter()),
                () -> assertEquals(eur(bund), rv.erstattungBund()),
                () -> assertEquals(eur(leistungstraeger), rv.erstattungLeistungstraeger()));
    }

    @ParameterizedTest(name = "§ 168 Abs. 1 Nr. 2 SGB VI: {0} € in 2025 → {1}")
    @CsvSource({"749.00, TRAEGER_ALLEIN", "749.01, HAELFTIG_MIT_AUFSTOCKUNG", "2996.00, HAELFTIG_MIT_AUFSTOCKUNG",
            "2996.01, HAELFTIG"})
    void rv_tragung(String entgelt, Tragung tragung) {
        assertEquals(tragung, berechne(fall("2025-03", entgelt)).rv().tragung());
    }

    @Test
    @DisplayName("§ 235 Abs. 3 SGB V, § 228a SGB VI: 2024 Ost, 700 € – KV noch Träger allein (West 707 €), RV schon geteilt (Ost 693 €)")
    void ost_2024_kv_west_rv_ost() {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2024, 3), eur("700.00"), null, null, ALTER_30, true, 0, true,
                false, new BigDecimal("3.0"));
        Beitraege b = berechne(f);
        assertAll(
                () -> assertEquals(Tragung.TRAEGER_ALLEIN, b.kv().tragung()),
                () -> assertEquals(eur("707.00"), b.kv().bemessungsgrundlage()),
                () -> assertEquals(eur("103.22"), b.kv().traeger()),
                () -> assertEquals(Tragung.HAELFTIG_MIT_AUFSTOCKUNG, b.rv().tragung()),
                () -> assertEquals(eur("2772.00"), b.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("450.49"), b.rv().traeger()),
                () -> assertEquals(eur("65.10"), b.rv().beschaeftigter()),
                () -> assertEquals(eur("385.39"), b.rv().erstattungBund()),
                () -> assertEquals(eur("65.10"), b.rv().erstattungLeistungstraeger()),
                () -> assertEquals(eur("69.34"), b.abzugBeschaeftigter()));
    }

    @Test
    @DisplayName("Ab 2025 einheitliche Bezugsgröße: im Beitrittsgebiet gleiche RV wie West")
    void beitrittsgebiet_ab_2025_einheitlich() {
        Beitragsfall ost = new Beitragsfall(YearMonth.of(2025, 3), eur("1000.00"), null, null, ALTER_30, true, 0, true,
                false, new BigDecimal("3.0"));
        assertEquals(berechne(fall("2025-03", "1000.00")).rv().traeger(), berechne(ost).rv().traeger());
        assertTrue(berechne(ost).rv().zeilen().get(2).text().contains("bundeseinheitlichen Bezugsgröße"));
    }

    // ---------------------------------------------------------------- PV: childless surcharge and child reductions

    @ParameterizedTest(name = "§ 55 Abs. 3 Satz 4, § 59a Satz 1 SGB XI: 2025, 1.234,56 €, {0} Kinder unter 25 → Beschäftigte {1} €")
    @CsvSource({"0, 22.22", "1, 22.22", "2, 19.14", "3, 16.05", "4, 12.96", "5, 9.88", "6, 9.88"})
    void kinderabschlag_bei_geteiltem_beitrag(int kinder, String beschaeftigter) {
        Beitraege b = berechne(eltern("2025-03", "1234.56", kinder));
        assertEquals(eur("22.22"), b.pv().traeger(), "der Träger trägt immer den halben Satz");
        assertEquals(eur(beschaeftigter), b.pv().beschaeftigter());
    }

    @ParameterizedTest(name = "§ 55 Abs. 3 Satz 4 SGB XI: {0}, 1.000 €, {1} Kinder unter 25 → Beschäftigte {2} €")
    @CsvSource({"2023-06, 3, 15.25", "2023-07, 3, 12.00", "2024-03, 2, 14.50", "2026-03, 5, 8.00",
            "2026-03, 6, 8.00", "2026-03, 1, 18.00"})
    void kinderabschlag_je_jahr(String monat, int kinder, String beschaeftigter) {
        assertEquals(eur(beschaeftigter), berechne(eltern(monat, "1000.00", kinder)).pv().beschaeftigter());
    }

    @ParameterizedTest(name = "§ 59a Satz 2 SGB XI: {0}, 250 €, {1} Kinder – Träger trägt allein, kein Abschlag")
    @CsvSource({"2023-07, 2, 23.09", "2024-03, 5, 24.04", "2025-03, 2, 26.96", "2025-03, 6, 26.96",
            "2026-03, 1, 28.48"})
    void kein_kinderabschlag_wenn_traeger_allein_traegt(String monat, int kinder, String traeger) {
        Beitraege b = berechne(eltern(monat, "250.00", kinder));
        assertEquals(eur(traeger), b.pv().traeger());
        assertEquals(eur("0.00"), b.pv().beschaeftigter());
        assertEquals(eur("0.00"), b.abzugBeschaeftigter());
        if (kinder >= 2) {
            assertTrue(b.pv().zeilen().get(1).text().contains("§ 59a Satz 2 SGB XI"));
        }
    }

    @ParameterizedTest(name = "§ 55 Abs. 3 Satz 1, § 59 Abs. 5 SGB XI: 2023 kinderlos, {0}, 1.000 € → Träger {1} €, Beschäftigte {2} €")
    @CsvSource({"2023-06, 15.25, 18.75", "2023-07, 17.00, 23.00"})
    void zuschlag_2023_beide_halbjahre(String monat, String traeger, String beschaeftigter) {
        Beitraege b = berechne(fall(monat, "1000.00"));
        assertEquals(eur(traeger), b.pv().traeger());
        assertEquals(eur(beschaeftigter), b.pv().beschaeftigter());
    }

    @ParameterizedTest(name = "§ 55 Abs. 3 Satz 1 SGB XI: geboren {0}, Monat {1} → Zuschlag {2} €")
    @CsvSource({
            "2003-03-01, 2025-03, 0.00", // 22 Jahre
            "2002-03-01, 2025-03, 4.49", // 23. Lebensjahr am 28.02.2025 vollendet: Zuschlag ab März
            "2002-03-02, 2025-03, 0.00", // 23. Lebensjahr am 01.03.2025 vollendet: erst ab April
            "2002-03-02, 2025-04, 4.49",
            "2002-02-15, 2025-03, 4.49", // 23 Jahre alt
            "2002-03-20, 2025-03, 0.00"}) // 22 Jahre alt
    void zuschlag_kinderlos_ab_monat_nach_vollendung_23(String geboren, String monat, String zuschlag) {
        Beitragsfall f = new Beitragsfall(YearMonth.parse(monat), eur("250.00"), null, null, LocalDate.parse(geboren),
                true, 0, false, false, null);
        Beitraege b = RECHNER.berechne(f, SAETZE.get("2025-03"));
        assertEquals(eur(zuschlag), b.pv().beschaeftigter());
        assertEquals(eur("26.96"), b.pv().traeger(), "der Träger trägt den Beitrag ohne Zuschlag");
    }

    @Test
    @DisplayName("§ 55 Abs. 3 Satz 1 SGB XI: Eltern zahlen keinen Zuschlag und brauchen kein Geburtsdatum")
    void eltern_ohne_zuschlag() {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2025, 3), eur("250.00"), null, null, null, false, 0, false,
                false, null);
        assertEquals(eur("0.00"), berechne(f).abzugBeschaeftigter());
    }

    // ---------------------------------------------------------------- one-off payment (BSG B 12 P 1/12 R)

    @Test
    @DisplayName("BSG B 12 P 1/12 R: 700 € laufend + 100 € Einmalzahlung 2025 – nur die 51 € über dem Mindestbetrag werden geteilt")
    void einmalzahlung_ueber_mindestbetrag() {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2025, 3), eur("700.00"), eur("100.00"), null, ALTER_30, true, 0,
                false, false, new BigDecimal("3.0"));
        Beitraege b = berechne(f);
        assertAll(
                () -> assertEquals(eur("800.00"), b.arbeitsentgelt()),
                () -> assertEquals(Tragung.EINMALZAHLUNG_UEBER_MINDESTBETRAG, b.kv().tragung()),
                () -> assertEquals(eur("800.00"), b.kv().bemessungsgrundlage()),
                // 749 × 14,6 % + 51 × 7,3 % = 113,077; 51 × 7,3 % = 3,723
                () -> assertEquals(eur("113.08"), b.kv().traeger()),
                () -> assertEquals(eur("3.72"), b.kv().beschaeftigter()),
                // 749 × 2,5 % (Durchschnitt) + 51 × 1,5 % = 19,49; 51 × 1,5 % = 0,765
                () -> assertEquals(eur("19.49"), b.kvZusatzbeitrag().traeger()),
                () -> assertEquals(eur("0.77"), b.kvZusatzbeitrag().beschaeftigter()),
                // 749 × 3,6 % + 51 × 1,8 % = 27,882; 51 × 1,8 % + 800 × 0,6 % = 5,718
                () -> assertEquals(eur("27.88"), b.pv().traeger()),
                () -> assertEquals(eur("5.72"), b.pv().beschaeftigter()),
                // RV: the one-off rule is KV/PV only; 800 € > 20 % BG → geteilt mit Aufstockung
                () -> assertEquals(Tragung.HAELFTIG_MIT_AUFSTOCKUNG, b.rv().tragung()),
                () -> assertEquals(eur("482.86"), b.rv().traeger()),
                () -> assertEquals(eur("74.40"), b.rv().beschaeftigter()),
                () -> assertEquals(eur("408.46"), b.rv().erstattungBund()),
                () -> assertEquals(eur("74.40"), b.rv().erstattungLeistungstraeger()),
                () -> assertEquals(eur("84.61"), b.abzugBeschaeftigter()));
    }

    @Test
    @DisplayName("BSG B 12 P 1/12 R, § 59a SGB XI: bei Einmalzahlung mindert der Kinderabschlag nur den geteilten Teil")
    void einmalzahlung_mit_kindern() {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2025, 3), eur("700.00"), eur("100.00"), null, ALTER_30, false,
                2, false, false, new BigDecimal("3.0"));
        Beitraege b = berechne(f);
        assertEquals(eur("27.88"), b.pv().traeger());
        assertEquals(eur("0.79"), b.pv().beschaeftigter()); // 51 × (1,8 − 0,25) % = 0,7905
    }

    @Test
    @DisplayName("§ 249 Abs. 1 SGB V: liegt schon das laufende Entgelt über dem Mindestbetrag, wird alles geteilt")
    void laufendes_entgelt_ueber_mindestbetrag_mit_einmalzahlung() {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2025, 3), eur("750.00"), eur("50.00"), null, ALTER_30, true, 0,
                false, false, new BigDecimal("3.0"));
        Beitraege b = berechne(f);
        assertEquals(Tragung.HAELFTIG, b.kv().tragung());
        assertEquals(eur("58.40"), b.kv().traeger());
        assertEquals(eur("58.40"), b.kv().beschaeftigter());
    }

    @Test
    @DisplayName("§ 251 Abs. 2 SGB V: bleibt das Entgelt mit Einmalzahlung am Mindestbetrag, trägt der Träger allein")
    void einmalzahlung_unter_mindestbetrag() {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2025, 3), eur("649.00"), eur("100.00"), null, ALTER_30, true, 0,
                false, false, null);
        Beitraege b = berechne(f);
        assertEquals(Tragung.TRAEGER_ALLEIN, b.kv().tragung());
        assertEquals(eur("109.35"), b.kv().traeger());
        assertEquals(eur("4.49"), b.abzugBeschaeftigter());
    }

    // ---------------------------------------------------------------- AFöG setting

    @Test
    @DisplayName("§ 59 SGB IX: AFöG zählt nach STANDARD nicht mit; mit der Einstellung hebt es 700 € über 749 €")
    void arbeitsfoerderungsgeld_einstellung() {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2025, 3), eur("700.00"), null, eur("52.00"), ALTER_30, true, 0,
                false, false, new BigDecimal("3.0"));
        Beitraege standard = berechne(f);
        assertEquals(eur("700.00"), standard.arbeitsentgelt());
        assertEquals(Tragung.TRAEGER_ALLEIN, standard.kv().tragung());

        Beitraege mit = new Sozialversicherungsbeitraege(true).berechne(f, SAETZE.get("2025-03"));
        assertEquals(eur("752.00"), mit.arbeitsentgelt());
        assertEquals(Tragung.HAELFTIG, mit.kv().tragung());
        assertEquals(eur("54.90"), mit.kv().beschaeftigter()); // 752 × 7,3 % = 54,896
    }

    @Test
    @DisplayName("§ 59 SGB IX: zählt AFöG mit, muss es angegeben sein")
    void arbeitsfoerderungsgeld_fehlt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sozialversicherungsbeitraege(true).berechne(fall("2025-03", "700.00"), SAETZE.get("2025-03")));
        assertTrue(e.getMessage().contains("bitte das Arbeitsförderungsgeld des Monats angeben"), e.getMessage());
    }

    // ---------------------------------------------------------------- rounding order (BVV § 2 Abs. 1)

    @Test
    @DisplayName("BVV § 2 Abs. 1 Satz 3: RV 2025 bei 750,05 € – Anteile getrennt gerundet (487,50 + 69,75), nicht Gesamt − Anteil")
    void rundung_getrennt_gerundete_anteile() {
        Rentenbeitrag rv = berechne(fall("2025-03", "750.05")).rv();
        assertEquals(eur("69.75"), rv.beschaeftigter()); // 750,05 × 9,3 % = 69,75465
        assertEquals(eur("487.50"), rv.traeger()); // 69,75465 + 2.245,95 × 18,6 % = 487,50135
        assertEquals(eur("557.25"), rv.gesamt()); // the total on the base would round to 557,26
        assertEquals(eur("417.75"), rv.erstattungBund());
        assertEquals(eur("69.75"), rv.erstattungLeistungstraeger());
    }

    @Test
    @DisplayName("BVV § 2 Abs. 1 Satz 1: hälftige Beiträge – beide Anteile gleich, Summe = doppelter gerundeter halber Beitrag")
    void rundung_haelftig() {
        Beitraege b = berechne(fall("2025-03", "1234.57"));
        assertEquals(b.kv().traeger(), b.kv().beschaeftigter());
        assertEquals(eur("90.12"), b.kv().traeger()); // 1.234,57 × 7,3 % = 90,12361
        assertEquals(eur("180.24"), b.kv().gesamt());
    }

    // ---------------------------------------------------------------- missing figures: nothing is guessed

    @Test
    @DisplayName("Unbekanntes Jahr: ohne Rechengrößen eine deutsche Fehlermeldung, die das Fehlende nennt")
    void unbekanntes_jahr() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RECHNER.berechne(fall("2027-01", "250.00"), null));
        assertEquals("Für 01/2027 sind keine Rechengrößen der Sozialversicherung hinterlegt. Es fehlen: Bezugsgröße "
                + "(§ 18 SGB IV), allgemeiner Beitragssatz und durchschnittlicher Zusatzbeitragssatz der "
                + "Krankenversicherung (§§ 241, 242a SGB V), Beitragssatz, Beitragszuschlag für Kinderlose und "
                + "Beitragsabschlag je Kind der Pflegeversicherung (§ 55 SGB XI), Beitragssatz der "
                + "Rentenversicherung (§ 158 SGB VI). Beiträge werden nicht geschätzt: bitte die Werte für 2027 unter "
                + "Stammdaten › Rechengrößen erfassen.", e.getMessage());
    }

    @Test
    @DisplayName("Rechengrößen eines anderen Zeitraums werden nicht verwendet (2023: zwei Zeiträume)")
    void falscher_zeitraum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RECHNER.berechne(fall("2026-01", "250.00"), SAETZE.get("2025-03")));
        assertEquals("Die übergebenen Rechengrößen gelten vom 01.01.2025 bis 31.12.2025, nicht für den ganzen Monat "
                + "01/2026: bitte die für diesen Monat gültigen Rechengrößen verwenden.", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RECHNER.berechne(fall("2023-07", "250.00"), SAETZE.get("2023-06")));
        assertThrows(IllegalArgumentException.class,
                () -> RECHNER.berechne(fall("2023-06", "250.00"), SAETZE.get("2023-07")));
    }

    @Test
    @DisplayName("Unvollständige Rechengrößen: die Meldung nennt jeden fehlenden Wert")
    void unvollstaendige_rechengroessen() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Beitragssaetze(LocalDate.of(2027, 1, 1), null, eur("4000"), null, new BigDecimal("14.6"),
                        null, null, new BigDecimal("0.6"), null, new BigDecimal("18.6")));
        assertEquals("Die Rechengrößen der Sozialversicherung ab 01.01.2027 sind unvollständig. Es fehlen: "
                + "durchschnittlicher Zusatzbeitragssatz (§ 242a SGB V), Beitragssatz der Pflegeversicherung "
                + "(§ 55 Abs. 1 SGB XI), Beitragsabschlag je Kind (§ 55 Abs. 3 Satz 4 SGB XI; 0 bis 30.06.2023). "
                + "Beiträge werden nicht geschätzt: bitte die Werte unter Stammdaten › Rechengrößen erfassen.",
                e.getMessage());
    }

    @ParameterizedTest(name = "§ 242 Abs. 1 SGB V: {0} € laufend + {1} € einmalig 2025 ohne Zusatzbeitrag der Kasse → Fehler")
    @CsvSource({"749.01, 0.00, '749,01 €'", "700.00, 100.00, '800,00 €'", "3000.00, 0.00, '3.000,00 €'"})
    void zusatzbeitrag_der_kasse_fehlt(String laufend, String einmal, String angezeigt) {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2025, 3), eur(laufend), eur(einmal), null, ALTER_30, true, 0,
                false, false, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RECHNER.berechne(f, SAETZE.get("2025-03")));
        assertEquals("Das Arbeitsentgelt von " + angezeigt + " übersteigt den Mindestbetrag von 749,00 € (20 % der "
                + "Bezugsgröße, § 235 Abs. 3 SGB V): die Beiträge werden geteilt und der Zusatzbeitrag richtet sich "
                + "nach dem Satz der Krankenkasse (§ 242 Abs. 1 SGB V). Es fehlt der Zusatzbeitragssatz der "
                + "Krankenkasse: bitte erfassen, er wird nicht geschätzt.", e.getMessage());
    }

    @Test
    @DisplayName("§ 242 Abs. 3 SGB V: bis 20 % BG wird der Zusatzbeitrag der Kasse nicht gebraucht")
    void zusatzbeitrag_der_kasse_nicht_noetig_bis_mindestbetrag() {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2025, 3), eur("749.00"), null, null, ALTER_30, true, 0, false,
                false, null);
        assertEquals(eur("18.73"), berechne(f).kvZusatzbeitrag().traeger());
    }

    @Test
    @DisplayName("§ 55 Abs. 3 Satz 1 SGB XI: kinderlos ohne Geburtsdatum → Fehler statt geschätztem Zuschlag")
    void geburtsdatum_fehlt() {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2025, 3), eur("250.00"), null, null, null, true, 0, false,
                false, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RECHNER.berechne(f, SAETZE.get("2025-03")));
        assertTrue(e.getMessage().startsWith("Bitte das Geburtsdatum erfassen"), e.getMessage());
    }

    @Test
    @DisplayName("Eingaben: negatives Entgelt und kinderlos mit Kindern werden abgelehnt")
    void ungueltige_eingaben() {
        IllegalArgumentException negativ = assertThrows(IllegalArgumentException.class,
                () -> new Beitragsfall(YearMonth.of(2025, 3), eur("-1.00"), null, null, ALTER_30, true, 0, false,
                        false, null));
        assertEquals("Das laufende Arbeitsentgelt darf nicht negativ sein, nicht -1,00 €.", negativ.getMessage());
        IllegalArgumentException kinder = assertThrows(IllegalArgumentException.class,
                () -> new Beitragsfall(YearMonth.of(2025, 3), eur("250.00"), null, null, ALTER_30, true, 2, false,
                        false, null));
        assertTrue(kinder.getMessage().contains("§ 55 Abs. 3 SGB XI"), kinder.getMessage());
    }

    // ---------------------------------------------------------------- notes

    @Test
    @DisplayName("§ 58 Abs. 3 SGB XI: Sachsen wird ohne Sonderregel gerechnet und als Hinweis markiert")
    void sachsen_hinweis() {
        Beitragsfall f = new Beitragsfall(YearMonth.of(2025, 3), eur("250.00"), null, null, ALTER_30, true, 0, false,
                true, null);
        Beitraege b = berechne(f);
        assertEquals(eur("4.49"), b.abzugBeschaeftigter());
        assertEquals(1, b.hinweise().size());
        assertTrue(b.hinweise().get(0).contains("§ 58 Abs. 3 SGB XI"));
    }

    @Test
    @DisplayName("Keine ALV, keine Umlagen: der Träger trägt nur KV, Zusatzbeitrag, PV und RV")
    void nur_kv_pv_rv() {
        Beitraege b = berechne(fall("2025-03", "250.00"));
        assertEquals(eur("712.30"), b.traegerGesamt()); // 109,35 + 18,73 + 26,96 + 557,26
    }
}
