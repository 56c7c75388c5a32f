package de.werkerp.wage.entity;

import de.werkerp.platform.entity.TenantOwnedBulkRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The statement of one person in one run: the totals as columns (for lists and sums) and every line as JSON
 * ({@link de.werkerp.wage.control.RechenzeilenJson}). Name, account and cost centre are copied at computation
 * time, so a closed month shows what was paid even if the person's data change later.
 */
@Entity
@Table(name = "abrechnung")
public class Abrechnung extends TenantOwnedBulkRow {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "lauf_id", nullable = false)
    private Entgeltlauf lauf;

    @Column(name = "beschaeftigter_id", nullable = false)
    private Long beschaeftigterId;

    @Column(name = "vertrag_id", nullable = false)
    private Long vertragId;

    @NotNull
    @Column(nullable = false)
    private String name;

    private String personalnummer;

    @NotNull
    @Column(nullable = false)
    private String bereich;

    private String gruppe;

    private String kostenstelle;

    private String iban;

    private String kontoinhaber;

    private BigDecimal wochenstunden;

    @Column(name = "grundbetrag", nullable = false)
    private BigDecimal grundbetrag;

    @Column(name = "steigerungsbetrag", nullable = false)
    private BigDecimal steigerungsbetrag;

    @Column(name = "arbeitsentgelt", nullable = false)
    private BigDecimal arbeitsentgelt;

    @Column(name = "arbeitsfoerderungsgeld", nullable = false)
    private BigDecimal arbeitsfoerderungsgeld;

    @Column(name = "sonstige_bezuege", nullable = false)
    private BigDecimal sonstigeBezuege;

    @Column(name = "abzuege", nullable = false)
    private BigDecimal abzuege;

    @Column(name = "auszahlung", nullable = false)
    private BigDecimal auszahlung;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String zeilen;

    @Column(columnDefinition = "TEXT")
    private String hinweise;

    @Column(name = "anwesenheit_fehlt", nullable = false)
    private boolean anwesenheitFehlt;


    // social insurance (issue 5): shares per branch, rounded per BVV; all lines as JSON in beitraege

    @Column(name = "rv_nummer")
    private String rvNummer;

    @Column(name = "krankenkasse")
    private String krankenkasse;

    @Column(name = "kasse_betriebsnummer")
    private String kasseBetriebsnummer;

    @Column(name = "leistungstraeger_id")
    private Long leistungstraegerId;

    @Column(name = "leistungstraeger")
    private String leistungstraeger;

    @Column(name = "kv_bemessung")
    private BigDecimal kvBemessung = BigDecimal.ZERO;

    @Column(name = "kv_traeger")
    private BigDecimal kvTraeger = BigDecimal.ZERO;

    @Column(name = "kv_beschaeftigter")
    private BigDecimal kvBeschaeftigter = BigDecimal.ZERO;

    @Column(name = "kvz_traeger")
    private BigDecimal kvzTraeger = BigDecimal.ZERO;

    @Column(name = "kvz_beschaeftigter")
    private BigDecimal kvzBeschaeftigter = BigDecimal.ZERO;

    @Column(name = "pv_traeger")
    private BigDecimal pvTraeger = BigDecimal.ZERO;

    @Column(name = "pv_beschaeftigter")
    private BigDecimal pvBeschaeftigter = BigDecimal.ZERO;

    @Column(name = "rv_bemessung")
    private BigDecimal rvBemessung = BigDecimal.ZERO;

    /** SV-Tage of the month (30 = whole month, § 223 Abs. 2 SGB V); {@code null} without contributions. */
    @Column(name = "sv_tage")
    private Integer svTage;

    @Column(name = "rv_traeger")
    private BigDecimal rvTraeger = BigDecimal.ZERO;

    @Column(name = "rv_beschaeftigter")
    private BigDecimal rvBeschaeftigter = BigDecimal.ZERO;

    @Column(name = "rv_erstattung_bund")
    private BigDecimal rvErstattungBund = BigDecimal.ZERO;

    @Column(name = "rv_erstattung_lt")
    private BigDecimal rvErstattungLt = BigDecimal.ZERO;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String beitraege;

    public Abrechnung() {
    }

    public Entgeltlauf getLauf() {
        return lauf;
    }

    public void setLauf(Entgeltlauf lauf) {
        this.lauf = lauf;
    }

    public Long getBeschaeftigterId() {
        return beschaeftigterId;
    }

    public void setBeschaeftigterId(Long beschaeftigterId) {
        this.beschaeftigterId = beschaeftigterId;
    }

    public Long getVertragId() {
        return vertragId;
    }

    public void setVertragId(Long vertragId) {
        this.vertragId = vertragId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPersonalnummer() {
        return personalnummer;
    }

    public void setPersonalnummer(String personalnummer) {
        this.personalnummer = personalnummer;
    }

    public String getBereich() {
        return bereich;
    }

    public void setBereich(String bereich) {
        this.bereich = bereich;
    }

    public String getGruppe() {
        return gruppe;
    }

    public void setGruppe(String gruppe) {
        this.gruppe = gruppe;
    }

    public String getKostenstelle() {
        return kostenstelle;
    }

    public void setKostenstelle(String kostenstelle) {
        this.kostenstelle = kostenstelle;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getKontoinhaber() {
        return kontoinhaber;
    }

    public void setKontoinhaber(String kontoinhaber) {
        this.kontoinhaber = kontoinhaber;
    }

    public BigDecimal getWochenstunden() {
        return wochenstunden;
    }

    public void setWochenstunden(BigDecimal wochenstunden) {
        this.wochenstunden = wochenstunden;
    }

    public BigDecimal getGrundbetrag() {
        return grundbetrag;
    }

    public void setGrundbetrag(BigDecimal grundbetrag) {
        this.grundbetrag = grundbetrag;
    }

    public BigDecimal getSteigerungsbetrag() {
        return steigerungsbetrag;
    }

    public void setSteigerungsbetrag(BigDecimal steigerungsbetrag) {
        this.steigerungsbetrag = steigerungsbetrag;
    }

    public BigDecimal getArbeitsentgelt() {
        return arbeitsentgelt;
    }

    public void setArbeitsentgelt(BigDecimal arbeitsentgelt) {
        this.arbeitsentgelt = arbeitsentgelt;
    }

    public BigDecimal getArbeitsfoerderungsgeld() {
        return arbeitsfoerderungsgeld;
    }

    public void setArbeitsfoerderungsgeld(BigDecimal arbeitsfoerderungsgeld) {
        this.arbeitsfoerderungsgeld = arbeitsfoerderungsgeld;
    }

    public BigDecimal getSonstigeBezuege() {
        return sonstigeBezuege;
    }

    public void setSonstigeBezuege(BigDecimal sonstigeBezuege) {
        this.sonstigeBezuege = sonstigeBezuege;
    }

    public BigDecimal getAbzuege() {
        return abzuege;
    }

    public void setAbzuege(BigDecimal abzuege) {
        this.abzuege = abzuege;
    }

    public BigDecimal getAuszahlung() {
        return auszahlung;
    }

    public void setAuszahlung(BigDecimal auszahlung) {
        this.auszahlung = auszahlung;
    }

    public String getZeilen() {
        return zeilen;
    }

    public void setZeilen(String zeilen) {
        this.zeilen = zeilen;
    }

    public String getHinweise() {
        return hinweise;
    }

    public void setHinweise(String hinweise) {
        this.hinweise = hinweise;
    }

    public boolean isAnwesenheitFehlt() {
        return anwesenheitFehlt;
    }

    public void setAnwesenheitFehlt(boolean anwesenheitFehlt) {
        this.anwesenheitFehlt = anwesenheitFehlt;
    }

    public String getRvNummer() {
        return rvNummer;
    }

    public void setRvNummer(String rvNummer) {
        this.rvNummer = rvNummer;
    }

    public String getKrankenkasse() {
        return krankenkasse;
    }

    public void setKrankenkasse(String krankenkasse) {
        this.krankenkasse = krankenkasse;
    }

    public String getKasseBetriebsnummer() {
        return kasseBetriebsnummer;
    }

    public void setKasseBetriebsnummer(String kasseBetriebsnummer) {
        this.kasseBetriebsnummer = kasseBetriebsnummer;
    }

    public Long getLeistungstraegerId() {
        return leistungstraegerId;
    }

    public void setLeistungstraegerId(Long leistungstraegerId) {
        this.leistungstraegerId = leistungstraegerId;
    }

    public String getLeistungstraeger() {
        return leistungstraeger;
    }

    public void setLeistungstraeger(String leistungstraeger) {
        this.leistungstraeger = leistungstraeger;
    }

    public BigDecimal getKvBemessung() {
        return kvBemessung;
    }

    public void setKvBemessung(BigDecimal kvBemessung) {
        this.kvBemessung = kvBemessung;
    }

    public BigDecimal getKvTraeger() {
        return kvTraeger;
    }

    public void setKvTraeger(BigDecimal kvTraeger) {
        this.kvTraeger = kvTraeger;
    }

    public BigDecimal getKvBeschaeftigter() {
        return kvBeschaeftigter;
    }

    public void setKvBeschaeftigter(BigDecimal kvBeschaeftigter) {
        this.kvBeschaeftigter = kvBeschaeftigter;
    }

    public BigDecimal getKvzTraeger() {
        return kvzTraeger;
    }

    public void setKvzTraeger(BigDecimal kvzTraeger) {
        this.kvzTraeger = kvzTraeger;
    }

    public BigDecimal getKvzBeschaeftigter() {
        return kvzBeschaeftigter;
    }

    public void setKvzBeschaeftigter(BigDecimal kvzBeschaeftigter) {
        this.kvzBeschaeftigter = kvzBeschaeftigter;
    }

    public BigDecimal getPvTraeger() {
        return pvTraeger;
    }

    public void setPvTraeger(BigDecimal pvTraeger) {
        this.pvTraeger = pvTraeger;
    }

    public BigDecimal getPvBeschaeftigter() {
        return pvBeschaeftigter;
    }

    public void setPvBeschaeftigter(BigDecimal pvBeschaeftigter) {
        this.pvBeschaeftigter = pvBeschaeftigter;
    }

    public Integer getSvTage() {
        return svTage;
    }

    public void setSvTage(Integer svTage) {
        this.svTage = svTage;
    }

    public BigDecimal getRvBemessung() {
        return rvBemessung;
    }

    public void setRvBemessung(BigDecimal rvBemessung) {
        this.rvBemessung = rvBemessung;
    }

    public BigDecimal getRvTraeger() {
        return rvTraeger;
    }

    public void setRvTraeger(BigDecimal rvTraeger) {
        this.rvTraeger = rvTraeger;
    }

    public BigDecimal getRvBeschaeftigter() {
        return rvBeschaeftigter;
    }

    public void setRvBeschaeftigter(BigDecimal rvBeschaeftigter) {
        this.rvBeschaeftigter = rvBeschaeftigter;
    }

    public BigDecimal getRvErstattungBund() {
        return rvErstattungBund;
    }

    public void setRvErstattungBund(BigDecimal rvErstattungBund) {
        this.rvErstattungBund = rvErstattungBund;
    }

    public BigDecimal getRvErstattungLt() {
        return rvErstattungLt;
    }

    public void setRvErstattungLt(BigDecimal rvErstattungLt) {
        this.rvErstattungLt = rvErstattungLt;
    }

    public String getBeitraege() {
        return beitraege;
    }

    public void setBeitraege(String beitraege) {
        this.beitraege = beitraege;
    }

}
