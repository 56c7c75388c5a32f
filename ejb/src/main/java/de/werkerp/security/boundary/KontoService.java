package de.werkerp.security.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.control.PasswordHasher;
import de.werkerp.security.control.Passwortstand;
import de.werkerp.security.entity.Benutzer;
import de.werkerp.security.entity.Betreiber;
import de.werkerp.security.control.Konto;

/**
 * The caller's own account: every user (and operator) changes their own password here, with the current one.
 * It also ends a forced change ({@code Benutzer.passwortAendern}, set when the tenant admin chose the password).
 * The change ends the user's other sessions (they carry the {@link Passwortstand} of the old hash) and forgets the
 * remembered API verification, and revokes the account's API tokens (someone who knew the old password may have
 * created one); the revocation is in the audit trail.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.ELECTION_BOARD,
        Role.AUDITOR, Role.OPERATOR})
public class KontoService {

    @Inject
    TenantRepository repository;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerContext callers;

    @Inject
    WerkErpIdentityStore identityStore;

    @Inject
    de.werkerp.platform.control.CallerDirectory directory;

    @Inject
    de.werkerp.security.control.Anmeldeversuche versuche;

    @Inject
    de.werkerp.security.control.ApiTokenspeicher tokens;

    /**
     * Changes the caller's password.
     *
     * @return the {@link Passwortstand} of the new hash (the page keeps its own session with it)
     */
    public String passwortAendern(String aktuellesPasswort, String neuesPasswort, String wiederholung) {
        Caller caller = callers.require();
        if (aktuellesPasswort == null || aktuellesPasswort.isEmpty()) {
            throw new ValidationFailure("aktuellesPasswort", "Bitte geben Sie Ihr aktuelles Passwort ein.");
        }
        PasswordHasher.requireNew("neuesPasswort", neuesPasswort);
        if (wiederholung != null && !wiederholung.equals(neuesPasswort)) {
            throw new ValidationFailure("wiederholung", "Die Wiederholung stimmt nicht mit dem neuen Passwort überein.");
        }
        // a wrong current password counts for the name's lock like a failed sign-in (README "Sign-in")
        String login = directory.account(caller).map(de.werkerp.platform.control.CallerDirectory.Account::login)
                .orElse(caller.username());
        versuche.sperreInSitzung(login, "aktuellesPasswort");
        String neuerHash;
        String konto;
        if (caller.tenantId() == null) {
            List<Betreiber> b = repository.em().createQuery("SELECT b FROM Betreiber b WHERE b.benutzername = :n", Betreiber.class)
                    .setParameter("n", caller.username()).getResultList();
            if (b.size() != 1 || !hasher.matches(aktuellesPasswort, b.get(0).getPasswortHash())) {
                versuche.fehlgeschlagenName(login);
                throw falschesPasswort();
            }
            neuerHash = hasher.hash(neuesPasswort);
            b.get(0).setPasswortHash(neuerHash);
            konto = de.werkerp.platform.control.CallerDirectory.kontoSchluessel(true, b.get(0).getId());
            int widerrufen = tokens.alleWiderrufen(new Konto(Konto.BETREIBER, b.get(0).getId(), null));
            if (widerrufen > 0) {
                java.util.logging.Logger.getLogger(KontoService.class.getName()).info(() -> "Betreiber " + caller.username()
                        + ": " + widerrufen + " API-Token(s) bei Passwortänderung widerrufen");
            }
        } else {
            List<Benutzer> b = repository.em()
                    .createQuery("SELECT b FROM Benutzer b WHERE b.benutzername = :n", Benutzer.class)
                    .setParameter("n", caller.username()).getResultList();
            if (b.size() != 1 || !hasher.matches(aktuellesPasswort, b.get(0).getPasswortHash())) {
                versuche.fehlgeschlagenName(login);
                throw falschesPasswort();
            }
            Benutzer benutzer = b.get(0);
            repository.em().detach(benutzer);
            neuerHash = hasher.hash(neuesPasswort);
            benutzer.setPasswortHash(neuerHash);
            // a password the admin set is replaced by the user's own: the forced change is done
            benutzer.setPasswortAendern(false);
            repository.update(benutzer, BenutzerService.FEHLT);
            konto = de.werkerp.platform.control.CallerDirectory.kontoSchluessel(false, benutzer.getId());
            BenutzerService.tokensWiderrufen(tokens, repository, benutzer, caller.tenantId(), "bei Passwortänderung");
        }
        identityStore.forget(konto);
        return Passwortstand.von(neuerHash);
    }

    private static ValidationFailure falschesPasswort() {
        return new ValidationFailure("aktuellesPasswort", "Das aktuelle Passwort ist falsch.");
    }
}
