package de.werkerp.social.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partial months (SV-Tage): § 223 Abs. 2 SGB V (a month counts 30 days; contributions per calendar day of
 * membership), rules.md § 3 "Partial months": minimum bases of § 235 Abs. 3 SGB V (20 % BG) and § 162 Nr. 2 SGB VI
 * (80 % BG) × SV-Tage ÷ 30, rounded to the cent half up; bands and the Bund's refund (§ 179 Abs. 1 Satz 1 SGB VI) on
 * the prorated values. Expected values computed independently with decimal arithmetic outside this code.
 */
class SozialversicherungTeilmonatTest {

    private static final Beitragssaetze S2026 = saetze("2026-01-01", "2026-12-31", "3955", null, "2.9", "3.6");
    private static final Beitragssaetze S2024 = saetze("2024-01-01", "2024-12-31", "3535", "3465", "1.7", "3.4");
    private static final LocalDate ALTER_30 = LocalDate.of(1996, 5, 10);

    private static Beitragssaetze saetze(String ab, String bis, String west, String ost, String zusatz, String pv) {
        return new Beitragssaetze(LocalDate.parse(ab), LocalDate.parse(bis), eur(west), ost == null ? null : eur(ost),
                new BigDecimal("14.600"), new BigDecimal(zusatz), new BigDecimal(pv), new BigDecimal("0.6"),
                new BigDecimal("0.25"), new BigDecimal("18.600"));
    }

    private static BigDecimal eur(String betrag) {
        return new BigDecimal(betrag).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Childless, age 30, Kasse's Zusatzbeitrag 3.0 %. */
    private static Beitraege berechne(String monat, String entgelt, boolean ost, int svTage) {
        YearMonth m = YearMonth.parse(monat);
        Beitragsfall fall = new Beitragsfall(m, eur(entgelt), null, null, ALTER_30, true, 0, ost, false,
                new BigDecimal("3.0"), svTage);
        return Sozialversicherungsbeitraege.STANDARD.berechne(fall, m.getYear() == 2026 ? S2026 : S2024);
    }

    // ------------------------------------------------------------------ SV-Tage (§ 223 Abs. 2 SGB V)

    @ParameterizedTest(name = "{0} bis {1} im Monat {2}: {3} SV-Tage")
    @CsvSource({
            // whole months count 30 whatever their length, February too (§ 223 Abs. 2 SGB V)
            ",           ,           2026-02, 30",
            ",           ,           2024-02, 30",
            ",           ,           2026-03, 30",
            "2026-01-01, 2026-01-31, 2026-01, 30",
            // entry on 16.03. → 16 days; exit on 10.02. → 10 days (rules.md § 3)
            "2026-03-16, ,           2026-03, 16",
            ",           2026-02-10, 2026-02, 10",
            // entry on the 1st and on the 31st, exit on the 10th
            "2026-03-31, ,           2026-03, 1",
            "2026-03-01, 2026-03-10, 2026-03, 10",
            // a partial 31-day month of 30 calendar days stays at 30; 29 days
            "2026-03-02, ,           2026-03, 30",
            "2026-03-03, ,           2026-03, 29",
            // February partial: its calendar days (leap year 2024: 15.–29.02. = 15)
            "2026-02-02, ,           2026-02, 27",
            "2024-02-15, ,           2024-02, 15",
            // entry and exit in the same month
            "2026-04-21, 2026-04-30, 2026-04, 10",
            // no day in the month
            "2026-05-01, ,           2026-04, 0"})
    void svTage(String von, String bis, String monat, int erwartet) {
        assertEquals(erwartet, Sozialversicherungstage.im(YearMonth.parse(monat),
                von == null ? null : LocalDate.parse(von), bis == null ? null : LocalDate.parse(bis)));
    }

    @ParameterizedTest(name = "{0} SV-Tage werden abgelehnt")
    @CsvSource({"0", "31", "-1"})
    void svTage_ausserhalb(int tage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> berechne("2026-04", "120.00",
                false, tage));
        assertTrue(e.getMessage().contains("zwischen 1 und 30"), e.getMessage());
    }

    // ------------------------------------------------------------------ worked example (rules.md § 3)

    @Test
    @DisplayName("rules.md § 3: 2026, Eintritt 21.04. (10 SV-Tage), 120 €, kinderlos, 30 Jahre – auf den Cent")
    void rechenbeispiel_2026_zehn_svTage() {
        int tage = Sozialversicherungstage.im(YearMonth.of(2026, 4), LocalDate.of(2026, 4, 21), null);
        Beitraege b = berechne("2026-04", "120.00", false, tage);
        assertAll(
                () -> assertEquals(10, b.svTage()),
                () -> assertTrue(b.teilmonat()),
                () -> assertEquals(eur("263.67"), b.kv().bemessungsgrundlage(), "791,00 × 10/30"),
                () -> assertEquals(eur("38.50"), b.kv().traeger()),
                () -> assertEquals(eur("7.65"), b.kvZusatzbeitrag().traeger(), "Durchschnitt 2,9 %"),
                () -> assertEquals(eur("9.49"), b.pv().traeger()),
                () -> assertEquals(eur("1.58"), b.pv().beschaeftigter(), "Zuschlag Kinderlose"),
                () -> assertEquals(eur("1054.67"), b.rv().bemessungsgrundlage(), "3.164,00 × 10/30"),
                () -> assertEquals(eur("196.17"), b.rv().traeger()),
                () -> assertEquals(eur("173.85"), b.rv().erstattungBund(), "auf 934,67"),
                () -> assertEquals(eur("22.32"), b.rv().erstattungLeistungstraeger()),
                () -> assertEquals(eur("1.58"), b.abzugBeschaeftigter()),
                () -> assertTrue(b.hinweise().stream().anyMatch(h -> h.contains("10 SV-Tagen")), "Hinweis"));
    }

