package de.werkerp.security.control;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import de.werkerp.platform.control.ValidationFailure;

/** Hashes and checks passwords with Jakarta Security's PBKDF2 (PBKDF2WithHmacSHA256, 210,000 iterations). */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 8;

    /** The minimum for a password a user sets for themselves (issue 16); stored older, shorter ones stay valid. */
    public static final int MIN_LENGTH_NEW = 12;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        requireAcceptable(password);
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        try {
            return hash.verify(password.toCharArray(), storedHash);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** The rule for a password a user chooses for themselves: at least {@value #MIN_LENGTH_NEW} characters. */
    public static void requireNew(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new ValidationFailure(field, "Bitte geben Sie ein neues Passwort ein.");
        }
        if (password.length() < MIN_LENGTH_NEW) {
            throw new ValidationFailure(field, "Das neue Passwort muss mindestens " + MIN_LENGTH_NEW + " Zeichen lang sein.");
        }
        if (password.length() > 200) {
            throw new ValidationFailure(field, "Das Passwort darf höchstens 200 Zeichen lang sein.");
        }
    }

    public static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationFailure("passwort", "Das Passwort muss mindestens " + MIN_LENGTH + " Zeichen lang sein.");
        }
        if (password.length() > 200) {
            throw new ValidationFailure("passwort", "Das Passwort darf höchstens 200 Zeichen lang sein.");
        }
    }
}
