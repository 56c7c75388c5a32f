package de.werkerp.web.security;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import de.werkerp.security.boundary.AnzeigenamenService;

/**
 * {@code #{namen.von(login)}}: the full name of a user of the caller's tenant instead of the user name a record keeps
 * (issue 17 item 2: "berechnet von Erika Entgelt", not "entgelt"); an unknown name (a deleted user, the operator)
 * stays as it is. Read once per request.
 */
@Named("namen")
@RequestScoped
public class Namen {

    @EJB
    AnzeigenamenService service;

    private Map<String, String> namen;

    public String von(String benutzername) {
        if (benutzername == null || benutzername.isBlank()) {
            return benutzername;
        }
        if (namen == null) {
            namen = service.anzeigenamen();
        }
        return namen.getOrDefault(benutzername, benutzername);
    }
}
