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

/**
 * One authentication mechanism for the pages and the REST API.
 * <ul>
 * <li>Pages: form login. The login page calls {@code SecurityContext.authenticate} with the
 * credentials; on success the session id is changed (against session fixation) and the user name is
 * kept in the session. Each later request re-checks that the account is still active.</li>
 * <li>REST ({@code /api/…}): HTTP Basic on every request, no session. A browser that is logged in may
 * also GET (read, e.g. download a PDF) with its session; changes through the API always need Basic,
 * so a foreign page cannot make a logged-in browser change data (CSRF).</li>
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
            Optional<UsernamePasswordCredential> basic = basicCredential(request);
            if (basic.isPresent()) {
                CredentialValidationResult result = identityStores.validate(basic.get());
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                return unauthorized(response, context, "Benutzername oder Passwort ist falsch.");
            }
        }
        Optional<AuthenticationStatus> fromSession = sessionLogin(request, context, api);
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
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<AuthenticationStatus> sessionLogin(HttpServletRequest request, HttpMessageContext context, boolean api) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SESSION_USER) == null) {
            return Optional.empty();
        }
        if (api && !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return Optional.empty();
        }
        String username = (String) session.getAttribute(SESSION_USER);
        Optional<Caller> caller = directory.caller(username);
        if (caller.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(context.notifyContainerAboutLogin(username, WerkErpIdentityStore.groups(caller.get().roles())));
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
