package de.werkerp.web.privacy;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.privacy.boundary.DatenschutzService;
import de.werkerp.web.platform.Messages;

/**
 * Page "Datenschutz" (Verwaltung): retention periods per category (lengthen only), the monthly deletion list with the
 * four-eyes anonymisation (propose, a second admin confirms), and the deletion of candidates' photos.
 */
@Named
@ViewScoped
public class DatenschutzPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB
    DatenschutzService service;

    private List<DatenschutzService.Frist> fristen;
    private List<DatenschutzService.Kandidat> kandidaten;
    private String kategorie;
    private Integer jahre;

    @PostConstruct
    void load() {
        fristen = service.fristen();
        kandidaten = service.loeschliste();
    }

    public void fristSpeichern() {
        if (Messages.attempt("fristForm", () -> service.fristSetzen(
                de.werkerp.privacy.control.Aufbewahrungskategorie.valueOf(kategorie), jahre == null ? -1 : jahre))) {
            Messages.info("Aufbewahrungsfrist gespeichert.");
            load();
        }
    }

    public void vorschlagen(Long beschaeftigterId) {
        if (Messages.attempt("listeForm", () -> service.vorschlagen(beschaeftigterId))) {
            Messages.info("Löschung vorgeschlagen. Eine andere Person mit der Rolle Trägeradministration muss sie bestätigen.");
            load();
        }
    }

    public void bestaetigen(Long vorschlagId) {
        if (Messages.attempt("listeForm", () -> service.bestaetigen(vorschlagId))) {
            Messages.info("Die Daten der Person wurden anonymisiert.");
            load();
        }
    }

    public void verwerfen(Long vorschlagId) {
        if (Messages.attempt("listeForm", () -> service.verwerfen(vorschlagId))) {
            Messages.info("Löschvorschlag verworfen.");
            load();
        }
    }

    public String datum(java.time.LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }

    public List<DatenschutzService.Frist> getFristen() {
        return fristen;
    }

    public List<DatenschutzService.Kandidat> getKandidaten() {
        return kandidaten;
    }

    public String getKategorie() {
        return kategorie;
    }

    public void setKategorie(String kategorie) {
        this.kategorie = kategorie;
    }

    public Integer getJahre() {
        return jahre;
    }

    public void setJahre(Integer jahre) {
        this.jahre = jahre;
    }
}
