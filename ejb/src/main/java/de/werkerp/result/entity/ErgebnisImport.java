package de.werkerp.result.entity;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * One imported file of accounting figures for an Einrichtung and year; the SHA-256 checksum detects a second import
 * of the same file.
 */
@Entity
@Table(name = "ergebnis_import")
public class ErgebnisImport extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @Column(nullable = false)
    private int jahr;

    private String dateiname;

    @NotNull
    @Column(nullable = false)
    private String pruefsumme;

    @Column(nullable = false)
    private int zeilen;

    @NotNull
    @Column(name = "importiert_von", nullable = false)
    private String importiertVon;

    @NotNull
    @Column(name = "importiert_am", nullable = false)
    private java.time.Instant importiertAm;

    public ErgebnisImport() {
    }

    @Override
    public String displayType() {
        return "Buchungsimport";
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public int getJahr() {
        return jahr;
    }

    public void setJahr(int jahr) {
        this.jahr = jahr;
    }

    public String getDateiname() {
        return dateiname;
    }

    public void setDateiname(String dateiname) {
        this.dateiname = dateiname;
    }

    public String getPruefsumme() {
        return pruefsumme;
    }

    public void setPruefsumme(String pruefsumme) {
        this.pruefsumme = pruefsumme;
    }

    public int getZeilen() {
        return zeilen;
    }

    public void setZeilen(int zeilen) {
        this.zeilen = zeilen;
    }

    public String getImportiertVon() {
        return importiertVon;
    }

    public void setImportiertVon(String importiertVon) {
        this.importiertVon = importiertVon;
    }

    public java.time.Instant getImportiertAm() {
        return importiertAm;
    }

    public void setImportiertAm(java.time.Instant importiertAm) {
        this.importiertAm = importiertAm;
    }

}
