package de.werkerp.security.boundary;

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

/** Checks user name and password against the stored accounts (users of all tenants, and operators). */
@ApplicationScoped
public class WerkErpIdentityStore implements IdentityStore {

    @Inject
    CallerDirectory directory;

    @Inject
    PasswordHasher hasher;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        directory.forget(login.getCaller());
        Optional<CallerDirectory.Account> account = directory.account(login.getCaller());
        if (account.isEmpty() || !hasher.matches(login.getPasswordAsString(), account.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(login.getCaller(), groups(account.get().caller().roles()));
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
