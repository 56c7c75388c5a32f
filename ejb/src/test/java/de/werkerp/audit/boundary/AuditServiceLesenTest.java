package de.werkerp.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.audit.entity.AuditAction;
import de.werkerp.audit.entity.AuditEintrag;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.entity.Role;

class AuditServiceLesenTest {

    private static Caller als(Role role) {
        return new Caller("x", 1L, EnumSet.of(role));
    }

    @Test
    @DisplayName("special-category values: only roles in lesbar_fuer read them; plain entries everyone who reads the trail")
    void darfLesen() {
        assertTrue(AuditService.darfLesen(als(Role.AUDITOR), null));
        assertTrue(AuditService.darfLesen(als(Role.TENANT_ADMIN), "SOCIAL_SERVICE,TENANT_ADMIN"));
        assertFalse(AuditService.darfLesen(als(Role.AUDITOR), "SOCIAL_SERVICE,TENANT_ADMIN"));
        assertTrue(AuditService.darfLesen(als(Role.AUDITOR), "AUDITOR,PAYROLL,TENANT_ADMIN"));
    }

    @Test
    @DisplayName("the hidden copy says \"geändert\" instead of a value, keeps empty values empty and the entry's identity")
    void verborgen() {
        AuditEintrag e = new AuditEintrag(Instant.EPOCH, "sozial", AuditAction.GEAENDERT, "Beschäftigte/r", 5L,
                "personenkreis", null, "SEELISCHE_BEHINDERUNG", "SOCIAL_SERVICE,TENANT_ADMIN");
        AuditEintrag v = e.verborgen();
        assertEquals(null, v.getAlterWert());
        assertEquals("geändert", v.getNeuerWert());
        assertEquals("personenkreis", v.getFeld());
        assertEquals("SEELISCHE_BEHINDERUNG", e.getNeuerWert());
    }
}
