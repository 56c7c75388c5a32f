package de.werkerp.social.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.wage.control.Arbeitsfoerderungsgeld;

/**
 * Months of 2021 and 2022 (Rückrechnung, late approvals) with the figures of rules.md § 3 as stored by
 * V14__rechengroessen_historie_quelle.sql; Grundbetrag (§ 1: 99 € in 2021, 109 € in 2022) and AFöG (§ 2: 52 € up
 * to 299 €, unchanged since 2017). Rounding as in the Javadoc of {@link Sozialversicherungsbeitraege}: every line
 * exact, each party's share rounded once, commercially (HALF_UP).
 */
class Rechengroessen2021Und2022Test {

    private static final Beitragssaetze SAETZE_2021 = saetze("2021-01-01", "2021-12-31", "3115", "0.25");
    private static final Beitragssaetze SAETZE_2022 = saetze("2022-01-01", "2022-12-31", "3150", "0.35");

    /** 52 € up to 299 €, then 351 € − Entgelt (rules.md § 2, § 59 SGB IX; ref_arbeitsfoerderungsgeld from 2017). */
    private static final Arbeitsfoerderungsgeld AFOEG = new Arbeitsfoerderungsgeld(eur("52.00"), eur("299.00"),
            eur("351.00"));

    /** Age 30 in 2021/2022: the childless surcharge applies (age ≥ 23). */
    private static final LocalDate GEBOREN = LocalDate.of(1992, 5, 10);

    /** BG West 3,290 € both years; KV 14.6 %, average Zusatzbeitrag 1.3 %, PV 3.05 %, no reduction per child, RV 18.6 %. */
    private static Beitragssaetze saetze(String ab, String bis, String ost, String zuschlag) {
        return new Beitragssaetze(LocalDate.parse(ab), LocalDate.parse(bis), eur("3290"), eur(ost),
                new BigDecimal("14.600"), new BigDecimal("1.300"), new BigDecimal("3.050"), new BigDecimal(zuschlag),
                new BigDecimal("0.000"), new BigDecimal("18.600"));
    }

