package de.werkerp.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.TenantOwnedEntityMitAnschrift;

/**
 * A Betriebsstätte (site) of an Einrichtung. {@code beitrittsgebiet} marks a site in the
 * Beitrittsgebiet, which mattered for the RV Bezugsgröße Ost until 2024 (rules.md § 3).
 */
@Entity
@Table(name = "betriebsstaette")
public class Betriebsstaette extends TenantOwnedEntityMitAnschrift {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Einrichtung.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @NotBlank(message = "Bitte geben Sie einen Namen ein.")
    @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String name;

    private boolean beitrittsgebiet;

    private boolean aktiv = true;

    public Betriebsstaette() {
    }

    public Betriebsstaette(Einrichtung einrichtung, String name, String strasse, String plz, String ort) {
        this.einrichtung = einrichtung;
        this.name = name;
        setStrasse(strasse);
        setPlz(plz);
        setOrt(ort);
    }

    @Override
    public String displayType() {
        return "Betriebsstätte";
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isBeitrittsgebiet() {
        return beitrittsgebiet;
    }

    public void setBeitrittsgebiet(boolean beitrittsgebiet) {
        this.beitrittsgebiet = beitrittsgebiet;
    }

    public boolean isAktiv() {
        return aktiv;
    }

    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }
}
