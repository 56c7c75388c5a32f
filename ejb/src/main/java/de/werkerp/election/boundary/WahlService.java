package de.werkerp.election.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.election.control.Sitzverteilung;
import de.werkerp.election.control.Wahlanlage;
import de.werkerp.election.control.Wahlberechtigung;
import de.werkerp.election.control.Waehlerlistenaushang;
import de.werkerp.election.control.Wahlfehler;
import de.werkerp.election.control.Wahlschwellen;
import de.werkerp.election.control.Wahlzeitplan;
import de.werkerp.election.entity.Anlass;
import de.werkerp.election.entity.Annahme;
import de.werkerp.election.entity.Entscheidung;
import de.werkerp.election.entity.Funktion;
import de.werkerp.election.entity.Vorschlagsstatus;
import de.werkerp.election.entity.Wahlart;
import de.werkerp.election.entity.Wahlausgang;
import de.werkerp.election.entity.Wahleinspruch;
import de.werkerp.election.entity.Wahlfoto;
import de.werkerp.election.entity.Wahlprojekt;
import de.werkerp.election.entity.Wahlstatus;
import de.werkerp.election.entity.Wahlvorschlag;
import de.werkerp.election.entity.Wahlvorstandsmitglied;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.BildOhneMetadaten;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * An election of the Werkstattrat and the Frauenbeauftragte (rules.md § 5; §§ 10–29 WMVO, §§ 222, 60 SGB IX): the
 * project with its timeline ({@link Wahlzeitplan}), the Wahlvorstand, the voter list as of election day (computed from
 * the contracts, one query), objections, nominations, the count and the result ({@link Sitzverteilung}).
 * Roles (docs/rollen.md): the tenant admin and the Wahlvorstand set the project up (dates, places, the appointed
 * Wahlvorstand, cancelling); only the Wahlvorstand ({@link Role#ELECTION_BOARD}) decides it — objections (§ 17 WMVO),
 * nominations and their admission (§ 19 Satz 4), photos, the count and the result (§ 23), the declarations of the
 * elected (§ 24). The council, management and auditor read it. The voter list shows names, Personalnummer and
 * eligibility only — no wages, no health data; the council sees the names only while the list is posted
 * ({@link Waehlerlistenaushang}) and the counts otherwise.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD})
public class WahlService {

    static final String FEHLT = "Die Wahl wurde nicht gefunden.";
    static final String VORSCHLAG_FEHLT = "Der Wahlvorschlag wurde nicht gefunden.";
    /** Photos for the ballot: JPEG or PNG, at most 2 MB. */
    public static final int FOTO_MAX_BYTES = 2 * 1024 * 1024;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    @EJB
    WahlschwellenService schwellen;

    /** Today's date for the rule "an election day of a new project is never in the past" (German time). */
    @Inject
    java.time.Clock uhr;

    /** Input of a new election project; null numbers: computed from the contracts (usual headcount). */
    public record NeueWahl(Long einrichtungId, boolean regulaer, Anlass anlass, String anlassBegruendung,
            LocalDate wahltag, LocalDate amtszeitEndeAlt, LocalDate wahlvorstandBestellt,
            LocalDate erlassWahlausschreiben, String ortStimmabgabe, String zeitStimmabgabe, String ortAuszaehlung,
            String ortAushang, String anschriftWahlvorstand, Integer wahlberechtigte, Integer wahlberechtigteFrauen) {
    }

    /** One member of the Wahlvorstand as entered: a person of the voter list or a free name (staff). */
    public record MitgliedEingabe(Long beschaeftigterId, String name, Funktion funktion, boolean frau) {
    }

    /**
     * One line of the voter list. For the council (names only, §§ 15, 16 WMVO) {@code personId}, {@code personalnummer},
     * {@code seit} and {@code waehlbar} are null.
     */
    public record Waehler(Long personId, String nachname, String vorname, String personalnummer, boolean frau,
            LocalDate seit, Boolean waehlbar) {
        public String getName() {
            return nachname + ", " + vorname;
        }

        public String getPersonalnummer() {
            return personalnummer;
        }

        public boolean isFrau() {
            return frau;
        }

        public Boolean getWaehlbar() {
            return waehlbar;
        }

        public String getSeit() {
            return seit == null ? "" : DATUM.format(seit);
        }

        /** The line as the council may read it while the list is posted: the name and which list it is on. */
        Waehler nurName() {
            return new Waehler(null, nachname, vorname, null, frau, null, null);
        }
    }

    /** The voter list as counts: what the council reads while the list is not posted. */
    public record Waehlerzahlen(int wahlberechtigte, int frauen, boolean ausgehaengt, String aushang) implements java.io.Serializable {
    }

    /** The count: ballots, invalid ballots, votes per nomination id; {@code losReihenfolge}: a manual draw or null. */
    public record Auszaehlung(Integer stimmzettel, Integer ungueltig, Integer stimmzettelFrauen,
            Integer ungueltigFrauen, Map<Long, Integer> stimmen, List<Long> losReihenfolge) {
    }

    /** The result of one office: members (in order), substitutes, and the gender target. */
    public record Besetzung(Wahlart wahl, int sitze, List<Wahlvorschlag> gewaehlt, List<Wahlvorschlag> ersatz,
            List<Wahlvorschlag> abgelehnt) {
    }

    /** The whole result. */
    public record Ergebnis(Wahlprojekt projekt, Besetzung werkstattrat, Besetzung frauenbeauftragte,
            int zielFrauen, long frauenGewaehlt, LocalDate annahmeBis, int naechsteRegelwahl, List<String> lose) {
    }

