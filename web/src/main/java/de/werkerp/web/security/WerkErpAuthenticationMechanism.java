package de.werkerp.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerDirectory;
import de.werkerp.security.boundary.WerkErpIdentityStore;
import de.werkerp.security.control.Anmeldename;
import de.werkerp.security.control.Anmelderegel;
import de.werkerp.security.control.Anmeldeversuche;
import de.werkerp.security.control.Passwortstand;

/**
 * One authentication mechanism for the pages and the REST API.
 * <ul>
 * <li>Logins (README "Sign-in", {@code security.control.Anmeldename}): a tenant's user signs in as
 * {@code kennung/benutzername} (the form has a field for the Kennung; HTTP Basic sends it in the user part), an
 * operator with the name alone.</li>
 * <li>Pages: form login. The login page calls {@code SecurityContext.authenticate} with the
 * credentials; on success the session id is changed (against session fixation) and the account's id (not its
 * name) is kept in the session. Each later request looks the account up by that id and re-checks that it is still
 * active.</li>
 * <li>A password set by another person (the tenant admin) must be changed first: pages lead only to
 * {@value #PASSWORT_PAGE}, the API answers 403 except {@value #PASSWORT_API}.</li>
 * <li>REST ({@code /api/…}): HTTP Basic on every request, no session. A browser that is logged in may
 * also GET (read, e.g. download a PDF) with its session; changes through the API always need Basic,
 * so a foreign page cannot make a logged-in browser change data (CSRF).</li>
 * <li>Against guessing (README "Sign-in"): before a password is checked, the lock per user name and the delay per
 * client address of {@code security.control.Anmelderegel} (REST 429 with {@code Retry-After}, the form shows the German
 * message); every failure is stored by {@code Anmeldeversuche}. A session carries the {@code Passwortstand} of the
 * hash it signed in with and ends when the stored hash changed (password change).</li>
 * <li>Second factor and API tokens ({@link Zweitanmeldung}): a form sign-in of an account with TOTP stops after the
 * password and asks for the code ({@link ZweitfaktorCredential}); a Träger-Admin or Betreiber without it reaches only
 * the set-up page ({@link #EINRICHTUNG_SEITE}). REST takes {@code Authorization: Bearer <API token>}; HTTP Basic only
 * for accounts without a second factor.</li>
 * </ul>
 */
