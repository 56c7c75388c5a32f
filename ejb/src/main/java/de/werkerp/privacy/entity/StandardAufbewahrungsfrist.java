package de.werkerp.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.werkerp.privacy.control.Aufbewahrungskategorie;

/** The documented default retention period of a category with its legal basis (V23, shared by all tenants). Read-only. */
@Entity
@Table(name = "ref_aufbewahrungsfrist")
public class StandardAufbewahrungsfrist {

    @Id
    @Enumerated(EnumType.STRING)
    private Aufbewahrungskategorie kategorie;

    private int jahre;

    @Column(name = "rechtsgrundlage")
    private String rechtsgrundlage;

    public Aufbewahrungskategorie getKategorie() {
        return kategorie;
    }

    public int getJahre() {
        return jahre;
    }

    public String getRechtsgrundlage() {
        return rechtsgrundlage;
    }
}
