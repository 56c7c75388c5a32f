package de.werkerp.costing.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.TenantOwnedEntity;

/**
 * One line of a {@link Kalkulationsfassung}: a staff line (function, hours per week, employer gross per year of a
 * full-time post), a fixed-cost line (kind, depreciable base or yearly amount) or a variable-cost line (Tab. 2
 * category, yearly amount). {@code kategorie} is the name of the kernel's enum constant
 * ({@code costing.control.Personalfunktion}, {@code Fixkostenart}, {@code Sachkostenart}). Lines of a fixed version
 * are never changed or deleted.
 */
@Entity
@Table(name = "kalkulation_position")
public class Kalkulationsposition extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "kalkulation_id", nullable = false)
    private Kalkulationsfassung kalkulation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Positionsart art;

    @NotNull
    @Column(nullable = false)
    private String kategorie;

    @Column(nullable = false)
    private int nr;

    @Size(max = 200, message = "Die Bezeichnung einer Zeile darf höchstens 200 Zeichen lang sein.")
    private String bezeichnung;

    private BigDecimal stunden;

    @NotNull
    @Column(nullable = false)
    private BigDecimal betrag;

    @Override
    public String displayType() {
        return "Kalkulationszeile";
    }

    @PreUpdate
    @PreRemove
    void unveraenderlich() {
        if (kalkulation != null && kalkulation.isFestgeschrieben()) {
            throw new IllegalStateException("Die Zeilen einer festgeschriebenen Kalkulation sind unveränderlich.");
        }
    }

    public Kalkulationsfassung getKalkulation() {
        return kalkulation;
    }

    public void setKalkulation(Kalkulationsfassung kalkulation) {
        this.kalkulation = kalkulation;
    }

    public Positionsart getArt() {
        return art;
    }

    public void setArt(Positionsart art) {
        this.art = art;
    }

    public String getKategorie() {
        return kategorie;
    }

    public void setKategorie(String kategorie) {
        this.kategorie = kategorie;
    }

    public int getNr() {
        return nr;
    }

    public void setNr(int nr) {
        this.nr = nr;
    }

    public String getBezeichnung() {
        return bezeichnung;
    }

    public void setBezeichnung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public BigDecimal getStunden() {
        return stunden;
    }

    public void setStunden(BigDecimal stunden) {
        this.stunden = stunden;
    }

    public BigDecimal getBetrag() {
        return betrag;
    }

    public void setBetrag(BigDecimal betrag) {
        this.betrag = betrag;
    }
}
