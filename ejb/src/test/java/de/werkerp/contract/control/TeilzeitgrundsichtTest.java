package de.werkerp.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.platform.entity.Role;

/** § 6 Abs. 2 WVO, Art. 9 GDPR (docs/rollen.md): who reads the part-time reason. */
class TeilzeitgrundsichtTest {

    @Test
    @DisplayName("Sozialdienst und Trägeradministration lesen „Art oder Schwere der Behinderung“")
    void lesen() {
        for (Role r : new Role[] {Role.SOCIAL_SERVICE, Role.TENANT_ADMIN}) {
            assertEquals(Teilzeitgrund.ART_SCHWERE_BEHINDERUNG, Teilzeitgrundsicht.fuer(EnumSet.of(r),
                    Teilzeitgrund.ART_SCHWERE_BEHINDERUNG), r.name());
        }
    }

    @Test
    @DisplayName("Entgelt, Leitung, Prüfer: kein Grund – auch nicht § 8 TzBfG, sonst verriete das Fehlen die Behinderung")
    void nicht_lesen() {
        for (Role r : new Role[] {Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR, Role.COUNCIL, Role.ELECTION_BOARD}) {
            assertFalse(Teilzeitgrundsicht.sichtbar(EnumSet.of(r)), r.name());
            for (Teilzeitgrund g : Teilzeitgrund.values()) {
                assertNull(Teilzeitgrundsicht.fuer(EnumSet.of(r), g), r + " " + g);
            }
        }
        assertTrue(Teilzeitgrundsicht.sichtbar(EnumSet.of(Role.PAYROLL, Role.SOCIAL_SERVICE)), "eine Rolle genügt");
    }
}
