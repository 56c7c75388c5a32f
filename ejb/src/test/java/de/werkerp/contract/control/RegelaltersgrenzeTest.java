package de.werkerp.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regelaltersgrenze by year of birth (§ 35 Satz 2, § 235 Abs. 2 SGB VI), age completed at the end of the day before
 * the anniversary (§ 187 Abs. 2 Satz 2, § 188 Abs. 2, 3 BGB), Rentenbeginn on the 1st of the following month
 * (§ 99 Abs. 1 SGB VI), end of the measure at the end of the month in which the age is reached
 * (§ 58 Abs. 1 Satz 3 SGB IX).
 */
class RegelaltersgrenzeTest {

    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final LocalDate HEUTE = LocalDate.of(2025, 6, 1);

    private static LocalDate d(String text) {
        return LocalDate.parse(text, D);
    }

    private static void pruefe(String geboren, String erreicht, String rentenbeginn, String endet) {
        Regelaltersgrenze.Result r = Regelaltersgrenze.fuer(d(geboren), HEUTE);
        assertEquals(d(erreicht), r.erreicht(), "erreicht");
        assertEquals(d(rentenbeginn), r.rentenbeginn(), "Rentenbeginn");
        assertEquals(d(endet), r.massnahmeEndet(), "Maßnahme endet");
    }

    @ParameterizedTest(name = "rules.md § 6: geboren {0} → erreicht {1}, Rente ab {2}, Maßnahme endet {3}")
    @CsvSource({
            "15.03.1960, 14.07.2026, 01.08.2026, 31.07.2026",
            // born on the 1st: the age is completed on the last day of the previous month
            "01.03.1960, 30.06.2026, 01.07.2026, 30.06.2026",
            "02.01.1964, 01.01.2031, 01.02.2031, 31.01.2031"})
    void die_vektoren_aus_rules_md(String geboren, String erreicht, String rentenbeginn, String endet) {
        pruefe(geboren, erreicht, rentenbeginn, endet);
    }

    @ParameterizedTest(name = "§ 235 Abs. 2 SGB VI: Jahrgang {0} → {1} Jahre {2} Monate")
    @CsvSource({
            "1900, 65, 0", "1946, 65, 0",
            "1947, 65, 1", "1948, 65, 2", "1949, 65, 3", "1950, 65, 4", "1951, 65, 5", "1952, 65, 6",
            "1953, 65, 7", "1954, 65, 8", "1955, 65, 9", "1956, 65, 10", "1957, 65, 11",
            "1958, 66, 0", "1959, 66, 2", "1960, 66, 4", "1961, 66, 6", "1962, 66, 8", "1963, 66, 10",
            // § 35 Satz 2 SGB VI
            "1964, 67, 0", "1965, 67, 0", "2005, 67, 0"})
    void altersgrenze_je_geburtsjahr(int jahr, int jahre, int monate) {
        assertEquals(Period.of(jahre, monate, 0), Regelaltersgrenze.altersgrenze(jahr));
    }

    @ParameterizedTest(name = "§ 235 Abs. 2 SGB VI, jede Stufe: geboren {0} → erreicht {1}, Rente ab {2}, Ende {3}")
    @CsvSource({
            "15.06.1946, 14.06.2011, 01.07.2011, 30.06.2011",
            "15.06.1947, 14.07.2012, 01.08.2012, 31.07.2012",
            "15.06.1948, 14.08.2013, 01.09.2013, 31.08.2013",
            "15.06.1949, 14.09.2014, 01.10.2014, 30.09.2014",
            "15.06.1950, 14.10.2015, 01.11.2015, 31.10.2015",
            "15.06.1951, 14.11.2016, 01.12.2016, 30.11.2016",
            "15.06.1952, 14.12.2017, 01.01.2018, 31.12.2017",
            "15.06.1953, 14.01.2019, 01.02.2019, 31.01.2019",
            "15.06.1954, 14.02.2020, 01.03.2020, 29.02.2020",
            "15.06.1955, 14.03.2021, 01.04.2021, 31.03.2021",
            "15.06.1956, 14.04.2022, 01.05.2022, 30.04.2022",
            "15.06.1957, 14.05.2023, 01.06.2023, 31.05.2023",
            "15.06.1958, 14.06.2024, 01.07.2024, 30.06.2024",
            "15.06.1959, 14.08.2025, 01.09.2025, 31.08.2025",
            "15.06.1960, 14.10.2026, 01.11.2026, 31.10.2026",
            "15.06.1961, 14.12.2027, 01.01.2028, 31.12.2027",
            "15.06.1962, 14.02.2029, 01.03.2029, 28.02.2029",
            "15.06.1963, 14.04.2030, 01.05.2030, 30.04.2030",
            "15.06.1964, 14.06.2031, 01.07.2031, 30.06.2031",
            "15.06.1965, 14.06.2032, 01.07.2032, 30.06.2032"})
    void jede_stufe_1946_bis_1965(String geboren, String erreicht, String rentenbeginn, String endet) {
        pruefe(geboren, erreicht, rentenbeginn, endet);
    }

