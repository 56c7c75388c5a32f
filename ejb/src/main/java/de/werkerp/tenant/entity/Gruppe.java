package de.werkerp.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.TenantOwnedEntity;

/** A Gruppe (work group) at a Betriebsstätte. */
@Entity
@Table(name = "gruppe")
public class Gruppe extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Betriebsstätte.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "betriebsstaette_id", nullable = false)
    private Betriebsstaette betriebsstaette;

    @NotBlank(message = "Bitte geben Sie einen Namen ein.")
    @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String name;

    private boolean aktiv = true;

    /** Cost centre of the group for the accounting export (optional; else the Einrichtung's). */
    @jakarta.validation.constraints.Size(max = 20, message = "Die Kostenstelle hat höchstens 20 Zeichen.")
    private String kostenstelle;

    public String getKostenstelle() {
        return kostenstelle;
    }

    public void setKostenstelle(String kostenstelle) {
        this.kostenstelle = kostenstelle == null || kostenstelle.isBlank() ? null : kostenstelle.strip();
    }

    public Gruppe() {
    }

    public Gruppe(Betriebsstaette betriebsstaette, String name) {
        this.betriebsstaette = betriebsstaette;
        this.name = name;
    }

    @Override
    public String displayType() {
        return "Gruppe";
    }

    public Betriebsstaette getBetriebsstaette() {
        return betriebsstaette;
    }

    public void setBetriebsstaette(Betriebsstaette betriebsstaette) {
        this.betriebsstaette = betriebsstaette;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isAktiv() {
        return aktiv;
    }

    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }
}
