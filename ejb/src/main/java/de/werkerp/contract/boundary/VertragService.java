package de.werkerp.contract.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import de.werkerp.contract.control.Anbieterart;
import de.werkerp.contract.control.Arbeitszeitregel;
import de.werkerp.contract.control.Bewilligungsluecken;
import de.werkerp.contract.control.Regelaltersgrenze;
import de.werkerp.contract.control.Teilzeitgrund;
import de.werkerp.contract.control.Teilzeitgrundsicht;
import de.werkerp.contract.entity.Arbeitszeit;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Bewilligung;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.contract.entity.Vertragsabschnitt;
import de.werkerp.contract.entity.Vertragsende;
import de.werkerp.contract.entity.Vertragsphase;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Einrichtungsart;
import de.werkerp.tenant.entity.Gruppe;
import de.werkerp.wage.control.Vollzeitquelle;

/**
 * Werkstattverträge (§ 221 SGB IX) with their effective-dated phases, working time and approvals,
 * and the end of a contract. Orchestrates only; the rules are in {@code contract.control}.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
public class VertragService {

    static final String FEHLT = "Der Werkstattvertrag wurde nicht gefunden.";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Role[] LESEN = {Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR};

    @Inject
    TenantRepository repository;

    @Inject
    de.werkerp.platform.control.CallerContext callers;

    /** Contract changes reaching into closed months are settled by Rückrechnung in the Entgelt run. */
    @Inject
    de.werkerp.wage.control.Eingabeaenderung aenderung;

    /** The Einrichtung's full time (its Entgelt settings, else 35 h): the same threshold the wage kernel uses. */
    @Inject
    Vollzeitquelle vollzeitquelle;

    // ------------------------------------------------------------------ reading

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Werkstattvertrag> vertraege() {
        return repository.em().createQuery("SELECT v FROM Werkstattvertrag v ORDER BY v.beschaeftigter.nachname,"
                + " v.beschaeftigter.vorname, v.beginn", Werkstattvertrag.class).getResultList();
    }

    /** One page of {@link #vertraege()} (same order, ties by id), paged and counted in the database. */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public de.werkerp.platform.control.Teilliste<Werkstattvertrag> vertraege(int offset, int limit) {
        long gesamt = repository.em().createQuery("SELECT COUNT(v) FROM Werkstattvertrag v", Long.class)
                .getSingleResult();
        List<Werkstattvertrag> seite = gesamt == 0 || limit == 0 ? List.of() : repository.em().createQuery(
                "SELECT v FROM Werkstattvertrag v JOIN FETCH v.beschaeftigter ORDER BY v.beschaeftigter.nachname,"
                + " v.beschaeftigter.vorname, v.beginn, v.id", Werkstattvertrag.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return new de.werkerp.platform.control.Teilliste<>(seite, gesamt);
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Werkstattvertrag> vertraegeVon(Long beschaeftigterId) {
        return repository.em().createQuery("SELECT v FROM Werkstattvertrag v WHERE v.beschaeftigter.id = :p"
                + " ORDER BY v.beginn", Werkstattvertrag.class).setParameter("p", beschaeftigterId).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Werkstattvertrag vertrag(Long id) {
        return repository.find(Werkstattvertrag.class, id, FEHLT);
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Vertragsphase> phasen(Long vertragId) {
        return children(Vertragsphase.class, vertragId);
    }

    /**
     * The agreed working times. The part-time reason only for the roles of {@link Teilzeitgrundsicht}: payroll,
     * management and the auditor get detached copies with hours and "a reason is recorded", not the reason.
     */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Arbeitszeit> arbeitszeiten(Long vertragId) {
        List<Arbeitszeit> zeiten = children(Arbeitszeit.class, vertragId);
        if (!Teilzeitgrundsicht.sichtbar(callers.require().roles())) {
            for (Arbeitszeit z : zeiten) {
                repository.em().detach(z);
                z.ohneTeilzeitgrund();
            }
        }
        return zeiten;
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Bewilligung> bewilligungen(Long vertragId) {
        return children(Bewilligung.class, vertragId);
    }

    /** Phases, working times and approvals of several contracts (a page of a list), by contract id. */
    public record Abschnitte(Map<Long, List<Vertragsphase>> phasen, Map<Long, List<Arbeitszeit>> arbeitszeiten,
            Map<Long, List<Bewilligung>> bewilligungen) {
    }

    /**
     * {@link #phasen}, {@link #arbeitszeiten} and {@link #bewilligungen} of many contracts at once: one query per kind
     * for a page of contracts instead of three per contract; the part-time reason as in {@link #arbeitszeiten}.
     */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Abschnitte abschnitte(java.util.Collection<Long> vertragIds) {
        if (vertragIds.isEmpty()) {
            return new Abschnitte(Map.of(), Map.of(), Map.of());
        }
        List<Arbeitszeit> zeiten = childrenOf(Arbeitszeit.class, vertragIds);
        if (!Teilzeitgrundsicht.sichtbar(callers.require().roles())) {
            for (Arbeitszeit z : zeiten) {
                repository.em().detach(z);
                z.ohneTeilzeitgrund();
            }
        }
        return new Abschnitte(Vertragsdaten.jeVertrag(childrenOf(Vertragsphase.class, vertragIds)),
                Vertragsdaten.jeVertrag(zeiten), Vertragsdaten.jeVertrag(childrenOf(Bewilligung.class, vertragIds)));
    }

    private <T extends Vertragsabschnitt> List<T> childrenOf(Class<T> type, java.util.Collection<Long> vertragIds) {
        return repository.em().createQuery("SELECT c FROM " + type.getSimpleName() + " c WHERE c.vertrag.id IN :v"
                + " ORDER BY c.gueltigAb", type).setParameter("v", vertragIds).getResultList();
    }

    private <T> List<T> children(Class<T> type, Long vertragId) {
        vertrag(vertragId);
        return repository.em().createQuery("SELECT c FROM " + type.getSimpleName() + " c WHERE c.vertrag.id = :v"
                + " ORDER BY c.gueltigAb", type).setParameter("v", vertragId).getResultList();
    }

    /** § 35, § 235 SGB VI; § 58 Abs. 1 SGB IX: when the person reaches the Regelaltersgrenze and the measure should end. */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Regelaltersgrenze.Result regelaltersgrenze(Long beschaeftigterId) {
        Beschaeftigter person = repository.find(Beschaeftigter.class, beschaeftigterId, BeschaeftigteService.FEHLT);
        return Regelaltersgrenze.fuer(person.getGeburtsdatum());
    }

    // ------------------------------------------------------------------ changing

    public Werkstattvertrag anlegen(NeuerVertrag neu) {
        if (neu.beginn() == null) {
            throw new ValidationFailure("beginn", "Bitte geben Sie den Vertragsbeginn ein.");
        }
        Beschaeftigter person = reference(Beschaeftigter.class, neu.beschaeftigterId(), "beschaeftigterId",
                "Die Person wurde nicht gefunden.");
        Einrichtung einrichtung = reference(Einrichtung.class, neu.einrichtungId(), "einrichtungId",
                "Die Einrichtung wurde nicht gefunden.");
        if (neu.beginn().isBefore(person.getGeburtsdatum().plusYears(15))) {
            throw new ValidationFailure("beginn", "Der Vertragsbeginn liegt vor dem 15. Geburtstag der Person.");
        }
        List<Werkstattvertrag> offene = repository.em().createQuery("SELECT v FROM Werkstattvertrag v WHERE"
                + " v.beschaeftigter = :p AND v.einrichtung = :e AND (v.ende IS NULL OR v.ende >= :b)", Werkstattvertrag.class)
                .setParameter("p", person).setParameter("e", einrichtung).setParameter("b", neu.beginn()).getResultList();
        if (!offene.isEmpty()) {
            throw new ValidationFailure("beginn", "Die Person hat in dieser Einrichtung bereits einen Werkstattvertrag,"
                    + " der am " + neu.beginn().format(DATUM) + " noch läuft.");
        }
        Werkstattvertrag vertrag = repository.create(new Werkstattvertrag(person, einrichtung, neu.beginn()));
        repository.create(phase(vertrag, neu.beginn(), neu.bereich(), neu.platzierung(), neu.gruppeId(), neu.arbeitgeber()));
        repository.create(arbeitszeit(vertrag, neu.beginn(), neu.wochenstunden(), neu.teilzeitgrund(),
                neu.nachweisDatum(), neu.genehmigtAm()));
        return vertrag;
    }

    /** A new phase from {@code ab}: the current phase ends the day before. */
    public Vertragsphase phaseWechseln(Long vertragId, LocalDate ab, Bereich bereich, Platzierung platzierung,
            Long gruppeId, String arbeitgeber) {
        Werkstattvertrag vertrag = vertrag(vertragId);
        List<Vertragsphase> phasen = phasen(vertragId);
        requireNewStart(vertrag, ab, phasen.isEmpty() ? null : phasen.get(phasen.size() - 1).getGueltigAb(), "ab");
        phasen.stream().filter(p -> p.getGueltigBis() == null || !p.getGueltigBis().isBefore(ab)).forEach(p -> {
            repository.em().detach(p);
            p.setGueltigBis(ab.minusDays(1));
            repository.update(p, FEHLT);
        });
        aenderung.person(vertrag.getBeschaeftigter().getId(), ab, "Vertragsphase ab " + ab.format(DATUM));
        return repository.create(phase(vertrag, ab, bereich, platzierung, gruppeId, arbeitgeber));
    }

    /** New agreed weekly hours from {@code ab}: the current working time ends the day before. */
    public Arbeitszeit arbeitszeitAendern(Long vertragId, LocalDate ab, BigDecimal wochenstunden, Teilzeitgrund grund,
            LocalDate nachweisDatum, LocalDate genehmigtAm) {
        Werkstattvertrag vertrag = vertrag(vertragId);
        List<Arbeitszeit> zeiten = arbeitszeiten(vertragId);
        requireNewStart(vertrag, ab, zeiten.isEmpty() ? null : zeiten.get(zeiten.size() - 1).getGueltigAb(), "ab");
        Arbeitszeit neu = arbeitszeit(vertrag, ab, wochenstunden, grund, nachweisDatum, genehmigtAm);
        zeiten.stream().filter(z -> z.getGueltigBis() == null || !z.getGueltigBis().isBefore(ab)).forEach(z -> {
            repository.em().detach(z);
            z.setGueltigBis(ab.minusDays(1));
            repository.update(z, FEHLT);
        });
        aenderung.person(vertrag.getBeschaeftigter().getId(), ab, "Arbeitszeit ab " + ab.format(DATUM));
        return repository.create(neu);
    }

    /** Records an approval; approvals of the same area must not overlap. */
    public Bewilligung bewilligungAnlegen(Long vertragId, Long leistungstraegerId, Bewilligung bewilligung) {
        Werkstattvertrag vertrag = vertrag(vertragId);
        bewilligung.setVertrag(vertrag);
        bewilligung.setLeistungstraeger(reference(Leistungstraeger.class, leistungstraegerId, "leistungstraegerId",
                "Der Leistungsträger wurde nicht gefunden."));
        requireValidApproval(vertragId, bewilligung);
        Bewilligung neu = repository.create(bewilligung);
        aenderung.person(vertrag.getBeschaeftigter().getId(), neu.getGueltigAb(), "Bewilligung " + neu.getAktenzeichen());
        return neu;
    }

    /** Corrects an approval (e.g. a mistyped file number or period); the same rules as for a new one apply. */
    public Bewilligung bewilligungAendern(Long vertragId, Long bewilligungId, Long leistungstraegerId, Bewilligung geaendert) {
        Werkstattvertrag vertrag = vertrag(vertragId);
        Bewilligung gespeichert = repository.find(Bewilligung.class, bewilligungId, "Die Bewilligung wurde nicht gefunden.");
        if (!gespeichert.getVertrag().equals(vertrag)) {
            throw new de.werkerp.platform.control.NotFound("Die Bewilligung gehört nicht zu diesem Vertrag.");
        }
        repository.em().detach(gespeichert);
        LocalDate vorher = gespeichert.getGueltigAb();
        gespeichert.setLeistungstraeger(reference(Leistungstraeger.class, leistungstraegerId, "leistungstraegerId",
                "Der Leistungsträger wurde nicht gefunden."));
        gespeichert.setAktenzeichen(geaendert.getAktenzeichen());
        gespeichert.setGueltigAb(geaendert.getGueltigAb());
        gespeichert.setGueltigBis(geaendert.getGueltigBis());
        gespeichert.setBereich(geaendert.getBereich());
        gespeichert.setSatz(geaendert.getSatz());
        if (geaendert.getVersion() != null) {
            gespeichert.setVersion(geaendert.getVersion());
        }
        requireValidApproval(vertragId, gespeichert);
        Bewilligung ergebnis = repository.update(gespeichert, "Die Bewilligung wurde nicht gefunden.");
        aenderung.person(vertrag.getBeschaeftigter().getId(), vorher.isBefore(ergebnis.getGueltigAb()) ? vorher
                : ergebnis.getGueltigAb(), "Bewilligung " + ergebnis.getAktenzeichen() + " geändert");
        return ergebnis;
    }

    /** Deletes an approval recorded by mistake (the audit trail keeps what it was). */
    public void bewilligungLoeschen(Long vertragId, Long bewilligungId) {
        Werkstattvertrag vertrag = vertrag(vertragId);
        Bewilligung gespeichert = repository.find(Bewilligung.class, bewilligungId, "Die Bewilligung wurde nicht gefunden.");
        if (!gespeichert.getVertrag().equals(vertrag)) {
            throw new de.werkerp.platform.control.NotFound("Die Bewilligung gehört nicht zu diesem Vertrag.");
        }
        repository.delete(Bewilligung.class, bewilligungId, "Die Bewilligung wurde nicht gefunden.");
        aenderung.person(vertrag.getBeschaeftigter().getId(), gespeichert.getGueltigAb(), "Bewilligung "
                + gespeichert.getAktenzeichen() + " gelöscht");
    }

    private void requireValidApproval(Long vertragId, Bewilligung bewilligung) {
        if (bewilligung.getGueltigAb() != null && bewilligung.getGueltigBis() != null
                && bewilligung.getGueltigBis().isBefore(bewilligung.getGueltigAb())) {
            throw new ValidationFailure("gueltigBis", "Das Ende der Bewilligung liegt vor ihrem Beginn.");
        }
        repository.validate(bewilligung);
        for (Bewilligung andere : bewilligungen(vertragId)) {
            if (!andere.getId().equals(bewilligung.getId()) && andere.getBereich() == bewilligung.getBereich()
                    && andere.validity().overlaps(bewilligung.validity())) {
                throw new ValidationFailure("gueltigAb", "Die Bewilligung überschneidet sich mit der Bewilligung "
                        + andere.getAktenzeichen() + " (" + andere.getGueltigAb().format(DATUM) + " – "
                        + andere.getGueltigBis().format(DATUM) + ") für denselben Bereich.");
            }
        }
    }

    /**
     * Ends a contract. A Lösungserklärung (§ 221 Abs. 7 SGB IX) must give its reasons. Open phases and
     * working times end with the contract. Nothing is ended automatically: the Regelaltersgrenze is
     * only proposed ({@link #regelaltersgrenze}).
     */
    public Werkstattvertrag beenden(Long vertragId, LocalDate ende, Vertragsende grund, String begruendung) {
        Werkstattvertrag vertrag = vertrag(vertragId);
        if (ende == null) {
            throw new ValidationFailure("ende", "Bitte geben Sie das Vertragsende ein.");
        }
        if (ende.isBefore(vertrag.getBeginn())) {
            throw new ValidationFailure("ende", "Das Vertragsende liegt vor dem Vertragsbeginn ("
                    + vertrag.getBeginn().format(DATUM) + ").");
        }
        if (grund == null) {
            throw new ValidationFailure("endeGrund", "Bitte wählen Sie den Grund für das Vertragsende.");
        }
        if (grund.begruendungPflicht() && (begruendung == null || begruendung.isBlank())) {
            throw new ValidationFailure("endeBegruendung", grund == Vertragsende.LOESUNGSERKLAERUNG
                    ? "Eine Lösungserklärung muss schriftlich begründet werden (§ 221 Abs. 7 SGB IX)."
                    : "Bitte beschreiben Sie den sonstigen Grund.");
        }
        for (Vertragsphase p : phasen(vertragId)) {
            if (p.getGueltigAb().isAfter(ende)) {
                throw new ValidationFailure("ende", "Nach dem " + ende.format(DATUM) + " beginnt noch eine Phase ("
                        + p.getBereich().getLabel() + " ab " + p.getGueltigAb().format(DATUM) + ").");
            }
            if (p.getGueltigBis() == null || p.getGueltigBis().isAfter(ende)) {
                repository.em().detach(p);
                p.setGueltigBis(ende);
                repository.update(p, FEHLT);
            }
        }
        for (Arbeitszeit z : arbeitszeiten(vertragId)) {
            if (!z.getGueltigAb().isAfter(ende) && (z.getGueltigBis() == null || z.getGueltigBis().isAfter(ende))) {
                repository.em().detach(z);
                z.setGueltigBis(ende);
                repository.update(z, FEHLT);
            }
        }
        vertrag = vertrag(vertragId);
        repository.em().detach(vertrag);
        vertrag.setEnde(ende);
        vertrag.setEndeGrund(grund);
        vertrag.setEndeBegruendung(begruendung == null || begruendung.isBlank() ? null : begruendung.trim());
        aenderung.person(vertrag.getBeschaeftigter().getId(), ende, "Vertragsende " + ende.format(DATUM));
        return repository.update(vertrag, FEHLT);
    }

    // ------------------------------------------------------------------ warnings

    /**
     * Open warnings of the tenant on {@code heute}: approvals ending within 90 days without a follow-up,
     * running contracts without a valid approval today, the Regelaltersgrenze within 12 months, and aLA
     * working time at or below 26 hours (fee reduced).
     */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT})
    public List<Warnung> warnungen(LocalDate heute) {
        return warnungen(heute, Vertragsdaten.laufendAm(repository.em(), heute, null));
    }

    /**
     * One page of {@link #warnungen(LocalDate)} (same order), counted, paged and filtered in the database
     * ({@link Warnungsabfrage}; REST {@code vertraege/warnungen} and the admin's table).
     *
     * @param arten      the kinds to list (all if empty)
     * @param person     part of the person's name ("Nachname, Vorname"), or {@code null}
     * @param sortierung {@code null} or "datum": by date; "art": by the kind's label; "person": by name; each then by
     *                   date
     */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT})
    public de.werkerp.platform.control.Teilliste<Warnung> warnungen(LocalDate heute, java.util.Set<Warnung.Art> arten,
            String person, String sortierung, boolean absteigend, int offset, int limit) {
        java.util.Set<Warnung.Art> auswahl = arten == null || arten.isEmpty()
                ? java.util.EnumSet.allOf(Warnung.Art.class) : java.util.EnumSet.copyOf(arten);
        Warnungsabfrage.Sortierung s = "art".equals(sortierung) || "artLabel".equals(sortierung)
                ? Warnungsabfrage.Sortierung.ART : "person".equals(sortierung) ? Warnungsabfrage.Sortierung.PERSON
                : Warnungsabfrage.Sortierung.DATUM;
        return new Warnungsabfrage(repository.em(), heute).seite(auswahl, person, s, absteigend, offset, limit);
    }

    /** The number of open warnings per kind on {@code heute} (every kind, 0 where none), counted in the database. */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT})
    public Map<Warnung.Art, Long> warnungsanzahl(LocalDate heute, String person) {
        return new Warnungsabfrage(repository.em(), heute).anzahlJeArt(person);
    }

    /** The open warnings of one person (the person page): the same rules, only that person's contracts read. */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT})
    public List<Warnung> warnungen(LocalDate heute, Long beschaeftigterId) {
        return warnungen(heute, Vertragsdaten.laufendAm(repository.em(), heute, beschaeftigterId));
    }

    private static List<Warnung> warnungen(LocalDate heute, Vertragsdaten daten) {
        List<Warnung> warnungen = new ArrayList<>();
        for (Werkstattvertrag v : daten.vertraege()) {
            if (!v.laeuftAm(heute)) {
                continue;
            }
            Beschaeftigter p = v.getBeschaeftigter();
            List<Bewilligungsluecken.Bewilligung> bewilligungen = daten.bewilligungen(v).stream()
                    .map(b -> new Bewilligungsluecken.Bewilligung(b.getAktenzeichen(), b.getBereich().name(),
                            b.getGueltigAb(), b.getGueltigBis()))
                    .toList();
            Bewilligungsluecken luecken = new Bewilligungsluecken(bewilligungen);
            for (Bewilligungsluecken.Bewilligung b : luecken.ohneAnschlussInnerhalb(heute, Bewilligungsluecken.WARNFRIST_TAGE)) {
                warnungen.add(Warnung.bewilligungLaeuftAus(p.getId(), p.getName(), v.getId(), b.bezeichnung(), b.bis()));
            }
            if (bewilligungen.stream().noneMatch(b -> !heute.isBefore(b.von()) && (b.bis() == null || !heute.isAfter(b.bis())))) {
                warnungen.add(Warnung.ohneBewilligung(p.getId(), p.getName(), v.getId(), heute));
            }
            Regelaltersgrenze.Result rag = Regelaltersgrenze.fuer(p.getGeburtsdatum());
            if (!rag.erreicht().isBefore(heute.minusDays(1)) && !rag.erreicht().isAfter(heute.plusMonths(12))) {
                warnungen.add(Warnung.regelaltersgrenze(p.getId(), p.getName(), v.getId(), rag));
            }
            if (v.getEinrichtung().getArt() == Einrichtungsart.ALA) {
                daten.arbeitszeiten(v).stream()
                        .filter(z -> z.validity().contains(heute))
                        .filter(z -> z.getWochenstunden().compareTo(Arbeitszeitregel.STANDARD.alaVerguetungGemindertBis()) <= 0)
                        .forEach(z -> warnungen.add(Warnung.alaVerguetungGemindert(p.getId(), p.getName(), v.getId(),
                                z.getGueltigAb(), z.getWochenstunden())));
            }
        }
        warnungen.sort(Comparator.comparing(Warnung::datum));
        return warnungen;
    }

    /** One row per person for the overview list (current contract, area, group, approval end, warnings). */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT})
    public List<Uebersichtszeile> uebersicht(LocalDate heute) {
        Vertragsdaten daten = Vertragsdaten.laden(repository.em());
        Map<Long, List<Warnung>> warnungenJePerson = warnungen(heute, daten).stream()
                .collect(Collectors.groupingBy(Warnung::beschaeftigterId));
        Map<Long, List<Werkstattvertrag>> vertraegeJePerson = daten.vertraege().stream()
                .sorted(Comparator.comparing(Werkstattvertrag::getBeginn))
                .collect(Collectors.groupingBy(v -> v.getBeschaeftigter().getId()));
        List<Uebersichtszeile> zeilen = new ArrayList<>();
        List<Beschaeftigter> personen = repository.list(Beschaeftigter.class, "nachname, e.vorname");
        for (Beschaeftigter p : personen) {
            List<Werkstattvertrag> vertraege = vertraegeJePerson.getOrDefault(p.getId(), List.of());
            Werkstattvertrag aktuell = vertraege.stream().filter(v -> v.laeuftAm(heute)).findFirst()
                    .orElse(vertraege.isEmpty() ? null : vertraege.get(vertraege.size() - 1));
            String einrichtung = null;
            String bereich = null;
            String gruppe = null;
            LocalDate bewilligtBis = null;
            String status = !p.isAktiv() ? "inaktiv" : aktuell == null ? "ohne Vertrag"
                    : aktuell.laeuftAm(heute) ? "laufend" : aktuell.getBeginn().isAfter(heute) ? "künftig" : "beendet";
            if (aktuell != null) {
                einrichtung = aktuell.getEinrichtung().getName();
                Vertragsphase phase = daten.phasen(aktuell).stream().filter(x -> x.validity().contains(heute)).findFirst()
                        .orElse(null);
                if (phase != null) {
                    bereich = phase.getBereich().getLabel();
                    gruppe = phase.getGruppe() != null ? phase.getGruppe().getName() : phase.getArbeitgeber();
                }
                bewilligtBis = daten.bewilligungen(aktuell).stream().map(Bewilligung::getGueltigBis)
                        .max(Comparator.naturalOrder()).orElse(null);
            }
            Regelaltersgrenze.Result rag = Regelaltersgrenze.fuer(p.getGeburtsdatum());
            List<Warnung> eigene = warnungenJePerson.getOrDefault(p.getId(), List.of());
            zeilen.add(new Uebersichtszeile(p.getId(), p.getName(), p.getGeburtsdatum(), einrichtung, bereich, gruppe, status,
                    bewilligtBis, eigene.stream().anyMatch(w -> w.art() == Warnung.Art.BEWILLIGUNG_LAEUFT_AUS),
                    rag.erreicht(), eigene.stream().anyMatch(w -> w.art() == Warnung.Art.REGELALTERSGRENZE), eigene.size()));
        }
        return zeilen;
    }

    /**
     * One page of {@link #uebersicht(LocalDate)}, filtered and sorted by the page's columns in the database
     * ({@link Warnungsabfrage}): {@code filter} by the field names of {@link Uebersichtszeile} ({@code name},
     * {@code einrichtung}, {@code bereich}, {@code gruppe}: contains; {@code status}: starts with;
     * {@code bewilligungLaeuftAusText}, {@code renteIn12MonatenText}: "ja"/"nein"); without a sort field by name.
     */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT})
    public de.werkerp.platform.control.Teilliste<Uebersichtszeile> uebersicht(LocalDate heute, Map<String, String> filter,
            String sortFeld, boolean absteigend, int offset, int limit) {
        Map<String, String> f = filter == null ? Map.of() : filter;
        return new Warnungsabfrage(repository.em(), heute).uebersicht(new Warnungsabfrage.Uebersichtsfilter(
                f.get("name"), f.get("einrichtung"), f.get("bereich"), f.get("gruppe"), f.get("status"),
                jaNein(f.get("bewilligungLaeuftAusText")), jaNein(f.get("renteIn12MonatenText"))), sortFeld,
                absteigend, offset, limit);
    }

    private static Boolean jaNein(String wert) {
        if (wert == null || wert.isBlank()) {
            return null;
        }
        return "ja".equalsIgnoreCase(wert.strip());
    }

    /**
     * All contracts of the tenant with their phases (and groups), approvals and working times: one query per kind,
     * not one per contract (the overview of 1,500 people would otherwise send thousands of queries).
     */
    private record Vertragsdaten(List<Werkstattvertrag> vertraege, Map<Long, List<Vertragsphase>> phasenJeVertrag,
            Map<Long, List<Bewilligung>> bewilligungenJeVertrag, Map<Long, List<Arbeitszeit>> arbeitszeitenJeVertrag) {

        /**
         * EclipseLink's read-only hint: the overview and the warnings only read, so the tens of thousands of rows of a
         * large Werkstatt are not registered in the persistence context (never change an object read this way).
         */
        private static final String NUR_LESEN = "eclipselink.read-only";

        static Vertragsdaten laden(EntityManager em) {
            List<Werkstattvertrag> vertraege = em.createQuery("SELECT v FROM Werkstattvertrag v JOIN FETCH"
                    + " v.beschaeftigter JOIN FETCH v.einrichtung ORDER BY v.beschaeftigter.nachname,"
                    + " v.beschaeftigter.vorname, v.beginn", Werkstattvertrag.class).setHint(NUR_LESEN, "true")
                    .getResultList();
            return new Vertragsdaten(vertraege,
                    jeVertrag(em.createQuery("SELECT c FROM Vertragsphase c LEFT JOIN FETCH c.gruppe ORDER BY"
                            + " c.gueltigAb", Vertragsphase.class).setHint(NUR_LESEN, "true").getResultList()),
                    jeVertrag(em.createQuery("SELECT c FROM Bewilligung c ORDER BY c.gueltigAb", Bewilligung.class)
                            .setHint(NUR_LESEN, "true").getResultList()),
                    jeVertrag(em.createQuery("SELECT c FROM Arbeitszeit c ORDER BY c.gueltigAb", Arbeitszeit.class)
                            .setHint(NUR_LESEN, "true").getResultList()));
        }

        /**
         * Only what the warnings read: the contracts running on {@code heute} with their approvals, and the working
         * times of those in an aLA (no phases) — the database leaves out ended contracts and their rows.
         */
        static Vertragsdaten laufendAm(EntityManager em, LocalDate heute, Long person) {
            String laufend = " v.beginn <= :h AND (v.ende IS NULL OR v.ende >= :h)"
                    + (person == null ? "" : " AND v.beschaeftigter.id = " + person.longValue());
            List<Werkstattvertrag> vertraege = em.createQuery("SELECT v FROM Werkstattvertrag v JOIN FETCH"
                    + " v.beschaeftigter JOIN FETCH v.einrichtung WHERE" + laufend + " ORDER BY v.beschaeftigter.nachname,"
                    + " v.beschaeftigter.vorname, v.beginn, v.id", Werkstattvertrag.class).setParameter("h", heute)
                    .setHint(NUR_LESEN, "true").getResultList();
            return new Vertragsdaten(vertraege, Map.of(),
                    jeVertrag(em.createQuery("SELECT c FROM Bewilligung c JOIN c.vertrag v WHERE" + laufend
                            + " ORDER BY c.gueltigAb, c.id", Bewilligung.class).setParameter("h", heute).setHint(NUR_LESEN, "true").getResultList()),
                    jeVertrag(em.createQuery("SELECT c FROM Arbeitszeit c JOIN c.vertrag v WHERE" + laufend
                            + " AND v.einrichtung.art = :ala ORDER BY c.gueltigAb, c.id", Arbeitszeit.class)
                            .setParameter("h", heute).setParameter("ala", Einrichtungsart.ALA).setHint(NUR_LESEN, "true").getResultList()));
        }

        private static <T extends Vertragsabschnitt> Map<Long, List<T>> jeVertrag(List<T> abschnitte) {
            return abschnitte.stream().collect(Collectors.groupingBy(a -> a.getVertrag().getId()));
        }

        List<Vertragsphase> phasen(Werkstattvertrag v) {
            return phasenJeVertrag.getOrDefault(v.getId(), List.of());
        }

        List<Bewilligung> bewilligungen(Werkstattvertrag v) {
            return bewilligungenJeVertrag.getOrDefault(v.getId(), List.of());
        }

        List<Arbeitszeit> arbeitszeiten(Werkstattvertrag v) {
            return arbeitszeitenJeVertrag.getOrDefault(v.getId(), List.of());
        }
    }

    public static LocalDate heute() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    // ------------------------------------------------------------------ helpers

    private Vertragsphase phase(Werkstattvertrag vertrag, LocalDate ab, Bereich bereich, Platzierung platzierung,
            Long gruppeId, String arbeitgeber) {
        if (bereich == null) {
            throw new ValidationFailure("bereich", "Bitte wählen Sie den Bereich (Eingangsverfahren, Berufsbildungsbereich, Arbeitsbereich).");
        }
        Platzierung p = platzierung == null ? Platzierung.GRUPPE : platzierung;
        Vertragsphase phase = new Vertragsphase(vertrag, ab, bereich, p);
        if (p.isBeiArbeitgeber()) {
            if (arbeitgeber == null || arbeitgeber.isBlank()) {
                throw new ValidationFailure("arbeitgeber", "Für einen " + p.getLabel() + " ist der Name des Arbeitgebers nötig.");
            }
            if (bereich != Bereich.AB && bereich != Bereich.BBB) {
                throw new ValidationFailure("platzierung", "Ausgelagerte Plätze gibt es im Berufsbildungs- und Arbeitsbereich, nicht im Eingangsverfahren.");
            }
            phase.setArbeitgeber(arbeitgeber.trim());
        } else if (arbeitgeber != null && !arbeitgeber.isBlank()) {
            throw new ValidationFailure("arbeitgeber", "Ein Arbeitgeber wird nur bei ausgelagerten oder betriebsintegrierten Plätzen angegeben.");
        }
        if (gruppeId != null) {
            Gruppe gruppe = reference(Gruppe.class, gruppeId, "gruppeId", "Die Gruppe wurde nicht gefunden.");
            if (!gruppe.getBetriebsstaette().getEinrichtung().equals(vertrag.getEinrichtung())) {
                throw new ValidationFailure("gruppeId", "Die Gruppe gehört nicht zur Einrichtung des Vertrags.");
            }
            phase.setGruppe(gruppe);
        }
        return phase;
    }

    private Arbeitszeit arbeitszeit(Werkstattvertrag vertrag, LocalDate ab, BigDecimal stunden, Teilzeitgrund grund,
            LocalDate nachweis, LocalDate genehmigt) {
        Anbieterart art = vertrag.getEinrichtung().getArt() == Einrichtungsart.ALA ? Anbieterart.ALA : Anbieterart.WFBM;
        Arbeitszeitregel regel = regel(vertrag.getEinrichtung());
        Arbeitszeitregel.Ergebnis ergebnis = regel.pruefe(art, stunden, grund, nachweis, genehmigt);
        if (!ergebnis.zulaessig()) {
            String fehler = ergebnis.fehler().get(0);
            if (grund == null && regel.istTeilzeit(stunden)) {
                String herkunft = vollzeitquelle.fuer(vertrag.getEinrichtung()).herkunft();
                fehler += herkunft.isEmpty() ? "" : " " + herkunft;
            }
            throw new ValidationFailure("wochenstunden", fehler);
        }
        Arbeitszeit zeit = new Arbeitszeit(vertrag, ab, stunden);
        zeit.setTeilzeitgrund(regel.istTeilzeit(stunden) ? grund : null);
        zeit.setNachweisDatum(nachweis);
        zeit.setGenehmigtAm(genehmigt);
        return zeit;
    }

    /**
     * The working-time rule of the Einrichtung: § 6 WVO with its full time from the Entgelt settings (35 h while none
     * are stored), so the contract check and the wage kernel draw the line of part time at the same place.
     */
    private Arbeitszeitregel regel(Einrichtung einrichtung) {
        try {
            return Arbeitszeitregel.STANDARD.mitVollzeit(vollzeitquelle.fuer(einrichtung).stunden());
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure("wochenstunden", e.getMessage() + " Bitte zuerst die Vollzeit in den "
                    + "Entgelt-Einstellungen der Einrichtung berichtigen.");
        }
    }

    private void requireNewStart(Werkstattvertrag vertrag, LocalDate ab, LocalDate letzterBeginn, String field) {
        if (ab == null) {
            throw new ValidationFailure(field, "Bitte geben Sie an, ab wann die Änderung gilt.");
        }
        if (!vertrag.laeuftAm(ab)) {
            throw new ValidationFailure(field, "Der " + ab.format(DATUM) + " liegt nicht in der Laufzeit des Vertrags.");
        }
        if (letzterBeginn != null && !ab.isAfter(letzterBeginn)) {
            throw new ValidationFailure(field, "Die Änderung muss nach dem Beginn des letzten Abschnitts ("
                    + letzterBeginn.format(DATUM) + ") liegen; Abschnitte dürfen sich nicht überschneiden.");
        }
    }

    private <T> T reference(Class<T> type, Long id, String field, String message) {
        T found = id == null ? null : repository.em().find(type, id);
        if (found == null) {
            throw new ValidationFailure(field, message);
        }
        return found;
    }
}
