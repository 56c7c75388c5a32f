package de.werkerp.security.boundary;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import de.werkerp.platform.control.CallerDirectory;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.control.PasswordHasher;
import de.werkerp.security.control.VerifiedCredentials;

/** Checks user name and password against the stored accounts (users of all tenants, and operators). */
@ApplicationScoped
public class WerkErpIdentityStore implements IdentityStore {

    @Inject
    CallerDirectory directory;

    @Inject
    PasswordHasher hasher;

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
        if (account.isEmpty()) {
            // the same PBKDF2 work as for a known name, so the answer time does not tell whether a name exists
            hasher.matches(login.getPasswordAsString(), dummyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwordMatches(login.getCaller(), login.getPasswordAsString(), account.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(login.getCaller(), groups(account.get().caller().roles()));
    }

    /** The full PBKDF2 check, skipped if the same password was verified against the same hash minutes ago. */
    private boolean passwordMatches(String username, String password, String storedHash) {
        if (verified.known(username, password, storedHash)) {
            return true;
        }
        if (!hasher.matches(password, storedHash)) {
            verified.forget(username);
            return false;
        }
        verified.remember(username, password, storedHash);
        return true;
    }

    /**
     * Whether these credentials were verified in full minutes ago against the account's current hash (a remembered
     * API login): such a request cannot be a guess, so the address delay of {@code Anmelderegel} skips it.
     */
    public boolean remembered(String username, String password) {
        return directory.account(username).map(a -> verified.known(username, password, a.passwordHash())).orElse(false);
    }

    /** Forgets the remembered verification of a user (after a password change). */
    public void forget(String username) {
        verified.forget(username);
        directory.forget(username);
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
