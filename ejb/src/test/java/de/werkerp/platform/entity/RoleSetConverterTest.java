package de.werkerp.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class RoleSetConverterTest {

    private final RoleSetConverter converter = new RoleSetConverter();

    @Test
    void round_trip() {
        EnumSet<Role> roles = EnumSet.of(Role.PAYROLL, Role.AUDITOR);
        String stored = converter.convertToDatabaseColumn(roles);
        assertEquals("PAYROLL,AUDITOR", stored);
        assertEquals(roles, converter.convertToEntityAttribute(stored));
        assertEquals(EnumSet.noneOf(Role.class), converter.convertToEntityAttribute(""));
    }
}
