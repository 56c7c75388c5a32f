package de.werkerp.billing.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import de.werkerp.billing.control.Satzart;
import de.werkerp.platform.entity.TenantOwnedEntity;

/**
 * One line of an invoice: a person and a period of a month ({@code leistungsmonat}); a correction line
 * ({@code korrektur}) of a closed month carries the old and new amount, {@code betrag} is the difference.
 */
@Entity
@Table(name = "rechnungsposition")
public class Rechnungsposition extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "rechnung_id", nullable = false)
    private Rechnung rechnung;

    @Column(name = "beschaeftigter_id", nullable = false)
    private Long beschaeftigterId;

    @NotNull
    @Column(nullable = false)
    private String name;

    private String aktenzeichen;

    @Column(name = "vereinbarung_id")
    private Long vereinbarungId;

    private String haushaltsstelle;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private de.werkerp.contract.entity.Bereich bereich;

    @NotNull
    @Column(nullable = false)
    private YearMonth leistungsmonat;

    @NotNull
    @Column(nullable = false)
    private LocalDate von;

    @NotNull
    @Column(nullable = false)
    private LocalDate bis;

    private boolean korrektur;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Satzart satzart;

    @NotNull
    @Column(nullable = false)
    private BigDecimal menge;

    @NotNull
    @Column(nullable = false)
    private String einheit;

    @NotNull
    @Column(nullable = false)
    private BigDecimal einzelpreis;

    @Column(name = "betrag_alt")
    private BigDecimal betragAlt;

    @Column(name = "betrag_neu")
    private BigDecimal betragNeu;

    @NotNull
    @Column(nullable = false)
    private BigDecimal betrag;

    private int anwesenheitstage;

    private int fehltage;

    @Column(name = "fehltage_nicht_finanziert")
    private int fehltageNichtFinanziert;

    @Mehrzeilig
    private String hinweis;

    public Rechnungsposition() {
    }

    @Override
    public String displayType() {
        return "Rechnungsposition";
    }


    public Rechnung getRechnung() {
        return rechnung;
    }

    public void setRechnung(Rechnung rechnung) {
        this.rechnung = rechnung;
    }

    public Long getBeschaeftigterId() {
        return beschaeftigterId;
    }

    public void setBeschaeftigterId(Long beschaeftigterId) {
        this.beschaeftigterId = beschaeftigterId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAktenzeichen() {
        return aktenzeichen;
    }

    public void setAktenzeichen(String aktenzeichen) {
        this.aktenzeichen = aktenzeichen;
    }

    public Long getVereinbarungId() {
        return vereinbarungId;
    }

    public void setVereinbarungId(Long vereinbarungId) {
        this.vereinbarungId = vereinbarungId;
    }

    public String getHaushaltsstelle() {
        return haushaltsstelle;
    }

    public void setHaushaltsstelle(String haushaltsstelle) {
        this.haushaltsstelle = haushaltsstelle;
    }

    public YearMonth getLeistungsmonat() {
        return leistungsmonat;
    }

    public void setLeistungsmonat(YearMonth leistungsmonat) {
        this.leistungsmonat = leistungsmonat;
    }

    public LocalDate getVon() {
        return von;
    }

    public void setVon(LocalDate von) {
        this.von = von;
    }

    public LocalDate getBis() {
        return bis;
    }

    public void setBis(LocalDate bis) {
        this.bis = bis;
    }

    public boolean isKorrektur() {
        return korrektur;
    }

    public void setKorrektur(boolean korrektur) {
        this.korrektur = korrektur;
    }

    public Satzart getSatzart() {
        return satzart;
    }

    public void setSatzart(Satzart satzart) {
        this.satzart = satzart;
    }

    public BigDecimal getMenge() {
        return menge;
    }

    public void setMenge(BigDecimal menge) {
        this.menge = menge;
    }

    public String getEinheit() {
        return einheit;
    }

    public void setEinheit(String einheit) {
        this.einheit = einheit;
    }

    public BigDecimal getEinzelpreis() {
        return einzelpreis;
    }

    public void setEinzelpreis(BigDecimal einzelpreis) {
        this.einzelpreis = einzelpreis;
    }

    public BigDecimal getBetragAlt() {
        return betragAlt;
    }

    public void setBetragAlt(BigDecimal betragAlt) {
        this.betragAlt = betragAlt;
    }

    public BigDecimal getBetragNeu() {
        return betragNeu;
    }

    public void setBetragNeu(BigDecimal betragNeu) {
        this.betragNeu = betragNeu;
    }

    public BigDecimal getBetrag() {
        return betrag;
    }

    public void setBetrag(BigDecimal betrag) {
        this.betrag = betrag;
    }

    public int getAnwesenheitstage() {
        return anwesenheitstage;
    }

    public void setAnwesenheitstage(int anwesenheitstage) {
        this.anwesenheitstage = anwesenheitstage;
    }

    public int getFehltage() {
        return fehltage;
    }

    public void setFehltage(int fehltage) {
        this.fehltage = fehltage;
    }

    public int getFehltageNichtFinanziert() {
        return fehltageNichtFinanziert;
    }

    public void setFehltageNichtFinanziert(int fehltageNichtFinanziert) {
        this.fehltageNichtFinanziert = fehltageNichtFinanziert;
    }

    public String getHinweis() {
        return hinweis;
    }

    public void setHinweis(String hinweis) {
        this.hinweis = hinweis;
    }

    public de.werkerp.contract.entity.Bereich getBereich() {
        return bereich;
    }

    public void setBereich(de.werkerp.contract.entity.Bereich bereich) {
        this.bereich = bereich;
    }
}
