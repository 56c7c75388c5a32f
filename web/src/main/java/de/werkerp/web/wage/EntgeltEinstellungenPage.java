package de.werkerp.web.wage;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import de.werkerp.contract.control.Vollzeitaenderung;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.boundary.EntgeltStammdatenService;
import de.werkerp.wage.control.Feiertage;
import de.werkerp.wage.control.Komponente;
import de.werkerp.wage.control.Teilzeitregelung;
import de.werkerp.wage.control.WvoTeilzeit;
import de.werkerp.wage.entity.Entgelteinstellung;
import de.werkerp.wage.entity.EntgeltordnungFassung;
import de.werkerp.wage.entity.Entgeltordnungsform;
import de.werkerp.wage.entity.Lohnart;
import de.werkerp.web.platform.Messages;

/** Page "Entgelt-Einstellungen": settings per Einrichtung, versions of the Entgeltordnung, Lohnarten. */
@Named
@ViewScoped
public class EntgeltEinstellungenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<Auswahl> TEILZEITREGELUNGEN = List.of(
            new Auswahl(Teilzeitregelung.GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG,
                    "Grundbetrag voll, Steigerungsbetrag anteilig (Standard)",
                    "Standard nach rules.md § 1: Bei Teilzeit wird der Steigerungsbetrag im Verhältnis vereinbarte "
                            + "Wochenstunden ÷ Vollzeit gezahlt, der Grundbetrag voll. Ob das auch für Teilzeit nach "
                            + "§ 6 Abs. 2 WVO gilt, regelt die nächste Einstellung."),
            new Auswahl(Teilzeitregelung.BEIDE_ANTEILIG, "Grundbetrag und Steigerungsbetrag anteilig",
                    "Wie oben, aber auch der Grundbetrag wird anteilig gezahlt."),
            new Auswahl(Teilzeitregelung.BEIDE_VOLL, "Keine Kürzung bei Teilzeit",
                    "Auffassung des Bundesversicherungsamts: Für eine Kürzung gibt es keine Rechtsgrundlage; "
                            + "Grund- und Steigerungsbetrag werden immer voll gezahlt."));

    static final List<Auswahl> WVO_TEILZEIT = java.util.Arrays.stream(WvoTeilzeit.values())
            .map(w -> new Auswahl(w, w.getLabel(), w.getErklaerung())).toList();

    static final List<Auswahl> BUDGETRUNDUNGEN = List.of(
            new Auswahl("PUNKTWERT_ABGERUNDET", "Punktwert abgerundet (Rest bleibt im Budget)", null),
            new Auswahl("RESTCENT_VERTEILUNG", "Restcent verteilen (Budget wird genau ausgeschöpft)", null));

    @EJB
    EntgeltStammdatenService service;

    @EJB
    OrganisationService organisation;

    private List<Einrichtung> einrichtungen;
    private Long einrichtungId;
    private Entgelteinstellung einstellung;
    private List<EntgeltordnungFassung> fassungen = List.of();
    private List<EntgeltordnungFassung> fassungenFiltered;
    private EntgeltordnungFassung fassung;
    private List<Lohnart> lohnarten;
    private List<Lohnart> lohnartenFiltered;
    private Lohnart lohnart;
    private List<Auswahl> laender;
    /** The stored full time and reading (what the contract check and the run use now). */
    private java.math.BigDecimal gespeicherteVollzeit;
    private WvoTeilzeit gespeicherteWvoTeilzeit;
    private boolean gespeichert;
    /** The working times a new full time would make part time, shown for confirmation before saving. */
    private List<Vollzeitaenderung.Betroffen> vollzeitBetroffene = List.of();

    @PostConstruct
    void load() {
        einrichtungen = organisation.einrichtungen().stream().filter(Einrichtung::isAktiv).toList();
        laender = Feiertage.LAENDER.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                .map(e -> new Auswahl(e.getKey(), e.getValue(), null)).toList();
        if (einrichtungen.size() == 1) {
            einrichtungId = einrichtungen.get(0).getId();
        }
        lohnarten = service.lohnarten();
        einrichtungLaden();
    }

    /** Loads settings and Entgeltordnung of the chosen Einrichtung. */
    public void einrichtungLaden() {
        einstellung = null;
        fassungen = List.of();
        fassungenFiltered = null;
        if (einrichtungId == null) {
            return;
        }
        einstellung = service.einstellung(einrichtungId);
        gespeicherteVollzeit = einstellung.getVollzeitStunden();
        gespeicherteWvoTeilzeit = einstellung.getWvoTeilzeit();
        gespeichert = !einstellung.isNew();
        vollzeitBetroffene = List.of();
        fassungen = service.entgeltordnungen(einrichtungId);
    }

    /**
     * Saves; a changed full time first lists the working times that would become part time (confirmation dialog) and
     * is saved only after "Trotzdem speichern".
     */
    public void speichern() {
        vollzeitBetroffene = List.of();
        boolean vollzeitGeaendert = einstellung.getVollzeitStunden() == null || gespeicherteVollzeit == null
                || einstellung.getVollzeitStunden().compareTo(gespeicherteVollzeit) != 0;
        if (vollzeitGeaendert) {
            List<List<Vollzeitaenderung.Betroffen>> vorschau = new java.util.ArrayList<>();
            if (!Messages.attempt("einstellungenTabs:einstellungForm", () -> vorschau.add(
                    service.vollzeitVorschau(einrichtungId, einstellung.getVollzeitStunden())))) {
                return;
            }
            if (!vorschau.get(0).isEmpty()) {
                vollzeitBetroffene = vorschau.get(0);
                PrimeFaces.current().ajax().update("vollzeitForm");
                PrimeFaces.current().executeScript("PF('vollzeitDialog').show()");
                return;
            }
        }
        speichern(false);
    }

    /** "Trotzdem speichern" in the confirmation dialog. */
    public void speichernBestaetigt() {
        speichern(true);
        PrimeFaces.current().executeScript("PF('vollzeitDialog').hide()");
    }

    private void speichern(boolean bestaetigt) {
        if (Messages.attempt("einstellungenTabs:einstellungForm",
                () -> einstellung = service.einstellungSpeichern(einstellung, bestaetigt))) {
            Messages.info("Die Entgelt-Einstellungen wurden gespeichert." + (bestaetigt && vollzeitBetroffene.stream()
                    .anyMatch(Vollzeitaenderung.Betroffen::grundFehlt) ? " Bitte für die aufgeführten Personen einen "
                            + "Teilzeitgrund in der Arbeitszeit erfassen, sonst kann der Entgeltlauf sie nicht berechnen."
                    : ""));
            einrichtungLaden();
        }
    }

    // ------------------------------------------------------------------ Entgeltordnung

    public void neueFassung() {
        fassung = new EntgeltordnungFassung();
        fassung.setEinrichtung(einstellung.getEinrichtung());
        fassung.setForm(Entgeltordnungsform.PUNKTWERT);
    }

    public void fassungBearbeiten(EntgeltordnungFassung f) {
        fassung = service.entgeltordnungen(einrichtungId).stream().filter(x -> x.getId().equals(f.getId())).findFirst()
                .orElse(f);
    }

    public void fassungSpeichern() {
        boolean neu = fassung.isNew();
        if (Messages.attempt("fassungForm", () -> fassung = service.entgeltordnungSpeichern(fassung))) {
            Messages.info(neu ? "Entgeltordnung „" + fassung.getBezeichnung() + "“ angelegt."
                    : "Entgeltordnung gespeichert.");
            einrichtungLaden();
            PrimeFaces.current().executeScript("PF('fassungDialog').hide()");
        }
    }

    public void fassungLoeschen(EntgeltordnungFassung f) {
        if (Messages.attempt("einstellungenTabs", () -> service.entgeltordnungLoeschen(f.getId()))) {
            Messages.info("Entgeltordnung „" + f.getBezeichnung() + "“ gelöscht.");
            einrichtungLaden();
        }
    }

    // ------------------------------------------------------------------ Lohnarten

    public void neueLohnart() {
        lohnart = new Lohnart();
        lohnart.setKomponente(Komponente.EINMALZAHLUNG);
        lohnart.setAktiv(true);
    }

    public void lohnartBearbeiten(Lohnart l) {
        lohnart = service.lohnarten().stream().filter(x -> x.getId().equals(l.getId())).findFirst().orElse(l);
    }

    public void lohnartSpeichern() {
        boolean neu = lohnart.isNew();
        if (Messages.attempt("lohnartForm", () -> lohnart = service.lohnartSpeichern(lohnart))) {
            Messages.info(neu ? "Lohnart " + lohnart.getCode() + " angelegt." : "Lohnart gespeichert.");
            lohnarten = service.lohnarten();
            lohnartenFiltered = null;
            PrimeFaces.current().executeScript("PF('lohnartDialog').hide()");
        }
    }

    // ------------------------------------------------------------------ view

    public String teilzeitregelungLabel(Teilzeitregelung t) {
        return TEILZEITREGELUNGEN.stream().filter(a -> a.getWert() == t).map(Auswahl::getLabel).findFirst().orElse("");
    }

    public String getTeilzeitregelungErklaerung() {
        if (einstellung == null) {
            return "";
        }
        return TEILZEITREGELUNGEN.stream().filter(a -> a.getWert() == einstellung.getTeilzeitregelung())
                .map(Auswahl::getErklaerung).findFirst().orElse("");
    }

    /** The reading of § 6 Abs. 2 WVO the run uses now (the stored one, else the default). */
    public String getAktiveWvoTeilzeit() {
        WvoTeilzeit w = gespeicherteWvoTeilzeit == null ? WvoTeilzeit.STANDARD : gespeicherteWvoTeilzeit;
        return w.getLabel() + (gespeichert ? "" : " – Standard, die Einstellungen sind noch nicht gespeichert") + ". "
                + w.getErklaerung();
    }

    public String getWvoTeilzeitErklaerung() {
        return einstellung == null || einstellung.getWvoTeilzeit() == null ? "" : einstellung.getWvoTeilzeit().getErklaerung();
    }

    public List<Auswahl> getWvoTeilzeitAuswahl() {
        return WVO_TEILZEIT;
    }

    public java.math.BigDecimal getGespeicherteVollzeit() {
        return gespeicherteVollzeit;
    }

    public List<Vollzeitaenderung.Betroffen> getVollzeitBetroffene() {
        return vollzeitBetroffene;
    }

    public String landName(String code) {
        return code == null ? "" : Feiertage.LAENDER.getOrDefault(code, code);
    }

    public List<Auswahl> getTeilzeitregelungen() {
        return TEILZEITREGELUNGEN;
    }

    public List<Auswahl> getBudgetrundungen() {
        return BUDGETRUNDUNGEN;
    }

    public String budgetrundungLabel(String code) {
        return BUDGETRUNDUNGEN.stream().filter(a -> a.getWert().equals(code)).map(Auswahl::getLabel).findFirst()
                .orElse(code == null ? "" : code);
    }

    public Entgeltordnungsform[] getFormen() {
        return Entgeltordnungsform.values();
    }

    public List<Komponente> getKomponenten() {
        return List.of(Komponente.EINMALZAHLUNG, Komponente.ZULAGE, Komponente.ABZUG);
    }

    /**
     * The Lohnarten to choose for the corrections (by code): the active ones, plus the current code even if no
     * Lohnart has it (so the select never silently changes it).
     */
    public List<Auswahl> lohnartCodes(String aktuell) {
        List<Auswahl> result = new java.util.ArrayList<>(lohnarten.stream().filter(Lohnart::isAktiv)
                .sorted(Comparator.comparing(Lohnart::getCode))
                .map(l -> new Auswahl(l.getCode(), l.getCode() + " – " + l.getBezeichnung(), null)).toList());
        if (aktuell != null && result.stream().noneMatch(a -> a.getWert().equals(aktuell))) {
            result.add(0, new Auswahl(aktuell, aktuell + " – (keine Lohnart mit diesem Schlüssel angelegt)", null));
        }
        return result;
    }

    public List<Auswahl> getLaender() {
        return laender;
    }

    public List<Einrichtung> getEinrichtungen() {
        return einrichtungen;
    }

    public Long getEinrichtungId() {
        return einrichtungId;
    }

    public void setEinrichtungId(Long einrichtungId) {
        this.einrichtungId = einrichtungId;
    }

    public Entgelteinstellung getEinstellung() {
        return einstellung;
    }

    public List<EntgeltordnungFassung> getFassungen() {
        return fassungen;
    }

    public List<EntgeltordnungFassung> getFassungenFiltered() {
        return fassungenFiltered;
    }

    public void setFassungenFiltered(List<EntgeltordnungFassung> fassungenFiltered) {
        this.fassungenFiltered = fassungenFiltered;
    }

    public EntgeltordnungFassung getFassung() {
        return fassung;
    }

    public List<Lohnart> getLohnarten() {
        return lohnarten;
    }

    public List<Lohnart> getLohnartenFiltered() {
        return lohnartenFiltered;
    }

    public void setLohnartenFiltered(List<Lohnart> lohnartenFiltered) {
        this.lohnartenFiltered = lohnartenFiltered;
    }

    public Lohnart getLohnart() {
        return lohnart;
    }
}
