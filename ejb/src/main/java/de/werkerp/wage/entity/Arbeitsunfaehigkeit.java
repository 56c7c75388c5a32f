package de.werkerp.wage.entity;

import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A spell of incapacity for work of a person (for the paid sick time, {@link de.werkerp.wage.control.Entgeltfortzahlung}).
 */
@Entity
@Table(name = "erkrankung")
@de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
        de.werkerp.platform.entity.Role.PAYROLL, de.werkerp.platform.entity.Role.AUDITOR})
public class Arbeitsunfaehigkeit extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "beschaeftigter_id", nullable = false)
    private Beschaeftigter beschaeftigter;

    /**
     * The same column as {@link #beschaeftigter}, read only: lets the Entgelt run's input queries filter and group
     * by person without joining the person's table.
     */
    @Column(name = "beschaeftigter_id", insertable = false, updatable = false)
    private Long beschaeftigterId;

    @NotNull(message = "Bitte den ersten Tag der Arbeitsunfähigkeit angeben.")
    @Column(nullable = false)
    private LocalDate beginn;

    private LocalDate ende;

    @Column(name = "bereits_bezahlte_tage", nullable = false)
    private int bereitsBezahlteTage;

    public Arbeitsunfaehigkeit() {
    }

    @Override
    public String displayType() {
        return "Arbeitsunfähigkeit";
    }

    public Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
        this.beschaeftigterId = beschaeftigter == null ? null : beschaeftigter.getId();
    }

    /** The person's id without loading the person. */
    public Long getBeschaeftigterId() {
        return beschaeftigterId != null || beschaeftigter == null ? beschaeftigterId : beschaeftigter.getId();
    }

    public LocalDate getBeginn() {
        return beginn;
    }

    public void setBeginn(LocalDate beginn) {
        this.beginn = beginn;
    }

    public LocalDate getEnde() {
        return ende;
    }

    public void setEnde(LocalDate ende) {
        this.ende = ende;
    }

    public int getBereitsBezahlteTage() {
        return bereitsBezahlteTage;
    }

    public void setBereitsBezahlteTage(int bereitsBezahlteTage) {
        this.bereitsBezahlteTage = bereitsBezahlteTage;
    }

}
