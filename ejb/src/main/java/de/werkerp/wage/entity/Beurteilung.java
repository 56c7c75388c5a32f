package de.werkerp.wage.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stored Leistungsbeurteilung of a person: date, assessor, the date from which it applies, and the result in
 * the terms of the Entgeltordnung (points, a Lohnstufe, or criteria values, one line per criterion "Name = Wert"). The kernel's view is
 * {@link de.werkerp.wage.control.Leistungsbeurteilung}.
 */
@Entity
@Table(name = "leistungsbeurteilung")
public class Beurteilung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "beschaeftigter_id", nullable = false)
    private Beschaeftigter beschaeftigter;

    /**
     * The same column as {@link #beschaeftigter}, read only: lets the Entgelt run's input queries filter and group
     * by person without joining the person's table.
     */
    @Column(name = "beschaeftigter_id", insertable = false, updatable = false)
    private Long beschaeftigterId;

    @NotNull(message = "Bitte das Datum der Beurteilung angeben.")
    @Column(name = "beurteilt_am", nullable = false)
    private LocalDate beurteiltAm;

    @NotNull(message = "Bitte angeben, ab wann die Beurteilung gilt.")
    @Column(name = "gueltig_ab", nullable = false)
    private LocalDate gueltigAb;

    @NotNull(message = "Bitte angeben, wer beurteilt hat.")
    @Column(nullable = false)
    private String beurteiler;

    private BigDecimal punkte;

    private String lohnstufe;

    @Mehrzeilig
    @Column(columnDefinition = "TEXT")
    private String kriterienwerte;

    @Mehrzeilig
    private String bemerkung;

    public Beurteilung() {
    }

    @Override
    public String displayType() {
        return "Leistungsbeurteilung";
    }

    public Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
        this.beschaeftigterId = beschaeftigter == null ? null : beschaeftigter.getId();
    }

    /** The person's id without loading the person. */
    public Long getBeschaeftigterId() {
        return beschaeftigterId != null || beschaeftigter == null ? beschaeftigterId : beschaeftigter.getId();
    }

    public LocalDate getBeurteiltAm() {
        return beurteiltAm;
    }

    public void setBeurteiltAm(LocalDate beurteiltAm) {
        this.beurteiltAm = beurteiltAm;
    }

    public LocalDate getGueltigAb() {
        return gueltigAb;
    }

    public void setGueltigAb(LocalDate gueltigAb) {
        this.gueltigAb = gueltigAb;
    }

    public String getBeurteiler() {
        return beurteiler;
    }

    public void setBeurteiler(String beurteiler) {
        this.beurteiler = beurteiler;
    }

    public BigDecimal getPunkte() {
        return punkte;
    }

    public void setPunkte(BigDecimal punkte) {
        this.punkte = punkte;
    }

    public String getLohnstufe() {
        return lohnstufe;
    }

    public void setLohnstufe(String lohnstufe) {
        this.lohnstufe = lohnstufe;
    }

    public String getKriterienwerte() {
        return kriterienwerte;
    }

    public void setKriterienwerte(String kriterienwerte) {
        this.kriterienwerte = kriterienwerte;
    }

    public String getBemerkung() {
        return bemerkung;
    }

    public void setBemerkung(String bemerkung) {
        this.bemerkung = bemerkung;
    }

}
