package de.werkerp.reference.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import de.werkerp.platform.entity.InstantConverter;
import de.werkerp.platform.entity.TenantOwnedEntity;

/** A tenant has applied a {@link Referenzaenderung} to its closed months (marked them for Rückrechnung). */
@Entity
@Table(name = "ref_aenderung_uebernahme")
public class ReferenzaenderungUebernahme extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "aenderung_id", nullable = false)
    private Long aenderungId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "uebernommen_am", nullable = false)
    private Instant uebernommenAm;

    public ReferenzaenderungUebernahme() {
    }

    public ReferenzaenderungUebernahme(Long aenderungId, Instant uebernommenAm) {
        this.aenderungId = aenderungId;
        this.uebernommenAm = uebernommenAm;
    }

    @Override
    public String displayType() {
        return "Übernommene Änderung der Rechengrößen";
    }

    public Long getAenderungId() {
        return aenderungId;
    }

    public Instant getUebernommenAm() {
        return uebernommenAm;
    }
}
