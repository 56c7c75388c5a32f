package de.werkerp.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import de.werkerp.audit.control.AuditTrail;
import de.werkerp.audit.entity.AuditAction;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.entity.Role;

/**
 * Writes sign-ins (success and failure) into the audit trail of the account's tenant, in a transaction of their
 * own (a failed sign-in is recorded although the request fails). Called by {@link WerkErpIdentityStore} as the
 * account whose password was checked; names that belong to no tenant account (unknown names, operators) are only
 * in the server log.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.ELECTION_BOARD,
        Role.AUDITOR})
public class AnmeldeProtokoll {

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void anmeldung(boolean erfolgreich) {
        anmeldung(erfolgreich, erfolgreich ? "erfolgreich" : "falsches Passwort");
    }

    /** A sign-in step with its outcome in words (e.g. "falscher Code", "mit Wiederherstellungscode"). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void anmeldung(boolean erfolgreich, String ergebnis) {
        audit.ereignis(erfolgreich ? AuditAction.ANMELDUNG : AuditAction.ANMELDUNG_FEHLGESCHLAGEN, "Benutzer",
                null, "Anmeldung", null, ergebnis);
    }
}
