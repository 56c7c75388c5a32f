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
import de.werkerp.security.control.Anmelderegel;
import de.werkerp.security.control.Anmeldeversuche;
import de.werkerp.security.control.Passwortstand;

/**
 * One authentication mechanism for the pages and the REST API.
 * <ul>
 * <li>Pages: form login. The login page calls {@code SecurityContext.authenticate} with the
 * credentials; on success the session id is changed (against session fixation) and the user name is
 * kept in the session. Each later request re-checks that the account is still active.</li>
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

    static final String SESSION_USER = "werkerp.user";
    static final String LOGIN_PAGE = "/login.xhtml";

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
    record Offen(String username, String stand, java.time.Instant seit) implements java.io.Serializable {
    }
    /** Request attribute: the German message of a refused form sign-in (the login page shows it). */
    static final String REQUEST_MELDUNG = "werkerp.anmeldung.meldung";
    private static final String FALSCH = "Benutzername oder Passwort ist falsch.";
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
                Versuch versuch = pruefen(request, basic.get());
                if (versuch.sperre().isPresent()) {
                    return tooManyAttempts(response, versuch.sperre().get());
                }
                CredentialValidationResult result = validate(versuch, basic.get());
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    if (!basicErlaubt(result)) {
                        return unauthorized(response, context, Zweitanmeldung.NUR_TOKEN);
                    }
                    return context.notifyContainerAboutLogin(result);
                }
                return unauthorized(response, context, FALSCH);
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
        String username = result.getCallerPrincipal().getName();
        Optional<CallerDirectory.Account> account = directory.account(username);
        String stand = account.map(a -> Passwortstand.von(a.passwordHash())).orElse("");
        request.getSession(true);
        request.changeSessionId();
        if (account.isPresent() && zweitanmeldung.aktiv(account.get())) {
            return zweiterSchritt(request, new Offen(username, stand, versuche.jetzt()));
        }
        request.getSession().setAttribute(SESSION_USER, username);
        request.getSession().setAttribute(SESSION_STAND, stand);
        if (account.isPresent() && Zweitanmeldung.pflicht(account.get())) {
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
        Optional<Anmelderegel.Sperre> sperre = versuche.pruefen(offen.username(), adresse, false).sperre();
        if (sperre.isPresent()) {
            session.removeAttribute(SESSION_OFFEN);
            request.setAttribute(REQUEST_MELDUNG, sperre.get().meldung(versuche.jetzt()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<CallerDirectory.Account> account = directory.account(offen.username())
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
        request.getSession().setAttribute(SESSION_USER, offen.username());
        request.getSession().setAttribute(SESSION_STAND, offen.stand());
        return context.notifyContainerAboutLogin(offen.username(),
                WerkErpIdentityStore.groups(account.get().caller().roles()));
    }

    /** HTTP Basic with a password only for accounts without a second factor (set up or required). */
    private boolean basicErlaubt(CredentialValidationResult result) {
        return directory.account(result.getCallerPrincipal().getName()).map(zweitanmeldung::basicErlaubt).orElse(false);
    }

    /** REST with a personal API token: the token's user with the user's current roles, no session. */
    private AuthenticationStatus tokenLogin(HttpServletResponse response, HttpMessageContext context, String token) {
        Optional<CallerDirectory.Account> account = zweitanmeldung.token(token);
        if (account.isEmpty()) {
            return unauthorized(response, context, Zweitanmeldung.TOKEN_UNGUELTIG);
        }
        Caller caller = account.get().caller();
        return context.notifyContainerAboutLogin(caller.username(), WerkErpIdentityStore.groups(caller.roles()));
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
        if (path.equals(EINRICHTUNG_SEITE) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
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

    private record Versuch(String username, String adresse, Optional<Anmelderegel.Sperre> sperre, boolean nameHatFehlversuche) {
    }

    /** The lock per name and the delay per address (README "Sign-in"), before the password is checked. */
    private Versuch pruefen(HttpServletRequest request, UsernamePasswordCredential login) {
        String username = login.getCaller();
        String adresse = clientAddress(request);
        Anmeldeversuche.Pruefung p = versuche.pruefen(username, adresse,
                identityStore.remembered(username, login.getPasswordAsString()));
        return new Versuch(username, adresse, p.sperre(), p.nameHatFehlversuche());
    }

    /** Checks the password and records the outcome. */
    private CredentialValidationResult validate(Versuch versuch, UsernamePasswordCredential login) {
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (versuch.nameHatFehlversuche()) {
                versuche.erfolgreich(versuch.username());
            }
        } else {
            versuche.fehlgeschlagen(versuch.username(), versuch.adresse());
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

    private Optional<AuthenticationStatus> sessionLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, boolean api, String path) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SESSION_USER) == null) {
            return Optional.empty();
        }
        if (api && !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return Optional.empty();
        }
        String username = (String) session.getAttribute(SESSION_USER);
        Optional<CallerDirectory.Account> account = directory.account(username);
        // a changed password (new hash) ends the sessions signed in with the old one, on every node
        if (account.isEmpty() || !Passwortstand.von(account.get().passwordHash()).equals(session.getAttribute(SESSION_STAND))) {
            session.invalidate();
            return Optional.empty();
        }
        if (session.getAttribute(SESSION_EINRICHTEN) != null) {
            Optional<AuthenticationStatus> umgeleitet = nurEinrichtung(request, response, context, path, api);
            if (umgeleitet.isPresent()) {
                return umgeleitet;
            }
        }
        Caller caller = account.get().caller();
        return Optional.of(context.notifyContainerAboutLogin(username, WerkErpIdentityStore.groups(caller.roles())));
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
