package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import de.werkerp.security.control.Zweifaktorregel;

/**
 * The test side of the second factor (README "Sign-in"): keeps, per JVM, the TOTP secret of every account the tests
 * set up (through REST or the browser), computes codes with the application's own TOTP library
 * ({@link Zweifaktorregel#code}) and never hands out the same time step twice (the server refuses a replayed code:
 * it takes the next step, which the server still accepts, and waits when that is used too). For REST it fetches one API
 * token per account and keeps it.
 */
final class Zweitfaktor {

    private static final Map<String, String> GEHEIMNISSE = new ConcurrentHashMap<>();
    private static final Map<String, Long> LETZTER_SCHRITT = new ConcurrentHashMap<>();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> WIEDERHERSTELLUNG = new ConcurrentHashMap<>();

    private Zweitfaktor() {
    }

    static boolean bekannt(String user) {
        return GEHEIMNISSE.containsKey(user);
    }

    static void merke(String user, String geheimnis) {
        GEHEIMNISSE.put(user, geheimnis.replace(" ", ""));
    }

    static String geheimnis(String user) {
        String g = GEHEIMNISSE.get(user);
        if (g == null) {
            throw new AssertionError("no second factor known for " + user);
        }
        return g;
    }

    /**
     * A code for a time step not used before by this JVM: the current step, or the next one (the server accepts one
     * step either side, so the next step's code stays valid for 90 s); waits when that is used too.
     */
    static synchronized String code(String user) {
        String g = geheimnis(user);
        while (true) {
            long jetzt = Zweifaktorregel.schritt(Instant.now());
            long schritt = Math.max(jetzt, LETZTER_SCHRITT.getOrDefault(user, 0L) + 1);
            if (schritt <= jetzt + Zweifaktorregel.TOLERANZ) {
                LETZTER_SCHRITT.put(user, schritt);
                return Zweifaktorregel.code(g, schritt);
            }
            schlafe(1_000);
        }
    }

    /** The code of the step used last (to show that a replay is refused). */
    static String letzterCode(String user) {
        return Zweifaktorregel.code(geheimnis(user), LETZTER_SCHRITT.get(user));
    }

    /** The recovery codes of an account set up through REST by this JVM. */
    static List<String> wiederherstellungscodes(String user) {
        return WIEDERHERSTELLUNG.getOrDefault(user, List.of());
    }

    /** Sets up the second factor through REST (user name and password), if this JVM has not done so. */
    static synchronized void einrichten(URL base, String user, String password) {
        if (bekannt(user)) {
            return;
        }
        Api anonym = Api.anonymous(base);
        Api.Answer start = ZweifaktorScenarios.ohneAdressverzoegerung(
                () -> anonym.post("anmeldung/zweifaktor", Api.json("benutzername", user, "passwort", password)));
        assertEquals(200, start.status(), user + ": " + start.body());
        merke(user, start.object().getString("geheimnis"));
        String code = code(user);
        Api.Answer ok = ZweifaktorScenarios.ohneAdressverzoegerung(() -> anonym.post("anmeldung/zweifaktor",
                Api.json("benutzername", user, "passwort", password, "code", code)));
        assertEquals(200, ok.status(), user + ": " + ok.body());
        List<String> codes = new ArrayList<>();
        for (JsonValue v : ok.object().getJsonArray("wiederherstellungscodes")) {
            codes.add(((JsonString) v).getString());
        }
        assertEquals(10, codes.size());
        WIEDERHERSTELLUNG.put(user, codes);
    }

    /** An API token of the account (set up first if needed), fetched once per JVM. */
    static synchronized String token(URL base, String user, String password) {
        String t = TOKENS.get(user);
        if (t != null) {
            return t;
        }
        einrichten(base, user, password);
        String code = code(user);
        Api.Answer a = ZweifaktorScenarios.ohneAdressverzoegerung(() -> Api.anonymous(base).post("anmeldung/token",
                Api.json("benutzername", user, "passwort", password, "code", code, "name", "Tests",
                        "gueltigBis", LocalDate.now().plusDays(30).toString())));
        assertEquals(201, a.status(), user + ": " + a.body());
        t = a.object().getString("token");
        TOKENS.put(user, t);
        return t;
    }

    private static void schlafe(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
