package de.werkerp.security.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.audit.control.AuditTrail;
import de.werkerp.audit.entity.AuditAction;
import de.werkerp.security.control.Konto;
import de.werkerp.security.control.Zweifaktorspeicher;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.CallerDirectory;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.control.PasswordHasher;
import de.werkerp.security.entity.Benutzer;

/** The users of the caller's tenant. Managed by the tenant admin; the auditor may read the list. */
@Stateless
@TenantGuarded
@Allow(Role.TENANT_ADMIN)
public class BenutzerService {

    static final String FEHLT = "Der Benutzer wurde nicht gefunden.";

    @Inject
    TenantRepository repository;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerDirectory directory;

    @Inject
    CallerContext callers;

    @Inject
    Zweifaktorspeicher zweifaktor;

    @Inject
    AuditTrail audit;

    @Allow({Role.TENANT_ADMIN, Role.AUDITOR})
    public List<Benutzer> benutzer() {
        return repository.list(Benutzer.class, "benutzername");
    }

    @Allow({Role.TENANT_ADMIN, Role.AUDITOR})
    public Benutzer find(Long id) {
        return repository.find(Benutzer.class, id, FEHLT);
    }

    public Benutzer create(Benutzer benutzer, String passwort) {
        requireTenantRoles(benutzer);
        requireFreeName(benutzer.getBenutzername());
        benutzer.setPasswortHash(hasher.hash(passwort));
        return repository.create(benutzer);
    }

    /** Changes name, display name and roles; the password stays unless a new one is given. */
    public Benutzer update(Benutzer benutzer, String neuesPasswort) {
        requireTenantRoles(benutzer);
        Benutzer stored = find(benutzer.getId());
        if (!stored.getBenutzername().equals(benutzer.getBenutzername())) {
            requireFreeName(benutzer.getBenutzername());
        }
        if (stored.getBenutzername().equals(callers.require().username())
                && (!benutzer.isAktiv() || !benutzer.getRollen().contains(Role.TENANT_ADMIN))) {
            throw new ValidationFailure("rollen", "Sie können sich nicht selbst deaktivieren oder die Administrationsrolle entziehen.");
        }
        benutzer.setPasswortHash(neuesPasswort == null || neuesPasswort.isEmpty()
                ? stored.getPasswortHash() : hasher.hash(neuesPasswort));
        Benutzer updated = repository.update(benutzer, FEHLT);
        directory.forget(stored.getBenutzername());
        directory.forget(updated.getBenutzername());
        return updated;
    }

    public Benutzer setAktiv(Long id, boolean aktiv) {
        Benutzer benutzer = find(id);
        repository.em().detach(benutzer);
        benutzer.setAktiv(aktiv);
        return update(benutzer, null);
    }

    /**
     * Resets another user's second factor (lost phone): the user sets it up anew at the next sign-in (required
     * roles) or may go without it. Written into the audit trail. The operator cannot call this (tenant admins only).
     */
    public void zweifaktorZuruecksetzen(Long id) {
        Benutzer benutzer = find(id);
        if (benutzer.getBenutzername().equals(callers.require().username())) {
            throw new ValidationFailure("benutzer", "Ihre eigene Zwei-Faktor-Anmeldung verwalten Sie unter „Zwei-Faktor-Anmeldung“.");
        }
        zweifaktor.entfernen(new Konto(Konto.BENUTZER, benutzer.getId(), callers.require().tenantId()));
        audit.ereignis(AuditAction.STATUS, "Benutzer", benutzer.getId(), ZweifaktorService.FELD, null,
                "zurückgesetzt für " + benutzer.getBenutzername());
    }

    private void requireTenantRoles(Benutzer benutzer) {
        if (benutzer.getRollen().contains(Role.OPERATOR)) {
            throw new ValidationFailure("rollen", "Die Rolle „Betrieb“ kann keinem Benutzer eines Trägers gegeben werden.");
        }
    }

    private void requireFreeName(String benutzername) {
        if (benutzername == null) {
            return;
        }
        if (directory.isNameTaken(benutzername)) {
            throw new ValidationFailure("benutzername", "Dieser Benutzername ist bereits vergeben.");
        }
    }
}
