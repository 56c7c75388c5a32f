package de.werkerp.web.costing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.costing.boundary.KalkulationService;
import de.werkerp.costing.control.Arbeitsplatzkosten;
import de.werkerp.costing.control.Fassungsvergleich;
import de.werkerp.costing.control.Fixkostenart;
import de.werkerp.costing.control.Kostenkalkulation;
import de.werkerp.costing.control.Personalfunktion;
import de.werkerp.costing.control.Sachkostenart;
import de.werkerp.costing.entity.Kalkulationsfassung;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Bereich;
import de.werkerp.web.platform.Messages;

/**
 * Page "Kostensatz": the aLA cost calculation of an Einrichtung (seed 003 Tab. 1/2) — enter staff, fixed and variable
 * cost lines, see the result and the staffing-ratio check live, save the draft, fix it, start a new version, compare
 * with the version before, print the PDF; and the per-worker monthly costs of Tab. 3 from the real kernels.
 */
@Named
@ViewScoped
public class KalkulationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KalkulationService kalkulation;

    @EJB
    OrganisationService organisation;

    /** An editable line: staff (funktion/stunden/betrag = employer gross per FTE), fixed (art) or variable (art). */
    public static class Zeile implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kategorie;
        private String bezeichnung;
        private BigDecimal stunden;
        private BigDecimal betrag;

        public Zeile() {
        }

        Zeile(String kategorie, String bezeichnung, BigDecimal stunden, BigDecimal betrag) {
            this.kategorie = kategorie;
            this.bezeichnung = bezeichnung;
            this.stunden = stunden;
            this.betrag = betrag;
        }

        public String getKategorie() {
            return kategorie;
        }

        public void setKategorie(String kategorie) {
            this.kategorie = kategorie;
        }

        public String getBezeichnung() {
            return bezeichnung;
        }

        public void setBezeichnung(String bezeichnung) {
            this.bezeichnung = bezeichnung;
        }

        public BigDecimal getStunden() {
            return stunden;
        }

        public void setStunden(BigDecimal stunden) {
            this.stunden = stunden;
        }

        public BigDecimal getBetrag() {
            return betrag;
        }

        public void setBetrag(BigDecimal betrag) {
            this.betrag = betrag;
        }
    }

    private Long einrichtung;
    private Long auswahlEinrichtung;
    private List<Einrichtung> einrichtungen;
    private List<Kalkulationsfassung> fassungen = List.of();
    private List<Kalkulationsfassung> gefilterteFassungen;
    private Kalkulationsfassung fassung;
    private List<Fassungsvergleich.Zeile> vergleich = List.of();

    private String bezeichnung;
    private LocalDate gueltigAb;
    private LocalDate gueltigBis;
    private Integer plaetze;
    private Integer plaetzeSeelisch;
    private Integer tage;
    private Integer finanzierteFehltage;
    private BigDecimal vollzeitStunden;
    private BigDecimal satzGebaeude;
    private BigDecimal satzInventar;
    private String aenderungsgrund;
    private List<Zeile> personal = new ArrayList<>();
    private List<Zeile> fixkosten = new ArrayList<>();
    private List<Zeile> sachkosten = new ArrayList<>();
    private Kostenkalkulation.Ergebnis ergebnis;

    private LocalDate tab3Monat;
    private BigDecimal tab3Steigerungsbetrag;
    private BigDecimal tab3Grundbetrag;
    private BigDecimal tab3Unfallversicherung;
    private boolean tab3Beitrittsgebiet;
    private Arbeitsplatzkosten.Ergebnis arbeitsplatz;

    public void load() {
        if (einrichtungen == null) {
            einrichtungen = organisation.einrichtungen();
            tab3Monat = LocalDate.now(ZoneId.of("Europe/Berlin")).withDayOfMonth(1);
            tab3Steigerungsbetrag = new BigDecimal("117.00");
        }
        if (einrichtung == null && !einrichtungen.isEmpty()) {
            einrichtung = einrichtungen.stream().filter(e -> e.getArt() != null && e.getArt().name().equals("ALA"))
                    .findFirst().orElse(einrichtungen.get(0)).getId();
        }
        auswahlEinrichtung = einrichtung;
        if (einrichtung == null) {
            return;
        }
        fassungen = kalkulation.fassungen(einrichtung);
        gefilterteFassungen = null;
        if (fassungen.isEmpty()) {
            fassung = null;
            vorlage();
        } else {
            zeigen(fassungen.get(0));
        }
    }

    public String anzeigen() {
        return "/kalkulation/planung?faces-redirect=true&einrichtung=" + auswahlEinrichtung;
    }

    /** Shows a stored version in the form. */
    public void zeigen(Kalkulationsfassung f) {
        KalkulationService.Ansicht a = kalkulation.ansicht(f.getId());
        fassung = a.fassung();
        bezeichnung = fassung.getBezeichnung();
        gueltigAb = fassung.getGueltigAb();
        gueltigBis = fassung.getGueltigBis();
        aenderungsgrund = fassung.getAenderungsgrund();
        Kostenkalkulation.Eingabe e = a.eingabe();
        plaetze = e.plaetze();
        plaetzeSeelisch = e.plaetzeSeelisch();
        tage = e.tage();
        finanzierteFehltage = e.finanzierteFehltage();
        vollzeitStunden = e.vollzeitStunden();
        satzGebaeude = e.satzGebaeude();
        satzInventar = e.satzInventar();
        personal = new ArrayList<>(e.personal().stream().map(p -> new Zeile(p.funktion().name(), p.bezeichnung(),
                p.stundenJeWoche(), p.arbeitgeberBruttoJeVk())).toList());
        fixkosten = new ArrayList<>(e.fixkosten().stream().map(p -> new Zeile(p.art().name(), p.bezeichnung(), null,
                p.betrag())).toList());
        sachkosten = new ArrayList<>(e.sachkosten().stream().map(p -> new Zeile(p.art().name(), p.bezeichnung(), null,
                p.betrag())).toList());
        ergebnis = a.ergebnis();
        vergleich = kalkulation.vergleich(fassung.getId());
    }

    /** An empty calculation with the defaults of seed 003 (250 days, 60 absence days, 2.45 %, 12.5 %). */
    private void vorlage() {
        bezeichnung = "Kostenkalkulation " + (LocalDate.now().getYear() + 1);
        gueltigAb = LocalDate.of(LocalDate.now().getYear() + 1, 1, 1);
        gueltigBis = gueltigAb.withDayOfYear(gueltigAb.lengthOfYear());
        plaetze = 12;
        plaetzeSeelisch = 0;
        tage = Kostenkalkulation.STANDARD_TAGE;
        finanzierteFehltage = Kostenkalkulation.STANDARD_FEHLTAGE;
        vollzeitStunden = new BigDecimal("39.00");
        satzGebaeude = Kostenkalkulation.STANDARD_SATZ_GEBAEUDE;
        satzInventar = Kostenkalkulation.STANDARD_SATZ_INVENTAR;
        aenderungsgrund = null;
        personal = new ArrayList<>();
        for (Personalfunktion f : List.of(Personalfunktion.LEITUNG, Personalfunktion.GRUPPENLEITUNG,
                Personalfunktion.BEGLEITENDER_DIENST, Personalfunktion.VERWALTUNG)) {
            personal.add(new Zeile(f.name(), null, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        fixkosten = new ArrayList<>();
        for (Fixkostenart f : Fixkostenart.values()) {
            fixkosten.add(new Zeile(f.name(), null, null, BigDecimal.ZERO));
        }
        sachkosten = new ArrayList<>();
        for (Sachkostenart s : Sachkostenart.values()) {
            sachkosten.add(new Zeile(s.name(), null, null, BigDecimal.ZERO));
        }
        vergleich = List.of();
        rechnen();
    }

    /** Live result: computes the form's input without storing. */
    public void rechnen() {
        Kostenkalkulation.Eingabe e = eingabe();
        if (!Messages.attempt("planForm", () -> ergebnis = kalkulation.berechne(e))) {
            ergebnis = null;
        }
    }

    public void speichern() {
        boolean neu = fassung == null || fassung.isFestgeschrieben();
        Long id = neu ? null : fassung.getId();
        KalkulationService.Entwurf entwurf = new KalkulationService.Entwurf(bezeichnung, gueltigAb, gueltigBis,
                eingabe(), aenderungsgrund);
        Kalkulationsfassung[] gespeichert = new Kalkulationsfassung[1];
        if (Messages.attempt("planForm", () -> gespeichert[0] = kalkulation.speichern(einrichtung, id, entwurf))) {
            Messages.info("Fassung " + gespeichert[0].getFassung() + " als Entwurf gespeichert.");
            fassungen = kalkulation.fassungen(einrichtung);
            zeigen(gespeichert[0]);
        }
    }

    public void festschreiben() {
        if (fassung == null) {
            return;
        }
        Kalkulationsfassung[] f = new Kalkulationsfassung[1];
        if (Messages.attempt("planForm", () -> f[0] = kalkulation.festschreiben(fassung.getId()))) {
            Messages.info("Fassung " + f[0].getFassung() + " ist festgeschrieben und kann nicht mehr geändert werden.");
            fassungen = kalkulation.fassungen(einrichtung);
            zeigen(f[0]);
        }
    }

    public void personalHinzufuegen() {
        personal.add(new Zeile(Personalfunktion.GRUPPENLEITUNG.name(), null, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    public void fixHinzufuegen() {
        fixkosten.add(new Zeile(Fixkostenart.MIETE.name(), null, null, BigDecimal.ZERO));
    }

    public void sachHinzufuegen() {
        sachkosten.add(new Zeile(Sachkostenart.MATERIAL.name(), null, null, BigDecimal.ZERO));
    }

    public void entfernen(List<Zeile> liste, Zeile zeile) {
        liste.remove(zeile);
        rechnen();
    }

    public void arbeitsplatzBerechnen() {
        if (tab3Monat == null) {
            Messages.error("Bitte den Monat angeben.");
            return;
        }
        YearMonth monat = YearMonth.from(tab3Monat);
        if (!Messages.attempt("tab3Form", () -> arbeitsplatz = kalkulation.arbeitsplatzkosten(monat, Bereich.AB,
                tab3Steigerungsbetrag, tab3Grundbetrag, tab3Unfallversicherung, tab3Beitrittsgebiet, null))) {
            arbeitsplatz = null;
        }
    }

    private Kostenkalkulation.Eingabe eingabe() {
        List<Kostenkalkulation.Personal> p = new ArrayList<>();
        for (Zeile z : personal) {
            p.add(new Kostenkalkulation.Personal(z.kategorie == null ? null : Personalfunktion.valueOf(z.kategorie),
                    z.bezeichnung, z.stunden == null ? BigDecimal.ZERO : z.stunden, z.betrag));
        }
        List<Kostenkalkulation.Fixkosten> f = new ArrayList<>();
        for (Zeile z : fixkosten) {
            f.add(new Kostenkalkulation.Fixkosten(z.kategorie == null ? null : Fixkostenart.valueOf(z.kategorie),
                    z.bezeichnung, z.betrag));
        }
        List<Kostenkalkulation.Sachkosten> s = new ArrayList<>();
        for (Zeile z : sachkosten) {
            s.add(new Kostenkalkulation.Sachkosten(z.kategorie == null ? null : Sachkostenart.valueOf(z.kategorie),
                    z.bezeichnung, z.betrag));
        }
        return new Kostenkalkulation.Eingabe(plaetze == null ? 0 : plaetze,
                plaetzeSeelisch == null ? 0 : plaetzeSeelisch, tage == null ? 0 : tage,
                finanzierteFehltage == null ? 0 : finanzierteFehltage, vollzeitStunden, satzGebaeude, satzInventar,
                p, f, s);
    }

    // ------------------------------------------------------------------ view helpers

    public boolean isBearbeitbar() {
        return einrichtung != null;
    }

    public boolean isNeueFassung() {
        return fassung != null && fassung.isFestgeschrieben();
    }

    public String getFassungText() {
        if (fassung == null) {
            return "noch keine – wird beim Speichern Fassung 1";
        }
        return fassung.isFestgeschrieben() ? "Fassung " + fassung.getFassung() + " (festgeschrieben; Speichern legt "
                + "Fassung " + (fassung.getFassung() + 1) + " an)" : "Fassung " + fassung.getFassung();
    }

    public String getStatusText() {
        return fassung == null ? "Neu" : fassung.getStatus().getLabel();
    }

    public String getPdfUrl() {
        return fassung == null ? null : "/api/v1/kalkulation/fassungen/" + fassung.getId() + "/kalkulation.pdf";
    }

    public Personalfunktion[] getFunktionen() {
        return Personalfunktion.values();
    }

    public Fixkostenart[] getFixkostenarten() {
        return Fixkostenart.values();
    }

    public Sachkostenart[] getSachkostenarten() {
        return Sachkostenart.values();
    }

    public String funktionLabel(String name) {
        return name == null ? "" : Personalfunktion.valueOf(name).getLabel();
    }

    /** A row of the result table (EL reads getters, not record components). */
    public record Ergebniszeile(String abschnitt, String position, BigDecimal stunden, BigDecimal vk,
            BigDecimal stundenJePlatz, BigDecimal kostenJahr) {
        public String getAbschnitt() {
            return abschnitt;
        }

        public String getPosition() {
            return position;
        }

        public BigDecimal getStunden() {
            return stunden;
        }

        public BigDecimal getVk() {
            return vk;
        }

        public BigDecimal getStundenJePlatz() {
            return stundenJePlatz;
        }

        public BigDecimal getKostenJahr() {
            return kostenJahr;
        }
    }

    /** A row of the staffing-ratio check. */
    public record Schluesselzeile(String funktion, BigDecimal soll, BigDecimal ist, boolean erfuellt,
            String bewertung) {
        public String getFunktion() {
            return funktion;
        }

        public BigDecimal getSoll() {
            return soll;
        }

        public BigDecimal getIst() {
            return ist;
        }

        public boolean isErfuellt() {
            return erfuellt;
        }

        public String getBewertung() {
            return bewertung;
        }
    }

    public List<Ergebniszeile> getErgebniszeilen() {
        if (ergebnis == null) {
            return List.of();
        }
        List<Ergebniszeile> zeilen = new ArrayList<>();
        for (Kostenkalkulation.PersonalZeile p : ergebnis.personal()) {
            zeilen.add(new Ergebniszeile("Personalkosten", text(p.eingabe().funktion().getLabel(),
                    p.eingabe().bezeichnung()), p.eingabe().stundenJeWoche(), p.vk(), p.stundenJePlatz(),
                    p.kostenJahr()));
        }
        for (Kostenkalkulation.FixkostenZeile f : ergebnis.fixkosten()) {
            zeilen.add(new Ergebniszeile("Fixe Kosten", text(f.eingabe().art().getLabel(), f.eingabe().bezeichnung()),
                    null, null, null, f.kostenJahr()));
        }
        for (Kostenkalkulation.Sachkosten s : ergebnis.sachkosten()) {
            zeilen.add(new Ergebniszeile("Variable Kosten", text(s.art().getLabel(), s.bezeichnung()), null, null,
                    null, s.betrag()));
        }
        return zeilen;
    }

    public List<Schluesselzeile> getPersonalschluessel() {
        if (ergebnis == null) {
            return List.of();
        }
        return ergebnis.personalschluessel().stream().map(z -> new Schluesselzeile(z.funktion().label(), z.soll(),
                z.ist(), z.erfuellt(), z.bewertung())).toList();
    }

    private static String text(String label, String bezeichnung) {
        return bezeichnung == null || bezeichnung.isBlank() ? label : label + " – " + bezeichnung;
    }

    public Long getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Long einrichtung) {
        this.einrichtung = einrichtung;
    }

    public Long getAuswahlEinrichtung() {
        return auswahlEinrichtung;
    }

    public void setAuswahlEinrichtung(Long auswahlEinrichtung) {
        this.auswahlEinrichtung = auswahlEinrichtung;
    }

    public List<Einrichtung> getEinrichtungen() {
        return einrichtungen;
    }

    public List<Kalkulationsfassung> getFassungen() {
        return fassungen;
    }

    public List<Kalkulationsfassung> getGefilterteFassungen() {
        return gefilterteFassungen;
    }

    public void setGefilterteFassungen(List<Kalkulationsfassung> gefilterteFassungen) {
        this.gefilterteFassungen = gefilterteFassungen;
    }

    public Kalkulationsfassung getFassung() {
        return fassung;
    }

    public List<Fassungsvergleich.Zeile> getVergleich() {
        return vergleich;
    }

    public String getBezeichnung() {
        return bezeichnung;
    }

    public void setBezeichnung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public LocalDate getGueltigAb() {
        return gueltigAb;
    }

    public void setGueltigAb(LocalDate gueltigAb) {
        this.gueltigAb = gueltigAb;
    }

    public LocalDate getGueltigBis() {
        return gueltigBis;
    }

    public void setGueltigBis(LocalDate gueltigBis) {
        this.gueltigBis = gueltigBis;
    }

    public Integer getPlaetze() {
        return plaetze;
    }

    public void setPlaetze(Integer plaetze) {
        this.plaetze = plaetze;
    }

    public Integer getPlaetzeSeelisch() {
        return plaetzeSeelisch;
    }

    public void setPlaetzeSeelisch(Integer plaetzeSeelisch) {
        this.plaetzeSeelisch = plaetzeSeelisch;
    }

    public Integer getTage() {
        return tage;
    }

    public void setTage(Integer tage) {
        this.tage = tage;
    }

    public Integer getFinanzierteFehltage() {
        return finanzierteFehltage;
    }

    public void setFinanzierteFehltage(Integer finanzierteFehltage) {
        this.finanzierteFehltage = finanzierteFehltage;
    }

    public BigDecimal getVollzeitStunden() {
        return vollzeitStunden;
    }

    public void setVollzeitStunden(BigDecimal vollzeitStunden) {
        this.vollzeitStunden = vollzeitStunden;
    }

    public BigDecimal getSatzGebaeude() {
        return satzGebaeude;
    }

    public void setSatzGebaeude(BigDecimal satzGebaeude) {
        this.satzGebaeude = satzGebaeude;
    }

    public BigDecimal getSatzInventar() {
        return satzInventar;
    }

    public void setSatzInventar(BigDecimal satzInventar) {
        this.satzInventar = satzInventar;
    }

    public String getAenderungsgrund() {
        return aenderungsgrund;
    }

    public void setAenderungsgrund(String aenderungsgrund) {
        this.aenderungsgrund = aenderungsgrund;
    }

    public List<Zeile> getPersonal() {
        return personal;
    }

    public List<Zeile> getFixkosten() {
        return fixkosten;
    }

    public List<Zeile> getSachkosten() {
        return sachkosten;
    }

    public Kostenkalkulation.Ergebnis getErgebnis() {
        return ergebnis;
    }

    public LocalDate getTab3Monat() {
        return tab3Monat;
    }

    public void setTab3Monat(LocalDate tab3Monat) {
        this.tab3Monat = tab3Monat;
    }

    public BigDecimal getTab3Steigerungsbetrag() {
        return tab3Steigerungsbetrag;
    }

    public void setTab3Steigerungsbetrag(BigDecimal tab3Steigerungsbetrag) {
        this.tab3Steigerungsbetrag = tab3Steigerungsbetrag;
    }

    public BigDecimal getTab3Grundbetrag() {
        return tab3Grundbetrag;
    }

    public void setTab3Grundbetrag(BigDecimal tab3Grundbetrag) {
        this.tab3Grundbetrag = tab3Grundbetrag;
    }

    public BigDecimal getTab3Unfallversicherung() {
        return tab3Unfallversicherung;
    }

    public void setTab3Unfallversicherung(BigDecimal tab3Unfallversicherung) {
        this.tab3Unfallversicherung = tab3Unfallversicherung;
    }

    public boolean isTab3Beitrittsgebiet() {
        return tab3Beitrittsgebiet;
    }

    public void setTab3Beitrittsgebiet(boolean tab3Beitrittsgebiet) {
        this.tab3Beitrittsgebiet = tab3Beitrittsgebiet;
    }

    public Arbeitsplatzkosten.Ergebnis getArbeitsplatz() {
        return arbeitsplatz;
    }
}
