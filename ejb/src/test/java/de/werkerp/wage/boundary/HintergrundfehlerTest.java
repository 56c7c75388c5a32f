package de.werkerp.wage.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJBException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.platform.control.ValidationFailure;

/** The message a failed Entgelt run keeps: German, the rule's own text, never a class name. */
class HintergrundfehlerTest {

    @Test
    @DisplayName("Technischer Fehler: deutsche Meldung ohne Klassennamen und ohne technischen Text")
    void technischer_fehler() {
        String m = Hintergrundfehler.meldung(new EJBException(new IllegalArgumentException(
                "Unbekanntes Bundesland „null“")));
        assertTrue(m.startsWith("Die Berechnung ist mit einem technischen Fehler abgebrochen; es wurde nichts "
                + "gespeichert."), m);
        assertFalse(m.contains("Exception") || m.contains("null") || m.contains("Bundesland"), m);
    }

    @Test
    @DisplayName("Fachlicher Fehler: die Meldungen der Prüfung, eine je Zeile")
    void fachlicher_fehler() {
        ValidationFailure v = new ValidationFailure(List.of(new ValidationFailure.FieldError("lauf",
                "Für Anna Albers fehlt die Krankenkasse."), new ValidationFailure.FieldError("lauf",
                "Für 2027 fehlen die Rechengrößen.")));
        assertEquals("Für Anna Albers fehlt die Krankenkasse.\nFür 2027 fehlen die Rechengrößen.",
                Hintergrundfehler.meldung(new EJBException(v)));
    }
}
