package de.werkerp.web.contract;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.boundary.Warnung;
import de.werkerp.web.security.CurrentUser;

/** The dashboard's open warnings (for the roles that work with people and contracts). */
@Named
@RequestScoped
public class WarnungenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VertragService service;

    @Inject
    CurrentUser currentUser;

    private List<Warnung> warnungen;

    public boolean isSichtbar() {
        // payroll and management get their bounded start page sections (StartPage) instead of the full list
        return currentUser.has("TENANT_ADMIN,SOCIAL_SERVICE");
    }

    public List<Warnung> getWarnungen() {
        if (warnungen == null) {
            warnungen = isSichtbar() ? service.warnungen(VertragService.heute()) : List.of();
        }
        return warnungen;
    }
}
