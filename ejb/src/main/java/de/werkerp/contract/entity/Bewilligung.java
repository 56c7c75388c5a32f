package de.werkerp.contract.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.reference.control.Validity;

/** A Bewilligung (approval) of a Leistungsträger for a contract: file number, period, area, rate. Usually two years. */
@Entity
@Table(name = "bewilligung")
public class Bewilligung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "vertrag_id", nullable = false)
    private Werkstattvertrag vertrag;

    @NotNull(message = "Bitte wählen Sie den Leistungsträger.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "leistungstraeger_id", nullable = false)
    private Leistungstraeger leistungstraeger;

    @NotBlank(message = "Bitte geben Sie das Aktenzeichen ein.")
    @Size(max = 100, message = "Das Aktenzeichen darf höchstens 100 Zeichen lang sein.")
    @Column(nullable = false)
    private String aktenzeichen;

    @NotNull(message = "Bitte geben Sie an, ab wann die Bewilligung gilt.")
    @Column(name = "gueltig_ab", nullable = false)
    private LocalDate gueltigAb;

    @NotNull(message = "Bitte geben Sie an, bis wann die Bewilligung gilt.")
    @Column(name = "gueltig_bis", nullable = false)
    private LocalDate gueltigBis;

    @NotNull(message = "Bitte wählen Sie den Bereich der Bewilligung.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Bereich bereich;

    @DecimalMin(value = "0.00", message = "Der Satz darf nicht negativ sein.")
    @Digits(integer = 7, fraction = 2, message = "Der Satz ist ein Betrag in Euro mit höchstens 2 Nachkommastellen.")
    private BigDecimal satz;

    public Bewilligung() {
    }

    @Override
    public String displayType() {
        return "Bewilligung";
    }

    public Validity validity() {
        return new Validity(gueltigAb, gueltigBis);
    }

    public Werkstattvertrag getVertrag() {
        return vertrag;
    }

    public void setVertrag(Werkstattvertrag vertrag) {
        this.vertrag = vertrag;
    }

    public Leistungstraeger getLeistungstraeger() {
        return leistungstraeger;
    }

    public void setLeistungstraeger(Leistungstraeger leistungstraeger) {
        this.leistungstraeger = leistungstraeger;
    }

    public String getAktenzeichen() {
        return aktenzeichen;
    }

    public void setAktenzeichen(String aktenzeichen) {
        this.aktenzeichen = aktenzeichen;
    }

    public LocalDate getGueltigAb() {
        return gueltigAb;
    }

    public void setGueltigAb(LocalDate gueltigAb) {
        this.gueltigAb = gueltigAb;
    }

    public LocalDate getGueltigBis() {
        return gueltigBis;
    }

    public void setGueltigBis(LocalDate gueltigBis) {
        this.gueltigBis = gueltigBis;
    }

    public Bereich getBereich() {
        return bereich;
    }

    public void setBereich(Bereich bereich) {
        this.bereich = bereich;
    }

    public BigDecimal getSatz() {
        return satz;
    }

    public void setSatz(BigDecimal satz) {
        this.satz = satz;
    }
}
