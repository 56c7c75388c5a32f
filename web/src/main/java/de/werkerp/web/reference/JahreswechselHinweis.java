package de.werkerp.web.reference;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.werkerp.reference.boundary.RechengroessenService;
import de.werkerp.web.security.CurrentUser;

/**
 * The start page's warning of the yearly change (rules.md § 3: from 1 November while next year's Rechengrößen are
 * missing), shown to the payroll roles (Entgelt, Träger-Admin) and the operator, who enters them.
 */
@Named
@RequestScoped
public class JahreswechselHinweis {

    @EJB
    RechengroessenService service;

    @Inject
    CurrentUser currentUser;

    private String warnung;
    private boolean geladen;

    public String getWarnung() {
        if (!geladen) {
            geladen = true;
            warnung = currentUser.has("TENANT_ADMIN,PAYROLL,OPERATOR")
                    ? service.jahreswechselWarnung().orElse(null) : null;
        }
        return warnung;
    }
}
