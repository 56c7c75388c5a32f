package de.werkerp.wage.entity;

import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Another pay item of a person in a month (one-off payment, allowance or deduction), with its Lohnart.
 */
@Entity
@Table(name = "lohnposten")
public class Lohnbuchung extends TenantOwnedEntity {

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

    @NotNull(message = "Bitte den Monat angeben.")
    @Column(nullable = false)
    private YearMonth monat;

    @NotNull(message = "Bitte die Lohnart wählen.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "lohnart_id", nullable = false)
    private Lohnart lohnart;

    @NotNull(message = "Bitte eine Bezeichnung angeben.")
    @Column(nullable = false)
    private String bezeichnung;

    @NotNull(message = "Bitte den Betrag angeben.")
    @Column(nullable = false)
    private BigDecimal betrag;

    public Lohnbuchung() {
    }

    @Override
    public String displayType() {
        return "Lohnposten";
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

    public YearMonth getMonat() {
        return monat;
    }

    public void setMonat(YearMonth monat) {
        this.monat = monat;
    }

    public Lohnart getLohnart() {
        return lohnart;
    }

    public void setLohnart(Lohnart lohnart) {
        this.lohnart = lohnart;
    }

    public String getBezeichnung() {
        return bezeichnung;
    }

    public void setBezeichnung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public BigDecimal getBetrag() {
        return betrag;
    }

    public void setBetrag(BigDecimal betrag) {
        this.betrag = betrag;
    }

}
