package de.werkerp.contract.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.TenantOwnedEntityMitAnschrift;

/** A Leistungsträger (public body paying for the services) as the tenant knows it, with address. */
@Entity
@Table(name = "leistungstraeger")
public class Leistungstraeger extends TenantOwnedEntityMitAnschrift {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Bitte geben Sie einen Namen ein.")
    @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String name;

    @NotNull(message = "Bitte wählen Sie die Art des Leistungsträgers.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeistungstraegerArt art;

    private boolean aktiv = true;

    public Leistungstraeger() {
    }

    public Leistungstraeger(String name, LeistungstraegerArt art) {
        this.name = name;
        this.art = art;
    }

    @Override
    public String displayType() {
        return "Leistungsträger";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LeistungstraegerArt getArt() {
        return art;
    }

    public void setArt(LeistungstraegerArt art) {
        this.art = art;
    }

    public boolean isAktiv() {
        return aktiv;
    }

    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }
}
