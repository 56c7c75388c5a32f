package de.werkerp.wage.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import de.werkerp.platform.entity.TenantOwnedBulkRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A Rückrechnung: a closed month of a person recomputed with the changed inputs and settled in a later run.
 * {@code differenzen}: JSON rows old/new/difference per component; {@code neueZeilen}: the new statement of the
 * corrected month (the valid one once the later run is released).
 */
@Entity
@Table(name = "abrechnung_korrektur")
public class AbrechnungKorrektur extends TenantOwnedBulkRow {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "lauf_id", nullable = false)
    private Entgeltlauf lauf;

    @Column(name = "beschaeftigter_id", nullable = false)
    private Long beschaeftigterId;

    @NotNull
    @Column(name = "korrigierter_monat", nullable = false)
    private YearMonth korrigierterMonat;

    @Mehrzeilig
    @Column(nullable = false, columnDefinition = "TEXT")
    private String differenzen;

    @Mehrzeilig
    @Column(name = "neue_zeilen", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String neueZeilen;

    @NotNull
    @Column(nullable = false)
    private String bereich;

    @Column(name = "auszahlungsdifferenz", nullable = false)
    private BigDecimal auszahlungsdifferenz;

    public AbrechnungKorrektur() {
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

    public YearMonth getKorrigierterMonat() {
        return korrigierterMonat;
    }

    public void setKorrigierterMonat(YearMonth korrigierterMonat) {
        this.korrigierterMonat = korrigierterMonat;
    }

    public String getDifferenzen() {
        return differenzen;
    }

    public void setDifferenzen(String differenzen) {
        this.differenzen = differenzen;
    }

    public String getNeueZeilen() {
        return neueZeilen;
    }

    public void setNeueZeilen(String neueZeilen) {
        this.neueZeilen = neueZeilen;
    }

    public String getBereich() {
        return bereich;
    }

    public void setBereich(String bereich) {
        this.bereich = bereich;
    }

    public BigDecimal getAuszahlungsdifferenz() {
        return auszahlungsdifferenz;
    }

    public void setAuszahlungsdifferenz(BigDecimal auszahlungsdifferenz) {
        this.auszahlungsdifferenz = auszahlungsdifferenz;
    }

}
