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

/** A measure towards a goal: kind, what, who is responsible, from when to when. */
@Entity
@Table(name = "teilhabe_massnahme")
public class Teilhabemassnahme extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie das Ziel.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "ziel_id", nullable = false)
    private Teilhabeziel ziel;

    @NotNull(message = "Bitte wählen Sie die Art der Maßnahme.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Massnahmenart art;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @NotBlank(message = "Bitte beschreiben Sie die Maßnahme.")
    @Size(max = 1000, message = "Die Beschreibung darf höchstens 1000 Zeichen lang sein.")
    @Column(nullable = false)
    private String beschreibung;

    @NotBlank(message = "Bitte geben Sie an, wer die Maßnahme durchführt.")
    @Size(max = 200, message = "Die verantwortliche Person darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String verantwortlich;

    @NotNull(message = "Bitte geben Sie den Beginn der Maßnahme ein.")
    @Column(nullable = false)
    private LocalDate von;

    private LocalDate bis;

    @Override
    public String displayType() {
        return "Maßnahme";
    }

    public Teilhabeziel getZiel() {
        return ziel;
    }

    public void setZiel(Teilhabeziel ziel) {
        this.ziel = ziel;
    }

    public Massnahmenart getArt() {
        return art;
    }

    public void setArt(Massnahmenart art) {
        this.art = art;
    }

    public String getBeschreibung() {
        return beschreibung;
    }

    public void setBeschreibung(String beschreibung) {
        this.beschreibung = beschreibung;
    }

    public String getVerantwortlich() {
        return verantwortlich;
    }

    public void setVerantwortlich(String verantwortlich) {
        this.verantwortlich = verantwortlich;
    }

    public LocalDate getVon() {
        return von;
    }

    public void setVon(LocalDate von) {
        this.von = von;
    }

    public LocalDate getBis() {
        return bis;
    }

    public void setBis(LocalDate bis) {
        this.bis = bis;
    }
}
