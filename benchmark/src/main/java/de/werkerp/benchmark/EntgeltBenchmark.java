package de.werkerp.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Benchmark of the monthly Entgelt run (see the README, section "Benchmark"): for each size it creates a tenant
 * through the REST API, generates its people with a year of history by JDBC, computes one month, releases it
 * (second user, four eyes) and downloads all payslip PDFs as a ZIP, each timed by wall clock; next to it a plain
 * JDBC baseline that reads the same inputs and writes as many result rows; then the other documents of the run
 * ({@link Dokumente}). Prints a table and whether the targets hold (issue 19 item 3): compute within 2× the baseline,
 * the payslip PDFs of 15,000 people within 45 s.
 *
 * <p>{@code --nur-aufbauen} sets up the tenants only (people, one computed and released run, a manager) and keeps
 * Payara running for the load test ({@code loadtest/}, {@link Lasttestzugang}) until the process is stopped.
 *
 * <p>Run it with {@code ./benchmark.sh} (builds if needed) or
 * {@code java -jar benchmark/target/werkerp-benchmark-0.1.0-SNAPSHOT.jar [options]}.
 */
public final class EntgeltBenchmark {

    static final double ZIEL_FAKTOR = 2.0;
    static final int ZIEL_PDF_PERSONEN = 15_000;
    static final long ZIEL_PDF_MS = 45_000;
    private static final Api.Zugang BETREIBER = new Api.Zugang("betrieb", "betrieb123!");
    static final String PASSWORT = "Benchmark-2025!";
    /** With --profil: the directory for the SQL logs of the compute steps ({@link SqlProtokoll}), else null. */
    private static Path sqlProtokolle;

    /** Command line. */
    record Optionen(List<Integer> personen, YearMonth monat, int aufwaermen, int httpPort, int dbPort, String heap,
            Path daten, boolean behalten, Path war, Path micro, boolean profil, int wiederholungen,
            boolean nurAufbauen, Seiten seiten, boolean ohneDokumente) {

        /** JVM options of Payara: -Xmx, or WERKERP_JAVA_OPTS; with --profil a Flight Recording. */
        String javaOpts() {
            String env = System.getenv("WERKERP_JAVA_OPTS");
            String opts = env != null && !env.isBlank() ? env.trim() : "-Xmx" + heap;
            return profil ? opts + " -XX:StartFlightRecording=filename=" + daten.resolve("payara.jfr")
                    + ",settings=profile,dumponexit=true" : opts;
        }
    }

    /** Whether the pages and lists around the run are measured ({@link Seitenmessung}): also, not, or only them. */
    enum Seiten { AUCH, OHNE, NUR }

    /** --ohne-dokumente: only compute and baseline per size (no release, payslips, other documents or pages). */
    private static boolean ohneDokumente;

    /** The page and list measurements of each size, printed after the table. */
    private static final java.util.Map<Integer, List<Seitenmessung.Ergebnis>> SEITEN = new java.util.LinkedHashMap<>();

    /** One measured size. */
    record Messung(int n, long erzeugenMs, List<Long> computeAlle, List<Long> baselineAlle, long basisOhneFkMs,
            long releaseMs,
            long pdfMs, int pdfAnzahl, long zipBytes, String summeAuszahlung, Umgebung.Cpu cpuCompute,
            Umgebung.Cpu cpuBaseline, Umgebung.Cpu cpuPdf, List<Dokumente.Zeit> dokumente) {

        /** The median of the repetitions (the middle one; of an even number the lower middle one). */
        long computeMs() {
            return median(computeAlle);
        }

        long baselineMs() {
            return median(baselineAlle);
        }

        double faktor() {
            return baselineMs() == 0 ? Double.NaN : (double) computeMs() / baselineMs();
        }

        double msJePdf() {
            return pdfAnzahl == 0 ? Double.NaN : (double) pdfMs / pdfAnzahl;
        }
    }

    private EntgeltBenchmark() {
    }

    static long median(List<Long> werte) {
        List<Long> sortiert = werte.stream().sorted().toList();
        return sortiert.isEmpty() ? 0 : sortiert.get((sortiert.size() - 1) / 2);
    }

