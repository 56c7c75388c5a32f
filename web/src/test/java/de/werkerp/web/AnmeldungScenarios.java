package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 16 item 2 over HTTP: the lock per user name (429 with Retry-After, the right password refused too), the
 * delay per address, the same answer for unknown names, and the own password change. Uses throwaway users, never the
 * demo users the other scenarios need.
 */
final class AnmeldungScenarios {

    static final String GESPERRT_NAME = "sperre.test";
    /** The login (README "Sign-in"): the demo tenant's Kennung and the name; also the key of the lock. */
    static final String GESPERRT = "demo/" + GESPERRT_NAME;
    static final String GESPERRT_PASSWORT = "richtig-12345";

    private AnmeldungScenarios() {
    }

    private static HttpResponse<String> get(URL base, String path, String user, String password) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "api/v1/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try {
            return Api.senden(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long retryAfter(HttpResponse<?> r) {
        return Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow(() -> new AssertionError(r.headers().map())));
    }

    private static void schlafe(long sekunden) {
        try {
            Thread.sleep(sekunden * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ten wrong passwords lock the name: the eleventh attempt, with the right password, gets 429 and Retry-After. */
    static void sperre(URL base) {
        Api admin = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, "admin123!");
        Api.Answer angelegt = admin.post("benutzer", Api.json("benutzername", GESPERRT_NAME, "anzeigename", "Sperre Test",
                "rollen", new String[] {"AUDITOR"}, "passwort", "anfang-12345"));
        assertEquals(201, angelegt.status(), angelegt.body());
        // the admin's initial password must be changed first
        Api.Answer gewechselt = Api.as(base, GESPERRT, "anfang-12345").post("konto/passwort",
                Api.json("aktuellesPasswort", "anfang-12345", "neuesPasswort", GESPERRT_PASSWORT));
        assertEquals(204, gewechselt.status(), gewechselt.body());
        assertEquals(200, get(base, "benutzer", GESPERRT, GESPERRT_PASSWORT).statusCode(), "the new user signs in");

        // unknown name and wrong password: the same answer
        HttpResponse<String> unbekannt = get(base, "benutzer", "demo/niemand.unbekannt", "irgendwas-123");
        HttpResponse<String> falsch = get(base, "benutzer", GESPERRT, "falsch-0");
        assertEquals(401, unbekannt.statusCode(), unbekannt.body());
        assertEquals(401, falsch.statusCode(), falsch.body());
        assertEquals(falsch.body(), unbekannt.body());

        // nine more wrong passwords (ten in all); from the fifth failure of this address on, each further attempt must
        // wait 1, 2, 4, 8, then 10 seconds: an earlier one is answered 429 at once, with the seconds in Retry-After
        int fehler = 1;
        int adressSperren = 0;
        long vorige = 0;
        while (fehler < 10) {
            HttpResponse<String> r = get(base, "benutzer", GESPERRT, "falsch-" + fehler);
            if (r.statusCode() == 429) {
                assertTrue(r.body().contains("von Ihrer Adresse"), r.body());
                long s = retryAfter(r);
                assertTrue(s >= 1 && s <= 10, "the delay is capped at 10 s: " + s);
                assertTrue(s >= Math.min(vorige, 5), "the delay does not shrink: " + vorige + " then " + s);
                vorige = s;
                adressSperren++;
                assertTrue(adressSperren <= 12, "the address delay lets attempts through after waiting");
                schlafe(s);
                continue;
            }
            assertEquals(401, r.statusCode(), r.body());
            fehler++;
        }
        assertTrue(adressSperren >= 3, "at least the attempts after the fifth failure were delayed: " + adressSperren);

        // the eleventh attempt, with the right password: refused for 15 minutes
        HttpResponse<String> gesperrt = get(base, "benutzer", GESPERRT, GESPERRT_PASSWORT);
        assertEquals(429, gesperrt.statusCode(), gesperrt.body());
        long s = retryAfter(gesperrt);
        assertTrue(s > 14 * 60 && s <= 15 * 60, "Retry-After " + s);
        assertTrue(gesperrt.body().contains("Die Anmeldung ist gesperrt"), gesperrt.body());
        assertEquals(429, get(base, "benutzer", GESPERRT, GESPERRT_PASSWORT).statusCode(), "still locked");
        // other users are not locked
        assertEquals(200, admin.get("benutzer").status());
    }

    /** After the stored attempts were aged by 16 minutes (in the database, by the in-container step): accepted. */
    static void nachDerSperre(URL base) {
        HttpResponse<String> r = get(base, "benutzer", GESPERRT, GESPERRT_PASSWORT);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** The own password change over REST: current password required, at least 12 characters, then the old one fails. */
    static void passwortAendern(URL base) {
        Api admin = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, "admin123!");
        String alt = "anfang-1234";
        Api.Answer angelegt = admin.post("benutzer", Api.json("benutzername", "konto.test", "anzeigename", "Konto Test",
                "rollen", new String[] {"AUDITOR"}, "passwort", alt));
        assertEquals(201, angelegt.status(), angelegt.body());
        assertTrue(angelegt.object().getBoolean("passwortAendern"), angelegt.body());
        Api vorher = Api.as(base, "demo/konto.test", alt);
        // a password the admin set: everything but the own password change answers 403 until it is changed
        Api.Answer zuerst = vorher.get("benutzer");
        assertEquals(403, zuerst.status(), zuerst.body());
        assertTrue(zuerst.object().getString("meldung").contains("Bitte ändern Sie es zuerst"), zuerst.body());

        Api.Answer falschesAktuelles = vorher.post("konto/passwort",
                Api.json("aktuellesPasswort", "nicht-das-alte", "neuesPasswort", "ganz-neu-2026!"));
        assertEquals(400, falschesAktuelles.status(), falschesAktuelles.body());
        assertEquals("aktuellesPasswort", falschesAktuelles.firstErrorField());
        assertTrue(falschesAktuelles.body().contains("Das aktuelle Passwort ist falsch."), falschesAktuelles.body());

        Api.Answer zuKurz = vorher.post("konto/passwort", Api.json("aktuellesPasswort", alt, "neuesPasswort", "elf-Zeichen"));
        assertEquals(400, zuKurz.status(), zuKurz.body());
        assertEquals("neuesPasswort", zuKurz.firstErrorField());
        assertTrue(zuKurz.body().contains("mindestens 12 Zeichen"), zuKurz.body());
        assertEquals(403, vorher.get("benutzer").status(), "nothing changed: still to be changed first");

        Api.Answer geaendert = vorher.post("konto/passwort", Api.json("aktuellesPasswort", alt, "neuesPasswort", "zwoelf-Zeich"));
        assertEquals(204, geaendert.status(), geaendert.body());
        assertEquals(401, vorher.get("benutzer").status(), "the old password (remembered minutes ago) fails at once");
        assertEquals(200, Api.as(base, "demo/konto.test", "zwoelf-Zeich").get("benutzer").status());
        Api.Answer danach = admin.get("benutzer");
        assertTrue(danach.body().contains("\"benutzername\":\"konto.test\""), danach.body());
        for (jakarta.json.JsonValue v : danach.array()) {
            if ("konto.test".equals(v.asJsonObject().getString("benutzername"))) {
                assertFalse(v.asJsonObject().getBoolean("passwortAendern"), "the forced change is done");
            }
        }
        // a new password the admin sets must again be changed at the next sign-in
        long id = angelegt.object().getJsonNumber("id").longValue();
        Api.Answer reset = admin.put("benutzer/" + id, Api.json("benutzername", "konto.test", "anzeigename", "Konto Test",
                "rollen", new String[] {"AUDITOR"}, "passwort", "reset-vom-admin"));
        assertEquals(200, reset.status(), reset.body());
        assertTrue(reset.object().getBoolean("passwortAendern"), reset.body());
        assertEquals(403, Api.as(base, "demo/konto.test", "reset-vom-admin").get("benutzer").status());
        assertEquals(401, Api.as(base, "demo/konto.test", "zwoelf-Zeich").get("benutzer").status());
    }

    /** The login form during the lock of {@link #sperre}: the German message, also for the right password. */
    static void formularWaehrendDerSperre(URL base) {
        try (Browser browser = new Browser(base)) {
            browser.open("login.xhtml");
            browser.type(By.id("login:kennung"), "demo");
            browser.type(By.id("login:benutzername"), GESPERRT_NAME);
            browser.type(By.id("login:passwort"), GESPERRT_PASSWORT);
            browser.click(By.id("login:anmelden"));
            browser.waitForText(By.id("meldungen"), "Die Anmeldung ist gesperrt");
            assertTrue(browser.pageText().contains("Zu viele fehlgeschlagene Anmeldeversuche für diesen Benutzernamen"),
                    browser.pageText());
        }
    }

    /** The page "Passwort ändern" from the header: German messages, and the change ends the user's other session. */
    static void passwortSeite(URL base) {
        Api admin = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, "admin123!");
        String alt = "sitzung-123";
        Api.Answer angelegt = admin.post("benutzer", Api.json("benutzername", "sitzung.test", "anzeigename", "Sitzung Test",
                "rollen", new String[] {"AUDITOR"}, "passwort", alt));
        assertEquals(201, angelegt.status(), angelegt.body());
        try (Browser andere = new Browser(base); Browser browser = new Browser(base)) {
            andere.login("demo/sitzung.test", alt);
            browser.login("demo/sitzung.test", alt);
            // the admin set the password: the sign-in leads to the password page only, other pages lead back there
            browser.waitVisible(By.id("zuerstAendern"));
            assertTrue(browser.driver().getCurrentUrl().contains("konto/passwort.xhtml"), browser.driver().getCurrentUrl());
            browser.open("personen/liste.xhtml");
            browser.waitVisible(By.id("passwortForm:aendern"));
            assertTrue(browser.driver().getCurrentUrl().contains("konto/passwort.xhtml"), browser.driver().getCurrentUrl());
            WebElement link = browser.driver().findElement(By.cssSelector("a[href*='konto/passwort']"));
            assertTrue(link.getText().contains("Passwort ändern"), link.getText());
            browser.open("konto/passwort.xhtml");
            browser.type(By.id("passwortForm:aktuellesPasswort"), "nicht-das-alte");
            browser.type(By.id("passwortForm:neuesPasswort"), "neu-im-browser-1");
            browser.type(By.id("passwortForm:wiederholung"), "neu-im-browser-1");
            browser.click(By.id("passwortForm:aendern"));
            browser.waitForText(By.id("passwortForm"), "Das aktuelle Passwort ist falsch.");
            browser.type(By.id("passwortForm:aktuellesPasswort"), alt);
            browser.type(By.id("passwortForm:neuesPasswort"), "elf-Zeichen");
            browser.type(By.id("passwortForm:wiederholung"), "elf-Zeichen");
            browser.click(By.id("passwortForm:aendern"));
            browser.waitForText(By.id("passwortForm"), "Das neue Passwort muss mindestens 12 Zeichen lang sein.");
            browser.type(By.id("passwortForm:aktuellesPasswort"), alt);
            browser.type(By.id("passwortForm:neuesPasswort"), "neu-im-browser-1");
            browser.type(By.id("passwortForm:wiederholung"), "neu-im-browser-1");
            browser.click(By.id("passwortForm:aendern"));
            // the growl is drawn by script; its message is in the page's source
            long bis = System.currentTimeMillis() + 20_000;
            while (!browser.driver().getPageSource().contains("Ihr Passwort wurde ge") && System.currentTimeMillis() < bis) {
                schlafe(1);
            }
            assertTrue(browser.driver().getPageSource().contains("Ihr Passwort wurde ge"), "success message on the page");
            assertFalse(browser.pageText().contains("Das aktuelle Passwort ist falsch."), browser.pageText());
            // this session goes on, the other one ends at its next request
            browser.open("index.xhtml");
            browser.waitVisible(By.id("benutzerName"));
            andere.open("index.xhtml");
            andere.waitVisible(By.id("login:anmelden"));
            andere.login("demo/sitzung.test", "neu-im-browser-1");
            assertEquals("Sitzung Test", andere.driver().findElement(By.id("benutzerName")).getText());
        }
    }

    /**
     * A signed-in session cannot guess the password either: wrong current passwords in the own password change count
     * for the name's lock (README "Sign-in"); after ten, the sign-in of the name with the right password is refused
     * (429).
     */
    static void ratenInDerSitzung(URL base) {
        String login = "demo/raten.test";
        String anfang = "anfang-raten-1";
        String eigenes = "eigenes-raten-1";
        Api admin = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD);
        Api.Answer angelegt = admin.post("benutzer", Api.json("benutzername", "raten.test", "anzeigename", "Raten Test",
                "rollen", new String[] {"AUDITOR"}, "passwort", anfang));
        assertEquals(201, angelegt.status(), angelegt.body());
        assertEquals(204, Api.as(base, login, anfang).post("konto/passwort",
                Api.json("aktuellesPasswort", anfang, "neuesPasswort", eigenes)).status());
        // a taken-over API token (HTTP Basic would not do: each Basic request is a successful sign-in of the name, which
        // clears its failures, and whoever sends it knows the password anyway)
        Api.Answer token = Api.anonymous(base).post("anmeldung/token", Api.json("benutzername", login, "passwort", eigenes,
                "name", "Übernommen", "gueltigBis", java.time.LocalDate.now().plusDays(1).toString()));
        assertEquals(201, token.status(), token.body());
        Api sitzung = Api.mitToken(base, token.object().getString("token"));
        for (int i = 0; i < 10; i++) {
            Api.Answer falsch = sitzung.post("konto/passwort", Api.json("aktuellesPasswort", "geraten-" + i,
                    "neuesPasswort", "neues-passwort-" + i));
            assertEquals(400, falsch.status(), falsch.body());
            assertEquals("aktuellesPasswort", falsch.firstErrorField());
        }
        Api.Answer gesperrt = Api.as(base, login, eigenes).get("benutzer");
        assertEquals(429, gesperrt.status(), "the right password of the name is refused now: " + gesperrt.body());
        assertTrue(gesperrt.body().contains("gesperrt"), gesperrt.body());
    }
}