    @ParameterizedTest(name = "§ 187 Abs. 2, § 188 Abs. 2 BGB, am Ersten geboren: {0} → erreicht {1}, Rente ab {2}")
    @CsvSource({
            // the pension starts on the 1st of the birthday month (BSG 4 RJ 13/70)
            "01.12.1946, 30.11.2011, 01.12.2011, 30.11.2011",
            "01.01.1947, 31.01.2012, 01.02.2012, 31.01.2012",
            "01.03.1960, 30.06.2026, 01.07.2026, 30.06.2026",
            "01.03.1961, 31.08.2027, 01.09.2027, 31.08.2027",
            // 1 January: the age is completed on 31 December of the year before
            "01.01.1964, 31.12.2030, 01.01.2031, 31.12.2030",
            "01.01.1900, 31.12.1964, 01.01.1965, 31.12.1964"})
    void am_ersten_eines_monats_geboren(String geboren, String erreicht, String rentenbeginn, String endet) {
        pruefe(geboren, erreicht, rentenbeginn, endet);
    }

    @ParameterizedTest(name = "1. Januar / 31. Dezember, Jahrgangsgrenze: geboren {0} → erreicht {1}, Rente ab {2}")
    @CsvSource({
            // the year of birth, not the day, decides the months (§ 235 Abs. 2 SGB VI)
            "31.12.1946, 30.12.2011, 01.01.2012, 31.12.2011",
            "01.01.1947, 31.01.2012, 01.02.2012, 31.01.2012",
            "31.12.1963, 30.10.2030, 01.11.2030, 31.10.2030",
            "01.01.1964, 31.12.2030, 01.01.2031, 31.12.2030",
            "02.01.1964, 01.01.2031, 01.02.2031, 31.01.2031"})
    void jahreswechsel(String geboren, String erreicht, String rentenbeginn, String endet) {
        pruefe(geboren, erreicht, rentenbeginn, endet);
    }

    @ParameterizedTest(name = "§ 188 Abs. 3 BGB, am 29./30./31. geboren: {0} → erreicht {1}, Rente ab {2}, Ende {3}")
    @CsvSource({
            // 31st, last month has 31 days: the day before, the 30th
            "31.03.1960, 30.07.2026, 01.08.2026, 31.07.2026",
            "31.12.1962, 30.08.2029, 01.09.2029, 31.08.2029",
            // 31st, last month has 30 days: no 31st, the period ends with the last day of that month
            "31.05.1960, 30.09.2026, 01.10.2026, 30.09.2026",
            "31.12.1961, 30.06.2028, 01.07.2028, 30.06.2028",
            // 31st, last month is February
            "31.10.1960, 28.02.2027, 01.03.2027, 28.02.2027",
            "31.08.1961, 29.02.2028, 01.03.2028, 29.02.2028",
            // 30th and 29th, last month is February
            "30.10.1960, 28.02.2027, 01.03.2027, 28.02.2027",
            "30.08.1961, 29.02.2028, 01.03.2028, 29.02.2028",
            "29.10.1960, 28.02.2027, 01.03.2027, 28.02.2027",
            "29.08.1961, 28.02.2028, 01.03.2028, 29.02.2028"})
    void am_ende_eines_monats_geboren(String geboren, String erreicht, String rentenbeginn, String endet) {
        pruefe(geboren, erreicht, rentenbeginn, endet);
    }

