package de.werkerp.wage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The stored and entered forms of the wage inputs: Entgeltordnung text (rules.md § 1, § 221 Abs. 2 SGB IX),
 * attendance day codes, public holidays per Land (working days), and the JSON form of statement lines.
 */
class EntgeltEingabeformatTest {

    @Test
    void lohnstufen_text_becomes_the_kernels_levels_with_decimal_comma() {
        Entgeltordnung o = EntgeltordnungText.ordnung("LOHNSTUFEN", null, null, null,
                "Stufe 1 = 50,00\nStufe 2 = 85\n\nStufe 3 = 1.120,50", null);
        Lohnstufenordnung l = assertInstanceOf(Lohnstufenordnung.class, o);
        assertEquals(new BigDecimal("1120.50"), l.stufen().get("Stufe 3"));
        Map<String, Bewertung> b = new LinkedHashMap<>();
        b.put("p", EntgeltordnungText.bewertung(null, "Stufe 2", null));
        assertEquals(new BigDecimal("85.00"), o.steigerungsbetraege(b).get("p").betrag());
    }

    @Test
    void kriterien_text_and_values_give_weighted_points_times_point_value() {
        // rules.md § 1 (c): Arbeitsmenge 0..10 weight 2, Arbeitsgüte 0..10 weight 1; 6 and 8 → 20 points × 2,00 €
        Entgeltordnung o = EntgeltordnungText.ordnung("KRITERIEN", new BigDecimal("2.00"), null, null, null,
                "Arbeitsmenge; 0; 10; 2\nArbeitsgüte; 0; 10; 1");
        Bewertung w = EntgeltordnungText.bewertung(null, null, "Arbeitsmenge = 6; Arbeitsgüte = 8");
        assertEquals(new BigDecimal("40.00"), o.steigerungsbetraege(Map.of("p", w)).get("p").betrag());
    }

    @Test
    void punktwert_needs_exactly_one_of_fixed_value_or_budget() {
        IllegalArgumentException beides = assertThrows(IllegalArgumentException.class, () -> EntgeltordnungText
                .ordnung("PUNKTWERT", BigDecimal.ONE, BigDecimal.TEN, null, null, null));
        assertTrue(beides.getMessage().contains("nicht beides"), beides.getMessage());
        IllegalArgumentException keins = assertThrows(IllegalArgumentException.class, () -> EntgeltordnungText
                .ordnung("PUNKTWERT", null, null, null, null, null));
        assertTrue(keins.getMessage().contains("Punktwert"), keins.getMessage());
    }

    @Test
    void bad_lines_are_refused_with_their_number() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntgeltordnungText.stufen("Stufe 1 = 50\nStufe 2 85"));
        assertTrue(e.getMessage().contains("Zeile 2"), e.getMessage());
        IllegalArgumentException z = assertThrows(IllegalArgumentException.class,
                () -> EntgeltordnungText.kriterien("Menge; 0; zehn; 1"));
        assertTrue(z.getMessage().contains("keine Zahl"), z.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EntgeltordnungText.bewertung(BigDecimal.ONE, "A", null));
    }

    @Test
    void day_codes_count_per_kind() {
        Anwesenheit a = Tagescode.zaehle("-AAKKOUSF-a");
        assertEquals(new Anwesenheit(3, 2, 1, 1, 1, 1), a);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tagescode.zaehle("AX"));
        assertTrue(e.getMessage().contains("„X“"), e.getMessage());
    }

    @Test
    void public_holidays_depend_on_the_land() {
        // Reformationstag 31.10. is a holiday in Niedersachsen, not in Bayern; Allerheiligen 1.11. the other way
        assertEquals(List.of(LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 31)),
                Feiertage.im(YearMonth.of(2025, 10), "NI"));
        assertEquals(List.of(LocalDate.of(2025, 10, 3)), Feiertage.im(YearMonth.of(2025, 10), "BY"));
        assertEquals(List.of(LocalDate.of(2025, 11, 1)), Feiertage.im(YearMonth.of(2025, 11), "BY"));
        // January 2025 in Niedersachsen: 23 weekdays, 1 January a holiday → 22 working days
        assertEquals(22, Arbeitstage.anzahl(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31),
                Feiertage.im(YearMonth.of(2025, 1), "NI")));
        assertThrows(IllegalArgumentException.class, () -> Feiertage.im(YearMonth.of(2025, 1), "XX"));
    }

    @Test
    void statement_lines_survive_the_json_round_trip_to_the_cent() {
        List<Rechenzeile> zeilen = List.of(
                Rechenzeile.berechnet(Komponente.GRUNDBETRAG, "Grundbetrag (§ 221 Abs. 2 SGB IX)", null, null,
                        new BigDecimal("133.00"), true),
                Rechenzeile.berechnet(Komponente.STEIGERUNGSBETRAG, "Kürzung wegen Teilzeit", new BigDecimal("50.00"),
                        new BigDecimal("-0.200000"), new BigDecimal("-10.00"), true),
                new Rechenzeile(Komponente.ABZUG, "300", "Mittagessen „Kantine“", null, null, new BigDecimal("-45.00"),
                        false));
        assertEquals(zeilen, RechenzeilenJson.zeilen(RechenzeilenJson.zeilen(zeilen)));
        assertEquals(List.of("a", "ä \"b\""), RechenzeilenJson.texte(RechenzeilenJson.texte(List.of("a", "ä \"b\""))));
        List<Rueckrechnung.Differenz> d = List.of(new Rueckrechnung.Differenz("AUSZAHLUNG", "Auszahlung",
                new BigDecimal("190.00"), new BigDecimal("185.45"), new BigDecimal("-4.55")));
        assertEquals(d, RechenzeilenJson.differenzen(RechenzeilenJson.differenzen(d)));
    }
}
