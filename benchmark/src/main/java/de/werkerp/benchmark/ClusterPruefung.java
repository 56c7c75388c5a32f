package de.werkerp.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of {@code ./cluster-test.sh} (README "Cluster"): against two running application nodes behind nginx and a
 * three-node Galera cluster, which the script has started. Nodes are killed and started again through the script
 * ({@code cluster-test.sh --ctl WORKDIR kill|start NODE}). Prints one line per check and writes the summary line
 * {@code cluster test: K of N checks held} to the result file.
 */
public final class ClusterPruefung {

    private static final Api.Zugang BETREIBER = new Api.Zugang("betrieb", "betrieb123!");
    private static final String PASSWORT = "Cluster-Test-2026!";
    /** The demo clerk (PAYROLL, no second factor): signs in through the form like a person. */
    private static final String SACHBEARBEITUNG_KENNUNG = "demo";
    private static final String SACHBEARBEITUNG = "entgelt";
    private static final String SACHBEARBEITUNG_PASSWORT = "entgelt123!";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    record Optionen(Path arbeit, Path steuerung, String lb, List<String> knoten, List<Integer> datenbanken,
            String dbBenutzer, String dbPasswort, int lease, int personen, Path ergebnis) {
    }

    record Ergebnis(String name, boolean gehalten, String detail) {
    }

    private final Optionen o;
    private final List<Ergebnis> ergebnisse = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final long beginn = System.nanoTime();

    private Api.Zugang admin;
    private Api lbApi;
    private long tenantId;
    private long einrichtungId;
    private long betriebsstaetteId;
    private YearMonth monat;
    private long laufId = -1;
    /** Rows and checksum of the statements of the undisturbed run, and its payout. */
    private String[] referenz = {"0", "null"};
    private String referenzAuszahlung;

    private ClusterPruefung(Optionen o) {
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        Optionen o = parse(args);
        ClusterPruefung p = new ClusterPruefung(o);
        int gehalten = p.alle();
        int n = p.ergebnisse.size();
        String zeile = "cluster test: " + gehalten + " of " + n + " checks held";
        StringBuilder b = new StringBuilder();
        for (Ergebnis e : p.ergebnisse) {
            b.append(e.gehalten() ? "  held:   " : "  FAILED: ").append(e.name()).append(" — ").append(e.detail())
                    .append('\n');
        }
        b.append(zeile).append('\n');
        Files.writeString(o.ergebnis(), b.toString());
        System.exit(gehalten == n && n > 0 ? 0 : 1);
    }

    // ------------------------------------------------------------------ the checks

