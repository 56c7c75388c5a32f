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

/** A personenbezogener Teilhabebericht (seed 001 § 13 Abs. 6) for a period: the goals, measures and evaluations of the period are frozen as JSON in {@code inhalt} when the draft is assembled; the social service edits the assessment texts; released with four eyes (author ≠ releaser) it never changes. */
@Entity
@Table(name = "teilhabebericht")
public class Teilhabebericht extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Person.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "beschaeftigter_id", nullable = false)
    private de.werkerp.contract.entity.Beschaeftigter beschaeftigter;

    @NotNull(message = "Bitte geben Sie den Beginn des Berichtszeitraums ein.")
    @Column(name = "zeitraum_von", nullable = false)
    private LocalDate zeitraumVon;

    @NotNull(message = "Bitte geben Sie das Ende des Berichtszeitraums ein.")
    @Column(name = "zeitraum_bis", nullable = false)
    private LocalDate zeitraumBis;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Berichtsstatus status;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @Size(max = 20000, message = "Der Text ist zu lang (höchstens 20.000 Zeichen).")
    private String zielerreichung;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @Size(max = 20000, message = "Der Text ist zu lang (höchstens 20.000 Zeichen).")
    private String massnahmenbewertung;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @Size(max = 20000, message = "Der Text ist zu lang (höchstens 20.000 Zeichen).")
    private String vorschlaege;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @Size(max = 20000, message = "Der Text ist zu lang (höchstens 20.000 Zeichen).")
    @Column(name = "sicht_person")
    private String sichtPerson;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @NotNull
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String inhalt;

    @NotNull
    @Column(name = "erstellt_von", nullable = false)
    private String erstelltVon;

    @Column(name = "freigegeben_von")
    private String freigegebenVon;

    @Column(name = "freigegeben_am")
    private java.time.Instant freigegebenAm;

    @Override
    public String displayType() {
        return "Teilhabebericht";
    }

    public de.werkerp.contract.entity.Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(de.werkerp.contract.entity.Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
    }

    public LocalDate getZeitraumVon() {
        return zeitraumVon;
    }

    public void setZeitraumVon(LocalDate zeitraumVon) {
        this.zeitraumVon = zeitraumVon;
    }

    public LocalDate getZeitraumBis() {
        return zeitraumBis;
    }

    public void setZeitraumBis(LocalDate zeitraumBis) {
        this.zeitraumBis = zeitraumBis;
    }

    public Berichtsstatus getStatus() {
        return status;
    }

    public void setStatus(Berichtsstatus status) {
        this.status = status;
    }

    public String getZielerreichung() {
        return zielerreichung;
    }

    public void setZielerreichung(String zielerreichung) {
        this.zielerreichung = zielerreichung;
    }

    public String getMassnahmenbewertung() {
        return massnahmenbewertung;
    }

    public void setMassnahmenbewertung(String massnahmenbewertung) {
        this.massnahmenbewertung = massnahmenbewertung;
    }

    public String getVorschlaege() {
        return vorschlaege;
    }

    public void setVorschlaege(String vorschlaege) {
        this.vorschlaege = vorschlaege;
    }

    public String getSichtPerson() {
        return sichtPerson;
    }

    public void setSichtPerson(String sichtPerson) {
        this.sichtPerson = sichtPerson;
    }

    public String getInhalt() {
        return inhalt;
    }

    public void setInhalt(String inhalt) {
        this.inhalt = inhalt;
    }

    public String getErstelltVon() {
        return erstelltVon;
    }

    public void setErstelltVon(String erstelltVon) {
        this.erstelltVon = erstelltVon;
    }

    public String getFreigegebenVon() {
        return freigegebenVon;
    }

    public void setFreigegebenVon(String freigegebenVon) {
        this.freigegebenVon = freigegebenVon;
    }

    public java.time.Instant getFreigegebenAm() {
        return freigegebenAm;
    }

    public void setFreigegebenAm(java.time.Instant freigegebenAm) {
        this.freigegebenAm = freigegebenAm;
    }
}
