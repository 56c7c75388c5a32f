package de.werkerp.web.security;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import de.werkerp.security.boundary.ZweifaktorService;
import de.werkerp.web.platform.Messages;

/**
 * The page "Zwei-Faktor-Anmeldung" (account menu): set up TOTP (secret as text and QR code, confirmed with a code,
 * then the recovery codes once), new recovery codes, switch off. The only page a Träger-Admin or Betreiber without
 * the required second factor can reach.
 */
@Named
@ViewScoped
public class ZweifaktorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ZweifaktorService service;

    private String geheimnisGruppiert;
    private String qrCode;
    private String code;
    private String passwort;
    private List<String> wiederherstellungscodes;

    public ZweifaktorService.Status getStatus() {
        return service.status();
    }

    public void beginnen() {
        Messages.attempt("zweifaktorForm", () -> {
            ZweifaktorService.Einrichtung e = service.beginnen();
            geheimnisGruppiert = e.gruppiert();
            qrCode = e.qrCode();
            wiederherstellungscodes = null;
        });
    }

    public void bestaetigen() {
        if (Messages.attempt("zweifaktorForm", () -> wiederherstellungscodes = service.bestaetigen(code))) {
            geheimnisGruppiert = null;
            qrCode = null;
            code = null;
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            request.getSession().removeAttribute(WerkErpAuthenticationMechanism.SESSION_EINRICHTEN);
            Messages.info("Die Zwei-Faktor-Anmeldung ist eingerichtet.");
        }
    }

    public void neueCodes() {
        if (Messages.attempt("verwaltungForm", () -> wiederherstellungscodes = service.neueWiederherstellungscodes(code))) {
            code = null;
            Messages.info("Neue Wiederherstellungscodes erzeugt; die bisherigen gelten nicht mehr.");
        }
    }

    public void abschalten() {
        if (Messages.attempt("verwaltungForm", () -> service.abschalten(passwort, code))) {
            code = null;
            passwort = null;
            wiederherstellungscodes = null;
            Messages.info("Die Zwei-Faktor-Anmeldung ist abgeschaltet.");
        }
    }

    public boolean isEinrichtungLaeuft() {
        return geheimnisGruppiert != null;
    }

    public String getGeheimnisGruppiert() {
        return geheimnisGruppiert;
    }

    public String getQrCode() {
        return qrCode;
    }

    public List<String> getWiederherstellungscodes() {
        return wiederherstellungscodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPasswort() {
        return passwort;
    }

    public void setPasswort(String passwort) {
        this.passwort = passwort;
    }
}
