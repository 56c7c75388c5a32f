package de.werkerp.reference.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.werkerp.platform.entity.InstantConverter;

/**
 * One change of the shared reference data (not tenant-owned): which kind, which period it affects, who, when, old and
 * new figures. It is the change log of the operator's entries (the tenant audit trail is tenant-owned) and the signal
 * each tenant's next Entgelt run reads to mark its own closed months of that period for Rückrechnung
 * ({@code wage.control.Referenzdatenaenderung}); the operator itself never touches tenant data.
 */
@Entity
@Table(name = "ref_aenderung")
public class Referenzaenderung {

    /** What changed. */
    public enum Art {
        RECHENGROESSEN, GRUNDBETRAG
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Art art;

    @Column(name = "gueltig_ab", nullable = false)
    private LocalDate gueltigAb;

    @Column(name = "gueltig_bis")
    private LocalDate gueltigBis;

    @Column(nullable = false)
    private String beschreibung;

    @Column(name = "geaendert_von", nullable = false)
    private String geaendertVon;

    @Convert(converter = InstantConverter.class)
    @Column(name = "geaendert_am", nullable = false)
    private Instant geaendertAm;

    protected Referenzaenderung() {
    }

    public Referenzaenderung(Art art, LocalDate gueltigAb, LocalDate gueltigBis, String beschreibung,
            String geaendertVon, Instant geaendertAm) {
        this.art = art;
        this.gueltigAb = gueltigAb;
        this.gueltigBis = gueltigBis;
        this.beschreibung = beschreibung.length() > 2000 ? beschreibung.substring(0, 2000) : beschreibung;
        this.geaendertVon = geaendertVon;
        this.geaendertAm = geaendertAm;
    }

    public Long getId() {
        return id;
    }

    public Art getArt() {
        return art;
    }

    public LocalDate getGueltigAb() {
        return gueltigAb;
    }

    public LocalDate getGueltigBis() {
        return gueltigBis;
    }

    public String getBeschreibung() {
        return beschreibung;
    }

    public String getGeaendertVon() {
        return geaendertVon;
    }

    public Instant getGeaendertAm() {
        return geaendertAm;
    }
}
