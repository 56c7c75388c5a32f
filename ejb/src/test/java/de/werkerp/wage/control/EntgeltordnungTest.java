package de.werkerp.wage.control;

import static de.werkerp.wage.control.Testdaten.euro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.reference.control.Validity;
import de.werkerp.reference.control.ValidityTable;
import de.werkerp.wage.control.Punktwertordnung.Budgetrundung;

/**
 * The Entgeltordnung's forms for the leistungsangemessenen Steigerungsbetrag (§ 221 Abs. 2 SGB IX; co-determined by
 * the Werkstattrat, § 5 Abs. 2 Nr. 3 WMVO; rules.md § 1).
 */
class EntgeltordnungTest {

    private static Bewertung punkte(String p) {
        return new Bewertung.Punkte(new BigDecimal(p));
    }

    private static Map<String, Bewertung> punkte(String... namePunkte) {
        Map<String, Bewertung> m = new LinkedHashMap<>();
        for (int i = 0; i < namePunkte.length; i += 2) {
            m.put(namePunkte[i], punkte(namePunkte[i + 1]));
        }
        return m;
    }

    private static BigDecimal summe(Map<String, Rechenzeile> zeilen) {
        return zeilen.values().stream().map(Rechenzeile::betrag).reduce(euro("0.00"), BigDecimal::add);
    }

