package de.werkerp.web.participation;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.participation.boundary.TeilhabeberichtService;
import de.werkerp.participation.boundary.TeilhabeberichtService.Faelligkeit;
import de.werkerp.participation.entity.Teilhabebericht;
import de.werkerp.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Page "Teilhabeberichte": the reports due in the next 90 days and the overdue ones (seed 001 § 13 Abs. 6), all
 * reports, and requests of a Leistungsträger for an earlier report.
 */
@Named
@ViewScoped
public class TeilhabeberichtePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TeilhabeberichtService service;

    @EJB
    BeschaeftigteService personen;

    private List<Faelligkeit> faellig = List.of();
    private List<Faelligkeit> faelligFiltered;
    private List<Teilhabebericht> berichte = List.of();
    private List<Teilhabebericht> berichteFiltered;
    private List<Beschaeftigter> alle = List.of();
    private Long anforderungPerson;
    private LocalDate eingegangenAm;
    private LocalDate vorzulegenBis;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        laden();
    }

    private void laden() {
        faelligFiltered = null;
        berichteFiltered = null;
        Messages.attempt("faelligForm", () -> {
            faellig = service.faelligkeiten(LocalDate.now());
            berichte = service.berichte();
            alle = personen.beschaeftigte();
        });
    }

    public void anforderungErfassen() {
        if (anforderungPerson == null) {
            Messages.error("Bitte wählen Sie die Person.");
            return;
        }
        if (Messages.attempt("anforderungForm", () -> service.anforderungErfassen(anforderungPerson, null,
                eingegangenAm, vorzulegenBis))) {
            Messages.info("Die Anforderung wurde gespeichert.");
            anforderungPerson = null;
            eingegangenAm = null;
            vorzulegenBis = null;
            laden();
        }
    }

    public List<Faelligkeit> getFaellig() {
        return faellig;
    }

    public List<Faelligkeit> getFaelligFiltered() {
        return faelligFiltered;
    }

    public void setFaelligFiltered(List<Faelligkeit> faelligFiltered) {
        this.faelligFiltered = faelligFiltered;
    }

    public List<Teilhabebericht> getBerichte() {
        return berichte;
    }

    public List<Teilhabebericht> getBerichteFiltered() {
        return berichteFiltered;
    }

    public void setBerichteFiltered(List<Teilhabebericht> berichteFiltered) {
        this.berichteFiltered = berichteFiltered;
    }

    public List<Beschaeftigter> getAlle() {
        return alle;
    }

    public Long getAnforderungPerson() {
        return anforderungPerson;
    }

    public void setAnforderungPerson(Long anforderungPerson) {
        this.anforderungPerson = anforderungPerson;
    }

    public LocalDate getEingegangenAm() {
        return eingegangenAm;
    }

    public void setEingegangenAm(LocalDate eingegangenAm) {
        this.eingegangenAm = eingegangenAm;
    }

    public LocalDate getVorzulegenBis() {
        return vorzulegenBis;
    }

    public void setVorzulegenBis(LocalDate vorzulegenBis) {
        this.vorzulegenBis = vorzulegenBis;
    }
}
