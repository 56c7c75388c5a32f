package de.werkerp.start.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.billing.boundary.AbrechnungService;
import de.werkerp.contract.boundary.Warnungsabfrage;
import de.werkerp.contract.control.Bewilligungsluecken;
import de.werkerp.contract.control.Regelaltersgrenze;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bewilligung;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.election.boundary.WahlService;
import de.werkerp.election.boundary.WahlschwellenService;
import de.werkerp.election.control.Wahlzeitplan;
import de.werkerp.election.entity.Wahlprojekt;
import de.werkerp.election.entity.Wahlstatus;
import de.werkerp.participation.boundary.TeilhabeberichtService;
import de.werkerp.participation.control.Personalschluessel;
import de.werkerp.participation.entity.Personalausstattung;
import de.werkerp.participation.entity.Teilhabevereinbarung;
import de.werkerp.participation.entity.Teilhabeziel;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.entity.Role;
import de.werkerp.result.boundary.ArbeitsergebnisService;
import de.werkerp.result.control.Pruefung;
import de.werkerp.start.control.Vorwarnfristen;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.control.Laufschritt;
import de.werkerp.wage.control.Monatsfolge;
import de.werkerp.wage.entity.Laufstatus;

/**
 * What each role must do next, for the start page (issue 17 item 3). One method per role, each allowed to that role
 * (and the Träger-Admin) only and reading through the same rules and guarded services as the role's pages: counts
 * by COUNT queries and lists bounded to {@value #ERSTE} names, so the page stays fast with 15,000 people. Management
 * gets no person at all, the council counts and released statements only (docs/rollen.md).
 */
@Stateless
@TenantGuarded
public class StartseiteService {

    /** How many names a list on the start page shows; the rest is a count ("… und 123 weitere"). */
    public static final int ERSTE = 10;
    /** Upcoming election dates shown per election. */
    static final int TERMINE = 4;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String LAUFEND = " v.beginn <= :h AND (v.ende IS NULL OR v.ende >= :h)";

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    @EJB
    ArbeitsergebnisService arbeitsergebnis;

    @EJB
    AbrechnungService abrechnung;

    @EJB
    TeilhabeberichtService teilhabeberichte;

    @EJB
    WahlService wahlen;

    @EJB
    WahlschwellenService wahlschwellen;

    // ------------------------------------------------------------------ results

    /** A person (or an Einrichtung) in a list of the start page. */
    public record Eintrag(Long personId, String name, LocalDate datum, String text) implements Serializable {
        public Long getPersonId() {
            return personId;
        }

        public String getName() {
            return name;
        }

        public String getText() {
            return text;
        }

        public String getDatumText() {
            return datum == null ? "" : DATUM.format(datum);
        }
    }

    /** The first {@value #ERSTE} entries of a list and how many there are in all. */
    public record Auszug(long anzahl, List<Eintrag> erste) implements Serializable {
        static Auszug von(List<Eintrag> alle) {
            return new Auszug(alle.size(), List.copyOf(alle.subList(0, Math.min(ERSTE, alle.size()))));
        }

        public long getAnzahl() {
            return anzahl;
        }

        public List<Eintrag> getErste() {
            return erste;
        }

        /** How many are not shown. */
        public long getWeitere() {
            return anzahl - erste.size();
        }
    }

    /** The first open month of an Einrichtung's runs and its next step for the viewer. */
    public record OffenerMonat(Long einrichtungId, String einrichtung, YearMonth monat, Laufstatus status,
            Laufschritt schritt) implements Serializable {
        public Long getEinrichtungId() {
            return einrichtungId;
        }

        public String getEinrichtung() {
            return einrichtung;
        }

        public String getMonatText() {
            return Format.monat(monat);
        }

        /** The month as view parameter (yyyy-MM). */
        public String getMonatParameter() {
            return monat.toString();
        }

        public String getStatusText() {
            return status == null ? "Noch nicht berechnet" : status.getLabel();
        }

        public String getSchrittText() {
            return schritt.text();
        }
    }

