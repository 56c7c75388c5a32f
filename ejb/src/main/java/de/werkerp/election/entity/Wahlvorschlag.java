package de.werkerp.election.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import java.time.LocalDate;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

import de.werkerp.platform.entity.TenantOwnedEntity;

/** A nomination (§ 19 WMVO): candidate, consent, supporters (ids of voters), admission, and after the count votes, place and acceptance. */
@Entity
@Table(name = "wahlvorschlag")
public class Wahlvorschlag extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "projekt_id")
    private Wahlprojekt projekt;

    @NotNull(message = "Bitte wählen Sie die Wahl (Werkstattrat oder Frauenbeauftragte).")
    @Enumerated(EnumType.STRING)
    @Column(name = "wahl")
    private Wahlart wahl;

    @NotNull(message = "Bitte wählen Sie die Bewerberin oder den Bewerber.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "beschaeftigter_id")
    private de.werkerp.contract.entity.Beschaeftigter beschaeftigter;

    @NotNull(message = "Bitte geben Sie das Eingangsdatum an.")
    @Column(name = "eingereicht_am")
    private LocalDate eingereichtAm;

    @Column(name = "zustimmung")
    private boolean zustimmung;

    @Mehrzeilig
    @NotNull
    @Size(max = 4000)
    @Column(name = "unterstuetzer")
    private String unterstuetzer;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Vorschlagsstatus status;

    @Mehrzeilig
    @Size(max = 1000, message = "Der Grund darf höchstens 1000 Zeichen lang sein.")
    @Column(name = "grund")
    private String grund;

    @Column(name = "stimmen")
    private Integer stimmen;

    @Column(name = "rang")
    private Integer rang;

    @Enumerated(EnumType.STRING)
    @Column(name = "ergebnis")
    private Wahlausgang ergebnis;

    @Column(name = "benachrichtigt_am")
    private LocalDate benachrichtigtAm;

    @Enumerated(EnumType.STRING)
    @Column(name = "annahme")
    private Annahme annahme;

    @Override
    public String displayType() {
        return "Wahlvorschlag";
    }

    public Wahlprojekt getProjekt() {
        return projekt;
    }

    public void setProjekt(Wahlprojekt projekt) {
        this.projekt = projekt;
    }

    public Wahlart getWahl() {
        return wahl;
    }

    public void setWahl(Wahlart wahl) {
        this.wahl = wahl;
    }

    public de.werkerp.contract.entity.Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(de.werkerp.contract.entity.Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
    }

    public LocalDate getEingereichtAm() {
        return eingereichtAm;
    }

    public void setEingereichtAm(LocalDate eingereichtAm) {
        this.eingereichtAm = eingereichtAm;
    }

    public boolean isZustimmung() {
        return zustimmung;
    }

    public void setZustimmung(boolean zustimmung) {
        this.zustimmung = zustimmung;
    }

    public String getUnterstuetzer() {
        return unterstuetzer;
    }

    public void setUnterstuetzer(String unterstuetzer) {
        this.unterstuetzer = unterstuetzer;
    }

    public Vorschlagsstatus getStatus() {
        return status;
    }

    public void setStatus(Vorschlagsstatus status) {
        this.status = status;
    }

    public String getGrund() {
        return grund;
    }

    public void setGrund(String grund) {
        this.grund = grund;
    }

    public Integer getStimmen() {
        return stimmen;
    }

    public void setStimmen(Integer stimmen) {
        this.stimmen = stimmen;
    }

    public Integer getRang() {
        return rang;
    }

    public void setRang(Integer rang) {
        this.rang = rang;
    }

    public Wahlausgang getErgebnis() {
        return ergebnis;
    }

    public void setErgebnis(Wahlausgang ergebnis) {
        this.ergebnis = ergebnis;
    }

    public LocalDate getBenachrichtigtAm() {
        return benachrichtigtAm;
    }

    public void setBenachrichtigtAm(LocalDate benachrichtigtAm) {
        this.benachrichtigtAm = benachrichtigtAm;
    }

    public Annahme getAnnahme() {
        return annahme;
    }

    public void setAnnahme(Annahme annahme) {
        this.annahme = annahme;
    }

}
