package de.werkerp.wage.boundary;

import java.util.stream.Collectors;

import jakarta.ejb.EJBException;

import de.werkerp.platform.control.ValidationFailure;

/** The German message of a failed computation, for the run's state. */
final class Hintergrundfehler {

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
        return "Die Berechnung ist mit einem technischen Fehler abgebrochen; es wurde nichts gespeichert ("
                + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()) + ").";
    }
}
