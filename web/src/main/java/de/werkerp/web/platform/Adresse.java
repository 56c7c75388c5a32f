package de.werkerp.web.platform;

import jakarta.servlet.http.HttpServletRequest;

import de.werkerp.platform.control.Mailversand;

/**
 * The application's address as users reach it, for links in e-mails (invitations): {@code WERKERP_PUBLIC_URL} if set
 * (e.g. {@code https://erp.example.org/werkerp}, behind a reverse proxy), else taken from the request (scheme, host,
 * port and context path; Payara honours {@code X-Forwarded-Proto} behind the proxy).
 */
public final class Adresse {

    private Adresse() {
    }

    public static String basisUrl(HttpServletRequest request) {
        String configured = Mailversand.einstellung("WERKERP_PUBLIC_URL");
        if (configured != null) {
            return configured;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean standard = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (standard ? "" : ":" + port) + request.getContextPath();
    }
}
