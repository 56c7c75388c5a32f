package de.werkerp.loadtest;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * One WerkERP node under the load of 100 users (README "Load test"): clerks (Entgelt-Sachbearbeitung) and managers
 * (Werkstattleitung) working through the pages, integrators calling the REST API, each with a think time of 3 ± 2 s
 * (uniform 1–5 s) between requests, against the tenant that {@code benchmark --nur-aufbauen} set up (its
 * {@code lasttest.properties}: system property {@code lasttest.zugang}).
 *
 * <p>Pages sign in through the form (JSESSIONID, the Faces view state of each form is read from the page); the REST
 * calls use HTTP Basic as the clerk (the API remembers a verified password, so PBKDF2 runs once). System properties:
 * {@code lasttest.nutzer} (100), {@code lasttest.dauer} (seconds of steady load per user, 300),
 * {@code lasttest.anlauf} (seconds to start all users, 60), {@code lasttest.p95} (ms, 300: the assertion).
 */
public class WerkErpSimulation extends Simulation {

    private static final Properties ZUGANG = zugang();
    private static final int NUTZER = Integer.getInteger("lasttest.nutzer", 100);
    private static final Duration DAUER = Duration.ofSeconds(Integer.getInteger("lasttest.dauer", 300));
    private static final Duration ANLAUF = Duration.ofSeconds(Integer.getInteger("lasttest.anlauf", 60));
    private static final int ZIEL_P95_MS = Integer.getInteger("lasttest.p95", 300);

    private static final String KENNUNG = ZUGANG.getProperty("kennung");
    private static final String PASSWORT = ZUGANG.getProperty("passwort");
    private static final String EINRICHTUNG = ZUGANG.getProperty("einrichtung");
    private static final YearMonth MONAT = YearMonth.parse(ZUGANG.getProperty("monat"));
    private static final String LAUF = ZUGANG.getProperty("lauf");
    private static final List<String> GRUPPEN = liste("gruppen");
    private static final List<String> PERSONEN = liste("beschaeftigte");
    private static final List<String> ABRECHNUNGEN = liste("abrechnungen");

    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    private static Properties zugang() {
        String pfad = System.getProperty("lasttest.zugang");
        if (pfad == null || pfad.isBlank()) {
            throw new IllegalStateException("-Dlasttest.zugang=<Pfad zu lasttest.properties> fehlt (./loadtest.sh"
                    + " setzt es; die Datei schreibt der Benchmark mit --nur-aufbauen)");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(pfad), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("Zugang nicht lesbar: " + pfad, e);
        }
        return p;
    }

    private static List<String> liste(String schluessel) {
        return Arrays.stream(ZUGANG.getProperty(schluessel, "").split(",")).filter(s -> !s.isBlank()).toList();
    }

    private static String eines(List<String> werte) {
        return werte.get(ThreadLocalRandom.current().nextInt(werte.size()));
    }

    /** Think time 3 ± 2 s. */
    private static ChainBuilder denken() {
        return pause(Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    private final HttpProtocolBuilder protokoll = http.baseUrl(ZUGANG.getProperty("baseUrl"))
            .acceptLanguageHeader("de-DE,de;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("WerkERP-Lasttest (Gatling)")
            .disableCaching(); // the app sends no-store anyway

    // --- pages ----------------------------------------------------------------------------------------------------

    /** GET of a page; 200, no error page, the view state of its forms saved. */
    private static ChainBuilder seite(String name, String pfad) {
        return exec(http(name).get(pfad).header("Accept", "text/html")
                .check(status().is(200))
                .check(substring("Anmeldung – WerkERP").notExists())
                .check(css("input[name='" + VIEW_STATE + "']", "value").optional().saveAs("viewState"))
                .check(regex("nonce=\"([^\"]+)\"").optional().saveAs("nonce")));
    }

    /** Sign-in through the login form (kennung, user name, password); ends on the start page. */
    private static ChainBuilder anmelden(String benutzer) {
        return exec(http("Anmeldeseite").get("/login.xhtml")
                .check(status().is(200))
                .check(css("#login input[name='" + VIEW_STATE + "']", "value").saveAs("viewState")))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(5))
                .exec(http("Anmelden").post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:kennung", KENNUNG)
                        .formParam("login:benutzername", benutzer)
                        .formParam("login:passwort", PASSWORT)
                        .formParam("login:anmelden", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(200))
                        .check(substring("Abmelden").exists()));
    }

    /** The attendance grid of one group of the month (the page's "Anzeigen", an Ajax request). */
    private static ChainBuilder anwesenheitEinerGruppe() {
        String monat = String.format("%02d.%d", MONAT.getMonthValue(), MONAT.getYear());
        return seite("Anwesenheit (Seite)", "/entgelt/anwesenheit.xhtml").pause(Duration.ofSeconds(1),
                Duration.ofSeconds(5))
                .exec(session -> session.set("gruppe", eines(GRUPPEN)))
                .exec(http("Anwesenheit einer Gruppe (Ajax)").post("/entgelt/anwesenheit.xhtml")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "auswahlForm:anzeigen")
                        .formParam("jakarta.faces.partial.execute", "auswahlForm")
                        .formParam("jakarta.faces.partial.render", "anwesenheitForm importForm")
                        .formParam("auswahlForm:anzeigen", "auswahlForm:anzeigen")
                        .formParam("auswahlForm", "auswahlForm")
                        .formParam("auswahlForm:einrichtung_input", EINRICHTUNG)
                        .formParam("auswahlForm:monat_input", monat)
                        .formParam("auswahlForm:gruppe_input", "#{gruppe}")
                        .formParam("primefaces.nonce", "#{nonce}") // PrimeFaces CSP mode checks it on Ajax requests
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(200))
                        .check(substring("<partial-response").exists())
                        .check(substring("<error>").notExists())
                        .check(substring("<h2>Anwesenheit " + String.format("%02d/%d", MONAT.getMonthValue(),
                                MONAT.getYear()) + "</h2>").exists()));
    }

