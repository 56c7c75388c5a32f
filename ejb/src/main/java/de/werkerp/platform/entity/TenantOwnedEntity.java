package de.werkerp.platform.entity;

import java.io.Serializable;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Base of every row that belongs to one tenant (Träger). EclipseLink adds {@code tenant_id = :tenant}
 * to every read, bulk update and bulk delete and writes the tenant on insert. The tenant comes only
 * from {@link de.werkerp.platform.control.TenantGuard}; the column is NOT NULL so that a write
 * without a tenant fails instead of writing NULL. No text field holds a control character
 * ({@link Steuerzeichenfrei}; line breaks only in fields marked {@link Mehrzeilig}).
 */
@MappedSuperclass
@Steuerzeichenfrei
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public abstract class TenantOwnedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isNew() {
        return id == null;
    }

    /** The German name of this kind of object, used in messages and the audit trail. */
    public abstract String displayType();

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || id == null) {
            return false;
        }
        return id.equals(((TenantOwnedEntity) other).id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
