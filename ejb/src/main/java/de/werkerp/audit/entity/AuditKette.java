package de.werkerp.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of one tenant's audit hash chain: the last sequence number and hash. Every writer locks this row
 * (SELECT … FOR UPDATE) before appending, so the entries of one tenant get gap-free numbers and each links to the
 * one before; the unique (tenant_id, seq) of the entries backs that up. Keyed by the tenant id and only touched by
 * {@link de.werkerp.audit.control.AuditTrail} with the caller's tenant (and the operator's tenant calls).
 */
@Entity
@Table(name = "audit_kette")
public class AuditKette {

    @Id
    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(nullable = false)
    private long seq;

    /** Null until the first chained entry (then the chain starts at the digest of the entries from before V18). */
    private String hash;

    protected AuditKette() {
    }

    public AuditKette(Long tenantId) {
        this.tenantId = tenantId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public long getSeq() {
        return seq;
    }

    public String getHash() {
        return hash;
    }

    public void weiter(long seq, String hash) {
        this.seq = seq;
        this.hash = hash;
    }
}
