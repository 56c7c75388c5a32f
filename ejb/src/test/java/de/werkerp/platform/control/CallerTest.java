package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import de.werkerp.platform.entity.Role;

class CallerTest {

    @Test
    void only_operators_have_no_tenant() {
        assertThrows(IllegalArgumentException.class, () -> new Caller("anna", null, EnumSet.of(Role.TENANT_ADMIN)));
        assertThrows(IllegalArgumentException.class, () -> new Caller("betrieb", 1L, EnumSet.of(Role.OPERATOR)));
        new Caller("betrieb", null, EnumSet.of(Role.OPERATOR));
    }

    @Test
    void role_check() {
        Caller council = new Caller("rat", 7L, EnumSet.of(Role.COUNCIL));
        assertTrue(council.hasAnyRole(Role.COUNCIL, Role.MANAGEMENT));
        assertFalse(council.hasAnyRole(Role.PAYROLL, Role.SOCIAL_SERVICE));
    }
}
