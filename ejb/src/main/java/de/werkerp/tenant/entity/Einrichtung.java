package de.werkerp.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.TenantOwnedEntity;

/** An Einrichtung (WfbM or aLA): the unit that elects a Werkstattrat and has an Arbeitsergebnis. */
@Entity
@Table(name = "einrichtung")
public class Einrichtung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Bitte geben Sie einen Namen ein.")
    @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String name;

    @NotNull(message = "Bitte wählen Sie die Art der Einrichtung (WfbM oder anderer Leistungsanbieter).")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Einrichtungsart art;

    private boolean aktiv = true;

    public Einrichtung() {
    }

    public Einrichtung(String name, Einrichtungsart art) {
        this.name = name;
        this.art = art;
    }

    @Override
    public String displayType() {
        return "Einrichtung";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Einrichtungsart getArt() {
        return art;
    }

    public void setArt(Einrichtungsart art) {
        this.art = art;
    }

    public boolean isAktiv() {
        return aktiv;
    }

    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }
}
