package de.werkerp.participation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.werkerp.participation.control.Personalschluessel.Funktion;
import de.werkerp.participation.control.Personalschluessel.Zeile;

/**
 * Muster-Leistungsvereinbarung Baden-Württemberg § 11 Abs. 3 (seed 001; rules.md § 7): Werkstattleitung 1 zu 120,
 * Verwaltung 1 zu 40 / ab 121. Platz 1 zu 50, QM usw. 1 zu 120, Gruppenleitung 1 zu 12, Sozialdienst 1 zu 120 /
 * seelische Behinderung 1 zu 60, Pflege bis zu 1 zu 80, Arbeitsvorbereitung bis zu 1 zu 120, Werkstattrat 1 zu 430.
 */
class PersonalschluesselTest {

    private static BigDecimal vk(String wert) {
        return new BigDecimal(wert);
    }

    @ParameterizedTest(name = "§ 11 Abs. 3: {0} bei {1} Plätzen ({2} seelisch) = {3} VK")
    @CsvSource({
            // Verwaltung: 120/40 = 3.00; 121 places = 120/40 + 1/50 = 3.02; 240 = 3 + 120/50 = 5.40
            "VERWALTUNG, 120, 0, 3.00", "VERWALTUNG, 121, 0, 3.02", "VERWALTUNG, 240, 0, 5.40",
            "VERWALTUNG, 40, 0, 1.00",
            "WERKSTATTLEITUNG, 120, 0, 1.00", "WERKSTATTLEITUNG, 121, 0, 1.01", "WERKSTATTLEITUNG, 240, 0, 2.00",
            "QM_IT_DATENSCHUTZ_ARBEITSSICHERHEIT, 240, 0, 2.00",
            // Gruppenleitung 121/12 = 10.083 -> 10.08
            "GRUPPENLEITUNG, 120, 0, 10.00", "GRUPPENLEITUNG, 121, 0, 10.08", "GRUPPENLEITUNG, 240, 0, 20.00",
            // Sozialdienst: 180/120 + 60/60 = 2.50; 75/120 + 25/60 = 0.625 + 0.4167 = 1.04; all seelisch 120/60 = 2
            "SOZIALDIENST, 240, 0, 2.00", "SOZIALDIENST, 240, 60, 2.50", "SOZIALDIENST, 100, 25, 1.04",
            "SOZIALDIENST, 120, 120, 2.00",
            // Pflege 2/80 = 0.025 -> 0.03 (HALF_UP, not 0.02)
            "PFLEGE, 240, 0, 3.00", "PFLEGE, 2, 0, 0.03",
            "ARBEITSVORBEREITUNG, 240, 0, 2.00", "HILFSKRAEFTE, 240, 0, 1.00",
            // Werkstattrat 240/430 = 0.558 -> 0.56
            "WERKSTATTRAT, 240, 0, 0.56", "WERKSTATTRAT, 430, 0, 1.00", "WERKSTATTRAT, 0, 0, 0.00"})
    void soll(Funktion funktion, int plaetze, int seelisch, String erwartet) {
        assertEquals(vk(erwartet), Personalschluessel.soll(funktion, plaetze, seelisch));
    }

    @Test
    void verwaltungBei121PlaetzenFehlen002Vk() {
        Zeile z = Personalschluessel.pruefe(Funktion.VERWALTUNG, 121, 0, vk("3"));
        assertEquals(vk("3.02"), z.soll());
        assertEquals(vk("-0.02"), z.differenz());
        assertFalse(z.erfuellt());
        assertEquals("Verwaltung: Personalschlüssel nicht erfüllt, es fehlen 0,02 VK (gefordert 3,02 VK, erfasst "
                + "3,00 VK; 1 zu 40, ab dem 121. Platz 1 zu 50, Muster-Leistungsvereinbarung § 11 Abs. 3).",
                z.bewertung());
    }

