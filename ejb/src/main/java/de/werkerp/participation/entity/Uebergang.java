package de.werkerp.participation.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An internship (employer, period), a transition to the general labour market (date, employer) or a return to the workshop. */
@Entity
@Table(name = "teilhabe_uebergang")
public class Uebergang extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Person.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "beschaeftigter_id", nullable = false)
    private de.werkerp.contract.entity.Beschaeftigter beschaeftigter;

    @NotNull(message = "Bitte wählen Sie die Einrichtung.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private de.werkerp.tenant.entity.Einrichtung einrichtung;

    @NotNull(message = "Bitte wählen Sie die Art (Praktikum, Übergang oder Rückkehr).")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Uebergangsart art;

    @Size(max = 200, message = "Der Name des Arbeitgebers darf höchstens 200 Zeichen lang sein.")
    private String arbeitgeber;

    @NotNull(message = "Bitte geben Sie das Datum ein (Beginn des Praktikums bzw. des Übergangs).")
    @Column(nullable = false)
    private LocalDate von;

    private LocalDate bis;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @Size(max = 1000, message = "Die Bemerkung darf höchstens 1000 Zeichen lang sein.")
    private String bemerkung;

    @Override
    public String displayType() {
        return "Übergang / Praktikum";
    }

    public de.werkerp.contract.entity.Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(de.werkerp.contract.entity.Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
    }

    public de.werkerp.tenant.entity.Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(de.werkerp.tenant.entity.Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public Uebergangsart getArt() {
        return art;
    }

    public void setArt(Uebergangsart art) {
        this.art = art;
    }

    public String getArbeitgeber() {
        return arbeitgeber;
    }

    public void setArbeitgeber(String arbeitgeber) {
        this.arbeitgeber = arbeitgeber;
    }

    public LocalDate getVon() {
        return von;
    }

    public void setVon(LocalDate von) {
        this.von = von;
    }

    public LocalDate getBis() {
        return bis;
    }

    public void setBis(LocalDate bis) {
        this.bis = bis;
    }

    public String getBemerkung() {
        return bemerkung;
    }

    public void setBemerkung(String bemerkung) {
        this.bemerkung = bemerkung;
    }
}
