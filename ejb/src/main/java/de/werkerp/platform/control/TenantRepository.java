package de.werkerp.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import de.werkerp.audit.control.AuditTrail;
import de.werkerp.platform.entity.TenantOwnedEntity;

/**
 * Loads and stores tenant-owned entities for the boundaries: validates, checks the version, and
 * writes the audit trail. Runs inside a {@link TenantGuard}ed call, so every statement is filtered by
 * the caller's tenant; an id of another tenant is simply not found.
 */
@Dependent
public class TenantRepository {

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    public <E extends TenantOwnedEntity> List<E> list(Class<E> type, String orderBy) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e ORDER BY e." + orderBy, type)
                .getResultList();
    }

    /**
     * One page of all entities of a type (under the tenant filter) and their number: {@code orderBy} must make the
     * order total (end it with the id), else pages may overlap.
     */
    public <E extends TenantOwnedEntity> Teilliste<E> seite(Class<E> type, String orderBy, int offset, int limit) {
        long gesamt = em.createQuery("SELECT COUNT(e) FROM " + type.getSimpleName() + " e", Long.class)
                .getSingleResult();
        List<E> eintraege = gesamt == 0 || limit == 0 ? List.of()
                : em.createQuery("SELECT e FROM " + type.getSimpleName() + " e ORDER BY e." + orderBy, type)
                        .setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Teilliste<>(eintraege, gesamt);
    }

    public <E extends TenantOwnedEntity> E find(Class<E> type, Long id, String notFoundMessage) {
        E entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw new NotFound(notFoundMessage);
        }
        return entity;
    }

    public <E extends TenantOwnedEntity> E create(E entity) {
        if (!entity.isNew()) {
            throw new ValidationFailure("id", "Ein neuer Datensatz darf keine Kennung haben.");
        }
        validate(entity);
        em.persist(entity);
        em.flush();
        audit.created(entity);
        return entity;
    }

    /**
     * Stores the changes of a detached copy. The stored object must exist for this tenant and have
     * the same version; otherwise nothing is written.
     */
    public <E extends TenantOwnedEntity> E update(E changed, String notFoundMessage) {
        validate(changed);
        @SuppressWarnings("unchecked")
        Class<E> type = (Class<E>) changed.getClass();
        E current = find(type, changed.getId(), notFoundMessage);
        if (changed.getVersion() != null && !Objects.equals(changed.getVersion(), current.getVersion())) {
            throw new ConcurrentChange("Der Datensatz wurde inzwischen von jemand anderem geändert."
                    + " Bitte laden Sie ihn neu.");
        }
        Map<String, String> before = audit.snapshot(current);
        changed.setVersion(current.getVersion());
        E merged = em.merge(changed);
        em.flush();
        audit.changed(merged, before);
        return merged;
    }

    /** Deletes an object of this tenant (found by id, so never another tenant's) and records it in the audit trail. */
    public <E extends TenantOwnedEntity> void delete(Class<E> type, Long id, String notFoundMessage) {
        E current = find(type, id, notFoundMessage);
        Map<String, String> before = audit.snapshot(current);
        em.remove(current);
        em.flush();
        audit.deleted(current, before);
    }

    /**
     * Runs a JPQL bulk UPDATE or DELETE (filtered by the tenant like every query) and records it in the audit trail:
     * which kind of object, what was done and how many rows. The rows themselves are not listed one by one.
     */
    public int massenaenderung(jakarta.persistence.Query query, String objekttyp, String was) {
        int rows = query.executeUpdate();
        if (rows > 0) {
            audit.ereignis(de.werkerp.audit.entity.AuditAction.MASSENAENDERUNG, objekttyp, null, was, null,
                    rows + " Zeilen");
        }
        return rows;
    }

    public AuditTrail audit() {
        return audit;
    }

    public <E extends TenantOwnedEntity> void validate(E entity) {
        Set<ConstraintViolation<E>> violations = validator.validate(entity);
        if (!violations.isEmpty()) {
            List<ValidationFailure.FieldError> errors = new ArrayList<>();
            violations.stream()
                    .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                    .forEach(v -> errors.add(new ValidationFailure.FieldError(v.getPropertyPath().toString(),
                            v.getMessage())));
            throw new ValidationFailure(errors);
        }
    }

    public EntityManager em() {
        return em;
    }
}
