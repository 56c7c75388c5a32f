package de.werkerp.web.social;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import de.werkerp.social.boundary.KrankenkassenService;
import de.werkerp.social.entity.Krankenkasse;
import de.werkerp.social.entity.Zusatzbeitragssatz;
import de.werkerp.wage.control.Format;
import de.werkerp.web.platform.Messages;

/** Page "Krankenkassen": list, create, edit; the Zusatzbeitrag periods of the selected Kasse (add, delete). */
@Named
@ViewScoped
public class KrankenkassenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KrankenkassenService service;

    private List<Krankenkasse> krankenkassen;
    private List<Krankenkasse> filtered;
    private Krankenkasse selected;
    private Krankenkasse ausgewaehlt;
    private List<Zusatzbeitragssatz> zusatzbeitraege = List.of();
    private List<Zusatzbeitragssatz> zusatzbeitraegeFiltered;
    private Zusatzbeitragssatz neuerSatz = new Zusatzbeitragssatz();

    @PostConstruct
    void load() {
        krankenkassen = service.krankenkassen();
        if (ausgewaehlt != null) {
            Long id = ausgewaehlt.getId();
            ausgewaehlt = krankenkassen.stream().filter(k -> k.getId().equals(id)).findFirst().orElse(null);
        }
    }

    public void neu() {
        selected = new Krankenkasse();
        selected.setAktiv(true);
    }

    public void bearbeiten(Krankenkasse kasse) {
        // a fresh copy, so that an unsaved change does not show in the list
        selected = service.krankenkassen().stream().filter(k -> k.getId().equals(kasse.getId())).findFirst()
                .orElse(null);
        if (selected == null) {
            Messages.error("Die Krankenkasse wurde nicht gefunden.");
            load();
        }
    }

    public void speichern() {
        boolean neu = selected.isNew();
        if (Messages.attempt("kasseForm", () -> selected = service.speichern(selected))) {
            Messages.info(neu ? "Krankenkasse „" + selected.getName() + "“ angelegt." : "Krankenkasse gespeichert.");
            load();
            PrimeFaces.current().executeScript("PF('kasseDialog').hide()");
        }
    }

    public void auswaehlen(Krankenkasse kasse) {
        ausgewaehlt = kasse;
        neuerSatz = new Zusatzbeitragssatz();
        zusatzbeitraegeLaden();
    }

    private void zusatzbeitraegeLaden() {
        zusatzbeitraegeFiltered = null;
        zusatzbeitraege = ausgewaehlt == null ? List.of() : service.zusatzbeitraege(ausgewaehlt.getId());
    }

    public void zusatzbeitragAnlegen() {
        if (ausgewaehlt == null) {
            return;
        }
        if (Messages.attempt("zusatzForm", () -> service.zusatzbeitragAnlegen(ausgewaehlt.getId(), neuerSatz))) {
            Messages.info("Zusatzbeitrag ab " + Format.datum(neuerSatz.getGueltigAb()) + " angelegt.");
            neuerSatz = new Zusatzbeitragssatz();
            zusatzbeitraegeLaden();
        }
    }

    public void zusatzbeitragLoeschen(Zusatzbeitragssatz satz) {
        if (Messages.attempt("zusatzForm", () -> service.zusatzbeitragLoeschen(satz.getId()))) {
            Messages.info("Zusatzbeitrag ab " + Format.datum(satz.getGueltigAb()) + " gelöscht.");
            zusatzbeitraegeLaden();
        }
    }

    public boolean istAusgewaehlt(Krankenkasse kasse) {
        return ausgewaehlt != null && kasse != null && ausgewaehlt.getId().equals(kasse.getId());
    }

    public List<Krankenkasse> getKrankenkassen() {
        return krankenkassen;
    }

    public List<Krankenkasse> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Krankenkasse> filtered) {
        this.filtered = filtered;
    }

    public Krankenkasse getSelected() {
        return selected;
    }

    public Krankenkasse getAusgewaehlt() {
        return ausgewaehlt;
    }

    public List<Zusatzbeitragssatz> getZusatzbeitraege() {
        return zusatzbeitraege;
    }

    public List<Zusatzbeitragssatz> getZusatzbeitraegeFiltered() {
        return zusatzbeitraegeFiltered;
    }

    public void setZusatzbeitraegeFiltered(List<Zusatzbeitragssatz> zusatzbeitraegeFiltered) {
        this.zusatzbeitraegeFiltered = zusatzbeitraegeFiltered;
    }

    public Zusatzbeitragssatz getNeuerSatz() {
        return neuerSatz;
    }
}
