package de.werkerp.web.security;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.security.boundary.ApiTokenService;
import de.werkerp.security.control.ApiTokenspeicher;
import de.werkerp.web.platform.Messages;

/** The page "API-Tokens" (account menu): the caller's personal tokens; a new token's value is shown once. */
@Named
@ViewScoped
public class ApiTokenPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

    @EJB
    ApiTokenService service;

    private String name;
    private LocalDate gueltigBis;
    private String neuesToken;

    public List<ApiTokenspeicher.Eintrag> getTokens() {
        return service.liste();
    }

    public void anlegen() {
        if (Messages.attempt("tokenForm", () -> neuesToken = service.anlegen(name, gueltigBis).token())) {
            name = null;
            gueltigBis = null;
            Messages.info("Das API-Token wurde erstellt. Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt.");
        }
    }

    public void widerrufen(long id) {
        if (Messages.attempt("tokenForm", () -> service.widerrufen(id))) {
            neuesToken = null;
            Messages.info("Das API-Token wurde widerrufen.");
        }
    }

    public String zeit(java.time.Instant t) {
        return t == null ? "–" : ZEIT.format(t);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getGueltigBis() {
        return gueltigBis;
    }

    public void setGueltigBis(LocalDate gueltigBis) {
        this.gueltigBis = gueltigBis;
    }

    public String getNeuesToken() {
        return neuesToken;
    }
}
