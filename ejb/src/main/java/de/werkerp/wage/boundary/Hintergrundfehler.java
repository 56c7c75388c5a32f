package de.werkerp.wage.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ejb.EJBException;

import de.werkerp.platform.control.ValidationFailure;

/** The German message of a failed computation, for the run's state. */
final class Hintergrundfehler {

    private static final Logger LOG = Logger.getLogger(Hintergrundfehler.class.getName());

    private Hintergrundfehler() {
    }

    static String meldung(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ValidationFailure v) {
            return v.errors().stream().map(ValidationFailure.FieldError::message).collect(Collectors.joining("\n"));
        }
        // no class names or technical text for the user: the details go to the server log
        LOG.log(Level.SEVERE, "Entgeltberechnung abgebrochen", e);
        return "Die Berechnung ist mit einem technischen Fehler abgebrochen; es wurde nichts gespeichert. Bitte prüfen "
                + "Sie die Einstellungen und Eingaben des Monats und berechnen Sie erneut; bleibt der Fehler, hilft der "
                + "Betrieb mit dem Server-Protokoll (Zeitpunkt der Berechnung).";
    }
}
