package de.werkerp.election.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import java.time.LocalDate;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

import de.werkerp.platform.entity.TenantOwnedEntity;

/** An objection to the voter list (§ 17 WMVO) and the Wahlvorstand's decision. */
@Entity
@Table(name = "wahl_einspruch")
public class Wahleinspruch extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "projekt_id")
    private Wahlprojekt projekt;

    @NotNull(message = "Bitte geben Sie das Eingangsdatum an.")
    @Column(name = "eingegangen_am")
    private LocalDate eingegangenAm;

    @NotBlank(message = "Bitte geben Sie an, wer den Einspruch eingelegt hat.")
    @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
    @Column(name = "einspruchsfuehrer")
    private String einspruchsfuehrer;

    @Mehrzeilig
    @NotBlank(message = "Bitte geben Sie den Inhalt des Einspruchs an.")
    @Size(max = 2000, message = "Der Inhalt darf höchstens 2000 Zeichen lang sein.")
    @Column(name = "inhalt")
    private String inhalt;

    @Enumerated(EnumType.STRING)
    @Column(name = "entscheidung")
    private Entscheidung entscheidung;

    @Mehrzeilig
    @Size(max = 2000, message = "Die Begründung darf höchstens 2000 Zeichen lang sein.")
    @Column(name = "begruendung")
    private String begruendung;

    @Column(name = "entschieden_am")
    private LocalDate entschiedenAm;

    @Override
    public String displayType() {
        return "Einspruch gegen die Wählerliste";
    }

    public Wahlprojekt getProjekt() {
        return projekt;
    }

    public void setProjekt(Wahlprojekt projekt) {
        this.projekt = projekt;
    }

    public LocalDate getEingegangenAm() {
        return eingegangenAm;
    }

    public void setEingegangenAm(LocalDate eingegangenAm) {
        this.eingegangenAm = eingegangenAm;
    }

    public String getEinspruchsfuehrer() {
        return einspruchsfuehrer;
    }

    public void setEinspruchsfuehrer(String einspruchsfuehrer) {
        this.einspruchsfuehrer = einspruchsfuehrer;
    }

    public String getInhalt() {
        return inhalt;
    }

    public void setInhalt(String inhalt) {
        this.inhalt = inhalt;
    }

    public Entscheidung getEntscheidung() {
        return entscheidung;
    }

    public void setEntscheidung(Entscheidung entscheidung) {
        this.entscheidung = entscheidung;
    }

    public String getBegruendung() {
        return begruendung;
    }

    public void setBegruendung(String begruendung) {
        this.begruendung = begruendung;
    }

    public LocalDate getEntschiedenAm() {
        return entschiedenAm;
    }

    public void setEntschiedenAm(LocalDate entschiedenAm) {
        this.entschiedenAm = entschiedenAm;
    }

}
