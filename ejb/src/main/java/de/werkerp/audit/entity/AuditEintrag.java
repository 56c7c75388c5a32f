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

/**
 * One line of the audit trail: who changed (or read) which field of which object when, old → new, in full.
 * Never updated or deleted (the database's triggers refuse both, V18). Chained per tenant: {@code seq} counts the
 * tenant's entries from 1, {@code hash} is SHA-256 over {@code prevHash} and the canonical row
 * ({@link de.werkerp.audit.control.Pruefkette}). Entries written before V18 have no seq/hash; the chain starts at
 * their digest.
 */
@Entity
@Table(name = "audit_eintrag")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AuditEintrag implements java.io.Serializable {

    /** What a reader without the right to special-category data sees instead of a value. */
    public static final String VERBORGEN = "geändert";

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

    @Column(name = "objekt_id")
    private Long objektId;

    private String feld;

    @Column(name = "alter_wert")
    private String alterWert;

    @Column(name = "neuer_wert")
    private String neuerWert;

    /** Special-category value: the roles (comma-separated names) that may read it; null = every reader of the trail. */
    @Column(name = "lesbar_fuer")
    private String lesbarFuer;

    private Long seq;

    @Column(name = "prev_hash")
    private String prevHash;

    private String hash;

    protected AuditEintrag() {
    }

    public AuditEintrag(Instant zeitpunkt, String benutzer, AuditAction aktion, String objekttyp, Long objektId,
            String feld, String alterWert, String neuerWert, String lesbarFuer) {
        this.zeitpunkt = zeitpunkt;
        this.benutzer = benutzer;
        this.aktion = aktion;
        this.objekttyp = objekttyp;
        this.objektId = objektId;
        this.feld = feld;
        this.alterWert = alterWert;
        this.neuerWert = neuerWert;
        this.lesbarFuer = lesbarFuer;
    }

    /** Sets the chain fields before the entry is persisted (once). */
    public void verkette(long seq, String prevHash, String hash) {
        if (this.hash != null) {
            throw new IllegalStateException("already chained");
        }
        this.seq = seq;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    /** A transient copy for a reader who may not see special-category values: the values read "geändert". */
    public AuditEintrag verborgen() {
        AuditEintrag copy = new AuditEintrag(zeitpunkt, benutzer, aktion, objekttyp, objektId, feld,
                alterWert == null ? null : VERBORGEN, neuerWert == null ? null : VERBORGEN, lesbarFuer);
        copy.id = id;
        copy.seq = seq;
        copy.prevHash = prevHash;
        copy.hash = hash;
        return copy;
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

    public String getLesbarFuer() {
        return lesbarFuer;
    }

    public Long getSeq() {
        return seq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }

    @Override
    public String toString() {
        return "AuditEintrag[" + seq + " " + aktion + " " + objekttyp + " #" + objektId + " " + feld + "]";
    }
}
