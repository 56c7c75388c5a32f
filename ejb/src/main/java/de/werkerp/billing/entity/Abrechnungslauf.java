package de.werkerp.billing.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.entity.Laufstatus;

/**
 * The monthly billing run of an Einrichtung, with the same period logic as the Entgelt run
 * ({@link de.werkerp.wage.control.Monatsfolge}): months in order, computed, released by a second person, then
 * closed and immutable. {@code probleme}: one German line per person who was not billed and why.
 */
@Entity
@Table(name = "abrechnungslauf")
public class Abrechnungslauf extends TenantOwnedEntity implements de.werkerp.wage.entity.Monatslauf {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @NotNull(message = "Bitte den Monat angeben.")
    @Column(nullable = false)
    private YearMonth monat;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Laufstatus status;

    @Mehrzeilig
    @Column(columnDefinition = "TEXT")
    private String meldung;

    @Mehrzeilig
    @Column(columnDefinition = "TEXT")
    private String probleme;

    @Column(name = "berechnet_von")
    private String berechnetVon;

    @Column(name = "berechnet_am")
    private Instant berechnetAm;

    @Column(name = "freigegeben_von")
    private String freigegebenVon;

    @Column(name = "freigegeben_am")
    private Instant freigegebenAm;

    private int anzahl;

    @Column(nullable = false)
    private BigDecimal summe = BigDecimal.ZERO;

    private boolean veraltet;

    public Abrechnungslauf() {
    }

    @Override
    public String displayType() {
        return "Abrechnungslauf";
    }


    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public YearMonth getMonat() {
        return monat;
    }

    public void setMonat(YearMonth monat) {
        this.monat = monat;
    }

    public Laufstatus getStatus() {
        return status;
    }

    public void setStatus(Laufstatus status) {
        this.status = status;
    }

    public String getMeldung() {
        return meldung;
    }

    public void setMeldung(String meldung) {
        this.meldung = meldung;
    }

    public String getProbleme() {
        return probleme;
    }

    public void setProbleme(String probleme) {
        this.probleme = probleme;
    }

    public String getBerechnetVon() {
        return berechnetVon;
    }

    public void setBerechnetVon(String berechnetVon) {
        this.berechnetVon = berechnetVon;
    }

    public Instant getBerechnetAm() {
        return berechnetAm;
    }

    public void setBerechnetAm(Instant berechnetAm) {
        this.berechnetAm = berechnetAm;
    }

    public String getFreigegebenVon() {
        return freigegebenVon;
    }

    public void setFreigegebenVon(String freigegebenVon) {
        this.freigegebenVon = freigegebenVon;
    }

    public Instant getFreigegebenAm() {
        return freigegebenAm;
    }

    public void setFreigegebenAm(Instant freigegebenAm) {
        this.freigegebenAm = freigegebenAm;
    }

    public int getAnzahl() {
        return anzahl;
    }

    public void setAnzahl(int anzahl) {
        this.anzahl = anzahl;
    }

    public BigDecimal getSumme() {
        return summe;
    }

    public void setSumme(BigDecimal summe) {
        this.summe = summe;
    }

    public boolean isVeraltet() {
        return veraltet;
    }

    public void setVeraltet(boolean veraltet) {
        this.veraltet = veraltet;
    }
}
