package de.werkerp.web.participation;

import de.werkerp.participation.boundary.TeilhabeberichtService;
import de.werkerp.participation.control.Berichtsinhalt;
import de.werkerp.participation.entity.Berichtsstatus;
import de.werkerp.participation.entity.Teilhabebericht;
import de.werkerp.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Page "Teilhabebericht" (view parameter {@code id}): the frozen goals, measures and evaluations of the period, the
 * texts the social service edits (seed 001 § 13 Abs. 6), warnings, the release with four eyes and the PDFs.
 */
@Named
@ViewScoped
public class TeilhabeberichtPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB
    TeilhabeberichtService service;

    private Long id;
    private Teilhabebericht bericht;
    private List<String> warnungen = List.of();
    private List<ZielZeile> ziele = List.of();
    private List<ZielZeile> zieleFiltered;
    private String zielerreichung;
    private String massnahmenbewertung;
    private String vorschlaege;
    private String sichtPerson;

    /** One goal of the report as plain text cells. */
    public record ZielZeile(int nr, String ziel, String lebensbereich, String massnahmen, String bewertungen)
            implements Serializable {
        public int getNr() {
            return nr;
        }

        public String getZiel() {
            return ziel;
        }

        public String getLebensbereich() {
            return lebensbereich;
        }

        public String getMassnahmen() {
            return massnahmen;
        }

        public String getBewertungen() {
            return bewertungen;
        }
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        laden();
    }

    private void laden() {
        bericht = null;
        zieleFiltered = null;
        if (id == null) {
            return;
        }
        Messages.attempt("berichtForm", () -> zeigen(service.ansicht(id)));
    }

    private void zeigen(TeilhabeberichtService.Ansicht a) {
        bericht = a.bericht();
        warnungen = a.warnungen();
        List<ZielZeile> z = new ArrayList<>();
        int n = 0;
        for (Berichtsinhalt.Ziel ziel : a.inhalt().ziele()) {
            z.add(new ZielZeile(++n, ziel.text(), ziel.lebensbereich(),
                    String.join("; ", ziel.massnahmen().stream().map(m -> m.art() + ": " + m.beschreibung() + " ("
                            + m.verantwortlich() + ")").toList()),
                    String.join("; ", ziel.bewertungen().stream().map(b -> b.datum().format(DATUM) + " "
                            + b.ergebnis() + " – " + b.begruendung()).toList())));
        }
        ziele = z;
        zielerreichung = bericht.getZielerreichung();
        massnahmenbewertung = bericht.getMassnahmenbewertung();
        vorschlaege = bericht.getVorschlaege();
        sichtPerson = bericht.getSichtPerson();
    }

    public void speichern() {
        if (Messages.attempt("berichtForm", () -> zeigen(service.speichern(id, zielerreichung, massnahmenbewertung,
                vorschlaege, sichtPerson)))) {
            Messages.info("Der Entwurf wurde gespeichert.");
        }
    }

    public void neuZusammenstellen() {
        if (Messages.attempt("berichtForm", () -> zeigen(service.neuZusammenstellen(id)))) {
            Messages.info("Ziele, Maßnahmen und Bewertungen des Zeitraums wurden neu übernommen.");
        }
    }

    public void freigeben() {
        if (Messages.attempt("berichtForm", () -> service.freigeben(id))) {
            Messages.info("Der Teilhabebericht wurde freigegeben und kann nicht mehr geändert werden.");
            laden();
        }
    }

    public boolean isEntwurf() {
        return bericht != null && bericht.getStatus() == Berichtsstatus.ENTWURF;
    }

    public String getFreigabeText() {
        if (bericht == null || bericht.getFreigegebenAm() == null) {
            return null;
        }
        return bericht.getFreigegebenVon() + " am " + bericht.getFreigegebenAm().atZone(ZoneId.of("Europe/Berlin"))
                .toLocalDate().format(DATUM);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Teilhabebericht getBericht() {
        return bericht;
    }

    public List<String> getWarnungen() {
        return warnungen;
    }

    public List<ZielZeile> getZiele() {
        return ziele;
    }

    public List<ZielZeile> getZieleFiltered() {
        return zieleFiltered;
    }

    public void setZieleFiltered(List<ZielZeile> zieleFiltered) {
        this.zieleFiltered = zieleFiltered;
    }

    public String getZielerreichung() {
        return zielerreichung;
    }

    public void setZielerreichung(String zielerreichung) {
        this.zielerreichung = zielerreichung;
    }

    public String getMassnahmenbewertung() {
        return massnahmenbewertung;
    }

    public void setMassnahmenbewertung(String massnahmenbewertung) {
        this.massnahmenbewertung = massnahmenbewertung;
    }

    public String getVorschlaege() {
        return vorschlaege;
    }

    public void setVorschlaege(String vorschlaege) {
        this.vorschlaege = vorschlaege;
    }

    public String getSichtPerson() {
        return sichtPerson;
    }

    public void setSichtPerson(String sichtPerson) {
        this.sichtPerson = sichtPerson;
    }
}
