package de.werkerp.wage.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The monthly Entgelt run of one Einrichtung: state ({@link Laufstatus}), progress, who computed and who
 * released it (four eyes), totals. Released runs are closed: nothing of them changes any more.
 */
@Entity
@Table(name = "entgeltlauf")
public class Entgeltlauf extends TenantOwnedEntity implements Monatslauf {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @NotNull(message = "Bitte den Monat angeben.")
    @Column(nullable = false)
    private YearMonth monat;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Laufstatus status;

    private int fortschritt;

    private int gesamt;

    @Mehrzeilig
    @Column(columnDefinition = "TEXT")
    private String meldung;

    @Column(name = "berechnet_von")
    private String berechnetVon;

    @Column(name = "berechnet_am")
    private Instant berechnetAm;

    @Column(name = "freigegeben_von")
    private String freigegebenVon;

    @Column(name = "freigegeben_am")
    private Instant freigegebenAm;

    private int anzahl;

    @Column(name = "summe_auszahlung", nullable = false)
    private BigDecimal summeAuszahlung;

    /** An input changed after the computation: release refused until computed again. */
    private boolean veraltet;

    /** While LAEUFT: the computing node's lease, epoch ms (V24, {@code wage.control.Lauflease}); else null. */
    @Column(name = "lease_bis_ms")
    private Long leaseBisMs;

    /** While LAEUFT: the node computing the run. */
    @Column(name = "lease_knoten")
    private String leaseKnoten;

    public Entgeltlauf() {
    }

    public Long getLeaseBisMs() {
        return leaseBisMs;
    }

    public void setLeaseBisMs(Long leaseBisMs) {
        this.leaseBisMs = leaseBisMs;
    }

    public String getLeaseKnoten() {
        return leaseKnoten;
    }

    public void setLeaseKnoten(String leaseKnoten) {
        this.leaseKnoten = leaseKnoten;
    }

    public boolean isVeraltet() {
        return veraltet;
    }

    public void setVeraltet(boolean veraltet) {
        this.veraltet = veraltet;
    }

    @Override
    public String displayType() {
        return "Entgeltlauf";
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public YearMonth getMonat() {
        return monat;
    }

    public void setMonat(YearMonth monat) {
        this.monat = monat;
    }

    public Laufstatus getStatus() {
        return status;
    }

    public void setStatus(Laufstatus status) {
        this.status = status;
    }

    public int getFortschritt() {
        return fortschritt;
    }

    public void setFortschritt(int fortschritt) {
        this.fortschritt = fortschritt;
    }

    public int getGesamt() {
        return gesamt;
    }

    public void setGesamt(int gesamt) {
        this.gesamt = gesamt;
    }

    public String getMeldung() {
        return meldung;
    }

    public void setMeldung(String meldung) {
        this.meldung = meldung;
    }

    public String getBerechnetVon() {
        return berechnetVon;
    }

    public void setBerechnetVon(String berechnetVon) {
        this.berechnetVon = berechnetVon;
    }

    public Instant getBerechnetAm() {
        return berechnetAm;
    }

    public void setBerechnetAm(Instant berechnetAm) {
        this.berechnetAm = berechnetAm;
    }

    public String getFreigegebenVon() {
        return freigegebenVon;
    }

    public void setFreigegebenVon(String freigegebenVon) {
        this.freigegebenVon = freigegebenVon;
    }

    public Instant getFreigegebenAm() {
        return freigegebenAm;
    }

    public void setFreigegebenAm(Instant freigegebenAm) {
        this.freigegebenAm = freigegebenAm;
    }

    public int getAnzahl() {
        return anzahl;
    }

    public void setAnzahl(int anzahl) {
        this.anzahl = anzahl;
    }

    public BigDecimal getSummeAuszahlung() {
        return summeAuszahlung;
    }

    public void setSummeAuszahlung(BigDecimal summeAuszahlung) {
        this.summeAuszahlung = summeAuszahlung;
    }

}
