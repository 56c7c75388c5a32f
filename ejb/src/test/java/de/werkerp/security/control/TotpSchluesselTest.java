package de.werkerp.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The TOTP secrets are stored with AES-GCM (README "Sign-in"): round trip, fresh nonce, wrong key refused. */
class TotpSchluesselTest {

    private static byte[] key(int b) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) b);
        return k;
    }

    @Test
    void round_trip_with_a_fresh_nonce_each_time() {
        TotpSchluessel s = new TotpSchluessel(key(1));
        String a = s.verschluesseln("JBSWY3DPEHPK3PXP");
        String b = s.verschluesseln("JBSWY3DPEHPK3PXP");
        assertNotEquals(a, b);
        assertFalse(a.contains("JBSWY3DPEHPK3PXP"));
        assertEquals("JBSWY3DPEHPK3PXP", s.entschluesseln(a));
        assertEquals("JBSWY3DPEHPK3PXP", s.entschluesseln(b));
    }

    @Test
    void another_key_or_a_changed_text_is_refused() {
        String a = new TotpSchluessel(key(1)).verschluesseln("JBSWY3DPEHPK3PXP");
        assertThrows(IllegalStateException.class, () -> new TotpSchluessel(key(2)).entschluesseln(a));
        char[] c = a.toCharArray();
        c[20] = c[20] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> new TotpSchluessel(key(1)).entschluesseln(new String(c)));
        assertThrows(IllegalArgumentException.class, () -> new TotpSchluessel(new byte[16]));
    }
}
