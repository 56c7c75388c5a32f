package de.werkerp.wage.boundary;

import de.werkerp.audit.entity.AuditAction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.metrics.annotation.Timed;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.Massenzeilen;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.Teilliste;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.social.control.BeitraegeJson;
import de.werkerp.social.control.Beitraege;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Abrechnungsauswahl;
import de.werkerp.wage.control.Entgeltabrechnung;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.control.Lauflease;
import de.werkerp.wage.control.Laufmonitor;
import de.werkerp.wage.control.Laufpuls;
import de.werkerp.wage.control.Lohnposten;
import de.werkerp.wage.control.Monatsberechnung;
import de.werkerp.wage.control.Monatsfolge;
import de.werkerp.wage.control.RechenzeilenJson;
import de.werkerp.wage.control.Rueckrechnung;
import de.werkerp.wage.entity.Abrechnung;
import de.werkerp.wage.entity.AbrechnungKorrektur;
import de.werkerp.wage.entity.Entgelteinstellung;
import de.werkerp.wage.entity.Entgeltlauf;
import de.werkerp.wage.entity.Laufstatus;
import de.werkerp.wage.entity.RueckrechnungVormerkung;

/**
 * The monthly Entgelt run of an Einrichtung: prepare, compute (in the background with progress, or directly),
 * review, release by a second person, then closed. Computing replaces the results of the run in one transaction,
 * so a failure leaves the previous state untouched; computing again with the same inputs gives the same result.
 * Changed inputs of closed months are settled as corrections (Rückrechnung) in the run of the next open month.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL})
public class EntgeltlaufService {

    static final String FEHLT = "Der Entgeltlauf wurde nicht gefunden.";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            EntgeltlaufService.class.getName());
    private static final Monatsfolge.Begriffe BEGRIFFE = new Monatsfolge.Begriffe("Entgeltlauf", "Entgeltläufe");
    private static final Role[] LESEN = {Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR};

    @Inject
    TenantRepository repository;

    @Inject
    Monatsberechnung monatsberechnung;

    @Inject
    Massenzeilen massenzeilen;

    @Inject
    Laufmonitor monitor;

    @Inject
    Laufpuls puls;

    @Inject
    java.time.Clock uhr;

    private static final Lauflease LEASE = Lauflease.aus(System.getenv());

    @Inject
    de.werkerp.wage.control.Referenzdatenaenderung referenzdaten;

    @Inject
    CallerContext callers;

    @Inject
    EntgeltStammdatenService stammdaten;

    @EJB
    EntgeltlaufHintergrund hintergrund;

    @Resource
    SessionContext context;

    // ------------------------------------------------------------------ reading

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Entgeltlauf> laeufe(Long einrichtungId) {
        return em().createQuery("SELECT l FROM Entgeltlauf l WHERE l.einrichtung.id = :e ORDER BY l.monat DESC",
                Entgeltlauf.class).setParameter("e", einrichtungId).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Optional<Entgeltlauf> lauf(Long einrichtungId, YearMonth monat) {
        return em().createQuery("SELECT l FROM Entgeltlauf l WHERE l.einrichtung.id = :e AND l.monat = :m",
                Entgeltlauf.class).setParameter("e", einrichtungId).setParameter("m", monat).getResultStream()
                .findFirst();
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Entgeltlauf lauf(Long laufId) {
        return repository.find(Entgeltlauf.class, laufId, FEHLT);
    }

    /**
     * Progress of a run being computed, if it is: this node's own computation from memory, another node's from the
     * database (written every second with the lease, {@link Laufpuls}); empty when the run is not running or its
     * lease lapsed (its node died).
     */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Optional<Laufmonitor.Fortschritt> fortschritt(Long laufId) {
        Entgeltlauf lauf = lauf(laufId);
        Optional<Laufmonitor.Fortschritt> hier = monitor.fortschritt(laufId);
        if (hier.isPresent() || lauf.getStatus() != Laufstatus.LAEUFT
                || Lauflease.abgelaufen(lauf.getLeaseBisMs(), Instant.now(uhr))) {
            return hier;
        }
        return Optional.of(new Laufmonitor.Fortschritt(lauf.getFortschritt(), lauf.getGesamt()));
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Abrechnung> abrechnungen(Long laufId) {
        lauf(laufId);
        return em().createQuery("SELECT a FROM Abrechnung a WHERE a.lauf.id = :l ORDER BY a.name, a.id",
                Abrechnung.class).setParameter("l", laufId).getResultList();
    }

    /** One page of {@link #abrechnungen(Long)} (same order), paged and counted in the database. */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public de.werkerp.platform.control.Teilliste<Abrechnung> abrechnungen(Long laufId, int offset, int limit) {
        lauf(laufId);
        long gesamt = em().createQuery("SELECT COUNT(a) FROM Abrechnung a WHERE a.lauf.id = :l", Long.class)
                .setParameter("l", laufId).getSingleResult();
        List<Abrechnung> seite = gesamt == 0 || limit == 0 ? List.of() : em().createQuery(
                "SELECT a FROM Abrechnung a WHERE a.lauf.id = :l ORDER BY a.name, a.id", Abrechnung.class)
                .setParameter("l", laufId).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new de.werkerp.platform.control.Teilliste<>(seite, gesamt);
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Abrechnung abrechnung(Long abrechnungId) {
        Abrechnung a = abrechnungId == null ? null : em().find(Abrechnung.class, abrechnungId);
        if (a == null) {
            throw new de.werkerp.platform.control.NotFound("Die Entgeltabrechnung wurde nicht gefunden.");
        }
        return a;
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<AbrechnungKorrektur> korrekturen(Long laufId) {
        lauf(laufId);
        return em().createQuery("SELECT k FROM AbrechnungKorrektur k WHERE k.lauf.id = :l ORDER BY"
                + " k.beschaeftigterId, k.korrigierterMonat", AbrechnungKorrektur.class).setParameter("l", laufId)
                .getResultList();
    }

    /** The statement of the same person in the released run of the previous month, by person id (for the diff). */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Map<Long, Abrechnung> vormonat(Long laufId) {
        Entgeltlauf lauf = lauf(laufId);
        return em().createQuery("SELECT a FROM Abrechnung a WHERE a.lauf.einrichtung = :e AND a.lauf.monat = :m",
                Abrechnung.class).setParameter("e", lauf.getEinrichtung())
                .setParameter("m", lauf.getMonat().minusMonths(1)).getResultStream()
                .collect(Collectors.toMap(Abrechnung::getBeschaeftigterId, a -> a, (a, b) -> a));
    }

    /**
     * The head of a statement (who, totals, notes) without its lines and contributions: what the run page lists. Read
     * as a projection: the statement lines (MEDIUMTEXT) of 15,000 people would be tens of megabytes for a table of 50
     * rows a page.
     */
    public record Abrechnungskopf(Long id, Long beschaeftigterId, String name, String personalnummer, String bereich,
            String gruppe, BigDecimal grundbetrag, BigDecimal steigerungsbetrag, BigDecimal arbeitsentgelt,
            BigDecimal arbeitsfoerderungsgeld, BigDecimal sonstigeBezuege, BigDecimal abzuege, BigDecimal auszahlung,
            String hinweise, boolean anwesenheitFehlt) implements java.io.Serializable {
    }

    /** A statement head of the run page with the previous month's payout of the same person (null: none). */
    public record Abrechnungszeile(Abrechnungskopf kopf, BigDecimal vormonat) implements java.io.Serializable {
    }

    /**
     * One page of the statement heads of a run, filtered, sorted, counted and paged in the database
     * ({@link Abrechnungsauswahl}), each with the previous month's payout of the same Einrichtung (as
     * {@link #vormonat}): the run page of 15,000 people reads 50 rows, not 15,000.
     */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Teilliste<Abrechnungszeile> abrechnungsseite(Long laufId, Abrechnungsauswahl auswahl, int offset,
            int limit) {
        Entgeltlauf lauf = lauf(laufId);
        List<Long> vorlaeufe = vorlaeufe(lauf);
        boolean mitVormonat = !vorlaeufe.isEmpty();
        String where = " FROM Abrechnung a WHERE a.lauf.id = :lauf" + auswahl.bedingungen(mitVormonat);
        var count = em().createQuery("SELECT COUNT(a)" + where, Long.class);
        var page = em().createQuery("SELECT a.id, a.beschaeftigterId, a.name, a.personalnummer, a.bereich, a.gruppe,"
                + " a.grundbetrag, a.steigerungsbetrag, a.arbeitsentgelt, a.arbeitsfoerderungsgeld, a.sonstigeBezuege,"
                + " a.abzuege, a.auszahlung, a.hinweise, a.anwesenheitFehlt" + where + " ORDER BY "
                + auswahl.ordnung(), Object[].class);
        for (var q : List.of(count, page)) {
            q.setParameter("lauf", laufId);
            auswahl.parameter().forEach(q::setParameter);
            if (auswahl.brauchtVorlaeufe(mitVormonat)) {
                q.setParameter("vorlaeufe", vorlaeufe);
            }
        }
        long gesamt = count.getSingleResult();
        if (gesamt == 0 || limit <= 0) {
            return new Teilliste<>(List.of(), gesamt);
        }
        List<Abrechnungskopf> koepfe = page.setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultStream()
                .map(EntgeltlaufService::kopf).toList();
        Map<Long, BigDecimal> vormonat = new HashMap<>();
        if (mitVormonat && !koepfe.isEmpty()) {
            em().createQuery("SELECT v.beschaeftigterId, v.auszahlung FROM Abrechnung v WHERE v.lauf.id IN :vorlaeufe"
                    + " AND v.beschaeftigterId IN :personen ORDER BY v.lauf.id", Object[].class)
                    .setParameter("vorlaeufe", vorlaeufe)
                    .setParameter("personen", koepfe.stream().map(Abrechnungskopf::beschaeftigterId).toList())
                    .getResultStream().forEach(r -> vormonat.putIfAbsent((Long) r[0], (BigDecimal) r[1]));
        }
        return new Teilliste<>(koepfe.stream().map(k -> new Abrechnungszeile(k, vormonat.get(k.beschaeftigterId())))
                .toList(), gesamt);
    }

    /** The statement heads of a run of the given people, by person (for the names of the corrections). */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Map<Long, Abrechnungskopf> abrechnungskoepfe(Long laufId, List<Long> personen) {
        lauf(laufId);
        Map<Long, Abrechnungskopf> result = new HashMap<>();
        for (int von = 0; von < personen.size(); von += 1000) {
            em().createQuery("SELECT a.id, a.beschaeftigterId, a.name, a.personalnummer, a.bereich, a.gruppe,"
                    + " a.grundbetrag, a.steigerungsbetrag, a.arbeitsentgelt, a.arbeitsfoerderungsgeld,"
                    + " a.sonstigeBezuege, a.abzuege, a.auszahlung, a.hinweise, a.anwesenheitFehlt FROM Abrechnung a"
                    + " WHERE a.lauf.id = :l AND a.beschaeftigterId IN :p", Object[].class).setParameter("l", laufId)
                    .setParameter("p", personen.subList(von, Math.min(personen.size(), von + 1000)))
                    .getResultStream().map(EntgeltlaufService::kopf).forEach(k -> result.put(k.beschaeftigterId(), k));
        }
        return result;
    }

    private static Abrechnungskopf kopf(Object[] r) {
        return new Abrechnungskopf((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8], (BigDecimal) r[9],
                (BigDecimal) r[10], (BigDecimal) r[11], (BigDecimal) r[12], (String) r[13], (Boolean) r[14]);
    }

    /** How many statements of a run have a payout other than the previous month's (or none then). */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public long anzahlVeraendert(Long laufId) {
        Abrechnungsauswahl unveraendert = new Abrechnungsauswahl(null, null, null, null, null,
                Abrechnungsauswahl.Veraenderung.UNVERAENDERT, null, false);
        long alle = abrechnungsseite(laufId, Abrechnungsauswahl.alle(), 0, 0).gesamt();
        return alle - abrechnungsseite(laufId, unveraendert, 0, 0).gesamt();
    }

    /** The runs of the previous month of the run's Einrichtung (the comparison of the run page). */
    private List<Long> vorlaeufe(Entgeltlauf lauf) {
        return em().createQuery("SELECT l.id FROM Entgeltlauf l WHERE l.einrichtung = :e AND l.monat = :m ORDER BY l.id",
                Long.class).setParameter("e", lauf.getEinrichtung()).setParameter("m", lauf.getMonat().minusMonths(1))
                .getResultList();
    }

    /** The kernel view of a stored statement (lines and totals). */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Entgeltabrechnung kernsicht(Long abrechnungId) {
        Abrechnung a = abrechnung(abrechnungId);
        return Entgeltabrechnung.aus(a.getLauf().getMonat(), de.werkerp.wage.control.Bereich.von(a.getBereich()),
                RechenzeilenJson.zeilen(a.getZeilen()), RechenzeilenJson.texte(a.getHinweise()));
    }

    // ------------------------------------------------------------------ computing

    /**
     * Starts the computation in the background and returns the run's id at once; the progress is in
     * {@link #fortschritt}, the result in the run's state.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Long starten(Long einrichtungId, YearMonth monat) {
        Long laufId = vorbereitenEinmal(einrichtungId, monat);
        hintergrund.berechne(callers.require(), laufId);
        return laufId;
    }

    /**
     * {@link #vorbereiten}, with the loser of two simultaneous starts of the same month told so in German. The
     * database lets one of them win: two new runs collide on the unique key (uq_lauf: one run per Einrichtung and
     * month), two takeovers of an existing run on its version (or, between Galera nodes, in the certification of
     * the later commit).
     */
    private Long vorbereitenEinmal(Long einrichtungId, YearMonth monat) {
        try {
            Long laufId = self().vorbereiten(einrichtungId, monat);
            // only after the commit: a start that lost at its commit leaves no local "running" mark behind
            monitor.beginne(laufId, 0);
            return laufId;
        } catch (jakarta.ejb.EJBException e) {
            if (de.werkerp.platform.control.Gleichzeitig.erkannt(e)) {
                throw new ValidationFailure("monat", "Der Entgeltlauf für " + Format.monat(monat) + " wurde soeben "
                        + "von einer anderen Anfrage gestartet und wird gerade berechnet. Bitte warten und die Seite "
                        + "neu laden.");
            }
            throw e;
        }
    }

    /** Computes the month directly (REST, tests, benchmark) and returns the run. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Entgeltlauf berechnenUndWarten(Long einrichtungId, YearMonth monat) {
        Long laufId = vorbereitenEinmal(einrichtungId, monat);
        try {
            return self().berechnen(laufId);
        } catch (RuntimeException e) {
            self().fehlschlag(laufId, Hintergrundfehler.meldung(e));
            throw e;
        } finally {
            monitor.beende(laufId);
        }
    }

    /** Checks that the month may be computed and marks the run as running (own transaction). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long vorbereiten(Long einrichtungId, YearMonth monat) {
        if (monat == null) {
            throw new ValidationFailure("monat", "Bitte den Monat wählen.");
        }
        Einrichtung einrichtung = repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden.");
        Entgelteinstellung einstellung = stammdaten.einstellung(einrichtungId);
        if (einstellung.isNew() || einstellung.getBundesland() == null) {
            // refused before a run is stored: nothing to compute without the Land of the public holidays
            throw new ValidationFailure("einstellungen", "Für die Einrichtung „" + einrichtung.getName() + "“ sind "
                    + "keine Entgelt-Einstellungen gespeichert: es fehlt das Bundesland (für die Feiertage). Bitte unter "
                    + "Entgelt → Einstellungen speichern; es wurde nichts berechnet.");
        }
        // changes of the shared Grundbetrag/Rechengrößen since the tenant's last run mark its closed months
        referenzdaten.uebernehmen();
        List<Entgeltlauf> alle = laeufe(einrichtungId);
        Monatsfolge.pruefeBerechnung(BEGRIFFE, alle.stream().map(l -> new Monatsfolge.Lauf(l.getMonat(), l.getStatus(),
                l.getFreigegebenVon())).toList(), monat);
        Entgeltlauf lauf = alle.stream().filter(l -> l.getMonat().equals(monat)).findFirst().orElse(null);
        Instant jetzt = Instant.now(uhr);
        if (lauf != null && lauf.getStatus() == Laufstatus.LAEUFT
                && (monitor.fortschritt(lauf.getId()).isPresent() || !Lauflease.abgelaufen(lauf.getLeaseBisMs(), jetzt))) {
            throw new ValidationFailure("monat", "Der Entgeltlauf für " + Format.monat(monat) + " wird gerade "
                    + "berechnet.");
        }
        if (lauf == null) {
            lauf = new Entgeltlauf();
            lauf.setEinrichtung(einrichtung);
            lauf.setMonat(monat);
            lauf.setSummeAuszahlung(BigDecimal.ZERO);
            lauf.setStatus(Laufstatus.LAEUFT);
            lauf.setLeaseBisMs(LEASE.bis(jetzt));
            lauf.setLeaseKnoten(Laufpuls.knoten());
            repository.create(lauf);
        } else {
            lauf.setStatus(Laufstatus.LAEUFT);
            lauf.setMeldung(null);
            lauf.setFortschritt(0);
            lauf.setGesamt(0);
            lauf.setLeaseBisMs(LEASE.bis(jetzt));
            lauf.setLeaseKnoten(Laufpuls.knoten());
        }
        return lauf.getId();
    }

    /**
     * Computes the run in one transaction: the corrections of closed months first, then the month; replaces the
     * previous results. Any problem rolls everything back and is reported as one German message per problem.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Timed(name = "werkerp_entgeltlauf_berechnung", absolute = true,
            description = "Duration of computing an Entgeltlauf (successful or not), all tenants together")
    public Entgeltlauf berechnen(Long laufId) {
        long start = System.nanoTime();
        Entgeltlauf lauf = lauf(laufId);
        if (lauf.getStatus() == Laufstatus.FREIGEGEBEN) {
            throw new ValidationFailure("monat", "Der Monat ist abgeschlossen und kann nicht neu berechnet werden.");
        }
        // the lease is renewed every second while this node works on the run (loading, computing, saving)
        try (Laufpuls.Puls herz = puls.starte(laufId, LEASE, () -> monitor.fortschritt(laufId).orElse(null))) {
            return berechnen(lauf, herz, start);
        }
    }

    private Entgeltlauf berechnen(Entgeltlauf lauf, Laufpuls.Puls herz, long start) {
        long cpuStart = threadCpuNs();
        long gcStart = gcMs();
        Long laufId = lauf.getId();
        Einrichtung einrichtung = lauf.getEinrichtung();
        YearMonth monat = lauf.getMonat();
        Entgelteinstellung einstellung = stammdaten.einstellung(einrichtung.getId());
        List<String> fehler = new ArrayList<>();
        Map<Long, List<Lohnposten>> ausgleich = new HashMap<>();
        List<AbrechnungKorrektur> korrekturen = new ArrayList<>();
        Map<YearMonth, Set<Long>> vorgemerkt = vorgemerkt(einrichtung, monat);

        // 1. Rückrechnung of closed months with changed inputs
        for (Map.Entry<YearMonth, Set<Long>> e : vorgemerkt.entrySet()) {
            Monatsberechnung.Monatsergebnis neu = monatsberechnung.berechne(einrichtung, einstellung, e.getKey(),
                    e.getValue(), Map.of(), (n, g) -> nochUnser(herz));
            neu.fehler().forEach(f -> fehler.add("Rückrechnung " + Format.monat(e.getKey()) + " – " + f));
            for (Monatsberechnung.Personenergebnis p : neu.ergebnisse().values()) {
                Entgeltabrechnung alt = gueltigeAbrechnung(einrichtung, p.person().getId(), e.getKey());
                Entgeltabrechnung neue = p.abrechnung();
                Rueckrechnung rr = Rueckrechnung.vergleiche(alt, neue);
                if (rr.unveraendert()) {
                    continue;
                }
                AbrechnungKorrektur k = new AbrechnungKorrektur();
                k.setLauf(lauf);
                k.setBeschaeftigterId(p.person().getId());
                k.setKorrigierterMonat(e.getKey());
                k.setDifferenzen(RechenzeilenJson.differenzen(rr.differenzen()));
                k.setNeueZeilen(RechenzeilenJson.zeilen(neue.zeilen()));
                k.setBereich(neue.bereich().name());
                k.setAuszahlungsdifferenz(rr.auszahlungsdifferenz());
                korrekturen.add(k);
                rr.alsLohnposten(monat, einstellung.getLohnartNachzahlung(), einstellung.getLohnartRueckforderung())
                        .ifPresent(lp -> ausgleich.computeIfAbsent(p.person().getId(), x -> new ArrayList<>()).add(lp));
            }
        }

        long nachRueckrechnung = System.nanoTime();
        // 2. the month itself
        Monatsberechnung.Monatsergebnis ergebnis = monatsberechnung.berechne(einrichtung, einstellung, monat, null,
                ausgleich, (n, g) -> {
                    monitor.melde(laufId, n, g);
                    nochUnser(herz);
                });
        fehler.addAll(ergebnis.fehler());
        List<String> hinweise = new ArrayList<>(ergebnis.hinweise());
        for (AbrechnungKorrektur k : List.copyOf(korrekturen)) {
            if (!ergebnis.ergebnisse().containsKey(k.getBeschaeftigterId())) {
                hinweise.add("Die Rückrechnung " + Format.monat(k.getKorrigierterMonat()) + " (Person "
                        + k.getBeschaeftigterId() + ") kann nicht ausgeglichen werden: im Monat " + Format.monat(monat)
                        + " besteht kein Vertrag in dieser Einrichtung. Sie bleibt vorgemerkt.");
                korrekturen.remove(k);
            }
        }
        if (!fehler.isEmpty()) {
            throw new ValidationFailure(fehler.stream().limit(50)
                    .map(f -> new ValidationFailure.FieldError("lauf", f)).toList());
        }

        long nachBerechnung = System.nanoTime();
        long cpuNachBerechnung = threadCpuNs();
        // 3. replace the results
        repository.massenaenderung(em().createQuery("DELETE FROM AbrechnungKorrektur k WHERE k.lauf = :l")
                .setParameter("l", lauf), "AbrechnungKorrektur", "gelöscht (Neuberechnung Entgeltlauf #" + lauf.getId() + ")");
        repository.massenaenderung(em().createQuery("DELETE FROM Abrechnung a WHERE a.lauf = :l").setParameter("l", lauf),
                "Abrechnung", "gelöscht (Neuberechnung Entgeltlauf #" + lauf.getId() + ")");
        long nachLoeschen = System.nanoTime();
        BigDecimal summe = BigDecimal.ZERO;
        for (Monatsberechnung.Personenergebnis p : ergebnis.ergebnisse().values()) {
            summe = summe.add(p.abrechnung().auszahlung()); // the row's auszahlung (alsZeile)
        }
        // each row (with its JSON) is made just before it goes into the insert batch: only one batch of rows is in
        // memory at a time, not 15,000 waiting to be copied by the garbage collector
        massenzeilen.fuegeEin(Abrechnung.class, ergebnis.ergebnisse().values(), p -> alsZeile(lauf, p));
        long nachEinfuegen = System.nanoTime();
        korrekturen.forEach(em()::persist);
        repository.audit().ereignis(AuditAction.STATUS, lauf.displayType(), lauf.getId(), "status",
                String.valueOf(lauf.getStatus()), Laufstatus.BERECHNET.name());
        lauf.setStatus(Laufstatus.BERECHNET);
        lauf.setVeraltet(false);
        lauf.setBerechnetVon(callers.require().username());
        lauf.setBerechnetAm(Instant.now());
        lauf.setAnzahl(ergebnis.ergebnisse().size());
        lauf.setGesamt(ergebnis.ergebnisse().size());
        lauf.setFortschritt(ergebnis.ergebnisse().size());
        lauf.setSummeAuszahlung(summe);
        lauf.setMeldung(hinweise.isEmpty() ? null : String.join("\n", hinweise));
        lauf.setLeaseBisMs(null);
        lauf.setLeaseKnoten(null);
        em().flush();
        long fertig = System.nanoTime();
        long cpuFertig = threadCpuNs();
        long gc = gcMs() - gcStart;
        LOG.info(() -> String.format("Entgeltlauf %d (%s, %d Abrechnungen): Rückrechnung %d ms, Berechnung %d ms, "
                + "Speichern %d ms (Löschen %d, Zeilen bilden und einfügen %d, Rest %d; ohne Commit); CPU dieses Threads: "
                + "Rückrechnung und Berechnung %d ms, Speichern %d ms; GC-Zeit der JVM dabei %d ms", laufId, monat,
                lauf.getAnzahl(), ms(start, nachRueckrechnung), ms(nachRueckrechnung, nachBerechnung),
                ms(nachBerechnung, fertig), ms(nachBerechnung, nachLoeschen), ms(nachLoeschen, nachEinfuegen),
                ms(nachEinfuegen, fertig), ms(cpuStart, cpuNachBerechnung), ms(cpuNachBerechnung, cpuFertig), gc));
        return lauf;
    }

    private static long ms(long von, long bis) {
        return (bis - von) / 1_000_000;
    }

    /**
     * CPU time of the current thread in ns (0 where the JVM cannot tell): with the GC time beside it, the run's log
     * line shows its own work apart from other processes on the machine, which lengthen only the wall clock.
     */
    private static long threadCpuNs() {
        java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? Math.max(0, t.getCurrentThreadCpuTime()) : 0;
    }

    /** The JVM's accumulated garbage-collection time in ms (all collectors; G1: its pauses). */
    private static long gcMs() {
        long summe = 0;
        for (java.lang.management.GarbageCollectorMXBean g
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            summe += Math.max(0, g.getCollectionTime());
        }
        return summe;
    }

    /** Records a failed computation (own transaction, after the computation's rollback). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fehlschlag(Long laufId, String meldung) {
        Entgeltlauf lauf = lauf(laufId);
        if (lauf.getStatus() == Laufstatus.LAEUFT && lauf.getLeaseKnoten() != null
                && !lauf.getLeaseKnoten().equals(Laufpuls.knoten())) {
            // another node took the run over after this node's lease lapsed: its state is that node's
            return;
        }
        if (lauf.getStatus() != Laufstatus.FREIGEGEBEN) {
            repository.audit().ereignis(AuditAction.STATUS, lauf.displayType(), lauf.getId(), "status",
                    String.valueOf(lauf.getStatus()), Laufstatus.FEHLER.name());
            lauf.setStatus(Laufstatus.FEHLER);
            lauf.setMeldung(meldung);
            lauf.setLeaseBisMs(null);
            lauf.setLeaseKnoten(null);
        }
    }

    /** Stops the computation if another node has taken the run over (this node's lease had lapsed). */
    private static void nochUnser(Laufpuls.Puls herz) {
        if (herz.verloren()) {
            throw new ValidationFailure("lauf", "Die Berechnung wurde abgebrochen: der Lauf wird inzwischen "
                    + "von einem anderen Server berechnet.");
        }
    }

    // ------------------------------------------------------------------ release

    /**
     * Releases a computed run (four eyes: not by the person who computed it). Afterwards the month is closed: its
     * statements never change again, the payment file and payslips are final.
     */
    public Entgeltlauf freigeben(Long laufId) {
        Entgeltlauf lauf = lauf(laufId);
        String wer = callers.require().username();
        if (!referenzdaten.uebernehmen().isEmpty()) {
            // a change of the shared reference data not yet applied may outdate this run: never release on old figures
            em().flush();
            em().refresh(lauf);
        }
        Monatsfolge.pruefeFreigabe(lauf.getStatus(), lauf.isVeraltet(), lauf.getBerechnetVon(), wer);
        List<String> ohneAnwesenheit = em().createQuery("SELECT a.name FROM Abrechnung a WHERE a.lauf = :l AND"
                + " a.anwesenheitFehlt = TRUE ORDER BY a.name", String.class).setParameter("l", lauf).getResultList();
        if (!ohneAnwesenheit.isEmpty()) {
            throw new ValidationFailure("lauf", "Für " + ohneAnwesenheit.size() + " Person(en) fehlt die Anwesenheit "
                    + "im " + Format.monat(lauf.getMonat()) + ": " + String.join("; ", ohneAnwesenheit.stream()
                            .limit(20).toList()) + (ohneAnwesenheit.size() > 20 ? " …" : "")
                    + ". Bitte erfassen und neu berechnen.");
        }
        // the corrections of this run settle their marks; unchanged recomputations too
        for (Map.Entry<YearMonth, Set<Long>> e : vorgemerkt(lauf.getEinrichtung(), lauf.getMonat()).entrySet()) {
            repository.massenaenderung(em().createQuery("DELETE FROM RueckrechnungVormerkung v WHERE v.monat = :m AND"
                    + " v.beschaeftigterId IN :p AND v.beschaeftigterId IN (SELECT a.beschaeftigterId FROM Abrechnung a"
                    + " WHERE a.lauf = :l)").setParameter("m", e.getKey()).setParameter("p", e.getValue())
                    .setParameter("l", lauf), "RueckrechnungVormerkung",
                    "erledigt (Freigabe Entgeltlauf #" + lauf.getId() + ", Monat " + e.getKey() + ")");
        }
        em().detach(lauf);
        lauf.setStatus(Laufstatus.FREIGEGEBEN);
        lauf.setFreigegebenVon(wer);
        lauf.setFreigegebenAm(Instant.now());
        return repository.update(lauf, FEHLT);
    }

    // ------------------------------------------------------------------ helpers

    /** Marked persons per closed month before {@code monat} who were paid in this Einrichtung in that month. */
    private Map<YearMonth, Set<Long>> vorgemerkt(Einrichtung einrichtung, YearMonth monat) {
        List<RueckrechnungVormerkung> marks = em().createQuery("SELECT v FROM RueckrechnungVormerkung v WHERE"
                + " v.monat < :m ORDER BY v.monat", RueckrechnungVormerkung.class).setParameter("m", monat)
                .getResultList();
        Map<YearMonth, Set<Long>> result = new LinkedHashMap<>();
        for (RueckrechnungVormerkung v : marks) {
            Long bezahlt = em().createQuery("SELECT COUNT(a) FROM Abrechnung a WHERE a.beschaeftigterId = :p AND"
                    + " a.lauf.einrichtung = :e AND a.lauf.monat = :m AND a.lauf.status = :s", Long.class)
                    .setParameter("p", v.getBeschaeftigterId()).setParameter("e", einrichtung)
                    .setParameter("m", v.getMonat()).setParameter("s", Laufstatus.FREIGEGEBEN).getSingleResult();
            if (bezahlt > 0) {
                result.computeIfAbsent(v.getMonat(), m -> new java.util.HashSet<>()).add(v.getBeschaeftigterId());
            }
        }
        return result;
    }

    /** The statement of a closed month as it stands: the newest released correction, else the original. */
    private Entgeltabrechnung gueltigeAbrechnung(Einrichtung einrichtung, Long personId, YearMonth monat) {
        Optional<AbrechnungKorrektur> korrektur = em().createQuery("SELECT k FROM AbrechnungKorrektur k WHERE"
                + " k.beschaeftigterId = :p AND k.korrigierterMonat = :m AND k.lauf.status = :s AND"
                + " k.lauf.einrichtung = :e ORDER BY k.lauf.monat DESC", AbrechnungKorrektur.class)
                .setParameter("p", personId).setParameter("m", monat).setParameter("s", Laufstatus.FREIGEGEBEN)
                .setParameter("e", einrichtung).setMaxResults(1).getResultStream().findFirst();
        if (korrektur.isPresent()) {
            return Entgeltabrechnung.aus(monat, de.werkerp.wage.control.Bereich.von(korrektur.get().getBereich()),
                    RechenzeilenJson.zeilen(korrektur.get().getNeueZeilen()), List.of());
        }
        Abrechnung original = em().createQuery("SELECT a FROM Abrechnung a WHERE a.beschaeftigterId = :p AND"
                + " a.lauf.monat = :m AND a.lauf.status = :s AND a.lauf.einrichtung = :e", Abrechnung.class)
                .setParameter("p", personId).setParameter("m", monat).setParameter("s", Laufstatus.FREIGEGEBEN)
                .setParameter("e", einrichtung).getSingleResult();
        return Entgeltabrechnung.aus(monat, de.werkerp.wage.control.Bereich.von(original.getBereich()),
                RechenzeilenJson.zeilen(original.getZeilen()), List.of());
    }

    private static Abrechnung alsZeile(Entgeltlauf lauf, Monatsberechnung.Personenergebnis p) {
        Entgeltabrechnung e = p.abrechnung();
        Abrechnung a = new Abrechnung();
        a.setLauf(lauf);
        a.setBeschaeftigterId(p.person().getId());
        a.setVertragId(p.vertrag().getId());
        a.setName(Monatsberechnung.name(p.person()));
        a.setPersonalnummer(p.person().getPersonalnummer());
        a.setBereich(e.bereich().name());
        if (p.phase().getGruppe() != null) {
            a.setGruppe(p.phase().getGruppe().getName());
            a.setKostenstelle(p.phase().getGruppe().getKostenstelle());
        }
        a.setIban(p.person().getIban());
        a.setKontoinhaber(p.person().getKontoinhaber());
        a.setWochenstunden(p.wochenstunden());
        a.setGrundbetrag(e.grundbetrag());
        a.setSteigerungsbetrag(e.steigerungsbetrag());
        a.setArbeitsentgelt(e.arbeitsentgelt());
        a.setArbeitsfoerderungsgeld(e.arbeitsfoerderungsgeld());
        a.setSonstigeBezuege(e.sonstigeBezuege());
        a.setAbzuege(e.abzuege());
        a.setAuszahlung(e.auszahlung());
        a.setZeilen(RechenzeilenJson.zeilen(e.zeilen()));
        a.setHinweise(p.warnungen().isEmpty() ? null : RechenzeilenJson.texte(p.warnungen()));
        a.setAnwesenheitFehlt(p.anwesenheitFehlt());
        a.setRvNummer(p.person().getRvNummer());
        if (p.kasse() != null) {
            a.setKrankenkasse(p.kasse().getName());
            a.setKasseBetriebsnummer(p.kasse().getBetriebsnummer());
        }
        if (p.leistungstraeger() != null) {
            a.setLeistungstraegerId(p.leistungstraeger().getId());
            a.setLeistungstraeger(p.leistungstraeger().getName());
        }
        Beitraege b = p.beitraege();
        if (b != null) {
            a.setBeitraege(BeitraegeJson.schreibe(b));
            a.setSvTage(b.svTage());
            a.setKvBemessung(b.kv().bemessungsgrundlage());
            a.setKvTraeger(b.kv().traeger());
            a.setKvBeschaeftigter(b.kv().beschaeftigter());
            a.setKvzTraeger(b.kvZusatzbeitrag().traeger());
            a.setKvzBeschaeftigter(b.kvZusatzbeitrag().beschaeftigter());
            a.setPvTraeger(b.pv().traeger());
            a.setPvBeschaeftigter(b.pv().beschaeftigter());
            a.setRvBemessung(b.rv().bemessungsgrundlage());
            a.setRvTraeger(b.rv().traeger());
            a.setRvBeschaeftigter(b.rv().beschaeftigter());
            a.setRvErstattungBund(b.rv().erstattungBund());
            a.setRvErstattungLt(b.rv().erstattungLeistungstraeger());
        }
        return a;
    }

    private EntityManager em() {
        return repository.em();
    }

    private EntgeltlaufService self() {
        return context.getBusinessObject(EntgeltlaufService.class);
    }
}
