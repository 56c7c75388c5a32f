package de.werkerp.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.TenantOwnedEntityMitAnschrift;

/**
 * A Betriebsstätte (site) of an Einrichtung. {@code beitrittsgebiet} marks a site in the Beitrittsgebiet, which
 * decides the RV Bezugsgröße Ost until 2024 (§ 228a SGB VI, rules.md § 3): it is required (yes or no), never
 * assumed. {@code hauptbetriebsstaette}: the Einrichtung's main site, at most one per Einrichtung; persons whose
 * contract phase has no group count as working there.
 */
@Entity
@Table(name = "betriebsstaette")
public class Betriebsstaette extends TenantOwnedEntityMitAnschrift {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Einrichtung.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @NotBlank(message = "Bitte geben Sie einen Namen ein.")
    @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String name;

    @NotNull(message = "Bitte geben Sie an, ob die Betriebsstätte im Beitrittsgebiet liegt (Ja oder Nein): davon "
            + "hängt die Bezugsgröße der Rentenversicherung bis 2024 ab (§ 228a SGB VI).")
    @Column(nullable = false)
    private Boolean beitrittsgebiet;

    private boolean hauptbetriebsstaette;

    private boolean aktiv = true;

    public Betriebsstaette() {
    }

    public Betriebsstaette(Einrichtung einrichtung, String name, String strasse, String plz, String ort,
            Boolean beitrittsgebiet) {
        this.einrichtung = einrichtung;
        this.name = name;
        this.beitrittsgebiet = beitrittsgebiet;
        setStrasse(strasse);
        setPlz(plz);
        setOrt(ort);
    }

    @Override
    public String displayType() {
        return "Betriebsstätte";
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** {@code null} only for a new site not yet answered; stored sites always have a value. */
    public Boolean getBeitrittsgebiet() {
        return beitrittsgebiet;
    }

    public void setBeitrittsgebiet(Boolean beitrittsgebiet) {
        this.beitrittsgebiet = beitrittsgebiet;
    }

    public boolean isHauptbetriebsstaette() {
        return hauptbetriebsstaette;
    }

    public void setHauptbetriebsstaette(boolean hauptbetriebsstaette) {
        this.hauptbetriebsstaette = hauptbetriebsstaette;
    }

    public boolean isAktiv() {
        return aktiv;
    }

    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }
}
