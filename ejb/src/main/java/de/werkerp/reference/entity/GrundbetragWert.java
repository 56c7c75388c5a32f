package de.werkerp.reference.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.werkerp.reference.control.Validity;

/** Statutory minimum Grundbetrag per month (§ 221 Abs. 2 SGB IX) for a validity period. Read-only. */
@Entity
@Table(name = "ref_grundbetrag")
public class GrundbetragWert implements java.io.Serializable {

    @Id
    private Long id;

    @Column(name = "gueltig_ab")
    private LocalDate gueltigAb;

    @Column(name = "gueltig_bis")
    private LocalDate gueltigBis;

    private BigDecimal betrag;

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

    public BigDecimal getBetrag() {
        return betrag;
    }

    public String getRechtsquelle() {
        return rechtsquelle;
    }

    public String getFundstelle() {
        return fundstelle;
    }
}
