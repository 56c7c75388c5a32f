package de.werkerp.web.participation;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.participation.boundary.TeilhabeberichtService;
import de.werkerp.participation.boundary.TeilhabeplanungService;
import de.werkerp.participation.entity.Lebensbereich;
import de.werkerp.participation.entity.Massnahmenart;
import de.werkerp.participation.entity.Teilhabebericht;
import de.werkerp.participation.entity.Teilhabemassnahme;
import de.werkerp.participation.entity.Teilhabeziel;
import de.werkerp.participation.entity.Uebergang;
import de.werkerp.participation.entity.Uebergangsart;
import de.werkerp.participation.entity.Zielbewertung;
import de.werkerp.participation.entity.Zielerreichung;
import de.werkerp.participation.entity.Zielquelle;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Page "Ziele & Übergänge" (view parameter {@code person}): the goals of a person from the Gesamtplan/Teilhabeplan
 * with measures and dated evaluations, internships and transitions, the person's reports and a new report draft.
 * The social service and the tenant admin write; management reads.
 */
@Named
@ViewScoped
public class TeilhabePlanungPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TeilhabeplanungService planung;

    @EJB
    TeilhabeberichtService berichte;

    @EJB
    BeschaeftigteService personen;

    @EJB
    OrganisationService organisation;

    private Long person;
    private Long auswahlPerson;
    /** Names of the people the search offered (and of the chosen one), by id. */
    private final java.util.Map<Long, String> namen = new java.util.HashMap<>();
    private Beschaeftigter beschaeftigter;
    private List<Einrichtung> einrichtungen = List.of();
    private List<Teilhabeziel> ziele = List.of();
    private List<Teilhabeziel> zieleFiltered;
    private List<Zielbewertung> bewertungen = List.of();
    private List<Zielbewertung> bewertungenFiltered;
    private List<Teilhabemassnahme> massnahmen = List.of();
    private List<Teilhabemassnahme> massnahmenFiltered;
    private List<Uebergang> uebergaenge = List.of();
    private List<Uebergang> uebergaengeFiltered;
    private List<Teilhabebericht> berichtsliste = List.of();
    private List<Teilhabebericht> berichtslisteFiltered;

    private Teilhabeziel neuesZiel = new Teilhabeziel();
    private Long bewertungZiel;
    private Zielbewertung neueBewertung = new Zielbewertung();
    private Long massnahmeZiel;
    private Teilhabemassnahme neueMassnahme = new Teilhabemassnahme();
    private Long uebergangEinrichtung;
    private Uebergang neuerUebergang = new Uebergang();
    private LocalDate berichtVon;
    private LocalDate berichtBis;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Messages.attempt("auswahlForm", () -> {
            einrichtungen = organisation.einrichtungen().stream().filter(Einrichtung::isAktiv).toList();
        });
        auswahlPerson = person;
        if (einrichtungen.size() == 1) {
            uebergangEinrichtung = einrichtungen.get(0).getId();
        }
        laden();
    }

    public String anzeigen() {
        person = auswahlPerson;
        return "/teilhabe/planung?faces-redirect=true&includeViewParams=true";
    }

    private void laden() {
        beschaeftigter = null;
        ziele = List.of();
        bewertungen = List.of();
        massnahmen = List.of();
        uebergaenge = List.of();
        berichtsliste = List.of();
        zieleFiltered = null;
        bewertungenFiltered = null;
        massnahmenFiltered = null;
        uebergaengeFiltered = null;
        berichtslisteFiltered = null;
        if (person == null) {
            return;
        }
        Messages.attempt("zieleForm", () -> {
            beschaeftigter = personen.find(person);
            ziele = planung.ziele(person);
            bewertungen = planung.bewertungenVon(person);
            massnahmen = planung.massnahmenVon(person);
            uebergaenge = planung.uebergaenge(person);
            berichtsliste = berichte.berichteVon(person);
        });
        if (berichtBis == null) {
            berichtBis = LocalDate.now();
            berichtVon = berichtBis.minusYears(2).plusDays(1);
        }
    }

    public void zielAnlegen() {
        if (Messages.attempt("zielForm", () -> planung.zielAnlegen(person, neuesZiel))) {
            Messages.info("Das Ziel wurde gespeichert.");
            neuesZiel = new Teilhabeziel();
            laden();
        }
    }

    public void bewerten() {
        if (bewertungZiel == null) {
            Messages.error("Bitte wählen Sie das Ziel, das bewertet wird.");
            return;
        }
        if (Messages.attempt("bewertungForm", () -> planung.bewerten(bewertungZiel, neueBewertung))) {
            Messages.info("Die Bewertung wurde gespeichert.");
            neueBewertung = new Zielbewertung();
            laden();
        } else {
            neueBewertung.setZiel(null);
        }
    }

    public void massnahmeAnlegen() {
        if (massnahmeZiel == null) {
            Messages.error("Bitte wählen Sie das Ziel der Maßnahme.");
            return;
        }
        if (Messages.attempt("massnahmeForm", () -> planung.massnahmeAnlegen(massnahmeZiel, neueMassnahme))) {
            Messages.info("Die Maßnahme wurde gespeichert.");
            neueMassnahme = new Teilhabemassnahme();
            laden();
        } else {
            neueMassnahme.setZiel(null);
        }
    }

    public void uebergangErfassen() {
        if (uebergangEinrichtung == null) {
            Messages.error("Bitte wählen Sie die Einrichtung.");
            return;
        }
        if (Messages.attempt("uebergangForm",
                () -> planung.uebergangErfassen(person, uebergangEinrichtung, neuerUebergang))) {
            Messages.info("Der Eintrag wurde gespeichert.");
            neuerUebergang = new Uebergang();
            laden();
        } else {
            neuerUebergang.setBeschaeftigter(null);
            neuerUebergang.setEinrichtung(null);
        }
    }

    public String berichtAnlegen() {
        Long[] id = new Long[1];
        java.util.List<String> warnungen = new java.util.ArrayList<>();
        if (Messages.attempt("berichtForm", () -> {
            TeilhabeberichtService.Ansicht a = berichte.entwurfAnlegen(person, berichtVon, berichtBis);
            id[0] = a.bericht().getId();
            warnungen.addAll(a.warnungen());
        })) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("Der Entwurf des Teilhaberichts wurde angelegt.");
            warnungen.forEach(Messages::error);
            return "/teilhabe/bericht?faces-redirect=true&id=" + id[0];
        }
        return null;
    }

    public Zielquelle[] getQuellen() {
        return Zielquelle.values();
    }

    public Lebensbereich[] getLebensbereiche() {
        return Lebensbereich.values();
    }

    public Zielerreichung[] getErgebnisse() {
        return Zielerreichung.values();
    }

    public Massnahmenart[] getMassnahmenarten() {
        return Massnahmenart.values();
    }

    public Uebergangsart[] getUebergangsarten() {
        return Uebergangsart.values();
    }

    // ------------------------------------------------------------------ getters / setters

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public Long getAuswahlPerson() {
        return auswahlPerson;
    }

    public void setAuswahlPerson(Long auswahlPerson) {
        this.auswahlPerson = auswahlPerson;
    }

    /** The person search: at most 20 people whose name (or else Personalnummer) contains the text. */
    public List<Long> personSuchen(String text) {
        var treffer = personen.suchen(text, null, BeschaeftigteService.Sortierung.NAME, false, 0, 20).eintraege();
        if (treffer.isEmpty() && text != null && !text.isBlank()) {
            treffer = personen.suchen(null, text, BeschaeftigteService.Sortierung.NAME, false, 0, 20).eintraege();
        }
        treffer.forEach(p -> namen.put(p.getId(), p.getName()));
        return treffer.stream().map(Beschaeftigter::getId).toList();
    }

    /** The name of a person offered or chosen in the search. */
    public String personName(Long id) {
        return id == null ? "" : namen.computeIfAbsent(id, x -> personen.find(x).getName());
    }

    public Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public List<Einrichtung> getEinrichtungen() {
        return einrichtungen;
    }

    public List<Teilhabeziel> getZiele() {
        return ziele;
    }

    public List<Teilhabeziel> getZieleFiltered() {
        return zieleFiltered;
    }

    public void setZieleFiltered(List<Teilhabeziel> zieleFiltered) {
        this.zieleFiltered = zieleFiltered;
    }

    public List<Zielbewertung> getBewertungen() {
        return bewertungen;
    }

    public List<Zielbewertung> getBewertungenFiltered() {
        return bewertungenFiltered;
    }

    public void setBewertungenFiltered(List<Zielbewertung> bewertungenFiltered) {
        this.bewertungenFiltered = bewertungenFiltered;
    }

    public List<Teilhabemassnahme> getMassnahmen() {
        return massnahmen;
    }

    public List<Teilhabemassnahme> getMassnahmenFiltered() {
        return massnahmenFiltered;
    }

    public void setMassnahmenFiltered(List<Teilhabemassnahme> massnahmenFiltered) {
        this.massnahmenFiltered = massnahmenFiltered;
    }

    public List<Uebergang> getUebergaenge() {
        return uebergaenge;
    }

    public List<Uebergang> getUebergaengeFiltered() {
        return uebergaengeFiltered;
    }

    public void setUebergaengeFiltered(List<Uebergang> uebergaengeFiltered) {
        this.uebergaengeFiltered = uebergaengeFiltered;
    }

    public List<Teilhabebericht> getBerichtsliste() {
        return berichtsliste;
    }

    public List<Teilhabebericht> getBerichtslisteFiltered() {
        return berichtslisteFiltered;
    }

    public void setBerichtslisteFiltered(List<Teilhabebericht> berichtslisteFiltered) {
        this.berichtslisteFiltered = berichtslisteFiltered;
    }

    public Teilhabeziel getNeuesZiel() {
        return neuesZiel;
    }

    public Long getBewertungZiel() {
        return bewertungZiel;
    }

    public void setBewertungZiel(Long bewertungZiel) {
        this.bewertungZiel = bewertungZiel;
    }

    public Zielbewertung getNeueBewertung() {
        return neueBewertung;
    }

    public Long getMassnahmeZiel() {
        return massnahmeZiel;
    }

    public void setMassnahmeZiel(Long massnahmeZiel) {
        this.massnahmeZiel = massnahmeZiel;
    }

    public Teilhabemassnahme getNeueMassnahme() {
        return neueMassnahme;
    }

    public Long getUebergangEinrichtung() {
        return uebergangEinrichtung;
    }

    public void setUebergangEinrichtung(Long uebergangEinrichtung) {
        this.uebergangEinrichtung = uebergangEinrichtung;
    }

    public Uebergang getNeuerUebergang() {
        return neuerUebergang;
    }

    public LocalDate getBerichtVon() {
        return berichtVon;
    }

    public void setBerichtVon(LocalDate berichtVon) {
        this.berichtVon = berichtVon;
    }

    public LocalDate getBerichtBis() {
        return berichtBis;
    }

    public void setBerichtBis(LocalDate berichtBis) {
        this.berichtBis = berichtBis;
    }
}