    @ParameterizedTest(name = "§ 188 Abs. 3 BGB, am 29. Februar geboren: {0} → erreicht {1}, Rente ab {2}, Ende {3}")
    @CsvSource({
            // whole years ending in a common year: 28 February
            "29.02.1944, 28.02.2009, 01.03.2009, 28.02.2009",
            "29.02.1964, 28.02.2031, 01.03.2031, 28.02.2031",
            // years and months: the 29th exists in the last month, so the 28th (plusYears().plusMonths() would
            // give the 27th)
            "29.02.1948, 28.04.2013, 01.05.2013, 30.04.2013",
            "29.02.1952, 28.08.2017, 01.09.2017, 31.08.2017",
            "29.02.1956, 28.12.2021, 01.01.2022, 31.12.2021",
            "29.02.1960, 28.06.2026, 01.07.2026, 30.06.2026"})
    void am_29_februar_geboren(String geboren, String erreicht, String rentenbeginn, String endet) {
        pruefe(geboren, erreicht, rentenbeginn, endet);
    }

    @Test
    @DisplayName("§ 99 Abs. 1 SGB VI, § 58 Abs. 1 Satz 3 SGB IX: für jeden Geburtstag 1930–1975 beginnt die Rente am"
            + " Ersten nach dem Monat des Erreichens und die Maßnahme endet am Tag davor")
    void invarianten_fuer_jeden_tag() {
        LocalDate vorher = null;
        Regelaltersgrenze.Result vorherErgebnis = null;
        for (LocalDate g = LocalDate.of(1930, 1, 1); g.isBefore(LocalDate.of(1976, 1, 1)); g = g.plusDays(1)) {
            Regelaltersgrenze.Result r = Regelaltersgrenze.fuer(g, HEUTE);
            assertEquals(1, r.rentenbeginn().getDayOfMonth(), g.toString());
            assertEquals(r.rentenbeginn().minusDays(1), r.massnahmeEndet(), g.toString());
            assertFalse(r.erreicht().isAfter(r.massnahmeEndet()), g.toString());
            assertEquals(r.erreicht().getMonth(), r.massnahmeEndet().getMonth(), g.toString());
            // the JDK's plus(Period) clamps a missing 29th–31st to an earlier day and then takes the day before:
            // § 188 Abs. 3 BGB gives the same day or exactly one day later
            Period grenze = Regelaltersgrenze.altersgrenze(g.getYear());
            LocalDate jdk = g.plus(grenze).minusDays(1);
            long abstand = r.erreicht().toEpochDay() - jdk.toEpochDay();
            assertTrue(abstand == 0 || abstand == 1, g + ": Abstand " + abstand);
            if (abstand == 1) {
                assertEquals(r.erreicht(), r.massnahmeEndet(), g + ": nur am Monatsende");
            }
            // within a year of birth: born later → the age is never reached earlier; gaps of up to 4 days come
            // from days that do not exist (born 28.02.1961 → 27.08.2027, born 01.03.1961 → 31.08.2027)
            if (vorher != null && vorher.getYear() == g.getYear()) {
                long schritt = r.erreicht().toEpochDay() - vorherErgebnis.erreicht().toEpochDay();
                assertTrue(schritt >= 0 && schritt <= 4, g + ": Schritt " + schritt);
            }
            vorher = g;
            vorherErgebnis = r;
        }
    }

