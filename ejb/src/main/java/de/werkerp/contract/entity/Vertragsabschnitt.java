package de.werkerp.contract.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.reference.control.Validity;

/**
 * An effective-dated part of a Werkstattvertrag (phase, working time, approval): valid from
 * {@code gueltigAb} to {@code gueltigBis} inclusive; {@code gueltigBis == null} means open.
 */
@MappedSuperclass
public abstract class Vertragsabschnitt extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "vertrag_id", nullable = false)
    private Werkstattvertrag vertrag;

    @NotNull(message = "Bitte geben Sie das Datum „gültig ab“ ein.")
    @Column(name = "gueltig_ab", nullable = false)
    private LocalDate gueltigAb;

    @Column(name = "gueltig_bis")
    private LocalDate gueltigBis;

    protected Vertragsabschnitt() {
    }

    protected Vertragsabschnitt(Werkstattvertrag vertrag, LocalDate gueltigAb) {
        this.vertrag = vertrag;
        this.gueltigAb = gueltigAb;
    }

    public Validity validity() {
        return new Validity(gueltigAb, gueltigBis);
    }

    public Werkstattvertrag getVertrag() {
        return vertrag;
    }

    public void setVertrag(Werkstattvertrag vertrag) {
        this.vertrag = vertrag;
    }

    public LocalDate getGueltigAb() {
        return gueltigAb;
    }

    public void setGueltigAb(LocalDate gueltigAb) {
        this.gueltigAb = gueltigAb;
    }

    public LocalDate getGueltigBis() {
        return gueltigBis;
    }

    public void setGueltigBis(LocalDate gueltigBis) {
        this.gueltigBis = gueltigBis;
    }
}
