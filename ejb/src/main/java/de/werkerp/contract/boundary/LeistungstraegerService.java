package de.werkerp.contract.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;

/** The tenant's list of Leistungsträger (public bodies paying for the services). */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
public class LeistungstraegerService {

    static final String FEHLT = "Der Leistungsträger wurde nicht gefunden.";

    @Inject
    TenantRepository repository;

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Leistungstraeger> leistungstraeger() {
        return repository.list(Leistungstraeger.class, "name");
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Leistungstraeger find(Long id) {
        return repository.find(Leistungstraeger.class, id, FEHLT);
    }

    public Leistungstraeger create(Leistungstraeger lt) {
        requireUniqueName(lt);
        return repository.create(lt);
    }

    public Leistungstraeger update(Leistungstraeger lt) {
        requireUniqueName(lt);
        return repository.update(lt, FEHLT);
    }

    private void requireUniqueName(Leistungstraeger lt) {
        if (lt.getName() == null) {
            return;
        }
        Long count = repository.em().createQuery("SELECT COUNT(l) FROM Leistungstraeger l WHERE LOWER(l.name) = :n"
                + " AND (:id IS NULL OR l.id <> :id)", Long.class)
                .setParameter("n", lt.getName().trim().toLowerCase()).setParameter("id", lt.getId()).getSingleResult();
        if (count > 0) {
            throw new ValidationFailure("name", "Es gibt bereits einen Leistungsträger mit diesem Namen.");
        }
    }
}
