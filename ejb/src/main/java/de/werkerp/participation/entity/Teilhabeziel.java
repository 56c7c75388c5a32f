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

/** A goal of one person taken from the Gesamtplan or Teilhabeplan, with SMART fields (measurable criterion, due date) and the person's own view (Wunsch- und Wahlrecht, § 8 SGB IX). The goal exists from the date of its source document. */
@Entity
@Table(name = "teilhabe_ziel")
public class Teilhabeziel extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Person.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "beschaeftigter_id", nullable = false)
    private de.werkerp.contract.entity.Beschaeftigter beschaeftigter;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @NotBlank(message = "Bitte beschreiben Sie das Ziel.")
    @Size(max = 1000, message = "Das Ziel darf höchstens 1000 Zeichen lang sein.")
    @Column(nullable = false)
    private String text;

    @NotNull(message = "Bitte wählen Sie das Dokument, aus dem das Ziel stammt (Gesamtplan oder Teilhabeplan).")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Zielquelle quelle;

    @NotNull(message = "Bitte geben Sie das Datum des Gesamtplans / Teilhabeplans ein.")
    @Column(name = "quelle_datum", nullable = false)
    private LocalDate quelleDatum;

    @NotNull(message = "Bitte wählen Sie den Lebensbereich.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Lebensbereich lebensbereich;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @Size(max = 1000, message = "Das Kriterium darf höchstens 1000 Zeichen lang sein.")
    private String kriterium;

    @Column(name = "faellig_am")
    private LocalDate faelligAm;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @Size(max = 2000, message = "Die Sicht der Person darf höchstens 2000 Zeichen lang sein.")
    @Column(name = "sicht_person")
    private String sichtPerson;

    @Override
    public String displayType() {
        return "Teilhabeziel";
    }

    public de.werkerp.contract.entity.Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(de.werkerp.contract.entity.Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Zielquelle getQuelle() {
        return quelle;
    }

    public void setQuelle(Zielquelle quelle) {
        this.quelle = quelle;
    }

    public LocalDate getQuelleDatum() {
        return quelleDatum;
    }

    public void setQuelleDatum(LocalDate quelleDatum) {
        this.quelleDatum = quelleDatum;
    }

    public Lebensbereich getLebensbereich() {
        return lebensbereich;
    }

    public void setLebensbereich(Lebensbereich lebensbereich) {
        this.lebensbereich = lebensbereich;
    }

    public String getKriterium() {
        return kriterium;
    }

    public void setKriterium(String kriterium) {
        this.kriterium = kriterium;
    }

    public LocalDate getFaelligAm() {
        return faelligAm;
    }

    public void setFaelligAm(LocalDate faelligAm) {
        this.faelligAm = faelligAm;
    }

    public String getSichtPerson() {
        return sichtPerson;
    }

    public void setSichtPerson(String sichtPerson) {
        this.sichtPerson = sichtPerson;
    }
}
