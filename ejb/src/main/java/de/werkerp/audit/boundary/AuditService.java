package de.werkerp.audit.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.werkerp.audit.entity.AuditEintrag;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.entity.Role;

/** Reads the audit trail of the caller's tenant, newest first. */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.AUDITOR})
public class AuditService {

    public static final int MAX_ROWS = 5000;

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    public List<AuditEintrag> latest(int maxRows) {
        return em.createQuery("SELECT a FROM AuditEintrag a ORDER BY a.zeitpunkt DESC, a.id DESC", AuditEintrag.class)
                .setMaxResults(Math.min(Math.max(maxRows, 1), MAX_ROWS))
                .getResultList();
    }

    public List<AuditEintrag> forObject(String objekttyp, Long objektId) {
        return em.createQuery("SELECT a FROM AuditEintrag a WHERE a.objekttyp = :t AND a.objektId = :id"
                + " ORDER BY a.zeitpunkt DESC, a.id DESC", AuditEintrag.class)
                .setParameter("t", objekttyp).setParameter("id", objektId)
                .getResultList();
    }
}
