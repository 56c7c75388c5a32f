package de.werkerp.privacy.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import de.werkerp.audit.entity.AuditAction;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.election.entity.Wahlprojekt;
import de.werkerp.election.entity.Wahlstatus;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.privacy.control.Anfechtungsfrist;
import de.werkerp.privacy.control.Aufbewahrungsfrist;
import de.werkerp.privacy.control.Aufbewahrungskategorie;
import de.werkerp.privacy.control.Loeschreife;
import de.werkerp.privacy.entity.Aufbewahrungseinstellung;
import de.werkerp.privacy.entity.Loeschvorschlag;
import de.werkerp.privacy.entity.StandardAufbewahrungsfrist;

/**
 * Retention and deletion (Art. 5 Abs. 1 lit. e, Art. 17 DSGVO; issue 16 item 7, docs/datenschutz.md): the retention
 * period per category (documented default, a tenant may lengthen it), the monthly list of people whose periods have
 * ended, the four-eyes deletion (one tenant admin proposes, a different one confirms, then the personal data is
 * anonymised so that every amount and yearly figure stays as it was), and the deletion of candidates' photos after
 * the challenge period. Tenant admins only.
 */
@Stateless
@TenantGuarded
@Allow(Role.TENANT_ADMIN)
public class DatenschutzService {

    static final String PERSON_FEHLT = "Die Person wurde nicht gefunden.";
    static final String VORSCHLAG_FEHLT = "Der Löschvorschlag wurde nicht gefunden.";

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    /** Today (German time), from the application's clock {@code platform.control.Uhr}. */
    @Inject
    Clock uhr;

    /** A category's period: the documented default, the tenant's period (default or longer) and the legal basis. */
    public record Frist(Aufbewahrungskategorie kategorie, int standardJahre, int jahre, String rechtsgrundlage) implements java.io.Serializable {
        public String getLabel() {
            return kategorie.getLabel();
        }

        public String getAnlass() {
            return kategorie.getAnlass();
        }

        public int getStandardJahre() {
            return standardJahre;
        }

        public int getJahre() {
            return jahre;
        }

        public String getRechtsgrundlage() {
            return rechtsgrundlage;
        }

        public String getName() {
            return kategorie.name();
        }
    }

    /** One line of the deletion list: a person whose periods have ended, with an open proposal if there is one. */
    public record Kandidat(Long beschaeftigterId, String name, LocalDate vertragsende, LocalDate loeschbarAb,
            Map<Aufbewahrungskategorie, LocalDate> fristenden, Long vorschlagId, String vorgeschlagenVon) implements java.io.Serializable {
        public Long getBeschaeftigterId() {
            return beschaeftigterId;
        }

        public String getName() {
            return name;
        }

        public LocalDate getVertragsende() {
            return vertragsende;
        }

        public LocalDate getLoeschbarAb() {
            return loeschbarAb;
        }

        public Long getVorschlagId() {
            return vorschlagId;
        }

        public String getVorgeschlagenVon() {
            return vorgeschlagenVon;
        }
    }

    // ------------------------------------------------------------------ retention periods

    @Allow({Role.TENANT_ADMIN, Role.AUDITOR})
    public List<Frist> fristen() {
        Map<Aufbewahrungskategorie, Integer> eigene = new EnumMap<>(Aufbewahrungskategorie.class);
        repository.em().createQuery("SELECT a FROM Aufbewahrungseinstellung a", Aufbewahrungseinstellung.class)
                .getResultList().forEach(a -> eigene.put(a.getKategorie(), a.getJahre()));
        List<Frist> fristen = new ArrayList<>();
        for (StandardAufbewahrungsfrist s : standards().values()) {
            fristen.add(new Frist(s.getKategorie(), s.getJahre(), Math.max(s.getJahre(),
                    eigene.getOrDefault(s.getKategorie(), s.getJahre())), s.getRechtsgrundlage()));
        }
        return fristen;
    }

