package de.werkerp.security.boundary;

import java.time.Clock;
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
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.control.Konto;
import de.werkerp.security.control.PasswordHasher;
import de.werkerp.security.control.Zweifaktorregel;
import de.werkerp.security.control.Zweifaktorspeicher;

/**
 * The caller's own second factor (README "Sign-in"): set it up (secret and QR code, confirmed with a code, then ten
 * recovery codes shown once), new recovery codes, switch it off (password and code; not for the roles that must use
 * it, {@link Zweifaktorregel#PFLICHT}). Changes are written into the tenant's audit trail (operators: server log).
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.ELECTION_BOARD,
        Role.AUDITOR, Role.OPERATOR})
public class ZweifaktorService {

    static final String FELD = "Zwei-Faktor-Anmeldung";
    private static final Logger LOG = Logger.getLogger(ZweifaktorService.class.getName());

    /** The caller's state: set up or not, required for the role, unused recovery codes. */
    public record Status(boolean aktiv, boolean pflicht, int offeneCodes) {
        public boolean isAktiv() {
            return aktiv;
        }

        public boolean isPflicht() {
            return pflicht;
        }

        public int getOffeneCodes() {
            return offeneCodes;
        }
    }

    /** A secret to enter into an authenticator app: as text (grouped) and as a QR code ({@code data:} URI). */
    public record Einrichtung(String geheimnis, String gruppiert, String otpauth, String qrCode) {
        public String getGruppiert() {
            return gruppiert;
        }

        public String getQrCode() {
            return qrCode;
        }
    }

    @Inject
    CallerContext callers;

    @Inject
    CallerDirectory directory;

    @Inject
    de.werkerp.security.control.Anmeldeversuche versuche;

    @Inject
    Zweifaktorspeicher speicher;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Status status() {
        Caller caller = callers.require();
        Konto k = konto(caller);
        boolean aktiv = speicher.aktiv(k);
        return new Status(aktiv, Zweifaktorregel.pflicht(caller.roles()), aktiv ? speicher.offeneCodes(k) : 0);
    }

    /** Starts (or starts again) the set-up with a new secret; refused while a confirmed one exists. */
    public Einrichtung beginnen() {
        Caller caller = callers.require();
        Konto k = konto(caller);
        if (speicher.aktiv(k)) {
            throw new ValidationFailure("code", "Die Zwei-Faktor-Anmeldung ist bereits eingerichtet.");
        }
        String geheimnis = Zweifaktorregel.neuesGeheimnis();
        speicher.beginnen(k, geheimnis);
        return new Einrichtung(geheimnis, Zweifaktorregel.gruppiert(geheimnis), Zweifaktorregel.otpauth(geheimnis, caller.username()),
                Zweifaktorregel.qrCode(geheimnis, caller.username()));
    }

    /** Confirms the set-up with a current code: from now on the second factor is asked. Returns the recovery codes. */
    public List<String> bestaetigen(String code) {
        Caller caller = callers.require();
        Konto k = konto(caller);
        Zweifaktorspeicher.Stand stand = speicher.stand(k)
                .orElseThrow(() -> new ValidationFailure("code", "Bitte beginnen Sie zuerst die Einrichtung."));
        if (stand.aktiv()) {
            throw new ValidationFailure("code", "Die Zwei-Faktor-Anmeldung ist bereits eingerichtet.");
        }
        Zweifaktorregel.Pruefung p = Zweifaktorregel.pruefen(stand.geheimnis(), code, clock.instant(), stand.letzterSchritt());
        if (p.ergebnis() != Zweifaktorregel.Ergebnis.ANGENOMMEN) {
            throw falscherCode();
        }
        List<String> codes = Zweifaktorregel.neueWiederherstellungscodes();
        speicher.aktivieren(k, p.schritt(), codes.stream().map(Zweifaktorregel::hash).toList());
        protokolliere(caller, k, "eingerichtet");
        return codes;
    }

    /** New recovery codes (the old ones stop working); needs a current code. */
    public List<String> neueWiederherstellungscodes(String code) {
        Caller caller = callers.require();
        Konto k = konto(caller);
        pruefeCode(k, code);
        List<String> codes = Zweifaktorregel.neueWiederherstellungscodes();
        speicher.codesErsetzen(k, codes.stream().map(Zweifaktorregel::hash).toList());
        protokolliere(caller, k, "neue Wiederherstellungscodes");
        return codes;
    }

    /** Switches the second factor off: password and a current code; refused for Träger-Admin and Betreiber. */
    public void abschalten(String passwort, String code) {
        Caller caller = callers.require();
        if (Zweifaktorregel.pflicht(caller.roles())) {
            throw new ValidationFailure("code", "Für Ihre Rolle ist die Zwei-Faktor-Anmeldung vorgeschrieben; sie kann nicht abgeschaltet werden.");
        }
        CallerDirectory.Account account = directory.account(caller).orElseThrow();
        // a wrong password counts for the name's lock like a failed sign-in (README "Sign-in")
        versuche.sperreInSitzung(account.login(), "passwort");
        if (passwort == null || !hasher.matches(passwort, account.passwordHash())) {
            versuche.fehlgeschlagenName(account.login());
            throw new ValidationFailure("passwort", "Das Passwort ist falsch.");
        }
        Konto k = Konto.von(account);
        pruefeCode(k, code);
        speicher.entfernen(k);
        protokolliere(caller, k, "abgeschaltet");
    }

    private void pruefeCode(Konto k, String code) {
        Zweifaktorspeicher.Stand stand = speicher.stand(k).filter(Zweifaktorspeicher.Stand::aktiv)
                .orElseThrow(() -> new ValidationFailure("code", "Die Zwei-Faktor-Anmeldung ist nicht eingerichtet."));
        Zweifaktorregel.Pruefung p = Zweifaktorregel.pruefen(stand.geheimnis(), code, clock.instant(), stand.letzterSchritt());
        if (p.ergebnis() == Zweifaktorregel.Ergebnis.SCHON_BENUTZT) {
            throw new ValidationFailure("code", "Dieser Code wurde bereits verwendet. Bitte warten Sie auf den nächsten Code.");
        }
        if (p.ergebnis() != Zweifaktorregel.Ergebnis.ANGENOMMEN || !speicher.schrittVerbrauchen(k, p.schritt())) {
            throw falscherCode();
        }
    }

    private Konto konto(Caller caller) {
        return directory.account(caller).map(Konto::von)
                .orElseThrow(() -> new IllegalStateException("Konto nicht gefunden: " + caller.username()));
    }

    private static ValidationFailure falscherCode() {
        return new ValidationFailure("code", "Der Code ist falsch oder abgelaufen. Bitte geben Sie den aktuellen 6-stelligen Code Ihrer App ein.");
    }

    private void protokolliere(Caller caller, Konto k, String was) {
        if (caller.tenantId() == null) {
            LOG.info(() -> "Betreiber " + caller.username() + ": Zwei-Faktor-Anmeldung " + was);
            return;
        }
        audit.ereignis(AuditAction.STATUS, "Benutzer", k.id(), FELD, null, was);
    }
}
