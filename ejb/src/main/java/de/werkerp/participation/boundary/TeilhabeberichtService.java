package de.werkerp.participation.boundary;

import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.participation.control.Berichtsinhalt;
import de.werkerp.participation.control.Teilhabeberichtsfaelligkeit;
import de.werkerp.participation.entity.Berichtsanforderung;
import de.werkerp.participation.entity.Berichtsstatus;
import de.werkerp.participation.entity.Teilhabebericht;
import de.werkerp.participation.entity.Teilhabemassnahme;
import de.werkerp.participation.entity.Teilhabevereinbarung;
import de.werkerp.participation.entity.Teilhabeziel;
import de.werkerp.participation.entity.Zielbewertung;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The personenbezogener Teilhabebericht (seed 001 § 13 Abs. 6): due dates per person (interval of the
 * Leistungsvereinbarung, default 24 months, from the start in the Arbeitsbereich or the end of the last report's
 * period; earlier on request of the Leistungsträger), the draft assembled from the goals, measures and evaluations of
 * the period and edited by the social service, the release with four eyes (author ≠ releaser), after which the report
 * never changes. The council has no access (special-category data).
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
public class TeilhabeberichtService {

    /** EclipseLink's read-only hint (DEVELOPERS.md): rows only read are not registered in the persistence context. */
    private static final String NUR_LESEN = "eclipselink.read-only";

    static final String FEHLT = "Der Teilhabebericht wurde nicht gefunden.";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    @jakarta.ejb.EJB
    TeilhabeplanungService planung;

    /** A report with its frozen content and the warnings about it. */
    public record Ansicht(Teilhabebericht bericht, Berichtsinhalt inhalt, List<String> warnungen) {
    }

    /** The next report of one person: due date, reason, overdue, German message. */
    public record Faelligkeit(Long beschaeftigterId, String name, String einrichtung, LocalDate faelligAm,
            String grund, boolean ueberfaellig, String meldung) implements java.io.Serializable {
        public Long getBeschaeftigterId() {
            return beschaeftigterId;
        }

        public String getName() {
            return name;
        }

        public String getEinrichtung() {
            return einrichtung;
        }

        public LocalDate getFaelligAm() {
            return faelligAm;
        }

        public String getGrund() {
            return grund;
        }

        public boolean isUeberfaellig() {
            return ueberfaellig;
        }

        public String getMeldung() {
            return meldung;
        }
    }