    // ------------------------------------------------------------------ project

    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Wahlprojekt> projekte(Long einrichtungId) {
        return repository.em().createQuery("SELECT w FROM Wahlprojekt w WHERE w.einrichtung.id = :e ORDER BY"
                + " w.wahltag DESC", Wahlprojekt.class).setParameter("e", einrichtungId).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public Wahlprojekt projekt(Long id) {
        return repository.find(Wahlprojekt.class, id, FEHLT);
    }

    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public Wahlzeitplan.Plan zeitplan(Long id) {
        return plan(projekt(id));
    }

    /**
     * The public holidays of the Einrichtung's Land (its Entgelt settings) from a year before to a year after the
     * election day: a deadline ending on one of them ends on the next working day (§ 193 BGB), as on a weekend.
     * Without a Land set, weekends only.
     */
    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public Set<LocalDate> feiertage(Wahlprojekt w) {
        if (w.getWahltag() == null || w.getEinrichtung() == null) {
            return Set.of();
        }
        String land = repository.em().createQuery("SELECT s.bundesland FROM Entgelteinstellung s WHERE"
                + " s.einrichtung = :e", String.class).setParameter("e", w.getEinrichtung()).getResultStream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (land == null) {
            return Set.of();
        }
        Set<LocalDate> tage = new HashSet<>();
        java.time.YearMonth bis = java.time.YearMonth.from(w.getWahltag()).plusMonths(12);
        for (java.time.YearMonth m = bis.minusMonths(24); !m.isAfter(bis); m = m.plusMonths(1)) {
            tage.addAll(de.werkerp.wage.control.Feiertage.im(m, land));
        }
        return tage;
    }

    private Wahlzeitplan.Plan plan(Wahlprojekt w) {
        return plan(w, feiertage(w));
    }

    static Wahlzeitplan.Plan plan(Wahlprojekt w, Set<LocalDate> feiertage) {
        try {
            return Wahlzeitplan.plane(w.isRegulaer(), w.getWahltag(), w.getAmtszeitEndeAlt(),
                    w.getWahlvorstandBestellt(), w.getErlassWahlausschreiben(), feiertage);
        } catch (Wahlfehler f) {
            throw new ValidationFailure(f.feld(), f.getMessage());
        }
    }

    /**
     * Creates an election project: the dates are checked ({@link Wahlzeitplan}, regular window § 12 Abs. 1 WMVO), the
     * election day is today or later, and the Einrichtung has no other open project ({@link Wahlanlage}).
     */
    public Wahlprojekt anlegen(NeueWahl neu) {
        Einrichtung e = repository.find(Einrichtung.class, neu.einrichtungId(), WahlschwellenService.EINRICHTUNG_FEHLT);
        regel(() -> Wahlanlage.pruefeNichtVergangen(neu.wahltag(), LocalDate.now(uhr)));
        Wahlprojekt w = new Wahlprojekt();
        w.setEinrichtung(e);
        w.setStatus(Wahlstatus.VORBEREITUNG);
        uebernehmen(w, neu);
        // serialises concurrent creations for the same Einrichtung until the transaction ends
        repository.em().lock(e, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        regel(() -> Wahlanlage.pruefeKeinOffenes(repository.em().createQuery("SELECT w.wahltag FROM Wahlprojekt w"
                + " WHERE w.einrichtung = :e AND w.status = :s ORDER BY w.wahltag", LocalDate.class)
                .setParameter("e", e).setParameter("s", Wahlstatus.VORBEREITUNG).setMaxResults(1).getResultStream()
                .findFirst()));
        return repository.create(w);
    }

    /**
     * Cancels an election in preparation with a reason (stored with day and user, audited like every change); the
     * Einrichtung may then start a new project.
     */
    public Wahlprojekt absagen(Long id, String grund) {
        Wahlprojekt w = projekt(id);
        String g = geprueft(() -> Wahlanlage.pruefeAbsage(w.getStatus() == Wahlstatus.VORBEREITUNG, grund));
        repository.em().detach(w);
        w.setStatus(Wahlstatus.ABGESAGT);
        w.setAbsageGrund(g);
        w.setAbgesagtAm(LocalDate.now(uhr));
        w.setAbgesagtVon(callers.require().username());
        return repository.update(w, FEHLT);
    }

    private static void regel(Runnable pruefung) {
        geprueft(() -> {
            pruefung.run();
            return null;
        });
    }

    private static <T> T geprueft(java.util.function.Supplier<T> pruefung) {
        try {
            return pruefung.get();
        } catch (Wahlfehler f) {
            throw new ValidationFailure(f.feld(), f.getMessage());
        }
    }

    /** Changes the dates and places; only before the count. */
    public Wahlprojekt aendern(Long id, NeueWahl neu) {
        Wahlprojekt w = offen(id);
        repository.em().detach(w);
        uebernehmen(w, neu);
        return repository.update(w, FEHLT);
    }

    private void uebernehmen(Wahlprojekt w, NeueWahl neu) {
        w.setRegulaer(neu.regulaer());
        if (!neu.regulaer() && neu.anlass() == null) {
            throw new ValidationFailure("anlass", "Eine Wahl außerhalb des regelmäßigen Zeitraums braucht ihren Grund "
                    + "nach § 12 Abs. 2 WMVO.");
        }
        w.setAnlass(neu.regulaer() ? null : neu.anlass());
        w.setAnlassBegruendung(blank(neu.anlassBegruendung()));
        w.setWahltag(neu.wahltag());
        w.setAmtszeitEndeAlt(neu.amtszeitEndeAlt());
        w.setWahlvorstandBestellt(neu.wahlvorstandBestellt());
        w.setErlassWahlausschreiben(neu.erlassWahlausschreiben());
        w.setOrtStimmabgabe(blank(neu.ortStimmabgabe()));
        w.setZeitStimmabgabe(blank(neu.zeitStimmabgabe()));
        w.setOrtAuszaehlung(blank(neu.ortAuszaehlung()));
        w.setOrtAushang(blank(neu.ortAushang()));
        w.setAnschriftWahlvorstand(blank(neu.anschriftWahlvorstand()));
        Wahlzeitplan.Plan p = plan(w); // refuses dates breaking a deadline, naming the rule
        // the Wahlvorstand states the seats in the Wahlausschreiben (§ 18): usual headcount as of that day
        LocalDate stichtag = neu.erlassWahlausschreiben() != null ? neu.erlassWahlausschreiben()
                : p.fristen().wahlausschreibenSpaetestens();
        WahlschwellenService.Lage lage = schwellen.lage(w.getEinrichtung().getId(), stichtag);
        int waehler = neu.wahlberechtigte() != null ? neu.wahlberechtigte() : lage.zahlen().regelWahlberechtigte();
        int frauen = neu.wahlberechtigteFrauen() != null ? neu.wahlberechtigteFrauen() : lage.zahlen().regelFrauen();
        Wahlschwellen.Ergebnis s;
        try {
            s = Wahlschwellen.fuer(lage.art(), waehler, frauen);
        } catch (IllegalArgumentException x) {
            throw new ValidationFailure(x.getMessage().contains("Frauen") ? "wahlberechtigteFrauen" : "wahlberechtigte",
                    x.getMessage());
        }
        if (s.werkstattratMitglieder() == 0) {
            throw new ValidationFailure("wahlberechtigte", "Bei " + waehler + " Wahlberechtigten wird keine Vertretung "
                    + "gewählt: erst ab fünf Wahlberechtigten (§ 60 Abs. 2 Nr. 5 SGB IX).");
        }
        w.setWahlberechtigte(waehler);
        w.setWahlberechtigteFrauen(frauen);
        w.setSitze(s.werkstattratMitglieder());
        w.setStellvertreterinnen(s.stellvertreterinnen());
    }

    private Wahlprojekt offen(Long id) {
        Wahlprojekt w = projekt(id);
        if (w.getStatus() == Wahlstatus.ABGESAGT) {
            throw new ValidationFailure("status", "Diese Wahl ist abgesagt und kann nicht mehr geändert werden.");
        }
        if (w.getStatus() != Wahlstatus.VORBEREITUNG) {
            throw new ValidationFailure("status", "Das Ergebnis dieser Wahl ist festgestellt; die Wahl kann nicht mehr "
                    + "geändert werden.");
        }
        return w;
    }

    // ------------------------------------------------------------------ Wahlvorstand

    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Wahlvorstandsmitglied> wahlvorstand(Long projektId) {
        List<Wahlvorstandsmitglied> l = wahlvorstandIntern(projektId);
        for (Wahlvorstandsmitglied m : l) {
            repository.em().detach(m);
            m.setBeschaeftigter(m.getBeschaeftigter() == null ? null : nurName(m.getBeschaeftigter()));
        }
        return l;
    }

    private List<Wahlvorstandsmitglied> wahlvorstandIntern(Long projektId) {
        return repository.em().createQuery("SELECT m FROM Wahlvorstandsmitglied m WHERE m.projekt.id = :p ORDER BY"
                + " m.funktion, m.name", Wahlvorstandsmitglied.class).setParameter("p", projektId).getResultList();
    }

    /**
     * Appoints the Wahlvorstand (replaces the previous list): exactly three members (§ 13 WMVO) of whom one chairs,
     * at least one a woman voter; optional Vertrauensperson and helpers.
     */
    public List<Wahlvorstandsmitglied> wahlvorstandBestellen(Long projektId, List<MitgliedEingabe> mitglieder) {
        Wahlprojekt w = offen(projektId);
        Map<Long, Waehler> liste = waehlerMap(w);
        long stimmberechtigt = mitglieder.stream().filter(m -> m.funktion() == Funktion.VORSITZ
                || m.funktion() == Funktion.MITGLIED).count();
        long vorsitz = mitglieder.stream().filter(m -> m.funktion() == Funktion.VORSITZ).count();
        if (stimmberechtigt != 3) {
            throw new ValidationFailure("wahlvorstand", "Der Wahlvorstand besteht aus drei Mitgliedern, angegeben sind "
                    + stimmberechtigt + " (§ 13 WMVO).");
        }
        if (vorsitz != 1) {
            throw new ValidationFailure("wahlvorstand", "Genau ein Mitglied des Wahlvorstands führt den Vorsitz "
                    + "(§ 13 WMVO).");
        }
        List<Wahlvorstandsmitglied> neu = new ArrayList<>();
        boolean frauWahlberechtigt = false;
        for (MitgliedEingabe m : mitglieder) {
            if (m.funktion() == null) {
                throw new ValidationFailure("wahlvorstand", "Bitte für jedes Mitglied die Funktion angeben.");
            }
            Wahlvorstandsmitglied x = new Wahlvorstandsmitglied();
            x.setProjekt(w);
            x.setFunktion(m.funktion());
            if (m.beschaeftigterId() != null) {
                Beschaeftigter b = repository.find(Beschaeftigter.class, m.beschaeftigterId(),
                        "Die Person wurde nicht gefunden.");
                x.setBeschaeftigter(b);
                x.setName(b.getVorname() + " " + b.getNachname());
                x.setFrau(b.getGeschlecht() == Geschlecht.WEIBLICH);
                Waehler v = liste.get(b.getId());
                if (v != null && v.frau() && m.funktion() != Funktion.HELFER && m.funktion() != Funktion.VERTRAUENSPERSON) {
                    frauWahlberechtigt = true;
                }
            } else {
                x.setName(m.name() == null ? null : m.name().strip());
                x.setFrau(m.frau());
            }
            neu.add(x);
        }
        if (!frauWahlberechtigt) {
            throw new ValidationFailure("wahlvorstand", "Dem Wahlvorstand muss mindestens eine wahlberechtigte Frau "
                    + "angehören (§ 13 WMVO).");
        }
        for (Wahlvorstandsmitglied alt : wahlvorstandIntern(projektId)) {
            repository.delete(Wahlvorstandsmitglied.class, alt.getId(), FEHLT);
        }
        List<Wahlvorstandsmitglied> gespeichert = new ArrayList<>();
        for (Wahlvorstandsmitglied x : neu) {
            gespeichert.add(repository.create(x));
        }
        return gespeichert;
    }

    // ------------------------------------------------------------------ voter list, objections

    /**
     * Voters on election day, alphabetical (§§ 10, 11, 15 WMVO), with eligibility. One query. The council reads the
     * names only, and only while the list is posted (§ 16 WMVO, {@link Waehlerlistenaushang}); otherwise it is refused
     * and {@link #waehlerzahlen} answers with the counts.
     */
    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Waehler> waehlerliste(Long projektId) {
        Wahlprojekt w = projekt(projektId);
        List<Waehler> l = new ArrayList<>(waehlerMap(w).values());
        if (vollstaendigeListe()) {
            return l;
        }
        LocalDate aushang = wahlausschreiben(w);
        boolean abgesagt = w.getStatus() == Wahlstatus.ABGESAGT;
        if (!Waehlerlistenaushang.ausgehaengt(aushang, w.getWahltag(), abgesagt, LocalDate.now(uhr))) {
            throw new de.werkerp.platform.control.AccessDenied(Waehlerlistenaushang.nichtAusgehaengt(aushang,
                    w.getWahltag(), abgesagt));
        }
        return l.stream().map(Waehler::nurName).toList();
    }

    /** The voter list as counts (voters, women voters on election day) and whether and when it is posted. */
    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public Waehlerzahlen waehlerzahlen(Long projektId) {
        Wahlprojekt w = projekt(projektId);
        java.util.Collection<Waehler> l = waehlerMap(w).values();
        LocalDate aushang = wahlausschreiben(w);
        boolean abgesagt = w.getStatus() == Wahlstatus.ABGESAGT;
        return new Waehlerzahlen(l.size(), (int) l.stream().filter(Waehler::frau).count(),
                Waehlerlistenaushang.ausgehaengt(aushang, w.getWahltag(), abgesagt, LocalDate.now(uhr)),
                Waehlerlistenaushang.zeitraum(aushang, w.getWahltag()).text());
    }

    /** Whether the caller reads the whole voter list at any time (all reading roles except the council alone). */
    private boolean vollstaendigeListe() {
        return callers.require().hasAnyRole(Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.MANAGEMENT, Role.AUDITOR);
    }

    /** The day of the Wahlausschreiben in the timeline: issued, or the latest permissible day (§ 18 Abs. 1 WMVO). */
    private LocalDate wahlausschreiben(Wahlprojekt w) {
        return w.getErlassWahlausschreiben() != null ? w.getErlassWahlausschreiben()
                : plan(w).fristen().wahlausschreibenSpaetestens();
    }

    /** The women voters, who elect the Frauenbeauftragte (§ 222 Abs. 5 SGB IX). */
    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Waehler> frauenliste(Long projektId) {
        return waehlerliste(projektId).stream().filter(Waehler::frau).toList();
    }

    private Map<Long, Waehler> waehlerMap(Wahlprojekt w) {
        LocalDate tag = w.getWahltag();
        List<Object[]> rows = repository.em().createQuery("SELECT b.id, b.nachname, b.vorname, b.personalnummer,"
                + " b.geschlecht, v.beginn FROM Vertragsphase p JOIN p.vertrag v JOIN v.beschaeftigter b WHERE"
                + " v.einrichtung.id = :e AND p.bereich = :ab AND p.gueltigAb <= :t AND (p.gueltigBis IS NULL OR"
                + " p.gueltigBis >= :t) AND v.beginn <= :t AND (v.ende IS NULL OR v.ende >= :t)", Object[].class)
                .setParameter("e", w.getEinrichtung().getId()).setParameter("ab", Bereich.AB).setParameter("t", tag)
                .getResultList();
        List<Waehler> l = new ArrayList<>();
        Set<Long> gesehen = new HashSet<>();
        for (Object[] r : rows) {
            if (gesehen.add((Long) r[0])) {
                LocalDate seit = (LocalDate) r[5];
                l.add(new Waehler((Long) r[0], (String) r[1], (String) r[2], (String) r[3], r[4] == Geschlecht.WEIBLICH,
                        seit, Wahlberechtigung.waehlbar(seit, tag)));
            }
        }
        java.text.Collator c = java.text.Collator.getInstance(java.util.Locale.GERMAN);
        l.sort(Comparator.comparing(Waehler::nachname, c).thenComparing(Waehler::vorname, c));
        Map<Long, Waehler> m = new java.util.LinkedHashMap<>();
        l.forEach(x -> m.put(x.personId(), x));
        return m;
    }

    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Wahleinspruch> einsprueche(Long projektId) {
        return repository.em().createQuery("SELECT e FROM Wahleinspruch e WHERE e.projekt.id = :p ORDER BY"
                + " e.eingegangenAm, e.id", Wahleinspruch.class).setParameter("p", projektId).getResultList();
    }

    /** Records an objection to the voter list; it must arrive within the period of § 17 WMVO. Wahlvorstand only. */
    @Allow(Role.ELECTION_BOARD)
    public Wahleinspruch einspruchErfassen(Long projektId, LocalDate eingegangenAm, String wer, String inhalt) {
        Wahlprojekt w = offen(projektId);
        LocalDate bis = plan(w).fristen().einspruchWahlvorschlagBis();
        if (eingegangenAm != null && eingegangenAm.isAfter(bis)) {
            throw new ValidationFailure("eingegangenAm", "Der Einspruch vom " + DATUM.format(eingegangenAm) + " ist "
                    + "verspätet: Einsprüche gegen die Wählerliste nur binnen zwei Wochen nach Erlass des "
                    + "Wahlausschreibens, also bis " + DATUM.format(bis) + " (§ 17 WMVO).");
        }
        Wahleinspruch e = new Wahleinspruch();
        e.setProjekt(w);
        e.setEingegangenAm(eingegangenAm);
        e.setEinspruchsfuehrer(blank(wer));
        e.setInhalt(blank(inhalt));
        return repository.create(e);
    }

    /** The Wahlvorstand decides an objection with a reason (§ 17 WMVO). */
    @Allow(Role.ELECTION_BOARD)
    public Wahleinspruch einspruchEntscheiden(Long einspruchId, Entscheidung entscheidung, String begruendung,
            LocalDate am) {
        Wahleinspruch e = repository.find(Wahleinspruch.class, einspruchId, "Der Einspruch wurde nicht gefunden.");
        offen(e.getProjekt().getId());
        if (entscheidung == null) {
            throw new ValidationFailure("entscheidung", "Bitte entscheiden Sie: stattgegeben oder zurückgewiesen.");
        }
        if (blank(begruendung) == null) {
            throw new ValidationFailure("begruendung", "Bitte begründen Sie die Entscheidung (§ 17 WMVO).");
        }
        repository.em().detach(e);
        e.setEntscheidung(entscheidung);
        e.setBegruendung(begruendung.strip());
        e.setEntschiedenAm(am == null ? LocalDate.now(uhr) : am);
        return repository.update(e, "Der Einspruch wurde nicht gefunden.");
    }

    // ------------------------------------------------------------------ nominations

    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Wahlvorschlag> vorschlaege(Long projektId) {
        return geschuetzt(alleVorschlaege(projektId));
    }

    /**
     * Election data carry the person's name, Personalnummer and gender only: the returned nominations are detached and
     * hold a copy of the person without birth date, bank, insurance, guardian or health data (least privilege for the
     * Wahlvorstand and the council).
     */
    private List<Wahlvorschlag> geschuetzt(List<Wahlvorschlag> l) {
        for (Wahlvorschlag v : l) {
            repository.em().detach(v);
            v.setBeschaeftigter(nurName(v.getBeschaeftigter()));
        }
        return l;
    }

    private static Beschaeftigter nurName(Beschaeftigter b) {
        Beschaeftigter n = new Beschaeftigter(b.getVorname(), b.getNachname(), null, b.getGeschlecht());
        n.setPersonalnummer(b.getPersonalnummer());
        return n;
    }

    private List<Wahlvorschlag> alleVorschlaege(Long projektId) {
        return repository.em().createQuery("SELECT v FROM Wahlvorschlag v WHERE v.projekt.id = :p ORDER BY v.wahl,"
                + " v.beschaeftigter.nachname, v.beschaeftigter.vorname", Wahlvorschlag.class)
                .setParameter("p", projektId).getResultList();
    }

    /**
     * Records a nomination (§ 19 WMVO) after the checks: candidate is a voter and eligible (§ 11 WMVO, § 222 Abs. 3
     * SGB IX; for the Frauenbeauftragte a woman voter), consent in writing, at least three supporters who are voters
     * (women voters for the Frauenbeauftragte), received within two weeks after the Wahlausschreiben (§ 19 WMVO).
     * The Wahlvorstand then admits or rejects it ({@link #vorschlagEntscheiden}). Nominations are handed in to the
     * Wahlvorstand (§ 19 Satz 1 WMVO), so only it records them.
     */
    @Allow(Role.ELECTION_BOARD)
    public Wahlvorschlag vorschlagEinreichen(Long projektId, Wahlart wahl, Long bewerberId, boolean zustimmung,
            List<Long> unterstuetzer, LocalDate eingereichtAm) {
        Wahlprojekt w = offen(projektId);
        if (wahl == null) {
            throw new ValidationFailure("wahl", "Bitte wählen Sie die Wahl (Werkstattrat oder Frauenbeauftragte).");
        }
        if (eingereichtAm == null) {
            throw new ValidationFailure("eingereichtAm", "Bitte geben Sie das Eingangsdatum an.");
        }
        Map<Long, Waehler> liste = waehlerMap(w);
        Beschaeftigter b = repository.find(Beschaeftigter.class, bewerberId, "Die Bewerberin / der Bewerber wurde "
                + "nicht gefunden.");
        String name = b.getVorname() + " " + b.getNachname();
        Waehler v = liste.get(b.getId());
        if (v == null) {
            throw new ValidationFailure("bewerber", name + " ist nicht wählbar: am Wahltag nicht im Arbeitsbereich "
                    + "dieser Werkstatt und damit nicht wahlberechtigt (§ 10, § 11 WMVO, § 222 Abs. 3 SGB IX).");
        }
        if (!v.waehlbar()) {
            throw new ValidationFailure("bewerber", Wahlberechtigung.nichtWaehlbarGrund(name, v.seit(), w.getWahltag()));
        }
        if (wahl == Wahlart.FRAUENBEAUFTRAGTE && !v.frau()) {
            throw new ValidationFailure("bewerber", name + " kann nicht zur Frauenbeauftragten gewählt werden: nur "
                    + "wahlberechtigte Frauen (§ 222 Abs. 5 SGB IX).");
        }
        if (!zustimmung) {
            throw new ValidationFailure("zustimmung", "Die schriftliche Zustimmung der Bewerberin / des Bewerbers zur "
                    + "Aufnahme in den Wahlvorschlag fehlt (§ 19 WMVO).");
        }
        Set<Long> stuetzen = new LinkedHashSet<>(unterstuetzer == null ? List.of() : unterstuetzer);
        List<String> keine = new ArrayList<>();
        int gueltig = 0;
        for (Long id : stuetzen) {
            Waehler s = liste.get(id);
            if (s == null || (wahl == Wahlart.FRAUENBEAUFTRAGTE && !s.frau())) {
                keine.add(String.valueOf(id));
            } else {
                gueltig++;
            }
        }
        if (!keine.isEmpty()) {
            throw new ValidationFailure("unterstuetzer", "Unterstützen können nur "
                    + (wahl == Wahlart.FRAUENBEAUFTRAGTE ? "wahlberechtigte Frauen" : "Wahlberechtigte")
                    + "; nicht in der Wählerliste: " + String.join(", ", keine) + " (§ 19 WMVO).");
        }
        if (gueltig < 3) {
            throw new ValidationFailure("unterstuetzer", "Der Wahlvorschlag hat " + gueltig + " Unterstützer; nötig sind "
                    + "mindestens drei Wahlberechtigte (§ 19 WMVO).");
        }
        LocalDate bis = plan(w).fristen().einspruchWahlvorschlagBis();
        if (eingereichtAm.isAfter(bis)) {
            throw new ValidationFailure("eingereichtAm", "Der Wahlvorschlag vom " + DATUM.format(eingereichtAm) + " ist "
                    + "verspätet: Wahlvorschläge nur binnen zwei Wochen nach Erlass des Wahlausschreibens, also bis "
                    + DATUM.format(bis) + " (§ 19 WMVO).");
        }
        boolean doppelt = alleVorschlaege(projektId).stream().anyMatch(x -> x.getWahl() == wahl
                && x.getBeschaeftigter().getId().equals(bewerberId));
        if (doppelt) {
            throw new ValidationFailure("bewerber", name + " ist für diese Wahl bereits vorgeschlagen.");
        }
        Wahlvorschlag x = new Wahlvorschlag();
        x.setProjekt(w);
        x.setWahl(wahl);
        x.setBeschaeftigter(b);
        x.setZustimmung(true);
        x.setEingereichtAm(eingereichtAm);
        x.setUnterstuetzer(stuetzen.stream().map(String::valueOf).collect(Collectors.joining(",")));
        x.setStatus(Vorschlagsstatus.EINGEREICHT);
        return repository.create(x);
    }

    /** The Wahlvorstand admits a nomination or rejects it with a reason (§ 19 Satz 4 WMVO); nobody else. */
    @Allow(Role.ELECTION_BOARD)
    public Wahlvorschlag vorschlagEntscheiden(Long vorschlagId, boolean zulassen, String grund) {
        Wahlvorschlag x = repository.find(Wahlvorschlag.class, vorschlagId, VORSCHLAG_FEHLT);
        offen(x.getProjekt().getId());
        if (!zulassen && blank(grund) == null) {
            throw new ValidationFailure("grund", "Bitte geben Sie den Grund für die Zurückweisung an (§ 19 WMVO).");
        }
        repository.em().detach(x);
        x.setStatus(zulassen ? Vorschlagsstatus.ZUGELASSEN : Vorschlagsstatus.ZURUECKGEWIESEN);
        x.setGrund(zulassen ? null : grund.strip());
        return repository.update(x, VORSCHLAG_FEHLT);
    }

    /**
     * Stores the candidate's photo for the ballot and the candidate notice: JPEG or PNG, at most 2 MB, re-encoded
     * without its metadata ({@link BildOhneMetadaten}). Part of the nomination the Wahlvorstand announces (§ 20 WMVO).
     */
    @Allow(Role.ELECTION_BOARD)
    public void fotoSpeichern(Long vorschlagId, byte[] inhalt) {
        Wahlvorschlag x = repository.find(Wahlvorschlag.class, vorschlagId, VORSCHLAG_FEHLT);
        offen(x.getProjekt().getId());
        if (inhalt == null || inhalt.length == 0) {
            throw new ValidationFailure("foto", "Bitte wählen Sie ein Foto aus.");
        }
        if (inhalt.length > FOTO_MAX_BYTES) {
            throw new ValidationFailure("foto", "Das Foto ist größer als 2 MB.");
        }
        String typ = bildtyp(inhalt);
        if (typ == null) {
            throw new ValidationFailure("foto", "Das Foto muss eine JPEG- oder PNG-Datei sein.");
        }
        byte[] bereinigt;
        try {
            // re-encoded: EXIF data (GPS position, camera, time) of the original is not stored
            bereinigt = BildOhneMetadaten.neuKodiert(inhalt, typ);
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure("foto", "Das Foto kann nicht gelesen werden; bitte eine andere JPEG- oder "
                    + "PNG-Datei wählen.");
        }
        List<Wahlfoto> alt = repository.em().createQuery("SELECT f FROM Wahlfoto f WHERE f.vorschlag.id = :v",
                Wahlfoto.class).setParameter("v", vorschlagId).getResultList();
        for (Wahlfoto f : alt) {
            repository.delete(Wahlfoto.class, f.getId(), VORSCHLAG_FEHLT);
        }
        Wahlfoto f = new Wahlfoto();
        f.setVorschlag(x);
        f.setInhalt(bereinigt);
        f.setTyp(typ);
        repository.create(f);
    }

    /** The photos of a project's nominations by nomination id (one query). */
    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public Map<Long, byte[]> fotos(Long projektId) {
        Map<Long, byte[]> m = new HashMap<>();
        for (Object[] r : repository.em().createQuery("SELECT f.vorschlag.id, f.inhalt FROM Wahlfoto f WHERE"
                + " f.vorschlag.projekt.id = :p", Object[].class).setParameter("p", projektId).getResultList()) {
            m.put((Long) r[0], (byte[]) r[1]);
        }
        return m;
    }

    static String bildtyp(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (b.length > png.length && Arrays.equals(Arrays.copyOf(b, png.length), png)) {
            return "image/png";
        }
        return null;
    }

    // ------------------------------------------------------------------ count and result

    /**
     * Records the count and determines the result of both elections with a random draw (SecureRandom) for ties, or
     * the manual draw given in {@code a.losReihenfolge()}; the draw is recorded with who ran it. The Wahlvorstand counts
     * and determines the result (§ 23 WMVO); the tenant admin may not.
     */
    @Allow(Role.ELECTION_BOARD)
    public Ergebnis auszaehlen(Long projektId, Auszaehlung a) {
        return auszaehlen(projektId, a, a.losReihenfolge() == null || a.losReihenfolge().isEmpty()
                ? Sitzverteilung.Los.zufaellig() : Sitzverteilung.Los.festgelegt(a.losReihenfolge()));
    }

    Ergebnis auszaehlen(Long projektId, Auszaehlung a, Sitzverteilung.Los los) {
        Wahlprojekt w = offen(projektId);
        if (a.stimmzettel() == null) {
            throw new ValidationFailure("stimmzettel", "Bitte geben Sie die Zahl der abgegebenen Stimmzettel an.");
        }
        int ungueltig = a.ungueltig() == null ? 0 : a.ungueltig();
        int waehler = waehlerMap(w).size();
        if (a.stimmzettel() > waehler) {
            throw new ValidationFailure("stimmzettel", "Es wurden mehr Stimmzettel (" + a.stimmzettel() + ") gezählt, "
                    + "als Wahlberechtigte in der Wählerliste stehen (" + waehler + ").");
        }
        List<Wahlvorschlag> alle = alleVorschlaege(projektId);
        List<Wahlvorschlag> zugelassen = alle.stream().filter(v -> v.getStatus() == Vorschlagsstatus.ZUGELASSEN)
                .toList();
        for (Long id : a.stimmen().keySet()) {
            if (zugelassen.stream().noneMatch(v -> v.getId().equals(id))) {
                throw new ValidationFailure("stimmen", "Stimmen können nur für zugelassene Wahlvorschläge erfasst "
                        + "werden.");
            }
        }
        String wer = callers.require().username();
        List<String> protokoll = new ArrayList<>();
        Sitzverteilung.Ergebnis rat = verteile(zugelassen, Wahlart.WERKSTATTRAT, w.getSitze(), a.stimmzettel(),
                ungueltig, a.stimmen(), los, "");
        rat.lose().forEach(l -> protokoll.add("Werkstattrat: " + l.text()));
        Sitzverteilung.Ergebnis frauen = null;
        boolean mitFrauen = zugelassen.stream().anyMatch(v -> v.getWahl() == Wahlart.FRAUENBEAUFTRAGTE);
        if (mitFrauen) {
            if (a.stimmzettelFrauen() == null) {
                throw new ValidationFailure("stimmzettelFrauen", "Bitte geben Sie die Zahl der Stimmzettel der Wahl "
                        + "der Frauenbeauftragten an.");
            }
            if (a.stimmzettelFrauen() > w.getWahlberechtigteFrauen()) {
                throw new ValidationFailure("stimmzettelFrauen", "Es wurden mehr Stimmzettel (" + a.stimmzettelFrauen()
                        + ") gezählt, als es wahlberechtigte Frauen gibt (" + w.getWahlberechtigteFrauen()
                        + "; § 222 Abs. 5 SGB IX: nur Frauen wählen die Frauenbeauftragte).");
            }
            frauen = verteile(zugelassen, Wahlart.FRAUENBEAUFTRAGTE, 1 + w.getStellvertreterinnen(),
                    a.stimmzettelFrauen(), a.ungueltigFrauen() == null ? 0 : a.ungueltigFrauen(), a.stimmen(), los,
                    "Frauen");
            frauen.lose().forEach(l -> protokoll.add("Frauenbeauftragte: " + l.text()));
        }
        LocalDate heute = w.getWahltag();
        speichereRangfolge(zugelassen, Wahlart.WERKSTATTRAT, rat, a.stimmen(), heute);
        if (frauen != null) {
            speichereRangfolge(zugelassen, Wahlart.FRAUENBEAUFTRAGTE, frauen, a.stimmen(), heute);
        }
        Wahlzeitplan.Plan p = plan(w);
        w = projekt(projektId);
        repository.em().detach(w);
        w.setStimmzettel(a.stimmzettel());
        w.setUngueltig(ungueltig);
        w.setStimmzettelFrauen(a.stimmzettelFrauen());
        w.setUngueltigFrauen(a.ungueltigFrauen());
        String art = a.losReihenfolge() == null || a.losReihenfolge().isEmpty() ? "Zufallslos (SecureRandom)"
                : "manuell gezogenes Los";
        w.setLosprotokoll(protokoll.isEmpty() ? null : protokoll.stream().map(s -> s + " " + art + ", durchgeführt von "
                + wer + ".").collect(Collectors.joining("\n")));
        w.setStatus(Wahlstatus.AUSGEZAEHLT);
        w.setErgebnisFestgestelltAm(heute);
        w.setErgebnisFestgestelltVon(wer);
        w.setAmtszeitBeginn(p.amtszeitBeginn());
        w.setAmtszeitEnde(p.amtszeitEnde());
        repository.update(w, FEHLT);
        return ergebnis(projektId);
    }

    private Sitzverteilung.Ergebnis verteile(List<Wahlvorschlag> zugelassen, Wahlart wahl, int sitze,
            int stimmzettel, int ungueltig, Map<Long, Integer> stimmen, Sitzverteilung.Los los, String suffix) {
        List<Sitzverteilung.Kandidat> k = zugelassen.stream().filter(v -> v.getWahl() == wahl)
                .map(v -> new Sitzverteilung.Kandidat(v.getId(), name(v), v.getBeschaeftigter()
                        .getGeschlecht() == Geschlecht.WEIBLICH, stimmen.getOrDefault(v.getId(), 0))).toList();
        try {
            return Sitzverteilung.verteile(k, sitze, stimmzettel, ungueltig, los);
        } catch (Wahlfehler f) {
            throw new ValidationFailure(suffix.isEmpty() ? f.feld() : f.feld() + suffix, f.getMessage());
        }
    }

    private void speichereRangfolge(List<Wahlvorschlag> zugelassen, Wahlart wahl, Sitzverteilung.Ergebnis e,
            Map<Long, Integer> stimmen, LocalDate benachrichtigt) {
        Sitzverteilung.Besetzung b = Sitzverteilung.besetzung(e, Set.of());
        for (Wahlvorschlag v : zugelassen) {
            if (v.getWahl() != wahl) {
                continue;
            }
            Wahlvorschlag x = repository.find(Wahlvorschlag.class, v.getId(), VORSCHLAG_FEHLT);
            repository.em().detach(x);
            x.setStimmen(stimmen.getOrDefault(v.getId(), 0));
            int rang = -1;
            for (int i = 0; i < e.reihenfolge().size(); i++) {
                if (e.reihenfolge().get(i).id() == v.getId()) {
                    rang = i + 1;
                }
            }
            x.setRang(rang < 0 ? null : rang);
            boolean gewaehlt = b.gewaehlt().stream().anyMatch(k -> k.id() == v.getId());
            boolean ersatz = b.ersatz().stream().anyMatch(k -> k.id() == v.getId());
            x.setErgebnis(gewaehlt ? Wahlausgang.GEWAEHLT : ersatz ? Wahlausgang.ERSATZ : Wahlausgang.NICHT_GEWAEHLT);
            x.setAnnahme(gewaehlt ? Annahme.OFFEN : null);
            x.setBenachrichtigtAm(gewaehlt ? benachrichtigt : null);
            repository.update(x, VORSCHLAG_FEHLT);
        }
    }

    /**
     * The elected person accepts or declines (§ 24 WMVO). On declining, the next candidate in order moves up and is
     * notified on {@code am}. Recorded by the Wahlvorstand, which notifies the elected (§ 24 WMVO).
     */
    @Allow(Role.ELECTION_BOARD)
    public Ergebnis annahmeErklaeren(Long vorschlagId, boolean angenommen, LocalDate am) {
        Wahlvorschlag x = repository.find(Wahlvorschlag.class, vorschlagId, VORSCHLAG_FEHLT);
        Wahlprojekt w = x.getProjekt();
        if (w.getStatus() != Wahlstatus.AUSGEZAEHLT || x.getErgebnis() != Wahlausgang.GEWAEHLT) {
            throw new ValidationFailure("annahme", "Annehmen oder ablehnen kann nur, wer gewählt ist.");
        }
        if (x.getAnnahme() != Annahme.OFFEN) {
            throw new ValidationFailure("annahme", name(x) + " hat sich bereits erklärt.");
        }
        LocalDate tag = am == null ? LocalDate.now(uhr) : am;
        repository.em().detach(x);
        x.setAnnahme(angenommen ? Annahme.ANGENOMMEN : Annahme.ABGELEHNT);
        repository.update(x, VORSCHLAG_FEHLT);
        if (!angenommen) {
            List<Wahlvorschlag> gleiche = alleVorschlaege(w.getId()).stream().filter(v -> v.getWahl() == x.getWahl()
                    && v.getRang() != null).sorted(Comparator.comparing(Wahlvorschlag::getRang)).toList();
            int sitze = x.getWahl() == Wahlart.WERKSTATTRAT ? w.getSitze() : 1 + w.getStellvertreterinnen();
            Sitzverteilung.Ergebnis e = new Sitzverteilung.Ergebnis(gleiche.stream().map(v -> new Sitzverteilung
                    .Kandidat(v.getId(), name(v), false, v.getStimmen())).toList(), sitze, 0, 0, List.of());
            Set<Long> abgelehnt = gleiche.stream().filter(v -> v.getAnnahme() == Annahme.ABGELEHNT)
                    .map(Wahlvorschlag::getId).collect(Collectors.toSet());
            Sitzverteilung.Besetzung b = Sitzverteilung.besetzung(e, abgelehnt);
            for (Sitzverteilung.Kandidat k : b.gewaehlt()) {
                Wahlvorschlag v = repository.find(Wahlvorschlag.class, k.id(), VORSCHLAG_FEHLT);
                if (v.getErgebnis() != Wahlausgang.GEWAEHLT) {
                    repository.em().detach(v);
                    v.setErgebnis(Wahlausgang.GEWAEHLT);
                    v.setAnnahme(Annahme.OFFEN);
                    v.setBenachrichtigtAm(tag);
                    repository.update(v, VORSCHLAG_FEHLT);
                }
            }
            for (Sitzverteilung.Kandidat k : b.ersatz()) {
                Wahlvorschlag v = repository.find(Wahlvorschlag.class, k.id(), VORSCHLAG_FEHLT);
                if (v.getErgebnis() != Wahlausgang.ERSATZ) {
                    repository.em().detach(v);
                    v.setErgebnis(Wahlausgang.ERSATZ);
                    repository.update(v, VORSCHLAG_FEHLT);
                }
            }
        }
        return ergebnis(w.getId());
    }

    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public Ergebnis ergebnis(Long projektId) {
        Wahlprojekt w = projekt(projektId);
        List<Wahlvorschlag> alle = geschuetzt(alleVorschlaege(projektId));
        Besetzung rat = besetzung(alle, Wahlart.WERKSTATTRAT, w.getSitze());
        Besetzung frauen = besetzung(alle, Wahlart.FRAUENBEAUFTRAGTE, 1 + w.getStellvertreterinnen());
        long frauenGewaehlt = rat.gewaehlt().stream().filter(v -> v.getBeschaeftigter().getGeschlecht()
                == Geschlecht.WEIBLICH).count();
        LocalDate annahmeBis = w.getErgebnisFestgestelltAm() == null ? null
                : Sitzverteilung.annahmeBis(w.getErgebnisFestgestelltAm(), feiertage(w));
        return new Ergebnis(w, rat, frauen, Sitzverteilung.zielFrauen(w.getSitze(), w.getWahlberechtigte(),
                w.getWahlberechtigteFrauen()), frauenGewaehlt, annahmeBis,
                Wahlzeitplan.naechsteRegelwahl(w.getAmtszeitEnde() != null ? w.getAmtszeitEnde().minusMonths(2)
                        : w.getWahltag().plusDays(1)),
                w.getLosprotokoll() == null ? List.of() : List.of(w.getLosprotokoll().split("\n")));
    }

    private static Besetzung besetzung(List<Wahlvorschlag> alle, Wahlart wahl, int sitze) {
        List<Wahlvorschlag> l = alle.stream().filter(v -> v.getWahl() == wahl && v.getRang() != null)
                .sorted(Comparator.comparing(Wahlvorschlag::getRang)).toList();
        return new Besetzung(wahl, sitze, l.stream().filter(v -> v.getErgebnis() == Wahlausgang.GEWAEHLT
                && v.getAnnahme() != Annahme.ABGELEHNT).toList(),
                l.stream().filter(v -> v.getErgebnis() == Wahlausgang.ERSATZ).toList(),
                l.stream().filter(v -> v.getAnnahme() == Annahme.ABGELEHNT).toList());
    }

    static String name(Wahlvorschlag v) {
        return v.getBeschaeftigter().getNachname() + ", " + v.getBeschaeftigter().getVorname();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** For the demo and the tests: the usual headcount figures used when the project was created. */
    @Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
    public Wahlschwellen.Ergebnis schwellen(Long projektId) {
        Wahlprojekt w = projekt(projektId);
        return Wahlschwellen.fuer(WahlschwellenService.art(w.getEinrichtung()), w.getWahlberechtigte(),
                w.getWahlberechtigteFrauen());
    }
}
