package de.werkerp.web.wage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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

    /** Labels of the people the search offered (and of the chosen ones), by id. */
    private final Map<Long, String> personLabels = new HashMap<>();
    private List<Lohnart> lohnarten;
    private LocalDate monatDatum = LocalDate.now().withDayOfMonth(1);
    private final Posten posten = new Posten();
    private BigDecimal summe = BigDecimal.ZERO;

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
        lohnarten = stammdaten.lohnarten().stream().filter(Lohnart::isAktiv).toList();
        postenLaden();
    }

    public void postenLaden() {
        // the lazy table reads the month's page on its next rendering
        summe = BigDecimal.ZERO;
    }

    /**
     * The pay items of the month, a page at a time: filtered by person, sorted by person, counted, summed and paged in
     * the database (a month of a Werkstatt of 15,000 people has tens of thousands of items).
     */
    public class Posten extends LazyDataModel<Lohnbuchung> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            YearMonth m = getMonat();
            return m == null ? 0 : (int) service.lohnposten(m, person(filterBy), false, 0, 0).seite().gesamt();
        }

        @Override
        public List<Lohnbuchung> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            YearMonth m = getMonat();
            if (m == null) {
                setRowCount(0);
                return List.of();
            }
            boolean absteigend = sortBy != null && sortBy.values().stream()
                    .anyMatch(s -> s.getOrder() == SortOrder.DESCENDING);
            var s = service.lohnposten(m, person(filterBy), absteigend, first, pageSize);
            setRowCount((int) s.seite().gesamt());
            summe = s.summe();
            return s.seite().eintraege();
        }

        @Override
        public String getRowKey(Lohnbuchung b) {
            return String.valueOf(b.getId());
        }

        private static String person(Map<String, FilterMeta> filterBy) {
            // the only filtered column (keyed by its field)
            return filterBy == null ? null : filterBy.values().stream().map(FilterMeta::getFilterValue)
                    .filter(java.util.Objects::nonNull).map(Object::toString).findFirst().orElse(null);
        }
    }

    /** The search of the person fields: at most 20 people whose name or Personalnummer contains the text. */
    public List<Long> personSuchen(String text) {
        var treffer = personen.suchen(text, null, BeschaeftigteService.Sortierung.NAME, false, 0, 20).eintraege();
        if (treffer.isEmpty() && text != null && !text.isBlank()) {
            treffer = personen.suchen(null, text, BeschaeftigteService.Sortierung.NAME, false, 0, 20).eintraege();
        }
        treffer.forEach(p -> personLabels.put(p.getId(), personLabel(p)));
        return treffer.stream().map(Beschaeftigter::getId).toList();
    }

    /** The label of a person offered or chosen in a person field. */
    public String personName(Long id) {
        if (id == null) {
            return "";
        }
        return personLabels.computeIfAbsent(id, x -> personLabel(personen.find(x)));
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

    /** The sum of all pay items of the month that match the filter (all pages). */
    public BigDecimal getSumme() {
        return summe;
    }

    public String personLabel(Beschaeftigter p) {
        return p.getName() + (p.getPersonalnummer() == null ? "" : " (" + p.getPersonalnummer() + ")");
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

    public LazyDataModel<Lohnbuchung> getPosten() {
        return posten;
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
