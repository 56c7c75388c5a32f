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

/** What the Leistungsvereinbarung of an Einrichtung (optionally: with one Leistungsträger) says for this area: the interval of the Teilhabeberichte and the agreed places (seed 001 §§ 11, 13). */
@Entity
@Table(name = "teilhabe_vereinbarung")
public class Teilhabevereinbarung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Einrichtung.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private de.werkerp.tenant.entity.Einrichtung einrichtung;

    @ManyToOne
    @JoinColumn(name = "leistungstraeger_id")
    private de.werkerp.contract.entity.Leistungstraeger leistungstraeger;

    @jakarta.validation.constraints.Min(value = 1, message = "Der Abstand der Teilhabeberichte muss mindestens 1 Monat betragen.")
    @jakarta.validation.constraints.Max(value = 60, message = "Der Abstand der Teilhabeberichte darf höchstens 60 Monate betragen.")
    @Column(name = "berichtsintervall_monate", nullable = false)
    private int berichtsintervallMonate;

    @jakarta.validation.constraints.Min(value = 0, message = "Die Zahl der Plätze darf nicht negativ sein.")
    private Integer plaetze;

    @jakarta.validation.constraints.Min(value = 0, message = "Die Zahl der Plätze darf nicht negativ sein.")
    @Column(name = "plaetze_seelisch")
    private Integer plaetzeSeelisch;

    @Override
    public String displayType() {
        return "Leistungsvereinbarung (Teilhabe)";
    }

    public de.werkerp.tenant.entity.Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(de.werkerp.tenant.entity.Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public de.werkerp.contract.entity.Leistungstraeger getLeistungstraeger() {
        return leistungstraeger;
    }

    public void setLeistungstraeger(de.werkerp.contract.entity.Leistungstraeger leistungstraeger) {
        this.leistungstraeger = leistungstraeger;
    }

    public int getBerichtsintervallMonate() {
        return berichtsintervallMonate;
    }

    public void setBerichtsintervallMonate(int berichtsintervallMonate) {
        this.berichtsintervallMonate = berichtsintervallMonate;
    }

    public Integer getPlaetze() {
        return plaetze;
    }

    public void setPlaetze(Integer plaetze) {
        this.plaetze = plaetze;
    }

    public Integer getPlaetzeSeelisch() {
        return plaetzeSeelisch;
    }

    public void setPlaetzeSeelisch(Integer plaetzeSeelisch) {
        this.plaetzeSeelisch = plaetzeSeelisch;
    }
}