    public static void main(String[] args) {
        Optionen o;
        try {
            o = parse(args, projektWurzel());
        } catch (IllegalArgumentException e) {
            System.err.println("entgelt-benchmark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (o == null) {
            Bericht.OUT.println(USAGE);
            return;
        }
        System.exit(run(o));
    }

    static int run(Optionen o) {
        Bericht.OUT.println(maschine());
        AtomicReference<Umgebung> umgebung = new AtomicReference<>();
        Thread hook = new Thread(() -> {
            Umgebung u = umgebung.get();
            if (u != null) {
                u.close();
            }
        }, "benchmark-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        List<Messung> messungen = new ArrayList<>();
        sqlProtokolle = o.profil() ? o.daten() : null;
        ohneDokumente = o.ohneDokumente();
        int exit = 0;
        try {
            Umgebung.starte(o.war(), o.micro(), o.daten(), o.httpPort(), o.dbPort(), o.javaOpts(), !o.behalten(),
                    umgebung::set);
            Umgebung u = umgebung.get();
            Api api = new Api(u.basisUrl());
            // the operator must sign in with a second factor; its secret is kept beside the data for a kept database
            java.nio.file.Path betriebTotp = o.daten().resolve("benchmark-betrieb.totp");
            if (!o.behalten()) {
                java.nio.file.Files.deleteIfExists(betriebTotp); // a fresh database: set up anew
            }
            api.zweiterFaktor(BETREIBER, betriebTotp);
            try (Connection c = u.verbinde()) {
                if (o.aufwaermen() > 0 && !o.nurAufbauen()) {
                    Bericht.zeile("=== Aufwärmen mit %d Personen (nicht gewertet) ===", o.aufwaermen());
                    Messung w = szenario(u, api, c, o.aufwaermen(), o.monat(), "warm", o.wiederholungen(),
                            o.seiten());
                    if (w != null) {
                        Bericht.zeile("Aufwärmen: compute %d ms, Baseline %d ms, Freigabe %d ms, PDFs %d ms",
                                w.computeMs(), w.baselineMs(), w.releaseMs(), w.pdfMs());
                    }
                    SEITEN.remove(o.aufwaermen()); // untimed
                }
                for (int n : o.personen()) {
                    Bericht.zeile("=== %,d Personen ===", n);
                    if (o.nurAufbauen()) {
                        Lasttestzugang.aufbauen(u, api, c, n, o.monat(), o.daten());
                    } else {
                        Messung m = szenario(u, api, c, n, o.monat(), "n" + n, o.wiederholungen(), o.seiten());
                        if (m != null) {
                            messungen.add(m);
                        }
                    }
                }
            }
            if (o.nurAufbauen()) {
                Bericht.zeile("Aufgebaut; Payara läuft unter %s bis zum Abbruch (Strg-C oder kill %d).",
                        u.basisUrl(), ProcessHandle.current().pid());
                Thread.currentThread().join(); // until stopped: the shutdown hook stops Payara and MariaDB
            }
        } catch (Exception e) {
            exit = 1;
            Bericht.OUT.println();
            Bericht.zeile("FEHLER: %s", e.toString().replace("%", "%%"));
            e.printStackTrace(Bericht.OUT);
            Umgebung u = umgebung.get();
            if (u != null) {
                Bericht.OUT.println("Ende des Payara-Logs (" + u.log() + "):\n" + Umgebung.ende(u.log(), 40));
            }
        } finally {
            Umgebung u = umgebung.get();
            if (u != null) {
                u.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway
            }
        }
        if (!messungen.isEmpty()) {
            Bericht.OUT.println();
            Bericht.OUT.println(maschine());
            Bericht.OUT.println(tabelle(messungen, o.monat(), o.javaOpts()));
        }
        if (!SEITEN.isEmpty()) {
            Bericht.OUT.println();
            Bericht.OUT.println(Seitenmessung.tabelle(SEITEN));
        }
        return exit;
    }

    /** The user name of a login kennung/benutzername. */
    static String name(Api.Zugang z) {
        return z.benutzer().substring(z.benutzer().indexOf('/') + 1);
    }

    static String email(Api.Zugang z) {
        return name(z) + "@benchmark.example";
    }

    // --- one size -------------------------------------------------------------------------------------------------

    /** Creates a tenant of {@code n} people's size (Gruppen: one per 25 people, 2 to 200) and its users. */
    static Mandant mandant(Umgebung u, Api api, int n, String tag) throws Exception {
        String kennung = ("bench-" + tag + "-" + Long.toString(System.currentTimeMillis(), 36)).toLowerCase(Locale.ROOT);
        // logins kennung/benutzername (README "Sign-in"); every password is chosen through the invitation mail
        Api.Zugang admin = new Api.Zugang(kennung + "/" + kennung + "-admin", PASSWORT);
        Api.Zugang rechner = new Api.Zugang(kennung + "/" + kennung + "-rechnet", PASSWORT);
        Api.Zugang freigeber = new Api.Zugang(kennung + "/" + kennung + "-gibt-frei", PASSWORT);

        // tenant, organisation and users through the API
        long t0 = System.nanoTime();
        long tenantId = Api.zahl(api.post(BETREIBER, "traeger", Api.json("kennung", kennung, "name",
                "Benchmark-Träger " + n + " Personen (" + kennung + ")", "adminBenutzername", name(admin),
                "adminName", "Admin " + kennung, "adminEmail", email(admin))), "id");
        Einladungsmails.annehmen(api, u.mails(), email(admin), PASSWORT);
        api.zweiterFaktor(admin, null);
        long einrichtungId = Api.zahl(api.post(admin, "einrichtungen", Api.json("name", "Werkstatt " + kennung,
                "art", "WFBM")), "id");
        long staetteId = Api.zahl(api.post(admin, "betriebsstaetten", Api.json("einrichtungId", einrichtungId,
                "name", "Hauptwerk " + kennung, "strasse", "Werkstattweg 1", "plz", "30159", "ort", "Hannover",
                "beitrittsgebiet", false, "hauptbetriebsstaette", true)), "id");
        int anzahlGruppen = Math.max(2, Math.min(200, n / 25));
        List<Long> gruppen = new ArrayList<>();
        for (int g = 0; g < anzahlGruppen; g++) {
            gruppen.add(Api.zahl(api.post(admin, "gruppen", Api.json("betriebsstaetteId", staetteId, "name",
                    "Gruppe " + (g + 1))), "id"));
        }
        for (Api.Zugang z : List.of(rechner, freigeber)) {
            api.post(admin, "benutzer", Api.json("benutzername", name(z), "anzeigename", "Entgelt "
                    + name(z), "rollen", new String[] {"PAYROLL"}, "email", email(z)));
            Einladungsmails.annehmen(api, u.mails(), email(z), z.passwort());
        }
        Bericht.zeile("Träger %s (id %d), Einrichtung %d, %d Gruppen, 2 Entgelt-Benutzer über die API: %d ms",
                kennung, tenantId, einrichtungId, anzahlGruppen, Bericht.ms(t0));
        return new Mandant(kennung, tenantId, einrichtungId, List.copyOf(gruppen), admin, rechner, freigeber);
    }

    /** A tenant set up through the API: its Einrichtung, Gruppen and users (all passwords {@link #PASSWORT}). */
    record Mandant(String kennung, long tenantId, long einrichtungId, List<Long> gruppen, Api.Zugang admin,
            Api.Zugang rechner, Api.Zugang freigeber) {
    }

    static Messung szenario(Umgebung u, Api api, Connection c, int n, YearMonth monat, String tag, int wiederholungen,
            Seiten seiten) throws Exception {
        Mandant m = mandant(u, api, n, tag);
        long tenantId = m.tenantId();
        long einrichtungId = m.einrichtungId();
        Api.Zugang rechner = m.rechner();
        Api.Zugang freigeber = m.freigeber();
        String kennung = m.kennung();
        List<Long> gruppen = m.gruppen();

        // the people, by JDBC
        long t0 = System.nanoTime();
        Testdaten.Umfang umfang = Testdaten.erzeuge(c, tenantId, einrichtungId, gruppen, n, monat, kennung);
        long erzeugenMs = Bericht.ms(t0);
        analysieren(c);
        Bericht.zeile("%,d Personen mit %d Monaten (bis %s) per JDBC erzeugt: %,d Zeilen in %,d ms", n,
                umfang.monate(), monat, umfang.zeilen(), erzeugenMs);

        // both users log in first, like a payroll clerk who is signed in before pressing "compute": the PBKDF2
        // check of a first login (~0.1 s) is not part of compute or release (the API remembers a verified
        // password for minutes, security.control.VerifiedCredentials)
        for (Api.Zugang z : List.of(rechner, freigeber)) {
            try (InputStream in = api.getStream(z, "einrichtungen")) {
                in.readAllBytes();
            }
        }

        if (seiten == Seiten.NUR) {
            // one compute (untimed here) so that the run and its statements are there, then the pages and lists
            long nurLauf = Api.zahl(api.post(rechner, "entgelt/laeufe", Api.json("einrichtungId", einrichtungId,
                    "monat", monat.toString())), "id");
            seitenMessen(u, c, n, tenantId, rechner, einrichtungId, gruppen.get(0), monat, nurLauf);
            return null;
        }

        // baseline and compute in turns (both on a warm buffer pool: the data was just written), so drift on the
        // machine (MariaDB purging the rows the repetitions replace, other load) touches both alike. Each repetition
        // replaces the rows of the one before: computing again before the release does that (idempotent).
        long basisLauf = JdbcBaseline.vorbereiten(c, tenantId, einrichtungId, monat, true);
        List<Long> basisZeiten = new ArrayList<>();
        Umgebung.Cpu cpuBasis = null;
        List<Long> computeZeiten = new ArrayList<>();
        Umgebung.Cpu cpuCompute = null;
        String lauf = null;
        long laufId = 0;
        for (int r = 1; r <= wiederholungen; r++) {
            SqlZaehler vorher = SqlZaehler.jetzt(c);
            Umgebung.Cpu cpu = Umgebung.Cpu.von(u);
            JdbcBaseline.Ergebnis basis = JdbcBaseline.lauf(c, tenantId, einrichtungId, monat, basisLauf);
            cpuBasis = Umgebung.Cpu.von(u).seit(cpu);
            String sqlBasis = SqlZaehler.jetzt(c).seit(vorher);
            pruefe(basis.zeilen() == n, "Baseline schrieb " + basis.zeilen() + " statt " + n + " Zeilen");
            basisZeiten.add(basis.millis());
            Bericht.zeile("JDBC-Baseline %d/%d: %,d ms (%,d Abrechnungszeilen); SQL: %s; %s", r, wiederholungen,
                    basis.millis(), basis.zeilen(), sqlBasis, cpuBasis.text());

            Bericht.zeile("Berechne %s über POST /api/v1/entgelt/laeufe (%d/%d) ...", monat, r, wiederholungen);
            vorher = SqlZaehler.jetzt(c);
            if (sqlProtokolle != null) {
                SqlProtokoll.beginne(c);
            }
            cpu = Umgebung.Cpu.von(u);
            long t1 = System.nanoTime();
            lauf = api.post(rechner, "entgelt/laeufe", Api.json("einrichtungId", einrichtungId, "monat",
                    monat.toString()));
            long computeMs = Bericht.ms(t1);
            cpuCompute = Umgebung.Cpu.von(u).seit(cpu);
            String sqlCompute = SqlZaehler.jetzt(c).seit(vorher);
            if (sqlProtokolle != null) {
                Path datei = sqlProtokolle.resolve("compute-sql-" + tag + "-" + r + ".log");
                Bericht.zeile("SQL-Protokoll der Berechnung: %d Einträge in %s", SqlProtokoll.beende(c, datei),
                        datei);
            }
            laufId = Api.zahl(lauf, "id");
            pruefe("BERECHNET".equals(Api.feld(lauf, "status")), "Lauf nicht berechnet: " + Api.kurz(lauf));
            pruefe(Api.zahl(lauf, "anzahl") == n, "Lauf hat " + Api.zahl(lauf, "anzahl") + " statt " + n
                    + " Abrechnungen");
            pruefe(abrechnungen(c, laufId) == n, "abrechnung hat nicht " + n + " Zeilen für Lauf " + laufId);
            computeZeiten.add(computeMs);
            Bericht.zeile("Berechnet %d/%d: %,d ms (%,d Abrechnungen, Auszahlung %s €); SQL: %s; %s", r,
                    wiederholungen, computeMs, n, Api.feld(lauf, "summeAuszahlung"), sqlCompute, cpuCompute.text());
        }
        // for comparison only (not in the ratio): one baseline run into a table without foreign keys
        long ohneLauf = JdbcBaseline.vorbereiten(c, tenantId, einrichtungId, monat, false);
        JdbcBaseline.Ergebnis ohne = JdbcBaseline.lauf(c, tenantId, einrichtungId, monat, ohneLauf);
        long basisOhneFkMs = ohne.millis();
        Bericht.zeile("Zum Vergleich, nicht gewertet: JDBC-Baseline in eine Tabelle ohne Fremdschlüssel: %,d ms",
                basisOhneFkMs);
        if (ohneDokumente) {
            Umgebung.Cpu keine = new Umgebung.Cpu(0, 0, 0, 0);
            return new Messung(n, erzeugenMs, List.copyOf(computeZeiten), List.copyOf(basisZeiten), basisOhneFkMs,
                    0, 0, 0, 0, Api.feld(lauf, "summeAuszahlung"), cpuCompute, cpuBasis, keine, List.of());
        }

        // release (second user: four eyes)
        t0 = System.nanoTime();
        String frei = api.post(freigeber, "entgelt/laeufe/" + laufId + "/freigabe", null);
        long releaseMs = Bericht.ms(t0);
        pruefe("FREIGEGEBEN".equals(Api.feld(frei, "status")), "Lauf nicht freigegeben: " + Api.kurz(frei));
        Bericht.zeile("Freigegeben: %,d ms", releaseMs);

        // all payslips as a ZIP of PDFs
        Bericht.zeile("Lade alle Lohnzettel (GET …/lohnzettel.zip) ...");
        SqlZaehler vorher = SqlZaehler.jetzt(c);
        Umgebung.Cpu cpu = Umgebung.Cpu.von(u);
        t0 = System.nanoTime();
        int pdfs = 0;
        long bytes = 0;
        try (InputStream in = api.getStream(rechner, "entgelt/laeufe/" + laufId + "/lohnzettel.zip");
                ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            byte[] kopf = new byte[5];
            ZipEntry z;
            while ((z = zip.getNextEntry()) != null) {
                int gelesen = zip.readNBytes(kopf, 0, kopf.length);
                pruefe(gelesen == 5 && "%PDF-".equals(new String(kopf, StandardCharsets.US_ASCII)),
                        z.getName() + " ist kein PDF");
                bytes += gelesen + zip.transferTo(OutputStreamNull.INSTANZ);
                pdfs++;
            }
        }
        long pdfMs = Bericht.ms(t0);
        Umgebung.Cpu cpuPdf = Umgebung.Cpu.von(u).seit(cpu);
        String sqlPdf = SqlZaehler.jetzt(c).seit(vorher);
        pruefe(pdfs == n, "ZIP enthält " + pdfs + " statt " + n + " PDFs");
        if (seiten == Seiten.AUCH) {
            seitenMessen(u, c, n, tenantId, rechner, einrichtungId, gruppen.get(0), monat, laufId);
        }
        Bericht.zeile("Lohnzettel: %,d PDFs (%,d KB) in %,d ms = %.1f ms je PDF; SQL: %s; %s", pdfs,
                bytes / 1024, pdfMs, (double) pdfMs / pdfs, sqlPdf, cpuPdf.text());
        List<Dokumente.Zeit> dokumente = Dokumente.messen(u, api, rechner, laufId);
        return new Messung(n, erzeugenMs, List.copyOf(computeZeiten), List.copyOf(basisZeiten), basisOhneFkMs,
                releaseMs, pdfMs, pdfs,
                bytes,
                Api.feld(lauf, "summeAuszahlung"), cpuCompute, cpuBasis, cpuPdf, dokumente);
    }

    private static void seitenMessen(Umgebung u, Connection c, int n, long tenantId, Api.Zugang sachbearbeitung,
            long einrichtungId, long gruppeId, YearMonth monat, long laufId) throws Exception {
        long personId;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id) FROM beschaeftigter WHERE tenant_id = ?")) {
            ps.setLong(1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                personId = rs.getLong(1);
            }
        }
        Bericht.zeile("Seiten und Listen als %s (%,d Personen):", sachbearbeitung.benutzer(), n);
        SEITEN.put(n, Seitenmessung.messe(new Seitenmessung.Kontext(u.basisUrl(), sachbearbeitung, einrichtungId,
                gruppeId, "Gruppe 1", monat, laufId, personId)));
    }

