package de.werkerp.tenant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Traeger;

/** The caller's own tenant (name for the page header and documents). */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.AUDITOR,
        Role.ELECTION_BOARD})
public class TenantInfoService {

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Inject
    CallerContext callers;

    public Traeger ownTenant() {
        Caller caller = callers.require();
        return em.find(Traeger.class, caller.tenantId());
    }
}
