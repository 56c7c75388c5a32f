package de.werkerp.audit.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** One line of the audit trail: who changed which field of which object when, old → new. Never updated. */
@Entity
@Table(name = "audit_eintrag")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AuditEintrag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant zeitpunkt;

    @Column(nullable = false)
    private String benutzer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction aktion;

    @Column(nullable = false)
    private String objekttyp;

    @Column(name = "objekt_id", nullable = false)
    private Long objektId;

    private String feld;

    @Column(name = "alter_wert")
    private String alterWert;

    @Column(name = "neuer_wert")
    private String neuerWert;

    protected AuditEintrag() {
    }

    public AuditEintrag(Instant zeitpunkt, String benutzer, AuditAction aktion, String objekttyp, Long objektId,
            String feld, String alterWert, String neuerWert) {
        this.zeitpunkt = zeitpunkt;
        this.benutzer = benutzer;
        this.aktion = aktion;
        this.objekttyp = objekttyp;
        this.objektId = objektId;
        this.feld = feld;
        this.alterWert = truncate(alterWert);
        this.neuerWert = truncate(neuerWert);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 997) + "...";
    }

    public Long getId() {
        return id;
    }

    public Instant getZeitpunkt() {
        return zeitpunkt;
    }

    public String getBenutzer() {
        return benutzer;
    }

    public AuditAction getAktion() {
        return aktion;
    }

    public String getObjekttyp() {
        return objekttyp;
    }

    public Long getObjektId() {
        return objektId;
    }

    public String getFeld() {
        return feld;
    }

    public String getAlterWert() {
        return alterWert;
    }

    public String getNeuerWert() {
        return neuerWert;
    }
}