    static void analysieren(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE beschaeftigter, werkstattvertrag, vertragsphase, arbeitszeit, bewilligung,"
                    + " leistungsbeurteilung, anwesenheit, lohnposten");
        }
    }

    private static long abrechnungen(Connection c, long laufId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM abrechnung WHERE lauf_id = ?")) {
            ps.setLong(1, laufId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void pruefe(boolean ok, String meldung) {
        if (!ok) {
            throw new IllegalStateException(meldung);
        }
    }

    /** Discards what the ZIP stream delivers (the PDFs are only counted). */
    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANZ = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    // --- output ---------------------------------------------------------------------------------------------------

    static String tabelle(List<Messung> m, YearMonth monat, String javaOpts) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Entgelt-Benchmark, Monat %s (Payara %s)%n", monat, javaOpts));
        String kopf = "%8s | %11s | %11s | %6s | %10s | %13s | %8s | %10s%n";
        String zeile = "%,8d | %,11d | %,11d | %5.2fx | %,10d | %,13d | %8.1f | %,10d%n";
        b.append(String.format(Locale.ROOT, kopf, "Personen", "compute ms", "baseline ms", "Faktor", "release ms",
                "payslips ms", "ms/PDF", "erzeugt ms"));
        b.append("-".repeat(100)).append('\n');
        for (Messung x : m) {
            b.append(String.format(Locale.ROOT, zeile, x.n(), x.computeMs(), x.baselineMs(), x.faktor(),
                    x.releaseMs(), x.pdfMs(), x.msJePdf(), x.erzeugenMs()));
        }
        b.append(String.format(Locale.ROOT, "compute und baseline: Median aus je %d Wiederholungen;"
                + " alle Zeiten (ms):%n", m.get(0).computeAlle().size()));
        for (Messung x : m) {
            b.append(String.format(Locale.ROOT, "%,8d | compute %s | baseline %s | baseline ohne Fremdschlüssel"
                    + " (nicht gewertet) %,d%n", x.n(), x.computeAlle(), x.baselineAlle(), x.basisOhneFkMs()));
        }
        b.append('\n').append("CPU-Zeit (s) der Schritte (compute, baseline: letzte Wiederholung) und höchste Systemlast (1 min) dabei; eine Last über der Zahl der"
                + " Kerne heißt: andere Prozesse haben mitgerechnet, die Wanduhr-Zeiten sind dann zu hoch.\n");
        b.append(String.format(Locale.ROOT, "%8s | %22s | %24s | %22s%n", "Personen", "compute: Payara+MariaDB",
                "baseline: JVM+MariaDB", "payslips: Payara+MariaDB"));
        for (Messung x : m) {
            b.append(String.format(Locale.ROOT, "%,8d | %9.1f + %5.1f (L%3.1f) | %11.1f + %5.1f (L%3.1f) | %9.1f + %5.1f"
                    + " (L%3.1f)%n", x.n(), x.cpuCompute().payara() / 1e3, x.cpuCompute().mariadb() / 1e3,
                    x.cpuCompute().last(), x.cpuBaseline().selbst() / 1e3, x.cpuBaseline().mariadb() / 1e3,
                    x.cpuBaseline().last(), x.cpuPdf().payara() / 1e3, x.cpuPdf().mariadb() / 1e3,
                    x.cpuPdf().last()));
        }
        b.append('\n').append(Dokumente.tabelle(m.stream().map(Messung::n).toList(),
                m.stream().map(Messung::dokumente).toList()));
        b.append('\n').append("Ziele:\n");
        for (Messung x : m) {
            b.append(String.format(Locale.ROOT, "  %,d Personen: compute %.2f× Baseline (Ziel ≤ %.0f×): %s%n",
                    x.n(), x.faktor(), ZIEL_FAKTOR, x.faktor() <= ZIEL_FAKTOR ? "ERFÜLLT" : "VERFEHLT"));
        }
        Messung pdf = m.stream().filter(x -> x.n() == ZIEL_PDF_PERSONEN).findFirst().orElse(null);
        int kerne = Runtime.getRuntime().availableProcessors();
        if (m.stream().allMatch(x -> x.pdfAnzahl() == 0)) {
            b.append("  Lohnzettel-PDFs: nicht gemessen (--ohne-dokumente)\n");
        } else if (pdf != null) {
            b.append(String.format(Locale.ROOT, "  %,d Lohnzettel-PDFs in %.1f s (Ziel ≤ %d s auf 2 Kernen, hier %d"
                    + " Kerne): %s%n", pdf.pdfAnzahl(), pdf.pdfMs() / 1000.0, ZIEL_PDF_MS / 1000, kerne,
                    pdf.pdfMs() <= ZIEL_PDF_MS ? "ERFÜLLT" : "VERFEHLT"));
        } else {
            double grenze = (double) ZIEL_PDF_MS / ZIEL_PDF_PERSONEN;
            for (Messung x : m) {
                b.append(String.format(Locale.ROOT, "  Lohnzettel-PDFs: kein Lauf mit %,d Personen; %,d Personen:"
                        + " %.1f ms je PDF (Ziel umgerechnet ≤ %.0f ms je PDF): %s%n", ZIEL_PDF_PERSONEN, x.n(),
                        x.msJePdf(), grenze, x.msJePdf() <= grenze ? "erfüllt" : "verfehlt"));
            }
        }
        return b.toString();
    }

    static String maschine() {
        Runtime r = Runtime.getRuntime();
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("");
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        long ram = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            ram = os.getTotalMemorySize();
        }
        return String.format(Locale.ROOT, "Maschine: %d Kerne%s, %.1f GB RAM, %s %s; Java %s (%s %s)",
                r.availableProcessors(), cpu.isEmpty() ? "" : " (" + cpu + ")", ram / 1e9,
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"), System.getProperty("java.vm.name"));
    }

    // --- options --------------------------------------------------------------------------------------------------

    static final String USAGE = """
            Usage: ./benchmark.sh [options]   (or java -jar benchmark/target/werkerp-benchmark-*.jar [options])
              --personen LIST   sizes, comma separated (default 1500,15000)
              --monat JJJJ-MM   the month computed; history: the 12 months before (default 2026-03)
              --aufwaermen N    untimed warm-up tenant of N people first, 0 = none (default 100)
              --wiederholungen N  compute and baseline N times each; the table shows the medians (default 3)
              --nur-aufbauen    load-test set-up only: per size a tenant with people, one computed and released run
                        and users (clerk, manager), their logins in DIR/lasttest.properties; then keeps Payara
                        running until stopped (loadtest.sh uses it; no warm-up, nothing timed)
              --heap SIZE       -Xmx of the Payara JVM (default 4g; WERKERP_JAVA_OPTS replaces it)
              --http-port P     Payara HTTP port (default 8089)
              --db-port P       embedded MariaDB port (default 3327)
              --daten DIR       MariaDB binaries/data and the Payara log (default benchmark/target/benchmark-data)
              --behalten        keep the database of the previous run (default: start from an empty one)
              --profil          Java Flight Recording of Payara into DIR/payara.jfr (jfr print / JDK Mission Control)
                        and the SQL of each compute step into DIR/compute-sql-*.log (figures then not for reporting)
              --war PATH        WAR (default web/target/werkerp.war)
              --micro PATH      Payara Micro (default launcher/target/payara-micro.jar)
              --ohne-seiten     do not measure the pages and REST lists as the clerk after the payslips
              --nur-seiten      per size only: create the tenant, compute once, measure pages and lists (no
                        baseline, release or payslips)
              --ohne-dokumente  compute and baseline only: no release, payslips, other documents or pages (for
                        quick iterations on the compute; release and payslip columns then show 0)""";

    static Optionen parse(String[] args, Path wurzel) {
        List<Integer> personen = List.of(1500, 15000);
        YearMonth monat = YearMonth.of(2026, 3);
        int aufwaermen = 100;
        int wiederholungen = 3;
        int httpPort = 8089;
        int dbPort = 3327;
        String heap = "4g";
        Path daten = wurzel.resolve("benchmark/target/benchmark-data");
        boolean behalten = false;
        boolean profil = false;
        boolean nurAufbauen = false;
        boolean ohneDokumente = false;
        Seiten seiten = Seiten.AUCH;
        Path war = wurzel.resolve("web/target/werkerp.war");
        Path micro = wurzel.resolve("launcher/target/payara-micro.jar");
        Path cwd = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String wert = null;
            int gleich = a.indexOf('=');
            if (a.startsWith("--") && gleich > 0) {
                wert = a.substring(gleich + 1);
                a = a.substring(0, gleich);
            }
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--behalten" -> behalten = true;
                case "--profil" -> profil = true;
                case "--nur-aufbauen" -> nurAufbauen = true;
                case "--ohne-seiten" -> seiten = Seiten.OHNE;
                case "--nur-seiten" -> seiten = Seiten.NUR;
                case "--ohne-dokumente" -> ohneDokumente = true;
                default -> {
                    if (wert == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(a + " braucht einen Wert");
                        }
                        wert = args[++i];
                    }
                    switch (a) {
                        case "--personen" -> {
                            personen = new ArrayList<>();
                            for (String s : wert.split(",")) {
                                int n = zahl(s.trim().replace("_", ""), a);
                                if (n < 1 || n > 200_000) {
                                    throw new IllegalArgumentException("--personen: 1 bis 200000, nicht " + n);
                                }
                                personen.add(n);
                            }
                        }
                        case "--monat" -> {
                            try {
                                monat = YearMonth.parse(wert);
                            } catch (DateTimeParseException e) {
                                throw new IllegalArgumentException("--monat JJJJ-MM, nicht " + wert);
                            }
                        }
                        case "--aufwaermen" -> aufwaermen = zahl(wert, a);
                        case "--wiederholungen" -> {
                            wiederholungen = zahl(wert, a);
                            if (wiederholungen < 1 || wiederholungen > 50) {
                                throw new IllegalArgumentException("--wiederholungen: 1 bis 50, nicht " + wiederholungen);
                            }
                        }
                        case "--heap" -> heap = wert;
                        case "--http-port" -> httpPort = zahl(wert, a);
                        case "--db-port" -> dbPort = zahl(wert, a);
                        case "--daten" -> daten = cwd.resolve(wert).normalize();
                        case "--war" -> war = cwd.resolve(wert).normalize();
                        case "--micro" -> micro = cwd.resolve(wert).normalize();
                        default -> throw new IllegalArgumentException("unbekannte Option " + a);
                    }
                }
            }
        }
        if (!Files.isRegularFile(war)) {
            throw new IllegalArgumentException("WAR fehlt: " + war + " (./benchmark.sh baut es)");
        }
        if (!Files.isRegularFile(micro)) {
            throw new IllegalArgumentException("Payara Micro fehlt: " + micro + " (./benchmark.sh baut es)");
        }
        if (httpPort == dbPort) {
            throw new IllegalArgumentException("HTTP- und DB-Port sind gleich");
        }
        return new Optionen(List.copyOf(personen), monat, aufwaermen, httpPort, dbPort, heap, daten, behalten, war,
                micro, profil, wiederholungen, nurAufbauen, seiten, ohneDokumente);
    }

    private static int zahl(String s, String option) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": keine Zahl: " + s);
        }
    }

    /** benchmark/target/werkerp-benchmark.jar -> the project root; else the working directory. */
    static Path projektWurzel() {
        try {
            Path jar = Path.of(EntgeltBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            root = root == null ? null : root.getParent();
            if (root != null && Files.isDirectory(root.resolve("web"))) {
                return root;
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // fall back
        }
        return Path.of("").toAbsolutePath();
    }
}
