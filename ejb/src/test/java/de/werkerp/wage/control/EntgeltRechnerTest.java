package de.werkerp.wage.control;

import static de.werkerp.wage.control.Testdaten.AFOEG;
import static de.werkerp.wage.control.Testdaten.GRUNDBETRAG_2025;
import static de.werkerp.wage.control.Testdaten.MAERZ_2025;
import static de.werkerp.wage.control.Testdaten.euro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.werkerp.reference.control.Validity;
import de.werkerp.reference.control.ValidityTable;

/** The calculator: Arbeitsentgelt (§ 221 Abs. 2 SGB IX) and Arbeitsförderungsgeld (§ 59 SGB IX) of a month. */
class EntgeltRechnerTest {

    @Test
    @DisplayName("§ 221 Abs. 2, § 59 Abs. 1 SGB IX: the calculator contract, 03/2025, Steigerungsbetrag 117 → 133 + 117 = 250, AFöG 52")
    void p221_p59_calculator_contract() {
        Entgeltabrechnung r = EntgeltRechner.berechne(MAERZ_2025, euro("117.00"), null, Bereich.AB, GRUNDBETRAG_2025,
                AFOEG);
        assertEquals(euro("133.00"), r.grundbetrag());
        assertEquals(euro("117.00"), r.steigerungsbetrag());
        assertEquals(euro("250.00"), r.arbeitsentgelt());
        assertEquals(euro("52.00"), r.arbeitsfoerderungsgeld());
        assertEquals(euro("250.00"), r.afoegBemessungsgrundlage());
        assertEquals(euro("302.00"), r.auszahlung());
        assertEquals(euro("0.00"), r.sonstigeBezuege());
        assertEquals(euro("0.00"), r.abzuege());
        assertEquals(3, r.zeilen().size());
        assertTrue(r.hinweise().isEmpty());
    }

    /** The values of rules.md § 1, passed in as data the way ReferenceDataService reads ref_grundbetrag. */
    record Grundbetrag(Validity validity, BigDecimal betrag) {
    }

