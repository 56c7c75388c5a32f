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
import java.time.LocalDate;

/**
 * One version of an Einrichtung's Entgeltordnung (the scheme of the Steigerungsbetrag, § 221 Abs. 2 SGB IX),
 * valid for whole months, with the date the Werkstattrat consented (Mitbestimmung of the Werkstattrat,
 * § 5 Abs. 2 Nr. 3 WMVO). The form decides which columns are used: PUNKTWERT (punktwert or budget),
 * LOHNSTUFEN (stufen: one line per level "Name = Betrag"), KRITERIEN (kriterien: one line per criterion
 * "Name; Skala von; Skala bis; Gewicht", plus punktwert or budget). Converted to the kernel's
 * {@link de.werkerp.wage.control.Entgeltordnung} by {@link de.werkerp.wage.control.EntgeltordnungText}.
 */
@Entity
@Table(name = "entgeltordnung")
public class EntgeltordnungFassung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @NotNull(message = "Bitte die Entgeltordnung benennen.")
    @Column(nullable = false)
    private String bezeichnung;

    @NotNull(message = "Bitte angeben, ab wann die Entgeltordnung gilt.")
    @Column(name = "gueltig_ab", nullable = false)
    private LocalDate gueltigAb;

    @Column(name = "gueltig_bis")
    private LocalDate gueltigBis;

    @NotNull(message = "Bitte die Form der Entgeltordnung wählen.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Entgeltordnungsform form;

    private BigDecimal punktwert;

    private BigDecimal budget;

    private String budgetrundung;

    @Mehrzeilig
    @Column(columnDefinition = "TEXT")
    private String stufen;

    @Mehrzeilig
    @Column(columnDefinition = "TEXT")
    private String kriterien;

    @Column(name = "zustimmung_werkstattrat")
    private LocalDate zustimmungWerkstattrat;

    public EntgeltordnungFassung() {
    }

    @Override
    public String displayType() {
        return "Entgeltordnung";
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public String getBezeichnung() {
        return bezeichnung;
    }

    public void setBezeichnung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public LocalDate getGueltigAb() {
        return gueltigAb;
    }

    public void setGueltigAb(LocalDate gueltigAb) {
        this.gueltigAb = gueltigAb;
    }

    public LocalDate getGueltigBis() {
        return gueltigBis;
    }

    public void setGueltigBis(LocalDate gueltigBis) {
        this.gueltigBis = gueltigBis;
    }

    public Entgeltordnungsform getForm() {
        return form;
    }

    public void setForm(Entgeltordnungsform form) {
        this.form = form;
    }

    public BigDecimal getPunktwert() {
        return punktwert;
    }

    public void setPunktwert(BigDecimal punktwert) {
        this.punktwert = punktwert;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getBudgetrundung() {
        return budgetrundung;
    }

    public void setBudgetrundung(String budgetrundung) {
        this.budgetrundung = budgetrundung;
    }

    public String getStufen() {
        return stufen;
    }

    public void setStufen(String stufen) {
        this.stufen = stufen;
    }

    public String getKriterien() {
        return kriterien;
    }

    public void setKriterien(String kriterien) {
        this.kriterien = kriterien;
    }

    public LocalDate getZustimmungWerkstattrat() {
        return zustimmungWerkstattrat;
    }

    public void setZustimmungWerkstattrat(LocalDate zustimmungWerkstattrat) {
        this.zustimmungWerkstattrat = zustimmungWerkstattrat;
    }

}
