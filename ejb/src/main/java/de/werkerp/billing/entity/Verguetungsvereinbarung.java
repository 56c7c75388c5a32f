package de.werkerp.billing.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.billing.control.Satzart;
import de.werkerp.billing.control.Verguetungsregel;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.Personenkreis;
import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * A Vergütungsvereinbarung (§ 125 SGB IX) of an Einrichtung with a Leistungsträger for one area, optionally for one
 * group of persons, valid from/to (versions by validity; overlapping versions are refused). Holds the rate, the
 * part-time rule (seed 004 section 4.4), the yearly absence allowance (seed 003 chapter 6.1) and the Leistungsträger's
 * budget line (Haushaltsstelle, seed 004 section 11) printed on the invoice.
 */
@Entity
@Table(name = "verguetungsvereinbarung")
public class Verguetungsvereinbarung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte die Einrichtung wählen.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @NotNull(message = "Bitte den Leistungsträger wählen.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "leistungstraeger_id", nullable = false)
    private Leistungstraeger leistungstraeger;

    @NotBlank(message = "Bitte eine Bezeichnung eingeben.")
    @Size(max = 200, message = "Die Bezeichnung darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String bezeichnung;

    @NotNull(message = "Bitte den Bereich wählen (EV, BBB oder AB).")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Bereich bereich;

    /** Null: for every group of persons without an agreement of its own. */
    @Enumerated(EnumType.STRING)
    private Personenkreis personenkreis;

    @NotNull(message = "Bitte angeben, ab wann die Vereinbarung gilt.")
    @Column(name = "gueltig_ab", nullable = false)
    private LocalDate gueltigAb;

    @Column(name = "gueltig_bis")
    private LocalDate gueltigBis;

    @NotNull(message = "Bitte die Art des Satzes wählen.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Satzart satzart;

    @NotNull(message = "Bitte den Betrag eingeben.")
    @DecimalMin(value = "0.00", message = "Der Betrag darf nicht negativ sein.")
    @Digits(integer = 7, fraction = 2, message = "Der Betrag ist ein Euro-Betrag mit höchstens 2 Nachkommastellen.")
    @Column(nullable = false)
    private BigDecimal betrag;

    @DecimalMin(value = "0.00", message = "Die Stundengrenze darf nicht negativ sein.")
    @DecimalMax(value = "60.00", message = "Die Stundengrenze liegt bei höchstens 60 Wochenstunden.")
    @Column(name = "teilzeit_grenze")
    private BigDecimal teilzeitGrenze;

    @DecimalMin(value = "0.00", message = "Die Teilzeitkürzung liegt zwischen 0 und 100 Prozent.")
    @DecimalMax(value = "100.00", message = "Die Teilzeitkürzung liegt zwischen 0 und 100 Prozent.")
    @Column(name = "teilzeit_kuerzung")
    private BigDecimal teilzeitKuerzung;

    @Min(value = 0, message = "Die finanzierten Fehltage dürfen nicht negativ sein.")
    @Column(name = "fehltage_jahr")
    private Integer fehltageJahr;

    @Size(max = 40, message = "Die Haushaltsstelle darf höchstens 40 Zeichen lang sein.")
    private String haushaltsstelle;

    @Size(max = 200, message = "Der Text der Haushaltsstelle darf höchstens 200 Zeichen lang sein.")
    @Column(name = "haushaltsstelle_text")
    private String haushaltsstelleText;

    /** The Leistungsträger's Leitweg-ID / buyer reference (XRechnung BT-10) for invoices under this agreement. */
    @Size(max = 50, message = "Die Leitweg-ID darf höchstens 50 Zeichen lang sein.")
    @Column(name = "leitweg_id")
    private String leitwegId;

    public Verguetungsvereinbarung() {
    }

    @Override
    public String displayType() {
        return "Vergütungsvereinbarung";
    }

    /** The kernel's view. */
    public Verguetungsregel regel() {
        return new Verguetungsregel(satzart, betrag, teilzeitGrenze, teilzeitKuerzung, fehltageJahr);
    }

    /** Whether the agreement is valid on the day. */
    public boolean gilt(LocalDate tag) {
        return !tag.isBefore(gueltigAb) && (gueltigBis == null || !tag.isAfter(gueltigBis));
    }


    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public Leistungstraeger getLeistungstraeger() {
        return leistungstraeger;
    }

    public void setLeistungstraeger(Leistungstraeger leistungstraeger) {
        this.leistungstraeger = leistungstraeger;
    }

    public String getBezeichnung() {
        return bezeichnung;
    }

    public void setBezeichnung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public Bereich getBereich() {
        return bereich;
    }

    public void setBereich(Bereich bereich) {
        this.bereich = bereich;
    }

    public Personenkreis getPersonenkreis() {
        return personenkreis;
    }

    public void setPersonenkreis(Personenkreis personenkreis) {
        this.personenkreis = personenkreis;
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

    public Satzart getSatzart() {
        return satzart;
    }

    public void setSatzart(Satzart satzart) {
        this.satzart = satzart;
    }

    public BigDecimal getBetrag() {
        return betrag;
    }

    public void setBetrag(BigDecimal betrag) {
        this.betrag = betrag;
    }

    public BigDecimal getTeilzeitGrenze() {
        return teilzeitGrenze;
    }

    public void setTeilzeitGrenze(BigDecimal teilzeitGrenze) {
        this.teilzeitGrenze = teilzeitGrenze;
    }

    public BigDecimal getTeilzeitKuerzung() {
        return teilzeitKuerzung;
    }

    public void setTeilzeitKuerzung(BigDecimal teilzeitKuerzung) {
        this.teilzeitKuerzung = teilzeitKuerzung;
    }

    public Integer getFehltageJahr() {
        return fehltageJahr;
    }

    public void setFehltageJahr(Integer fehltageJahr) {
        this.fehltageJahr = fehltageJahr;
    }

    public String getHaushaltsstelle() {
        return haushaltsstelle;
    }

    public void setHaushaltsstelle(String haushaltsstelle) {
        this.haushaltsstelle = haushaltsstelle;
    }

    public String getHaushaltsstelleText() {
        return haushaltsstelleText;
    }

    public void setHaushaltsstelleText(String haushaltsstelleText) {
        this.haushaltsstelleText = haushaltsstelleText;
    }

    public String getLeitwegId() {
        return leitwegId;
    }

    public void setLeitwegId(String leitwegId) {
        this.leitwegId = leitwegId;
    }
}
