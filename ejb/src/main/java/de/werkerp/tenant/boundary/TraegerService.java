package de.werkerp.tenant.boundary;

import java.util.EnumSet;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.persistence.config.PersistenceUnitProperties;

import de.werkerp.audit.control.AuditTrail;
import de.werkerp.audit.entity.AuditAction;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.CallerDirectory;
import de.werkerp.platform.control.NotFound;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.control.PasswordHasher;
import de.werkerp.security.entity.Benutzer;
import de.werkerp.tenant.entity.Traeger;

/**
 * Operators create and deactivate tenants (Träger) and give each its first tenant admin. They see
 * the tenants' names only, never their data.
 */
@Stateless
@TenantGuarded
@Allow(Role.OPERATOR)
public class TraegerService {

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerDirectory directory;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    public List<Traeger> traeger() {
        return em.createQuery("SELECT t FROM Traeger t ORDER BY t.name", Traeger.class).getResultList();
    }

    public Traeger find(Long id) {
        Traeger traeger = id == null ? null : em.find(Traeger.class, id);
        if (traeger == null) {
            throw new NotFound("Der Träger wurde nicht gefunden.");
        }
        return traeger;
    }

    /**
     * Creates a tenant and its first tenant admin in one transaction: both or nothing. The tenant
     * context is switched to the new tenant only for writing that admin (and its audit line).
     */
    public Traeger create(Traeger traeger, String adminBenutzername, String adminName, String adminPasswort) {
        validate(traeger);
        Long taken = em.createQuery("SELECT COUNT(t) FROM Traeger t WHERE t.kennung = :k", Long.class)
                .setParameter("k", traeger.getKennung()).getSingleResult();
        if (taken > 0) {
            throw new ValidationFailure("kennung", "Diese Kennung ist bereits vergeben.");
        }
        if (adminBenutzername != null && directory.isNameTaken(adminBenutzername)) {
            throw new ValidationFailure("adminBenutzername", "Dieser Benutzername ist bereits vergeben.");
        }
        Benutzer admin = new Benutzer(adminBenutzername, adminName, EnumSet.of(Role.TENANT_ADMIN));
        admin.setPasswortHash(hasher.hash(adminPasswort));
        for (ConstraintViolation<Benutzer> v : validator.validate(admin)) {
            String field = v.getPropertyPath().toString();
            throw new ValidationFailure("admin" + Character.toUpperCase(field.charAt(0)) + field.substring(1), v.getMessage());
        }
        em.persist(traeger);
        em.flush();
        Caller operator = callers.require();
        em.setProperty(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, String.valueOf(traeger.getId()));
        em.persist(admin);
        em.flush();
        callers.runAs(new Caller(operator.username() + " (Betrieb)", traeger.getId(), EnumSet.of(Role.TENANT_ADMIN)),
                () -> audit.created(admin));
        return traeger;
    }

    /** (De)activates a tenant; the change goes into that tenant's own audit trail, as the operator. */
    public Traeger setAktiv(Long id, boolean aktiv) {
        Traeger traeger = find(id);
        boolean vorher = traeger.isAktiv();
        traeger.setAktiv(aktiv);
        if (vorher != aktiv) {
            Caller operator = callers.require();
            em.setProperty(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, String.valueOf(traeger.getId()));
            callers.runAs(new Caller(operator.username() + " (Betrieb)", traeger.getId(), EnumSet.of(Role.TENANT_ADMIN)),
                    () -> audit.ereignis(AuditAction.STATUS, "Träger", traeger.getId(), "aktiv",
                            String.valueOf(vorher), String.valueOf(aktiv)));
        }
        return traeger;
    }

    private void validate(Traeger traeger) {
        for (ConstraintViolation<Traeger> v : validator.validate(traeger)) {
            throw new ValidationFailure(v.getPropertyPath().toString(), v.getMessage());
        }
    }
}
