package de.werkerp.election.entity;

import java.time.LocalDate;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

import de.werkerp.platform.entity.TenantOwnedEntity;

/** A member of the Wahlvorstand (§ 13 WMVO: three members, a chair, at least one woman voter), or the optional Vertrauensperson or a helper. */
@Entity
@Table(name = "wahlvorstand_mitglied")
public class Wahlvorstandsmitglied extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "projekt_id")
    private Wahlprojekt projekt;

    @ManyToOne
    @JoinColumn(name = "beschaeftigter_id")
    private de.werkerp.contract.entity.Beschaeftigter beschaeftigter;

    @NotBlank(message = "Bitte geben Sie den Namen an.")
    @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
    @Column(name = "name")
    private String name;

    @NotNull(message = "Bitte wählen Sie die Funktion.")
    @Enumerated(EnumType.STRING)
    @Column(name = "funktion")
    private Funktion funktion;

    @Column(name = "frau")
    private boolean frau;

    @Override
    public String displayType() {
        return "Wahlvorstandsmitglied";
    }

    public Wahlprojekt getProjekt() {
        return projekt;
    }

    public void setProjekt(Wahlprojekt projekt) {
        this.projekt = projekt;
    }

    public de.werkerp.contract.entity.Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(de.werkerp.contract.entity.Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Funktion getFunktion() {
        return funktion;
    }

    public void setFunktion(Funktion funktion) {
        this.funktion = funktion;
    }

    public boolean isFrau() {
        return frau;
    }

    public void setFrau(boolean frau) {
        this.frau = frau;
    }

}
