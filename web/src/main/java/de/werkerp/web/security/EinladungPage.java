package de.werkerp.web.security;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.security.boundary.Einladungsannahme;
import de.werkerp.security.control.Einladungsregel;
import de.werkerp.web.platform.Messages;

/** The public page "Einladung annehmen" ({@code einladung.xhtml?token=…}): the invitee chooses the own password. */
@Named
@ViewScoped
public class EinladungPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Einladungsannahme annahme;

    private String token;
    private Boolean benutzbar;
    private boolean angenommen;
    private String passwort;
    private String wiederholung;

    public boolean isBenutzbar() {
        if (benutzbar == null) {
            benutzbar = annahme.benutzbar(token);
        }
        return benutzbar;
    }

    public String getUngueltig() {
        return Einladungsregel.UNGUELTIG;
    }

    public void annehmen() {
        if (Messages.attempt("einladungForm", () -> {
            if (wiederholung == null || !wiederholung.equals(passwort)) {
                throw new ValidationFailure("wiederholung", "Die Wiederholung stimmt nicht mit dem Passwort überein.");
            }
            annahme.annehmen(token, passwort);
        })) {
            angenommen = true;
            passwort = null;
            wiederholung = null;
        } else if (!annahme.benutzbar(token)) {
            benutzbar = false;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isAngenommen() {
        return angenommen;
    }

    public String getPasswort() {
        return passwort;
    }

    public void setPasswort(String passwort) {
        this.passwort = passwort;
    }

    public String getWiederholung() {
        return wiederholung;
    }

    public void setWiederholung(String wiederholung) {
        this.wiederholung = wiederholung;
    }
}
