package de.werkerp.security.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Remembers, for a few minutes, that a user name and password were verified against the stored PBKDF2 hash, so
 * that API clients sending HTTP Basic credentials with every request do not pay the deliberately slow hash
 * (210,000 iterations, about 0.1 s of CPU) on every call.
 *
 * <p>Kept in memory only: per user the stored hash it was checked against and an HMAC-SHA256 of the password
 * under a random key created at start (never the password). A hit requires the same stored hash, so a changed
 * password (new hash) or a removed account (no hash) is checked in full at once; failed attempts are never
 * remembered. Entries expire {@link #GUELTIGKEIT} after the verification.
 */
public final class VerifiedCredentials {

    /** How long a verification is remembered. */
    public static final Duration GUELTIGKEIT = Duration.ofMinutes(5);

    private record Entry(String storedHash, byte[] mac) {
    }

    private final SecretKeySpec key;
    private final Cache<String, Entry> verified;

    public VerifiedCredentials() {
        this(Ticker.systemTicker());
    }

    /** With a clock for tests. */
    public VerifiedCredentials(Ticker ticker) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
        verified = Caffeine.newBuilder().expireAfterWrite(GUELTIGKEIT).maximumSize(10_000).ticker(ticker).build();
    }

    /** Whether this user's password was verified against exactly this stored hash within the last minutes. */
    public boolean known(String username, String password, String storedHash) {
        if (username == null || password == null || storedHash == null) {
            return false;
        }
        Entry e = verified.getIfPresent(username);
        return e != null && e.storedHash().equals(storedHash) && MessageDigest.isEqual(e.mac(), mac(password));
    }

    /** Records a successful full verification. */
    public void remember(String username, String password, String storedHash) {
        verified.put(username, new Entry(storedHash, mac(password)));
    }

    /** Forgets a user (e.g. after a password change or when the account is disabled). */
    public void forget(String username) {
        verified.invalidate(username);
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
