package de.werkerp.costing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.werkerp.costing.control.Kostenkalkulation.Eingabe;
import de.werkerp.costing.control.Kostenkalkulation.Ergebnis;
import de.werkerp.costing.control.Kostenkalkulation.Fixkosten;
import de.werkerp.costing.control.Kostenkalkulation.Personal;
import de.werkerp.costing.control.Kostenkalkulation.Sachkosten;
import de.werkerp.participation.control.Personalschluessel;

/**
 * The aLA cost calculation (seed 003 ch. 6.1, Tab. 1 and Tab. 2; rules.md § 7): daily rate = yearly costs ÷ (places ×
 * 250 days); depreciation linear, buildings 2.45 %, inventory 12.5 %; staffing ratios of seed 001 § 11 Abs. 3.
 */
class KostenkalkulationTest {

    private static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    private static Personal personal(Personalfunktion f, String stunden, String brutto) {
        return new Personal(f, null, new BigDecimal(stunden), eur(brutto));
    }

    private static Fixkosten fix(Fixkostenart art, String betrag) {
        return new Fixkosten(art, null, eur(betrag));
    }

    private static Sachkosten sach(Sachkostenart art, String betrag) {
        return new Sachkosten(art, null, eur(betrag));
    }

    /**
     * Our own numbers in the structure of seed 003 Tab. 1 (12 places, 250 days, Arbeitsbereich; full time 39 h).
     *
     * <pre>
     * Personalkosten (FTE = h ÷ 39; cost = FTE × employer gross of a full-time post)
     *   Leitung                       3,9 h → 0,10 VK × 78.000,00 =  7.800,00
     *   Gruppenleiter*in (1:12)      39,0 h → 1,00 VK × 62.400,00 = 62.400,00
     *   Begleitender Dienst (1:120)   3,9 h → 0,10 VK × 70.200,00 =  7.020,00
     *   Verwaltung                   11,7 h → 0,30 VK × 54.600,00 = 16.380,00
     *   Summe                                                       93.600,00
     * Fixe Kosten
     *   Abschreibung Gebäude   200.000,00 × 2,45 % =  4.900,00
     *   Abschreibung Inventar   40.000,00 × 12,5 % =  5.000,00
     *   Instandhaltung                                1.500,00
     *   Zinsen                                          600,00
     *   Summe                                        12.000,00
     * Variable Kosten (Tab. 2): 1.800 + 1.200 + 400 + 600 + 900 + 1.000 + 0 + 1.200 + 500 + 900 + 1.500 + 1.000
     *                                              = 11.000,00
     * Gesamtkosten                                  116.600,00
     * je Platz und Jahr   116.600 ÷ 12         =   9.716,666… →  9.716,67
     * je Platz und Monat  116.600 ÷ (12 × 12)  =     809,722… →    809,72
     * je Platz und Tag    116.600 ÷ (12 × 250) = 116.600 ÷ 3.000 = 38,8666… → 38,87
     *   davon Personal  93.600 ÷ 3.000 = 31,20; fix 12.000 ÷ 3.000 = 4,00; Sachkosten 11.000 ÷ 3.000 = 3,666… → 3,67
     * </pre>
     */
    static Eingabe beispielTab1() {
        return new Eingabe(12, 0, 250, 60, new BigDecimal("39"), Kostenkalkulation.STANDARD_SATZ_GEBAEUDE,
                Kostenkalkulation.STANDARD_SATZ_INVENTAR,
                List.of(personal(Personalfunktion.LEITUNG, "3.9", "78000.00"),
                        personal(Personalfunktion.GRUPPENLEITUNG, "39", "62400.00"),
                        personal(Personalfunktion.BEGLEITENDER_DIENST, "3.9", "70200.00"),
                        personal(Personalfunktion.VERWALTUNG, "11.7", "54600.00")),
                List.of(fix(Fixkostenart.ABSCHREIBUNG_GEBAEUDE, "200000.00"),
                        fix(Fixkostenart.ABSCHREIBUNG_INVENTAR, "40000.00"),
                        fix(Fixkostenart.INSTANDHALTUNG, "1500.00"), fix(Fixkostenart.ZINSEN, "600.00"),
                        fix(Fixkostenart.MIETE, "0.00")),
                List.of(sach(Sachkostenart.BRENNSTOFFE, "1800.00"), sach(Sachkostenart.UEBRIGE_ENERGIE, "1200.00"),
                        sach(Sachkostenart.WASSER, "400.00"), sach(Sachkostenart.TREIBSTOFFE, "600.00"),
                        sach(Sachkostenart.MATERIAL, "900.00"), sach(Sachkostenart.FREMDE_LEISTUNGEN, "1000.00"),
                        sach(Sachkostenart.PFLEGERISCHER_SACHAUFWAND, "0.00"), sach(Sachkostenart.BETREUUNG, "1200.00"),
                        sach(Sachkostenart.LEHRMITTEL, "500.00"), sach(Sachkostenart.VERWALTUNG, "900.00"),
                        sach(Sachkostenart.ZENTRALE_LEISTUNGEN, "1500.00"),
                        sach(Sachkostenart.STEUERN_VERSICHERUNG, "1000.00")));
    }

