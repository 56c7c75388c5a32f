package de.werkerp.result.entity;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * Assigns a cost centre to an Einrichtung and says whether it belongs to the Arbeitsbereich (only those count, § 12
 * Abs. 1 WVO: cost-centre accounting).
 */
@Entity
@Table(name = "ergebnis_kostenstelle")
public class ErgebnisKostenstelle extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte die Kostenstelle angeben.")
    @Column(nullable = false)
    private String kostenstelle;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    private boolean arbeitsbereich;

    public ErgebnisKostenstelle() {
    }

    @Override
    public String displayType() {
        return "Kostenstellenzuordnung";
    }

    public String getKostenstelle() {
        return kostenstelle;
    }

    public void setKostenstelle(String kostenstelle) {
        this.kostenstelle = kostenstelle;
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public boolean isArbeitsbereich() {
        return arbeitsbereich;
    }

    public void setArbeitsbereich(boolean arbeitsbereich) {
        this.arbeitsbereich = arbeitsbereich;
    }

}
