package de.werkerp.web.platform;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import de.werkerp.platform.control.AccessDenied;
import de.werkerp.platform.control.ConcurrentChange;
import de.werkerp.platform.control.NotFound;
import de.werkerp.platform.control.ValidationFailure;

/**
 * Shows the outcome of a boundary call on a page: German messages, field errors next to their field
 * (the component with the field's name as id inside the given form), never a stack trace.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Runs a boundary call; on failure shows its messages and returns false. {@code formId} is the id
     * of the form whose inputs carry the field names as ids.
     */
    public static boolean attempt(String formId, Runnable call) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            call.run();
            return true;
        } catch (ValidationFailure failure) {
            for (ValidationFailure.FieldError error : failure.errors()) {
                String clientId = clientIdOf(faces, formId, error.field());
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
            }
        } catch (NotFound | AccessDenied | ConcurrentChange expected) {
            error(expected.getMessage());
        } catch (EJBException unexpected) {
            error("Die Aktion konnte nicht ausgeführt werden. Es wurde nichts gespeichert.");
        }
        faces.validationFailed();
        return false;
    }

    private static String clientIdOf(FacesContext faces, String formId, String field) {
        UIComponent form = faces.getViewRoot().findComponent(formId);
        if (form == null) {
            return null;
        }
        UIComponent input = form.findComponent(field);
        if (input == null) {
            input = suche(form, field); // inside a composite component (its own naming container)
        }
        return input == null ? null : input.getClientId(faces);
    }

    private static UIComponent suche(UIComponent parent, String id) {
        for (java.util.Iterator<UIComponent> it = parent.getFacetsAndChildren(); it.hasNext();) {
            UIComponent c = it.next();
            UIComponent found = id.equals(c.getId()) ? c : suche(c, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