    @Test
    void tab1_structure_with_own_numbers_gives_the_hand_checked_daily_rate() {
        Ergebnis r = Kostenkalkulation.berechne(beispielTab1());
        // staff lines: FTE, hours per place and week (the Tab. 1 column), yearly cost
        assertEquals(List.of("0.10", "1.00", "0.10", "0.30"),
                r.personal().stream().map(p -> p.vk().toPlainString()).toList());
        assertEquals(List.of("0.33", "3.25", "0.33", "0.98"),
                r.personal().stream().map(p -> p.stundenJePlatz().toPlainString()).toList());
        assertEquals(List.of("7800.00", "62400.00", "7020.00", "16380.00"),
                r.personal().stream().map(p -> p.kostenJahr().toPlainString()).toList());
        assertEquals(eur("93600.00"), r.personalkosten());
        assertEquals(eur("1.50"), r.vkGesamt());
        // fixed costs: depreciation linear with the default rates of ch. 6.1
        assertEquals(eur("4900.00"), r.fixkosten().get(0).kostenJahr());
        assertEquals(eur("2.45"), r.fixkosten().get(0).satz());
        assertEquals(eur("5000.00"), r.fixkosten().get(1).kostenJahr());
        assertNull(r.fixkosten().get(2).satz());
        assertEquals(eur("12000.00"), r.fixeKosten());
        assertEquals(12, r.sachkosten().size());
        assertEquals(eur("11000.00"), r.sachkostenSumme());
        // totals and the rate
        assertEquals(eur("116600.00"), r.gesamtkosten());
        assertEquals(3000, r.kostentage());
        assertEquals(eur("9716.67"), r.jePlatzJahr());
        assertEquals(eur("809.72"), r.jePlatzMonat());
        assertEquals(eur("38.87"), r.jePlatzTag());
        assertEquals(eur("31.20"), r.personalJePlatzTag());
        assertEquals(eur("4.00"), r.fixJePlatzTag());
        assertEquals(eur("3.67"), r.sachJePlatzTag());
        assertTrue(r.hinweise().get(0).contains("250 Tage") && r.hinweise().get(0).contains("60 Fehltage"),
                r.hinweise().get(0));
    }

    /**
     * Seed 001 § 11 Abs. 3 for 12 places: Gruppenleitung 12/12 = 1,00 VK, Sozialdienst 12/120 = 0,10, Werkstattleitung
     * 0,10, Verwaltung 12/40 = 0,30 — met; QM/IT 12/120 = 0,10 and Werkstattrat 12/430 = 0,0279 → 0,03 missing.
     */
    @Test
    void staffing_ratios_of_seed_001_are_checked_per_function() {
        Ergebnis r = Kostenkalkulation.berechne(beispielTab1());
        assertFalse(r.personalschluesselErfuellt());
        Personalschluessel.Zeile gl = zeile(r, Personalschluessel.Funktion.GRUPPENLEITUNG);
        assertTrue(gl.erfuellt(), gl.bewertung());
        assertEquals(eur("1.00"), gl.soll());
        assertTrue(zeile(r, Personalschluessel.Funktion.SOZIALDIENST).erfuellt());
        assertTrue(zeile(r, Personalschluessel.Funktion.WERKSTATTLEITUNG).erfuellt());
        assertTrue(zeile(r, Personalschluessel.Funktion.VERWALTUNG).erfuellt());
        Personalschluessel.Zeile qm = zeile(r, Personalschluessel.Funktion.QM_IT_DATENSCHUTZ_ARBEITSSICHERHEIT);
        assertFalse(qm.erfuellt());
        assertEquals(eur("0.10"), qm.soll());
        assertEquals(eur("0.03"), zeile(r, Personalschluessel.Funktion.WERKSTATTRAT).soll());
        assertTrue(r.hinweise().stream().anyMatch(h -> h.contains("QM, IT") && h.contains("nicht erfüllt")),
                r.hinweise().toString());
    }

