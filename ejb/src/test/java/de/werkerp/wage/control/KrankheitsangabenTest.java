package de.werkerp.wage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.platform.entity.Role;

/** Art. 9 GDPR, least privilege (docs/rollen.md): who reads the sick codes, and the Leitung's single count. */
class KrankheitsangabenTest {

    @Test
    @DisplayName("Entgelt, Trägeradministration und Prüfer lesen K/O und Arbeitsunfähigkeiten (Entgeltfortzahlung)")
    void lesen() {
        for (Role r : new Role[] {Role.PAYROLL, Role.TENANT_ADMIN, Role.AUDITOR}) {
            assertTrue(Krankheitsangaben.sichtbar(EnumSet.of(r)), r.name());
        }
    }

    @Test
    @DisplayName("Leitung, Sozialdienst, Werkstattrat, Wahlvorstand lesen keine Krankheitskürzel")
    void nicht_lesen() {
        for (Role r : new Role[] {Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.ELECTION_BOARD}) {
            assertFalse(Krankheitsangaben.sichtbar(EnumSet.of(r)), r.name());
        }
        assertTrue(Krankheitsangaben.sichtbar(EnumSet.of(Role.MANAGEMENT, Role.PAYROLL)), "eine Rolle genügt");
    }

    @Test
    @DisplayName("Leitung: 3 Tage K und 2 Tage O im Monat sind 5 Tage krank, ohne Art der Bescheinigung")
    void zusammengefasst() {
        assertEquals(5, Krankheitsangaben.krank(3, 2));
        assertEquals(5, Krankheitsangaben.krank(5, 0));
        assertEquals(Tagescode.zaehle("KKKOO").krankMitBescheinigung() + Tagescode.zaehle("KKKOO")
                .krankOhneBescheinigung(), Krankheitsangaben.krank(3, 2));
    }
}
