package de.werkerp.platform.entity;

import java.io.Serializable;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Base of tenant-owned result rows that are written by the thousand in one transaction (the statements of an Entgelt
 * run). Same tenancy as {@link TenantOwnedEntity} (tenant column NOT NULL, set only by the TenantGuard), but the id
 * comes from a table generator that hands out blocks of 2,000 ({@code id_folge}), not from AUTO_INCREMENT: with
 * identity ids EclipseLink must insert row by row to read each key back, with pre-allocated ids it sends JDBC
 * batches ({@code eclipselink.jdbc.batch-writing}), and {@link de.werkerp.platform.control.Massenzeilen} can insert
 * thousands in batches of its own. These rows are never edited through the TenantRepository and
 * have no audit trail of their own: they are results; the inputs carry the audit trail.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public abstract class TenantOwnedBulkRow implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @TableGenerator(name = "massenzeilen", table = "id_folge", pkColumnName = "name", valueColumnName = "wert",
            pkColumnValue = "massenzeilen", allocationSize = 2000)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "massenzeilen")
    private Long id;

    @Version
    private Long version;

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }
}
