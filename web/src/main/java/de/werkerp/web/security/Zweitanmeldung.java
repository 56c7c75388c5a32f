package de.werkerp.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.CallerDirectory;
import de.werkerp.security.boundary.AnmeldeProtokoll;
import de.werkerp.security.control.Anmeldeversuche;
import de.werkerp.security.control.ApiTokenregel;
import de.werkerp.security.control.ApiTokenspeicher;
import de.werkerp.security.control.Konto;
import de.werkerp.security.control.Zweifaktorregel;
import de.werkerp.security.control.Zweifaktorspeicher;

/**
 * The second factor and the API tokens at sign-in (README "Sign-in"), shared by the authentication mechanism and the
 * REST sign-in ({@link AnmeldungResource}): whether an account has or needs a second factor, the check of a code (a
 * wrong or replayed code is a failed attempt of the name, {@code Anmelderegel}; every outcome goes into the audit
 * trail of a tenant user), and the account behind a bearer token.
 */
@ApplicationScoped
public class Zweitanmeldung {

    /** For REST clients of accounts with a second factor (HTTP Basic refused). */
    static final String NUR_TOKEN = "Für dieses Konto ist die Zwei-Faktor-Anmeldung eingerichtet oder vorgeschrieben:"
            + " Die REST-API nimmt hier kein Passwort an. Bitte verwenden Sie ein persönliches API-Token"
            + " (Authorization: Bearer …, Seite „API-Tokens“ oder POST /api/v1/anmeldung/token).";
    static final String TOKEN_UNGUELTIG = "Das API-Token ist ungültig, abgelaufen oder widerrufen.";
    static final String CODE_FALSCH = "Der Code ist falsch oder abgelaufen.";
    static final String CODE_BENUTZT = "Dieser Code wurde bereits verwendet. Bitte warten Sie auf den nächsten Code Ihrer App.";
    private static final Duration ZULETZT_BENUTZT_GENAUIGKEIT = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(Zweitanmeldung.class.getName());

    @Inject
    Zweifaktorspeicher zweifaktor;

    @Inject
    ApiTokenspeicher tokens;

    @Inject
    CallerDirectory directory;

    @Inject
    Anmeldeversuche versuche;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @EJB
    AnmeldeProtokoll protokoll;

    /** Whether the account has a confirmed second factor. */
    public boolean aktiv(CallerDirectory.Account account) {
        return zweifaktor.aktiv(Konto.von(account));
    }

    /** Whether the account's roles require a second factor (Träger-Admin, Betreiber). */
    public static boolean pflicht(CallerDirectory.Account account) {
        return Zweifaktorregel.pflicht(account.caller().roles());
    }

    /** Whether the account may use HTTP Basic with its password: only without a second factor (set up or required). */
    public boolean basicErlaubt(CallerDirectory.Account account) {
        return !pflicht(account) && !aktiv(account);
    }

    /** The outcome of a code: accepted, or the German message. */
    public record Ergebnis(boolean angenommen, String meldung) {
    }

    /**
     * Checks a TOTP code or a recovery code of an account whose password was checked; the lock of the name must have
     * been asked before. Counts a wrong code as a failed attempt of the name and the address.
     */
    public Ergebnis codePruefen(CallerDirectory.Account account, String code, String adresse) {
        String username = account.login();
        Konto k = Konto.von(account);
        Optional<Zweifaktorspeicher.Stand> stand = zweifaktor.stand(k).filter(Zweifaktorspeicher.Stand::aktiv);
        if (stand.isEmpty() || code == null || code.isBlank()) {
            versuche.fehlgeschlagen(username, adresse);
            protokolliere(account, false, "kein Code");
            return new Ergebnis(false, CODE_FALSCH);
        }
        if (Zweifaktorregel.istWiederherstellungscode(code)) {
            if (zweifaktor.codeVerbrauchen(k, Zweifaktorregel.hash(code))) {
                versuche.erfolgreich(username);
                protokolliere(account, true, "Zwei-Faktor mit Wiederherstellungscode (noch " + zweifaktor.offeneCodes(k) + ")");
                return new Ergebnis(true, null);
            }
            versuche.fehlgeschlagen(username, adresse);
            protokolliere(account, false, "falscher oder verbrauchter Wiederherstellungscode");
            return new Ergebnis(false, CODE_FALSCH);
        }
        Zweifaktorregel.Pruefung p = Zweifaktorregel.pruefen(stand.get().geheimnis(), code, clock.instant(),
                stand.get().letzterSchritt());
        if (p.ergebnis() == Zweifaktorregel.Ergebnis.ANGENOMMEN && zweifaktor.schrittVerbrauchen(k, p.schritt())) {
            versuche.erfolgreich(username);
            protokolliere(account, true, "Zwei-Faktor-Code richtig");
            return new Ergebnis(true, null);
        }
        versuche.fehlgeschlagen(username, adresse);
        boolean benutzt = p.ergebnis() != Zweifaktorregel.Ergebnis.FALSCH;
        protokolliere(account, false, benutzt ? "Zwei-Faktor-Code bereits verwendet" : "falscher Zwei-Faktor-Code");
        return new Ergebnis(false, benutzt ? CODE_BENUTZT : CODE_FALSCH);
    }

    /** The active account behind a bearer token, if the token is known, not expired and its account unchanged. */
    public Optional<CallerDirectory.Account> token(String wert) {
        if (!ApiTokenregel.formatGueltig(wert)) {
            return Optional.empty();
        }
        Optional<ApiTokenspeicher.Treffer> treffer = tokens.finden(ApiTokenregel.hash(wert));
        if (treffer.isEmpty() || !ApiTokenregel.gueltig(treffer.get().gueltigBis(), LocalDate.now(clock))) {
            return Optional.empty();
        }
        Konto konto = treffer.get().konto();
        Optional<CallerDirectory.Account> account = directory
                .konto(CallerDirectory.kontoSchluessel(Konto.BETREIBER.equals(konto.art()), konto.id()))
                .filter(a -> Konto.von(a).equals(konto));
        if (account.isPresent()) {
            Instant jetzt = clock.instant();
            Instant zuletzt = treffer.get().zuletztBenutzt();
            if (zuletzt == null || zuletzt.plus(ZULETZT_BENUTZT_GENAUIGKEIT).isBefore(jetzt)) {
                tokens.benutzt(treffer.get().id(), jetzt);
            }
        }
        return account;
    }

    private void protokolliere(CallerDirectory.Account account, boolean erfolgreich, String ergebnis) {
        if (account.caller().tenantId() == null) {
            LOG.info(() -> "Anmeldung eines Betreibers: " + ergebnis);
            return;
        }
        try {
            callers.runAs(account.caller(), () -> protokoll.anmeldung(erfolgreich, ergebnis));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Anmeldung konnte nicht protokolliert werden", e);
        }
    }
}