    @Test
    @DisplayName("1 SV-Tag (Eintritt am 31.03.2026), 20 €: Mindestgrundlagen 26,37 / 105,47 €")
    void ein_svTag() {
        Beitraege b = berechne("2026-03", "20.00", false, 1);
        assertAll(
                () -> assertEquals(eur("26.37"), b.kv().bemessungsgrundlage()),
                () -> assertEquals(eur("3.85"), b.kv().traeger()),
                () -> assertEquals(eur("0.76"), b.kvZusatzbeitrag().traeger()),
                () -> assertEquals(eur("0.95"), b.pv().traeger()),
                () -> assertEquals(eur("0.16"), b.pv().beschaeftigter()),
                () -> assertEquals(eur("105.47"), b.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("19.62"), b.rv().traeger()),
                () -> assertEquals(eur("15.90"), b.rv().erstattungBund(), "auf 85,47"),
                () -> assertEquals(eur("3.72"), b.rv().erstattungLeistungstraeger()));
    }

    @Test
    @DisplayName("29 SV-Tage, 500 €: 764,63 / 3.058,53 €; 30 SV-Tage = voller Monat 791,00 / 3.164,00 €")
    void neunundzwanzig_und_dreissig() {
        Beitraege b29 = berechne("2026-03", "500.00", false, 29);
        Beitraege b30 = berechne("2026-03", "500.00", false, 30);
        Beitraege voll = Sozialversicherungsbeitraege.STANDARD.berechne(new Beitragsfall(YearMonth.of(2026, 3),
                eur("500.00"), null, null, ALTER_30, true, 0, false, false, new BigDecimal("3.0")), S2026);
        assertAll(
                () -> assertEquals(eur("764.63"), b29.kv().bemessungsgrundlage()),
                () -> assertEquals(eur("111.64"), b29.kv().traeger()),
                () -> assertEquals(eur("22.17"), b29.kvZusatzbeitrag().traeger()),
                () -> assertEquals(eur("27.53"), b29.pv().traeger()),
                () -> assertEquals(eur("4.59"), b29.pv().beschaeftigter()),
                () -> assertEquals(eur("3058.53"), b29.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("568.89"), b29.rv().traeger()),
                () -> assertEquals(eur("475.89"), b29.rv().erstattungBund()),
                () -> assertEquals(eur("791.00"), b30.kv().bemessungsgrundlage()),
                () -> assertEquals(eur("115.49"), b30.kv().traeger()),
                () -> assertEquals(eur("3164.00"), b30.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("588.50"), b30.rv().traeger()),
                () -> assertEquals(eur("495.50"), b30.rv().erstattungBund()),
                () -> assertEquals(30, voll.svTage()),
                () -> assertEquals(b30.rv().traeger(), voll.rv().traeger(), "ohne Angabe = 30 SV-Tage"),
                () -> assertEquals(b30.kv().traeger(), voll.kv().traeger()),
                () -> assertTrue(voll.hinweise().isEmpty(), "kein Teilmonatshinweis im vollen Monat"));
    }

    @Test
    @DisplayName("Februar mit Austritt am 10.02.2026 (10 SV-Tage), 200 €: Teiler 30, nicht 28")
    void februar() {
        int tage = Sozialversicherungstage.im(YearMonth.of(2026, 2), null, LocalDate.of(2026, 2, 10));
        Beitraege b = berechne("2026-02", "200.00", false, tage);
        assertAll(
                () -> assertEquals(10, tage),
                () -> assertEquals(eur("263.67"), b.kv().bemessungsgrundlage()),
                () -> assertEquals(eur("38.50"), b.kv().traeger()),
                () -> assertEquals(eur("1054.67"), b.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("196.17"), b.rv().traeger()),
                () -> assertEquals(eur("158.97"), b.rv().erstattungBund(), "auf 854,67"),
                () -> assertEquals(eur("37.20"), b.rv().erstattungLeistungstraeger()));
    }

    // ------------------------------------------------------------------ the three bands at 15 SV-Tage

