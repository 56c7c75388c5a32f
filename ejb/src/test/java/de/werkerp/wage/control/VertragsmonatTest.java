package de.werkerp.wage.control;

import static de.werkerp.wage.control.Testdaten.eingabe;
import static de.werkerp.wage.control.Testdaten.euro;
import static de.werkerp.wage.control.Testdaten.mit;
import static de.werkerp.wage.control.Testdaten.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A month entered or left in the middle: Grundbetrag and Steigerungsbetrag (§ 221 Abs. 2 SGB IX) pro rata by
 * calendar days of the contract ÷ calendar days of the month, HALF_UP to the cent.
 */
class VertragsmonatTest {

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX pro rata: entry on the 16th of a 30-day month → 15/30")
    void p221_abs2_entry_on_the_16th_of_a_30_day_month() {
        YearMonth april = YearMonth.of(2025, 4);
        Entgeltabrechnung r = standard(eingabe(april, "117.00").mitVertrag(LocalDate.of(2025, 4, 16), null));
        assertEquals(euro("66.50"), r.grundbetrag()); // 133 × 15/30
        assertEquals(euro("58.50"), r.steigerungsbetrag()); // 117 × 15/30
        assertEquals(euro("125.00"), r.arbeitsentgelt());
        assertEquals(euro("52.00"), r.arbeitsfoerderungsgeld()); // § 59 as worded: monthly amount
        Rechenzeile zeile = r.zeilen(Komponente.GRUNDBETRAG).get(1);
        assertEquals("Grundbetrag anteilig für 15 von 30 Kalendertagen (16.04.2025 bis 30.04.2025)",
                zeile.bezeichnung());
        assertEquals(euro("133.00"), zeile.basis());
        assertEquals(euro("-0.500000"), zeile.faktor());
        assertEquals(euro("-66.50"), zeile.betrag());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX pro rata: entry on the 16th of a 31-day month → 16/31")
    void p221_abs2_entry_on_the_16th_of_a_31_day_month() {
        Entgeltabrechnung r = standard(eingabe(YearMonth.of(2025, 3), "117.00").mitVertrag(LocalDate.of(2025, 3, 16),
                null));
        assertEquals(euro("68.65"), r.grundbetrag()); // 133 × 16/31 = 68.645…
        assertEquals(euro("60.39"), r.steigerungsbetrag()); // 117 × 16/31 = 60.387…
        assertEquals(euro("129.04"), r.arbeitsentgelt());
        assertEquals(euro("52.00"), r.arbeitsfoerderungsgeld());
        assertEquals(euro("181.04"), r.auszahlung());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX pro rata: exit on 28 February of a leap year → 28/29 (Grundbetrag 126 € in 2024)")
    void p221_abs2_exit_on_28_february_of_a_leap_year() {
        Entgelteingabe e = Entgelteingabe.fuer(YearMonth.of(2024, 2), Bereich.AB, euro("126.00"),
                Rechenzeile.steigerungsbetrag(euro("117.00"))).mitVertrag(LocalDate.of(2019, 9, 1),
                        LocalDate.of(2024, 2, 28));
        Entgeltabrechnung r = standard(e);
        assertEquals(euro("121.66"), r.grundbetrag()); // 126 × 28/29 = 121.655…
        assertEquals(euro("112.97"), r.steigerungsbetrag()); // 117 × 28/29 = 112.965…
        assertEquals(euro("234.63"), r.arbeitsentgelt());
        assertEquals(euro("-4.34"), r.zeilen(Komponente.GRUNDBETRAG).get(1).betrag());
        assertEquals(euro("-4.03"), r.zeilen(Komponente.STEIGERUNGSBETRAG).get(1).betrag());
    }

    @Test
    @DisplayName("§ 59 Abs. 1 SGB IX in a partial month: prorated only if the Einrichtung chooses so")
    void p59_abs1_afoeg_in_a_partial_month_by_setting() {
        Entgelteingabe e = eingabe(YearMonth.of(2025, 3), "117.00").mitVertrag(LocalDate.of(2025, 3, 16), null);
        Entgeltabrechnung r = mit(Entgelteinstellungen.STANDARD.mitAfoegAnteiligImTeilmonat(true), e);
        assertEquals(euro("26.84"), r.arbeitsfoerderungsgeld()); // 52 × 16/31 = 26.838…
        assertEquals(2, r.zeilen(Komponente.ARBEITSFOERDERUNGSGELD).size());
        assertFalse(r.zeilen(Komponente.ARBEITSFOERDERUNGSGELD).get(1).arbeitsentgelt());
        assertEquals(euro("129.04"), r.arbeitsentgelt());
    }

    @Test
    void the_part_of_the_month_and_its_working_days() {
        Vertragsmonat vm = Vertragsmonat.von(YearMonth.of(2025, 3), LocalDate.of(2025, 3, 16), null);
        assertEquals(16, vm.kalendertage());
        assertEquals(31, vm.kalendertageDesMonats());
        assertEquals(11, vm.arbeitstage(List.of())); // Mon 17 – Mon 31
        assertTrue(Vertragsmonat.ganz(YearMonth.of(2025, 3)).ganzerMonat());
        assertEquals(21, Vertragsmonat.ganz(YearMonth.of(2025, 3)).arbeitstage(List.of()));
        // May 2025: 22 weekdays, minus 1 May and Ascension Day (29 May), both Thursdays
        assertEquals(20, Vertragsmonat.ganz(YearMonth.of(2025, 5)).arbeitstage(
                List.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 29), LocalDate.of(2025, 5, 31))));
    }

    @Test
    void a_contract_outside_the_month_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> standard(
                eingabe(YearMonth.of(2025, 3), "117.00").mitVertrag(LocalDate.of(2024, 1, 1),
                        LocalDate.of(2025, 2, 28))));
        assertEquals("Der Vertrag (01.01.2024 bis 28.02.2025) besteht im Monat 03/2025 an keinem Tag: für diesen "
                + "Monat wird kein Entgelt berechnet.", e.getMessage());
    }
}
