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

/** A dated evaluation of a goal: attained, partly or not, with the reason. Never dated before the goal exists. */
@Entity
@Table(name = "teilhabe_bewertung")
public class Zielbewertung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie das Ziel.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "ziel_id", nullable = false)
    private Teilhabeziel ziel;

    @NotNull(message = "Bitte geben Sie das Datum der Bewertung ein.")
    @Column(nullable = false)
    private LocalDate datum;

    @NotNull(message = "Bitte wählen Sie, ob das Ziel erreicht wurde.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Zielerreichung ergebnis;

    /** Special-category data: the audit trail shows the value only to the roles that may read it. */
    @Mehrzeilig
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE, de.werkerp.platform.entity.Role.MANAGEMENT})
    @NotBlank(message = "Bitte begründen Sie die Bewertung.")
    @Size(max = 2000, message = "Die Begründung darf höchstens 2000 Zeichen lang sein.")
    @Column(nullable = false)
    private String begruendung;

    @NotNull
    @Column(name = "erfasst_von", nullable = false)
    private String erfasstVon;

    @Override
    public String displayType() {
        return "Zielbewertung";
    }

    public Teilhabeziel getZiel() {
        return ziel;
    }

    public void setZiel(Teilhabeziel ziel) {
        this.ziel = ziel;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public Zielerreichung getErgebnis() {
        return ergebnis;
    }

    public void setErgebnis(Zielerreichung ergebnis) {
        this.ergebnis = ergebnis;
    }

    public String getBegruendung() {
        return begruendung;
    }

    public void setBegruendung(String begruendung) {
        this.begruendung = begruendung;
    }

    public String getErfasstVon() {
        return erfasstVon;
    }

    public void setErfasstVon(String erfasstVon) {
        this.erfasstVon = erfasstVon;
    }
}
