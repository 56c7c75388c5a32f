package de.werkerp.tenant.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Betriebsstaette;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Gruppe;

/**
 * The organisation of a Träger: Einrichtungen, Betriebsstätten, Gruppen. Everyone of the tenant may
 * read it (it holds no personal data); only the tenant admin changes it. Nothing is deleted:
 * objects are deactivated, so history stays intact.
 */
@Stateless
@TenantGuarded
@Allow(Role.TENANT_ADMIN)
public class OrganisationService {

    static final String EINRICHTUNG_FEHLT = "Die Einrichtung wurde nicht gefunden.";
    static final String BETRIEBSSTAETTE_FEHLT = "Die Betriebsstätte wurde nicht gefunden.";
    static final String GRUPPE_FEHLT = "Die Gruppe wurde nicht gefunden.";

    @Inject
    TenantRepository repository;

    // ---- Einrichtungen

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.AUDITOR})
    public List<Einrichtung> einrichtungen() {
        return repository.list(Einrichtung.class, "name");
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.AUDITOR})
    public Einrichtung einrichtung(Long id) {
        return repository.find(Einrichtung.class, id, EINRICHTUNG_FEHLT);
    }

    public Einrichtung createEinrichtung(Einrichtung einrichtung) {
        requireUniqueName(Einrichtung.class, einrichtung.getName(), null,
                "Es gibt bereits eine Einrichtung mit diesem Namen.");
        return repository.create(einrichtung);
    }

    public Einrichtung updateEinrichtung(Einrichtung einrichtung) {
        requireUniqueName(Einrichtung.class, einrichtung.getName(), einrichtung.getId(),
                "Es gibt bereits eine Einrichtung mit diesem Namen.");
        return repository.update(einrichtung, EINRICHTUNG_FEHLT);
    }

    public Einrichtung setEinrichtungAktiv(Long id, boolean aktiv) {
        Einrichtung einrichtung = einrichtung(id);
        einrichtung.setAktiv(aktiv);
        return repository.update(einrichtung, EINRICHTUNG_FEHLT);
    }

    // ---- Betriebsstätten

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.AUDITOR})
    public List<Betriebsstaette> betriebsstaetten() {
        return repository.list(Betriebsstaette.class, "name");
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.AUDITOR})
    public Betriebsstaette betriebsstaette(Long id) {
        return repository.find(Betriebsstaette.class, id, BETRIEBSSTAETTE_FEHLT);
    }

    /** Creates a Betriebsstätte of the Einrichtung with the given id (which must be the caller's). */
    public Betriebsstaette createBetriebsstaette(Long einrichtungId, Betriebsstaette betriebsstaette) {
        betriebsstaette.setEinrichtung(einrichtungFor(einrichtungId));
        requireUniqueName(Betriebsstaette.class, betriebsstaette.getName(), null,
                "Es gibt bereits eine Betriebsstätte mit diesem Namen.");
        Betriebsstaette neu = repository.create(betriebsstaette);
        einzigeHauptbetriebsstaette(neu);
        return neu;
    }

    public Betriebsstaette updateBetriebsstaette(Long einrichtungId, Betriebsstaette betriebsstaette) {
        betriebsstaette.setEinrichtung(einrichtungFor(einrichtungId));
        requireUniqueName(Betriebsstaette.class, betriebsstaette.getName(), betriebsstaette.getId(),
                "Es gibt bereits eine Betriebsstätte mit diesem Namen.");
        Betriebsstaette gespeichert = repository.update(betriebsstaette, BETRIEBSSTAETTE_FEHLT);
        einzigeHauptbetriebsstaette(gespeichert);
        return gespeichert;
    }

    /** A site marked as main site takes the mark from every other site of its Einrichtung (each change audited). */
    private void einzigeHauptbetriebsstaette(Betriebsstaette haupt) {
        if (!haupt.isHauptbetriebsstaette()) {
            return;
        }
        for (Betriebsstaette andere : repository.em().createQuery("SELECT b FROM Betriebsstaette b WHERE"
                + " b.einrichtung = :e AND b.hauptbetriebsstaette = TRUE AND b.id <> :id", Betriebsstaette.class)
                .setParameter("e", haupt.getEinrichtung()).setParameter("id", haupt.getId()).getResultList()) {
            andere.setHauptbetriebsstaette(false);
            repository.update(andere, BETRIEBSSTAETTE_FEHLT);
        }
    }

    public Betriebsstaette setBetriebsstaetteAktiv(Long id, boolean aktiv) {
        Betriebsstaette betriebsstaette = betriebsstaette(id);
        betriebsstaette.setAktiv(aktiv);
        return repository.update(betriebsstaette, BETRIEBSSTAETTE_FEHLT);
    }

    // ---- Gruppen

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.AUDITOR})
    public List<Gruppe> gruppen() {
        return repository.list(Gruppe.class, "name");
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.AUDITOR})
    public Gruppe gruppe(Long id) {
        return repository.find(Gruppe.class, id, GRUPPE_FEHLT);
    }

    public Gruppe createGruppe(Long betriebsstaetteId, Gruppe gruppe) {
        gruppe.setBetriebsstaette(betriebsstaetteFor(betriebsstaetteId));
        requireUniqueGroup(gruppe);
        return repository.create(gruppe);
    }

    public Gruppe updateGruppe(Long betriebsstaetteId, Gruppe gruppe) {
        gruppe.setBetriebsstaette(betriebsstaetteFor(betriebsstaetteId));
        requireUniqueGroup(gruppe);
        return repository.update(gruppe, GRUPPE_FEHLT);
    }

    public Gruppe setGruppeAktiv(Long id, boolean aktiv) {
        Gruppe gruppe = gruppe(id);
        gruppe.setAktiv(aktiv);
        return repository.update(gruppe, GRUPPE_FEHLT);
    }

    // ---- helpers

    private Einrichtung einrichtungFor(Long id) {
        if (id == null) {
            throw new ValidationFailure("einrichtungId", "Bitte wählen Sie die Einrichtung.");
        }
        Einrichtung einrichtung = repository.em().find(Einrichtung.class, id);
        if (einrichtung == null) {
            throw new ValidationFailure("einrichtungId", EINRICHTUNG_FEHLT);
        }
        return einrichtung;
    }

    private Betriebsstaette betriebsstaetteFor(Long id) {
        if (id == null) {
            throw new ValidationFailure("betriebsstaetteId", "Bitte wählen Sie die Betriebsstätte.");
        }
        Betriebsstaette betriebsstaette = repository.em().find(Betriebsstaette.class, id);
        if (betriebsstaette == null) {
            throw new ValidationFailure("betriebsstaetteId", BETRIEBSSTAETTE_FEHLT);
        }
        return betriebsstaette;
    }

    private void requireUniqueName(Class<?> type, String name, Long ownId, String message) {
        if (name == null) {
            return;
        }
        Long count = repository.em().createQuery("SELECT COUNT(e) FROM " + type.getSimpleName()
                + " e WHERE LOWER(e.name) = :name AND (:id IS NULL OR e.id <> :id)", Long.class)
                .setParameter("name", name.trim().toLowerCase())
                .setParameter("id", ownId)
                .getSingleResult();
        if (count > 0) {
            throw new ValidationFailure("name", message);
        }
    }

    private void requireUniqueGroup(Gruppe gruppe) {
        if (gruppe.getName() == null) {
            return;
        }
        Long count = repository.em().createQuery("SELECT COUNT(g) FROM Gruppe g WHERE g.betriebsstaette = :site"
                + " AND LOWER(g.name) = :name AND (:id IS NULL OR g.id <> :id)", Long.class)
                .setParameter("site", gruppe.getBetriebsstaette())
                .setParameter("name", gruppe.getName().trim().toLowerCase())
                .setParameter("id", gruppe.getId())
                .getSingleResult();
        if (count > 0) {
            throw new ValidationFailure("name", "Es gibt an dieser Betriebsstätte bereits eine Gruppe mit diesem Namen.");
        }
    }
}
