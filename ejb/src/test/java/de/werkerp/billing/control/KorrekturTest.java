package de.werkerp.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * Corrections of closed months (§ 125 Abs. 3 SGB IX: the agreed fee for the service actually provided): old, new and
 * the difference as a separate line of the next open month.
 */
class KorrekturTest {

    /** March billed with 21 days × 85,40 = 1.793,40; attendance corrected to 19 days → 1.622,60, credit −170,80. */
    @Test
    void a_lower_amount_gives_a_credit_line() {
        Korrektur k = Korrektur.vergleiche(new BigDecimal("1793.40"), new BigDecimal("1622.60")).orElseThrow();
        assertEquals(new BigDecimal("1793.40"), k.alt());
        assertEquals(new BigDecimal("1622.60"), k.neu());
        assertEquals(new BigDecimal("-170.80"), k.differenz());
    }

    /** A person billed with nothing (approval missing then, found later) is billed in full as a correction. */
    @Test
    void a_month_billed_later_and_unchanged_months() {
        Korrektur k = Korrektur.vergleiche(null, new BigDecimal("954.79")).orElseThrow();
        assertEquals(new BigDecimal("0.00"), k.alt());
        assertEquals(new BigDecimal("954.79"), k.differenz());
        assertTrue(Korrektur.vergleiche(new BigDecimal("954.79"), new BigDecimal("954.79")).isEmpty());
    }
}
