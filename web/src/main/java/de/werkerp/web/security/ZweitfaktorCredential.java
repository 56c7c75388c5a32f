package de.werkerp.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The second step of the login form: a TOTP code or a recovery code for the sign-in begun with the password. */
public record ZweitfaktorCredential(String code) implements Credential {
}