    @Test
    @DisplayName("15 SV-Tage, 300 €: unter der anteiligen 20-%-Grenze (395,50 €) trägt der Träger allein")
    void band_traeger_allein() {
        Beitraege b = berechne("2026-03", "300.00", false, 15);
        assertAll(
                () -> assertEquals(Tragung.TRAEGER_ALLEIN, b.kv().tragung()),
                () -> assertEquals(Tragung.TRAEGER_ALLEIN, b.rv().tragung()),
                () -> assertEquals(eur("395.50"), b.kv().bemessungsgrundlage()),
                () -> assertEquals(eur("57.74"), b.kv().traeger()),
                () -> assertEquals(eur("11.47"), b.kvZusatzbeitrag().traeger()),
                () -> assertEquals(eur("14.24"), b.pv().traeger()),
                () -> assertEquals(eur("2.37"), b.pv().beschaeftigter()),
                () -> assertEquals(eur("1582.00"), b.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("294.25"), b.rv().traeger()),
                () -> assertEquals(eur("238.45"), b.rv().erstattungBund()),
                () -> assertEquals(eur("55.80"), b.rv().erstattungLeistungstraeger()));
    }

    @Test
    @DisplayName("15 SV-Tage, 500 €: im vollen Monat Band 1, im Teilmonat zwischen 20 % und 80 % – geteilt")
    void band_haelftig_mit_aufstockung() {
        Beitraege b = berechne("2026-03", "500.00", false, 15);
        assertAll(
                () -> assertEquals(Tragung.HAELFTIG, b.kv().tragung()),
                () -> assertEquals(Tragung.HAELFTIG_MIT_AUFSTOCKUNG, b.rv().tragung()),
                () -> assertEquals(eur("500.00"), b.kv().bemessungsgrundlage()),
                () -> assertEquals(eur("36.50"), b.kv().traeger()),
                () -> assertEquals(eur("36.50"), b.kv().beschaeftigter()),
                () -> assertEquals(eur("7.50"), b.kvZusatzbeitrag().traeger(), "Satz der Kasse 3,0 %, halb"),
                () -> assertEquals(eur("9.00"), b.pv().traeger()),
                () -> assertEquals(eur("12.00"), b.pv().beschaeftigter(), "1,8 % + 0,6 % Zuschlag"),
                () -> assertEquals(eur("1582.00"), b.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("247.75"), b.rv().traeger()),
                () -> assertEquals(eur("46.50"), b.rv().beschaeftigter()),
                () -> assertEquals(eur("201.25"), b.rv().erstattungBund(), "auf 1.082,00"),
                () -> assertEquals(eur("46.50"), b.rv().erstattungLeistungstraeger()));
        assertEquals(Tragung.TRAEGER_ALLEIN, berechne("2026-03", "500.00", false, 30).kv().tragung(),
                "derselbe Betrag im vollen Monat liegt unter 791,00 €");
    }

    @Test
    @DisplayName("15 SV-Tage, 1.600 €: über der anteiligen 80-%-Grenze (1.582,00 €) – hälftig, keine Erstattung des Bundes")
    void band_haelftig() {
        Beitraege b = berechne("2026-03", "1600.00", false, 15);
        assertAll(
                () -> assertEquals(Tragung.HAELFTIG, b.rv().tragung()),
                () -> assertEquals(eur("1600.00"), b.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("148.80"), b.rv().traeger()),
                () -> assertEquals(eur("148.80"), b.rv().beschaeftigter()),
                () -> assertEquals(eur("0.00"), b.rv().erstattungBund()),
                () -> assertEquals(eur("148.80"), b.rv().erstattungLeistungstraeger()),
                () -> assertEquals(eur("116.80"), b.kv().traeger()),
                () -> assertEquals(eur("24.00"), b.kvZusatzbeitrag().traeger()));
    }

    // ------------------------------------------------------------------ Beitrittsgebiet 2024 (§ 228a SGB VI)

    @Test
    @DisplayName("Ost 2024, Eintritt 16.03.2024 (16 SV-Tage), 300 €: RV auf 80 % der BG Ost anteilig (1.478,40 €), KV auf West")
    void ost_2024() {
        Beitraege ost = berechne("2024-03", "300.00", true, 16);
        Beitraege west = berechne("2024-03", "300.00", false, 16);
        assertAll(
                () -> assertEquals(eur("377.07"), ost.kv().bemessungsgrundlage(), "KV: 707,00 × 16/30, West-Wert"),
                () -> assertEquals(eur("55.05"), ost.kv().traeger()),
                () -> assertEquals(eur("6.41"), ost.kvZusatzbeitrag().traeger()),
                () -> assertEquals(eur("12.82"), ost.pv().traeger()),
                () -> assertEquals(eur("2.26"), ost.pv().beschaeftigter()),
                () -> assertEquals(eur("1478.40"), ost.rv().bemessungsgrundlage(), "2.772,00 × 16/30"),
                () -> assertEquals(eur("274.98"), ost.rv().traeger()),
                () -> assertEquals(eur("219.18"), ost.rv().erstattungBund()),
                () -> assertEquals(eur("55.80"), ost.rv().erstattungLeistungstraeger()),
                () -> assertEquals(eur("1508.27"), west.rv().bemessungsgrundlage(), "2.828,00 × 16/30"),
                () -> assertEquals(eur("280.54"), west.rv().traeger()),
                () -> assertEquals(eur("224.74"), west.rv().erstattungBund()));
    }
}
