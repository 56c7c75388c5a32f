package de.werkerp.result.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A version of the Arbeitsergebnisrechnung of an Einrichtung and year: draft → checked → released (four eyes);
 * released versions are immutable and carry the computed statement as JSON ({@code ergebnis}); an amendment is a new
 * version with a reason.
 */
@Entity
@Table(name = "arbeitsergebnis")
public class Arbeitsergebnisfassung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @Column(nullable = false)
    private int jahr;

    @Column(nullable = false)
    private int fassung;

    @NotNull
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Ergebnisstatus status;

    @Column(name = "ruecklage_anfang", nullable = false)
    private BigDecimal ruecklageAnfang;

    @Column(name = "zufuehrung_ruecklage", nullable = false)
    private BigDecimal zufuehrungRuecklage;

    @Column(nullable = false)
    private BigDecimal investitionen;

    @Mehrzeilig
    @Column(name = "begruendung_quote")
    private String begruendungQuote;

    @Mehrzeilig
    @Column(name = "aenderungsgrund")
    private String aenderungsgrund;

    @Mehrzeilig
    @Column(columnDefinition = "MEDIUMTEXT")
    private String ergebnis;

    @NotNull
    @Column(name = "erstellt_von", nullable = false)
    private String erstelltVon;

    @Column(name = "geprueft_von")
    private String geprueftVon;

    @Column(name = "freigegeben_von")
    private String freigegebenVon;

    @Column(name = "freigegeben_am")
    private java.time.Instant freigegebenAm;

    public Arbeitsergebnisfassung() {
    }

    @Override
    public String displayType() {
        return "Arbeitsergebnisrechnung";
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

    public int getFassung() {
        return fassung;
    }

    public void setFassung(int fassung) {
        this.fassung = fassung;
    }

    public Ergebnisstatus getStatus() {
        return status;
    }

    public void setStatus(Ergebnisstatus status) {
        this.status = status;
    }

    public BigDecimal getRuecklageAnfang() {
        return ruecklageAnfang;
    }

    public void setRuecklageAnfang(BigDecimal ruecklageAnfang) {
        this.ruecklageAnfang = ruecklageAnfang;
    }

    public BigDecimal getZufuehrungRuecklage() {
        return zufuehrungRuecklage;
    }

    public void setZufuehrungRuecklage(BigDecimal zufuehrungRuecklage) {
        this.zufuehrungRuecklage = zufuehrungRuecklage;
    }

    public BigDecimal getInvestitionen() {
        return investitionen;
    }

    public void setInvestitionen(BigDecimal investitionen) {
        this.investitionen = investitionen;
    }

    public String getBegruendungQuote() {
        return begruendungQuote;
    }

    public void setBegruendungQuote(String begruendungQuote) {
        this.begruendungQuote = begruendungQuote;
    }

    public String getAenderungsgrund() {
        return aenderungsgrund;
    }

    public void setAenderungsgrund(String aenderungsgrund) {
        this.aenderungsgrund = aenderungsgrund;
    }

    public String getErgebnis() {
        return ergebnis;
    }

    public void setErgebnis(String ergebnis) {
        this.ergebnis = ergebnis;
    }

    public String getErstelltVon() {
        return erstelltVon;
    }

    public void setErstelltVon(String erstelltVon) {
        this.erstelltVon = erstelltVon;
    }

    public String getGeprueftVon() {
        return geprueftVon;
    }

    public void setGeprueftVon(String geprueftVon) {
        this.geprueftVon = geprueftVon;
    }

    public String getFreigegebenVon() {
        return freigegebenVon;
    }

    public void setFreigegebenVon(String freigegebenVon) {
        this.freigegebenVon = freigegebenVon;
    }

    public java.time.Instant getFreigegebenAm() {
        return freigegebenAm;
    }

    public void setFreigegebenAm(java.time.Instant freigegebenAm) {
        this.freigegebenAm = freigegebenAm;
    }

}
