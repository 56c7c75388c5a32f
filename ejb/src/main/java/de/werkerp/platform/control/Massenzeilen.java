package de.werkerp.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.SingleTableMultitenantPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.sessions.UnitOfWork;

import de.werkerp.platform.entity.TenantOwnedBulkRow;

/**
 * Inserts thousands of new result rows ({@link TenantOwnedBulkRow}) in the caller's transaction with plain JDBC
 * batches, using EclipseLink's own mapping of the entity: table, columns, converters, the id from the entity's table
 * generator, the version's initial value and the tenant column from the transaction's tenant (set by the
 * {@link TenantGuard}). Without a tenant it refuses, like a persist without one would fail on the NOT NULL column.
 *
 * <p>Why not {@code persist}: EclipseLink builds each insert row field by field, looking every field up in a list of
 * the row's fields (quadratic in the number of columns). For the 42 columns of a statement that was the largest
 * Java cost of an Entgelt run (measured with the benchmark's flight recording). The rows written here are not
 * managed by the persistence context and not in any cache (the unit has no shared cache); they are read back with
 * queries like any other row.
 *
 * <p>Only direct columns (with their converters) and to-one references are supported; an entity with anything else
 * is refused, so a new mapping cannot be silently left out.
 */
@Dependent
public class Massenzeilen {

    /** Rows per JDBC batch (MariaDB's connector sends each batch as one bulk command). */
    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @jakarta.inject.Inject
    de.werkerp.audit.control.AuditTrail audit;

    /** One column of the insert: its name and how to get its value from a row. */
    private record Spalte(String name, BiFunction<Object, AbstractSession, Object> wert) {
    }

    /**
     * Inserts the new rows in the current transaction; they get their ids (set into the objects) from the entity's
     * table generator.
     *
     * @return the number of rows inserted
     * @throws AccessDenied if the transaction has no tenant (nothing is written)
     */
    public <T extends TenantOwnedBulkRow> int fuegeEin(Class<T> typ, List<T> zeilen) {
        return fuegeEin(typ, zeilen, Function.identity());
    }

    /**
     * Inserts one new row per source in the current transaction, each row made by {@code alsZeile} just before it is
     * bound to the batch (in the order of {@code quellen}), so only the rows of one batch are in memory at a time, not
     * all of them: 15,000 statement rows with their JSON are ~100 MB the garbage collector would otherwise copy
     * while they wait. The rows get their ids from the entity's table generator, as with {@link #fuegeEin(Class, List)}.
     *
     * @return the number of rows inserted
     * @throws AccessDenied if the transaction has no tenant (nothing is made nor written)
     */
    public <Q, T extends TenantOwnedBulkRow> int fuegeEin(Class<T> typ, Collection<Q> quellen,
            Function<? super Q, ? extends T> alsZeile) {
        if (quellen.isEmpty()) {
            return 0;
        }
        Object mandant = em.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT);
        if (mandant == null) {
            throw new AccessDenied("Ohne Mandant können keine Zeilen gespeichert werden.");
        }
        AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getActiveSession();
        ClassDescriptor descriptor = session.getDescriptor(typ);
        List<Spalte> spalten = spalten(descriptor, mandant.toString());
        UnitOfWork uow = em.unwrap(UnitOfWork.class);
        String sql = "INSERT INTO " + descriptor.getTableName() + " (" + String.join(", ", spalten.stream()
                .map(Spalte::name).toList()) + ") VALUES (" + String.join(", ", spalten.stream().map(s -> "?")
                .toList()) + ")";
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int n = 0;
            Object erste = null;
            Object letzte = null;
            for (Q quelle : quellen) {
                T zeile = alsZeile.apply(quelle);
                if (zeile.getId() != null) {
                    throw new IllegalArgumentException("Die Zeile ist nicht neu (id " + zeile.getId() + ").");
                }
                uow.assignSequenceNumber(zeile);
                if (erste == null) {
                    erste = zeile.getId();
                }
                letzte = zeile.getId();
                for (int i = 0; i < spalten.size(); i++) {
                    ps.setObject(i + 1, spalten.get(i).wert().apply(zeile, session));
                }
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            if (n % BATCH != 0) {
                ps.executeBatch();
            }
            audit.ereignis(de.werkerp.audit.entity.AuditAction.MASSENAENDERUNG, typ.getSimpleName(), null,
                    "angelegt", null, n + " Zeilen (Nr. " + erste + " bis " + letzte + ")");
            return n;
        } catch (SQLException e) {
            throw new PersistenceException("Die " + quellen.size() + " Zeilen von " + descriptor.getTableName()
                    + " konnten nicht gespeichert werden: " + e.getMessage(), e);
        }
    }

    /** The columns of an insert in the descriptor's mapping order, tenant and version included. */
    private static List<Spalte> spalten(ClassDescriptor descriptor, String mandant) {
        List<Spalte> spalten = new ArrayList<>();
        DatabaseField version = descriptor.usesOptimisticLocking()
                ? descriptor.getOptimisticLockingPolicy().getWriteLockField() : null;
        for (DatabaseMapping m : descriptor.getMappings()) {
            if (m.isReadOnly()) {
                continue;
            }
            if (m instanceof DirectToFieldMapping d) {
                if (!d.getField().isInsertable()) {
                    continue;
                }
                if (version != null && d.getField().equals(version)) {
                    // EclipseLink's first version of a new row
                    spalten.add(new Spalte(d.getField().getName(), (o, s) -> 1L));
                } else {
                    spalten.add(new Spalte(d.getField().getName(),
                            (o, s) -> d.getFieldValue(d.getAttributeValueFromObject(o), s)));
                }
            } else if (m instanceof OneToOneMapping r && r.isForeignKeyRelationship()) {
                for (Map.Entry<DatabaseField, DatabaseField> fk : r.getSourceToTargetKeyFields().entrySet()) {
                    DatabaseField ziel = fk.getValue();
                    spalten.add(new Spalte(fk.getKey().getName(), (o, s) -> {
                        Object referenz = r.getRealAttributeValueFromObject(o, s);
                        return referenz == null ? null : r.getReferenceDescriptor().getObjectBuilder()
                                .extractValueFromObjectForField(referenz, ziel, s);
                    }));
                }
            } else {
                throw new IllegalArgumentException(descriptor.getJavaClass().getSimpleName() + "." + m.getAttributeName()
                        + ": Abbildung " + m.getClass().getSimpleName() + " wird beim Massenspeichern nicht "
                        + "unterstützt.");
            }
        }
        if (!(descriptor.getMultitenantPolicy() instanceof SingleTableMultitenantPolicy mt)
                || mt.getTenantDiscriminatorFields().isEmpty()) {
            throw new IllegalArgumentException(descriptor.getJavaClass().getSimpleName() + " hat keine Mandantenspalte.");
        }
        for (DatabaseField f : mt.getTenantDiscriminatorFields().keySet()) {
            spalten.add(new Spalte(f.getName(), (o, s) -> mandant));
        }
        return spalten;
    }
}
