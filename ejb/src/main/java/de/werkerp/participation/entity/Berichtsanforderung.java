package de.werkerp.participation.entity;

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

/** A request of the Leistungsträger for a Teilhabebericht by a date (seed 001 § 13 Abs. 6: "nach Aufforderung"). */
@Entity
@Table(name = "teilhabe_anforderung")
public class Berichtsanforderung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Person.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "beschaeftigter_id", nullable = false)
    private de.werkerp.contract.entity.Beschaeftigter beschaeftigter;

    @ManyToOne
    @JoinColumn(name = "leistungstraeger_id")
    private de.werkerp.contract.entity.Leistungstraeger leistungstraeger;

    @NotNull(message = "Bitte geben Sie an, wann die Anforderung eingegangen ist.")
    @Column(name = "eingegangen_am", nullable = false)
    private LocalDate eingegangenAm;

    @NotNull(message = "Bitte geben Sie an, bis wann der Bericht vorzulegen ist.")
    @Column(name = "vorzulegen_bis", nullable = false)
    private LocalDate vorzulegenBis;

    @Override
    public String displayType() {
        return "Anforderung eines Teilhabeberichts";
    }

    public de.werkerp.contract.entity.Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(de.werkerp.contract.entity.Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
    }

    public de.werkerp.contract.entity.Leistungstraeger getLeistungstraeger() {
        return leistungstraeger;
    }

    public void setLeistungstraeger(de.werkerp.contract.entity.Leistungstraeger leistungstraeger) {
        this.leistungstraeger = leistungstraeger;
    }

    public LocalDate getEingegangenAm() {
        return eingegangenAm;
    }

    public void setEingegangenAm(LocalDate eingegangenAm) {
        this.eingegangenAm = eingegangenAm;
    }

    public LocalDate getVorzulegenBis() {
        return vorzulegenBis;
    }

    public void setVorzulegenBis(LocalDate vorzulegenBis) {
        this.vorzulegenBis = vorzulegenBis;
    }
}
