package de.werkerp.wage.entity;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.wage.control.Komponente;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * A Lohnart of the tenant for other pay items: code, label, kind (one-off payment, allowance, deduction) and
 * whether it counts as Arbeitsentgelt.
 */
@Entity
@Table(name = "lohnart")
public class Lohnart extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte den Schlüssel der Lohnart angeben.")
    @Column(nullable = false)
    private String code;

    @NotNull(message = "Bitte die Lohnart benennen.")
    @Column(nullable = false)
    private String bezeichnung;

    @NotNull(message = "Bitte die Art wählen.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Komponente komponente;

    private boolean arbeitsentgelt;

    private boolean aktiv;

    public Lohnart() {
    }

    @Override
    public String displayType() {
        return "Lohnart";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getBezeichnung() {
        return bezeichnung;
    }

    public void setBezeichnung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public Komponente getKomponente() {
        return komponente;
    }

    public void setKomponente(Komponente komponente) {
        this.komponente = komponente;
    }

    public boolean isArbeitsentgelt() {
        return arbeitsentgelt;
    }

    public void setArbeitsentgelt(boolean arbeitsentgelt) {
        this.arbeitsentgelt = arbeitsentgelt;
    }

    public boolean isAktiv() {
        return aktiv;
    }

    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }

}
