package de.werkerp.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import de.werkerp.security.boundary.KontoService;
import de.werkerp.web.platform.Messages;

/** The page "Passwort ändern": every signed-in user changes their own password. */
@Named
@RequestScoped
public class PasswortPage {

    @EJB
    KontoService konto;

    private String aktuellesPasswort;
    private String neuesPasswort;
    private String wiederholung;

    public void aendern() {
        String[] stand = new String[1];
        if (Messages.attempt("passwortForm",
                () -> stand[0] = konto.passwortAendern(aktuellesPasswort, neuesPasswort, wiederholung == null ? "" : wiederholung))) {
            // this session stays signed in; the user's other sessions end at their next request
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            request.getSession().setAttribute(WerkErpAuthenticationMechanism.SESSION_STAND, stand[0]);
            aktuellesPasswort = null;
            neuesPasswort = null;
            wiederholung = null;
            Messages.info("Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden beendet und Ihre API-Tokens widerrufen.");
        }
    }

    public String getAktuellesPasswort() {
        return aktuellesPasswort;
    }

    public void setAktuellesPasswort(String aktuellesPasswort) {
        this.aktuellesPasswort = aktuellesPasswort;
    }

    public String getNeuesPasswort() {
        return neuesPasswort;
    }

    public void setNeuesPasswort(String neuesPasswort) {
        this.neuesPasswort = neuesPasswort;
    }

    public String getWiederholung() {
        return wiederholung;
    }

    public void setWiederholung(String wiederholung) {
        this.wiederholung = wiederholung;
    }
}
