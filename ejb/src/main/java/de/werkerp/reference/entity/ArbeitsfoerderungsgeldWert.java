package de.werkerp.reference.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.werkerp.reference.control.Validity;
import de.werkerp.wage.control.Arbeitsfoerderungsgeld;

/** The figures of § 59 SGB IX (AFöG) for a validity period. Read-only. */
@Entity
@Table(name = "ref_arbeitsfoerderungsgeld")
public class ArbeitsfoerderungsgeldWert {

    @Id
    private Long id;

    @Column(name = "gueltig_ab")
    private LocalDate gueltigAb;

    @Column(name = "gueltig_bis")
    private LocalDate gueltigBis;

    private BigDecimal betrag;

    @Column(name = "grenze_voll")
    private BigDecimal grenzeVoll;

    private BigDecimal obergrenze;

    private String rechtsquelle;

    public Validity validity() {
        return new Validity(gueltigAb, gueltigBis);
    }

    public Arbeitsfoerderungsgeld rule() {
        return new Arbeitsfoerderungsgeld(betrag, grenzeVoll, obergrenze);
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

    public BigDecimal getGrenzeVoll() {
        return grenzeVoll;
    }

    public BigDecimal getObergrenze() {
        return obergrenze;
    }

    public String getRechtsquelle() {
        return rechtsquelle;
    }
}
