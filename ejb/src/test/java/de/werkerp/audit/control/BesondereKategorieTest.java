package de.werkerp.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.contract.entity.Arbeitszeit;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.participation.entity.Teilhabeziel;
import de.werkerp.security.entity.Benutzer;
import de.werkerp.wage.entity.Arbeitsunfaehigkeit;

class BesondereKategorieTest {

    @Test
    @DisplayName("Personenkreis and the whole Betreuung (scope, guardian's name and contact): tenant admin and social service only")
    void beschaeftigter() {
        assertEquals("SOCIAL_SERVICE,TENANT_ADMIN", AuditTrail.lesbarFuer(Beschaeftigter.class, "personenkreis"));
        assertEquals("SOCIAL_SERVICE,TENANT_ADMIN", AuditTrail.lesbarFuer(Beschaeftigter.class, "betreuungUmfang"));
        assertEquals("SOCIAL_SERVICE,TENANT_ADMIN", AuditTrail.lesbarFuer(Beschaeftigter.class, "betreuerName"));
        assertEquals("SOCIAL_SERVICE,TENANT_ADMIN", AuditTrail.lesbarFuer(Beschaeftigter.class, "betreuerKontakt"));
        assertNull(AuditTrail.lesbarFuer(Beschaeftigter.class, "nachname"));
    }

    @Test
    @DisplayName("a whole entity marked (illness spells): every field, for the roles that read illness spells")
    void arbeitsunfaehigkeit() {
        assertEquals("AUDITOR,PAYROLL,TENANT_ADMIN", AuditTrail.lesbarFuer(Arbeitsunfaehigkeit.class, "beginn"));
        assertEquals("AUDITOR,PAYROLL,TENANT_ADMIN", AuditTrail.lesbarFuer(Arbeitsunfaehigkeit.class, "beschaeftigter"));
    }

    @Test
    @DisplayName("Teilhabe texts and the part-time reason (disability) are special category; a password hash is not")
    void weitere() {
        assertEquals("MANAGEMENT,SOCIAL_SERVICE,TENANT_ADMIN", AuditTrail.lesbarFuer(Teilhabeziel.class, "kriterium"));
        // docs/rollen.md: payroll reads hours and "part time", not the reason (Teilzeitgrundsicht)
        assertEquals("SOCIAL_SERVICE,TENANT_ADMIN", AuditTrail.lesbarFuer(Arbeitszeit.class, "teilzeitgrund"));
        assertNull(AuditTrail.lesbarFuer(Benutzer.class, "passwortHash"));
    }
}
