package de.werkerp.web.tenant;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Einrichtungsart;
import de.werkerp.web.platform.Messages;

/** Page "Einrichtungen": list, create, edit, deactivate. */
@Named
@ViewScoped
public class EinrichtungenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationService organisation;

    private List<Einrichtung> einrichtungen;
    private List<Einrichtung> filtered;
    private Einrichtung selected;

    @PostConstruct
    void load() {
        einrichtungen = organisation.einrichtungen();
    }

    public void neu() {
        selected = new Einrichtung();
    }

    public void bearbeiten(Einrichtung einrichtung) {
        selected = organisation.einrichtung(einrichtung.getId());
    }

    public void speichern() {
        boolean neu = selected.isNew();
        if (Messages.attempt("einrichtungForm", () -> selected = neu
                ? organisation.createEinrichtung(selected) : organisation.updateEinrichtung(selected))) {
            Messages.info(neu ? "Einrichtung „" + selected.getName() + "“ angelegt." : "Einrichtung gespeichert.");
            load();
            PrimeFaces.current().executeScript("PF('einrichtungDialog').hide()");
        }
    }

    public void aktivSetzen(Einrichtung einrichtung, boolean aktiv) {
        if (Messages.attempt("einrichtungForm", () -> organisation.setEinrichtungAktiv(einrichtung.getId(), aktiv))) {
            Messages.info(aktiv ? "Einrichtung wieder aktiviert." : "Einrichtung deaktiviert.");
            load();
        }
    }

    public Einrichtungsart[] getArten() {
        return Einrichtungsart.values();
    }

    public List<Einrichtung> getEinrichtungen() {
        return einrichtungen;
    }

    public List<Einrichtung> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Einrichtung> filtered) {
        this.filtered = filtered;
    }

    public Einrichtung getSelected() {
        return selected;
    }
}
