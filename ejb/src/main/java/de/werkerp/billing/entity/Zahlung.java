package de.werkerp.billing.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.TenantOwnedEntity;

/** A payment received on an invoice (entered or imported from a CSV bank export). */
@Entity
@Table(name = "zahlung")
public class Zahlung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "rechnung_id", nullable = false)
    private Rechnung rechnung;

    @NotNull(message = "Bitte das Zahlungsdatum angeben.")
    @Column(nullable = false)
    private LocalDate datum;

    @NotNull(message = "Bitte den Betrag angeben.")
    @Column(nullable = false)
    private BigDecimal betrag;

    @Size(max = 200, message = "Der Verwendungszweck darf höchstens 200 Zeichen lang sein.")
    private String verwendungszweck;

    public Zahlung() {
    }

    @Override
    public String displayType() {
        return "Zahlung";
    }


    public Rechnung getRechnung() {
        return rechnung;
    }

    public void setRechnung(Rechnung rechnung) {
        this.rechnung = rechnung;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public BigDecimal getBetrag() {
        return betrag;
    }

    public void setBetrag(BigDecimal betrag) {
        this.betrag = betrag;
    }

    public String getVerwendungszweck() {
        return verwendungszweck;
    }

    public void setVerwendungszweck(String verwendungszweck) {
        this.verwendungszweck = verwendungszweck;
    }
}