    /** Payroll: the open months of the Entgelt runs and the warnings that need action. */
    public record Entgeltaufgaben(List<OffenerMonat> entgeltlaeufe, Auszug ohneKrankenkasse, Auszug ohneIban,
            Auszug bewilligungen, Auszug regelaltersgrenze) implements Serializable {
        public List<OffenerMonat> getEntgeltlaeufe() {
            return entgeltlaeufe;
        }

        public Auszug getOhneKrankenkasse() {
            return ohneKrankenkasse;
        }

        public Auszug getOhneIban() {
            return ohneIban;
        }

        public Auszug getBewilligungen() {
            return bewilligungen;
        }

        public Auszug getRegelaltersgrenze() {
            return regelaltersgrenze;
        }
    }

    /** The Arbeitsergebnis of an Einrichtung's latest year with data, with its checks. */
    public record Ergebnisstand(Long einrichtungId, String einrichtung, Integer jahr, String status,
            List<String> offenePruefungen, int pruefungen) implements Serializable {
        public Long getEinrichtungId() {
            return einrichtungId;
        }

        public String getEinrichtung() {
            return einrichtung;
        }

        public Integer getJahr() {
            return jahr;
        }

        public String getStatus() {
            return status;
        }

        public List<String> getOffenePruefungen() {
            return offenePruefungen;
        }

        public int getPruefungen() {
            return pruefungen;
        }
    }

    /** Staffing ratio of one function (seed 001 § 11): needed and present full-time equivalents. */
    public record Schluessel(String funktion, BigDecimal soll, BigDecimal ist, boolean erfuellt)
            implements Serializable {
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
    }

    /** Staffing of an Einrichtung in a year; {@code hinweis} instead when places or staff are not recorded. */
    public record Personalstand(String einrichtung, int jahr, Integer plaetze, List<Schluessel> schluessel,
            String hinweis) implements Serializable {
        public String getEinrichtung() {
            return einrichtung;
        }

        public int getJahr() {
            return jahr;
        }

        public Integer getPlaetze() {
            return plaetze;
        }

        public List<Schluessel> getSchluessel() {
            return schluessel;
        }

        public String getHinweis() {
            return hinweis;
        }

        public long getErfuellt() {
            return schluessel.stream().filter(Schluessel::erfuellt).count();
        }
    }

    /** Management: Arbeitsergebnis, billing and open items, staffing ratios. */
    public record Leitungsaufgaben(List<Ergebnisstand> arbeitsergebnisse, List<OffenerMonat> abrechnungslaeufe,
            BigDecimal offenerBetrag, int leistungstraegerMitOffenemBetrag, List<Personalstand> personal)
            implements Serializable {
        public List<Ergebnisstand> getArbeitsergebnisse() {
            return arbeitsergebnisse;
        }

        public List<OffenerMonat> getAbrechnungslaeufe() {
            return abrechnungslaeufe;
        }

        public BigDecimal getOffenerBetrag() {
            return offenerBetrag;
        }

        public int getLeistungstraegerMitOffenemBetrag() {
            return leistungstraegerMitOffenemBetrag;
        }

        public List<Personalstand> getPersonal() {
            return personal;
        }
    }

    /** An election with its upcoming dates (the first is the next deadline). */
    public record Wahltermine(Long projektId, Long einrichtungId, String einrichtung, LocalDate wahltag,
            List<Wahlzeitplan.Termin> naechste) implements Serializable {
        public Long getProjektId() {
            return projektId;
        }

        public Long getEinrichtungId() {
            return einrichtungId;
        }

        public String getEinrichtung() {
            return einrichtung;
        }

        public String getWahltagText() {
            return DATUM.format(wahltag);
        }

        public List<Wahlzeitplan.Termin> getNaechste() {
            return naechste;
        }

        public Wahlzeitplan.Termin getNaechsteFrist() {
            return naechste.isEmpty() ? null : naechste.get(0);
        }
    }

    /** Election thresholds of an Einrichtung today (counts only). */
    public record Schwellen(Long einrichtungId, String einrichtung, int wahlberechtigte, int frauen,
            int werkstattrat, int frauenbeauftragte, int naechsteRegelwahl) implements Serializable {
        public Long getEinrichtungId() {
            return einrichtungId;
        }

        public String getEinrichtung() {
            return einrichtung;
        }

        public int getWahlberechtigte() {
            return wahlberechtigte;
        }

        public int getFrauen() {
            return frauen;
        }

        public int getWerkstattrat() {
            return werkstattrat;
        }

        public int getFrauenbeauftragte() {
            return frauenbeauftragte;
        }

        public int getNaechsteRegelwahl() {
            return naechsteRegelwahl;
        }
    }