@ApplicationScoped
public class WerkErpAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the account's key ({@code CallerDirectory.Account#konto}, its id), not its name. */
    static final String SESSION_KONTO = "werkerp.konto";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** The one page a user whose password another person set may open (README "Sign-in"). */
    static final String PASSWORT_PAGE = "/konto/passwort.xhtml";
    /** The one API call such a user may make. */
    static final String PASSWORT_API = "/api/v1/konto/passwort";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CallerDirectory directory;

    @Inject
    WerkErpIdentityStore identityStore;

    @Inject
    Anmeldeversuche versuche;

    static final String SESSION_STAND = "werkerp.passwortstand";
    /** Session attribute: the user name whose password was right, waiting for the code (with its Passwortstand). */
    static final String SESSION_OFFEN = "werkerp.zweifaktor.offen";
    /** Session attribute: signed in, but the required second factor is not set up yet (only the set-up page). */
    static final String SESSION_EINRICHTEN = "werkerp.zweifaktor.einrichten";
    /** Request attribute: the form sign-in waits for the code. */
    static final String REQUEST_ZWEITER_SCHRITT = "werkerp.anmeldung.zweiterSchritt";
    static final String EINRICHTUNG_SEITE = "/konto/zweifaktor.xhtml";
    private static final java.time.Duration OFFEN_HOECHSTENS = java.time.Duration.ofMinutes(5);

    @Inject
    Zweitanmeldung zweitanmeldung;

    /** The password step of a form sign-in with a second factor: who, with which hash, since when. */
    record Offen(String login, String konto, String stand, java.time.Instant seit) implements java.io.Serializable {
    }
    /** Request attribute: the German message of a refused form sign-in (the login page shows it). */
    static final String REQUEST_MELDUNG = "werkerp.anmeldung.meldung";
    /** Request attribute: the signed-in user must change the password first (the login page goes there). */
    static final String REQUEST_PASSWORT_AENDERN = "werkerp.anmeldung.passwortAendern";
    private static final String FALSCH = "Kennung, Benutzername oder Passwort ist falsch.";
    static final String ERST_AENDERN = "Ihr Passwort wurde von einer anderen Person festgelegt. Bitte ändern Sie es zuerst"
            + " (Seite „Passwort ändern“ oder POST /api/v1/konto/passwort).";
    private static final boolean BEHIND_PROXY = "true".equalsIgnoreCase(
            String.valueOf(System.getenv("WERKERP_BEHIND_PROXY")).trim());

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");

        Credential explicit = context.getAuthParameters().getCredential();
        if (explicit != null) {
            return formLogin(request, context, explicit);
        }
        if (api) {
            Optional<String> bearer = bearerToken(request);
            if (bearer.isPresent()) {
                return tokenLogin(response, context, bearer.get());
            }
            Optional<UsernamePasswordCredential> basic = basicCredential(request);
            if (basic.isPresent()) {
                return basicLogin(request, response, context, basic.get(), path);
            }
        }
        Optional<AuthenticationStatus> fromSession = sessionLogin(request, response, context, api, path);
        if (fromSession.isPresent()) {
            return fromSession.get();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return unauthorized(response, context, "Anmeldung erforderlich.");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (credential instanceof ZweitfaktorCredential code) {
            return codeLogin(request, context, code);
        }
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Versuch versuch = pruefen(request, login);
        if (versuch.sperre().isPresent()) {
            request.setAttribute(REQUEST_MELDUNG, versuch.sperre().get().meldung(versuche.jetzt()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = validate(versuch, login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            request.setAttribute(REQUEST_MELDUNG, FALSCH);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<CallerDirectory.Account> account = directory.account(result.getCallerPrincipal().getName());
        if (account.isEmpty()) {
            request.setAttribute(REQUEST_MELDUNG, FALSCH);
            return AuthenticationStatus.SEND_FAILURE;
        }
        String stand = Passwortstand.von(account.get().passwordHash());
        request.getSession(true);
        request.changeSessionId();
        if (zweitanmeldung.aktiv(account.get())) {
            return zweiterSchritt(request, new Offen(account.get().login(), account.get().konto(), stand, versuche.jetzt()));
        }
        angemeldet(request, account.get(), stand);
        if (Zweitanmeldung.pflicht(account.get())) {
            request.getSession().setAttribute(SESSION_EINRICHTEN, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** The password was right and the account has a second factor: the form asks for the code next. */
    private static AuthenticationStatus zweiterSchritt(HttpServletRequest request, Offen offen) {
        request.getSession().setAttribute(SESSION_OFFEN, offen);
        request.setAttribute(REQUEST_ZWEITER_SCHRITT, Boolean.TRUE);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The second step of the form: the code for the name whose password was right (within 5 minutes). */
    private AuthenticationStatus codeLogin(HttpServletRequest request, HttpMessageContext context, ZweitfaktorCredential code) {
        HttpSession session = request.getSession(false);
        Offen offen = session == null ? null : (Offen) session.getAttribute(SESSION_OFFEN);
        if (offen == null || offen.seit().plus(OFFEN_HOECHSTENS).isBefore(versuche.jetzt())) {
            if (session != null) {
                session.removeAttribute(SESSION_OFFEN);
            }
            request.setAttribute(REQUEST_MELDUNG, "Die Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        String adresse = clientAddress(request);
        Optional<Anmelderegel.Sperre> sperre = versuche.pruefen(offen.login(), adresse, false).sperre();
        if (sperre.isPresent()) {
            session.removeAttribute(SESSION_OFFEN);
            request.setAttribute(REQUEST_MELDUNG, sperre.get().meldung(versuche.jetzt()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<CallerDirectory.Account> account = directory.konto(offen.konto())
                .filter(a -> Passwortstand.von(a.passwordHash()).equals(offen.stand()));
        if (account.isEmpty()) {
            session.removeAttribute(SESSION_OFFEN);
            request.setAttribute(REQUEST_MELDUNG, FALSCH);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Zweitanmeldung.Ergebnis ergebnis = zweitanmeldung.codePruefen(account.get(), code.code(), adresse);
        if (!ergebnis.angenommen()) {
            request.setAttribute(REQUEST_ZWEITER_SCHRITT, Boolean.TRUE);
            request.setAttribute(REQUEST_MELDUNG, ergebnis.meldung());
            return AuthenticationStatus.SEND_FAILURE;
        }
        session.removeAttribute(SESSION_OFFEN);
        request.changeSessionId();
        angemeldet(request, account.get(), offen.stand());
        return context.notifyContainerAboutLogin(account.get().login(),
                WerkErpIdentityStore.groups(account.get().caller().roles()));
    }

    /** REST with a personal API token: the token's user with the user's current roles, no session. */
    private AuthenticationStatus tokenLogin(HttpServletResponse response, HttpMessageContext context, String token) {
        Optional<CallerDirectory.Account> account = zweitanmeldung.token(token);
        if (account.isEmpty()) {
            return unauthorized(response, context, Zweitanmeldung.TOKEN_UNGUELTIG);
        }
        Caller caller = account.get().caller();
        return context.notifyContainerAboutLogin(account.get().login(), WerkErpIdentityStore.groups(caller.roles()));
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    /**
     * A Träger-Admin or Betreiber signed in without the required second factor reaches only the set-up page (and the
     * resources it needs); every other page leads there, the API answers 403.
     */
    private static Optional<AuthenticationStatus> nurEinrichtung(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String path, boolean api) {
        if (path.equals(EINRICHTUNG_SEITE) || path.equals(PASSWORT_PAGE) || path.equals(PASSWORT_API) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals(LOGIN_PAGE)) {
            return Optional.empty();
        }
        if (api) {
            try {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"status\":403,\"meldung\":\"Bitte richten Sie zuerst die Zwei-Faktor-Anmeldung ein.\"}");
                response.flushBuffer();
            } catch (IOException e) {
                // the status is what counts
            }
            return Optional.of(AuthenticationStatus.SEND_FAILURE);
        }
        return Optional.of(context.redirect(request.getContextPath() + EINRICHTUNG_SEITE));
    }

    /** The session of a completed sign-in: the account's key and the fingerprint of its hash; a forced change. */
    private static void angemeldet(HttpServletRequest request, CallerDirectory.Account account, String stand) {
        request.getSession().setAttribute(SESSION_KONTO, account.konto());
        request.getSession().setAttribute(SESSION_STAND, stand);
        if (account.passwortAendern()) {
            request.setAttribute(REQUEST_PASSWORT_AENDERN, Boolean.TRUE);
        }
    }

    /** HTTP Basic on an API request: lock and delay, the password, then the forced password change. */
    private AuthenticationStatus basicLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, UsernamePasswordCredential basic, String path) {
        Versuch versuch = pruefen(request, basic);
        if (versuch.sperre().isPresent()) {
            return tooManyAttempts(response, versuch.sperre().get());
        }
        CredentialValidationResult result = validate(versuch, basic);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response, context, FALSCH);
        }
        Optional<CallerDirectory.Account> account = directory.account(result.getCallerPrincipal().getName());
        if (account.isEmpty()) {
            return unauthorized(response, context, FALSCH);
        }
        // a password another person set may be changed with it by Basic, also by an account with a second factor: the
        // call needs that password anyway, and the new one still opens nothing without the code
        boolean ersteAenderung = account.get().passwortAendern() && PASSWORT_API.equals(path);
        if (!ersteAenderung && !zweitanmeldung.basicErlaubt(account.get())) {
            return unauthorized(response, context, Zweitanmeldung.NUR_TOKEN);
        }
        if (mussErstAendern(account.get(), path)) {
            return forbidden(response, ERST_AENDERN);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** A password set by another person: everything but the own password change waits for that change. */
    private static boolean mussErstAendern(CallerDirectory.Account account, String path) {
        return account.passwortAendern() && !PASSWORT_PAGE.equals(path) && !PASSWORT_API.equals(path);
    }

    /** An attempt: the lock's key is the full login ({@code kennung/benutzername}, or an operator's name). */
    private record Versuch(String login, String adresse, Optional<Anmelderegel.Sperre> sperre, boolean nameHatFehlversuche) {
    }

    /** The lock per name and the delay per address (README "Sign-in"), before the password is checked. */
    private Versuch pruefen(HttpServletRequest request, UsernamePasswordCredential login) {
        String name = Anmeldename.kanonisch(login.getCaller());
        String adresse = clientAddress(request);
        Anmeldeversuche.Pruefung p = versuche.pruefen(name, adresse,
                identityStore.remembered(login.getCaller(), login.getPasswordAsString()));
        return new Versuch(name, adresse, p.sperre(), p.nameHatFehlversuche());
    }

    /** Checks the password and records the outcome. */
    private CredentialValidationResult validate(Versuch versuch, UsernamePasswordCredential login) {
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (versuch.nameHatFehlversuche()) {
                versuche.erfolgreich(versuch.login());
            }
        } else {
            versuche.fehlgeschlagen(versuch.login(), versuch.adresse());
        }
        return result;
    }

    /**
     * The client's address: the TCP peer, or behind the reverse proxy ({@code WERKERP_BEHIND_PROXY=true}) the last
     * entry of {@code X-Forwarded-For}, the one the proxy itself appended (earlier entries come from the client).
     */
    static String clientAddress(HttpServletRequest request) {
        if (BEHIND_PROXY) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] parts = forwarded.split(",");
                String last = parts[parts.length - 1].trim();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        return request.getRemoteAddr();
    }

    /**
     * A request of a signed-in session: the session holds the account's key (its id), and the account is looked up by
     * it, so a renamed user stays signed in and a removed or deactivated one is out at once.
     */
    private Optional<AuthenticationStatus> sessionLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, boolean api, String path) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SESSION_KONTO) == null) {
            return Optional.empty();
        }
        if (api && !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return Optional.empty();
        }
        Optional<CallerDirectory.Account> account = directory.konto((String) session.getAttribute(SESSION_KONTO));
        // a changed password (new hash) ends the sessions signed in with the old one, on every node
        if (account.isEmpty() || !Passwortstand.von(account.get().passwordHash()).equals(session.getAttribute(SESSION_STAND))) {
            session.invalidate();
            return Optional.empty();
        }
        if (context.isProtected() && mussErstAendern(account.get(), path)) {
            return Optional.of(api ? forbidden(response, ERST_AENDERN)
                    : context.redirect(request.getContextPath() + PASSWORT_PAGE));
        }
        if (session.getAttribute(SESSION_EINRICHTEN) != null) {
            Optional<AuthenticationStatus> umgeleitet = nurEinrichtung(request, response, context, path, api);
            if (umgeleitet.isPresent()) {
                return umgeleitet;
            }
        }
        Caller caller = account.get().caller();
        return Optional.of(context.notifyContainerAboutLogin(account.get().login(), WerkErpIdentityStore.groups(caller.roles())));
    }

    private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException badBase64) {
            return Optional.empty();
        }
    }

    private AuthenticationStatus tooManyAttempts(HttpServletResponse response, Anmelderegel.Sperre sperre) {
        java.time.Instant jetzt = versuche.jetzt();
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(sperre.sekunden(jetzt)));
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":429,\"meldung\":\"" + sperre.meldung(jetzt) + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            // the status is what counts
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus forbidden(HttpServletResponse response, String message) {
        try {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":403,\"meldung\":\"" + message + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            // the status is what counts
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context, String message) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"WerkERP\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"meldung\":\"" + message + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            // the status is what counts
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
