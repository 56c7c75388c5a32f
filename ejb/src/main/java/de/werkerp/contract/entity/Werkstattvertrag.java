package de.werkerp.contract.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * The Werkstattvertrag (§ 221 SGB IX) between a person and the Träger for one Einrichtung. Its
 * phases (area, placement), working time and approvals are effective-dated rows of their own.
 */
@Entity
@Table(name = "werkstattvertrag")
public class Werkstattvertrag extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Person.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "beschaeftigter_id", nullable = false)
    private Beschaeftigter beschaeftigter;

    /**
     * The same column as {@link #beschaeftigter}, read only: lets the Entgelt run's input queries filter by person
     * without joining the person's table.
     */
    @Column(name = "beschaeftigter_id", insertable = false, updatable = false)
    private Long beschaeftigterId;

    @NotNull(message = "Bitte wählen Sie die Einrichtung.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @NotNull(message = "Bitte geben Sie den Vertragsbeginn ein.")
    @Column(nullable = false)
    private LocalDate beginn;

    private LocalDate ende;

    @Enumerated(EnumType.STRING)
    @Column(name = "ende_grund")
    private Vertragsende endeGrund;

    @Mehrzeilig
    @Size(max = 2000, message = "Die Begründung darf höchstens 2000 Zeichen lang sein.")
    @Column(name = "ende_begruendung")
    private String endeBegruendung;

    public Werkstattvertrag() {
    }

    public Werkstattvertrag(Beschaeftigter beschaeftigter, Einrichtung einrichtung, LocalDate beginn) {
        this.beschaeftigter = beschaeftigter;
        this.einrichtung = einrichtung;
        this.beginn = beginn;
    }

    @Override
    public String displayType() {
        return "Werkstattvertrag";
    }

    public boolean laeuftAm(LocalDate tag) {
        return !tag.isBefore(beginn) && (ende == null || !tag.isAfter(ende));
    }

    public Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
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

    public Vertragsende getEndeGrund() {
        return endeGrund;
    }

    public void setEndeGrund(Vertragsende endeGrund) {
        this.endeGrund = endeGrund;
    }

    public String getEndeBegruendung() {
        return endeBegruendung;
    }

    public void setEndeBegruendung(String endeBegruendung) {
        this.endeBegruendung = endeBegruendung;
    }
}
