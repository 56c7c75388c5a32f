package de.werkerp.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.werkerp.platform.entity.Role;

/**
 * The two-factor rules of README "Sign-in" (issue 16 item 2): RFC 6238 codes, the window of one step either side,
 * a code accepted once (RFC 6238 § 5.2), required for Träger-Admin and Betreiber, recovery codes.
 */
class ZweifaktorregelTest {

    /** RFC 6238 Appendix B: the SHA-1 seed "12345678901234567890" in Base32. */
    private static final String RFC_GEHEIMNIS = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codes_are_the_last_six_digits_of_the_rfc_6238_test_vectors() {
        // Appendix B, SHA1: T = 59 s -> 94287082, T = 1111111109 -> 07081804, T = 1234567890 -> 89005924
        assertEquals("287082", Zweifaktorregel.code(RFC_GEHEIMNIS, Zweifaktorregel.schritt(Instant.ofEpochSecond(59))));
        assertEquals("081804", Zweifaktorregel.code(RFC_GEHEIMNIS, Zweifaktorregel.schritt(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", Zweifaktorregel.code(RFC_GEHEIMNIS, Zweifaktorregel.schritt(Instant.ofEpochSecond(1234567890))));
    }

    @Test
    void steps_are_thirty_seconds() {
        assertEquals(1, Zweifaktorregel.schritt(Instant.ofEpochSecond(59)));
        assertEquals(2, Zweifaktorregel.schritt(Instant.ofEpochSecond(60)));
        // RFC 6238 Appendix B: T = 1111111109 s is step 0x023523EC
        assertEquals(0x023523EC, Zweifaktorregel.schritt(Instant.ofEpochSecond(1111111109)));
    }

    @Test
    void a_code_counts_one_step_before_and_after_now_but_not_two() {
        Instant jetzt = Instant.parse("2026-12-07T08:00:10Z");
        long s = Zweifaktorregel.schritt(jetzt);
        String g = Zweifaktorregel.neuesGeheimnis();
        for (long d = -1; d <= 1; d++) {
            Zweifaktorregel.Pruefung p = Zweifaktorregel.pruefen(g, Zweifaktorregel.code(g, s + d), jetzt, 0);
            assertEquals(Zweifaktorregel.Ergebnis.ANGENOMMEN, p.ergebnis(), "step " + d);
            assertEquals(s + d, p.schritt());
        }
        // two steps away (60 s) is outside the window, unless it happens to equal a code inside it
        String alt = Zweifaktorregel.code(g, s - 2);
        if (!alt.equals(Zweifaktorregel.code(g, s - 1)) && !alt.equals(Zweifaktorregel.code(g, s))
                && !alt.equals(Zweifaktorregel.code(g, s + 1))) {
            assertEquals(Zweifaktorregel.Ergebnis.FALSCH, Zweifaktorregel.pruefen(g, alt, jetzt, 0).ergebnis());
        }
    }

    @Test
    void a_code_is_accepted_once_replay_within_its_window_is_refused() {
        Instant jetzt = Instant.parse("2026-12-07T08:00:10Z");
        String g = Zweifaktorregel.neuesGeheimnis();
        String code = Zweifaktorregel.code(g, Zweifaktorregel.schritt(jetzt));
        Zweifaktorregel.Pruefung erste = Zweifaktorregel.pruefen(g, code, jetzt, 0);
        assertEquals(Zweifaktorregel.Ergebnis.ANGENOMMEN, erste.ergebnis());
        // 20 s later the code is still in its window, but its step is used
        Zweifaktorregel.Pruefung wieder = Zweifaktorregel.pruefen(g, code, jetzt.plusSeconds(20), erste.schritt());
        assertEquals(Zweifaktorregel.Ergebnis.SCHON_BENUTZT, wieder.ergebnis());
        // an older code of the window is refused too once a later step was used
        String frueher = Zweifaktorregel.code(g, erste.schritt() - 1);
        if (!frueher.equals(code)) {
            assertEquals(Zweifaktorregel.Ergebnis.SCHON_BENUTZT,
                    Zweifaktorregel.pruefen(g, frueher, jetzt, erste.schritt()).ergebnis());
        }
        // the next step's code is accepted
        String naechster = Zweifaktorregel.code(g, erste.schritt() + 1);
        assertEquals(Zweifaktorregel.Ergebnis.ANGENOMMEN,
                Zweifaktorregel.pruefen(g, naechster, jetzt.plusSeconds(30), erste.schritt()).ergebnis());
    }

    @Test
    void malformed_codes_are_wrong_and_spaces_are_ignored() {
        Instant jetzt = Instant.parse("2026-12-07T08:00:10Z");
        String g = Zweifaktorregel.neuesGeheimnis();
        String code = Zweifaktorregel.code(g, Zweifaktorregel.schritt(jetzt));
        assertEquals(Zweifaktorregel.Ergebnis.ANGENOMMEN,
                Zweifaktorregel.pruefen(g, code.substring(0, 3) + " " + code.substring(3), jetzt, 0).ergebnis());
        assertEquals(Zweifaktorregel.Ergebnis.FALSCH, Zweifaktorregel.pruefen(g, "12345", jetzt, 0).ergebnis());
        assertEquals(Zweifaktorregel.Ergebnis.FALSCH, Zweifaktorregel.pruefen(g, "abcdef", jetzt, 0).ergebnis());
        assertEquals(Zweifaktorregel.Ergebnis.FALSCH, Zweifaktorregel.pruefen(g, null, jetzt, 0).ergebnis());
    }

    @Test
    void required_for_tenant_admin_and_operator_only() {
        assertTrue(Zweifaktorregel.pflicht(EnumSet.of(Role.TENANT_ADMIN, Role.PAYROLL)));
        assertTrue(Zweifaktorregel.pflicht(EnumSet.of(Role.OPERATOR)));
        assertFalse(Zweifaktorregel.pflicht(EnumSet.of(Role.PAYROLL, Role.AUDITOR, Role.COUNCIL)));
    }

    @Test
    void ten_distinct_recovery_codes_hashed_without_dashes_and_case() {
        List<String> codes = Zweifaktorregel.neueWiederherstellungscodes();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        String c = codes.get(0);
        assertTrue(Zweifaktorregel.istWiederherstellungscode(c), c);
        assertFalse(Zweifaktorregel.istWiederherstellungscode("123456"));
        assertEquals(Zweifaktorregel.hash(c), Zweifaktorregel.hash(c.replace("-", "").toUpperCase()));
        assertNotEquals(Zweifaktorregel.hash(c), Zweifaktorregel.hash(codes.get(1)));
        assertEquals(64, Zweifaktorregel.hash(c).length());
    }

    @Test
    void secret_is_32_base32_characters_grouped_by_four_and_has_a_qr_code() {
        String g = Zweifaktorregel.neuesGeheimnis();
        assertTrue(g.matches("[A-Z2-7]{32}"), g);
        assertEquals(g, Zweifaktorregel.gruppiert(g).replace(" ", ""));
        assertEquals(39, Zweifaktorregel.gruppiert(g).length());
        assertTrue(Zweifaktorregel.otpauth(g, "admin").startsWith("otpauth://totp/admin?secret=" + g), Zweifaktorregel.otpauth(g, "admin"));
        assertTrue(Zweifaktorregel.qrCode(g, "admin").startsWith("data:image/png;base64,"));
    }
}
