package de.werkerp.web.wage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.wage.boundary.EntgeltEingabeService;
import de.werkerp.wage.boundary.EntgeltStammdatenService;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.entity.Arbeitsunfaehigkeit;
import de.werkerp.wage.entity.Lohnart;
import de.werkerp.wage.entity.Lohnbuchung;
import de.werkerp.web.platform.Messages;

/** Page "Lohnposten &amp; AU": other pay items of a month, and the illness spells of a person. */
@Named
@ViewScoped
public class LohnpostenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String POSTEN_FORM = "postenTabs:postenForm";
    static final String AU_FORM = "postenTabs:auForm";

    @EJB
    EntgeltEingabeService service;

    @EJB
    EntgeltStammdatenService stammdaten;

    @EJB
    BeschaeftigteService personen;

    private List<Beschaeftigter> beschaeftigte;
    private List<Lohnart> lohnarten;
    private LocalDate monatDatum = LocalDate.now().withDayOfMonth(1);
    private List<Lohnbuchung> posten = List.of();
    private List<Lohnbuchung> postenFiltered;

    // booking form
    private Long personId;
    private Long lohnartId;
    private String bezeichnung;
    private BigDecimal betrag;

    // Arbeitsunfähigkeit
    private Long auPersonId;
    private List<Arbeitsunfaehigkeit> arbeitsunfaehigkeiten = List.of();
    private List<Arbeitsunfaehigkeit> auFiltered;
    private Arbeitsunfaehigkeit au = new Arbeitsunfaehigkeit();

    @PostConstruct
    void load() {
        beschaeftigte = personen.beschaeftigte();
        lohnarten = stammdaten.lohnarten().stream().filter(Lohnart::isAktiv).toList();
        postenLaden();
    }

    public void postenLaden() {
        postenFiltered = null;
        YearMonth m = getMonat();
        posten = m == null ? List.of() : service.lohnposten(m);
    }

    public void buchen() {
        if (personId == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String clientId = faces.getViewRoot().findComponent(POSTEN_FORM + ":person").getClientId(faces);
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Bitte die Person wählen.", null));
            faces.validationFailed();
            return;
        }
        YearMonth m = getMonat();
        Lohnbuchung[] gebucht = new Lohnbuchung[1];
        if (Messages.attempt(POSTEN_FORM, () -> gebucht[0] = service.lohnpostenBuchen(personId, m, lohnartId,
                bezeichnung, betrag))) {
            Messages.info("„" + gebucht[0].getBezeichnung() + "“ über " + Format.euro(gebucht[0].getBetrag())
                    + " für " + Format.monat(m) + " gebucht.");
            bezeichnung = null;
            betrag = null;
            postenLaden();
        }
    }

    public void postenLoeschen(Lohnbuchung b) {
        if (Messages.attempt(POSTEN_FORM, () -> service.lohnpostenLoeschen(b.getId()))) {
            Messages.info("„" + b.getBezeichnung() + "“ gelöscht.");
            postenLaden();
        }
    }

    // ------------------------------------------------------------------ Arbeitsunfähigkeit

    public void auLaden() {
        auFiltered = null;
        au = new Arbeitsunfaehigkeit();
        arbeitsunfaehigkeiten = List.of();
        if (auPersonId != null) {
            Messages.attempt(AU_FORM, () -> arbeitsunfaehigkeiten = service.arbeitsunfaehigkeiten(auPersonId));
        }
    }

    public void auAnlegen() {
        if (auPersonId == null) {
            Messages.error("Bitte die Person wählen.");
            return;
        }
        if (Messages.attempt(AU_FORM, () -> service.arbeitsunfaehigkeitAnlegen(auPersonId, au))) {
            Messages.info("Arbeitsunfähigkeit ab " + Format.datum(au.getBeginn()) + " erfasst.");
            auLaden();
        }
    }

    public void auLoeschen(Arbeitsunfaehigkeit a) {
        if (Messages.attempt(AU_FORM, () -> service.arbeitsunfaehigkeitLoeschen(a.getId()))) {
            Messages.info("Arbeitsunfähigkeit ab " + Format.datum(a.getBeginn()) + " gelöscht.");
            auLaden();
        }
    }

    // ------------------------------------------------------------------ view

    public YearMonth getMonat() {
        return monatDatum == null ? null : YearMonth.from(monatDatum);
    }

    public String getMonatText() {
        return getMonat() == null ? "" : Format.monat(getMonat());
    }

    public BigDecimal getSumme() {
        return (postenFiltered != null ? postenFiltered : posten).stream().map(Lohnbuchung::getBetrag)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String personLabel(Beschaeftigter p) {
        return p.getName() + (p.getPersonalnummer() == null ? "" : " (" + p.getPersonalnummer() + ")");
    }

    public List<Beschaeftigter> getBeschaeftigte() {
        return beschaeftigte;
    }

    public List<Lohnart> getLohnarten() {
        return lohnarten;
    }

    public LocalDate getMonatDatum() {
        return monatDatum;
    }

    public void setMonatDatum(LocalDate monatDatum) {
        this.monatDatum = monatDatum;
    }

    public List<Lohnbuchung> getPosten() {
        return posten;
    }

    public List<Lohnbuchung> getPostenFiltered() {
        return postenFiltered;
    }

    public void setPostenFiltered(List<Lohnbuchung> postenFiltered) {
        this.postenFiltered = postenFiltered;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getLohnartId() {
        return lohnartId;
    }

    public void setLohnartId(Long lohnartId) {
        this.lohnartId = lohnartId;
    }

    public String getBezeichnung() {
        return bezeichnung;
    }

    public void setBezeichnung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public BigDecimal getBetrag() {
        return betrag;
    }

    public void setBetrag(BigDecimal betrag) {
        this.betrag = betrag;
    }

    public Long getAuPersonId() {
        return auPersonId;
    }

    public void setAuPersonId(Long auPersonId) {
        this.auPersonId = auPersonId;
    }

    public List<Arbeitsunfaehigkeit> getArbeitsunfaehigkeiten() {
        return arbeitsunfaehigkeiten;
    }

    public List<Arbeitsunfaehigkeit> getAuFiltered() {
        return auFiltered;
    }

    public void setAuFiltered(List<Arbeitsunfaehigkeit> auFiltered) {
        this.auFiltered = auFiltered;
    }

    public Arbeitsunfaehigkeit getAu() {
        return au;
    }
}
