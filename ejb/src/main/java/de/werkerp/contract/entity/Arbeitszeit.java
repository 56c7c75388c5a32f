package de.werkerp.contract.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import de.werkerp.contract.control.Teilzeitgrund;

/**
 * Agreed weekly working time of a contract, effective-dated (§ 6 WVO). Part time needs a reason and
 * its dates; the rules are in {@link de.werkerp.contract.control.Arbeitszeitregel}.
 */
@Entity
@Table(name = "arbeitszeit")
public class Arbeitszeit extends Vertragsabschnitt {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte geben Sie die Wochenstunden ein.")
    @Column(nullable = false)
    private BigDecimal wochenstunden;

    /**
     * Special category: one reason is the kind or severity of the disability (§ 6 Abs. 2 WVO). Read by the roles of
     * {@link de.werkerp.contract.control.Teilzeitgrundsicht} (also in the audit trail); the services hide it from the
     * others ({@link #isTeilzeitgrundVerborgen()}).
     */
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.SOCIAL_SERVICE})
    @Enumerated(EnumType.STRING)
    private Teilzeitgrund teilzeitgrund;

    /** Set on a detached copy whose reason was removed for the caller's role: "a reason is recorded". */
    @jakarta.persistence.Transient
    private boolean teilzeitgrundVerborgen;

    @Column(name = "nachweis_datum")
    private LocalDate nachweisDatum;

    @Column(name = "genehmigt_am")
    private LocalDate genehmigtAm;

    public Arbeitszeit() {
    }

    public Arbeitszeit(Werkstattvertrag vertrag, LocalDate gueltigAb, BigDecimal wochenstunden) {
        super(vertrag, gueltigAb);
        this.wochenstunden = wochenstunden;
    }

    @Override
    public String displayType() {
        return "Arbeitszeit";
    }

    public BigDecimal getWochenstunden() {
        return wochenstunden;
    }

    public void setWochenstunden(BigDecimal wochenstunden) {
        this.wochenstunden = wochenstunden;
    }

    public Teilzeitgrund getTeilzeitgrund() {
        return teilzeitgrund;
    }

    public void setTeilzeitgrund(Teilzeitgrund teilzeitgrund) {
        this.teilzeitgrund = teilzeitgrund;
    }

    /** Whether the reason was removed for the caller's role (then a reason is recorded, but not shown). */
    public boolean isTeilzeitgrundVerborgen() {
        return teilzeitgrundVerborgen;
    }

    /** Removes the reason from a detached copy for a role that may not read it; remembers that one was recorded. */
    public void ohneTeilzeitgrund() {
        teilzeitgrundVerborgen = teilzeitgrund != null;
        teilzeitgrund = null;
    }

    public LocalDate getNachweisDatum() {
        return nachweisDatum;
    }

    public void setNachweisDatum(LocalDate nachweisDatum) {
        this.nachweisDatum = nachweisDatum;
    }

    public LocalDate getGenehmigtAm() {
        return genehmigtAm;
    }

    public void setGenehmigtAm(LocalDate genehmigtAm) {
        this.genehmigtAm = genehmigtAm;
    }
}
