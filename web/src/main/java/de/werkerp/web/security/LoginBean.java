package de.werkerp.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;

import de.werkerp.web.platform.Messages;

/** The login form. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @NotBlank(message = "Bitte geben Sie Ihren Benutzernamen ein.")
    private String username;

    @NotBlank(message = "Bitte geben Sie Ihr Passwort ein.")
    private String password;

    private String code;

    public void login() throws IOException {
        anmelden(new UsernamePasswordCredential(username.trim(), password));
    }

    /** The second step: the code of the authenticator app, or a recovery code. */
    public void bestaetigen() throws IOException {
        anmelden(new ZweitfaktorCredential(code == null ? "" : code.trim()));
    }

    /** Back to the first step. */
    public void abbrechen() {
        HttpSession session = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getSession(false);
        if (session != null) {
            session.removeAttribute(WerkErpAuthenticationMechanism.SESSION_OFFEN);
        }
    }

    private void anmelden(jakarta.security.enterprise.credential.Credential credential) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession(false);
            boolean einrichten = session != null && session.getAttribute(WerkErpAuthenticationMechanism.SESSION_EINRICHTEN) != null;
            external.redirect(external.getRequestContextPath()
                    + (einrichten ? WerkErpAuthenticationMechanism.EINRICHTUNG_SEITE : "/index.xhtml"));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            Object meldung = external.getRequestMap().get(WerkErpAuthenticationMechanism.REQUEST_MELDUNG);
            if (meldung instanceof String m) {
                Messages.error(m);
            } else if (!isZweiterSchritt()) {
                Messages.error("Benutzername oder Passwort ist falsch.");
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

    public boolean isLoggedOut() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey("abgemeldet");
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