    int alle() {
        try {
            einrichten();
        } catch (Exception e) {
            pruefe("Einrichten (Träger, Einrichtung, " + o.personen() + " Personen)", false, text(e));
            return 0;
        }
        // app2 started while the data was prepared on app1
        long bis = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!gesund(1) && System.nanoTime() < bis) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        boolean app2 = gesund(1);
        melde("app2 %s", app2 ? "gesund" : "antwortet nach 5 Minuten nicht");
        if (app2) {
            // only now into nginx's upstream: before its WAR is deployed, a node answers 404
            try {
                steuerung("lb-ein", "app2");
            } catch (RuntimeException e) {
                melde("app2 nicht in nginx aufgenommen: %s", text(e));
            }
        }
        gleichzeitig();
        Sitzung sitzung = anmelden();
        CompletableFuture<Void> neustart = unterbrochenerLauf(sitzung);
        galera();
        wiederDa(neustart, sitzung);
        return (int) ergebnisse.stream().filter(Ergebnis::gehalten).count();
    }

    /** An own tenant (through the operator, invitation by mail), an Einrichtung and its workforce (JDBC). */
    private void einrichten() throws Exception {
        String knoten1 = o.knoten().get(0);
        Api api = new Api(knoten1);
        lbApi = api.an(o.lb());
        api.zweiterFaktor(BETREIBER, null);
        String kennung = "cluster";
        admin = new Api.Zugang(kennung + "/admin", PASSWORT);
        tenantId = Api.zahl(api.post(BETREIBER, "traeger", Api.json("kennung", kennung, "name",
                "Cluster-Test-Träger", "adminBenutzername", "admin", "adminName", "Admin Cluster", "adminEmail",
                "admin@cluster.example")), "id");
        Einladungsmails.annehmen(api, o.arbeit().resolve("app1").resolve("mails"), "admin@cluster.example",
                PASSWORT);
        api.zweiterFaktor(admin, null);
        einrichtungId = Api.zahl(api.post(admin, "einrichtungen", Api.json("name", "Werkstatt Cluster", "art",
                "WFBM")), "id");
        betriebsstaetteId = Api.zahl(api.post(admin, "betriebsstaetten", Api.json("einrichtungId", einrichtungId,
                "name", "Hauptwerk Cluster", "strasse", "Werkstattweg 1", "plz", "30159", "ort", "Hannover",
                "beitrittsgebiet", false, "hauptbetriebsstaette", true)), "id");
        List<Long> gruppen = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            gruppen.add(Api.zahl(api.post(admin, "gruppen", Api.json("betriebsstaetteId", betriebsstaetteId, "name",
                    "Gruppe " + (g + 1))), "id"));
        }
        monat = YearMonth.now().minusMonths(1);
        try (Connection c = db(0)) {
            Testdaten.Umfang u = Testdaten.erzeuge(c, tenantId, einrichtungId, gruppen, o.personen(), monat, kennung);
            try (var s = c.createStatement()) {
                s.execute("ANALYZE TABLE beschaeftigter, werkstattvertrag, vertragsphase, arbeitszeit, bewilligung,"
                        + " leistungsbeurteilung, anwesenheit, lohnposten");
            }
            melde("Einrichtung %d mit %d Personen (%,d Zeilen, Monat %s) angelegt", einrichtungId, u.personen(),
                    u.zeilen(), monat);
        }
    }

    /**
     * The same month started on both nodes at the same moment gives one run; the other caller gets a German message.
     * The moment is made the same: this check holds the month's key (uq_lauf) in an open transaction on the first
     * database node, which both application nodes use (sequential URL), until both starts wait for it there, and then
     * gives it up. Without the hold a slow machine might let one node finish before the other starts.
     */
    private void gleichzeitig() {
        String name = "Derselbe Monat auf beiden Knoten gleichzeitig gestartet ergibt einen Lauf";
        try {
            List<CompletableFuture<HttpResponse<String>>> antworten = new ArrayList<>();
            int wartend = 0;
            try (Connection halter = db(0)) {
                halter.setAutoCommit(false);
                try (PreparedStatement s = halter.prepareStatement("INSERT INTO entgeltlauf (tenant_id,"
                        + " einrichtung_id, monat, status) VALUES (?, ?, ?, 'LAEUFT')")) {
                    s.setLong(1, tenantId);
                    s.setLong(2, einrichtungId);
                    s.setObject(3, monat.atDay(1));
                    s.executeUpdate();
                }
                for (String knoten : o.knoten()) {
                    antworten.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            return post(knoten, admin, "entgelt/laeufe", Api.json("einrichtungId", einrichtungId,
                                    "monat", monat.toString()));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }));
                }
                // the starts' inserts of the held key cannot finish before the hold ends (same account: the process
                // list shows the application's connections); after 30 s the hold ends anyway
                long bis = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (wartend < o.knoten().size() && System.nanoTime() < bis) {
                    Thread.sleep(100);
                    wartend = (int) zahl(halter, "SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                            + " WHERE ID <> CONNECTION_ID() AND INFO LIKE 'INSERT INTO entgeltlauf%'");
                }
                halter.rollback();
            }
            List<Integer> status = new ArrayList<>();
            String meldung = null;
            for (CompletableFuture<HttpResponse<String>> f : antworten) {
                HttpResponse<String> r = f.get(10, TimeUnit.MINUTES);
                status.add(r.statusCode());
                if (r.statusCode() == 200) {
                    laufId = Api.zahl(r.body(), "id");
                    referenzAuszahlung = Api.feld(r.body(), "summeAuszahlung");
                } else {
                    meldung = Api.feld(r.body(), "meldung");
                }
            }
            long laeufe;
            try (Connection c = db(1)) {
                laeufe = zahl(c, "SELECT COUNT(*) FROM entgeltlauf WHERE einrichtung_id = ? AND monat = ?",
                        einrichtungId, monat.atDay(1));
            }
            referenz = laufId > 0 ? summen(laufId) : new String[] {"0", "null"};
            boolean einer = status.stream().filter(s -> s == 200).count() == 1
                    && status.stream().filter(s -> s == 400 || s == 409).count() == 1;
            boolean deutsch = meldung != null && (meldung.contains("Entgeltlauf") || meldung.contains("gleichzeitig"));
            pruefe(name, einer && deutsch && laeufe == 1 && referenz[0].equals(String.valueOf(o.personen())),
                    "Antworten " + status + " (" + wartend + " Starts warteten auf den gehaltenen Schlüssel)"
                            + ", Meldung an den zweiten: „" + meldung + "“; Läufe für " + monat + ": "
                            + laeufe + ", Abrechnungen: " + referenz[0] + ", Auszahlung " + referenzAuszahlung + " €");
        } catch (Exception e) {
            pruefe(name, false, text(e));
        }
    }

    /** A clerk's browser session, signed in through the load balancer with the form; X the node that served it. */
    private record Sitzung(HttpClient browser, CookieManager kekse, String knotenAdresse, int knoten) {
        String name() {
            return "app" + (knoten + 1);
        }
    }

    private Sitzung anmelden() {
        CookieManager kekse = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(kekse)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        try {
            HttpResponse<String> seite = get(browser, o.lb() + "/login.xhtml");
            Matcher vs = VIEW_STATE.matcher(seite.body());
            if (!vs.find()) {
                throw new IllegalStateException("login.xhtml ohne ViewState (HTTP " + seite.statusCode() + ")");
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:kennung", SACHBEARBEITUNG_KENNUNG);
            form.put("login:benutzername", SACHBEARBEITUNG);
            form.put("login:passwort", SACHBEARBEITUNG_PASSWORT);
            form.put("login:anmelden", "");
            form.put("jakarta.faces.ViewState", vs.group(1).replace("&#58;", ":").replace("&amp;", "&"));
            HttpResponse<String> angemeldet = browser.send(HttpRequest.newBuilder(URI.create(o.lb() + "/login.xhtml"))
                    .timeout(Duration.ofMinutes(1)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formular(form))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            HttpResponse<String> vorher = get(browser, o.lb() + "/entgelt/lauf.xhtml");
            if (!angemeldetSeite(vorher)) {
                throw new IllegalStateException("Anmeldung über das Formular misslungen (HTTP " + angemeldet.statusCode()
                        + " " + angemeldet.uri() + ", danach " + vorher.uri() + ")");
            }
            String adresse = vorher.headers().firstValue("X-Werkerp-Knoten").orElse("?");
            int knoten = adresse.endsWith(":" + port(o.knoten().get(1))) ? 1 : 0;
            melde("Sachbearbeiterin %s/%s über nginx angemeldet, bedient von %s (app%d)", SACHBEARBEITUNG_KENNUNG,
                    SACHBEARBEITUNG, adresse, knoten + 1);
            return new Sitzung(browser, kekse, adresse, knoten);
        } catch (Exception e) {
            pruefe("Anmeldung einer Sachbearbeiterin über nginx mit dem Formular", false, text(e));
            return new Sitzung(browser, kekse, "?", 0);
        }
    }

    /**
     * On the clerk's node X the month is computed again; the other node Y shows its progress; X is killed (-9) during
     * the run. The clerk goes on through nginx without signing in again. The run's lease lapses, it counts as failed,
     * nothing of it is visible (the statements are those of the undisturbed run before); Y computes the month again,
     * with the same totals. Returns the restart of X (in the background).
     *
     * <p>Why this cannot race with a fast run: before the run starts, the check holds a row lock on one of the run's
     * existing statements on every Galera node ({@link Zeilensperre}). X loads, computes and reports its progress as
     * always, but its transaction cannot replace the statements (its {@code DELETE} waits for the lock), so the run
     * stays LAEUFT, with its lease renewed, until X is killed: however fast the machine, Y sees the progress and X
     * dies during the run. The lock is given up only after X is dead (its waiting transaction then ends with the
     * dropped connection, uncommitted).
     */
    private CompletableFuture<Void> unterbrochenerLauf(Sitzung sitzung) {
        String x = o.knoten().get(sitzung.knoten());
        String y = o.knoten().get(1 - sitzung.knoten());
        String nameX = sitzung.name();
        String nameY = "app" + (2 - sitzung.knoten());
        boolean laeuft = false;
        String fortschritt = null;
        CompletableFuture<HttpResponse<String>> laufAufX = null;
        Zeilensperre sperre = null;
        try {
            sperre = new Zeilensperre(laufId);
            laufAufX = CompletableFuture.supplyAsync(() -> {
                try {
                    return post(x, admin, "entgelt/laeufe", Api.json("einrichtungId", einrichtungId, "monat",
                            monat.toString()));
                } catch (Exception e) {
                    return null;
                }
            });
            long bis = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            int abfragen = 0;
            while (System.nanoTime() < bis && !laufAufX.isDone()) {
                String lauf = laufVon(y, monat);
                abfragen++;
                if (lauf != null && "LAEUFT".equals(Api.feld(lauf, "status"))
                        && Api.zahl(lauf, "fortschritt") > 0) {
                    laeuft = true;
                    fortschritt = Api.zahl(lauf, "fortschritt") + " von " + Api.zahl(lauf, "gesamt") + " Personen"
                            + " berechnet (" + abfragen + ". Abfrage)";
                    break;
                }
                Thread.sleep(100);
            }
            if (laufAufX.isDone()) {
                HttpResponse<String> r = laufAufX.getNow(null);
                fortschritt = "Lauf trotz Zeilensperre beendet: " + (r == null ? "-" : r.statusCode() + " "
                        + Api.kurz(r.body()));
            } else if (!laeuft) {
                fortschritt = "nach 3 Minuten noch kein Fortschritt";
            }
        } catch (Exception e) {
            fortschritt = "Fehler: " + text(e);
        }
        pruefe("Der Fortschritt eines Laufs auf " + nameX + " ist auf " + nameY + " sichtbar", laeuft,
                laeuft ? nameY + " sah " + fortschritt : nameY + " sah keinen Fortschritt (" + fortschritt + ")");
        // the run's request on X still open right before the kill: X dies during the run
        boolean nochOffen = laufAufX != null && !laufAufX.isDone();
        steuerung("kill", nameX);
        if (sperre != null) {
            sperre.close();
        }
        melde("%s mit kill -9 beendet%s", nameX, laeuft && nochOffen ? " (Lauf " + laufId + " lief)" : "");

        String name = "Eine angemeldete Sachbearbeiterin arbeitet ohne neue Anmeldung weiter, nachdem ihr Knoten mit"
                + " kill -9 beendet wurde";
        try {
            HttpResponse<String> nachher = get(sitzung.browser(), o.lb() + "/entgelt/lauf.xhtml");
            String neu = nachher.headers().firstValue("X-Werkerp-Knoten").orElse("?");
            HttpResponse<String> zweite = get(sitzung.browser(), o.lb() + "/index.xhtml");
            pruefe(name, angemeldetSeite(nachher) && angemeldetSeite(zweite) && !neu.equals(sitzung.knotenAdresse()),
                    "vorher " + sitzung.knotenAdresse() + ", danach " + neu + ": " + (angemeldetSeite(nachher)
                            ? "angemeldet" : "abgemeldet (" + nachher.uri() + ")"));
        } catch (Exception e) {
            pruefe(name, false, text(e));
        }
        CompletableFuture<Void> neustart = CompletableFuture.runAsync(() -> steuerung("start", nameX));

        name = "Ein durch kill -9 unterbrochener Lauf gilt nach Ablauf der Lease als fehlgeschlagen, ohne Reste, und "
                + nameY + " berechnet ihn mit denselben Summen neu";
        try {
            if (!laeuft) {
                throw new IllegalStateException("kein laufender Lauf zum Unterbrechen");
            }
            String status = null;
            long bis = System.nanoTime() + Duration.ofSeconds(o.lease() + 45L).toNanos();
            String lauf = null;
            while (System.nanoTime() < bis) {
                lauf = laufVon(y, monat);
                status = lauf == null ? null : Api.feld(lauf, "status");
                if ("FEHLER".equals(status)) {
                    break;
                }
                Thread.sleep(1000);
            }
            String[] nachAbbruch = summen(laufId);
            String neu = lbApi.an(y).post(admin, "entgelt/laeufe", Api.json("einrichtungId", einrichtungId, "monat",
                    monat.toString()));
            String[] nachNeu = summen(laufId);
            boolean unberuehrt = java.util.Arrays.equals(nachAbbruch, referenz);
            boolean gleich = java.util.Arrays.equals(nachNeu, referenz)
                    && Api.feld(neu, "summeAuszahlung").equals(referenzAuszahlung)
                    && Api.zahl(neu, "anzahl") == o.personen() && "BERECHNET".equals(Api.feld(neu, "status"));
            // FEHLER from the lapsed lease (Laufaufsicht), not from anything else (e.g. a lock wait timeout on X)
            String meldung = lauf == null ? null : Api.feld(lauf, "meldung");
            boolean durchLease = meldung != null && meldung.contains("nicht mehr gemeldet");
            pruefe(name, "FEHLER".equals(status) && durchLease && unberuehrt && gleich, "Status nach der Lease: " + status + " („"
                    + (lauf == null ? "-" : Api.feld(lauf, "meldung")) + "“); Abrechnungen danach (Zeilen/Prüfsumme) " + nachAbbruch[0] + "/"
                    + nachAbbruch[1] + " = die des ungestörten Laufs " + referenz[0] + "/" + referenz[1]
                    + "; neu auf " + nameY + ": " + nachNeu[0] + "/" + nachNeu[1] + ", Auszahlung "
                    + Api.feld(neu, "summeAuszahlung") + " € (ungestört " + referenzAuszahlung + " €)");
        } catch (Exception e) {
            pruefe(name, false, text(e));
        }
        return neustart;
    }

    /** The killed application node starts again, joins the Data Grid and serves the clerk's replicated session. */
    private void wiederDa(CompletableFuture<Void> neustart, Sitzung sitzung) {
        String knoten = sitzung.name();
        boolean zurueck = warte(neustart, knoten);
        int i = sitzung.knoten();
        boolean angemeldet = false;
        // the session's cookie, sent as it is: a refused attempt must not replace it with a new session's
        String cookie = String.join("; ", sitzung.kekse().getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        HttpClient ohneKekse = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        // right after the join the Data Grid may still be moving partitions to the node: a few attempts
        for (int versuch = 1; versuch <= 10 && !angemeldet; versuch++) {
            try {
                angemeldet = angemeldetSeite(ohneKekse.send(HttpRequest.newBuilder(URI.create(o.knoten().get(i)
                        + "/entgelt/lauf.xhtml")).timeout(Duration.ofMinutes(1)).header("Cookie", cookie).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
                if (!angemeldet) {
                    melde("Sitzung direkt auf %s, Versuch %d: abgemeldet", knoten, versuch);
                    Thread.sleep(2000);
                }
            } catch (Exception e) {
                melde("Sitzung direkt auf %s: %s", knoten, text(e));
            }
        }
        pruefe("Der getötete Anwendungsknoten " + knoten + " kommt wieder (Data Grid mit 2 Mitgliedern) und bedient"
                + " dieselbe Sitzung", zurueck && gesund(i) && mitglieder(knoten) == 2 && angemeldet, "gesund: "
                        + gesund(i) + ", Data-Grid-Mitglieder laut Log: " + mitglieder(knoten) + ", Sitzung direkt auf "
                        + knoten + ": " + (angemeldet ? "angemeldet" : "abgemeldet"));
    }

    /** A stream of writes through the load balancer; db1 (the node the application uses) is killed in between. */
    private void galera() {
        String prefix = "Schreibfolge-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        List<String> bestaetigt = new ArrayList<>();
        int fehler = 0;
        Map<String, Integer> antworten = new java.util.TreeMap<>();
        int nachDemAusfall = 0;
        int nachDemAusfallOk = 0;
        boolean getoetet = false;
        long ende = 0;
        int i = 0;
        while (true) {
            i++;
            if (!getoetet && i == 16) {
                steuerung("kill", "db1");
                getoetet = true;
                ende = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                melde("db1 mit kill -9 beendet, nach %d Schreibvorgängen", i - 1);
            }
            if (getoetet && (System.nanoTime() > ende && nachDemAusfallOk >= 20 || nachDemAusfall > 400)) {
                break;
            }
            String name = prefix + i;
            try {
                HttpResponse<String> r = post(o.lb(), admin, "gruppen", Api.json("betriebsstaetteId",
                        betriebsstaetteId, "name", name));
                if (r.statusCode() / 100 != 2) {
                    // 404 without JSON: an application node answering before its WAR is deployed (it must not be in
                    // nginx's upstream then: cluster-test.sh --ctl start takes it out until it is healthy)
                    String art = r.statusCode() + (r.statusCode() == 404 && !r.body().startsWith("{") ? " (Knoten startet)"
                            : r.body().startsWith("{") ? " „" + Api.feld(r.body(), "meldung") + "“" : "");
                    antworten.merge((getoetet ? "nach dem Ausfall " : "vorher ") + art, 1, Integer::sum);
                }
                if (r.statusCode() == 201 || r.statusCode() == 200) {
                    bestaetigt.add(name);
                    if (getoetet) {
                        nachDemAusfallOk++;
                    }
                } else {
                    fehler++;
                }
            } catch (Exception e) {
                fehler++;
                antworten.merge((getoetet ? "nach dem Ausfall " : "vorher ") + e.getClass().getSimpleName(), 1,
                        Integer::sum);
            }
            if (getoetet) {
                nachDemAusfall++;
            }
        }
        pruefe("Die Anwendung arbeitet weiter, nachdem ein Galera-Knoten während einer Schreibfolge getötet wurde",
                nachDemAusfallOk >= 20, nachDemAusfallOk + " von " + nachDemAusfall + " Schreibvorgängen nach dem"
                        + " Ausfall bestätigt (Antworten außer 2xx, je Art: " + (antworten.isEmpty() ? "keine" : antworten)
                        + "; insgesamt " + bestaetigt.size()
                        + " bestätigt, " + fehler + " abgelehnt)");
        steuerung("start", "db1");
        Map<Integer, Integer> gefunden = new LinkedHashMap<>();
        String groesse = "?";
        try {
            for (int k = 0; k < o.datenbanken().size(); k++) {
                try (Connection c = db(k)) {
                    gefunden.put(o.datenbanken().get(k), (int) zahl(c, "SELECT COUNT(*) FROM gruppe WHERE name LIKE ?",
                            prefix + "%"));
                    if (k == 0) {
                        try (PreparedStatement s = c.prepareStatement("SHOW STATUS LIKE 'wsrep_cluster_size'");
                                ResultSet rs = s.executeQuery()) {
                            groesse = rs.next() ? rs.getString(2) : "?";
                        }
                    }
                }
            }
            boolean alle = gefunden.values().stream().allMatch(n -> n >= bestaetigt.size());
            List<String> fehlend = new ArrayList<>();
            try (Connection c = db(2); PreparedStatement s = c.prepareStatement("SELECT name FROM gruppe WHERE name"
                    + " LIKE ?")) {
                s.setString(1, prefix + "%");
                java.util.Set<String> da = new java.util.HashSet<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        da.add(rs.getString(1));
                    }
                }
                bestaetigt.stream().filter(n -> !da.contains(n)).forEach(fehlend::add);
            }
            pruefe("Kein bestätigter Schreibvorgang geht verloren (auf allen drei Galera-Knoten)", alle
                    && fehlend.isEmpty(), bestaetigt.size() + " bestätigt; gefunden je Knoten (Port: Zeilen) "
                            + gefunden + (fehlend.isEmpty() ? "" : "; fehlend: " + fehlend));
            pruefe("Der getötete Galera-Knoten db1 kommt wieder (synchron, Clustergröße 3)", "3".equals(groesse)
                    && gefunden.getOrDefault(o.datenbanken().get(0), 0) >= bestaetigt.size(),
                    "wsrep_cluster_size auf db1: " + groesse);
        } catch (Exception e) {
            pruefe("Kein bestätigter Schreibvorgang geht verloren (auf allen drei Galera-Knoten)", false, text(e));
        }
    }

    /**
     * A row lock ({@code SELECT … FOR UPDATE}, transaction left open) on the first statement of a run, on every Galera
     * node: InnoDB locks are local to a node, and the application may write on any of them. A computation of the run
     * can load, compute and report progress, but its {@code DELETE} of the old statements waits (up to the server's
     * {@code innodb_lock_wait_timeout}, 50 s) until {@link #close()}.
     */
    private final class Zeilensperre implements AutoCloseable {
        private final List<Connection> verbindungen = new ArrayList<>();

        Zeilensperre(long laufId) throws SQLException {
            try {
                for (int k = 0; k < o.datenbanken().size(); k++) {
                    Connection c = db(k);
                    verbindungen.add(c);
                    c.setAutoCommit(false);
                    try (PreparedStatement s = c.prepareStatement("SELECT id FROM abrechnung WHERE lauf_id = ?"
                            + " ORDER BY id LIMIT 1 FOR UPDATE")) {
                        s.setLong(1, laufId);
                        try (ResultSet rs = s.executeQuery()) {
                            if (!rs.next()) {
                                throw new IllegalStateException("Lauf " + laufId + " hat keine Abrechnungen zum Sperren");
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public void close() {
            for (Connection c : verbindungen) {
                try {
                    c.rollback();
                    c.close();
                } catch (SQLException e) {
                    melde("Zeilensperre: %s", text(e));
                }
            }
            verbindungen.clear();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static boolean angemeldetSeite(HttpResponse<String> r) {
        return r.statusCode() == 200 && !r.uri().getPath().endsWith("login.xhtml") && r.body().contains("Abmelden");
    }

    private String laufVon(String knoten, YearMonth m) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(knoten + "/api/v1/entgelt/laeufe"
                + "?einrichtung=" + einrichtungId)).timeout(Duration.ofSeconds(20))
                .header("Authorization", lbApi.authorization(admin)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            return null;
        }
        // a JSON array of flat objects: the one of the month
        for (String teil : r.body().split("\\},\\s*\\{")) {
            if (teil.contains("\"monat\":\"" + m + "\"")) {
                return "{" + teil.replace("[{", "").replace("}]", "").replaceFirst("^\\{", "") + "}";
            }
        }
        return null;
    }

    /** Rows and a checksum over (person, payout) of a run's statements. */
    private String[] summen(long laufId) throws SQLException {
        try (Connection c = db(2); PreparedStatement s = c.prepareStatement("SELECT COUNT(*),"
                + " SUM(beschaeftigter_id * auszahlung) FROM abrechnung WHERE lauf_id = ?")) {
            s.setLong(1, laufId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), String.valueOf(rs.getBigDecimal(2))};
            }
        }
    }

    private HttpResponse<String> post(String basis, Api.Zugang wer, String pfad, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/" + pfad)).timeout(Duration.ofMinutes(10))
                .header("Authorization", lbApi.authorization(wer)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(HttpClient c, String url) throws IOException, InterruptedException {
        return c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private boolean gesund(int i) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(o.knoten().get(i) + "/api/v1/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The Data Grid's size in the node's last status report (Payara's "Data Grid Status … DG Size: N"). */
    private int mitglieder(String knoten) {
        try {
            String log = Files.readString(o.arbeit().resolve(knoten + ".log"), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("DG Size: (\\d+)").matcher(log);
            int n = 0;
            while (m.find()) {
                n = Integer.parseInt(m.group(1));
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean warte(CompletableFuture<Void> f, String knoten) {
        try {
            f.get(6, TimeUnit.MINUTES);
            return true;
        } catch (Exception e) {
            melde("%s kam nicht wieder: %s", knoten, text(e));
            return false;
        }
    }

    private void steuerung(String befehl, String knoten) {
        try {
            Process p = new ProcessBuilder(o.steuerung().toString(), "--ctl", o.arbeit().toString(), befehl, knoten)
                    .redirectErrorStream(true).redirectOutput(o.arbeit().resolve("ctl-" + befehl + "-" + knoten
                            + ".log").toFile()).start();
            if (!p.waitFor(6, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(befehl + " " + knoten + " misslang (siehe ctl-" + befehl + "-"
                        + knoten + ".log)");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Connection db(int i) throws SQLException {
        // causal reads: a read on one Galera node waits until the writes committed on the others are applied
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + o.datenbanken().get(i) + "/werkerp"
                + "?sessionVariables=wsrep_sync_wait=1",
                o.dbBenutzer(), o.dbPasswort());
    }

    private static long zahl(Connection c, String sql, Object... parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameter.length; i++) {
                s.setObject(i + 1, parameter[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String formular(Map<String, String> felder) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : felder.entrySet()) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static int port(String url) {
        return URI.create(url).getPort();
    }

    private void pruefe(String name, boolean gehalten, String detail) {
        ergebnisse.add(new Ergebnis(name, gehalten, detail));
        melde("%s: %s — %s", gehalten ? "held" : "FAILED", name, detail);
    }

    private void melde(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%4d s] %s%n", (System.nanoTime() - beginn) / 1_000_000_000L,
                String.format(Locale.GERMANY, format, args));
        System.out.flush();
    }

    private static String text(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 400 ? m.substring(0, 400) : m));
    }

    static Optionen parse(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        return new Optionen(Path.of(a.get("--arbeitsverzeichnis")), Path.of(a.get("--steuerung")), a.get("--lb"),
                List.of(a.get("--knoten").split(",")),
                java.util.Arrays.stream(a.get("--datenbanken").split(",")).map(Integer::valueOf).toList(),
                a.get("--db-benutzer"), a.get("--db-passwort"), Integer.parseInt(a.getOrDefault("--lease", "10")),
                Integer.parseInt(a.getOrDefault("--personen", "1500")), Path.of(a.get("--ergebnis")));
    }
}