    /** Sets the tenant's period of a category: at least the default (a shorter one is refused), at most 30 years. */
    public Frist fristSetzen(Aufbewahrungskategorie kategorie, int jahre) {
        if (kategorie == null) {
            throw new ValidationFailure("kategorie", "Bitte wählen Sie eine Kategorie.");
        }
        StandardAufbewahrungsfrist standard = standards().get(kategorie);
        Aufbewahrungsfrist.fehler(kategorie, jahre, standard.getJahre()).ifPresent(m -> {
            throw new ValidationFailure("jahre", m);
        });
        Aufbewahrungseinstellung eigene = repository.em().createQuery("SELECT a FROM Aufbewahrungseinstellung a"
                + " WHERE a.kategorie = :k", Aufbewahrungseinstellung.class).setParameter("k", kategorie)
                .getResultStream().findFirst().orElse(null);
        if (eigene == null) {
            repository.create(new Aufbewahrungseinstellung(kategorie, jahre));
        } else if (eigene.getJahre() != jahre) {
            repository.em().detach(eigene);
            eigene.setJahre(jahre);
            repository.update(eigene, "Die Aufbewahrungsfrist wurde nicht gefunden.");
        }
        return new Frist(kategorie, standard.getJahre(), jahre, standard.getRechtsgrundlage());
    }

    private Map<Aufbewahrungskategorie, StandardAufbewahrungsfrist> standards() {
        Map<Aufbewahrungskategorie, StandardAufbewahrungsfrist> m = new EnumMap<>(Aufbewahrungskategorie.class);
        repository.em().createQuery("SELECT s FROM StandardAufbewahrungsfrist s", StandardAufbewahrungsfrist.class)
                .getResultList().forEach(s -> m.put(s.getKategorie(), s));
        if (m.size() != Aufbewahrungskategorie.values().length) {
            throw new IllegalStateException("ref_aufbewahrungsfrist is incomplete: " + m.keySet());
        }
        return m;
    }

    private Map<Aufbewahrungskategorie, Integer> jahre() {
        Map<Aufbewahrungskategorie, Integer> m = new EnumMap<>(Aufbewahrungskategorie.class);
        fristen().forEach(f -> m.put(f.kategorie(), f.jahre()));
        return m;
    }

    // ------------------------------------------------------------------ the monthly list

