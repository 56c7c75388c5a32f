package de.werkerp.wage.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.wage.control.Laufmonitor;

/**
 * Runs the computation of an Entgeltlauf in the background, as the user who started it ({@link CallerContext#runAs}:
 * same tenant, same roles). A failure is recorded in the run (its results stay as they were).
 */
@Stateless
public class EntgeltlaufHintergrund {

    @EJB
    EntgeltlaufService service;

    @Inject
    CallerContext callers;

    @Inject
    Laufmonitor monitor;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void berechne(Caller caller, Long laufId) {
        callers.runAs(caller, () -> {
            try {
                service.berechnen(laufId);
            } catch (RuntimeException e) {
                service.fehlschlag(laufId, Hintergrundfehler.meldung(e));
            } finally {
                monitor.beende(laufId);
            }
        });
    }
}
