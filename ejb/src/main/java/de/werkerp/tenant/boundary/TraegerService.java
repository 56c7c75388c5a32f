package de.werkerp.tenant.boundary;

import java.util.EnumSet;
import java.util.List;

import jakarta.ejb.EJB;
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
import de.werkerp.platform.control.NotFound;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.boundary.EinladungService;
import de.werkerp.security.entity.Benutzer;
import de.werkerp.tenant.entity.Traeger;

/**
 * Operators create and deactivate tenants (Träger) and invite each one's first tenant admin. They see
 * the tenants' names only, never their data, and set no password of any tenant user.
 */
@Stateless
@TenantGuarded
@Allow(Role.OPERATOR)
public class TraegerService {

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    EinladungService einladungen;

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
     * Creates a tenant and its first tenant admin in one transaction: both or nothing. The admin gets no password from
     * the operator: an invitation by e-mail (one-time link, 72 h; {@code security.boundary.EinladungService}), with which
     * the admin chooses the password. The operator never holds a key to the tenant. The tenant context is switched to
     * the new tenant only for writing that admin and the invitation (and their audit lines).
     *
     * @param basisUrl the application's address for the link in the mail
     */
    public Traeger create(Traeger traeger, String adminBenutzername, String adminName, String adminEmail, String basisUrl) {
        validate(traeger);
        Long taken = em.createQuery("SELECT COUNT(t) FROM Traeger t WHERE t.kennung = :k", Long.class)
                .setParameter("k", traeger.getKennung()).getSingleResult();
        if (taken > 0) {
            throw new ValidationFailure("kennung", "Diese Kennung ist bereits vergeben.");
        }
        Benutzer admin = new Benutzer(adminBenutzername, adminName, EnumSet.of(Role.TENANT_ADMIN));
        admin.setEmail(adminEmail);
        if (admin.getEmail() == null) {
            throw new ValidationFailure("adminEmail",
                    "Bitte geben Sie die E-Mail-Adresse des ersten Administrators ein: er erhält die Einladung.");
        }
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
                () -> {
                    audit.created(admin);
                    try {
                        einladungen.einladen(admin.getId(), basisUrl);
                    } catch (ValidationFailure e) {
                        throw new ValidationFailure("adminEmail", e.errors().get(0).message());
                    }
                });
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