    /** The latest released Arbeitsergebnis of an Einrichtung. */
    public record Ergebnisfreigabe(Long einrichtungId, String einrichtung, int jahr) implements Serializable {
        public Long getEinrichtungId() {
            return einrichtungId;
        }

        public String getEinrichtung() {
            return einrichtung;
        }

        public int getJahr() {
            return jahr;
        }
    }

    /** Council: thresholds, the next election's dates, the released Arbeitsergebnis. */
    public record Ratsinformationen(List<Schwellen> schwellen, List<Wahltermine> wahlen,
            List<Ergebnisfreigabe> ergebnisse) implements Serializable {
        public List<Schwellen> getSchwellen() {
            return schwellen;
        }

        public List<Wahltermine> getWahlen() {
            return wahlen;
        }

        public List<Ergebnisfreigabe> getErgebnisse() {
            return ergebnisse;
        }
    }

    /** Social service: Teilhabeberichte due within 90 days (or overdue) and goals to evaluate. */
    public record Sozialdienstaufgaben(Auszug berichte, Auszug ziele) implements Serializable {
        public Auszug getBerichte() {
            return berichte;
        }

        public Auszug getZiele() {
            return ziele;
        }
    }

    // ------------------------------------------------------------------ payroll

    /**
     * Payroll's start page on {@code heute}. The approvals and the Regelaltersgrenze are counted and their first
     * entries chosen by the database ({@link Warnungsabfrage}), so the page reads {@value #ERSTE} names, not every
     * contract of the window.
     */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL})
    public Entgeltaufgaben entgelt(LocalDate heute) {
        List<OffenerMonat> monate = new ArrayList<>();
        for (Einrichtung e : einrichtungen()) {
            monate.add(offenerMonat(e, "Entgeltlauf", YearMonth.from(heute)));
        }
        return new Entgeltaufgaben(monate,
                personen(heute, "(p.krankenkasseName IS NULL OR p.krankenkasseName = '')", "Krankenkasse fehlt"),
                personen(heute, "(p.iban IS NULL OR p.iban = '')", "IBAN fehlt"),
                bewilligungenAbfrage(heute), regelaltersgrenzeAbfrage(heute));
    }

    /**
     * The approvals and Regelaltersgrenze lists of {@link #entgelt} evaluated by the plain-Java rules over every
     * candidate row ({@code Bewilligungsluecken}, {@code Vorwarnfristen}): the reference the database queries are
     * compared with (WerkErpIT 901); not for pages.
     */
    @Allow({Role.TENANT_ADMIN})
    public List<Auszug> entgeltwarnungenNachRegeln(LocalDate heute) {
        return List.of(bewilligungen(heute), regelaltersgrenze(heute));
    }

    /** {@link #bewilligungen} by {@link Warnungsabfrage#bewilligungsenden}: the same entries, same order. */
    private Auszug bewilligungenAbfrage(LocalDate heute) {
        var t = new Warnungsabfrage(repository.em(), heute).bewilligungsenden(Vorwarnfristen.BEWILLIGUNG_TAGE, ERSTE);
        List<Eintrag> erste = t.eintraege().stream()
                .map(z -> bewilligungsende(z.personId(), z.name(), z.aktenzeichen(), z.datum())).toList();
        return new Auszug(t.gesamt(), erste);
    }

    /**
     * {@link #regelaltersgrenze} by {@link Warnungsabfrage#regelaltersgrenzen}: the birth dates whose age is reached
     * by {@code heute} + {@value Vorwarnfristen#REGELALTERSGRENZE_MONATE} months (also past) from the rule
     * ({@code Regelaltersgrenze.geburtsdatenFuer}), the day and the text per person from {@link Vorwarnfristen}.
     */
    private Auszug regelaltersgrenzeAbfrage(LocalDate heute) {
        Optional<de.werkerp.contract.control.Regelaltersgrenze.Geburtsdaten> g = Regelaltersgrenze.geburtsdatenFuer(
                LocalDate.of(1900, 1, 1), heute.plusMonths(Vorwarnfristen.REGELALTERSGRENZE_MONATE), heute);
        if (g.isEmpty()) {
            return new Auszug(0, List.of());
        }
        Warnungsabfrage abfrage = new Warnungsabfrage(repository.em(), heute);
        var t = abfrage.regelaltersgrenzen(g.get(), ERSTE);
        Map<Long, Warnungsabfrage.Startzeile> zeilen = new LinkedHashMap<>();
        t.eintraege().forEach(z -> zeilen.put(z.personId(), z));
        if (!t.eintraege().isEmpty() && t.gesamt() > t.eintraege().size()) {
            // the people reaching the age on the same day as the last one, born on another day (§ 188 Abs. 3 BGB)
            LocalDate letzter = Regelaltersgrenze.fuer(t.eintraege().get(t.eintraege().size() - 1).datum(), heute)
                    .erreicht();
            Regelaltersgrenze.geburtsdatenFuer(letzter, letzter, heute).ifPresent(gleich ->
                    abfrage.mitGeburtsdatum(gleich, ERSTE).forEach(z -> zeilen.putIfAbsent(z.personId(), z)));
        }
        List<Eintrag> erste = new ArrayList<>();
        for (Warnungsabfrage.Startzeile z : zeilen.values()) {
            Vorwarnfristen.regelaltersgrenzeBald(z.datum(), heute).ifPresent(x -> erste.add(eintrag(z.personId(),
                    z.name(), x, heute)));
        }
        erste.sort(Comparator.comparing(Eintrag::datum).thenComparing(Eintrag::name));
        return new Auszug(t.gesamt(), List.copyOf(erste.subList(0, Math.min(ERSTE, erste.size()))));
    }

    /** An approval ending without a follow-up (the database query and the Java rule print the same). */
    private static Eintrag bewilligungsende(Long personId, String name, String bewilligung, LocalDate bis) {
        return new Eintrag(personId, name, bis, "Bewilligung " + bewilligung + " endet am " + DATUM.format(bis)
                + ", keine Folgebewilligung");
    }

    private static Eintrag eintrag(Long personId, String name, Regelaltersgrenze.Result x, LocalDate heute) {
        return new Eintrag(personId, name, x.erreicht(), "Regelaltersgrenze " + (x.erreicht().isBefore(heute)
                ? "erreicht am " : "am ") + DATUM.format(x.erreicht()) + "; die Maßnahme soll mit dem "
                + DATUM.format(x.massnahmeEndet()) + " enden (§ 58 Abs. 1 SGB IX)");
    }

    /** Active people with a running contract matching {@code bedingung}: counted, the first by name. */
    private Auszug personen(LocalDate heute, String bedingung, String text) {
        String von = " FROM Beschaeftigter p WHERE p.aktiv = TRUE AND " + bedingung
                + " AND EXISTS (SELECT v FROM Werkstattvertrag v WHERE v.beschaeftigter = p AND" + LAUFEND + ")";
        long anzahl = repository.em().createQuery("SELECT COUNT(p)" + von, Long.class).setParameter("h", heute)
                .getSingleResult();
        List<Eintrag> erste = repository.em().createQuery("SELECT p" + von + " ORDER BY p.nachname, p.vorname",
                Beschaeftigter.class).setParameter("h", heute).setMaxResults(ERSTE).getResultList().stream()
                .map(p -> new Eintrag(p.getId(), p.getName(), null, text)).toList();
        return new Auszug(anzahl, erste);
    }

    /**
     * Approvals of running contracts ending within {@link Vorwarnfristen#BEWILLIGUNG_TAGE} days without a follow-up:
     * one query for the approvals of the contracts that have one ending in the window.
     */
    private Auszug bewilligungen(LocalDate heute) {
        LocalDate grenze = heute.plusDays(Vorwarnfristen.BEWILLIGUNG_TAGE);
        Map<Werkstattvertrag, List<Bewilligung>> jeVertrag = repository.em().createQuery("SELECT b FROM Bewilligung b"
                + " JOIN b.vertrag v WHERE" + LAUFEND + " AND EXISTS (SELECT b1 FROM Bewilligung b1 WHERE"
                + " b1.vertrag = v AND b1.gueltigBis >= :h AND b1.gueltigBis <= :g)", Bewilligung.class)
                .setParameter("h", heute).setParameter("g", grenze).getResultList().stream()
                .collect(Collectors.groupingBy(Bewilligung::getVertrag, LinkedHashMap::new, Collectors.toList()));
        List<Eintrag> alle = new ArrayList<>();
        jeVertrag.forEach((v, liste) -> {
            Bewilligungsluecken luecken = new Bewilligungsluecken(liste.stream()
                    .map(b -> new Bewilligungsluecken.Bewilligung(b.getAktenzeichen(), b.getBereich().name(),
                            b.getGueltigAb(), b.getGueltigBis())).toList());
            for (Bewilligungsluecken.Bewilligung b : luecken.ohneAnschlussInnerhalb(heute,
                    Vorwarnfristen.BEWILLIGUNG_TAGE)) {
                if (v.getEnde() == null || v.getEnde().isAfter(b.bis())) {
                    Beschaeftigter p = v.getBeschaeftigter();
                    alle.add(bewilligungsende(p.getId(), p.getName(), b.bezeichnung(), b.bis()));
                }
            }
        });
        alle.sort(Comparator.comparing(Eintrag::datum).thenComparing(Eintrag::name));
        return Auszug.von(alle);
    }

    /** People with a running contract reaching the Regelaltersgrenze within six months (or past it). */
    private Auszug regelaltersgrenze(LocalDate heute) {
        Map<Long, Eintrag> jePerson = new LinkedHashMap<>();
        for (Werkstattvertrag v : repository.em().createQuery("SELECT v FROM Werkstattvertrag v WHERE" + LAUFEND
                + " AND v.beschaeftigter.geburtsdatum <= :spaet", Werkstattvertrag.class).setParameter("h", heute)
                .setParameter("spaet", Vorwarnfristen.spaetestesGeburtsdatum(heute)).getResultList()) {
            Beschaeftigter p = v.getBeschaeftigter();
            Optional<Regelaltersgrenze.Result> r = Vorwarnfristen.regelaltersgrenzeBald(p.getGeburtsdatum(), heute);
            r.ifPresent(x -> jePerson.putIfAbsent(p.getId(), eintrag(p.getId(), p.getName(), x, heute)));
        }
        List<Eintrag> alle = new ArrayList<>(jePerson.values());
        alle.sort(Comparator.comparing(Eintrag::datum).thenComparing(Eintrag::name));
        return Auszug.von(alle);
    }

    // ------------------------------------------------------------------ management

    /** Management's start page: no person, only statements, runs, sums and staffing. */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT})
    public Leitungsaufgaben leitung(LocalDate heute) {
        List<Ergebnisstand> ergebnisse = new ArrayList<>();
        List<OffenerMonat> abrechnungen = new ArrayList<>();
        List<Personalstand> personal = new ArrayList<>();
        for (Einrichtung e : einrichtungen()) {
            ergebnisse.add(ergebnisstand(e));
            abrechnungen.add(offenerMonat(e, "Abrechnungslauf", YearMonth.from(heute).minusMonths(1)));
            personal.add(personalstand(e, heute.getYear()));
        }
        BigDecimal offen = BigDecimal.ZERO.setScale(2);
        int traeger = 0;
        for (AbrechnungService.OffenerPosten p : abrechnung.offenePosten()) {
            if (p.offen().signum() != 0) {
                offen = offen.add(p.offen());
                traeger++;
            }
        }
        return new Leitungsaufgaben(ergebnisse, abrechnungen, offen, traeger, personal);
    }

    private Ergebnisstand ergebnisstand(Einrichtung e) {
        Optional<Integer> jahr = arbeitsergebnis.letztesJahr(e.getId());
        Optional<ArbeitsergebnisService.Ansicht> ansicht = jahr.flatMap(j -> arbeitsergebnis.aktuell(e.getId(), j));
        if (ansicht.isEmpty()) {
            return new Ergebnisstand(e.getId(), e.getName(), jahr.orElse(null),
                    jahr.isPresent() ? "Buchungen importiert, noch keine Fassung" : "Noch keine Daten", List.of(), 0);
        }
        List<Pruefung> pruefungen = ansicht.get().rechnung().pruefungen();
        return new Ergebnisstand(e.getId(), e.getName(), jahr.get(), ansicht.get().fassung().getStatus().getLabel(),
                pruefungen.stream().filter(p -> !p.ok()).map(Pruefung::meldung).toList(), pruefungen.size());
    }

    /** Staffing ratios (seed 001 § 11) from the agreed places and the recorded full-time equivalents of the year. */
    private Personalstand personalstand(Einrichtung e, int jahr) {
        Teilhabevereinbarung v = repository.em().createQuery("SELECT v FROM Teilhabevereinbarung v WHERE"
                + " v.einrichtung.id = :e AND v.leistungstraeger IS NULL", Teilhabevereinbarung.class)
                .setParameter("e", e.getId()).getResultList().stream().findFirst().orElse(null);
        if (v == null || v.getPlaetze() == null) {
            return new Personalstand(e.getName(), jahr, null, List.of(), "Keine vereinbarten Plätze erfasst.");
        }
        Map<Personalschluessel.Funktion, BigDecimal> ist = new EnumMap<>(Personalschluessel.Funktion.class);
        for (Personalausstattung p : repository.em().createQuery("SELECT p FROM Personalausstattung p WHERE"
                + " p.einrichtung.id = :e AND p.jahr = :j", Personalausstattung.class).setParameter("e", e.getId())
                .setParameter("j", jahr).getResultList()) {
            ist.put(Personalschluessel.Funktion.valueOf(p.getFunktion()), p.getVk());
        }
        if (ist.isEmpty()) {
            return new Personalstand(e.getName(), jahr, v.getPlaetze(), List.of(),
                    "Für " + jahr + " sind noch keine Vollzeitkräfte erfasst.");
        }
        int seelisch = v.getPlaetzeSeelisch() == null ? 0 : v.getPlaetzeSeelisch();
        List<Schluessel> schluessel = Personalschluessel.pruefe(v.getPlaetze(), seelisch, ist).stream()
                .map(z -> new Schluessel(z.funktion().label(), z.soll(), z.ist(), z.erfuellt())).toList();
        return new Personalstand(e.getName(), jahr, v.getPlaetze(), schluessel, null);
    }

    // ------------------------------------------------------------------ council

    /** The council's start page: counts, election dates and released statements only. */
    @Allow({Role.TENANT_ADMIN, Role.COUNCIL})
    public Ratsinformationen werkstattrat(LocalDate heute) {
        List<Schwellen> schwellen = wahlschwellen.alle(heute).stream()
                .map(l -> new Schwellen(l.einrichtungId(), l.einrichtung(), l.heute().wahlberechtigte(),
                        l.heute().wahlberechtigteFrauen(), l.heute().werkstattratMitglieder(),
                        l.heute().frauenbeauftragte(), l.naechsteRegelwahl())).toList();
        List<Ergebnisfreigabe> ergebnisse = new ArrayList<>();
        for (Einrichtung e : einrichtungen()) {
            arbeitsergebnis.letztesJahr(e.getId()).ifPresent(j -> ergebnisse.add(new Ergebnisfreigabe(e.getId(),
                    e.getName(), j)));
        }
        return new Ratsinformationen(schwellen, laufendeWahlen(heute), ergebnisse);
    }

    // ------------------------------------------------------------------ election board

    /** The Wahlvorstand's start page: the running elections with their next deadlines. */
    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD})
    public List<Wahltermine> wahlvorstand(LocalDate heute) {
        return laufendeWahlen(heute);
    }

    /** Elections in preparation whose day has not passed, with the dates from today on. */
    private List<Wahltermine> laufendeWahlen(LocalDate heute) {
        List<Wahltermine> liste = new ArrayList<>();
        for (Einrichtung e : einrichtungen()) {
            for (Wahlprojekt w : wahlen.projekte(e.getId())) {
                if (w.getStatus() != Wahlstatus.VORBEREITUNG || w.getWahltag().isBefore(heute)) {
                    continue;
                }
                List<Wahlzeitplan.Termin> termine = wahlen.zeitplan(w.getId()).termine().stream()
                        .filter(t -> !t.datum().isBefore(heute)).sorted(Comparator.comparing(Wahlzeitplan.Termin::datum))
                        .limit(TERMINE).toList();
                liste.add(new Wahltermine(w.getId(), e.getId(), e.getName(), w.getWahltag(), termine));
            }
        }
        liste.sort(Comparator.comparing(Wahltermine::wahltag));
        return liste;
    }

    // ------------------------------------------------------------------ social service

    /** The social service's start page: reports due within 90 days or overdue, goals to evaluate. */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
    public Sozialdienstaufgaben sozialdienst(LocalDate heute) {
        List<Eintrag> berichte = teilhabeberichte.faelligkeiten(heute).stream()
                .map(f -> new Eintrag(f.beschaeftigterId(), f.name(), f.faelligAm(), f.meldung())).toList();
        LocalDate grenze = heute.plusDays(Vorwarnfristen.ZIEL_TAGE);
        List<Teilhabeziel> ziele = repository.em().createQuery("SELECT z FROM Teilhabeziel z WHERE z.faelligAm <= :g"
                + " AND EXISTS (SELECT v FROM Werkstattvertrag v WHERE v.beschaeftigter = z.beschaeftigter AND"
                + LAUFEND + ") ORDER BY z.faelligAm", Teilhabeziel.class).setParameter("g", grenze)
                .setParameter("h", heute).getResultList();
        Map<Long, LocalDate> letzte = new HashMap<>();
        for (Object[] row : repository.em().createQuery("SELECT b.ziel.id, MAX(b.datum) FROM Zielbewertung b WHERE"
                + " b.ziel.faelligAm <= :g GROUP BY b.ziel.id", Object[].class).setParameter("g", grenze)
                .getResultList()) {
            letzte.put((Long) row[0], (LocalDate) row[1]);
        }
        List<Eintrag> zuBewerten = new ArrayList<>();
        for (Teilhabeziel z : ziele) {
            if (Vorwarnfristen.zielZuBewerten(z.getFaelligAm(), letzte.get(z.getId()), heute)) {
                Beschaeftigter p = z.getBeschaeftigter();
                zuBewerten.add(new Eintrag(p.getId(), p.getName(), z.getFaelligAm(),
                        (z.getFaelligAm().isBefore(heute) ? "Ziel war fällig am " : "Ziel fällig am ")
                                + DATUM.format(z.getFaelligAm()) + ": bitte bewerten"));
            }
        }
        return new Sozialdienstaufgaben(Auszug.von(berichte), Auszug.von(zuBewerten));
    }

    // ------------------------------------------------------------------ shared

    private List<Einrichtung> einrichtungen() {
        return repository.list(Einrichtung.class, "name").stream().filter(Einrichtung::isAktiv).toList();
    }

    /**
     * The first open month of the Einrichtung's Entgelt or billing runs ({@link Monatsfolge#ersterOffenerMonat}) and
     * the viewer's next step ({@link Laufschritt}).
     */
    private OffenerMonat offenerMonat(Einrichtung e, String entity, YearMonth ohneLauf) {
        List<Object[]> neueste = repository.em().createQuery("SELECT l.monat, l.status, l.veraltet, l.berechnetVon"
                + " FROM " + entity + " l WHERE l.einrichtung.id = :e ORDER BY l.monat DESC", Object[].class)
                .setParameter("e", e.getId()).setMaxResults(1).getResultList();
        List<Monatsfolge.Lauf> laeufe = neueste.stream()
                .map(r -> new Monatsfolge.Lauf((YearMonth) r[0], (Laufstatus) r[1], null)).toList();
        YearMonth monat = Monatsfolge.ersterOffenerMonat(laeufe, ohneLauf);
        Object[] lauf = neueste.isEmpty() || !((YearMonth) neueste.get(0)[0]).equals(monat) ? null : neueste.get(0);
        Laufstatus status = lauf == null ? null : (Laufstatus) lauf[1];
        Laufschritt schritt = Laufschritt.fuer(status, lauf != null && (Boolean) lauf[2],
                lauf == null ? null : (String) lauf[3], callers.require().username());
        return new OffenerMonat(e.getId(), e.getName(), monat, status, schritt);
    }
}