    /** Half a Gruppenleitung is missing: 19.5 h of 39 → 0,50 VK against 1,00 VK required (1 zu 12). */
    @Test
    void too_few_group_leaders_are_flagged_and_two_lines_of_one_function_add_up() {
        Eingabe e = beispielTab1();
        List<Personal> personal = new ArrayList<>(e.personal());
        personal.set(1, personal(Personalfunktion.GRUPPENLEITUNG, "19.5", "62400.00"));
        Ergebnis halb = Kostenkalkulation.berechne(mitPersonal(e, personal));
        Personalschluessel.Zeile gl = zeile(halb, Personalschluessel.Funktion.GRUPPENLEITUNG);
        assertFalse(gl.erfuellt());
        assertTrue(gl.bewertung().contains("es fehlen 0,50 VK"), gl.bewertung());
        personal.add(personal(Personalfunktion.GRUPPENLEITUNG, "19.5", "60000.00"));
        Ergebnis voll = Kostenkalkulation.berechne(mitPersonal(e, personal));
        assertTrue(zeile(voll, Personalschluessel.Funktion.GRUPPENLEITUNG).erfuellt());
        // 0.5 × 62,400 + 0.5 × 60,000 = 61,200 instead of 62,400
        assertEquals(eur("92400.00"), voll.personalkosten());
    }

    /** FTE are not rounded before multiplying: 10 h of 39 = 0,2564… VK × 50.000 = 12.820,51 (not 0,26 × 50.000). */
    @Test
    void fte_is_exact_in_the_cost_and_rounded_once_per_line() {
        Eingabe e = new Eingabe(8, 0, 250, 60, new BigDecimal("39"), Kostenkalkulation.STANDARD_SATZ_GEBAEUDE,
                Kostenkalkulation.STANDARD_SATZ_INVENTAR,
                List.of(personal(Personalfunktion.GRUPPENLEITUNG, "10", "50000.00")), List.of(), List.of());
        Ergebnis r = Kostenkalkulation.berechne(e);
        assertEquals(eur("0.26"), r.personal().get(0).vk());
        assertEquals(eur("12820.51"), r.personal().get(0).kostenJahr());
        // 12,820.51 ÷ (8 × 250) = 6.41025… → 6.41
        assertEquals(eur("6.41"), r.jePlatzTag());
    }

    /** The depreciation rates are parameters: buildings at 3 % instead of 2.45 %. */
    @Test
    void depreciation_rates_are_parameters() {
        Eingabe e = beispielTab1();
        Eingabe drei = new Eingabe(e.plaetze(), 0, 250, 60, e.vollzeitStunden(), new BigDecimal("3.00"),
                e.satzInventar(), e.personal(), e.fixkosten(), e.sachkosten());
        assertEquals(eur("6000.00"), Kostenkalkulation.berechne(drei).fixkosten().get(0).kostenJahr());
    }

