package de.werkerp.web.contract;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.boundary.Uebersichtszeile;
import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.contract.entity.Personenkreis;
import de.werkerp.web.platform.Messages;

/** Page "Beschäftigte": overview with filters (Einrichtung, Bereich, Gruppe, Status, approval expiring, retirement), and new person. */
@Named
@ViewScoped
public class PersonenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VertragService vertraege;

    @EJB
    BeschaeftigteService personen;

    private List<Uebersichtszeile> zeilen;
    private List<Uebersichtszeile> filtered;
    private Beschaeftigter neu;
    private boolean trotzGleichemNamen;

    @PostConstruct
    void load() {
        zeilen = vertraege.uebersicht(VertragService.heute());
    }

    public void neu() {
        neu = new Beschaeftigter();
        trotzGleichemNamen = false;
    }

    public void anlegen() throws IOException {
        Beschaeftigter[] angelegt = new Beschaeftigter[1];
        if (Messages.attempt("personForm", () -> angelegt[0] = personen.create(neu, trotzGleichemNamen))) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("„" + angelegt[0].getName() + "“ angelegt.");
            FacesContext.getCurrentInstance().getExternalContext().redirect("person.xhtml?id=" + angelegt[0].getId());
        }
    }

    public Geschlecht[] getGeschlechter() {
        return Geschlecht.values();
    }

    public Personenkreis[] getPersonenkreise() {
        return Personenkreis.values();
    }

    public List<Uebersichtszeile> getZeilen() {
        return zeilen;
    }

    public List<Uebersichtszeile> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Uebersichtszeile> filtered) {
        this.filtered = filtered;
    }

    public Beschaeftigter getNeu() {
        return neu;
    }

    public boolean isTrotzGleichemNamen() {
        return trotzGleichemNamen;
    }

    public void setTrotzGleichemNamen(boolean trotzGleichemNamen) {
        this.trotzGleichemNamen = trotzGleichemNamen;
    }
}
