package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Issue 16 items 3 and 4 over HTTP: security headers of a page, a PDF and JSON; cookies; oversized bodies. */
final class SicherheitScenarios {


    private SicherheitScenarios() {
    }

    private static String root(URL base) {
        String r = base.toString();
        return r.endsWith("/") ? r : r + "/";
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder b) {
        try {
            return Api.senden(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    /** Headers every answer carries; no server banner. */
    private static void immer(HttpResponse<?> r, String was) {
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), was);
        assertEquals("same-origin", header(r, "Referrer-Policy"), was);
        assertTrue(header(r, "Permissions-Policy") != null && header(r, "Permissions-Policy").contains("camera=()")
                && header(r, "Permissions-Policy").contains("geolocation=()"), was + ": " + r.headers().map());
        assertEquals("no-store", header(r, "Cache-Control"), was + ": " + r.headers().map());
        assertFalse(r.headers().firstValue("Server").isPresent(), was + ": " + r.headers().map());
        assertFalse(r.headers().firstValue("X-Powered-By").isPresent(), was + ": " + r.headers().map());
    }

    static void header(URL base) {
        // a page: PrimeFaces' CSP with a nonce that the page's scripts carry; the session cookie SameSite=Strict
        HttpResponse<byte[]> seite = send(HttpRequest.newBuilder(URI.create(root(base) + "login.xhtml")).GET());
        assertEquals(200, seite.statusCode());
        immer(seite, "login page");
        String csp = header(seite, "Content-Security-Policy");
        assertTrue(csp != null && csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                && csp.contains("script-src 'self' 'nonce-"), csp);
        String nonce = csp.substring(csp.indexOf("'nonce-") + 7, csp.indexOf('\'', csp.indexOf("'nonce-") + 7));
        String html = new String(seite.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        assertFalse(header(seite, "Strict-Transport-Security") != null, "no HSTS over plain HTTP");
        List<String> cookies = seite.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
        assertTrue(session != null, cookies.toString());
        String s = session.toLowerCase(Locale.ROOT);
        assertTrue(s.contains("samesite=strict") && s.contains("httponly") && !s.contains("secure"), session);

        // behind the TLS proxy (X-Forwarded-Proto: https, Payara's scheme-mapping): HSTS and a Secure cookie
        HttpResponse<byte[]> https = send(HttpRequest.newBuilder(URI.create(root(base) + "login.xhtml"))
                .header("X-Forwarded-Proto", "https").GET());
        assertEquals(200, https.statusCode());
        assertTrue(header(https, "Strict-Transport-Security") != null
                && header(https, "Strict-Transport-Security").startsWith("max-age="), https.headers().map().toString());
        String sicher = https.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("").toLowerCase(Locale.ROOT);
        assertTrue(sicher.contains("secure") && sicher.contains("samesite=strict"), sicher);

        // JSON and PDF: data, nothing may run in them
        HttpResponse<byte[]> json = send(HttpRequest.newBuilder(URI.create(root(base) + "api/v1/health")).GET());
        assertEquals(200, json.statusCode());
        immer(json, "JSON");
        assertTrue(header(json, "Content-Type").startsWith("application/json"), header(json, "Content-Type"));
        assertTrue(header(json, "Content-Security-Policy").startsWith("default-src 'none'"),
                header(json, "Content-Security-Policy"));
        HttpResponse<byte[]> pdf = send(HttpRequest.newBuilder(URI.create(root(base) + "api/v1/berichte/stammdaten.pdf"))
                .header("Authorization", Api.bearer(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD)).GET());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        immer(pdf, "PDF");
        assertTrue(header(pdf, "Content-Security-Policy").startsWith("default-src 'none'"),
                header(pdf, "Content-Security-Policy"));

        // static resources may be cached
        HttpResponse<byte[]> css = send(HttpRequest.newBuilder(URI.create(root(base)
                + "jakarta.faces.resource/css/werkerp.css.xhtml")).GET());
        assertEquals(200, css.statusCode());
        assertFalse("no-store".equals(header(css, "Cache-Control")), css.headers().map().toString());
        assertEquals("nosniff", header(css, "X-Content-Type-Options"));
    }

    /**
     * A body above the limit is refused with 413 and a German message before it is read. The client asks with
     * "Expect: 100-continue" (as curl does for large bodies): the answer comes before the body is sent; without it
     * the server closes the connection after the answer while the client is still sending.
     */
    static void zuGross(URL base) {
        byte[] riesig = new byte[(int) (32L * 1024 * 1024 + 64 * 1024 + 1)];
        java.util.Arrays.fill(riesig, (byte) 'a');
        HttpResponse<byte[]> api = send(HttpRequest.newBuilder(URI.create(root(base)
                + "api/v1/arbeitsergebnis/import?einrichtung=1&jahr=2025&nurPruefen=true"))
                .header("Authorization", Api.bearer(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD))
                .header("Content-Type", "text/csv; charset=UTF-8").version(HttpClient.Version.HTTP_1_1).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(riesig)));
        assertEquals(413, api.statusCode());
        String body = new String(api.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("\"status\":413") && body.contains("zu groß"), body);
        immer(api, "413");

        byte[] seite = new byte[22 * 1024 * 1024];
        HttpResponse<byte[]> upload = send(HttpRequest.newBuilder(URI.create(root(base) + "login.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=x").version(HttpClient.Version.HTTP_1_1)
                .expectContinue(true).POST(HttpRequest.BodyPublishers.ofByteArray(seite)));
        assertEquals(413, upload.statusCode());
        assertTrue(new String(upload.body(), StandardCharsets.UTF_8).contains("zu groß"));
    }
}