    @Test
    @DisplayName("Ohne Geburtsdatum keine Berechnung: deutsche Fehlermeldung")
    void ohne_geburtsdatum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Regelaltersgrenze.fuer(null, HEUTE));
        assertEquals("Bitte das Geburtsdatum angeben: ohne Geburtsdatum lässt sich die Regelaltersgrenze "
                + "(§§ 35, 235 SGB VI) nicht berechnen.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Regelaltersgrenze.fuer(null));
    }

    @Test
    @DisplayName("Ein Geburtsdatum in der Zukunft wird abgelehnt")
    void geburtsdatum_in_der_zukunft() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Regelaltersgrenze.fuer(LocalDate.of(2025, 6, 2), HEUTE));
        assertEquals("Das Geburtsdatum 02.06.2025 liegt in der Zukunft: bitte prüfen.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Regelaltersgrenze.fuer(LocalDate.now().plusDays(1)));
        // today itself is not in the future
        assertEquals(LocalDate.of(2092, 5, 31), Regelaltersgrenze.fuer(HEUTE, HEUTE).erreicht());
    }

    @Test
    @DisplayName("Ein Geburtsdatum vor 1900 ist nicht plausibel")
    void geburtsdatum_vor_1900() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Regelaltersgrenze.fuer(LocalDate.of(1899, 12, 31), HEUTE));
        assertEquals("Das Geburtsdatum 31.12.1899 liegt vor dem 01.01.1900 und ist nicht plausibel: bitte prüfen.",
                e.getMessage());
    }

    @Test
    @DisplayName("Ohne Angabe von heute gilt das Systemdatum; vergangene Geburtstage werden berechnet")
    void mit_systemdatum() {
        assertEquals(LocalDate.of(2026, 7, 14), Regelaltersgrenze.fuer(LocalDate.of(1960, 3, 15)).erreicht());
    }
    /**
     * The birth-date ranges a query uses instead of the rule agree with the rule day by day: every birth date from
     * 1935 to 1975 is inside the range exactly when its Regelaltersgrenze lies in the window, and inside the range of
     * a month exactly when its measure ends with that month (windows across the steps of § 235 Abs. 2 SGB VI, the
     * 1958/1959 and 1963/1964 changes, month ends of the 29th–31st and a February).
     */
    @ParameterizedTest(name = "Geburtsdaten für Regelaltersgrenze vom {0} bis {1}")
    @CsvSource({"13.06.2024, 14.07.2025", "31.12.2023, 31.12.2024", "28.02.2031, 01.03.2031", "01.01.2030, 31.01.2031",
            "30.09.2026, 30.09.2026", "14.07.2026, 14.07.2027", "01.01.1990, 31.12.1990", "29.09.2026, 29.09.2026"})
    void geburtsdatenWieDieRegel(String von, String bis) {
        LocalDate a = d(von);
        LocalDate b = d(bis);
        LocalDate heute = LocalDate.of(2026, 12, 7);
        java.util.Optional<Regelaltersgrenze.Geburtsdaten> spanne = Regelaltersgrenze.geburtsdatenFuer(a, b, heute);
        java.util.List<Regelaltersgrenze.Massnahmeende> enden = Regelaltersgrenze.massnahmeendenFuer(a, b, heute);
        int treffer = 0;
        for (LocalDate g = LocalDate.of(1935, 1, 1); g.isBefore(LocalDate.of(1976, 1, 1)); g = g.plusDays(1)) {
            Regelaltersgrenze.Result r = Regelaltersgrenze.fuer(g, heute);
            boolean imFenster = !r.erreicht().isBefore(a) && !r.erreicht().isAfter(b);
            LocalDate geb = g;
            assertEquals(imFenster, spanne.isPresent() && spanne.get().enthaelt(g), "geboren " + g);
            java.util.List<LocalDate> endet = enden.stream().filter(m -> m.geburtsdaten().enthaelt(geb))
                    .map(Regelaltersgrenze.Massnahmeende::endet).toList();
            assertEquals(imFenster ? java.util.List.of(r.massnahmeEndet()) : java.util.List.of(), endet, "geboren " + g);
            treffer += imFenster ? 1 : 0;
        }
        assertEquals(a.getYear() == 1990, treffer == 0, "ohne Treffer nur 1990 (geboren 1925)");
    }

    @Test
    @DisplayName("Geburtsdaten: born 31.05.1960 and 01.06.1960 both reach the age on 30.09.2026 (§ 188 Abs. 3 BGB)")
    void geburtsdatenAmMonatsende() {
        assertEquals(new Regelaltersgrenze.Geburtsdaten(d("31.05.1960"), d("01.06.1960")), Regelaltersgrenze
                .geburtsdatenFuer(d("30.09.2026"), d("30.09.2026"), LocalDate.of(2026, 12, 7)).orElseThrow());
        assertTrue(Regelaltersgrenze.geburtsdatenFuer(d("29.09.2026"), d("28.09.2026"), LocalDate.of(2026, 12, 7))
                .isEmpty());
    }
}