    // (a) points × point value

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX, form (a): points × fixed point value, HALF_UP to the cent")
    void p221_abs2_points_times_fixed_point_value() {
        Map<String, Rechenzeile> r = Punktwertordnung.fest(euro("9.75"))
                .steigerungsbetraege(punkte("Anna", "12", "Ben", "12.5", "Cem", "0"));
        assertEquals(euro("117.00"), r.get("Anna").betrag());
        assertEquals(euro("121.88"), r.get("Ben").betrag()); // 121.875 → 121.88
        assertEquals(euro("0.00"), r.get("Cem").betrag());
        Rechenzeile anna = r.get("Anna");
        assertEquals("Steigerungsbetrag: 12 Punkte × Punktwert 9,75 €", anna.bezeichnung());
        assertEquals(new BigDecimal("12"), anna.basis());
        assertEquals(euro("9.75"), anna.faktor());
        assertEquals(Komponente.STEIGERUNGSBETRAG, anna.komponente());
        assertTrue(anna.arbeitsentgelt());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX, form (a): budget ÷ points, point value rounded down to 4 decimals, amounts down to the cent")
    void p221_abs2_budget_point_value_rounded_down() {
        Map<String, Rechenzeile> r = Punktwertordnung.ausBudget(euro("1000.00"), Budgetrundung.PUNKTWERT_ABGERUNDET)
                .steigerungsbetraege(punkte("A", "10", "B", "20", "C", "30"));
        // 1000 ÷ 60 = 16.6666…, rounded down: 16.6666
        assertEquals(new BigDecimal("16.6666"), r.get("A").faktor());
        assertEquals(euro("166.66"), r.get("A").betrag()); // 166.666
        assertEquals(euro("333.33"), r.get("B").betrag()); // 333.332
        assertEquals(euro("499.99"), r.get("C").betrag()); // 499.998
        assertEquals(euro("999.98"), summe(r)); // 2 cents stay in the budget
        assertEquals("Steigerungsbetrag: 10 Punkte × Punktwert 16,6666 € (Budget 1.000,00 € ÷ 60 Punkte, Punktwert "
                + "und Betrag abgerundet)", r.get("A").bezeichnung());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX, form (a): budget distributed by largest remainder, sum = budget exactly")
    void p221_abs2_budget_largest_remainder() {
        Map<String, Rechenzeile> r = Punktwertordnung.ausBudget(euro("1000.00"), Budgetrundung.RESTCENT_VERTEILUNG)
                .steigerungsbetraege(punkte("A", "10", "B", "20", "C", "30"));
        assertEquals(euro("166.67"), r.get("A").betrag()); // 166.666… gets the remaining cent
        assertEquals(euro("333.33"), r.get("B").betrag());
        assertEquals(euro("500.00"), r.get("C").betrag());
        assertEquals(euro("1000.00"), summe(r));
        assertTrue(r.get("A").bezeichnung().endsWith("Restcent-Verteilung: + 0,01 €"), r.get("A").bezeichnung());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX, form (a): commercial rounding would exceed the budget, both methods do not")
    void p221_abs2_budget_never_exceeded_where_half_up_would() {
        BigDecimal budget = euro("10.01");
        // what the kernel does NOT do: point value down to 4 decimals, each amount HALF_UP
        BigDecimal punktwert = budget.divide(new BigDecimal("3"), 4, RoundingMode.DOWN);
        BigDecimal halfUp = punktwert.setScale(2, RoundingMode.HALF_UP).multiply(new BigDecimal("3"));
        assertEquals(euro("10.02"), halfUp); // one cent more than the budget

        Map<String, Bewertung> drei = punkte("A", "1", "B", "1", "C", "1");
        Map<String, Rechenzeile> ab = Punktwertordnung.ausBudget(budget, Budgetrundung.PUNKTWERT_ABGERUNDET)
                .steigerungsbetraege(drei);
        assertEquals(euro("9.99"), summe(ab));
        Map<String, Rechenzeile> rest = Punktwertordnung.ausBudget(budget, Budgetrundung.RESTCENT_VERTEILUNG)
                .steigerungsbetraege(drei);
        // equal remainders: the remaining 2 cents go to the first two in order
        assertEquals(List.of(euro("3.34"), euro("3.34"), euro("3.33")),
                rest.values().stream().map(Rechenzeile::betrag).toList());
        assertEquals(budget, summe(rest));
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX, form (a): 500 random Einrichtungen, the budget is never exceeded")
    void p221_abs2_budget_never_exceeded_random() {
        Random random = new Random(20250301L);
        for (int lauf = 0; lauf < 500; lauf++) {
            Map<String, Bewertung> bewertungen = new LinkedHashMap<>();
            int personen = 1 + random.nextInt(40);
            BigDecimal summePunkte = BigDecimal.ZERO;
            for (int i = 0; i < personen; i++) {
                BigDecimal p = BigDecimal.valueOf(random.nextInt(200)).divide(new BigDecimal("4")); // 0, 0.25 … 49.75
                summePunkte = summePunkte.add(p);
                bewertungen.put("P" + i, new Bewertung.Punkte(p));
            }
            BigDecimal budget = BigDecimal.valueOf(random.nextInt(2_000_000), 2); // 0.00 … 19,999.99
            Map<String, Rechenzeile> ab = Punktwertordnung.ausBudget(budget, Budgetrundung.PUNKTWERT_ABGERUNDET)
                    .steigerungsbetraege(bewertungen);
            Map<String, Rechenzeile> rest = Punktwertordnung.ausBudget(budget, Budgetrundung.RESTCENT_VERTEILUNG)
                    .steigerungsbetraege(bewertungen);
            assertTrue(summe(ab).compareTo(budget) <= 0, "Lauf " + lauf + ": " + summe(ab) + " > " + budget);
            if (summePunkte.signum() > 0) {
                assertEquals(budget, summe(rest), "Lauf " + lauf);
            }
            for (String k : bewertungen.keySet()) {
                BigDecimal genau = summePunkte.signum() == 0 ? BigDecimal.ZERO
                        : ((Bewertung.Punkte) bewertungen.get(k)).punkte().multiply(budget)
                                .divide(summePunkte, 10, RoundingMode.HALF_UP);
                BigDecimal abweichung = rest.get(k).betrag().subtract(genau).abs();
                assertTrue(abweichung.compareTo(euro("0.01")) < 0, "Lauf " + lauf + ", " + k + ": " + abweichung);
                assertTrue(ab.get(k).betrag().compareTo(genau) <= 0 && ab.get(k).betrag().signum() >= 0);
            }
        }
    }

    @Test
    void a_budget_with_no_points_pays_nothing() {
        Map<String, Rechenzeile> r = Punktwertordnung.ausBudget(euro("500.00"), Budgetrundung.RESTCENT_VERTEILUNG)
                .steigerungsbetraege(punkte("A", "0"));
        assertEquals(euro("0.00"), r.get("A").betrag());
    }

    // (b) Lohnstufen

    private final Lohnstufenordnung stufen = new Lohnstufenordnung(Map.of(
            "1", euro("60.00"), "2", euro("90.00"), "3", euro("117.00")));

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX, form (b): the level's amount")
    void p221_abs2_lohnstufe() {
        Map<String, Rechenzeile> r = stufen.steigerungsbetraege(Map.of("Anna", new Bewertung.Lohnstufe("3")));
        assertEquals(euro("117.00"), r.get("Anna").betrag());
        assertEquals("Steigerungsbetrag: Lohnstufe 3", r.get("Anna").bezeichnung());
    }

    @Test
    void an_unknown_level_or_another_form_is_refused() {
        assertTrue(stufen.pruefe(new Bewertung.Lohnstufe("4")).get(0)
                .startsWith("Die Lohnstufe „4“ gibt es in der Entgeltordnung nicht"));
        assertEquals(List.of("Die Entgeltordnung rechnet mit Lohnstufen, die Leistungsbeurteilung enthält Punkte."),
                stufen.pruefe(punkte("12")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Punktwertordnung.fest(euro("9.75")).steigerungsbetraege(Map.of("A", new Bewertung.Lohnstufe("3"))));
        assertEquals("Die Entgeltordnung rechnet mit Punkten, die Leistungsbeurteilung enthält eine Lohnstufe.",
                e.getMessage());
    }

    // (c) weighted criteria

    private static Kriterienordnung.Kriterium kriterium(String name, String gewicht) {
        return new Kriterienordnung.Kriterium(name, new BigDecimal("1"), new BigDecimal("5"), new BigDecimal(gewicht));
    }

    private static final List<Kriterienordnung.Kriterium> KRITERIEN = List.of(kriterium("Arbeitsmenge", "3"),
            kriterium("Arbeitsgüte", "3"), kriterium("Selbständigkeit", "2"), kriterium("Zuverlässigkeit", "1"));

    private static Bewertung werte(int menge, int guete, int selbst, int verlass) {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put("Arbeitsmenge", BigDecimal.valueOf(menge));
        w.put("Arbeitsgüte", BigDecimal.valueOf(guete));
        w.put("Selbständigkeit", BigDecimal.valueOf(selbst));
        w.put("Zuverlässigkeit", BigDecimal.valueOf(verlass));
        return new Bewertung.Kriterienwerte(w);
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX (Arbeitsmenge und Arbeitsgüte), form (c): Σ value × weight = points, × point value")
    void p221_abs2_weighted_criteria() {
        Kriterienordnung ordnung = new Kriterienordnung(KRITERIEN, new Punktwertordnung.Fest(euro("3.90")));
        Map<String, Rechenzeile> r = ordnung.steigerungsbetraege(Map.of("Anna", werte(4, 3, 3, 3)));
        // 4 × 3 + 3 × 3 + 3 × 2 + 3 × 1 = 30 points × 3.90 € = 117.00 €
        assertEquals(euro("117.00"), r.get("Anna").betrag());
        assertEquals("Steigerungsbetrag: 30 Punkte (Arbeitsmenge 4 × 3 + Arbeitsgüte 3 × 3 + Selbständigkeit 3 × 2 "
                + "+ Zuverlässigkeit 3 × 1) × Punktwert 3,90 €", r.get("Anna").bezeichnung());
    }

    @Test
    @DisplayName("§ 221 Abs. 2 SGB IX, form (c) with a budget: 30 and 20 points share 250 €")
    void p221_abs2_weighted_criteria_with_budget() {
        Kriterienordnung ordnung = new Kriterienordnung(KRITERIEN,
                new Punktwertordnung.AusBudget(euro("250.00"), Budgetrundung.RESTCENT_VERTEILUNG));
        Map<String, Bewertung> b = new LinkedHashMap<>();
        b.put("Anna", werte(4, 3, 3, 3)); // 30
        b.put("Ben", werte(2, 2, 2, 2)); // 18
        b.put("Cem", werte(1, 1, 1, 1)); // 9
        Map<String, Rechenzeile> r = ordnung.steigerungsbetraege(b);
        // 250 × 30/57 = 131.578…, × 18/57 = 78.947…, × 9/57 = 39.473…: floors 131.57 + 78.94 + 39.47 = 249.98
        assertEquals(euro("131.58"), r.get("Anna").betrag());
        assertEquals(euro("78.95"), r.get("Ben").betrag());
        assertEquals(euro("39.47"), r.get("Cem").betrag());
        assertEquals(euro("250.00"), summe(r));
    }

    @Test
    void criteria_off_the_scale_missing_or_unknown_are_refused() {
        Kriterienordnung ordnung = new Kriterienordnung(KRITERIEN, new Punktwertordnung.Fest(euro("3.90")));
        assertEquals(List.of("Der Wert 6 für „Arbeitsmenge“ liegt außerhalb der Skala 1 bis 5."),
                ordnung.pruefe(werte(6, 3, 3, 3)));
        assertEquals(List.of("Das Kriterium „Arbeitsgüte“ ist nicht bewertet.",
                "Das Kriterium „Pünktlichkeit“ gibt es in der Entgeltordnung nicht."),
                ordnung.pruefe(new Bewertung.Kriterienwerte(Map.of("Arbeitsmenge", BigDecimal.ONE,
                        "Selbständigkeit", BigDecimal.ONE, "Zuverlässigkeit", BigDecimal.ONE,
                        "Pünktlichkeit", BigDecimal.ONE))));
        assertThrows(IllegalArgumentException.class, () -> new Kriterienordnung(
                List.of(kriterium("Arbeitsmenge", "1"), kriterium("Arbeitsmenge", "2")), new Punktwertordnung.Fest(
                        euro("1.00"))));
    }

    // versions

    private static Entgeltordnung.Fassung fassung(String von, String bis, Entgeltordnung ordnung) {
        return new Entgeltordnung.Fassung(new Validity(LocalDate.parse(von), bis == null ? null : LocalDate.parse(bis)),
                "Entgeltordnung ab " + von, ordnung);
    }

    @Test
    @DisplayName("§ 5 Abs. 2 Nr. 3 WMVO: the version of the Entgeltordnung valid in the month applies, for whole months")
    void wmvo_p5_versions_by_month() {
        List<Entgeltordnung.Fassung> fassungen = List.of(
                fassung("2024-01-01", "2024-12-31", stufen),
                fassung("2025-01-01", null, Punktwertordnung.fest(euro("9.75"))));
        assertEquals(stufen, Entgeltordnung.gueltigIm(fassungen, YearMonth.of(2024, 12)).ordnung());
        assertEquals(Punktwertordnung.fest(euro("9.75")),
                Entgeltordnung.gueltigIm(fassungen, YearMonth.of(2025, 3)).ordnung());
        assertEquals("Für die Entgeltordnung ist am 01.12.2023 kein Wert hinterlegt.", assertThrows(
                ValidityTable.MissingReferenceValue.class,
                () -> Entgeltordnung.gueltigIm(fassungen, YearMonth.of(2023, 12))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fassung("2025-03-15", null, stufen))
                .getMessage().contains("muss an einem Monatsersten beginnen, nicht am 15.03.2025"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fassung("2025-01-01", "2025-03-30", stufen))
                .getMessage().contains("muss an einem Monatsletzten enden"));
    }
}
