package de.werkerp.billing.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.platform.entity.TenantOwnedEntity;

/** The invoice of a billing run to one Leistungsträger; {@code bezahlt} is the sum of its payments. */
@Entity
@Table(name = "rechnung")
public class Rechnung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "lauf_id", nullable = false)
    private Abrechnungslauf lauf;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "leistungstraeger_id", nullable = false)
    private Leistungstraeger leistungstraeger;

    @NotNull
    @Column(nullable = false)
    private String nummer;

    @NotNull
    @Column(nullable = false)
    private LocalDate rechnungsdatum;

    @NotNull
    @Column(name = "faellig_am", nullable = false)
    private LocalDate faelligAm;

    @NotNull
    @Column(nullable = false)
    private BigDecimal summe;

    @NotNull
    @Column(nullable = false)
    private BigDecimal bezahlt = BigDecimal.ZERO.setScale(2);

    public Rechnung() {
    }

    @Override
    public String displayType() {
        return "Rechnung";
    }

    public BigDecimal offen() {
        return summe.subtract(bezahlt);
    }


    public Abrechnungslauf getLauf() {
        return lauf;
    }

    public void setLauf(Abrechnungslauf lauf) {
        this.lauf = lauf;
    }

    public Leistungstraeger getLeistungstraeger() {
        return leistungstraeger;
    }

    public void setLeistungstraeger(Leistungstraeger leistungstraeger) {
        this.leistungstraeger = leistungstraeger;
    }

    public String getNummer() {
        return nummer;
    }

    public void setNummer(String nummer) {
        this.nummer = nummer;
    }

    public LocalDate getRechnungsdatum() {
        return rechnungsdatum;
    }

    public void setRechnungsdatum(LocalDate rechnungsdatum) {
        this.rechnungsdatum = rechnungsdatum;
    }

    public LocalDate getFaelligAm() {
        return faelligAm;
    }

    public void setFaelligAm(LocalDate faelligAm) {
        this.faelligAm = faelligAm;
    }

    public BigDecimal getSumme() {
        return summe;
    }

    public void setSumme(BigDecimal summe) {
        this.summe = summe;
    }

    public BigDecimal getBezahlt() {
        return bezahlt;
    }

    public void setBezahlt(BigDecimal bezahlt) {
        this.bezahlt = bezahlt;
    }
}
