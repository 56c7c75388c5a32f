package de.werkerp.security.boundary;

import java.util.List;

import jakarta.ejb.EJB;
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
import de.werkerp.security.entity.Einladung;

/**
 * The users of the caller's tenant. Managed by the tenant admin; the auditor may read the list. User names are unique
 * within the tenant only (README "Sign-in"): whether a name is used by another tenant is never looked at, so the answer
 * cannot reveal it. A new user either gets an invitation by e-mail ({@link #einladen}) and chooses the password, or
 * the admin sets an initial password, which the user must change at the next sign-in ({@code passwortAendern}); the
 * same holds for a password the admin sets later. The operator has no way to set any user's password.
 */
@Stateless
@TenantGuarded
@Allow(Role.TENANT_ADMIN)
public class BenutzerService {

    static final String FEHLT = "Der Benutzer wurde nicht gefunden.";
    static final String VOM_ADMIN_GESETZT = "von der Administration gesetzt, bei der nächsten Anmeldung zu ändern";

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
    de.werkerp.security.control.ApiTokenspeicher tokens;

    @Inject
    AuditTrail audit;

    @EJB
    EinladungService einladungen;

    @Allow({Role.TENANT_ADMIN, Role.AUDITOR})
    public List<Benutzer> benutzer() {
        return repository.list(Benutzer.class, "benutzername");
    }

    @Allow({Role.TENANT_ADMIN, Role.AUDITOR})
    public Benutzer find(Long id) {
        return repository.find(Benutzer.class, id, FEHLT);
    }

    /** Creates a user with an initial password set by the admin: the user must change it at the next sign-in. */
    public Benutzer create(Benutzer benutzer, String passwort) {
        requireTenantRoles(benutzer);
        requireFreeName(benutzer.getBenutzername());
        benutzer.setPasswortHash(hasher.hash(passwort));
        benutzer.setPasswortAendern(true);
        Benutzer created = repository.create(benutzer);
        passwortGesetzt(created);
        return created;
    }

    /**
     * Creates a user without a password and sends an invitation to the user's e-mail address: the user chooses the
     * password through the link ({@link EinladungService}).
     */
    public Benutzer einladen(Benutzer benutzer, String basisUrl) {
        requireTenantRoles(benutzer);
        requireFreeName(benutzer.getBenutzername());
        if (benutzer.getEmail() == null) {
            throw new ValidationFailure("email", "Für eine Einladung braucht der Benutzer eine E-Mail-Adresse.");
        }
        benutzer.setPasswortHash(null);
        benutzer.setPasswortAendern(false);
        Benutzer created = repository.create(benutzer);
        einladungen.einladen(created.getId(), basisUrl);
        return created;
    }

    /** Sends a new invitation to an existing user (e.g. when the first one expired). */
    public Einladung erneutEinladen(Long id, String basisUrl) {
        return einladungen.einladen(find(id).getId(), basisUrl);
    }

    /**
     * Changes name, display name, e-mail address and roles; the password stays unless a new one is given, which the
     * user must then change at the next sign-in.
     */
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
        boolean neu = neuesPasswort != null && !neuesPasswort.isEmpty();
        benutzer.setPasswortHash(neu ? hasher.hash(neuesPasswort) : stored.getPasswortHash());
        benutzer.setPasswortAendern(neu || stored.isPasswortAendern());
        Benutzer updated = repository.update(benutzer, FEHLT);
        if (neu) {
            passwortGesetzt(updated);
            tokensWiderrufen(tokens, repository, updated, callers.require().tenantId(), "bei neuem Passwort durch die Administration");
        }
        directory.forgetAll();
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

    /**
     * Revokes all API tokens of a tenant user whose password was replaced (whoever knew the old one may have created
     * one) and writes how many into the audit trail.
     */
    static void tokensWiderrufen(de.werkerp.security.control.ApiTokenspeicher tokens, TenantRepository repository,
            Benutzer benutzer, Long tenantId, String anlass) {
        int n = tokens.alleWiderrufen(new Konto(Konto.BENUTZER, benutzer.getId(), tenantId));
        if (n > 0) {
            repository.audit().ereignis(AuditAction.STATUS, "Benutzer", benutzer.getId(), "API-Token", null,
                    n + (n == 1 ? " API-Token" : " API-Tokens") + " widerrufen " + anlass);
        }
    }

    /** The hash is not audited (a secret); that the admin set a password is. */
    private void passwortGesetzt(Benutzer benutzer) {
        repository.audit().ereignis(AuditAction.GEAENDERT, benutzer.displayType(), benutzer.getId(), "Passwort", null,
                VOM_ADMIN_GESETZT);
    }

    private void requireTenantRoles(Benutzer benutzer) {
        if (benutzer.getRollen().contains(Role.OPERATOR)) {
            throw new ValidationFailure("rollen", "Die Rolle „Betrieb“ kann keinem Benutzer eines Trägers gegeben werden.");
        }
    }

    /** Unique within the tenant (the query is filtered by the tenant like every query): other tenants do not count. */
    private void requireFreeName(String benutzername) {
        if (benutzername == null) {
            return;
        }
        Long taken = repository.em().createQuery("SELECT COUNT(b) FROM Benutzer b WHERE b.benutzername = :n", Long.class)
                .setParameter("n", benutzername).getSingleResult();
        if (taken > 0) {
            throw new ValidationFailure("benutzername", "Dieser Benutzername ist in Ihrem Träger bereits vergeben.");
        }
    }
}
