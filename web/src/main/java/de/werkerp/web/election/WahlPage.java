package de.werkerp.web.election;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import de.werkerp.election.boundary.WahlService;
import de.werkerp.election.boundary.WahlschwellenService;
import de.werkerp.election.control.Wahlschwellen;
import de.werkerp.election.entity.Anlass;
import de.werkerp.election.entity.Entscheidung;
import de.werkerp.election.entity.Funktion;
import de.werkerp.election.entity.Vorschlagsstatus;
import de.werkerp.election.entity.Wahlart;
import de.werkerp.election.entity.Wahleinspruch;
import de.werkerp.election.entity.Wahlprojekt;
import de.werkerp.election.entity.Wahlstatus;
import de.werkerp.election.entity.Wahlvorschlag;
import de.werkerp.election.entity.Wahlvorstandsmitglied;
import de.werkerp.platform.control.AccessDenied;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.web.platform.Messages;
import de.werkerp.web.platform.Uploads;

/**
 * Page "Wahlen" (view parameters {@code einrichtung}, {@code wahl}): the live thresholds of all Einrichtungen
 * (aggregates), the elections of one Einrichtung, a new election, and for the chosen election the timeline, the
 * Wahlvorstand, the voter list with objections, the nominations (with photo), the count, the result and the documents.
 * People are entered by Personalnummer as on the paper forms; the page resolves them through the voter list.
 */
