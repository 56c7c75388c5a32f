package de.werkerp.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final VerifiedCredentials credentials = new VerifiedCredentials(nanos::get);

    @Test
    void a_verified_password_is_known_for_the_same_stored_hash_only() {
        assertFalse(credentials.known("anna", "geheim123!", "hash-1"));
        credentials.remember("anna", "geheim123!", "hash-1");
        assertTrue(credentials.known("anna", "geheim123!", "hash-1"));
        assertFalse(credentials.known("anna", "geheim123?", "hash-1"), "another password");
        assertFalse(credentials.known("anna", "geheim123!", "hash-2"), "password changed since: new stored hash");
        assertFalse(credentials.known("bert", "geheim123!", "hash-1"), "another user");
        assertFalse(credentials.known("anna", "geheim123!", null), "account gone");
    }

    @Test
    void a_verification_expires_and_can_be_forgotten() {
        credentials.remember("anna", "geheim123!", "hash-1");
        nanos.addAndGet(VerifiedCredentials.GUELTIGKEIT.minusSeconds(1).toNanos());
        assertTrue(credentials.known("anna", "geheim123!", "hash-1"));
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertFalse(credentials.known("anna", "geheim123!", "hash-1"), "expired");

        credentials.remember("anna", "geheim123!", "hash-1");
        credentials.forget("anna");
        assertFalse(credentials.known("anna", "geheim123!", "hash-1"));
    }
}