    @Test
    void genauErfuelltUndUeberErfuellt() {
        Zeile genau = Personalschluessel.pruefe(Funktion.WERKSTATTLEITUNG, 120, 0, vk("1.0"));
        assertTrue(genau.erfuellt());
        assertEquals(0, genau.differenz().signum());
        assertTrue(genau.bewertung().startsWith("Werkstattleitung: Personalschlüssel erfüllt, 1,00 VK wie gefordert"));
        Zeile mehr = Personalschluessel.pruefe(Funktion.GRUPPENLEITUNG, 240, 0, vk("21.5"));
        assertTrue(mehr.erfuellt());
        assertEquals(vk("1.50"), mehr.differenz());
        assertTrue(mehr.bewertung().contains("21,50 VK statt 20,00 VK, 1,50 VK mehr"), mehr.bewertung());
    }

    @Test
    void sozialdienstGemischtUnterdeckt() {
        // 240 places, 60 seelisch: 180/120 + 60/60 = 2.50 VK required, 2 entered
        Zeile z = Personalschluessel.pruefe(Funktion.SOZIALDIENST, 240, 60, vk("2"));
        assertEquals(vk("2.50"), z.soll());
        assertEquals(vk("-0.50"), z.differenz());
        assertFalse(z.erfuellt());
        assertTrue(z.bewertung().contains("es fehlen 0,50 VK"), z.bewertung());
        assertTrue(z.bewertung().contains("für Menschen mit seelischer Behinderung 1 zu 60"), z.bewertung());
    }

    @Test
    void pflegeIstHoechstwert() {
        // bis zu 1 zu 80: 240/80 = 3.00 VK at most; fewer is fine, more is flagged
        Zeile weniger = Personalschluessel.pruefe(Funktion.PFLEGE, 240, 0, vk("1"));
        assertTrue(weniger.erfuellt());
        assertEquals("Pflegekräfte: 1,00 VK liegen im Rahmen des Höchstwerts von 3,00 VK (bis zu 1 zu 80, "
                + "Muster-Leistungsvereinbarung § 11 Abs. 3).", weniger.bewertung());
        Zeile mehr = Personalschluessel.pruefe(Funktion.PFLEGE, 240, 0, vk("3.25"));
        assertFalse(mehr.erfuellt());
        assertEquals(vk("0.25"), mehr.differenz());
        assertTrue(mehr.bewertung().contains("um 0,25 VK über dem Höchstwert von 3,00 VK"), mehr.bewertung());
    }

    @Test
    void alleFunktionen240Plaetze() {
        Map<Funktion, BigDecimal> ist = new EnumMap<>(Funktion.class);
        ist.put(Funktion.WERKSTATTLEITUNG, vk("2"));
        ist.put(Funktion.VERWALTUNG, vk("5.4"));
        List<Zeile> zeilen = Personalschluessel.pruefe(240, 0, ist);
        assertEquals(Funktion.values().length, zeilen.size());
        assertTrue(zeilen.get(0).erfuellt());
        assertTrue(zeilen.get(1).erfuellt());
        Zeile gruppenleitung = zeilen.get(Funktion.GRUPPENLEITUNG.ordinal());
        assertEquals(BigDecimal.ZERO, gruppenleitung.ist());
        assertEquals(vk("-20.00"), gruppenleitung.differenz());
        assertFalse(gruppenleitung.erfuellt());
        assertTrue(zeilen.get(Funktion.PFLEGE.ordinal()).erfuellt());
    }

    @Test
    void ungueltigeEingaben() {
        assertThrows(IllegalArgumentException.class, () -> Personalschluessel.soll(Funktion.VERWALTUNG, -1, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Personalschluessel.soll(Funktion.SOZIALDIENST, 10, 11));
        assertEquals("Die Plätze für Menschen mit seelischer Behinderung (11) müssen zwischen 0 und der Gesamtzahl "
                + "der Plätze (10) liegen.", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Personalschluessel.pruefe(Funktion.VERWALTUNG, 10, 0, vk("-1")));
    }
}
