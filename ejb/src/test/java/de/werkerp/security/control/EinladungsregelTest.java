package de.werkerp.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The invitation link of issue 16 item 1 ("a one-time link (72 h, single use, stored hashed)"; README "Sign-in",
 * invitations), with worked times.
 */
class EinladungsregelTest {

    private static final Instant ANGELEGT = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void valid_for_72_hours_from_its_creation() {
        Instant bis = Einladungsregel.gueltigBis(ANGELEGT);
        assertEquals(Instant.parse("2026-12-10T08:00:00Z"), bis);
        assertTrue(Einladungsregel.benutzbar(bis, null, ANGELEGT));
        assertTrue(Einladungsregel.benutzbar(bis, null, Instant.parse("2026-12-10T07:59:59Z")));
        // at 72 h exactly and later: expired
        assertFalse(Einladungsregel.benutzbar(bis, null, Instant.parse("2026-12-10T08:00:00Z")));
        assertFalse(Einladungsregel.benutzbar(bis, null, ANGELEGT.plus(Duration.ofDays(5))));
    }

    @Test
    void single_use_a_used_link_is_refused_also_within_its_time() {
        Instant bis = Einladungsregel.gueltigBis(ANGELEGT);
        Instant benutzt = ANGELEGT.plus(Duration.ofHours(1));
        assertFalse(Einladungsregel.benutzbar(bis, benutzt, ANGELEGT.plus(Duration.ofHours(2))));
    }

    @Test
    void the_token_has_256_random_bits_and_only_its_sha256_is_stored() {
        String token = Einladungsregel.neuesToken();
        assertEquals(43, token.length(), "32 bytes in URL-safe Base64 without padding");
        assertTrue(Einladungsregel.wohlgeformt(token));
        assertNotEquals(token, Einladungsregel.neuesToken());
        String hash = Einladungsregel.hash(token);
        assertEquals(64, hash.length());
        assertFalse(hash.contains(token));
        assertEquals(hash, Einladungsregel.hash(token), "the same token always finds its row");
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Einladungsregel.hash("abc"));
    }

    @Test
    void anything_that_cannot_be_a_token_is_not_looked_up() {
        assertFalse(Einladungsregel.wohlgeformt(null));
        assertFalse(Einladungsregel.wohlgeformt(""));
        assertFalse(Einladungsregel.wohlgeformt("kurz"));
        assertFalse(Einladungsregel.wohlgeformt("x".repeat(42) + "/"));
    }
}