    /**
     * The people whose Werkstattverträge have all ended and whose retention periods are all over today, not yet
     * anonymised, with any open proposal. Only people whose last contract ended before the shortest possible period
     * are checked in detail (one set of queries each), so the list stays cheap for a large tenant. Also deletes the
     * candidates' photos whose challenge period has ended (as the timer does), so opening the list is enough.
     */
    public List<Kandidat> loeschliste() {
        fotosNachAnfechtungsfristLoeschen();
        LocalDate heute = LocalDate.now(uhr);
        Map<Aufbewahrungskategorie, Integer> jahre = jahre();
        Map<Long, LocalDate> letztesEnde = new HashMap<>();
        Set<Long> offen = new HashSet<>();
        for (Object[] r : repository.em().createQuery("SELECT v.beschaeftigter.id, v.ende FROM Werkstattvertrag v"
                + " WHERE v.beschaeftigter.anonymisiertAm IS NULL", Object[].class).getResultList()) {
            Long id = (Long) r[0];
            LocalDate ende = (LocalDate) r[1];
            if (ende == null || !ende.isBefore(heute)) {
                offen.add(id);
            } else {
                letztesEnde.merge(id, ende, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<Long, Loeschvorschlag> vorschlaege = new HashMap<>();
        repository.em().createQuery("SELECT l FROM Loeschvorschlag l WHERE l.status = :s", Loeschvorschlag.class)
                .setParameter("s", Loeschvorschlag.Status.VORGESCHLAGEN).getResultList()
                .forEach(l -> vorschlaege.put(l.getBeschaeftigterId(), l));
        List<Kandidat> liste = new ArrayList<>();
        for (Map.Entry<Long, LocalDate> e : letztesEnde.entrySet()) {
            if (offen.contains(e.getKey())
                    || !heute.isAfter(Aufbewahrungsfrist.ende(Aufbewahrungskategorie.STAMMDATEN_VERTRAG,
                            jahre.get(Aufbewahrungskategorie.STAMMDATEN_VERTRAG), e.getValue()))) {
                continue;
            }
            Loeschreife.Ergebnis reife = reife(e.getKey(), heute, jahre);
            if (reife.loeschbar()) {
                Beschaeftigter p = repository.find(Beschaeftigter.class, e.getKey(), PERSON_FEHLT);
                Loeschvorschlag v = vorschlaege.get(e.getKey());
                liste.add(new Kandidat(p.getId(), p.getName(), e.getValue(), reife.loeschbarAb(), reife.fristenden(),
                        v == null ? null : v.getId(), v == null ? null : v.getVorgeschlagenVon()));
            }
        }
        liste.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return liste;
    }

    /** The retention check of one person today (also shown in the Art. 15 export). */
    @Allow(Role.TENANT_ADMIN)
    public Loeschreife.Ergebnis reife(Long beschaeftigterId) {
        repository.find(Beschaeftigter.class, beschaeftigterId, PERSON_FEHLT);
        return reife(beschaeftigterId, LocalDate.now(uhr), jahre());
    }

    private Loeschreife.Ergebnis reife(Long p, LocalDate heute, Map<Aufbewahrungskategorie, Integer> jahre) {
        EntityManager em = repository.em();
        boolean vertragOffen = false;
        LocalDate vertragsende = null;
        for (LocalDate ende : em.createQuery("SELECT v.ende FROM Werkstattvertrag v WHERE v.beschaeftigter.id = :p",
                LocalDate.class).setParameter("p", p).getResultList()) {
            if (ende == null || !ende.isBefore(heute)) {
                vertragOffen = true;
            } else {
                vertragsende = max(vertragsende, ende);
            }
        }
        Map<Aufbewahrungskategorie, LocalDate> anlaesse = new EnumMap<>(Aufbewahrungskategorie.class);
        if (vertragsende != null) {
            anlaesse.put(Aufbewahrungskategorie.STAMMDATEN_VERTRAG, vertragsende);
        }
        LocalDate entgelt = null;
        List<YearMonth> monate = new ArrayList<>();
        em.createQuery("SELECT DISTINCT a.lauf FROM Abrechnung a WHERE a.beschaeftigterId = :p",
                de.werkerp.wage.entity.Entgeltlauf.class).setParameter("p", p).getResultList()
                .forEach(l -> monate.add(l.getMonat()));
        em.createQuery("SELECT m FROM Anwesenheitsmonat m WHERE m.beschaeftigterId = :p",
                de.werkerp.wage.entity.Anwesenheitsmonat.class).setParameter("p", p).getResultList()
                .forEach(m -> monate.add(m.getMonat()));
        em.createQuery("SELECT l FROM Lohnbuchung l WHERE l.beschaeftigterId = :p",
                de.werkerp.wage.entity.Lohnbuchung.class).setParameter("p", p).getResultList()
                .forEach(l -> monate.add(l.getMonat()));
        for (YearMonth m : monate) {
            entgelt = max(entgelt, m.atEndOfMonth());
        }
        if (entgelt != null) {
            anlaesse.put(Aufbewahrungskategorie.ENTGELT, entgelt);
        }
        LocalDate abrechnung = null;
        for (de.werkerp.billing.entity.Rechnungsposition r : em.createQuery("SELECT r FROM Rechnungsposition r WHERE"
                + " r.beschaeftigterId = :p", de.werkerp.billing.entity.Rechnungsposition.class).setParameter("p", p)
                .getResultList()) {
            abrechnung = max(abrechnung, r.getLeistungsmonat().atEndOfMonth());
        }
        if (abrechnung != null) {
            anlaesse.put(Aufbewahrungskategorie.LEISTUNGSABRECHNUNG, abrechnung);
        }
        LocalDate krank = null;
        for (Object[] r : em.createQuery("SELECT e.beginn, e.ende FROM Arbeitsunfaehigkeit e WHERE"
                + " e.beschaeftigterId = :p", Object[].class).setParameter("p", p).getResultList()) {
            krank = max(krank, r[1] != null ? (LocalDate) r[1] : heute);
        }
        if (krank != null) {
            anlaesse.put(Aufbewahrungskategorie.ARBEITSUNFAEHIGKEIT, krank);
        }
        long teilhabe = 0;
        for (String q : List.of("SELECT COUNT(z) FROM Teilhabeziel z WHERE z.beschaeftigter.id = :p",
                "SELECT COUNT(b) FROM Teilhabebericht b WHERE b.beschaeftigter.id = :p",
                "SELECT COUNT(u) FROM Uebergang u WHERE u.beschaeftigter.id = :p")) {
            teilhabe += em.createQuery(q, Long.class).setParameter("p", p).getSingleResult();
        }
        if (teilhabe > 0) {
            anlaesse.put(Aufbewahrungskategorie.TEILHABE, vertragsende != null ? vertragsende : heute);
        }
        LocalDate wahl = null;
        for (Wahlprojekt w : em.createQuery("SELECT DISTINCT v.projekt FROM Wahlvorschlag v WHERE"
                + " v.beschaeftigter.id = :p", Wahlprojekt.class).setParameter("p", p).getResultList()) {
            wahl = max(wahl, wahlaktenBis(w));
        }
        for (Wahlprojekt w : em.createQuery("SELECT DISTINCT m.projekt FROM Wahlvorstandsmitglied m WHERE"
                + " m.beschaeftigter.id = :p", Wahlprojekt.class).setParameter("p", p).getResultList()) {
            wahl = max(wahl, wahlaktenBis(w));
        }
        if (wahl != null) {
            anlaesse.put(Aufbewahrungskategorie.WAHL, wahl);
        }
        return Loeschreife.pruefe(heute, vertragOffen, anlaesse, jahre);
    }

    /** Election files: until the end of the elected council's term; a cancelled election until the cancellation. */
    private static LocalDate wahlaktenBis(Wahlprojekt w) {
        if (w.getStatus() == Wahlstatus.ABGESAGT && w.getAbgesagtAm() != null) {
            return w.getAbgesagtAm();
        }
        if (w.getAmtszeitEnde() != null) {
            return w.getAmtszeitEnde();
        }
        return w.getWahltag() != null ? w.getWahltag().plusYears(4) : LocalDate.MAX.minusYears(100);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    // ------------------------------------------------------------------ four eyes: propose, confirm

    /** Proposes to anonymise a person whose periods have all ended (the first pair of eyes). */
    public Loeschvorschlag vorschlagen(Long beschaeftigterId) {
        Beschaeftigter p = repository.find(Beschaeftigter.class, beschaeftigterId, PERSON_FEHLT);
        if (p.isAnonymisiert()) {
            throw new ValidationFailure("beschaeftigterId", "Die Daten dieser Person sind bereits anonymisiert.");
        }
        Loeschreife.Ergebnis reife = reife(beschaeftigterId, LocalDate.now(uhr), jahre());
        if (!reife.loeschbar()) {
            throw new ValidationFailure("beschaeftigterId", "Die Person kann noch nicht gelöscht werden: "
                    + reife.grund());
        }
        Long offen = repository.em().createQuery("SELECT COUNT(l) FROM Loeschvorschlag l WHERE"
                + " l.beschaeftigterId = :p AND l.status = :s", Long.class).setParameter("p", beschaeftigterId)
                .setParameter("s", Loeschvorschlag.Status.VORGESCHLAGEN).getSingleResult();
        if (offen > 0) {
            throw new ValidationFailure("beschaeftigterId", "Für diese Person liegt bereits ein Löschvorschlag vor.");
        }
        return repository.create(new Loeschvorschlag(beschaeftigterId, callers.require().username(), Instant.now()));
    }

    /** Withdraws an open proposal (any tenant admin). */
    public Loeschvorschlag verwerfen(Long vorschlagId) {
        Loeschvorschlag v = offenerVorschlag(vorschlagId);
        repository.em().detach(v);
        v.setStatus(Loeschvorschlag.Status.VERWORFEN);
        return repository.update(v, VORSCHLAG_FEHLT);
    }

    /**
     * Confirms a proposal (the second pair of eyes: not the admin who proposed it) and anonymises the person: the
     * periods are checked again on this day; then {@link Loeschung} removes or replaces every personal value.
     */
    public Loeschvorschlag bestaetigen(Long vorschlagId) {
        Loeschvorschlag v = offenerVorschlag(vorschlagId);
        String ich = callers.require().username();
        if (ich.equals(v.getVorgeschlagenVon())) {
            throw new ValidationFailure("vorschlag", "Vier-Augen-Prinzip: Sie haben die Löschung vorgeschlagen; "
                    + "bestätigen muss sie eine andere Person mit der Rolle Trägeradministration.");
        }
        Loeschreife.Ergebnis reife = reife(v.getBeschaeftigterId(), LocalDate.now(uhr), jahre());
        if (!reife.loeschbar()) {
            throw new ValidationFailure("vorschlag", "Die Person kann nicht gelöscht werden: " + reife.grund());
        }
        Loeschung.anonymisieren(repository, v.getBeschaeftigterId(), LocalDate.now(uhr));
        repository.em().detach(v);
        v.bestaetigt(ich, Instant.now());
        return repository.update(v, VORSCHLAG_FEHLT);
    }

    @Allow({Role.TENANT_ADMIN, Role.AUDITOR})
    public List<Loeschvorschlag> vorschlaege() {
        return repository.list(Loeschvorschlag.class, "vorgeschlagenAm DESC");
    }

    private Loeschvorschlag offenerVorschlag(Long id) {
        Loeschvorschlag v = repository.find(Loeschvorschlag.class, id, VORSCHLAG_FEHLT);
        if (v.getStatus() != Loeschvorschlag.Status.VORGESCHLAGEN) {
            throw new ValidationFailure("vorschlag", "Der Löschvorschlag ist bereits " + v.getStatus().getLabel() + ".");
        }
        return v;
    }

    // ------------------------------------------------------------------ candidates' photos

    /**
     * Deletes the candidates' photos of every election whose challenge period (§ 27 WMVO) has ended, or that was
     * cancelled ({@link Anfechtungsfrist}). Called by the daily timer ({@link Fotoloeschlauf}) for every tenant and
     * when the deletion list is opened. Returns the number of photos deleted.
     */
    public int fotosNachAnfechtungsfristLoeschen() {
        LocalDate heute = LocalDate.now(uhr);
        int geloescht = 0;
        for (Wahlprojekt w : repository.em().createQuery("SELECT DISTINCT f.vorschlag.projekt FROM Wahlfoto f",
                Wahlprojekt.class).getResultList()) {
            LocalDate ab = Anfechtungsfrist.fotosLoeschenAb(w.getStatus() == Wahlstatus.AUSGEZAEHLT
                    ? w.getErgebnisFestgestelltAm() : null,
                    w.getStatus() == Wahlstatus.ABGESAGT ? Objects.requireNonNullElse(w.getAbgesagtAm(), heute) : null,
                    feiertage(w));
            if (ab != null && !heute.isBefore(ab)) {
                geloescht += repository.massenaenderung(repository.em().createQuery("DELETE FROM Wahlfoto f WHERE"
                        + " f.vorschlag.id IN (SELECT v.id FROM Wahlvorschlag v WHERE v.projekt.id = :w)")
                        .setParameter("w", w.getId()), "Wahlfoto",
                        "Fotos der Wahl #" + w.getId() + " gelöscht: Anfechtungsfrist (§ 27 WMVO) abgelaufen"
                                + " bzw. Wahl abgesagt");
            }
        }
        return geloescht;
    }

    /** The public holidays of the Einrichtung's Land (Entgelt settings) around the result; weekends only without. */
    private Set<LocalDate> feiertage(Wahlprojekt w) {
        LocalDate tag = w.getErgebnisFestgestelltAm();
        if (tag == null || w.getEinrichtung() == null) {
            return Set.of();
        }
        String land = repository.em().createQuery("SELECT s.bundesland FROM Entgelteinstellung s WHERE"
                + " s.einrichtung = :e", String.class).setParameter("e", w.getEinrichtung()).getResultStream()
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (land == null) {
            return Set.of();
        }
        Set<LocalDate> tage = new HashSet<>();
        for (YearMonth m = YearMonth.from(tag); !m.isAfter(YearMonth.from(tag).plusMonths(2)); m = m.plusMonths(1)) {
            tage.addAll(de.werkerp.wage.control.Feiertage.im(m, land));
        }
        return tage;
    }

    /** The audit action used for anonymised fields (the old value is not repeated: "***" → "anonymisiert"). */
    static final AuditAction ANONYMISIERT = AuditAction.GEAENDERT;
}
