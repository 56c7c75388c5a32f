package de.werkerp.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.privacy.control.Aufbewahrungskategorie;

/** A tenant's longer retention period for a category (never shorter than the default). */
@Entity
@Table(name = "aufbewahrungsfrist")
public class Aufbewahrungseinstellung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Aufbewahrungskategorie kategorie;

    private int jahre;

    public Aufbewahrungseinstellung() {
    }

    public Aufbewahrungseinstellung(Aufbewahrungskategorie kategorie, int jahre) {
        this.kategorie = kategorie;
        this.jahre = jahre;
    }

    @Override
    public String displayType() {
        return "Aufbewahrungsfrist";
    }

    public Aufbewahrungskategorie getKategorie() {
        return kategorie;
    }

    public int getJahre() {
        return jahre;
    }

    public void setJahre(int jahre) {
        this.jahre = jahre;
    }
}
