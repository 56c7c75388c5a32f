package de.werkerp.audit.control;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;

import org.eclipse.persistence.config.PersistenceUnitProperties;

import de.werkerp.audit.entity.AuditAction;
import de.werkerp.audit.entity.AuditEintrag;
import de.werkerp.audit.entity.AuditKette;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.entity.BesondereKategorie;
import de.werkerp.platform.entity.NotAudited;
import de.werkerp.platform.entity.Role;
import de.werkerp.platform.entity.TenantOwnedEntity;

/**
 * Writes the audit trail in the caller's transaction and tenant: who, when, what (field old → new, in full),
 * chained by hashes per tenant ({@link Pruefkette}). Special-category fields ({@link BesondereKategorie}) are stored
 * in full with the roles that may read them; {@link NotAudited} fields (password hashes) only as "***".
 */
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

    /**
     * One entry for what the field-by-field diff does not see: a bulk update/delete (JPQL), a status change, an
     * import, a sign-in. {@code feld} names what happened, the values say from what to what (or how many rows).
     */
    public void ereignis(AuditAction action, String objekttyp, Long objektId, String feld, String alterWert,
            String neuerWert) {
        append(List.of(new AuditEintrag(jetzt(), callers.require().username(), action, objekttyp, objektId, feld,
                alterWert, neuerWert, null)));
    }

    /**
     * Records that the caller read special-category data (Art. 9 DSGVO): what ({@code was}, e.g. "Teilhabeplanung"),
     * of which person. Only the roles in {@code lesbarFuer} see which page it was; everyone sees who read whose data.
     */
    public void gelesen(String was, Long beschaeftigterId, String lesbarFuer) {
        append(List.of(new AuditEintrag(jetzt(), callers.require().username(), AuditAction.LESEN, "Beschäftigte/r",
                beschaeftigterId, was, null, null, lesbarFuer)));
    }

    private void write(AuditAction action, TenantOwnedEntity entity, List<AuditDiff.Change> changes) {
        Instant now = jetzt();
        String who = callers.require().username();
        List<AuditEintrag> rows = new ArrayList<>();
        for (AuditDiff.Change change : changes) {
            String field = change.field();
            boolean masked = isNotAudited(entity.getClass(), field);
            rows.add(new AuditEintrag(now, who, action, entity.displayType(), entity.getId(), field,
                    masked ? (change.oldValue() == null ? null : "***") : change.oldValue(),
                    masked ? (change.newValue() == null ? null : "***") : change.newValue(),
                    lesbarFuer(entity.getClass(), field)));
        }
        if (changes.isEmpty() && action != AuditAction.GEAENDERT) {
            rows.add(new AuditEintrag(now, who, action, entity.displayType(), entity.getId(), null, null, null, null));
        }
        append(rows);
    }

    /**
     * Appends entries to the tenant's hash chain: locks the chain head (SELECT … FOR UPDATE, so concurrent writers
     * of one tenant queue here), numbers and hashes each entry, persists it and moves the head.
     */
    private void append(List<AuditEintrag> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long tenantId = tenantId();
        AuditKette kopf = em.find(AuditKette.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (kopf == null) {
            kopf = new AuditKette(tenantId);
            em.persist(kopf);
        }
        String prev = kopf.getHash() != null ? kopf.getHash() : altbestand(tenantId).digest();
        long seq = kopf.getSeq();
        for (AuditEintrag row : rows) {
            seq++;
            String hash = Pruefkette.hash(prev, inhalt(tenantId, seq, row));
            row.verkette(seq, prev, hash);
            em.persist(row);
            prev = hash;
        }
        kopf.weiter(seq, prev);
        // written now: a second append in this transaction may re-read the (locked) head from the database
        em.flush();
    }

    /** The chain's view of an entry (with the given seq; the stored one when checking). */
    public static Pruefkette.Inhalt inhalt(long tenantId, Long seq, AuditEintrag a) {
        return new Pruefkette.Inhalt(tenantId, seq, a.getZeitpunkt(), a.getBenutzer(), a.getAktion().name(),
                a.getObjekttyp(), a.getObjektId(), a.getFeld(), a.getAlterWert(), a.getNeuerWert(), a.getLesbarFuer());
    }

    /** The digest of the tenant's entries from before the chain (V18), in id order. */
    public Pruefkette.Altbestand altbestand(long tenantId) {
        Pruefkette.Altbestand alt = new Pruefkette.Altbestand();
        em.createQuery("SELECT a FROM AuditEintrag a WHERE a.seq IS NULL ORDER BY a.id", AuditEintrag.class)
                .getResultStream().forEach(a -> alt.add(a.getId(), inhalt(tenantId, null, a)));
        return alt;
    }

    private long tenantId() {
        Long tenant = callers.require().tenantId();
        Object onEm = em.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT);
        if (onEm != null && (tenant == null || !onEm.toString().equals(tenant.toString()))) {
            return Long.parseLong(onEm.toString());
        }
        if (tenant == null) {
            throw new IllegalStateException("audit entry without tenant");
        }
        return tenant;
    }

    private Instant jetzt() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean isNotAudited(Class<?> type, String fieldName) {
        Field field = field(type, fieldName);
        return field != null && field.isAnnotationPresent(NotAudited.class);
    }

    /** The roles that may read this field's values in the trail, or null if every reader of the trail may. */
    static String lesbarFuer(Class<?> type, String fieldName) {
        Field field = field(type, fieldName);
        BesondereKategorie kategorie = field == null ? null : field.getAnnotation(BesondereKategorie.class);
        for (Class<?> c = type; kategorie == null && c != null; c = c.getSuperclass()) {
            kategorie = c.getAnnotation(BesondereKategorie.class);
        }
        return kategorie == null ? null : rollen(kategorie.lesen());
    }

    public static String rollen(Role... roles) {
        return Arrays.stream(roles).map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Field field(Class<?> type, String fieldName) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(fieldName);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
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
