package de.werkerp.participation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.werkerp.participation.control.Teilhabeberichtsfaelligkeit.Faelligkeit;
import de.werkerp.participation.control.Teilhabeberichtsfaelligkeit.Grund;

/**
 * Muster-Leistungsvereinbarung Baden-Württemberg § 13 Abs. 6 (seed 001): personenbezogener Teilhabebericht
 * "i. d. R. alle zwei Jahre", vorzulegen nach/ohne Aufforderung.
 */
class TeilhabeberichtsfaelligkeitTest {

    private static final Teilhabeberichtsfaelligkeit REGEL = Teilhabeberichtsfaelligkeit.STANDARD;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "§ 13 Abs. 6: Beginn {0} + 24 Monate = {1}")
    @CsvSource({"2024-03-15, 2026-03-15", "2024-01-31, 2026-01-31", "2024-02-29, 2026-02-28",
            "2023-02-28, 2025-02-28", "2022-02-28, 2024-02-28", "2024-08-31, 2026-08-31"})
    void zweiJahreNachBeginn(String beginn, String faellig) {
        Faelligkeit f = REGEL.faelligkeit(d(beginn), null, null);
        assertEquals(d(faellig), f.faelligAm());
        assertEquals(Grund.BEGINN_ARBEITSBEREICH, f.grund());
    }

    @Test
    void letzterBerichtIstSpaeter() {
        Faelligkeit f = REGEL.faelligkeit(d("2020-09-01"), d("2024-05-31"), null);
        assertEquals(d("2026-05-31"), f.faelligAm());
        assertEquals(Grund.LETZTER_BERICHT, f.grund());
    }

    @Test
    void berichtVorBeginnZaehltNicht() {
        // e.g. a report from the Berufsbildungsbereich before the start in the Arbeitsbereich
        Faelligkeit f = REGEL.faelligkeit(d("2024-10-01"), d("2024-09-15"), null);
        assertEquals(d("2026-10-01"), f.faelligAm());
        assertEquals(Grund.BEGINN_ARBEITSBEREICH, f.grund());
    }

    @Test
    void anderesIntervallAusLeistungsvereinbarung() {
        Faelligkeit f = new Teilhabeberichtsfaelligkeit(12).faelligkeit(d("2024-01-31"), null, null);
        assertEquals(d("2025-01-31"), f.faelligAm());
        assertThrows(IllegalArgumentException.class, () -> new Teilhabeberichtsfaelligkeit(0));
    }

    @Test
    void fruehereAnforderungDesLeistungstraegers() {
        Faelligkeit f = REGEL.faelligkeit(d("2024-01-31"), null, d("2025-06-30"));
        assertEquals(d("2025-06-30"), f.faelligAm());
        assertEquals(Grund.ANFORDERUNG_LEISTUNGSTRAEGER, f.grund());
        // a later request does not postpone the regular report
        Faelligkeit spaeter = REGEL.faelligkeit(d("2024-01-31"), null, d("2026-06-30"));
        assertEquals(d("2026-01-31"), spaeter.faelligAm());
        assertEquals(Grund.BEGINN_ARBEITSBEREICH, spaeter.grund());
    }

    @Test
    void faelligInnerhalb90Tagen() {
        Faelligkeit f = REGEL.faelligkeit(d("2024-01-31"), null, null); // due 31.01.2026
        assertFalse(f.faelligInnerhalb(d("2025-11-01"))); // 91 days before
        assertTrue(f.faelligInnerhalb(d("2025-11-02"))); // exactly 90 days before
        assertTrue(f.faelligInnerhalb(d("2026-01-31"))); // on the due date
        assertFalse(f.faelligInnerhalb(d("2026-02-01"))); // overdue, no longer "within"
        assertTrue(f.faelligInnerhalb(d("2025-12-31"), 31));
        assertFalse(f.faelligInnerhalb(d("2025-12-31"), 30));
        assertThrows(IllegalArgumentException.class, () -> f.faelligInnerhalb(d("2025-12-31"), -1));
    }

    @Test
    void ueberfaellig() {
        Faelligkeit f = REGEL.faelligkeit(d("2024-02-29"), null, null); // due 28.02.2026
        assertFalse(f.ueberfaellig(d("2026-02-28")));
        assertTrue(f.ueberfaellig(d("2026-03-01")));
        assertEquals("Der Teilhabebericht ist seit 3 Tagen überfällig (fällig am 28.02.2026 nach Beginn im "
                + "Arbeitsbereich).", f.meldung(d("2026-03-03")));
        assertEquals("Der nächste Teilhabebericht ist am 28.02.2026 fällig (nach Beginn im Arbeitsbereich).",
                f.meldung(d("2026-01-10")));
    }
}
