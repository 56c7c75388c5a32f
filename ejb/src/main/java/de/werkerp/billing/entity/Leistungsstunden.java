package de.werkerp.billing.entity;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.platform.entity.TenantOwnedEntity;

/** Hours of individual service (Fachleistungsstunden, e.g. Jobcoaching) of a person in a month. */
@Entity
@Table(name = "leistungsstunden")
public class Leistungsstunden extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "beschaeftigter_id", nullable = false)
    private Beschaeftigter beschaeftigter;

    @NotNull(message = "Bitte den Monat angeben.")
    @Column(nullable = false)
    private YearMonth monat;

    @NotNull(message = "Bitte die Stunden angeben.")
    @DecimalMin(value = "0.00", message = "Die Stunden dürfen nicht negativ sein.")
    @Column(nullable = false)
    private BigDecimal stunden;

    public Leistungsstunden() {
    }

    @Override
    public String displayType() {
        return "Fachleistungsstunden";
    }


    public Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
    }

    public YearMonth getMonat() {
        return monat;
    }

    public void setMonat(YearMonth monat) {
        this.monat = monat;
    }

    public BigDecimal getStunden() {
        return stunden;
    }

    public void setStunden(BigDecimal stunden) {
        this.stunden = stunden;
    }
}
