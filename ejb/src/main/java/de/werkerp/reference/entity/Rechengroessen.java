package de.werkerp.reference.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.werkerp.reference.control.Validity;

/**
 * Social-insurance figures (Bezugsgröße, contribution rates in percent) for a validity period. Shared by all tenants
 * (the law is the same for every provider); written only by the operator through
 * {@code reference.boundary.RechengroessenService}, with the legal basis ({@code rechtsquelle}) and where the figures
 * were published ({@code fundstelle}, e.g. the BGBl. page of the Sozialversicherungs-Rechengrößenverordnung).
 */
@Entity
@Table(name = "ref_rechengroessen")
public class Rechengroessen implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    private String fundstelle;

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

    public String getFundstelle() {
        return fundstelle;
    }

    public Long getId() {
        return id;
    }

    /** Takes the figures and sources of an entry (validated by the boundary before). */
    public void uebernehmen(LocalDate ab, LocalDate bis, BigDecimal west, BigDecimal ost, BigDecimal kv,
            BigDecimal zusatzbeitrag, BigDecimal pv, BigDecimal zuschlagKinderlos, BigDecimal abschlagJeKind,
            BigDecimal rv, String rechtsquelle, String fundstelle) {
        this.gueltigAb = ab;
        this.gueltigBis = bis;
        this.bezugsgroesseWest = west;
        this.bezugsgroesseOst = ost;
        this.kvAllgemeinerSatz = kv;
        this.kvZusatzbeitragDurchschnitt = zusatzbeitrag;
        this.pvSatz = pv;
        this.pvZuschlagKinderlos = zuschlagKinderlos;
        this.pvAbschlagJeKind = abschlagJeKind;
        this.rvSatz = rv;
        this.rechtsquelle = rechtsquelle;
        this.fundstelle = fundstelle;
    }

    /** Ends an open period the day before a following one starts. */
    public void beenden(LocalDate bis) {
        this.gueltigBis = bis;
    }

    /** The figures as one line of text, for the change log. */
    public String alsText() {
        return "gültig " + gueltigAb + " bis " + (gueltigBis == null ? "offen" : gueltigBis) + ", BG West "
                + bezugsgroesseWest + ", BG Ost " + (bezugsgroesseOst == null ? "–" : bezugsgroesseOst) + ", KV "
                + kvAllgemeinerSatz + " %, Ø Zusatzbeitrag " + kvZusatzbeitragDurchschnitt + " %, PV " + pvSatz
                + " %, Zuschlag Kinderlose " + pvZuschlagKinderlos + " %, Abschlag je Kind " + pvAbschlagJeKind
                + " %, RV " + rvSatz + " %; " + rechtsquelle + (fundstelle == null ? "" : "; " + fundstelle);
    }
}
