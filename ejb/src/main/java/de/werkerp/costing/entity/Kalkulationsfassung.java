package de.werkerp.costing.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.InstantConverter;
import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * One version of the cost calculation of an Einrichtung (seed 003 Tab. 1): parameters here, the lines in
 * {@link Kalkulationsposition}. A draft can be changed; once fixed ({@link Kalkulationsstatus#FESTGESCHRIEBEN}) the
 * version never changes — the boundary refuses it with a German message, and as a second line of defence this entity
 * refuses any update or delete after it was loaded as fixed. A change is a new version.
 */
@Entity
@Table(name = "kalkulation")
public class Kalkulationsfassung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @Column(nullable = false)
    private int fassung;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kalkulationsstatus status;

    @NotBlank(message = "Bitte eine Bezeichnung angeben, z. B. „Kalkulation 2026“.")
    @Size(max = 200, message = "Die Bezeichnung darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String bezeichnung;

    @Column(name = "gueltig_ab")
    private LocalDate gueltigAb;

    @Column(name = "gueltig_bis")
    private LocalDate gueltigBis;

    @Min(value = 1, message = "Bitte mindestens 1 Platz angeben.")
    @Column(nullable = false)
    private int plaetze;

    @Column(name = "plaetze_seelisch", nullable = false)
    private int plaetzeSeelisch;

    @Column(nullable = false)
    private int tage;

    @Column(name = "finanzierte_fehltage", nullable = false)
    private int finanzierteFehltage;

    @NotNull
    @Column(name = "vollzeit_stunden", nullable = false)
    private BigDecimal vollzeitStunden;

    @NotNull
    @Column(name = "satz_gebaeude", nullable = false)
    private BigDecimal satzGebaeude;

    @NotNull
    @Column(name = "satz_inventar", nullable = false)
    private BigDecimal satzInventar;

    /** Total yearly costs as computed when the version was last saved (frozen when fixed). */
    @NotNull
    @Column(nullable = false)
    private BigDecimal gesamtkosten;

    /** Cost per place and day as computed when the version was last saved (frozen when fixed). */
    @NotNull
    @Column(name = "kosten_je_platz_tag", nullable = false)
    private BigDecimal kostenJePlatzTag;

    @Mehrzeilig
    @Size(max = 500, message = "Der Änderungsgrund darf höchstens 500 Zeichen lang sein.")
    private String aenderungsgrund;

    @NotNull
    @Column(name = "erstellt_von", nullable = false)
    private String erstelltVon;

    @Column(name = "festgeschrieben_von")
    private String festgeschriebenVon;

    @Convert(converter = InstantConverter.class)
    @Column(name = "festgeschrieben_am")
    private Instant festgeschriebenAm;

    @Transient
    private transient boolean alsFestgeschriebenGeladen;

    @Override
    public String displayType() {
        return "Kostenkalkulation";
    }

    @PostLoad
    void geladen() {
        alsFestgeschriebenGeladen = status == Kalkulationsstatus.FESTGESCHRIEBEN;
    }

    @PreUpdate
    @PreRemove
    void unveraenderlich() {
        if (alsFestgeschriebenGeladen) {
            throw new IllegalStateException("Eine festgeschriebene Kalkulation ist unveränderlich.");
        }
    }

    public boolean isFestgeschrieben() {
        return status == Kalkulationsstatus.FESTGESCHRIEBEN;
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public int getFassung() {
        return fassung;
    }

    public void setFassung(int fassung) {
        this.fassung = fassung;
    }

    public Kalkulationsstatus getStatus() {
        return status;
    }

    public void setStatus(Kalkulationsstatus status) {
        this.status = status;
    }

    public String getBezeichnung() {
        return bezeichnung;
    }

    public void setBezeichnung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
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

    public int getPlaetze() {
        return plaetze;
    }

    public void setPlaetze(int plaetze) {
        this.plaetze = plaetze;
    }

    public int getPlaetzeSeelisch() {
        return plaetzeSeelisch;
    }

    public void setPlaetzeSeelisch(int plaetzeSeelisch) {
        this.plaetzeSeelisch = plaetzeSeelisch;
    }

    public int getTage() {
        return tage;
    }

    public void setTage(int tage) {
        this.tage = tage;
    }

    public int getFinanzierteFehltage() {
        return finanzierteFehltage;
    }

    public void setFinanzierteFehltage(int finanzierteFehltage) {
        this.finanzierteFehltage = finanzierteFehltage;
    }

    public BigDecimal getVollzeitStunden() {
        return vollzeitStunden;
    }

    public void setVollzeitStunden(BigDecimal vollzeitStunden) {
        this.vollzeitStunden = vollzeitStunden;
    }

    public BigDecimal getSatzGebaeude() {
        return satzGebaeude;
    }

    public void setSatzGebaeude(BigDecimal satzGebaeude) {
        this.satzGebaeude = satzGebaeude;
    }

    public BigDecimal getSatzInventar() {
        return satzInventar;
    }

    public void setSatzInventar(BigDecimal satzInventar) {
        this.satzInventar = satzInventar;
    }

    public BigDecimal getGesamtkosten() {
        return gesamtkosten;
    }

    public void setGesamtkosten(BigDecimal gesamtkosten) {
        this.gesamtkosten = gesamtkosten;
    }

    public BigDecimal getKostenJePlatzTag() {
        return kostenJePlatzTag;
    }

    public void setKostenJePlatzTag(BigDecimal kostenJePlatzTag) {
        this.kostenJePlatzTag = kostenJePlatzTag;
    }

    public String getAenderungsgrund() {
        return aenderungsgrund;
    }

    public void setAenderungsgrund(String aenderungsgrund) {
        this.aenderungsgrund = aenderungsgrund;
    }

    public String getErstelltVon() {
        return erstelltVon;
    }

    public void setErstelltVon(String erstelltVon) {
        this.erstelltVon = erstelltVon;
    }

    public String getFestgeschriebenVon() {
        return festgeschriebenVon;
    }

    public void setFestgeschriebenVon(String festgeschriebenVon) {
        this.festgeschriebenVon = festgeschriebenVon;
    }

    public Instant getFestgeschriebenAm() {
        return festgeschriebenAm;
    }

    public void setFestgeschriebenAm(Instant festgeschriebenAm) {
        this.festgeschriebenAm = festgeschriebenAm;
    }
}
