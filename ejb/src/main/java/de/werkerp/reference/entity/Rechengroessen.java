package de.werkerp.reference.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.werkerp.reference.control.Validity;

/** Social-insurance figures (Bezugsgröße, contribution rates in percent) for a validity period. Read-only. */
@Entity
@Table(name = "ref_rechengroessen")
public class Rechengroessen {

    @Id
    private Long id;

    @Column(name = "gueltig_ab")
    private LocalDate gueltigAb;

    @Column(name = "gueltig_bis")
    private LocalDate gueltigBis;

    @Column(name = "bezugsgroesse_west")
    private BigDecimal bezugsgroesseWest;

    @Column(name = "bezugsgroesse_ost")
    private BigDecimal bezugsgroesseOst;

    @Column(name = "kv_allgemeiner_satz")
    private BigDecimal kvAllgemeinerSatz;

    @Column(name = "kv_zusatzbeitrag_durchschn")
    private BigDecimal kvZusatzbeitragDurchschnitt;

    @Column(name = "pv_satz")
    private BigDecimal pvSatz;

    @Column(name = "pv_zuschlag_kinderlos")
    private BigDecimal pvZuschlagKinderlos;

    @Column(name = "pv_abschlag_je_kind")
    private BigDecimal pvAbschlagJeKind;

    @Column(name = "rv_satz")
    private BigDecimal rvSatz;

    private String rechtsquelle;

    public Validity validity() {
        return new Validity(gueltigAb, gueltigBis);
    }

    public LocalDate getGueltigAb() {
        return gueltigAb;
    }

    public LocalDate getGueltigBis() {
        return gueltigBis;
    }

    public BigDecimal getBezugsgroesseWest() {
        return bezugsgroesseWest;
    }

    public BigDecimal getBezugsgroesseOst() {
        return bezugsgroesseOst;
    }

    public BigDecimal getKvAllgemeinerSatz() {
        return kvAllgemeinerSatz;
    }

    public BigDecimal getKvZusatzbeitragDurchschnitt() {
        return kvZusatzbeitragDurchschnitt;
    }

    public BigDecimal getPvSatz() {
        return pvSatz;
    }

    public BigDecimal getPvZuschlagKinderlos() {
        return pvZuschlagKinderlos;
    }

    public BigDecimal getPvAbschlagJeKind() {
        return pvAbschlagJeKind;
    }

    /** The figures as the contribution kernel takes them. */
    public de.werkerp.social.control.Beitragssaetze beitragssaetze() {
        return new de.werkerp.social.control.Beitragssaetze(gueltigAb, gueltigBis, bezugsgroesseWest, bezugsgroesseOst,
                kvAllgemeinerSatz, kvZusatzbeitragDurchschnitt, pvSatz, pvZuschlagKinderlos, pvAbschlagJeKind, rvSatz);
    }

    public BigDecimal getRvSatz() {
        return rvSatz;
    }

    public String getRechtsquelle() {
        return rechtsquelle;
    }
}
