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

/** A Bewilligung (approval) of a Leistungsträger for a contract: file number, period, area, rate. Usually two years. */
@Entity
@Table(name = "bewilligung")
public class Bewilligung extends Vertragsabschnitt {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie den Leistungsträger.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "leistungstraeger_id", nullable = false)
    private Leistungstraeger leistungstraeger;

    @NotBlank(message = "Bitte geben Sie das Aktenzeichen ein.")
    @Size(max = 100, message = "Das Aktenzeichen darf höchstens 100 Zeichen lang sein.")
    @Column(nullable = false)
    private String aktenzeichen;


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

    /** An approval always has an end (usually two years after its start). */
    @Override
    @NotNull(message = "Bitte geben Sie an, bis wann die Bewilligung gilt.")
    public LocalDate getGueltigBis() {
        return super.getGueltigBis();
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
