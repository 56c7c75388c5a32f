package de.werkerp.result.entity;

import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * Maps a range of the tenant's accounts (string comparison of equally long account numbers) to a position of the
 * Arbeitsergebnisrechnung ({@link de.werkerp.result.control.Position} code).
 */
@Entity
@Table(name = "ergebnis_konto")
public class ErgebnisKonto extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte das erste Konto angeben.")
    @Column(name = "konto_von", nullable = false)
    private String kontoVon;

    @NotNull(message = "Bitte das letzte Konto angeben.")
    @Column(name = "konto_bis", nullable = false)
    private String kontoBis;

    @NotNull(message = "Bitte die Position wählen.")
    @Column(nullable = false)
    private String position;

    private String bezeichnung;

    public ErgebnisKonto() {
    }

    @Override
    public String displayType() {
        return "Kontenzuordnung";
    }

    public String getKontoVon() {
        return kontoVon;
    }

    public void setKontoVon(String kontoVon) {
        this.kontoVon = kontoVon;
    }

    public String getKontoBis() {
        return kontoBis;
    }

    public void setKontoBis(String kontoBis) {
        this.kontoBis = kontoBis;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getBezeichnung() {
        return bezeichnung;
    }

    public void setBezeichnung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

}
