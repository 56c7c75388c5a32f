package de.werkerp.wage.control;

import static de.werkerp.wage.control.Testdaten.MAERZ_2025;
import static de.werkerp.wage.control.Testdaten.eingabe;
import static de.werkerp.wage.control.Testdaten.euro;
import static de.werkerp.wage.control.Testdaten.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Corrections of a closed month (Rückrechnung): difference per component; the payout difference is settled in the
 * next open month as an item that is not Arbeitsentgelt (the Arbeitsentgelt belongs to the corrected month,
 * § 22 Abs. 1 SGB IV).
 */
class RueckrechnungTest {

    private static final YearMonth MAI_2025 = YearMonth.of(2025, 5);

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX, § 22 SGB IV: a higher Steigerungsbetrag for 03/2025 is paid in 05/2025")
    void p221_abs2_additional_payment() {
        Rueckrechnung r = Rueckrechnung.vergleiche(standard(eingabe(MAERZ_2025, "117.00")),
                standard(eingabe(MAERZ_2025, "130.00")));
        assertEquals(List.of(
                new Rueckrechnung.Differenz("GRUNDBETRAG", "Grundbetrag", euro("133.00"), euro("133.00"), euro("0.00")),
                new Rueckrechnung.Differenz("STEIGERUNGSBETRAG", "Steigerungsbetrag", euro("117.00"), euro("130.00"),
                        euro("13.00")),
                new Rueckrechnung.Differenz("ARBEITSENTGELT", "Arbeitsentgelt", euro("250.00"), euro("263.00"),
                        euro("13.00")),
                new Rueckrechnung.Differenz("ARBEITSFOERDERUNGSGELD", "Arbeitsförderungsgeld", euro("52.00"),
                        euro("52.00"), euro("0.00")),
                new Rueckrechnung.Differenz("AUSZAHLUNG", "Auszahlung", euro("302.00"), euro("315.00"), euro("13.00"))),
                r.differenzen());
        Lohnposten nachzahlung = r.alsLohnposten(MAI_2025, "N01", "R01").orElseThrow();
        assertEquals(new Lohnposten("N01", "Nachzahlung aus Rückrechnung 03/2025", Komponente.EINMALZAHLUNG,
                euro("13.00"), false), nachzahlung);
        // paid in May: more payout, but no more Arbeitsentgelt in May
        Entgeltabrechnung mai = standard(eingabe(MAI_2025, "117.00").mitLohnposten(List.of(nachzahlung)));
        assertEquals(euro("250.00"), mai.arbeitsentgelt());
        assertEquals(euro("315.00"), mai.auszahlung());
    }

    @Test
    @DisplayName("§ 59 Abs. 1 SGB IX: a higher Arbeitsentgelt above 299 € lowers the AFöG, the payout stays the same")
    void p59_abs1_afoeg_offsets_the_correction() {
        Rueckrechnung r = Rueckrechnung.vergleiche(standard(eingabe(MAERZ_2025, "166.00")),
                standard(eingabe(MAERZ_2025, "200.00")));
        assertEquals(euro("34.00"), r.differenz(Rueckrechnung.ARBEITSENTGELT).orElseThrow().differenz()); // 299 → 333
        assertEquals(euro("-34.00"), r.differenz("ARBEITSFOERDERUNGSGELD").orElseThrow().differenz()); // 52 → 18
        assertEquals(euro("0.00"), r.auszahlungsdifferenz()); // 351 both
        assertTrue(r.alsLohnposten(MAI_2025, "N01", "R01").isEmpty());
        assertFalse(r.unveraendert());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX: unexcused absence recorded late is reclaimed as a deduction; a removed item shows as 0")
    void p221_abs2_reclaim_and_removed_item() {
        Lohnposten zulage = new Lohnposten("Z10", "Schmutzzulage", Komponente.ZULAGE, euro("10.00"), true);
        Entgeltabrechnung alt = standard(eingabe(MAERZ_2025, "117.00").mitLohnposten(List.of(zulage)));
        Entgeltabrechnung neu = standard(eingabe(MAERZ_2025, "117.00")
                .mitAnwesenheit(new Anwesenheit(18, 0, 0, 0, 0, 3)));
        Rueckrechnung r = Rueckrechnung.vergleiche(alt, neu);
        assertEquals(new Rueckrechnung.Differenz("ZULAGE:Z10", "Schmutzzulage (Z10)", euro("10.00"), euro("0.00"),
                euro("-10.00")), r.differenz("ZULAGE:Z10").orElseThrow());
        assertEquals(euro("-16.71"), r.differenz("STEIGERUNGSBETRAG").orElseThrow().differenz());
        assertEquals(euro("-26.71"), r.differenz(Rueckrechnung.ARBEITSENTGELT).orElseThrow().differenz());
        assertEquals(euro("-26.71"), r.auszahlungsdifferenz());
        assertEquals(new Lohnposten("R01", "Rückforderung aus Rückrechnung 03/2025", Komponente.ABZUG,
                euro("-26.71"), false), r.alsLohnposten(MAI_2025, "N01", "R01").orElseThrow());
    }

    @Test
    void an_unchanged_month_and_invalid_corrections() {
        Entgeltabrechnung maerz = standard(eingabe(MAERZ_2025, "117.00"));
        assertTrue(Rueckrechnung.vergleiche(maerz, maerz).unveraendert());
        assertEquals("Eine Rückrechnung vergleicht zwei Abrechnungen desselben Monats, nicht 03/2025 mit 05/2025.",
                assertThrows(IllegalArgumentException.class, () -> Rueckrechnung.vergleiche(maerz,
                        standard(eingabe(MAI_2025, "117.00")))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rueckrechnung.vergleiche(maerz, maerz)
                .alsLohnposten(MAERZ_2025, "N01", "R01"));
    }
}