    @Test
    void bad_input_is_refused_with_a_german_message_naming_the_field() {
        Eingabe e = beispielTab1();
        Kalkulationsfehler null_plaetze = assertThrows(Kalkulationsfehler.class, () -> Kostenkalkulation.berechne(
                new Eingabe(0, 0, 250, 60, e.vollzeitStunden(), e.satzGebaeude(), e.satzInventar(), e.personal(),
                        e.fixkosten(), e.sachkosten())));
        assertEquals("plaetze", null_plaetze.feld());
        assertTrue(null_plaetze.getMessage().startsWith("Bitte mindestens 1 Platz angeben"), null_plaetze.getMessage());

        List<Sachkosten> sach = new ArrayList<>(e.sachkosten());
        sach.set(2, sach(Sachkostenart.WASSER, "-400.00"));
        Kalkulationsfehler negativ = assertThrows(Kalkulationsfehler.class, () -> Kostenkalkulation.berechne(
                new Eingabe(12, 0, 250, 60, e.vollzeitStunden(), e.satzGebaeude(), e.satzInventar(), e.personal(),
                        e.fixkosten(), sach)));
        assertEquals("sachkosten", negativ.feld());
        assertEquals("Sachkosten, Zeile 3: Der Jahresbetrag für Wasser/Abwasser darf nicht negativ sein, nicht "
                + "-400,00 €: Kosten werden als positive Jahresbeträge erfasst.", negativ.getMessage());

        assertEquals("tage", assertThrows(Kalkulationsfehler.class, () -> Kostenkalkulation.berechne(
                new Eingabe(12, 0, 0, 0, e.vollzeitStunden(), e.satzGebaeude(), e.satzInventar(), List.of(),
                        List.of(), List.of()))).feld());
        assertEquals("finanzierteFehltage", assertThrows(Kalkulationsfehler.class, () -> Kostenkalkulation.berechne(
                new Eingabe(12, 0, 250, 251, e.vollzeitStunden(), e.satzGebaeude(), e.satzInventar(), List.of(),
                        List.of(), List.of()))).feld());
        assertEquals("vollzeitStunden", assertThrows(Kalkulationsfehler.class, () -> Kostenkalkulation.berechne(
                new Eingabe(12, 0, 250, 60, new BigDecimal("50"), e.satzGebaeude(), e.satzInventar(), List.of(),
                        List.of(), List.of()))).feld());
        assertEquals("satzInventar", assertThrows(Kalkulationsfehler.class, () -> Kostenkalkulation.berechne(
                new Eingabe(12, 0, 250, 60, e.vollzeitStunden(), e.satzGebaeude(), new BigDecimal("-1"), List.of(),
                        List.of(), List.of()))).feld());
        assertEquals("plaetzeSeelisch", assertThrows(Kalkulationsfehler.class, () -> Kostenkalkulation.berechne(
                new Eingabe(12, 13, 250, 60, e.vollzeitStunden(), e.satzGebaeude(), e.satzInventar(), List.of(),
                        List.of(), List.of()))).feld());
        Kalkulationsfehler stunden = assertThrows(Kalkulationsfehler.class, () -> Kostenkalkulation.berechne(
                mitPersonal(e, List.of(personal(Personalfunktion.LEITUNG, "-1", "1000.00")))));
        assertEquals("personal", stunden.feld());
        assertTrue(stunden.getMessage().contains("Personal, Zeile 1"), stunden.getMessage());
        Kalkulationsfehler cent = assertThrows(Kalkulationsfehler.class, () -> Kostenkalkulation.berechne(
                mitPersonal(e, List.of(personal(Personalfunktion.LEITUNG, "1", "1000.001")))));
        assertTrue(cent.getMessage().contains("volle Cent"), cent.getMessage());
    }

    @Test
    void comparison_with_the_previous_version_shows_the_differences() {
        Ergebnis alt = Kostenkalkulation.berechne(beispielTab1());
        Eingabe e = beispielTab1();
        List<Sachkosten> sach = new ArrayList<>(e.sachkosten());
        sach.add(sach(Sachkostenart.LEHRMITTEL, "3000.00"));
        Ergebnis neu = Kostenkalkulation.berechne(new Eingabe(12, 0, 250, 60, e.vollzeitStunden(), e.satzGebaeude(),
                e.satzInventar(), e.personal(), e.fixkosten(), sach));
        var zeilen = Fassungsvergleich.vergleiche(alt, neu);
        var tag = zeilen.stream().filter(z -> z.bezeichnung().equals("Kosten je Platz und Tag")).findFirst()
                .orElseThrow();
        // 119,600 ÷ 3,000 = 39.8666… → 39.87; difference 1.00
        assertEquals(eur("39.87"), tag.jetzt());
        assertEquals(eur("1.00"), tag.differenz());
        assertEquals(eur("3000.00"), zeilen.stream().filter(z -> z.bezeichnung().startsWith("Variable"))
                .findFirst().orElseThrow().differenz());
    }

    private static Eingabe mitPersonal(Eingabe e, List<Personal> personal) {
        return new Eingabe(e.plaetze(), e.plaetzeSeelisch(), e.tage(), e.finanzierteFehltage(), e.vollzeitStunden(),
                e.satzGebaeude(), e.satzInventar(), personal, e.fixkosten(), e.sachkosten());
    }

    private static Personalschluessel.Zeile zeile(Ergebnis r, Personalschluessel.Funktion f) {
        return r.personalschluessel().stream().filter(z -> z.funktion() == f).findFirst().orElseThrow();
    }
}
