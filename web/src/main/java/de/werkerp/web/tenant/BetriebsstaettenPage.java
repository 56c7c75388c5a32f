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
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.web.platform.Messages;

/** Page "Betriebsstätten": list, create, edit, deactivate. */
@Named
@ViewScoped
public class BetriebsstaettenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationService organisation;

    private List<Betriebsstaette> betriebsstaetten;
    private List<Betriebsstaette> filtered;
    private List<Einrichtung> einrichtungen;
    private Betriebsstaette selected;
    private Long einrichtungId;

    @PostConstruct
    void load() {
        betriebsstaetten = organisation.betriebsstaetten();
        einrichtungen = organisation.einrichtungen().stream().filter(Einrichtung::isAktiv).toList();
    }

    public void neu() {
        selected = new Betriebsstaette();
        einrichtungId = einrichtungen.size() == 1 ? einrichtungen.get(0).getId() : null;
    }

    public void bearbeiten(Betriebsstaette betriebsstaette) {
        selected = organisation.betriebsstaette(betriebsstaette.getId());
        einrichtungId = selected.getEinrichtung().getId();
    }

    public void speichern() {
        boolean neu = selected.isNew();
        if (Messages.attempt("betriebsstaetteForm", () -> selected = neu
                ? organisation.createBetriebsstaette(einrichtungId, selected)
                : organisation.updateBetriebsstaette(einrichtungId, selected))) {
            Messages.info(neu ? "Betriebsstätte „" + selected.getName() + "“ angelegt." : "Betriebsstätte gespeichert.");
            load();
            PrimeFaces.current().executeScript("PF('betriebsstaetteDialog').hide()");
        }
    }

    public void aktivSetzen(Betriebsstaette betriebsstaette, boolean aktiv) {
        if (Messages.attempt("betriebsstaetteForm",
                () -> organisation.setBetriebsstaetteAktiv(betriebsstaette.getId(), aktiv))) {
            Messages.info(aktiv ? "Betriebsstätte wieder aktiviert." : "Betriebsstätte deaktiviert.");
            load();
        }
    }

    public List<Betriebsstaette> getBetriebsstaetten() {
        return betriebsstaetten;
    }

    public List<Betriebsstaette> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Betriebsstaette> filtered) {
        this.filtered = filtered;
    }

    public List<Einrichtung> getEinrichtungen() {
        return einrichtungen;
    }

    public Betriebsstaette getSelected() {
        return selected;
    }

    public Long getEinrichtungId() {
        return einrichtungId;
    }

    public void setEinrichtungId(Long einrichtungId) {
        this.einrichtungId = einrichtungId;
    }
}
