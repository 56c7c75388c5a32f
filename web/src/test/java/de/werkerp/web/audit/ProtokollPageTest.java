package de.werkerp.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The audit page shows decimals in German (issue 17 item 2: no decimal points), everything else unchanged. */
class ProtokollPageTest {

    @Test
    void dezimalzahlen_deutsch() {
        assertEquals("1.700,00", ProtokollPage.wert("1700.00"));
        assertEquals("\u221225,5", ProtokollPage.wert("-25.5"));
        assertEquals("0,375", ProtokollPage.wert("0.375"));
    }

    @Test
    void anderes_bleibt() {
        assertEquals("1700", ProtokollPage.wert("1700"));
        assertEquals("01.12.2026", ProtokollPage.wert("01.12.2026"));
        assertEquals("Version 1.2", ProtokollPage.wert("Version 1.2"));
        assertNull(ProtokollPage.wert(null));
    }
}
