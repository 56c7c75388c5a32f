package de.werkerp.web.contract;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import de.werkerp.contract.boundary.LeistungstraegerService;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.LeistungstraegerArt;
import de.werkerp.web.platform.Messages;

/** Page "Leistungsträger": list, create, edit. */
@Named
@ViewScoped
public class LeistungstraegerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LeistungstraegerService service;

    private List<Leistungstraeger> liste;
    private List<Leistungstraeger> filtered;
    private Leistungstraeger selected;

    @PostConstruct
    void load() {
        liste = service.leistungstraeger();
    }

    public void neu() {
        selected = new Leistungstraeger();
    }

    public void bearbeiten(Leistungstraeger l) {
        selected = service.find(l.getId());
    }

    public void speichern() {
        boolean neu = selected.isNew();
        if (Messages.attempt("leistungstraegerForm", () -> selected = neu ? service.create(selected) : service.update(selected))) {
            Messages.info(neu ? "Leistungsträger „" + selected.getName() + "“ angelegt." : "Leistungsträger gespeichert.");
            load();
            PrimeFaces.current().executeScript("PF('leistungstraegerDialog').hide()");
        }
    }

    public LeistungstraegerArt[] getArten() {
        return LeistungstraegerArt.values();
    }

    public List<Leistungstraeger> getListe() {
        return liste;
    }

    public List<Leistungstraeger> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Leistungstraeger> filtered) {
        this.filtered = filtered;
    }

    public Leistungstraeger getSelected() {
        return selected;
    }
}
