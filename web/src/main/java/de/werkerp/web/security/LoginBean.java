package de.werkerp.web.security;

import java.io.IOException;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;

import de.werkerp.security.control.Anmeldename;
import de.werkerp.web.platform.Messages;

/**
 * The login form: Kennung des Trägers, user name, password (README "Sign-in"). Operators leave the Kennung empty.
 * The last Kennung that signed in successfully is remembered in the cookie {@value #KENNUNG_COOKIE} (one year, not a
 * secret: it is printed on the tenant's documents) and prefilled.
 */
@Named
@RequestScoped
public class LoginBean {

    static final String KENNUNG_COOKIE = "werkerp_kennung";

    @Inject
    SecurityContext securityContext;

    private String kennung;

    @NotBlank(message = "Bitte geben Sie Ihren Benutzernamen ein.")
    private String username;

    @NotBlank(message = "Bitte geben Sie Ihr Passwort ein.")
    private String password;

    private String code;

    @PostConstruct
    void prefill() {
        Map<String, Object> cookies = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap();
        if (cookies.get(KENNUNG_COOKIE) instanceof Cookie c && c.getValue() != null
                && c.getValue().matches("[a-z0-9][a-z0-9-]{1,39}")) {
            kennung = c.getValue();
        }
    }

    public void login() throws IOException {
        abbrechen(); // a new first step forgets a password step that waited for its code
        anmelden(new UsernamePasswordCredential(Anmeldename.ausFormular(kennung, username), password), true);
    }

    /** The second step: the code of the authenticator app, or a recovery code. */
    public void bestaetigen() throws IOException {
        anmelden(new ZweitfaktorCredential(code == null ? "" : code.trim()), false);
    }

    /** Back to the first step. */
    public void abbrechen() {
        HttpSession session = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getSession(false);
        if (session != null) {
            session.removeAttribute(WerkErpAuthenticationMechanism.SESSION_OFFEN);
        }
    }

    private void anmelden(jakarta.security.enterprise.credential.Credential credential, boolean ersterSchritt) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
        if (ersterSchritt && (status == AuthenticationStatus.SUCCESS || isZweiterSchritt())) {
            merkeKennung(request, response);
        }
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession(false);
            boolean einrichten = session != null && session.getAttribute(WerkErpAuthenticationMechanism.SESSION_EINRICHTEN) != null;
            boolean aendern = Boolean.TRUE.equals(request.getAttribute(WerkErpAuthenticationMechanism.REQUEST_PASSWORT_AENDERN));
            external.redirect(external.getRequestContextPath()
                    + (aendern ? WerkErpAuthenticationMechanism.PASSWORT_PAGE + "?zuerst=1"
                            : einrichten ? WerkErpAuthenticationMechanism.EINRICHTUNG_SEITE : "/index.xhtml"));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            Object meldung = external.getRequestMap().get(WerkErpAuthenticationMechanism.REQUEST_MELDUNG);
            if (meldung instanceof String m) {
                Messages.error(m);
            } else if (!isZweiterSchritt()) {
                Messages.error("Kennung, Benutzername oder Passwort ist falsch.");
            }
        }
    }

    /** Whether the password was right and the form now asks for the code. */
    public boolean isZweiterSchritt() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        return request.getAttribute(WerkErpAuthenticationMechanism.REQUEST_ZWEITER_SCHRITT) != null
                || session != null && session.getAttribute(WerkErpAuthenticationMechanism.SESSION_OFFEN) != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    private void merkeKennung(HttpServletRequest request, HttpServletResponse response) {
        String k = kennung == null ? "" : kennung.trim().toLowerCase(java.util.Locale.ROOT);
        Cookie cookie = new Cookie(KENNUNG_COOKIE, k);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setMaxAge(k.isEmpty() ? 0 : 365 * 24 * 3600);
        response.addCookie(cookie);
    }

    public boolean isLoggedOut() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey("abgemeldet");
    }

    public String getKennung() {
        return kennung;
    }

    public void setKennung(String kennung) {
        this.kennung = kennung;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
