package de.werkerp.result.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A manual adjustment of a position of an Einrichtung's year, with the required reason.
 */
@Entity
@Table(name = "ergebnis_korrektur")
public class ErgebnisKorrektur extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @Column(nullable = false)
    private int jahr;

    @NotNull(message = "Bitte die Position wählen.")
    @Column(nullable = false)
    private String position;

    @NotNull(message = "Bitte den Betrag angeben.")
    @Column(nullable = false)
    private BigDecimal betrag;

    @Mehrzeilig
    @NotNull(message = "Bitte die Korrektur begründen.")
    @jakarta.validation.constraints.NotBlank(message = "Bitte die Korrektur begründen.")
    @Column(nullable = false)
    private String begruendung;

    @NotNull
    @Column(name = "erfasst_von", nullable = false)
    private String erfasstVon;

    public ErgebnisKorrektur() {
    }

    @Override
    public String displayType() {
        return "Korrektur Arbeitsergebnis";
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public int getJahr() {
        return jahr;
    }

    public void setJahr(int jahr) {
        this.jahr = jahr;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public BigDecimal getBetrag() {
        return betrag;
    }

    public void setBetrag(BigDecimal betrag) {
        this.betrag = betrag;
    }

    public String getBegruendung() {
        return begruendung;
    }

    public void setBegruendung(String begruendung) {
        this.begruendung = begruendung;
    }

    public String getErfasstVon() {
        return erfasstVon;
    }

    public void setErfasstVon(String erfasstVon) {
        this.erfasstVon = erfasstVon;
    }

}
