package de.werkerp.web.tenant;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.primefaces.PrimeFaces;

import de.werkerp.tenant.boundary.TraegerService;
import de.werkerp.tenant.entity.Traeger;
import de.werkerp.web.platform.Adresse;
import de.werkerp.web.platform.Messages;

/** Operator page "Träger": create tenants and invite their first admin by e-mail, deactivate. */
@Named
@ViewScoped
public class TraegerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TraegerService service;

    private List<Traeger> traeger;
    private List<Traeger> filtered;
    private Traeger neuer;
    private String adminBenutzername;
    private String adminName;
    private String adminEmail;

    @PostConstruct
    void load() {
        traeger = service.traeger();
    }

    public void neu() {
        neuer = new Traeger();
        adminBenutzername = null;
        adminName = null;
        adminEmail = null;
    }

    public void anlegen() {
        if (Messages.attempt("traegerForm", () -> service.create(neuer, adminBenutzername, adminName, adminEmail,
                Adresse.basisUrl((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())))) {
            Messages.info("Träger „" + neuer.getName() + "“ angelegt; die Einladung für „" + adminBenutzername
                    + "“ ging an " + adminEmail + ".");
            load();
            PrimeFaces.current().executeScript("PF('traegerDialog').hide()");
        }
    }

    public void aktivSetzen(Traeger t, boolean aktiv) {
        if (Messages.attempt("traegerForm", () -> service.setAktiv(t.getId(), aktiv))) {
            Messages.info(aktiv ? "Träger wieder aktiviert." : "Träger deaktiviert: seine Benutzer können sich nicht mehr anmelden.");
            load();
        }
    }

    public List<Traeger> getTraeger() {
        return traeger;
    }

    public List<Traeger> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Traeger> filtered) {
        this.filtered = filtered;
    }

    public Traeger getNeuer() {
        return neuer;
    }

    public String getAdminBenutzername() {
        return adminBenutzername;
    }

    public void setAdminBenutzername(String adminBenutzername) {
        this.adminBenutzername = adminBenutzername;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
