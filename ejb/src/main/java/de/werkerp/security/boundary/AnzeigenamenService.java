package de.werkerp.security.boundary;

import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.entity.Benutzer;

/**
 * The full names of the caller's tenant's users by user name, so that pages show "Erika Entgelt" where a record keeps
 * who did something as a user name (issue 17 item 2). Any tenant role may read it: the names are shown on pages the
 * role may already open.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.ELECTION_BOARD,
        Role.AUDITOR})
public class AnzeigenamenService {

    @Inject
    TenantRepository repository;

    /** User name -> full name (Anzeigename) of every user of the caller's tenant. */
    public Map<String, String> anzeigenamen() {
        Map<String, String> namen = new HashMap<>();
        for (Benutzer b : repository.list(Benutzer.class, "benutzername")) {
            if (b.getAnzeigename() != null && !b.getAnzeigename().isBlank()) {
                namen.put(b.getBenutzername(), b.getAnzeigename());
            }
        }
        return namen;
    }
}
