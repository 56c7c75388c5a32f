package de.werkerp.privacy.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.werkerp.platform.entity.TenantOwnedEntity;

/**
 * The proposal to anonymise a person whose retention periods have ended: one tenant admin proposes, a different one
 * confirms (four eyes), and only then is the data anonymised.
 */
@Entity
@Table(name = "loeschvorschlag")
public class Loeschvorschlag extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    public enum Status {
        VORGESCHLAGEN("vorgeschlagen"), DURCHGEFUEHRT("anonymisiert"), VERWORFEN("verworfen");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Column(name = "beschaeftigter_id", nullable = false)
    private Long beschaeftigterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "vorgeschlagen_von", nullable = false)
    private String vorgeschlagenVon;

    @Column(name = "vorgeschlagen_am", nullable = false)
    private Instant vorgeschlagenAm;

    @Column(name = "bestaetigt_von")
    private String bestaetigtVon;

    @Column(name = "bestaetigt_am")
    private Instant bestaetigtAm;

    public Loeschvorschlag() {
    }

    public Loeschvorschlag(Long beschaeftigterId, String vorgeschlagenVon, Instant vorgeschlagenAm) {
        this.beschaeftigterId = beschaeftigterId;
        this.vorgeschlagenVon = vorgeschlagenVon;
        this.vorgeschlagenAm = vorgeschlagenAm;
        this.status = Status.VORGESCHLAGEN;
    }

    @Override
    public String displayType() {
        return "Löschvorschlag";
    }

    public Long getBeschaeftigterId() {
        return beschaeftigterId;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public String getVorgeschlagenVon() {
        return vorgeschlagenVon;
    }

    public Instant getVorgeschlagenAm() {
        return vorgeschlagenAm;
    }

    public String getBestaetigtVon() {
        return bestaetigtVon;
    }

    public Instant getBestaetigtAm() {
        return bestaetigtAm;
    }

    public void bestaetigt(String von, Instant am) {
        this.bestaetigtVon = von;
        this.bestaetigtAm = am;
        this.status = Status.DURCHGEFUEHRT;
    }
}
