package de.werkerp.web.tenant;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Betriebsstaette;
import de.werkerp.tenant.entity.Gruppe;
import de.werkerp.web.platform.Messages;

/** Page "Gruppen": list, create, edit, deactivate. */
@Named
@ViewScoped
public class GruppenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationService organisation;

    private List<Gruppe> gruppen;
    private List<Gruppe> filtered;
    private List<Betriebsstaette> betriebsstaetten;
    private Gruppe selected;
    private Long betriebsstaetteId;

    @PostConstruct
    void load() {
        gruppen = organisation.gruppen();
        betriebsstaetten = organisation.betriebsstaetten().stream().filter(Betriebsstaette::isAktiv).toList();
    }

    public void neu() {
        selected = new Gruppe();
        betriebsstaetteId = null;
    }

    public void bearbeiten(Gruppe gruppe) {
        selected = organisation.gruppe(gruppe.getId());
        betriebsstaetteId = selected.getBetriebsstaette().getId();
    }

    public void speichern() {
        boolean neu = selected.isNew();
        if (Messages.attempt("gruppeForm", () -> selected = neu
                ? organisation.createGruppe(betriebsstaetteId, selected)
                : organisation.updateGruppe(betriebsstaetteId, selected))) {
            Messages.info(neu ? "Gruppe „" + selected.getName() + "“ angelegt." : "Gruppe gespeichert.");
            load();
            PrimeFaces.current().executeScript("PF('gruppeDialog').hide()");
        }
    }

    public void aktivSetzen(Gruppe gruppe, boolean aktiv) {
        if (Messages.attempt("gruppeForm", () -> organisation.setGruppeAktiv(gruppe.getId(), aktiv))) {
            Messages.info(aktiv ? "Gruppe wieder aktiviert." : "Gruppe deaktiviert.");
            load();
        }
    }

    public List<Gruppe> getGruppen() {
        return gruppen;
    }

    public List<Gruppe> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Gruppe> filtered) {
        this.filtered = filtered;
    }

    public List<Betriebsstaette> getBetriebsstaetten() {
        return betriebsstaetten;
    }

    public Gruppe getSelected() {
        return selected;
    }

    public Long getBetriebsstaetteId() {
        return betriebsstaetteId;
    }

    public void setBetriebsstaetteId(Long betriebsstaetteId) {
        this.betriebsstaetteId = betriebsstaetteId;
    }
}
