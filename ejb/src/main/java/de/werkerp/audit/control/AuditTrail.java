package de.werkerp.audit.control;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;

import de.werkerp.audit.entity.AuditAction;
import de.werkerp.audit.entity.AuditEintrag;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.entity.NotAudited;
import de.werkerp.platform.entity.TenantOwnedEntity;

/** Writes the audit trail in the caller's transaction and tenant: who, when, what (field old → new). */
@Dependent
public class AuditTrail {

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Inject
    CallerContext callers;

    private final Clock clock = Clock.systemUTC();

    /** Field name → value as text, for every persistent field except id, version and read-only column copies. */
    public Map<String, String> snapshot(TenantOwnedEntity entity) {
        EntityType<?> type = em.getMetamodel().entity(entity.getClass());
        Map<String, String> values = new TreeMap<>();
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            String name = attribute.getName();
            if ("id".equals(name) || "version".equals(name)) {
                continue;
            }
            Member member = attribute.getJavaMember();
            if (!(member instanceof Field field)) {
                continue;
            }
            jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
            if (column != null && !column.insertable() && !column.updatable()) {
                continue; // a read-only copy of another mapping's column (e.g. beschaeftigterId): audited there
            }
            try {
                field.setAccessible(true);
                Object value = field.get(entity);
                values.put(name, field.isAnnotationPresent(NotAudited.class)
                        ? (value == null ? null : "***" + Integer.toHexString(value.hashCode()))
                        : text(value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    public void created(TenantOwnedEntity entity) {
        write(AuditAction.ANGELEGT, entity, AuditDiff.created(snapshot(entity)));
    }

    public void changed(TenantOwnedEntity entity, Map<String, String> before) {
        List<AuditDiff.Change> changes = AuditDiff.between(before, snapshot(entity));
        write(AuditAction.GEAENDERT, entity, changes);
    }

    public void deleted(TenantOwnedEntity entity, Map<String, String> before) {
        write(AuditAction.GELOESCHT, entity, AuditDiff.between(before, Map.of()));
    }

    private void write(AuditAction action, TenantOwnedEntity entity, List<AuditDiff.Change> changes) {
        Instant now = clock.instant();
        String who = callers.require().username();
        for (AuditDiff.Change change : changes) {
            String field = change.field();
            boolean masked = isMasked(entity.getClass(), field);
            em.persist(new AuditEintrag(now, who, action, entity.displayType(), entity.getId(), field,
                    masked ? (change.oldValue() == null ? null : "***") : change.oldValue(),
                    masked ? (change.newValue() == null ? null : "***") : change.newValue()));
        }
        if (changes.isEmpty() && action != AuditAction.GEAENDERT) {
            em.persist(new AuditEintrag(now, who, action, entity.displayType(), entity.getId(), null, null, null));
        }
    }

    private static boolean isMasked(Class<?> type, String fieldName) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(fieldName).isAnnotationPresent(NotAudited.class);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return false;
    }

    private String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof TenantOwnedEntity other) {
            return other.displayType() + " #" + other.getId();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(value);
    }
}
