package de.werkerp.web.billing;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.billing.boundary.VerguetungService;
import de.werkerp.billing.control.Satzart;
import de.werkerp.billing.entity.Abrechnungseinstellung;
import de.werkerp.billing.entity.Verguetungsvereinbarung;
import de.werkerp.contract.boundary.LeistungstraegerService;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.Personenkreis;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.web.platform.Messages;

/**
 * Page "Vergütungsvereinbarungen": the agreements of the tenant's Einrichtungen with their Leistungsträger (new
 * version = new row with a later start; overlaps are refused) and the invoicing party's data per Einrichtung.
 */
@Named
@ViewScoped
public class VereinbarungenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VerguetungService service;

    @EJB
    OrganisationService organisation;

    @EJB
    LeistungstraegerService leistungstraegerService;

    private List<Einrichtung> einrichtungen;
    private List<Leistungstraeger> leistungstraeger;
    private List<Verguetungsvereinbarung> vereinbarungen;
    private List<Verguetungsvereinbarung> filtered;
    private Verguetungsvereinbarung neu;
    private Long neuEinrichtung;
    private Long neuLeistungstraeger;
    private Long einstellungEinrichtung;
    private Abrechnungseinstellung einstellung;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        einrichtungen = organisation.einrichtungen().stream().filter(Einrichtung::isAktiv).toList();
        leistungstraeger = leistungstraegerService.leistungstraeger().stream().filter(Leistungstraeger::isAktiv)
                .toList();
        vereinbarungen = service.vereinbarungen(null);
        neu = leer();
        if (!einrichtungen.isEmpty()) {
            einstellungEinrichtung = einrichtungen.get(0).getId();
            einstellungLaden();
        }
    }

    private static Verguetungsvereinbarung leer() {
        Verguetungsvereinbarung v = new Verguetungsvereinbarung();
        v.setBereich(Bereich.AB);
        v.setSatzart(Satzart.TAGESSATZ);
        v.setFehltageJahr(60);
        return v;
    }

    public void anlegen() {
        if (Messages.attempt("vereinbarungForm", () -> service.speichern(neu, neuEinrichtung, neuLeistungstraeger))) {
            Messages.info("Die Vergütungsvereinbarung „" + neu.getBezeichnung() + "“ wurde gespeichert.");
            vereinbarungen = service.vereinbarungen(null);
            neu = leer();
        }
    }

    public void loeschen(Long id) {
        if (Messages.attempt("vereinbarungForm", () -> service.loeschen(id))) {
            Messages.info("Die Vergütungsvereinbarung wurde gelöscht.");
            vereinbarungen = service.vereinbarungen(null);
        }
    }

    public void einstellungLaden() {
        einstellung = einstellungEinrichtung == null ? null : service.einstellung(einstellungEinrichtung)
                .orElseGet(Abrechnungseinstellung::new);
    }

    public void einstellungSpeichern() {
        if (Messages.attempt("einstellungForm", () -> einstellung = service.einstellungSpeichern(einstellungEinrichtung,
                einstellung))) {
            Messages.info("Die Rechnungsangaben wurden gespeichert.");
        }
    }

    public Satzart[] getSatzarten() {
        return Satzart.values();
    }

    public Bereich[] getBereiche() {
        return Bereich.values();
    }

    public Personenkreis[] getPersonenkreise() {
        return Personenkreis.values();
    }

    public List<Einrichtung> getEinrichtungen() {
        return einrichtungen;
    }

    public List<Leistungstraeger> getLeistungstraeger() {
        return leistungstraeger;
    }

    public List<Verguetungsvereinbarung> getVereinbarungen() {
        return vereinbarungen;
    }

    public List<Verguetungsvereinbarung> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Verguetungsvereinbarung> filtered) {
        this.filtered = filtered;
    }

    public Verguetungsvereinbarung getNeu() {
        return neu;
    }

    public Long getNeuEinrichtung() {
        return neuEinrichtung;
    }

    public void setNeuEinrichtung(Long neuEinrichtung) {
        this.neuEinrichtung = neuEinrichtung;
    }

    public Long getNeuLeistungstraeger() {
        return neuLeistungstraeger;
    }

    public void setNeuLeistungstraeger(Long neuLeistungstraeger) {
        this.neuLeistungstraeger = neuLeistungstraeger;
    }

    public Long getEinstellungEinrichtung() {
        return einstellungEinrichtung;
    }

    public void setEinstellungEinrichtung(Long einstellungEinrichtung) {
        this.einstellungEinrichtung = einstellungEinrichtung;
    }

    public Abrechnungseinstellung getEinstellung() {
        return einstellung;
    }
}
