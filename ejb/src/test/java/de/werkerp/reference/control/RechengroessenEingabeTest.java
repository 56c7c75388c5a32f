package de.werkerp.reference.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import de.werkerp.platform.control.ValidationFailure.FieldError;

/** rules.md § 3: a year's figures are entered completely and with their source; never a guessed year. */
class RechengroessenEingabeTest {

    private static RechengroessenEingabe jahr2027(String ost, String rechtsquelle, String fundstelle) {
        return new RechengroessenEingabe(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), new BigDecimal("4095.00"),
                ost == null ? null : new BigDecimal(ost), new BigDecimal("14.6"), new BigDecimal("3.1"),
                new BigDecimal("3.6"), new BigDecimal("0.6"), new BigDecimal("0.25"), new BigDecimal("18.6"),
                rechtsquelle, fundstelle);
    }

    private static Map<String, String> fehler(RechengroessenEingabe e) {
        return e.pruefe().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
    }

    @Test
    void vollstaendig_mit_quelle_ist_gueltig() {
        assertEquals(List.of(), jahr2027(null, "SVBezGrV 2027; § 242a SGB V", "BGBl. 2026 I Nr. 1").pruefe());
    }

    @Test
    void quelle_ist_pflicht() {
        Map<String, String> f = fehler(jahr2027(null, " ", null));
        assertEquals(2, f.size(), f.toString());
        assertEquals("Bitte die Fundstelle der Verordnung bzw. Bekanntmachung angeben (z. B. „BGBl. 2026 I Nr. 350“).",
                f.get("fundstelle"));
        assertEquals(true, f.get("rechtsquelle").startsWith("Bitte die Rechtsgrundlage angeben"));
    }

    @Test
    void keine_bezugsgroesse_ost_ab_2025_und_jede_zahl_pflicht() {
        assertEquals(Map.of("bezugsgroesseOst", "Ab 2025 gibt es nur eine Bezugsgröße; bitte das Feld „Bezugsgröße Ost“"
                + " leer lassen."), fehler(jahr2027("3900", "SVBezGrV 2027", "BGBl.")));
        RechengroessenEingabe leer = new RechengroessenEingabe(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 12, 30),
                null, null, null, null, null, null, null, null, "x", "y");
        assertEquals(java.util.Set.of("gueltigAb", "gueltigBis", "bezugsgroesseWest", "kvAllgemeinerSatz",
                "kvZusatzbeitragDurchschnitt", "pvSatz", "pvZuschlagKinderlos", "pvAbschlagJeKind", "rvSatz"),
                fehler(leer).keySet());
    }
}
