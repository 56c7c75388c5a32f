package de.werkerp.wage.entity;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Teilzeitregelung;
import de.werkerp.wage.control.WvoTeilzeit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The Entgelt settings of one Einrichtung (rules.md § 1, issue 4): a higher Grundbetrag, the part-time policy,
 * full time, absence rules, the Bundesland for public holidays, cost centre, the payer account of the SEPA file
 * and the Lohnarten of corrections. {@link de.werkerp.wage.boundary.EntgeltStammdatenService#einstellung} gives the
 * defaults (those of {@link de.werkerp.wage.control.Entgelteinstellungen#STANDARD}) while none is stored.
 */
@Entity
@Table(name = "entgelt_einstellung")
public class Entgelteinstellung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @Column(name = "grundbetrag")
    private BigDecimal grundbetrag;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "teilzeitregelung", nullable = false)
    private Teilzeitregelung teilzeitregelung;

    /** Part time under § 6 Abs. 2 WVO: reduced like any part time (rules.md § 1) or not (BAGüS). */
    @NotNull(message = "Bitte wählen, ob Teilzeit nach § 6 Abs. 2 WVO gekürzt wird.")
    @Enumerated(EnumType.STRING)
    @Column(name = "wvo_teilzeit", nullable = false)
    private WvoTeilzeit wvoTeilzeit;

    /**
     * The Einrichtung's full time, 35–40 hours (§ 6 Abs. 1 WVO): the one threshold of part time for the contract check
     * ({@code contract.boundary.VertragService}) and the wage kernel.
     */
    @NotNull(message = "Bitte die Wochenstunden der Vollzeit angeben.")
    @Column(name = "vollzeit_stunden", nullable = false)
    private BigDecimal vollzeitStunden;

    @Column(name = "unentschuldigt_kuerzt", nullable = false)
    private boolean unentschuldigtKuerzt;

    @Column(name = "entgeltfortzahlung_tage")
    private Integer entgeltfortzahlungTage;

    @Column(name = "afoeg_anteilig", nullable = false)
    private boolean afoegAnteilig;

    @NotNull(message = "Bitte das Bundesland angeben (für die Feiertage).")
    @Column(nullable = false)
    private String bundesland;

    private String kostenstelle;

    @Column(name = "auftraggeber_name")
    private String auftraggeberName;

    @Column(name = "auftraggeber_iban")
    private String auftraggeberIban;

    @Column(name = "auftraggeber_bic")
    private String auftraggeberBic;

    @NotNull
    @Column(name = "lohnart_nachzahlung", nullable = false)
    private String lohnartNachzahlung;

    @NotNull
    @Column(name = "lohnart_rueckforderung", nullable = false)
    private String lohnartRueckforderung;

    /**
     * Whether the AFöG counts as beitragspflichtiges Arbeitsentgelt in the 20 % / 80 % tests and the base of the
     * contributions (rules.md § 3, open point). Default {@code false}: § 59 SGB IX keeps it apart from the
     * Arbeitsentgelt.
     */
    @Column(name = "afoeg_beitragspflichtig", nullable = false)
    private boolean afoegBeitragspflichtig;

    public boolean isAfoegBeitragspflichtig() {
        return afoegBeitragspflichtig;
    }

    public void setAfoegBeitragspflichtig(boolean afoegBeitragspflichtig) {
        this.afoegBeitragspflichtig = afoegBeitragspflichtig;
    }

    public Entgelteinstellung() {
    }

    @Override
    public String displayType() {
        return "Entgelteinstellung";
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public BigDecimal getGrundbetrag() {
        return grundbetrag;
    }

    public void setGrundbetrag(BigDecimal grundbetrag) {
        this.grundbetrag = grundbetrag;
    }

    public Teilzeitregelung getTeilzeitregelung() {
        return teilzeitregelung;
    }

    public void setTeilzeitregelung(Teilzeitregelung teilzeitregelung) {
        this.teilzeitregelung = teilzeitregelung;
    }

    public WvoTeilzeit getWvoTeilzeit() {
        return wvoTeilzeit;
    }

    public void setWvoTeilzeit(WvoTeilzeit wvoTeilzeit) {
        this.wvoTeilzeit = wvoTeilzeit;
    }

    public BigDecimal getVollzeitStunden() {
        return vollzeitStunden;
    }

    public void setVollzeitStunden(BigDecimal vollzeitStunden) {
        this.vollzeitStunden = vollzeitStunden;
    }

    public boolean isUnentschuldigtKuerzt() {
        return unentschuldigtKuerzt;
    }

    public void setUnentschuldigtKuerzt(boolean unentschuldigtKuerzt) {
        this.unentschuldigtKuerzt = unentschuldigtKuerzt;
    }

    public Integer getEntgeltfortzahlungTage() {
        return entgeltfortzahlungTage;
    }

    public void setEntgeltfortzahlungTage(Integer entgeltfortzahlungTage) {
        this.entgeltfortzahlungTage = entgeltfortzahlungTage;
    }

    public boolean isAfoegAnteilig() {
        return afoegAnteilig;
    }

    public void setAfoegAnteilig(boolean afoegAnteilig) {
        this.afoegAnteilig = afoegAnteilig;
    }

    public String getBundesland() {
        return bundesland;
    }

    public void setBundesland(String bundesland) {
        this.bundesland = bundesland;
    }

    public String getKostenstelle() {
        return kostenstelle;
    }

    public void setKostenstelle(String kostenstelle) {
        this.kostenstelle = kostenstelle;
    }

    public String getAuftraggeberName() {
        return auftraggeberName;
    }

    public void setAuftraggeberName(String auftraggeberName) {
        this.auftraggeberName = auftraggeberName;
    }

    public String getAuftraggeberIban() {
        return auftraggeberIban;
    }

    public void setAuftraggeberIban(String auftraggeberIban) {
        this.auftraggeberIban = auftraggeberIban;
    }

    public String getAuftraggeberBic() {
        return auftraggeberBic;
    }

    public void setAuftraggeberBic(String auftraggeberBic) {
        this.auftraggeberBic = auftraggeberBic;
    }

    public String getLohnartNachzahlung() {
        return lohnartNachzahlung;
    }

    public void setLohnartNachzahlung(String lohnartNachzahlung) {
        this.lohnartNachzahlung = lohnartNachzahlung;
    }

    public String getLohnartRueckforderung() {
        return lohnartRueckforderung;
    }

    public void setLohnartRueckforderung(String lohnartRueckforderung) {
        this.lohnartRueckforderung = lohnartRueckforderung;
    }

}