    private static final ValidityTable<Grundbetrag> GRUNDBETRAEGE = new ValidityTable<>(List.of(
            new Grundbetrag(new Validity(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), euro("109.00")),
            new Grundbetrag(new Validity(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 7, 31)), euro("126.00")),
            new Grundbetrag(new Validity(LocalDate.of(2024, 8, 1), null), euro("133.00"))), Grundbetrag::validity);

    @ParameterizedTest(name = "§ 221 Abs. 2 SGB IX: {0} → Grundbetrag {1}, Arbeitsentgelt {2}")
    @CsvSource({
            "2022-12, 109.00, 226.00",
            "2023-01, 126.00, 243.00",
            "2024-07, 126.00, 243.00",
            "2024-08, 133.00, 250.00",
            "2025-03, 133.00, 250.00"})
    @DisplayName("§ 221 Abs. 2 SGB IX: the Grundbetrag of the month is the one valid on its 1st (126 → 133 on 01.08.2024)")
    void p221_abs2_grundbetrag_per_period(String monat, String grundbetrag, String arbeitsentgelt) {
        YearMonth m = YearMonth.parse(monat);
        BigDecimal gesetzlich = GRUNDBETRAEGE.require(Grundbetragsregel.stichtag(m), "den Grundbetrag").betrag();
        Entgeltabrechnung r = EntgeltRechner.berechne(m, euro("117.00"), null, Bereich.AB, gesetzlich, AFOEG);
        assertEquals(euro(grundbetrag), r.grundbetrag());
        assertEquals(euro(arbeitsentgelt), r.arbeitsentgelt());
        assertEquals(euro("52.00"), r.arbeitsfoerderungsgeld());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX: an Einrichtung may pay a higher Grundbetrag")
    void p221_abs2_higher_grundbetrag_of_the_einrichtung() {
        Entgeltabrechnung r = EntgeltRechner.berechne(MAERZ_2025, euro("117.00"), euro("150.00"), Bereich.AB,
                GRUNDBETRAG_2025, AFOEG);
        assertEquals(euro("150.00"), r.grundbetrag());
        assertEquals(euro("267.00"), r.arbeitsentgelt());
        assertEquals(euro("52.00"), r.arbeitsfoerderungsgeld());
        assertEquals("Grundbetrag der Einrichtung (gesetzlich 133,00 €, § 221 Abs. 2 SGB IX)",
                r.zeilen().get(0).bezeichnung());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX: a Grundbetrag below the statutory one is refused")
    void p221_abs2_lower_grundbetrag_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EntgeltRechner.berechne(
                MAERZ_2025, euro("117.00"), euro("120.00"), Bereich.AB, GRUNDBETRAG_2025, AFOEG));
        assertEquals("Der Grundbetrag der Einrichtung (120,00 €) liegt unter dem gesetzlichen Grundbetrag von "
                + "133,00 € (§ 221 Abs. 2 SGB IX): er darf höher sein, aber nicht niedriger.", e.getMessage());
    }

    @Test
    @DisplayName("§ 59 Abs. 1 SGB IX: above 299 € Arbeitsentgelt the AFöG is 351 € − Arbeitsentgelt")
    void p59_abs1_afoeg_above_299() {
        Entgeltabrechnung r = EntgeltRechner.berechne(MAERZ_2025, euro("200.00"), null, Bereich.AB, GRUNDBETRAG_2025,
                AFOEG);
        assertEquals(euro("333.00"), r.arbeitsentgelt());
        assertEquals(euro("18.00"), r.arbeitsfoerderungsgeld());
        assertEquals(euro("351.00"), r.auszahlung());
    }

    @ParameterizedTest(name = "§ 221 Abs. 2, § 59 Abs. 1 SGB IX, § 125 SGB III: {0} → no Arbeitsentgelt, no AFöG")
    @CsvSource({"EV", "BBB", "ev"})
    @DisplayName("§ 221 Abs. 2, § 59 Abs. 1 SGB IX: Eingangsverfahren and Berufsbildungsbereich pay no Arbeitsentgelt")
    void p221_p59_no_arbeitsentgelt_in_ev_and_bbb(String code) {
        Entgeltabrechnung r = EntgeltRechner.berechne(MAERZ_2025, euro("117.00"), null, Bereich.von(code), null,
                AFOEG);
        assertEquals(euro("0.00"), r.grundbetrag());
        assertEquals(euro("0.00"), r.steigerungsbetrag());
        assertEquals(euro("0.00"), r.arbeitsentgelt());
        assertEquals(euro("0.00"), r.arbeitsfoerderungsgeld());
        assertEquals(euro("0.00"), r.auszahlung());
        assertTrue(r.zeilen().isEmpty());
        assertEquals(1, r.hinweise().size());
        assertTrue(r.hinweise().get(0).contains("Ausbildungsgeld von der Bundesagentur für Arbeit (§ 125 SGB III)"),
                r.hinweise().get(0));
    }

    @Test
    void invalid_input_is_refused_in_german() {
        assertEquals("Bitte den Steigerungsbetrag angeben.", assertThrows(IllegalArgumentException.class,
                () -> EntgeltRechner.berechne(MAERZ_2025, null, null, Bereich.AB, GRUNDBETRAG_2025, AFOEG))
                .getMessage());
        assertEquals("Der Steigerungsbetrag kann nicht negativ sein (-1,00 €).", assertThrows(
                IllegalArgumentException.class, () -> EntgeltRechner.berechne(MAERZ_2025, euro("-1.00"), null,
                        Bereich.AB, GRUNDBETRAG_2025, AFOEG)).getMessage());
        assertEquals("Für den Monat ist kein gesetzlicher Grundbetrag (§ 221 Abs. 2 SGB IX) angegeben.", assertThrows(
                IllegalArgumentException.class, () -> EntgeltRechner.berechne(MAERZ_2025, euro("117.00"), null,
                        Bereich.AB, null, AFOEG)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EntgeltRechner.berechne(MAERZ_2025,
                euro("117.005"), null, Bereich.AB, GRUNDBETRAG_2025, AFOEG)).getMessage()
                .endsWith("muss auf volle Cent lauten, nicht 117.005."));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Bereich.von("WfbM")).getMessage()
                .startsWith("Unbekannter Bereich „WfbM“"));
    }
}
