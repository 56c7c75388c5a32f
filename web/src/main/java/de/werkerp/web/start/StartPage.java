package de.werkerp.web.start;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.werkerp.start.boundary.StartseiteService;
import de.werkerp.web.security.CurrentUser;

/**
 * The start page per role (issue 17 item 3): what the role must do next, loaded on first use and only for the roles
 * the user holds, each through {@link StartseiteService}. The Träger-Admin keeps the overview of warnings and links.
 */
@Named
@RequestScoped
public class StartPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StartseiteService service;

    @Inject
    CurrentUser currentUser;

    private StartseiteService.Entgeltaufgaben entgelt;
    private StartseiteService.Leitungsaufgaben leitung;
    private StartseiteService.Ratsinformationen werkstattrat;
    private StartseiteService.Sozialdienstaufgaben sozialdienst;
    private List<StartseiteService.Wahltermine> wahlvorstand;

    private static LocalDate heute() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
    }

    public boolean isEntgeltSichtbar() {
        return currentUser.has("PAYROLL");
    }

    public boolean isLeitungSichtbar() {
        return currentUser.has("MANAGEMENT");
    }

    public boolean isWerkstattratSichtbar() {
        return currentUser.has("COUNCIL");
    }

    public boolean isSozialdienstSichtbar() {
        return currentUser.has("SOCIAL_SERVICE");
    }

    public boolean isWahlvorstandSichtbar() {
        return currentUser.has("ELECTION_BOARD");
    }

    public StartseiteService.Entgeltaufgaben getEntgelt() {
        if (entgelt == null && isEntgeltSichtbar()) {
            entgelt = service.entgelt(heute());
        }
        return entgelt;
    }

    public StartseiteService.Leitungsaufgaben getLeitung() {
        if (leitung == null && isLeitungSichtbar()) {
            leitung = service.leitung(heute());
        }
        return leitung;
    }

    public StartseiteService.Ratsinformationen getWerkstattrat() {
        if (werkstattrat == null && isWerkstattratSichtbar()) {
            werkstattrat = service.werkstattrat(heute());
        }
        return werkstattrat;
    }

    public StartseiteService.Sozialdienstaufgaben getSozialdienst() {
        if (sozialdienst == null && isSozialdienstSichtbar()) {
            sozialdienst = service.sozialdienst(heute());
        }
        return sozialdienst;
    }

    public List<StartseiteService.Wahltermine> getWahlvorstand() {
        if (wahlvorstand == null && isWahlvorstandSichtbar()) {
            wahlvorstand = service.wahlvorstand(heute());
        }
        return wahlvorstand;
    }
}
