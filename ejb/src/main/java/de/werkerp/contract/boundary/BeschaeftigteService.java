package de.werkerp.contract.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.contract.control.Iban;
import de.werkerp.contract.control.Rentenversicherungsnummer;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;

/**
 * The people (Beschäftigte) of the tenant. Special-category data (Personenkreis, scope of the
 * gesetzliche Betreuung) goes only to the social service and the tenant admin; payroll, management
 * and the auditor get the person without it; the council gets no individual data at all.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL})
public class BeschaeftigteService {

    static final String FEHLT = "Die Person wurde nicht gefunden.";

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Beschaeftigter> beschaeftigte() {
        List<Beschaeftigter> all = repository.list(Beschaeftigter.class, "nachname, e.vorname, e.geburtsdatum");
        all.forEach(this::forCaller);
        return all;
    }

    /** One page of {@link #beschaeftigte()} (same order, ties by id), paged and counted in the database. */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public de.werkerp.platform.control.Teilliste<Beschaeftigter> beschaeftigte(int offset, int limit) {
        var seite = repository.seite(Beschaeftigter.class, "nachname, e.vorname, e.geburtsdatum, e.id", offset, limit);
        seite.eintraege().forEach(this::forCaller);
        return seite;
    }

    /** The columns a lazy table of people may sort by. */
    public enum Sortierung { NAME, PERSONALNUMMER }

    /**
     * One page of the people whose name ("Nachname, Vorname") and Personalnummer contain the given texts (blank: any),
     * sorted, filtered, paged and counted in the database: the lazy tables of a Werkstatt of 15,000 people.
     */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public de.werkerp.platform.control.Teilliste<Beschaeftigter> suchen(String name, String personalnummer,
            Sortierung sortierung, boolean absteigend, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (name != null && !name.isBlank()) {
            where.append(" AND LOWER(CONCAT(e.nachname, ', ', e.vorname)) LIKE :name");
        }
        if (personalnummer != null && !personalnummer.isBlank()) {
            where.append(" AND LOWER(e.personalnummer) LIKE :pnr");
        }
        String richtung = absteigend ? " DESC" : "";
        String order = sortierung == Sortierung.PERSONALNUMMER ? "e.personalnummer" + richtung + ", e.id"
                : "e.nachname" + richtung + ", e.vorname" + richtung + ", e.id" + richtung;
        var count = repository.em().createQuery("SELECT COUNT(e) FROM Beschaeftigter e" + where, Long.class);
        var page = repository.em().createQuery("SELECT e FROM Beschaeftigter e" + where + " ORDER BY " + order,
                Beschaeftigter.class);
        if (name != null && !name.isBlank()) {
            count.setParameter("name", like(name));
            page.setParameter("name", like(name));
        }
        if (personalnummer != null && !personalnummer.isBlank()) {
            count.setParameter("pnr", like(personalnummer));
            page.setParameter("pnr", like(personalnummer));
        }
        long gesamt = count.getSingleResult();
        List<Beschaeftigter> eintraege = gesamt == 0 || limit == 0 ? List.of()
                : page.setFirstResult(offset).setMaxResults(limit).getResultList();
        eintraege.forEach(this::forCaller);
        return new de.werkerp.platform.control.Teilliste<>(eintraege, gesamt);
    }

    /** A LIKE pattern "contains", case-insensitive, with the wildcards of the text escaped. */
    private static String like(String text) {
        return "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Beschaeftigter find(Long id) {
        return forCaller(repository.find(Beschaeftigter.class, id, FEHLT));
    }

    /**
     * Creates a person. The same RV number twice is refused; the same name and birth date is refused
     * unless {@code trotzGleichemNamen} confirms that it is really another person.
     */
    public Beschaeftigter create(Beschaeftigter person, boolean trotzGleichemNamen) {
        normaliseAndCheck(person);
        requireNoDuplicate(person, trotzGleichemNamen);
        if (!mayWriteSpecialCategories()) {
            person.ohneBesondereKategorien();
        }
        return forCaller(repository.create(person));
    }

    public Beschaeftigter update(Beschaeftigter person) {
        normaliseAndCheck(person);
        Beschaeftigter stored = repository.find(Beschaeftigter.class, person.getId(), FEHLT);
        if (!mayWriteSpecialCategories()) {
            person.setPersonenkreis(stored.getPersonenkreis());
            person.setBetreuungUmfang(stored.getBetreuungUmfang());
            person.setBetreuerName(stored.getBetreuerName());
            person.setBetreuerKontakt(stored.getBetreuerKontakt());
        }
        requireNoDuplicate(person, true);
        return forCaller(repository.update(person, FEHLT));
    }

    public Beschaeftigter setAktiv(Long id, boolean aktiv) {
        Beschaeftigter person = repository.find(Beschaeftigter.class, id, FEHLT);
        repository.em().detach(person);
        person.setAktiv(aktiv);
        return forCaller(repository.update(person, FEHLT));
    }

    private void normaliseAndCheck(Beschaeftigter person) {
        if (person.getRvNummer() != null && !person.getRvNummer().isBlank()) {
            Rentenversicherungsnummer.fehler(person.getRvNummer()).ifPresent(message -> {
                throw new ValidationFailure("rvNummer", message);
            });
            person.setRvNummer(Rentenversicherungsnummer.normalisiert(person.getRvNummer()));
        } else {
            person.setRvNummer(null);
        }
        if (person.getIban() != null && !person.getIban().isBlank()) {
            Iban.fehler(person.getIban()).ifPresent(message -> {
                throw new ValidationFailure("iban", message);
            });
            person.setIban(Iban.normalisiert(person.getIban()));
        } else {
            person.setIban(null);
        }
        if (person.isKinderlos() && person.getKinderUnter25() > 0) {
            throw new ValidationFailure("kinderUnter25",
                    "Eine kinderlose Person kann keine Kinder unter 25 haben (§ 55 Abs. 3 SGB XI): bitte „kinderlos“ abwählen.");
        }
        repository.validate(person);
    }

    private void requireNoDuplicate(Beschaeftigter person, boolean trotzGleichemNamen) {
        if (person.getRvNummer() != null) {
            Long sameRv = repository.em().createQuery("SELECT COUNT(b) FROM Beschaeftigter b WHERE b.rvNummer = :rv"
                    + " AND (:id IS NULL OR b.id <> :id)", Long.class)
                    .setParameter("rv", person.getRvNummer()).setParameter("id", person.getId()).getSingleResult();
            if (sameRv > 0) {
                throw new ValidationFailure("rvNummer", "Es gibt bereits eine Person mit dieser Rentenversicherungsnummer.");
            }
        }
        if (!trotzGleichemNamen) {
            Long sameName = repository.em().createQuery("SELECT COUNT(b) FROM Beschaeftigter b WHERE"
                    + " LOWER(b.nachname) = :n AND LOWER(b.vorname) = :v AND b.geburtsdatum = :g"
                    + " AND (:id IS NULL OR b.id <> :id)", Long.class)
                    .setParameter("n", person.getNachname().trim().toLowerCase())
                    .setParameter("v", person.getVorname().trim().toLowerCase())
                    .setParameter("g", person.getGeburtsdatum())
                    .setParameter("id", person.getId()).getSingleResult();
            if (sameName > 0) {
                throw new ValidationFailure("nachname", "Es gibt bereits eine Person mit diesem Namen und Geburtsdatum."
                        + " Wenn es wirklich eine andere Person ist, bestätigen Sie das bitte ausdrücklich.");
            }
        }
    }

    private boolean mayWriteSpecialCategories() {
        return callers.require().hasAnyRole(Role.TENANT_ADMIN, Role.SOCIAL_SERVICE);
    }

    /** Detaches the person and strips what the caller's role may not see (never touches stored data). */
    private Beschaeftigter forCaller(Beschaeftigter person) {
        Caller caller = callers.require();
        if (!caller.hasAnyRole(Role.TENANT_ADMIN, Role.SOCIAL_SERVICE)) {
            repository.em().detach(person);
            person.ohneBesondereKategorien();
        }
        return person;
    }
}
