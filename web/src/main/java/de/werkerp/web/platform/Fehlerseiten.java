package de.werkerp.web.platform;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import de.werkerp.platform.control.AccessDenied;
import de.werkerp.platform.control.NotFound;

/**
 * Pages: an object that is not found (another tenant's or a missing id) answers 404, a role that may not open the page
 * or do the action answers 403 — each with the German error page ({@code fehler.xhtml} through the {@code web.xml}
 * error pages) and the boundary's message, instead of the generic 500 page. In an Ajax request the message is shown
 * on the page. Everything else keeps the container's handling.
 */
public class Fehlerseiten extends ExceptionHandlerWrapper {

    /** Request attribute with the German message for {@code fehler.xhtml}. */
    public static final String MELDUNG = "werkerp.fehlermeldung";
    private static final Logger LOG = Logger.getLogger(Fehlerseiten.class.getName());

    public Fehlerseiten(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml. */
    public static class Fabrik extends ExceptionHandlerFactory {
        public Fabrik(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new Fehlerseiten(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext();) {
            Throwable ursache = bekannt(it.next().getContext().getException());
            if (ursache == null || fc == null) {
                continue;
            }
            int status = ursache instanceof NotFound ? 404 : 403;
            ExternalContext ec = fc.getExternalContext();
            if (fc.getPartialViewContext().isAjaxRequest()) {
                fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ursache.getMessage(), null));
                it.remove();
                continue;
            }
            if (ec.isResponseCommitted()) {
                continue;
            }
            try {
                ec.getRequestMap().put(MELDUNG, ursache.getMessage());
                ec.responseSendError(status, ursache.getMessage());
                fc.responseComplete();
                it.remove();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Fehlerseite konnte nicht gesendet werden", e);
            }
        }
        getWrapped().handle();
    }

    /** The NotFound or AccessDenied behind the Faces, EL and EJB wrappers, if any. */
    static Throwable bekannt(Throwable t) {
        for (int i = 0; t != null && i < 20; i++, t = t.getCause()) {
            if (t instanceof NotFound || t instanceof AccessDenied) {
                return t;
            }
        }
        return null;
    }
}