@Named
@ViewScoped
public class WahlPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB
    WahlschwellenService schwellen;

    @EJB
    WahlService wahlen;

    /** One line of the threshold table. */
    public record SchwellenZeile(Long einrichtungId, String einrichtung, String art, int heute, int frauenHeute,
            int regel, int frauenRegel, int sitze, String frauenbeauftragte, String freistellung, String hinweise)
            implements Serializable {
        public Long getEinrichtungId() { return einrichtungId; }
        public String getEinrichtung() { return einrichtung; }
        public String getArt() { return art; }
        public int getHeute() { return heute; }
        public int getFrauenHeute() { return frauenHeute; }
        public int getRegel() { return regel; }
        public int getFrauenRegel() { return frauenRegel; }
        public int getSitze() { return sitze; }
        public String getFrauenbeauftragte() { return frauenbeauftragte; }
        public String getFreistellung() { return freistellung; }
        public String getHinweise() { return hinweise; }
    }

    /** A nomination row with the votes input of the count. */
    public static class VorschlagZeile implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final String wahl;
        private final String name;
        private final String status;
        private final String grund;
        private final String ergebnis;
        private final String annahme;
        private final Integer rang;
        private final boolean zugelassen;
        private final boolean eingereicht;
        private final String personalnummer;
        private Integer stimmen;

        VorschlagZeile(Wahlvorschlag v) {
            id = v.getId();
            wahl = v.getWahl().getLabel();
            name = v.getBeschaeftigter().getNachname() + ", " + v.getBeschaeftigter().getVorname();
            status = v.getStatus().getLabel();
            grund = v.getGrund();
            ergebnis = v.getErgebnis() == null ? "" : v.getErgebnis().getLabel();
            annahme = v.getAnnahme() == null ? "" : v.getAnnahme().getLabel();
            rang = v.getRang();
            zugelassen = v.getStatus() == Vorschlagsstatus.ZUGELASSEN;
            eingereicht = v.getStatus() == Vorschlagsstatus.EINGEREICHT;
            personalnummer = v.getBeschaeftigter().getPersonalnummer();
            stimmen = v.getStimmen();
        }

        public Long getId() { return id; }
        public String getWahl() { return wahl; }
        public String getName() { return name; }
        public String getStatus() { return status; }
        public String getGrund() { return grund; }
        public String getErgebnis() { return ergebnis; }
        public String getAnnahme() { return annahme; }
        public Integer getRang() { return rang; }
        public boolean isZugelassen() { return zugelassen; }
        public boolean isEingereicht() { return eingereicht; }
        public String getPersonalnummer() { return personalnummer; }
        public Integer getStimmen() { return stimmen; }
        public void setStimmen(Integer stimmen) { this.stimmen = stimmen; }
    }

    /** A voter list row. */
    public record WaehlerZeile(String name, String personalnummer, String frau, String waehlbar, String seit)
            implements Serializable {
        public String getName() { return name; }
        public String getPersonalnummer() { return personalnummer; }
        public String getFrau() { return frau; }
        public String getWaehlbar() { return waehlbar; }
        public String getSeit() { return seit; }
    }

    /** A line of the timeline, the Wahlvorstand, the objections or the result. */
    public record Zeile(String a, String b, String c, Long id) implements Serializable {
        public String getA() { return a; }
        public String getB() { return b; }
        public String getC() { return c; }
        public Long getId() { return id; }
    }

    private List<SchwellenZeile> schwellenZeilen = List.of();
    private List<SchwellenZeile> schwellenFiltered;
    private List<Einrichtung> einrichtungen = List.of();
    private Long einrichtung;
    private Long wahl;
    private List<Zeile> projekte = List.of();
    private List<Zeile> projekteFiltered;

    private Wahlprojekt projekt;
    private List<Zeile> zeitplan = List.of();
    private List<Zeile> zeitplanFiltered;
    private List<Zeile> vorstand = List.of();
    private List<WaehlerZeile> waehler = List.of();
    private List<WaehlerZeile> waehlerFiltered;
    private WahlService.Waehlerzahlen waehlerzahlen;
    /** Why the voter list's names are not shown (the council outside the posting period), or null. */
    private String listeVerborgen;
    private Map<String, Long> personalnummern = new HashMap<>();
    private List<Zeile> einsprueche = List.of();
    private List<VorschlagZeile> vorschlaege = List.of();
    private List<VorschlagZeile> vorschlaegeFiltered;
    private List<Zeile> gewaehlt = List.of();
    private List<String> ergebnisHinweise = List.of();

    // new election
    private boolean neuRegulaer = true;
    private Anlass neuAnlass;
    private String neuBegruendung;
    private LocalDate neuWahltag;
    private LocalDate neuAmtszeitEnde;
    private LocalDate neuVorstandBestellt;
    private LocalDate neuErlass;
    private String neuOrt;
    private String neuZeit;
    private String neuAushang;
    private String neuAnschrift;
    // Wahlvorstand
    private String vorsitz;
    private String mitglied1;
    private String mitglied2;
    private String vertrauensperson;
    // objection
    private LocalDate einspruchAm;
    private String einspruchVon;
    private String einspruchInhalt;
    private String entscheidungBegruendung;
    // nomination
    private Wahlart vorschlagWahl = Wahlart.WERKSTATTRAT;
    private String bewerber;
    private boolean zustimmung;
    private String unterstuetzer;
    private LocalDate eingereichtAm;
    private String zurueckweisungsgrund;
    private Long fotoVorschlag;
    private transient UploadedFile foto;
    // count
    private Integer stimmzettel;
    private Integer ungueltig;
    private Integer stimmzettelFrauen;
    private Integer ungueltigFrauen;
    /** A manual draw for ties: Personalnummern in the drawn order; empty = random draw (SecureRandom). */
    private String losReihenfolge;
    // cancelling
    private String absageGrund;

    public void load() {
        LocalDate heute = LocalDate.now(ZoneId.of("Europe/Berlin"));
        einrichtungen = schwellen.einrichtungen();
        schwellenZeilen = schwellen.alle(heute).stream().map(WahlPage::zeile).toList();
        if (einrichtung == null && einrichtungen.size() == 1) {
            einrichtung = einrichtungen.get(0).getId();
        }
        laden();
    }

    private void laden() {
        projekt = null;
        if (einrichtung == null) {
            return;
        }
        projekte = wahlen.projekte(einrichtung).stream().map(w -> new Zeile(DATUM.format(w.getWahltag()),
                w.isRegulaer() ? "regelmäßig" : "außerhalb: " + w.getAnlass().getLabel(), w.getStatus().getLabel(),
                w.getId())).toList();
        if (wahl == null) {
            return;
        }
        // another tenant's or an unknown election: NotFound → the German 404 page (web.platform.Fehlerseiten)
        projekt = wahlen.projekt(wahl);
        try {
            zeitplan = wahlen.zeitplan(wahl).termine().stream().map(t -> new Zeile(t.getDatumText(), t.ereignis(),
                    t.regel(), null)).toList();
        } catch (ValidationFailure f) {
            zeitplan = List.of();
            Messages.error(f.getMessage());
        }
        vorstand = wahlen.wahlvorstand(wahl).stream().map((Wahlvorstandsmitglied m) -> new Zeile(m.getName(),
                m.getFunktion().getLabel(), m.isFrau() ? "ja" : "nein", m.getId())).toList();
        personalnummern = new HashMap<>();
        List<WaehlerZeile> w = new ArrayList<>();
        waehlerzahlen = wahlen.waehlerzahlen(wahl);
        listeVerborgen = null;
        List<WahlService.Waehler> liste;
        try {
            liste = wahlen.waehlerliste(wahl);
        } catch (AccessDenied nurZahlen) {
            // the council outside the posting period (§ 16 WMVO): the counts only
            liste = List.of();
            listeVerborgen = nurZahlen.getMessage();
        }
        for (WahlService.Waehler v : liste) {
            w.add(new WaehlerZeile(v.getName(), v.personalnummer(), v.frau() ? "ja" : "nein",
                    v.waehlbar() == null ? "" : v.waehlbar() ? "ja" : "nein", v.getSeit()));
            if (v.personalnummer() != null) {
                personalnummern.put(v.personalnummer().strip().toUpperCase(), v.personId());
            }
        }
        waehler = w;
        einsprueche = wahlen.einsprueche(wahl).stream().map((Wahleinspruch e) -> new Zeile(DATUM.format(
                e.getEingegangenAm()) + " – " + e.getEinspruchsfuehrer(), e.getInhalt(), e.getEntscheidung() == null
                        ? "offen" : e.getEntscheidung().getLabel() + ": " + e.getBegruendung(), e.getId())).toList();
        vorschlaege = wahlen.vorschlaege(wahl).stream().map(VorschlagZeile::new).toList();
        stimmzettel = projekt.getStimmzettel();
        ungueltig = projekt.getUngueltig();
        stimmzettelFrauen = projekt.getStimmzettelFrauen();
        ungueltigFrauen = projekt.getUngueltigFrauen();
        gewaehlt = List.of();
        ergebnisHinweise = List.of();
        if (projekt.getStatus() == Wahlstatus.AUSGEZAEHLT) {
            WahlService.Ergebnis e = wahlen.ergebnis(wahl);
            List<Zeile> g = new ArrayList<>();
            int i = 1;
            for (Wahlvorschlag v : e.werkstattrat().gewaehlt()) {
                g.add(new Zeile("Werkstattrat, Platz " + i++, name(v), v.getStimmen() + " Stimmen", v.getId()));
            }
            i = 1;
            for (Wahlvorschlag v : e.werkstattrat().ersatz()) {
                g.add(new Zeile("Ersatzmitglied " + i++, name(v), v.getStimmen() + " Stimmen", v.getId()));
            }
            i = 0;
            for (Wahlvorschlag v : e.frauenbeauftragte().gewaehlt()) {
                g.add(new Zeile(i == 0 ? "Frauenbeauftragte" : i + ". Stellvertreterin", name(v), v.getStimmen()
                        + " Stimmen", v.getId()));
                i++;
            }
            gewaehlt = g;
            List<String> h = new ArrayList<>(e.lose());
            h.add("Geschlechteranteil (§ 3 Abs. 2 WMVO, Soll – nicht verbindlich): " + e.zielFrauen() + " von "
                    + projekt.getSitze() + " Sitzen für Frauen nach ihrem Anteil; gewählt: " + e.frauenGewaehlt() + ".");
            if (e.annahmeBis() != null) {
                h.add("Annahme: wer nicht bis " + DATUM.format(e.annahmeBis()) + " ablehnt, hat die Wahl angenommen "
                        + "(§ 24 WMVO).");
            }
            h.add("Amtszeit: " + DATUM.format(projekt.getAmtszeitBeginn()) + " bis "
                    + DATUM.format(projekt.getAmtszeitEnde()) + " (§ 29 WMVO). Nächste regelmäßige Wahl: 1. Oktober bis "
                    + "30. November " + e.naechsteRegelwahl() + ".");
            ergebnisHinweise = h;
        }
    }

    private static String name(Wahlvorschlag v) {
        return v.getBeschaeftigter().getVorname() + " " + v.getBeschaeftigter().getNachname();
    }

    private static SchwellenZeile zeile(WahlschwellenService.Lage l) {
        Wahlschwellen.Ergebnis r = l.regel();
        List<String> frei = new ArrayList<>();
        if (r.freistellungVorsitz()) {
            frei.add("Vorsitz");
        }
        if (r.freistellungStellvertretung()) {
            frei.add("Stellvertretung");
        }
        if (r.freistellungFrauenbeauftragte()) {
            frei.add("Frauenbeauftragte");
        }
        if (r.freistellungErsteStellvertreterin()) {
            frei.add("1. Stellvertreterin");
        }
        return new SchwellenZeile(l.einrichtungId(), l.einrichtung(), l.art().name().equals("ALA") ? "aLA" : "WfbM",
                l.zahlen().aktuell().wahlberechtigte(), l.zahlen().aktuell().frauen(),
                l.zahlen().regelWahlberechtigte(), l.zahlen().regelFrauen(), r.werkstattratMitglieder(),
                r.frauenbeauftragte() == 0 ? "keine" : "1 + " + r.stellvertreterinnen() + " Stellv.",
                frei.isEmpty() ? "keine" : String.join(", ", frei), !l.hinweise().isEmpty() ? String.join(" ", l.hinweise())
                        : l.letzteWahl() != null ? "keine Schwelle überschritten seit der Wahl am "
                                + DATUM.format(l.letzteWahl()) : "");
    }

    /** Cancels the chosen election with the reason entered (only before the count). */
    public String absagen() {
        if (!Messages.attempt("absageForm", () -> wahlen.absagen(wahl, absageGrund))) {
            return null;
        }
        return ziel(wahl);
    }

    public String anzeigen() {
        return "/wahl/wahlen?faces-redirect=true&einrichtung=" + (einrichtung == null ? "" : einrichtung);
    }

    public String anlegen() {
        Long[] neu = new Long[1];
        if (!Messages.attempt("neuForm", () -> neu[0] = wahlen.anlegen(new WahlService.NeueWahl(einrichtung,
                neuRegulaer, neuAnlass, neuBegruendung, neuWahltag, neuAmtszeitEnde, neuVorstandBestellt, neuErlass,
                neuOrt, neuZeit, null, neuAushang, neuAnschrift, null, null)).getId())) {
            return null;
        }
        return ziel(neu[0]);
    }

    private String ziel(Long id) {
        return "/wahl/wahlen?faces-redirect=true&einrichtung=" + einrichtung + "&wahl=" + id;
    }

    public String vorstandBestellen() {
        List<WahlService.MitgliedEingabe> m = new ArrayList<>();
        try {
            m.add(new WahlService.MitgliedEingabe(person(vorsitz, "vorsitz"), null, Funktion.VORSITZ, false));
            m.add(new WahlService.MitgliedEingabe(person(mitglied1, "mitglied1"), null, Funktion.MITGLIED, false));
            m.add(new WahlService.MitgliedEingabe(person(mitglied2, "mitglied2"), null, Funktion.MITGLIED, false));
        } catch (ValidationFailure f) {
            Messages.attempt("vorstandForm", () -> {
                throw f;
            });
            return null;
        }
        if (vertrauensperson != null && !vertrauensperson.isBlank()) {
            m.add(new WahlService.MitgliedEingabe(null, vertrauensperson, Funktion.VERTRAUENSPERSON, false));
        }
        if (!Messages.attempt("vorstandForm", () -> wahlen.wahlvorstandBestellen(wahl, m))) {
            return null;
        }
        return ziel(wahl);
    }

    public String einspruchErfassen() {
        if (!Messages.attempt("einspruchForm", () -> wahlen.einspruchErfassen(wahl, einspruchAm, einspruchVon,
                einspruchInhalt))) {
            return null;
        }
        return ziel(wahl);
    }

    public String einspruchEntscheiden(Long id, boolean stattgeben) {
        if (!Messages.attempt("einspruchForm", () -> wahlen.einspruchEntscheiden(id, stattgeben
                ? Entscheidung.STATTGEGEBEN : Entscheidung.ZURUECKGEWIESEN, entscheidungBegruendung, null))) {
            return null;
        }
        return ziel(wahl);
    }

    public String vorschlagEinreichen() {
        try {
            Long b = person(bewerber, "bewerber");
            List<Long> s = new ArrayList<>();
            if (unterstuetzer != null) {
                for (String nr : unterstuetzer.split("[,;\\s]+")) {
                    if (!nr.isBlank()) {
                        s.add(person(nr, "unterstuetzer"));
                    }
                }
            }
            if (!Messages.attempt("vorschlagForm", () -> wahlen.vorschlagEinreichen(wahl, vorschlagWahl, b,
                    zustimmung, s, eingereichtAm))) {
                return null;
            }
        } catch (ValidationFailure f) {
            Messages.attempt("vorschlagForm", () -> {
                throw f;
            });
            return null;
        }
        return ziel(wahl);
    }

    public String entscheiden(Long id, boolean zulassen) {
        if (!Messages.attempt("vorschlaegeForm", () -> wahlen.vorschlagEntscheiden(id, zulassen,
                zurueckweisungsgrund))) {
            return null;
        }
        return ziel(wahl);
    }

    public String fotoHochladen() {
        if (fotoVorschlag == null) {
            Messages.error("Bitte wählen Sie den Wahlvorschlag.");
            return null;
        }
        Optional<Uploads.Datei> d = Uploads.lesen(foto, WahlService.FOTO_MAX_BYTES,
                "Bitte wählen Sie ein Foto (JPEG oder PNG) aus.");
        if (d.isEmpty() || !Messages.attempt("fotoForm", () -> wahlen.fotoSpeichern(fotoVorschlag, d.get().inhalt()))) {
            return null;
        }
        return ziel(wahl);
    }

    public String auszaehlen() {
        Map<Long, Integer> stimmen = new HashMap<>();
        for (VorschlagZeile z : vorschlaege) {
            if (z.isZugelassen()) {
                stimmen.put(z.getId(), z.getStimmen() == null ? 0 : z.getStimmen());
            }
        }
        List<Long> los = new ArrayList<>();
        if (losReihenfolge != null) {
            for (String nr : losReihenfolge.split("[,;\\s]+")) {
                if (nr.isBlank()) {
                    continue;
                }
                List<Long> ids = vorschlaege.stream().filter(z -> z.getPersonalnummer() != null
                        && z.getPersonalnummer().equalsIgnoreCase(nr.strip())).map(VorschlagZeile::getId).toList();
                if (ids.isEmpty()) {
                    Messages.attempt("zaehlForm", () -> {
                        throw new ValidationFailure("losReihenfolge", "Personalnummer " + nr.strip() + " gehört zu "
                                + "keinem Wahlvorschlag.");
                    });
                    return null;
                }
                los.addAll(ids);
            }
        }
        if (!Messages.attempt("zaehlForm", () -> wahlen.auszaehlen(wahl, new WahlService.Auszaehlung(stimmzettel,
                ungueltig, stimmzettelFrauen, ungueltigFrauen, stimmen, los)))) {
            return null;
        }
        return ziel(wahl);
    }

    public String annahme(Long id, boolean angenommen) {
        if (!Messages.attempt("ergebnisForm", () -> wahlen.annahmeErklaeren(id, angenommen, null))) {
            return null;
        }
        return ziel(wahl);
    }

    private Long person(String personalnummer, String feld) {
        if (personalnummer == null || personalnummer.isBlank()) {
            throw new ValidationFailure(feld, "Bitte geben Sie die Personalnummer an.");
        }
        Long id = personalnummern.get(personalnummer.strip().toUpperCase());
        if (id == null) {
            throw new ValidationFailure(feld, "Personalnummer " + personalnummer.strip() + " steht nicht in der "
                    + "Wählerliste (§ 10 WMVO: nur Beschäftigte im Arbeitsbereich am Wahltag).");
        }
        return id;
    }

    @jakarta.inject.Inject
    de.werkerp.web.security.CurrentUser currentUser;

    /**
     * Whether the caller sets elections up (project, dates, the appointed Wahlvorstand, cancelling): Wahlvorstand or
     * tenant admin.
     */
    public boolean isEinrichten() {
        return currentUser.has("TENANT_ADMIN,ELECTION_BOARD");
    }

    /**
     * Whether the caller decides the election: objections, nominations, photos, count, declarations (§§ 17, 19, 23, 24
     * WMVO) — the Wahlvorstand only, never the tenant admin (docs/rollen.md).
     */
    public boolean isWahlvorstand() {
        return currentUser.has("ELECTION_BOARD");
    }

    /** Whether the caller may decide now (Wahlvorstand and the election is not yet counted). */
    public boolean isEntscheiden() {
        return isWahlvorstand() && isOffen();
    }

    /** Whether the voter list shows more than names (everyone but the council alone). */
    public boolean isListeVollstaendig() {
        return currentUser.has("TENANT_ADMIN,ELECTION_BOARD,MANAGEMENT,AUDITOR");
    }

    public WahlService.Waehlerzahlen getWaehlerzahlen() { return waehlerzahlen; }
    public String getListeVerborgen() { return listeVerborgen; }

    public boolean isOffen() {
        return projekt != null && projekt.getStatus() == Wahlstatus.VORBEREITUNG;
    }

    public boolean isAusgezaehlt() {
        return projekt != null && projekt.getStatus() == Wahlstatus.AUSGEZAEHLT;
    }

    public boolean isAbgesagt() {
        return projekt != null && projekt.getStatus() == Wahlstatus.ABGESAGT;
    }

    public String getAbsageText() {
        return isAbgesagt() ? "Abgesagt am " + DATUM.format(projekt.getAbgesagtAm()) + " von " + projekt.getAbgesagtVon()
                + ": " + projekt.getAbsageGrund() : "";
    }

    public String getAbsageGrund() { return absageGrund; }
    public void setAbsageGrund(String v) { absageGrund = v; }

    public Anlass[] getAnlaesse() {
        return Anlass.values();
    }

    public Wahlart[] getWahlarten() {
        return Wahlart.values();
    }

    public String getWahltagText() {
        return projekt == null ? "" : DATUM.format(projekt.getWahltag());
    }

    // ------------------------------------------------------------------ getters and setters

    public List<SchwellenZeile> getSchwellenZeilen() { return schwellenZeilen; }
    public List<SchwellenZeile> getSchwellenFiltered() { return schwellenFiltered; }
    public void setSchwellenFiltered(List<SchwellenZeile> l) { schwellenFiltered = l; }
    public List<Einrichtung> getEinrichtungen() { return einrichtungen; }
    public Long getEinrichtung() { return einrichtung; }
    public void setEinrichtung(Long einrichtung) { this.einrichtung = einrichtung; }
    public Long getWahl() { return wahl; }
    public void setWahl(Long wahl) { this.wahl = wahl; }
    public List<Zeile> getProjekte() { return projekte; }
    public List<Zeile> getProjekteFiltered() { return projekteFiltered; }
    public void setProjekteFiltered(List<Zeile> l) { projekteFiltered = l; }
    public Wahlprojekt getProjekt() { return projekt; }
    public List<Zeile> getZeitplan() { return zeitplan; }
    public List<Zeile> getZeitplanFiltered() { return zeitplanFiltered; }
    public void setZeitplanFiltered(List<Zeile> l) { zeitplanFiltered = l; }
    public List<Zeile> getVorstand() { return vorstand; }
    public List<WaehlerZeile> getWaehler() { return waehler; }
    public List<WaehlerZeile> getWaehlerFiltered() { return waehlerFiltered; }
    public void setWaehlerFiltered(List<WaehlerZeile> l) { waehlerFiltered = l; }
    public List<Zeile> getEinsprueche() { return einsprueche; }
    public List<VorschlagZeile> getVorschlaege() { return vorschlaege; }
    public List<VorschlagZeile> getVorschlaegeFiltered() { return vorschlaegeFiltered; }
    public void setVorschlaegeFiltered(List<VorschlagZeile> l) { vorschlaegeFiltered = l; }
    public List<Zeile> getGewaehlt() { return gewaehlt; }
    public List<String> getErgebnisHinweise() { return ergebnisHinweise; }
    public boolean isNeuRegulaer() { return neuRegulaer; }
    public void setNeuRegulaer(boolean v) { neuRegulaer = v; }
    public Anlass getNeuAnlass() { return neuAnlass; }
    public void setNeuAnlass(Anlass v) { neuAnlass = v; }
    public String getNeuBegruendung() { return neuBegruendung; }
    public void setNeuBegruendung(String v) { neuBegruendung = v; }
    public LocalDate getNeuWahltag() { return neuWahltag; }
    public void setNeuWahltag(LocalDate v) { neuWahltag = v; }
    public LocalDate getNeuAmtszeitEnde() { return neuAmtszeitEnde; }
    public void setNeuAmtszeitEnde(LocalDate v) { neuAmtszeitEnde = v; }
    public LocalDate getNeuVorstandBestellt() { return neuVorstandBestellt; }
    public void setNeuVorstandBestellt(LocalDate v) { neuVorstandBestellt = v; }
    public LocalDate getNeuErlass() { return neuErlass; }
    public void setNeuErlass(LocalDate v) { neuErlass = v; }
    public String getNeuOrt() { return neuOrt; }
    public void setNeuOrt(String v) { neuOrt = v; }
    public String getNeuZeit() { return neuZeit; }
    public void setNeuZeit(String v) { neuZeit = v; }
    public String getNeuAushang() { return neuAushang; }
    public void setNeuAushang(String v) { neuAushang = v; }
    public String getNeuAnschrift() { return neuAnschrift; }
    public void setNeuAnschrift(String v) { neuAnschrift = v; }
    public String getVorsitz() { return vorsitz; }
    public void setVorsitz(String v) { vorsitz = v; }
    public String getMitglied1() { return mitglied1; }
    public void setMitglied1(String v) { mitglied1 = v; }
    public String getMitglied2() { return mitglied2; }
    public void setMitglied2(String v) { mitglied2 = v; }
    public String getVertrauensperson() { return vertrauensperson; }
    public void setVertrauensperson(String v) { vertrauensperson = v; }
    public LocalDate getEinspruchAm() { return einspruchAm; }
    public void setEinspruchAm(LocalDate v) { einspruchAm = v; }
    public String getEinspruchVon() { return einspruchVon; }
    public void setEinspruchVon(String v) { einspruchVon = v; }
    public String getEinspruchInhalt() { return einspruchInhalt; }
    public void setEinspruchInhalt(String v) { einspruchInhalt = v; }
    public String getEntscheidungBegruendung() { return entscheidungBegruendung; }
    public void setEntscheidungBegruendung(String v) { entscheidungBegruendung = v; }
    public Wahlart getVorschlagWahl() { return vorschlagWahl; }
    public void setVorschlagWahl(Wahlart v) { vorschlagWahl = v; }
    public String getBewerber() { return bewerber; }
    public void setBewerber(String v) { bewerber = v; }
    public boolean isZustimmung() { return zustimmung; }
    public void setZustimmung(boolean v) { zustimmung = v; }
    public String getUnterstuetzer() { return unterstuetzer; }
    public void setUnterstuetzer(String v) { unterstuetzer = v; }
    public LocalDate getEingereichtAm() { return eingereichtAm; }
    public void setEingereichtAm(LocalDate v) { eingereichtAm = v; }
    public String getZurueckweisungsgrund() { return zurueckweisungsgrund; }
    public void setZurueckweisungsgrund(String v) { zurueckweisungsgrund = v; }
    public Long getFotoVorschlag() { return fotoVorschlag; }
    public void setFotoVorschlag(Long v) { fotoVorschlag = v; }
    public UploadedFile getFoto() { return foto; }
    public void setFoto(UploadedFile v) { foto = v; }
    public Integer getStimmzettel() { return stimmzettel; }
    public void setStimmzettel(Integer v) { stimmzettel = v; }
    public Integer getUngueltig() { return ungueltig; }
    public void setUngueltig(Integer v) { ungueltig = v; }
    public Integer getStimmzettelFrauen() { return stimmzettelFrauen; }
    public void setStimmzettelFrauen(Integer v) { stimmzettelFrauen = v; }
    public Integer getUngueltigFrauen() { return ungueltigFrauen; }
    public String getLosReihenfolge() { return losReihenfolge; }
    public void setLosReihenfolge(String v) { losReihenfolge = v; }
    public void setUngueltigFrauen(Integer v) { ungueltigFrauen = v; }
}
