package de.werkerp.security.boundary;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.CallerDirectory;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.control.PasswordHasher;
import de.werkerp.security.control.VerifiedCredentials;

/**
 * Checks a login ({@code kennung/benutzername}, or an operator's name; {@code security.control.Anmeldename}) and its
 * password against the stored accounts (users of all tenants, and operators).
 */
@ApplicationScoped
public class WerkErpIdentityStore implements IdentityStore {

    @Inject
    CallerDirectory directory;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerContext callers;

    @EJB
    AnmeldeProtokoll anmeldeProtokoll;

    private static final Logger LOG = Logger.getLogger(WerkErpIdentityStore.class.getName());

    private final VerifiedCredentials verified = new VerifiedCredentials();

    /** A hash of a random password, checked when the user name is unknown (same cost as a known name). */
    private volatile String dummyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        directory.forget(login.getCaller());
        Optional<CallerDirectory.Account> account = directory.account(login.getCaller());
        String password = login.getPasswordAsString();
        if (account.isEmpty() || account.get().passwordHash() == null) {
            LOG.warning(() -> "Anmeldung fehlgeschlagen: unbekannter Benutzername oder kein Passwort gesetzt");
            // the same PBKDF2 work as for a known name, so the answer time does not tell whether a name exists
            hasher.matches(password, dummyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        String konto = account.get().konto();
        String storedHash = account.get().passwordHash();
        if (verified.known(konto, password, storedHash)) {
            return valid(account.get());
        }
        if (!hasher.matches(password, storedHash)) {
            verified.forget(konto);
            protokolliere(account.get().caller(), false);
            return CredentialValidationResult.INVALID_RESULT;
        }
        verified.remember(konto, password, storedHash);
        protokolliere(account.get().caller(), true);
        return valid(account.get());
    }

    /** The principal's name is the canonical login ({@code kennung/benutzername}, or the operator's name). */
    private static CredentialValidationResult valid(CallerDirectory.Account account) {
        return new CredentialValidationResult(account.login(), groups(account.caller().roles()));
    }

    /**
     * A sign-in into the audit trail of the user's tenant: every failure, and every success that ran the full
     * password check (API clients are remembered for minutes, so not every request is a sign-in).
     */
    private void protokolliere(Caller caller, boolean erfolgreich) {
        if (caller.tenantId() == null) {
            LOG.info(() -> "Anmeldung eines Betreibers " + (erfolgreich ? "erfolgreich" : "fehlgeschlagen"));
            return;
        }
        try {
            callers.runAs(caller, () -> anmeldeProtokoll.anmeldung(erfolgreich));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Anmeldung konnte nicht protokolliert werden", e);
        }
    }

    /**
     * Whether these credentials were verified in full minutes ago against the account's current hash (a remembered
     * API login): such a request cannot be a guess, so the address delay of {@code Anmelderegel} skips it.
     */
    public boolean remembered(String login, String password) {
        return directory.account(login).map(a -> verified.known(a.konto(), password, a.passwordHash())).orElse(false);
    }

    /** Forgets the remembered verification of an account (key {@code CallerDirectory.Account#konto}) after a password change. */
    public void forget(String konto) {
        verified.forget(konto);
        directory.forgetAll();
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            h = hasher.hash(Base64.getEncoder().encodeToString(random));
            dummyHash = h;
        }
        return h;
    }

    public static Set<String> groups(Set<Role> roles) {
        return (roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)).stream()
                .map(Role::name).collect(Collectors.toSet());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }
}