    private static ChainBuilder lohnzettel(String name) {
        return exec(session -> session.set("abrechnung", eines(ABRECHNUNGEN)))
                .exec(http(name).get("/api/v1/entgelt/abrechnungen/#{abrechnung}/lohnzettel.pdf")
                        .header("Accept", "application/pdf")
                        .check(status().is(200))
                        .check(header("Content-Type").is("application/pdf")));
    }

    private static final String LAUFSEITE = "/entgelt/lauf.xhtml?einrichtung=" + EINRICHTUNG + "&monat=" + MONAT;

    /** Entgelt-Sachbearbeitung: people, the run, attendance of a group, a payslip. */
    private final ScenarioBuilder sachbearbeitung = scenario("Sachbearbeitung (Seiten)")
            .exec(anmelden(ZUGANG.getProperty("sachbearbeitung")))
            .during(DAUER).on(exec(denken(), seite("Startseite", "/index.xhtml"), denken(),
                    seite("Personenliste", "/personen/liste.xhtml"), denken(),
                    exec(session -> session.set("person", eines(PERSONEN))),
                    seite("Person", "/personen/person.xhtml?id=#{person}"), denken(),
                    seite("Entgeltlauf", LAUFSEITE), denken(),
                    anwesenheitEinerGruppe(), denken(),
                    lohnzettel("Lohnzettel (PDF)")));

    /** Werkstattleitung: start page, the run, people, attendance (counts only). */
    private final ScenarioBuilder leitung = scenario("Leitung (Seiten)")
            .exec(anmelden(ZUGANG.getProperty("leitung")))
            .during(DAUER).on(exec(denken(), seite("Startseite", "/index.xhtml"), denken(),
                    seite("Entgeltlauf", LAUFSEITE), denken(),
                    seite("Personenliste", "/personen/liste.xhtml"), denken(),
                    anwesenheitEinerGruppe()));

    /** Integration: REST calls with HTTP Basic as the clerk. */
    private final ScenarioBuilder integration = scenario("Integration (REST)")
            .during(DAUER).on(exec(denken(),
                    http("REST einrichtungen").get("/api/v1/einrichtungen").check(status().is(200)), denken(),
                    http("REST gruppen").get("/api/v1/gruppen").check(status().is(200)), denken(),
                    exec(session -> session.set("person", eines(PERSONEN))),
                    http("REST beschaeftigte/{id}").get("/api/v1/beschaeftigte/#{person}").check(status().is(200),
                            jsonPath("$.id").exists()), denken(),
                    http("REST vertraege?beschaeftigterId").get("/api/v1/vertraege?beschaeftigterId=#{person}")
                            .check(status().is(200)), denken(),
                    http("REST entgelt/laeufe").get("/api/v1/entgelt/laeufe?einrichtung=" + EINRICHTUNG)
                            .check(status().is(200)), denken(),
                    http("REST entgelt/laeufe/{id}").get("/api/v1/entgelt/laeufe/" + LAUF).check(status().is(200)),
                    denken(),
                    http("REST beschaeftigte (Liste)").get("/api/v1/beschaeftigte").check(status().is(200)), denken(),
                    lohnzettel("REST lohnzettel.pdf")));

    {
        String basic = "Basic " + Base64.getEncoder().encodeToString((KENNUNG + "/"
                + ZUGANG.getProperty("sachbearbeitung") + ":" + PASSWORT).getBytes(StandardCharsets.UTF_8));
        int sb = Math.max(1, NUTZER * 45 / 100);
        int lt = Math.max(1, NUTZER * 15 / 100);
        int in = Math.max(1, NUTZER - sb - lt);
        // each user starts within ANLAUF and works for DAUER: all NUTZER at once after the start
        setUp(sachbearbeitung.injectOpen(rampUsers(sb).during(ANLAUF)).protocols(protokoll),
                leitung.injectOpen(rampUsers(lt).during(ANLAUF)).protocols(protokoll),
                integration.injectOpen(rampUsers(in).during(ANLAUF)).protocols(protokoll.authorizationHeader(basic)
                        .acceptHeader("application/json")))
                .assertions(global().responseTime().percentile(95.0).lte(ZIEL_P95_MS),
                        global().failedRequests().percent().lte(1.0));
    }
}
