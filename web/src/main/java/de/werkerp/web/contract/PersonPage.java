package de.werkerp.web.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.boundary.LeistungstraegerService;
import de.werkerp.contract.boundary.NeuerVertrag;
import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.boundary.Warnung;
import de.werkerp.contract.control.Regelaltersgrenze;
import de.werkerp.contract.control.Teilzeitgrund;
import de.werkerp.contract.entity.Arbeitszeit;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Bewilligung;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.Personenkreis;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.contract.entity.Vertragsende;
import de.werkerp.contract.entity.Vertragsphase;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Gruppe;
import de.werkerp.web.platform.Messages;
import de.werkerp.web.security.CurrentUser;

/**
 * A person's page: master data, contracts as a timeline with phases, working time and approvals,
 * the Regelaltersgrenze, and the open warnings. New contract, approval, phase, working time and
 * end of contract in dialogs.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A contract with its effective-dated parts, for the timeline. */
    public record VertragAnsicht(Werkstattvertrag vertrag, List<Vertragsphase> phasen, List<Arbeitszeit> arbeitszeiten,
            List<Bewilligung> bewilligungen) implements Serializable {
        public Werkstattvertrag getVertrag() {
            return vertrag;
        }

        public List<Vertragsphase> getPhasen() {
            return phasen;
        }

        public List<Arbeitszeit> getArbeitszeiten() {
            return arbeitszeiten;
        }

        public List<Bewilligung> getBewilligungen() {
            return bewilligungen;
        }
    }

    @EJB
    BeschaeftigteService personen;

    @EJB
    VertragService vertragService;

    @EJB
    LeistungstraegerService leistungstraegerService;

    @EJB
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Beschaeftigter person;
    private List<VertragAnsicht> vertraege;
    private List<Warnung> warnungen;
    private Regelaltersgrenze.Result regelaltersgrenze;

    // dialog state
    private NeuerVertragForm vertragForm = new NeuerVertragForm();
    private Long aktuellerVertragId;
    private Bewilligung bewilligung;
    private Long leistungstraegerId;
    private LocalDate endeDatum;
    private Vertragsende endeGrund;
    private String endeBegruendung;

    /** The fields of the new-contract dialog. */
    public static class NeuerVertragForm implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long einrichtungId;
        public LocalDate beginn;
        public Bereich bereich = Bereich.EV;
        public Platzierung platzierung = Platzierung.GRUPPE;
        public Long gruppeId;
        public String arbeitgeber;
        public BigDecimal wochenstunden = new BigDecimal("37.5");
        public Teilzeitgrund teilzeitgrund;
        public LocalDate nachweisDatum;
        public LocalDate genehmigtAm;

        public Long getEinrichtungId() { return einrichtungId; }
        public void setEinrichtungId(Long v) { einrichtungId = v; }
        public LocalDate getBeginn() { return beginn; }
        public void setBeginn(LocalDate v) { beginn = v; }
        public Bereich getBereich() { return bereich; }
        public void setBereich(Bereich v) { bereich = v; }
        public Platzierung getPlatzierung() { return platzierung; }
        public void setPlatzierung(Platzierung v) { platzierung = v; }
        public Long getGruppeId() { return gruppeId; }
        public void setGruppeId(Long v) { gruppeId = v; }
        public String getArbeitgeber() { return arbeitgeber; }
        public void setArbeitgeber(String v) { arbeitgeber = v; }
        public BigDecimal getWochenstunden() { return wochenstunden; }
        public void setWochenstunden(BigDecimal v) { wochenstunden = v; }
        public Teilzeitgrund getTeilzeitgrund() { return teilzeitgrund; }
        public void setTeilzeitgrund(Teilzeitgrund v) { teilzeitgrund = v; }
        public LocalDate getNachweisDatum() { return nachweisDatum; }
        public void setNachweisDatum(LocalDate v) { nachweisDatum = v; }
        public LocalDate getGenehmigtAm() { return genehmigtAm; }
        public void setGenehmigtAm(LocalDate v) { genehmigtAm = v; }
    }

    public void load() {
        if (id == null) {
            throw new de.werkerp.platform.control.NotFound("Keine Person angegeben: bitte die Person aus der Liste "
                    + "wählen.");
        }
        person = personen.find(id); // another tenant's id: NotFound → the German 404 page

        vertraege = vertragService.vertraegeVon(id).stream()
                .map(v -> new VertragAnsicht(v, vertragService.phasen(v.getId()), vertragService.arbeitszeiten(v.getId()),
                        vertragService.bewilligungen(v.getId())))
                .toList();
        warnungen = vertragService.warnungen(VertragService.heute(), id);
        regelaltersgrenze = vertragService.regelaltersgrenze(id);
    }

    public void speichern() {
        if (Messages.attempt("stammdatenForm", () -> person = personen.update(person))) {
            Messages.info("Stammdaten gespeichert.");
            load();
        }
    }

    public void neuerVertrag() {
        vertragForm = new NeuerVertragForm();
        List<Einrichtung> einrichtungen = getEinrichtungen();
        if (einrichtungen.size() == 1) {
            vertragForm.einrichtungId = einrichtungen.get(0).getId();
        }
    }

    public void vertragAnlegen() {
        NeuerVertragForm f = vertragForm;
        if (Messages.attempt("vertragForm", () -> vertragService.anlegen(new NeuerVertrag(id, f.einrichtungId, f.beginn,
                f.bereich, f.platzierung, f.gruppeId, f.arbeitgeber, f.wochenstunden, f.teilzeitgrund, f.nachweisDatum,
                f.genehmigtAm)))) {
            Messages.info("Werkstattvertrag angelegt.");
            load();
            PrimeFaces.current().executeScript("PF('vertragDialog').hide()");
        }
    }

    public void neueBewilligung(Werkstattvertrag vertrag) {
        aktuellerVertragId = vertrag.getId();
        bewilligung = new Bewilligung();
        bewilligung.setGueltigAb(vertrag.getBeginn());
        bewilligung.setGueltigBis(vertrag.getBeginn().plusYears(2).minusDays(1));
        leistungstraegerId = null;
    }

    public void bewilligungAnlegen() {
        if (Messages.attempt("bewilligungForm",
                () -> vertragService.bewilligungAnlegen(aktuellerVertragId, leistungstraegerId, bewilligung))) {
            Messages.info("Bewilligung " + bewilligung.getAktenzeichen() + " angelegt.");
            load();
            PrimeFaces.current().executeScript("PF('bewilligungDialog').hide()");
        }
    }

    public void beendenVorbereiten(Werkstattvertrag vertrag) {
        aktuellerVertragId = vertrag.getId();
        endeDatum = null;
        endeGrund = null;
        endeBegruendung = null;
    }

    /** Proposes the end of the measure at the Regelaltersgrenze (§ 58 Abs. 1 SGB IX) — the user still decides. */
    public void regelaltersgrenzeVorschlagen() {
        endeDatum = regelaltersgrenze.massnahmeEndet();
        endeGrund = Vertragsende.REGELALTERSGRENZE;
    }

    public void beenden() {
        if (Messages.attempt("beendenForm", () -> vertragService.beenden(aktuellerVertragId, endeDatum, endeGrund, endeBegruendung))) {
            Messages.info("Vertragsende gespeichert.");
            load();
            PrimeFaces.current().executeScript("PF('beendenDialog').hide()");
        }
    }

    public boolean isDarfAendern() {
        return currentUser.has("TENANT_ADMIN,SOCIAL_SERVICE");
    }

    public boolean isDarfStammdatenAendern() {
        return currentUser.has("TENANT_ADMIN,SOCIAL_SERVICE,PAYROLL");
    }

    public boolean isSiehtBesondereKategorien() {
        return currentUser.has("TENANT_ADMIN,SOCIAL_SERVICE");
    }

    public List<Einrichtung> getEinrichtungen() {
        return organisation.einrichtungen().stream().filter(Einrichtung::isAktiv).toList();
    }

    public List<Gruppe> getGruppen() {
        return organisation.gruppen().stream().filter(Gruppe::isAktiv).toList();
    }

    public List<Leistungstraeger> getLeistungstraeger() {
        return leistungstraegerService.leistungstraeger().stream().filter(Leistungstraeger::isAktiv).toList();
    }

    public Map<Long, String> getGruppenNamen() {
        return getGruppen().stream().collect(Collectors.toMap(Gruppe::getId, Gruppe::getName));
    }

    public Geschlecht[] getGeschlechter() {
        return Geschlecht.values();
    }

    public Personenkreis[] getPersonenkreise() {
        return Personenkreis.values();
    }

    public Bereich[] getBereiche() {
        return Bereich.values();
    }

    public Platzierung[] getPlatzierungen() {
        return Platzierung.values();
    }

    public Teilzeitgrund[] getTeilzeitgruende() {
        return Teilzeitgrund.values();
    }

    public Vertragsende[] getEndeGruende() {
        return Vertragsende.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Beschaeftigter getPerson() {
        return person;
    }

    public List<VertragAnsicht> getVertraege() {
        return vertraege;
    }

    public List<Warnung> getWarnungen() {
        return warnungen;
    }

    public Regelaltersgrenze.Result getRegelaltersgrenze() {
        return regelaltersgrenze;
    }

    public NeuerVertragForm getVertragForm() {
        return vertragForm;
    }

    public Bewilligung getBewilligung() {
        return bewilligung;
    }

    public Long getLeistungstraegerId() {
        return leistungstraegerId;
    }

    public void setLeistungstraegerId(Long leistungstraegerId) {
        this.leistungstraegerId = leistungstraegerId;
    }

    public LocalDate getEndeDatum() {
        return endeDatum;
    }

    public void setEndeDatum(LocalDate endeDatum) {
        this.endeDatum = endeDatum;
    }

    public Vertragsende getEndeGrund() {
        return endeGrund;
    }

    public void setEndeGrund(Vertragsende endeGrund) {
        this.endeGrund = endeGrund;
    }

    public String getEndeBegruendung() {
        return endeBegruendung;
    }

    public void setEndeBegruendung(String endeBegruendung) {
        this.endeBegruendung = endeBegruendung;
    }
}
