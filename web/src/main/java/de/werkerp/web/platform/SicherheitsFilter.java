package de.werkerp.web.platform;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Security headers on every answer and the size limit of request bodies (issue 16, items 3 and 4).
 *
 * <ul>
 * <li>Always: {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin},
 * {@code Permissions-Policy} (no camera, microphone, geolocation, payment, USB …), {@code X-Frame-Options: DENY};
 * no {@code Server} / {@code X-Powered-By} set by the application (the container's own Server header is switched
 * off by the launcher's pre-boot commands).</li>
 * <li>{@code Content-Security-Policy}: pages ({@code *.xhtml}) get PrimeFaces' policy with a nonce (web.xml,
 * {@code primefaces.CSP_POLICY}); every other answer (REST JSON, PDF, CSV, XLSX, ZIP) gets
 * {@code default-src 'none'; frame-ancestors 'none'}: it is data, nothing in it may run.</li>
 * <li>{@code Cache-Control: no-store} on every page and API answer (payslips, lists, CSV and PDF carry personal
 * data); only the static resources ({@code /jakarta.faces.resource/}, {@code /resources/}) may be cached.</li>
 * <li>Over HTTPS (directly, or {@code X-Forwarded-Proto: https} mapped by Payara's {@code scheme-mapping} behind the
 * proxy): {@code Strict-Transport-Security}, and cookies set by the application get {@code Secure}. Every cookie
 * set by the application gets {@code SameSite=Strict}; the session cookie gets both from glassfish-web.xml
 * ({@code cookieSameSite}, {@code cookieSecure=dynamic}).</li>
 * <li>Body size: a request body larger than {@link #API_MAX_BYTES} ({@code /api/…}) or {@link #SEITE_MAX_BYTES}
 * (page uploads) is refused with 413 and a German message before it is read; an API body without length
 * (chunked) is read up to the limit and refused beyond it.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SicherheitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Largest REST body: the people import reads up to 32 MiB ({@code ImportParser.HOECHSTGROESSE_BYTES}). */
    public static final long API_MAX_BYTES = 32L * 1024 * 1024 + 64 * 1024;

    /** Largest page request: the largest upload field (20 MiB, people import) plus the form; as web.xml. */
    public static final long SEITE_MAX_BYTES = 21L * 1024 * 1024;

    static final String CSP_DATEN = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String pfad = req.getRequestURI().substring(req.getContextPath().length());
        boolean statisch = pfad.startsWith("/jakarta.faces.resource/") || pfad.startsWith("/resources/");
        boolean api = pfad.startsWith("/api/");
        boolean https = req.isSecure() || "https".equalsIgnoreCase(req.getScheme());

        HttpServletResponse antwort = new Antwort(res, https, !statisch);
        antwort.setHeader("X-Content-Type-Options", "nosniff");
        antwort.setHeader("Referrer-Policy", "same-origin");
        antwort.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        antwort.setHeader("X-Frame-Options", "DENY");
        if (https) {
            antwort.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!statisch) {
            antwort.setHeader("Cache-Control", "no-store");
            antwort.setHeader("Pragma", "no-cache");
            if (!pfad.endsWith(".xhtml") && !pfad.equals("/") && !pfad.isEmpty()) {
                antwort.setHeader("Content-Security-Policy", CSP_DATEN);
            }
        }

        if (req.getDispatcherType() == DispatcherType.REQUEST) {
            long grenze = api ? API_MAX_BYTES : SEITE_MAX_BYTES;
            long laenge = req.getContentLengthLong();
            if (laenge > grenze) {
                zuGross(antwort, api, grenze);
                return;
            }
            if (api && laenge < 0 && hatKoerper(req)) {
                byte[] koerper = req.getInputStream().readNBytes((int) grenze + 1);
                if (koerper.length > grenze) {
                    zuGross(antwort, true, grenze);
                    return;
                }
                req = new GelesenerKoerper(req, koerper);
            }
        }
        chain.doFilter(req, antwort);
    }

    private static boolean hatKoerper(HttpServletRequest req) {
        String te = req.getHeader("Transfer-Encoding");
        return te != null && !te.isBlank();
    }

    /** 413 with the German message: JSON for the API (as every REST error), a short page otherwise. */
    private static void zuGross(HttpServletResponse res, boolean api, long grenze) throws IOException {
        String meldung = "Die Anfrage ist zu groß: höchstens " + grenze / (1024 * 1024) + " MB sind erlaubt. Bitte "
                + "die Datei aufteilen.";
        res.setStatus(413);
        if (api) {
            res.setContentType("application/json;charset=UTF-8");
            res.getWriter().write("{\"status\":413,\"meldung\":\"" + meldung + "\",\"fehler\":[{\"feld\":\"datei\","
                    + "\"meldung\":\"" + meldung + "\"}]}");
        } else {
            res.setContentType("text/html;charset=UTF-8");
            res.getWriter().write("<!DOCTYPE html><html lang=\"de\"><head><title>Datei zu groß</title></head><body>"
                    + "<h1>Datei zu groß</h1><p>" + meldung + "</p></body></html>");
        }
    }

    /** Adds SameSite=Strict (and Secure over HTTPS) to the application's cookies; drops Server/X-Powered-By. */
    static final class Antwort extends HttpServletResponseWrapper {

        private final boolean https;
        private final boolean keinSpeichern;

        /** @param keinSpeichern whether Cache-Control stays "no-store" whatever a library sets (PrimeFaces downloads) */
        Antwort(HttpServletResponse res, boolean https, boolean keinSpeichern) {
            super(res);
            this.https = https;
            this.keinSpeichern = keinSpeichern;
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (cookie.getAttribute("SameSite") == null) {
                cookie.setAttribute("SameSite", "Strict");
            }
            if (https) {
                cookie.setSecure(true);
            }
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            if (erlaubt(name)) {
                super.setHeader(name, wert(name, value));
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (erlaubt(name)) {
                super.addHeader(name, wert(name, value));
            }
        }

        private static boolean erlaubt(String name) {
            return !"Server".equalsIgnoreCase(name) && !"X-Powered-By".equalsIgnoreCase(name);
        }

        private String wert(String name, String value) {
            if (keinSpeichern && "Cache-Control".equalsIgnoreCase(name)) {
                return "no-store";
            }
            if (keinSpeichern && "Pragma".equalsIgnoreCase(name)) {
                return "no-cache";
            }
            if (keinSpeichern && "Expires".equalsIgnoreCase(name)) {
                return "0";
            }
            if (value == null || !"Set-Cookie".equalsIgnoreCase(name)) {
                return value;
            }
            String v = value;
            if (!v.toLowerCase(java.util.Locale.ROOT).contains("samesite=")) {
                v += "; SameSite=Strict";
            }
            if (https && !v.toLowerCase(java.util.Locale.ROOT).contains("secure")) {
                v += "; Secure";
            }
            return v;
        }
    }

    /** A request whose body was read (up to the limit) and is handed on from memory. */
    static final class GelesenerKoerper extends HttpServletRequestWrapper {

        private final byte[] koerper;

        GelesenerKoerper(HttpServletRequest req, byte[] koerper) {
            super(req);
            this.koerper = koerper;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(koerper);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is already in memory: the listener is told at once that all of it is there. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        if (!isFinished()) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String cs = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    cs == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(cs)));
        }

        @Override
        public int getContentLength() {
            return koerper.length;
        }

        @Override
        public long getContentLengthLong() {
            return koerper.length;
        }
    }
}