    // ------------------------------------------------------------------ reading

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Teilhabebericht> berichte() {
        return repository.em().createQuery("SELECT b FROM Teilhabebericht b ORDER BY b.zeitraumBis DESC, b.id DESC",
                Teilhabebericht.class).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Teilhabebericht> berichteVon(Long beschaeftigterId) {
        return repository.em().createQuery("SELECT b FROM Teilhabebericht b WHERE b.beschaeftigter.id = :p"
                + " ORDER BY b.zeitraumBis DESC, b.id DESC", Teilhabebericht.class).setParameter("p", beschaeftigterId)
                .getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public Ansicht ansicht(Long id) {
        Teilhabebericht b = repository.find(Teilhabebericht.class, id, FEHLT);
        repository.audit().gelesen("Teilhabebericht #" + id, b.getBeschaeftigter().getId(), null);
        Berichtsinhalt inhalt = Berichtsinhalt.fromJson(b.getInhalt());
        return new Ansicht(b, inhalt, warnungen(b, inhalt));
    }

    /**
     * The reports due within {@link Teilhabeberichtsfaelligkeit#VORLAUF_TAGE} days from {@code heute} and the overdue
     * ones, for everyone whose contract runs on {@code heute} and who has been in the Arbeitsbereich; earliest first.
     */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Faelligkeit> faelligkeiten(LocalDate heute) {
        return alleFaelligkeiten(heute).stream()
                .filter(f -> f.ueberfaellig() || !f.faelligAm().isAfter(heute.plusDays(
                        Teilhabeberichtsfaelligkeit.VORLAUF_TAGE)))
                .toList();
    }

    /** The next due date of every person in the Arbeitsbereich whose contract runs on {@code heute}. */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Faelligkeit> alleFaelligkeiten(LocalDate heute) {
        Objects.requireNonNull(heute, "heute");
        var em = repository.em();
        // one query per kind; the contracts with person and Einrichtung joined, the rest as plain values (read-only:
        // 15,000 contracts would otherwise load each person and each phase's contract one by one, issue 19 item 1)
        List<Werkstattvertrag> vertraege = em.createQuery("SELECT v FROM Werkstattvertrag v JOIN FETCH v.beschaeftigter"
                + " JOIN FETCH v.einrichtung WHERE v.beginn <= :h AND (v.ende IS NULL OR v.ende >= :h)",
                Werkstattvertrag.class).setParameter("h", heute).setHint(NUR_LESEN, "true").getResultList();
        Map<Long, LocalDate> abBeginn = new HashMap<>();
        for (Object[] p : em.createQuery("SELECT p.vertrag.id, p.gueltigAb FROM Vertragsphase p WHERE p.bereich = :ab",
                Object[].class).setParameter("ab", Bereich.AB).getResultList()) {
            abBeginn.merge((Long) p[0], (LocalDate) p[1], (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<Long, LocalDate> letzterBericht = new HashMap<>();
        for (Object[] b : em.createQuery("SELECT b.beschaeftigter.id, b.zeitraumBis FROM Teilhabebericht b WHERE"
                + " b.status = :s", Object[].class).setParameter("s", Berichtsstatus.FREIGEGEBEN).getResultList()) {
            letzterBericht.merge((Long) b[0], (LocalDate) b[1], (a, c) -> a.isAfter(c) ? a : c);
        }
        Map<Long, List<Object[]>> anforderungen = em.createQuery("SELECT a.beschaeftigter.id, a.eingegangenAm,"
                + " a.vorzulegenBis FROM Berichtsanforderung a", Object[].class).getResultList().stream()
                .collect(Collectors.groupingBy(a -> (Long) a[0]));
        Map<Long, Long> traegerJeVertrag = new HashMap<>();
        for (Object[] b : em.createQuery("SELECT b.vertrag.id, b.leistungstraeger.id FROM Bewilligung b WHERE"
                + " b.bereich = :ab AND b.gueltigAb <= :h AND (b.gueltigBis IS NULL OR b.gueltigBis >= :h)"
                + " ORDER BY b.gueltigAb, b.id", Object[].class).setParameter("ab", Bereich.AB).setParameter("h", heute)
                .getResultList()) {
            traegerJeVertrag.put((Long) b[0], (Long) b[1]);
        }
        List<Teilhabevereinbarung> vereinbarungen = em.createQuery("SELECT v FROM Teilhabevereinbarung v",
                Teilhabevereinbarung.class).getResultList();
        List<Faelligkeit> liste = new ArrayList<>();
        for (Werkstattvertrag v : vertraege) {
            LocalDate beginn = abBeginn.get(v.getId());
            if (beginn == null || beginn.isAfter(heute)) {
                continue;
            }
            Long person = v.getBeschaeftigter().getId();
            LocalDate letzter = letzterBericht.get(person);
            LocalDate angefordert = anforderungen.getOrDefault(person, List.of()).stream()
                    .filter(a -> letzter == null || ((LocalDate) a[1]).isAfter(letzter))
                    .map(a -> (LocalDate) a[2]).min(Comparator.naturalOrder()).orElse(null);
            int intervall = intervall(vereinbarungen, v.getEinrichtung(), traegerJeVertrag.get(v.getId()));
            Teilhabeberichtsfaelligkeit.Faelligkeit f = new Teilhabeberichtsfaelligkeit(intervall)
                    .faelligkeit(beginn, letzter, angefordert);
            liste.add(new Faelligkeit(person, v.getBeschaeftigter().getName(), v.getEinrichtung().getName(),
                    f.faelligAm(), switch (f.grund()) {
                        case BEGINN_ARBEITSBEREICH -> "Beginn Arbeitsbereich";
                        case LETZTER_BERICHT -> "letzter Bericht";
                        case ANFORDERUNG_LEISTUNGSTRAEGER -> "Anforderung des Leistungsträgers";
                    }, f.ueberfaellig(heute), f.meldung(heute)));
        }
        liste.sort(Comparator.comparing(Faelligkeit::faelligAm).thenComparing(Faelligkeit::name));
        return liste;
    }

    /** Interval of the Leistungsvereinbarung: with the person's Leistungsträger, else of the Einrichtung, else 24. */
    static int intervall(List<Teilhabevereinbarung> vereinbarungen, Einrichtung e, Long lt) {
        Integer fuerEinrichtung = null;
        for (Teilhabevereinbarung v : vereinbarungen) {
            if (!v.getEinrichtung().getId().equals(e.getId())) {
                continue;
            }
            if (v.getLeistungstraeger() == null) {
                fuerEinrichtung = v.getBerichtsintervallMonate();
            } else if (lt != null && v.getLeistungstraeger().getId().equals(lt)) {
                return v.getBerichtsintervallMonate();
            }
        }
        return fuerEinrichtung != null ? fuerEinrichtung : Teilhabeberichtsfaelligkeit.STANDARD.intervallMonate();
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Teilhabevereinbarung> vereinbarungen() {
        return repository.em().createQuery("SELECT v FROM Teilhabevereinbarung v ORDER BY v.einrichtung.name, v.id",
                Teilhabevereinbarung.class).getResultList();
    }

    // ------------------------------------------------------------------ writing

    /**
     * Assembles a draft for the period from the goals that exist by its end, the measures overlapping it and the
     * evaluations dated in it. A period without any evaluation is allowed but warned.
     */
    public Ansicht entwurfAnlegen(Long beschaeftigterId, LocalDate von, LocalDate bis) {
        Beschaeftigter p = repository.find(Beschaeftigter.class, beschaeftigterId, TeilhabeplanungService.PERSON_FEHLT);
        pruefeZeitraum(von, bis);
        Teilhabebericht b = new Teilhabebericht();
        b.setBeschaeftigter(p);
        b.setZeitraumVon(von);
        b.setZeitraumBis(bis);
        b.setStatus(Berichtsstatus.ENTWURF);
        b.setErstelltVon(callers.require().username());
        Berichtsinhalt inhalt = zusammenstellen(beschaeftigterId, von, bis);
        b.setInhalt(inhalt.toJson());
        b.setZielerreichung(vorschlagZielerreichung(inhalt));
        b.setMassnahmenbewertung(vorschlagMassnahmen(inhalt));
        b.setSichtPerson(inhalt.ziele().stream().filter(z -> z.sichtPerson() != null && !z.sichtPerson().isBlank())
                .map(z -> "Zum Ziel „" + z.text() + "“: " + z.sichtPerson()).collect(Collectors.joining("\n")));
        b = repository.create(b);
        return new Ansicht(b, inhalt, warnungen(b, inhalt));
    }

    /** The social service edits the texts of a draft; a released report is refused. */
    public Ansicht speichern(Long id, String zielerreichung, String massnahmenbewertung, String vorschlaege,
            String sichtPerson) {
        Teilhabebericht b = entwurf(id);
        b.setZielerreichung(zielerreichung);
        b.setMassnahmenbewertung(massnahmenbewertung);
        b.setVorschlaege(vorschlaege);
        b.setSichtPerson(sichtPerson);
        repository.update(b, FEHLT);
        return ansicht(id);
    }

    /** Takes the goals, measures and evaluations of the period again into the draft (texts stay). */
    public Ansicht neuZusammenstellen(Long id) {
        Teilhabebericht b = entwurf(id);
        b.setInhalt(zusammenstellen(b.getBeschaeftigter().getId(), b.getZeitraumVon(), b.getZeitraumBis()).toJson());
        repository.update(b, FEHLT);
        return ansicht(id);
    }

    /** Release with four eyes: not by the author; afterwards the report is immutable. */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public Teilhabebericht freigeben(Long id) {
        Teilhabebericht b = entwurf(id);
        String wer = callers.require().username();
        if (wer.equals(b.getErstelltVon())) {
            throw new ValidationFailure("status", "Vier-Augen-Prinzip: Sie haben den Teilhabebericht erstellt; "
                    + "freigeben muss ihn eine andere Person (Sozialdienst oder Leitung).");
        }
        b.setStatus(Berichtsstatus.FREIGEGEBEN);
        b.setFreigegebenVon(wer);
        b.setFreigegebenAm(Instant.now());
        return repository.update(b, FEHLT);
    }

    /** A request of the Leistungsträger: the report is due by {@code vorzulegenBis} if that is earlier. */
    public Berichtsanforderung anforderungErfassen(Long beschaeftigterId, Long leistungstraegerId,
            LocalDate eingegangenAm, LocalDate vorzulegenBis) {
        Berichtsanforderung a = new Berichtsanforderung();
        a.setBeschaeftigter(repository.find(Beschaeftigter.class, beschaeftigterId,
                TeilhabeplanungService.PERSON_FEHLT));
        if (leistungstraegerId != null) {
            a.setLeistungstraeger(repository.find(Leistungstraeger.class, leistungstraegerId,
                    "Der Leistungsträger wurde nicht gefunden."));
        }
        a.setEingegangenAm(eingegangenAm);
        a.setVorzulegenBis(vorzulegenBis);
        if (eingegangenAm != null && vorzulegenBis != null && vorzulegenBis.isBefore(eingegangenAm)) {
            throw new ValidationFailure("vorzulegenBis", "Der Bericht kann nicht vor dem Eingang der Anforderung ("
                    + eingegangenAm.format(DATUM) + ") vorzulegen sein.");
        }
        return repository.create(a);
    }

    /** Interval and places of the Leistungsvereinbarung of an Einrichtung (optionally for one Leistungsträger). */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT})
    public Teilhabevereinbarung vereinbarungSpeichern(Long einrichtungId, Long leistungstraegerId, int intervallMonate,
            Integer plaetze, Integer plaetzeSeelisch) {
        Einrichtung e = repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden.");
        Leistungstraeger lt = leistungstraegerId == null ? null : repository.find(Leistungstraeger.class,
                leistungstraegerId, "Der Leistungsträger wurde nicht gefunden.");
        if (plaetze != null && plaetzeSeelisch != null && plaetzeSeelisch > plaetze) {
            throw new ValidationFailure("plaetzeSeelisch", "Die Plätze für Menschen mit seelischer Behinderung ("
                    + plaetzeSeelisch + ") können nicht mehr sein als alle Plätze (" + plaetze + ").");
        }
        Teilhabevereinbarung v = vereinbarungen().stream().filter(x -> x.getEinrichtung().getId().equals(einrichtungId)
                && Objects.equals(x.getLeistungstraeger() == null ? null : x.getLeistungstraeger().getId(),
                        leistungstraegerId)).findFirst().orElse(null);
        boolean neu = v == null;
        if (neu) {
            v = new Teilhabevereinbarung();
            v.setEinrichtung(e);
            v.setLeistungstraeger(lt);
        } else {
            repository.em().detach(v);
        }
        v.setBerichtsintervallMonate(intervallMonate);
        v.setPlaetze(plaetze);
        v.setPlaetzeSeelisch(plaetzeSeelisch);
        return neu ? repository.create(v) : repository.update(v, "Die Vereinbarung wurde nicht gefunden.");
    }

    // ------------------------------------------------------------------ helpers

    private Teilhabebericht entwurf(Long id) {
        Teilhabebericht b = repository.find(Teilhabebericht.class, id, FEHLT);
        if (b.getStatus() == Berichtsstatus.FREIGEGEBEN) {
            throw new ValidationFailure("status", "Der Teilhabebericht wurde am "
                    + b.getFreigegebenAm().atZone(BERLIN).toLocalDate().format(DATUM) + " von " + b.getFreigegebenVon()
                    + " freigegeben und kann nicht mehr geändert werden.");
        }
        repository.em().detach(b);
        return b;
    }

    private static void pruefeZeitraum(LocalDate von, LocalDate bis) {
        if (von == null) {
            throw new ValidationFailure("zeitraumVon", "Bitte geben Sie den Beginn des Berichtszeitraums ein.");
        }
        if (bis == null) {
            throw new ValidationFailure("zeitraumBis", "Bitte geben Sie das Ende des Berichtszeitraums ein.");
        }
        if (bis.isBefore(von)) {
            throw new ValidationFailure("zeitraumBis", "Das Ende des Berichtszeitraums (" + bis.format(DATUM)
                    + ") liegt vor seinem Beginn (" + von.format(DATUM) + ").");
        }
    }

    private Berichtsinhalt zusammenstellen(Long person, LocalDate von, LocalDate bis) {
        Map<Long, List<Teilhabemassnahme>> massnahmen = planung.massnahmenVon(person).stream()
                .filter(m -> !m.getVon().isAfter(bis) && (m.getBis() == null || !m.getBis().isBefore(von)))
                .collect(Collectors.groupingBy(m -> m.getZiel().getId()));
        Map<Long, List<Zielbewertung>> bewertungen = planung.bewertungenVon(person).stream()
                .filter(b -> !b.getDatum().isBefore(von) && !b.getDatum().isAfter(bis))
                .collect(Collectors.groupingBy(b -> b.getZiel().getId()));
        List<Berichtsinhalt.Ziel> ziele = new ArrayList<>();
        for (Teilhabeziel z : planung.ziele(person)) {
            if (z.getQuelleDatum().isAfter(bis)) {
                continue;
            }
            ziele.add(new Berichtsinhalt.Ziel(z.getText(), z.getLebensbereich().getLabel(), z.getQuelle().getLabel(),
                    z.getQuelleDatum(), z.getKriterium(), z.getFaelligAm(), z.getSichtPerson(),
                    massnahmen.getOrDefault(z.getId(), List.of()).stream().map(m -> new Berichtsinhalt.Massnahme(
                            m.getArt().getLabel(), m.getBeschreibung(), m.getVerantwortlich(), m.getVon(), m.getBis()))
                            .toList(),
                    bewertungen.getOrDefault(z.getId(), List.of()).stream().map(b -> new Berichtsinhalt.Bewertung(
                            b.getDatum(), b.getErgebnis().getLabel(), b.getBegruendung())).toList()));
        }
        return new Berichtsinhalt(ziele);
    }

    static List<String> warnungen(Teilhabebericht b, Berichtsinhalt inhalt) {
        List<String> w = new ArrayList<>();
        String zeitraum = b.getZeitraumVon().format(DATUM) + " bis " + b.getZeitraumBis().format(DATUM);
        if (inhalt.ziele().isEmpty()) {
            w.add("Für den Berichtszeitraum " + zeitraum + " sind keine Ziele aus dem Gesamtplan erfasst.");
        }
        if (inhalt.anzahlBewertungen() == 0) {
            w.add("Im Berichtszeitraum " + zeitraum + " gibt es keine Bewertung der Ziele. Der Bericht soll den Grad "
                    + "der Zielerreichung einschätzen (§ 13 Abs. 6 Leistungsvereinbarung): bitte zuerst die Ziele "
                    + "bewerten.");
        }
        return w;
    }

    private static String vorschlagZielerreichung(Berichtsinhalt inhalt) {
        return inhalt.ziele().stream().map(z -> "Ziel „" + z.text() + "“: " + (z.bewertungen().isEmpty()
                ? "im Berichtszeitraum nicht bewertet."
                : z.bewertungen().get(z.bewertungen().size() - 1).ergebnis() + " (Bewertung vom "
                        + z.bewertungen().get(z.bewertungen().size() - 1).datum().format(DATUM) + ")."))
                .collect(Collectors.joining("\n"));
    }

    private static String vorschlagMassnahmen(Berichtsinhalt inhalt) {
        return inhalt.ziele().stream().flatMap(z -> z.massnahmen().stream()
                .map(m -> m.art() + " „" + m.beschreibung() + "“ (" + m.verantwortlich() + "): "))
                .collect(Collectors.joining("\n"));
    }
}
