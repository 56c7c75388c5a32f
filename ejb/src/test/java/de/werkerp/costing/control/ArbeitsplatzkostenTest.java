package de.werkerp.costing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import de.werkerp.social.control.Beitraege;
import de.werkerp.social.control.Beitragsfall;
import de.werkerp.social.control.Beitragssaetze;
import de.werkerp.social.control.Sozialversicherungsbeitraege;
import de.werkerp.wage.control.Arbeitsfoerderungsgeld;
import de.werkerp.wage.control.Bereich;
import de.werkerp.wage.control.EntgeltRechner;
import de.werkerp.wage.control.Entgeltabrechnung;

/**
 * Seed 003 Tab. 3 done right, on the worked example of rules.md § 3 (2025, childless, outside Saxony, Entgelt 250.00 =
 * Grundbetrag 133 + Steigerungsbetrag 117): AFöG 52.00 (§ 59 SGB IX); KV provider 109.35 + Zusatzbeitrag 18.73,
 * PV provider 26.96 (§ 251 Abs. 2 SGB V, § 59 SGB XI); RV provider 557.26, of which the Bund refunds 510.76 and the
 * Leistungsträger 46.50 (§ 179 Abs. 1 SGB VI); the worker's deduction 4.49 (PV surcharge for the childless).
 * The figures of 2025 are those of ref_rechengroessen / ref_grundbetrag (rules.md §§ 1–3).
 */
class ArbeitsplatzkostenTest {

    private static final YearMonth MAERZ_2025 = YearMonth.of(2025, 3);
    private static final Arbeitsfoerderungsgeld AFOEG = new Arbeitsfoerderungsgeld(new BigDecimal("52.00"),
            new BigDecimal("299.00"), new BigDecimal("351.00"));
    private static final Beitragssaetze SAETZE_2025 = new Beitragssaetze(LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31), new BigDecimal("3745.00"), null, new BigDecimal("14.600"),
            new BigDecimal("2.5"), new BigDecimal("3.6"), new BigDecimal("0.6"), new BigDecimal("0.25"),
            new BigDecimal("18.600"));

    private static Arbeitsplatzkosten.Ergebnis berechne(String steigerung, String uv) {
        Entgeltabrechnung e = EntgeltRechner.berechne(MAERZ_2025, new BigDecimal(steigerung), null, Bereich.AB,
                new BigDecimal("133.00"), AFOEG);
        Beitraege b = Sozialversicherungsbeitraege.STANDARD.berechne(new Beitragsfall(MAERZ_2025, e.arbeitsentgelt(),
                null, e.arbeitsfoerderungsgeld(), LocalDate.of(1995, 5, 10), true, 0, false, false,
                new BigDecimal("3.0")), SAETZE_2025);
        return Arbeitsplatzkosten.berechne(e, b, uv == null ? null : new BigDecimal(uv));
    }

    /**
     * Hand calculation: costs 133 + 117 + 52 + 109.35 + 18.73 + 26.96 + 557.26 = 1,014.30; refunds Bund 510.76,
     * Leistungsträger 52 + 109.35 + 18.73 + 26.96 + 46.50 = 253.54; what remains is the Arbeitsentgelt 250.00
     * (to be earned from the Arbeitsergebnis). Tab. 3 of the handbook would show 107.87 € SV on 246 € instead.
     */
    @Test
    void worked_example_2025_costs_refunds_and_what_remains() {
        Arbeitsplatzkosten.Ergebnis r = berechne("117.00", null);
        assertEquals(new BigDecimal("250.00"), r.entgelt().arbeitsentgelt());
        assertEquals(new BigDecimal("52.00"), r.entgelt().arbeitsfoerderungsgeld());
        assertEquals(new BigDecimal("1014.30"), r.kosten());
        assertEquals(new BigDecimal("510.76"), r.erstattungBund());
        assertEquals(new BigDecimal("253.54"), r.erstattungLeistungstraeger());
        assertEquals(new BigDecimal("764.30"), r.erstattungen());
        assertEquals(new BigDecimal("250.00"), r.verbleibt());
        assertEquals(new BigDecimal("4.49"), r.abzugBeschaeftigter());
        var rv = r.posten().stream().filter(p -> p.bezeichnung().startsWith("Rentenversicherung")).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("557.26"), rv.kosten());
        assertEquals(new BigDecimal("0.00"), rv.verbleibt());
        assertTrue(r.hinweise().stream().anyMatch(h -> h.contains("Insolvenzgeldumlage")), r.hinweise().toString());
    }

    /**
     * The Unfallversicherung (§ 150 SGB VII) is not refunded but is a cost of the fee (seed 003 Tab. 2 "Steuern,
     * Abgaben, Versicherung"; BSG 29.05.2019 – B 8 SO 3/18 R): shown "über den Kostensatz", not to be earned.
     */
    @Test
    void unfallversicherung_is_financed_through_the_fee_not_refunded() {
        Arbeitsplatzkosten.Ergebnis r = berechne("117.00", "5.00");
        assertEquals(new BigDecimal("1019.30"), r.kosten());
        assertEquals(new BigDecimal("764.30"), r.erstattungen());
        assertEquals(new BigDecimal("5.00"), r.ueberKostensatz());
        assertEquals(new BigDecimal("250.00"), r.verbleibt());
        assertTrue(r.hinweise().stream().anyMatch(h -> h.contains("B 8 SO 3/18 R")), r.hinweise().toString());
        assertThrows(Kalkulationsfehler.class, () -> berechne("117.00", "-1.00"));
    }

    /**
     * A higher wage: Steigerungsbetrag 200 → Entgelt 333.00, AFöG 351 − 333 = 18.00 (§ 59 Abs. 1 Satz 3 SGB IX); still
     * below 20 % BG (749.00) so KV/PV stay with the provider; the remaining cost is again the Arbeitsentgelt.
     */
    @Test
    void what_remains_with_the_provider_is_the_wage_below_the_20_percent_line() {
        Arbeitsplatzkosten.Ergebnis r = berechne("200.00", null);
        assertEquals(new BigDecimal("18.00"), r.entgelt().arbeitsfoerderungsgeld());
        assertEquals(new BigDecimal("333.00"), r.verbleibt());
        assertEquals(r.kosten(), r.posten().stream().map(Arbeitsplatzkosten.Posten::kosten)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
