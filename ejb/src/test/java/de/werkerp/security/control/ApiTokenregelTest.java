package de.werkerp.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.werkerp.platform.control.ValidationFailure;

/** Personal API tokens, README "Sign-in" (issue 16 item 2): format, stored hash, at most one year, expiry. */
class ApiTokenregelTest {

    private static final LocalDate HEUTE = LocalDate.of(2026, 12, 7);

    @Test
    void token_is_werk_and_32_random_bytes_base64url() {
        String t = ApiTokenregel.neu();
        assertTrue(t.startsWith("werk_"), t);
        assertEquals(5 + 43, t.length());
        assertTrue(ApiTokenregel.formatGueltig(t));
        assertNotEquals(t, ApiTokenregel.neu());
        assertFalse(ApiTokenregel.formatGueltig("werk_kurz"));
        assertFalse(ApiTokenregel.formatGueltig("abcd_" + t.substring(5)));
        assertFalse(ApiTokenregel.formatGueltig(null));
    }

    @Test
    void stored_as_sha256_hex() {
        // SHA-256("abc") from FIPS 180-2, Appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokenregel.hash("abc"));
    }

    @Test
    void valid_through_its_last_day() {
        assertTrue(ApiTokenregel.gueltig(HEUTE, HEUTE));
        assertFalse(ApiTokenregel.gueltig(HEUTE.minusDays(1), HEUTE));
        assertFalse(ApiTokenregel.gueltig(null, HEUTE));
    }

    @Test
    void expiry_at_most_one_year_ahead_and_not_in_the_past() {
        ApiTokenregel.pruefeNeu("Skript", HEUTE.plusYears(1), HEUTE); // 07.12.2027: allowed
        ApiTokenregel.pruefeNeu("Skript", HEUTE, HEUTE);
        ValidationFailure zuLang = assertThrows(ValidationFailure.class,
                () -> ApiTokenregel.pruefeNeu("Skript", HEUTE.plusYears(1).plusDays(1), HEUTE));
        assertEquals("gueltigBis", zuLang.errors().get(0).field());
        assertTrue(zuLang.errors().get(0).message().contains("höchstens ein Jahr gültig (bis spätestens 07.12.2027)"),
                zuLang.errors().get(0).message());
        ValidationFailure vorbei = assertThrows(ValidationFailure.class,
                () -> ApiTokenregel.pruefeNeu("Skript", HEUTE.minusDays(1), HEUTE));
        assertEquals("gueltigBis", vorbei.errors().get(0).field());
        assertEquals("gueltigBis", assertThrows(ValidationFailure.class,
                () -> ApiTokenregel.pruefeNeu("Skript", null, HEUTE)).errors().get(0).field());
    }

    @Test
    void name_required_single_line_at_most_100() {
        assertEquals("name", assertThrows(ValidationFailure.class,
                () -> ApiTokenregel.pruefeNeu(" ", HEUTE, HEUTE)).errors().get(0).field());
        assertEquals("name", assertThrows(ValidationFailure.class,
                () -> ApiTokenregel.pruefeNeu("a\nb", HEUTE, HEUTE)).errors().get(0).field());
        assertEquals("name", assertThrows(ValidationFailure.class,
                () -> ApiTokenregel.pruefeNeu("x".repeat(101), HEUTE, HEUTE)).errors().get(0).field());
    }
}
