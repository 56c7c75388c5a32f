package de.werkerp.result.entity;

import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One imported booking (account, cost centre, amount) with the position it was mapped to at import.
 */
@Entity
@Table(name = "ergebnis_buchung")
public class ErgebnisBuchung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "import_id", nullable = false)
    private ErgebnisImport importDatei;

    @NotNull
    @Column(nullable = false)
    private String konto;

    @NotNull
    @Column(nullable = false)
    private String kostenstelle;

    @NotNull
    @Column(nullable = false)
    private BigDecimal betrag;

    @NotNull
    @Column(nullable = false)
    private String position;

    public ErgebnisBuchung() {
    }

    @Override
    public String displayType() {
        return "Buchung";
    }

    public ErgebnisImport getImportDatei() {
        return importDatei;
    }

    public void setImportDatei(ErgebnisImport importDatei) {
        this.importDatei = importDatei;
    }

    public String getKonto() {
        return konto;
    }

    public void setKonto(String konto) {
        this.konto = konto;
    }

    public String getKostenstelle() {
        return kostenstelle;
    }

    public void setKostenstelle(String kostenstelle) {
        this.kostenstelle = kostenstelle;
    }

    public BigDecimal getBetrag() {
        return betrag;
    }

    public void setBetrag(BigDecimal betrag) {
        this.betrag = betrag;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

}
