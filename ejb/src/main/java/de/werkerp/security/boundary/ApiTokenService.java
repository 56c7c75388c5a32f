package de.werkerp.security.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.audit.control.AuditTrail;
import de.werkerp.audit.entity.AuditAction;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.CallerDirectory;
import de.werkerp.platform.control.NotFound;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.control.ApiTokenregel;
import de.werkerp.security.control.ApiTokenspeicher;
import de.werkerp.security.control.Konto;

/**
 * The caller's personal API tokens (README "Sign-in"): create (the value is returned once, only its SHA-256 is
 * stored), list, revoke. A token acts with the roles its user has at the time of the request. Creating and revoking
 * are written into the tenant's audit trail (operators: server log).
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.ELECTION_BOARD,
        Role.AUDITOR, Role.OPERATOR})
public class ApiTokenService {

    private static final Logger LOG = Logger.getLogger(ApiTokenService.class.getName());

    /** A new token: its value is shown this once. */
    public record NeuesToken(long id, String token, String name, LocalDate gueltigBis) {
        public String getToken() {
            return token;
        }

        public String getName() {
            return name;
        }
    }

    @Inject
    CallerContext callers;

    @Inject
    CallerDirectory directory;

    @Inject
    ApiTokenspeicher speicher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<ApiTokenspeicher.Eintrag> liste() {
        return speicher.liste(konto(callers.require()));
    }

    /** A new token valid up to and including {@code gueltigBis} (at most one year ahead). */
    public NeuesToken anlegen(String name, LocalDate gueltigBis) {
        Caller caller = callers.require();
        ApiTokenregel.pruefeNeu(name, gueltigBis, LocalDate.now(clock));
        Konto k = konto(caller);
        String token = ApiTokenregel.neu();
        String n = name.strip();
        long id = speicher.anlegen(k, caller.username(), n, ApiTokenregel.hash(token), clock.instant(), gueltigBis);
        protokolliere(caller, k, "angelegt: " + n + " (gültig bis " + String.format("%1$td.%1$tm.%1$tY", gueltigBis) + ")");
        return new NeuesToken(id, token, n, gueltigBis);
    }

    /** Revokes one of the caller's tokens (another's id: not found). */
    public void widerrufen(long id) {
        Caller caller = callers.require();
        Konto k = konto(caller);
        String name = speicher.liste(k).stream().filter(e -> e.id() == id).map(ApiTokenspeicher.Eintrag::name).findFirst()
                .orElseThrow(() -> new NotFound("Das API-Token wurde nicht gefunden."));
        speicher.widerrufen(k, id);
        protokolliere(caller, k, "widerrufen: " + name);
    }

    private Konto konto(Caller caller) {
        return directory.account(caller).map(Konto::von)
                .orElseThrow(() -> new IllegalStateException("Konto nicht gefunden: " + caller.username()));
    }

    private void protokolliere(Caller caller, Konto k, String was) {
        if (caller.tenantId() == null) {
            LOG.info(() -> "Betreiber " + caller.username() + ": API-Token " + was);
            return;
        }
        audit.ereignis(AuditAction.STATUS, "Benutzer", k.id(), "API-Token", null, was);
    }
}