    private static BigDecimal eur(String betrag) {
        return new BigDecimal(betrag).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * 2022, childless, West, Entgelt 250.00 € (Grundbetrag 109 + Steigerungsbetrag 141), Kasse 1.3 % — by hand:
     * <pre>
     * 20 % BG = 0.20 × 3,290.00 = 658.00; 250.00 ≤ 658.00 → the provider bears KV/PV on the minimum 658.00
     * KV   658.00 × 14.6 %  =  96.068  →  96.07 provider
     * KVZ  658.00 ×  1.3 %  =   8.554  →   8.55 provider (average Zusatzbeitrag, § 242a SGB V)
     * PV   658.00 ×  3.05 % =  20.069  →  20.07 provider
     *      658.00 ×  0.35 % =   2.303  →   2.30 worker (childless surcharge 2022)
     * RV   80 % BG = 2,632.00; 250.00 ≤ 658.00 → provider bears all: 2,632.00 × 18.6 % = 489.552 → 489.55
     *      Bund: (2,632.00 − 250.00) × 18.6 % = 2,382.00 × 18.6 % = 443.052 → 443.05
     *      Leistungsträger: 489.55 − 443.05 = 46.50
     * AFöG 250.00 ≤ 299.00 → 52.00; paid out 250.00 + 52.00 − 2.30 = 299.70
     * </pre>
     */
    @Test
    @DisplayName("rules.md § 3, 2022: 250 €, kinderlos, West – auf den Cent")
    void monat_2022_kinderlos_west() {
        BigDecimal entgelt = eur("109.00").add(eur("141.00"));
        BigDecimal afoeg = AFOEG.fuer(entgelt);
        Beitraege b = Sozialversicherungsbeitraege.STANDARD.berechne(new Beitragsfall(YearMonth.of(2022, 6), entgelt,
                null, afoeg, GEBOREN, true, 0, false, false, new BigDecimal("1.3")), SAETZE_2022);
        assertAll(
                () -> assertEquals(eur("52.00"), afoeg),
                () -> assertEquals(eur("658.00"), b.kv().bemessungsgrundlage()),
                () -> assertEquals(eur("96.07"), b.kv().traeger()),
                () -> assertEquals(eur("0.00"), b.kv().beschaeftigter()),
                () -> assertEquals(eur("8.55"), b.kvZusatzbeitrag().traeger()),
                () -> assertEquals(eur("20.07"), b.pv().traeger()),
                () -> assertEquals(eur("2.30"), b.pv().beschaeftigter()),
                () -> assertEquals(eur("2632.00"), b.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("489.55"), b.rv().traeger()),
                () -> assertEquals(eur("0.00"), b.rv().beschaeftigter()),
                () -> assertEquals(eur("443.05"), b.rv().erstattungBund()),
                () -> assertEquals(eur("46.50"), b.rv().erstattungLeistungstraeger()),
                () -> assertEquals(eur("2.30"), b.abzugBeschaeftigter()),
                () -> assertEquals(Tragung.TRAEGER_ALLEIN, b.kv().tragung()),
                () -> assertEquals(List.of(), b.hinweise()),
                () -> assertEquals(eur("299.70"), entgelt.add(afoeg).subtract(b.abzugBeschaeftigter()), "ausgezahlt"));
    }

    /**
     * 2021, childless, Entgelt 208.00 € (Grundbetrag 99 + Steigerungsbetrag 109): the surcharge was 0.25 %:
     * 658.00 × 0.25 % = 1.645 → 1.65 (half up). Beitrittsgebiet: RV on 80 % of BG Ost 3,115.00 = 2,492.00,
     * × 18.6 % = 463.512 → 463.51; Bund (2,492.00 − 208.00) × 18.6 % = 424.824 → 424.82; Leistungsträger 38.69.
     * KV/PV still on the West value (658.00): KV 96.07, KVZ 8.55, PV 20.07 as in 2022.
     */
    @Test
    @DisplayName("rules.md § 3, 2021: Zuschlag 0,25 %, Beitrittsgebiet mit Bezugsgröße Ost in der RV")
    void monat_2021_kinderlos_ost() {
        Beitraege b = Sozialversicherungsbeitraege.STANDARD.berechne(new Beitragsfall(YearMonth.of(2021, 11),
                eur("208.00"), null, null, GEBOREN, true, 0, true, false, new BigDecimal("1.3")), SAETZE_2021);
        assertAll(
                () -> assertEquals(eur("658.00"), b.kv().bemessungsgrundlage()),
                () -> assertEquals(eur("96.07"), b.kv().traeger()),
                () -> assertEquals(eur("8.55"), b.kvZusatzbeitrag().traeger()),
                () -> assertEquals(eur("20.07"), b.pv().traeger()),
                () -> assertEquals(eur("1.65"), b.pv().beschaeftigter()),
                () -> assertEquals(eur("2492.00"), b.rv().bemessungsgrundlage()),
                () -> assertEquals(eur("463.51"), b.rv().traeger()),
                () -> assertEquals(eur("424.82"), b.rv().erstattungBund()),
                () -> assertEquals(eur("38.69"), b.rv().erstattungLeistungstraeger()));
    }

    /**
     * 2022 with two children under 25 and not childless: no reduction per child before 01.07.2023 (0 in the row), and
     * none anyway while the provider bears all (§ 59a SGB XI): the worker pays nothing.
     */
    @Test
    @DisplayName("rules.md § 3, 2022: kein Abschlag je Kind, Eltern zahlen unter der 20-%-Grenze nichts")
    void monat_2022_eltern() {
        Beitraege b = Sozialversicherungsbeitraege.STANDARD.berechne(new Beitragsfall(YearMonth.of(2022, 1),
                eur("250.00"), null, null, GEBOREN, false, 2, false, false, new BigDecimal("1.3")), SAETZE_2022);
        assertEquals(eur("20.07"), b.pv().traeger());
        assertEquals(eur("0.00"), b.abzugBeschaeftigter());
    }
}
