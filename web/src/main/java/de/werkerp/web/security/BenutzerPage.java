package de.werkerp.web.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.primefaces.PrimeFaces;

import de.werkerp.platform.entity.Role;
import de.werkerp.security.boundary.BenutzerService;
import de.werkerp.security.entity.Benutzer;
import de.werkerp.web.platform.Adresse;
import de.werkerp.web.platform.Messages;

/** Page "Benutzer": the tenant's users with their roles; create, edit, deactivate. */
@Named
@ViewScoped
public class BenutzerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BenutzerService service;

    private List<Benutzer> benutzer;
    private List<Benutzer> filtered;
    private Benutzer selected;
    private List<String> rollen = new ArrayList<>();
    private String passwort;

    @PostConstruct
    void load() {
        benutzer = service.benutzer();
    }

    public void neu() {
        selected = new Benutzer();
        rollen = new ArrayList<>();
        passwort = null;
    }

    public void bearbeiten(Benutzer b) {
        selected = service.find(b.getId());
        rollen = new ArrayList<>(selected.getRollen().stream().map(Role::name).toList());
        passwort = null;
    }

    public void speichern() {
        boolean neu = selected.isNew();
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        rollen.forEach(name -> chosen.add(Role.valueOf(name)));
        selected.setRollen(chosen);
        boolean einladung = neu && (passwort == null || passwort.isEmpty());
        if (Messages.attempt("benutzerForm", () -> selected = einladung ? service.einladen(selected, basisUrl())
                : neu ? service.create(selected, passwort) : service.update(selected, passwort))) {
            Messages.info(einladung ? "Benutzer „" + selected.getBenutzername() + "“ angelegt; die Einladung ging an "
                    + selected.getEmail() + "."
                    : neu ? "Benutzer „" + selected.getBenutzername() + "“ angelegt. Das Passwort muss bei der ersten Anmeldung geändert werden."
                    : "Benutzer gespeichert.");
            load();
            PrimeFaces.current().executeScript("PF('benutzerDialog').hide()");
        }
    }

    /** Resets another user's second factor (lost phone); audited by the service. */
    public void zweifaktorZuruecksetzen(Benutzer b) {
        if (Messages.attempt("benutzerForm", () -> service.zweifaktorZuruecksetzen(b.getId()))) {
            Messages.info("Die Zwei-Faktor-Anmeldung von " + b.getBenutzername() + " wurde zurückgesetzt.");
        }
    }

    public void einladen(Benutzer b) {
        if (Messages.attempt("listeForm", () -> service.erneutEinladen(b.getId(), basisUrl()))) {
            Messages.info("Die Einladung ging an " + b.getEmail() + " (72 Stunden gültig).");
        }
    }

    private static String basisUrl() {
        return Adresse.basisUrl((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public void aktivSetzen(Benutzer b, boolean aktiv) {
        if (Messages.attempt("benutzerForm", () -> service.setAktiv(b.getId(), aktiv))) {
            Messages.info(aktiv ? "Benutzer wieder aktiviert." : "Benutzer deaktiviert.");
            load();
        }
    }

    public List<Role> getWaehlbareRollen() {
        List<Role> roles = new ArrayList<>(List.of(Role.values()));
        roles.remove(Role.OPERATOR);
        return roles;
    }

    public List<Benutzer> getBenutzer() {
        return benutzer;
    }

    public List<Benutzer> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Benutzer> filtered) {
        this.filtered = filtered;
    }

    public Benutzer getSelected() {
        return selected;
    }

    public List<String> getRollen() {
        return rollen;
    }

    public void setRollen(List<String> rollen) {
        this.rollen = rollen;
    }

    public String getPasswort() {
        return passwort;
    }

    public void setPasswort(String passwort) {
        this.passwort = passwort;
    }
}
