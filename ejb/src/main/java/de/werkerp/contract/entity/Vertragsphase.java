package de.werkerp.contract.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.tenant.entity.Gruppe;

/** One phase of a contract, effective-dated: area (EV/BBB/AB) and placement (group, outside place, transfer). */
@Entity
@Table(name = "vertragsphase")
public class Vertragsphase extends Vertragsabschnitt {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie den Bereich (Eingangsverfahren, Berufsbildungsbereich, Arbeitsbereich).")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Bereich bereich;

    @NotNull(message = "Bitte wählen Sie die Platzierung.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Platzierung platzierung;

    @ManyToOne
    @JoinColumn(name = "gruppe_id")
    private Gruppe gruppe;

    @Size(max = 200, message = "Der Name des Arbeitgebers darf höchstens 200 Zeichen lang sein.")
    private String arbeitgeber;

    public Vertragsphase() {
    }

    public Vertragsphase(Werkstattvertrag vertrag, LocalDate gueltigAb, Bereich bereich, Platzierung platzierung) {
        super(vertrag, gueltigAb);
        this.bereich = bereich;
        this.platzierung = platzierung;
    }

    @Override
    public String displayType() {
        return "Vertragsphase";
    }

    public Bereich getBereich() {
        return bereich;
    }

    public void setBereich(Bereich bereich) {
        this.bereich = bereich;
    }

    public Platzierung getPlatzierung() {
        return platzierung;
    }

    public void setPlatzierung(Platzierung platzierung) {
        this.platzierung = platzierung;
    }

    public Gruppe getGruppe() {
        return gruppe;
    }

    public void setGruppe(Gruppe gruppe) {
        this.gruppe = gruppe;
    }

    public String getArbeitgeber() {
        return arbeitgeber;
    }

    public void setArbeitgeber(String arbeitgeber) {
        this.arbeitgeber = arbeitgeber;
    }
}
