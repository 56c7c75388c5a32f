package de.werkerp.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import de.werkerp.launcher.EmbeddedMariaDb;

/**
 * Deploys the unchanged {@code werkerp.ear} on a fresh Payara Server 6 (full profile) domain and
 * checks that it serves the login page, the health endpoint and an authenticated REST call.
 *
 * <p>Setup (all below {@code ear/target}, paths from the failsafe configuration): an embedded
 * MariaDB 11.4, a new domain {@code werkerp-it} created with {@code --portbase} (admin =
 * portbase+48, http = portbase+80), started by {@code asadmin start-domain} whose process
 * environment carries WERKERP_DB_URL/USER/PASSWORD and WERKERP_DEMO_DATA=true (the domain JVM
 * inherits it; the application reads them with {@code ${ENV=...}} and {@code System.getenv}), then
 * {@code asadmin deploy}. The output of every asadmin call lands in {@code target/it-logs}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarOnPayaraServerIT {

    private static final String DOMAIN = "werkerp-it";
    private static final String DB_NAME = "werkerp_ear_it";
    private static final String APP_NAME = "werkerp";
    private static final Duration HTTP_WAIT = Duration.ofMinutes(3);

    private static final Path PAYARA_HOME = path("werkerp.ear.it.payara.home", "target/payara-server/payara6");
    private static final Path EAR = path("werkerp.ear.it.ear", "target/werkerp.ear");
    private static final Path DOMAIN_DIR = path("werkerp.ear.it.domain.dir", "target/domains");
    private static final Path DB_DIR = path("werkerp.ear.it.db.dir", "target/test-db");
    private static final Path LOG_DIR = path("werkerp.ear.it.logs", "target/it-logs");
    private static final int PORTBASE = Integer.getInteger("werkerp.ear.it.portbase", 28000);
    private static final int DB_PORT = Integer.getInteger("werkerp.ear.it.db.port", 3318);
    private static final int ADMIN_PORT = PORTBASE + 48;
    private static final int HTTP_PORT = PORTBASE + 80;
    private static final String BASE_URL = "http://localhost:" + HTTP_PORT + "/werkerp";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final Map<String, Long> TIMINGS = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private static final List<Path> LOGS = new ArrayList<>();
    private static int logCounter;

    private static CompletableFuture<EmbeddedMariaDb> databaseStart;
    private static EmbeddedMariaDb database;
    private static boolean domainCreated;
    private static boolean domainStarted;
    private static boolean deployed;
    private static long testStart;

    @BeforeAll
    static void deployEarOnFreshDomain() throws Exception {
        testStart = System.nanoTime();
        Files.createDirectories(LOG_DIR);
        Path asadmin = PAYARA_HOME.resolve("bin/asadmin");
        assertTrue(Files.isRegularFile(asadmin), "Payara Server not unpacked: " + asadmin
                + " missing (maven-dependency-plugin unpack in pre-integration-test; run via mvn verify)");
        assertTrue(Files.isRegularFile(EAR), "EAR not built: " + EAR + " missing");

        removeLeftoverDomain();
        assertPortsFree();

        // The database starts in the background while asadmin creates the domain (both take ~10-15 s).
        databaseStart = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            deleteRecursively(DB_DIR.resolve("mariadb-data")); // empty DB: Flyway builds the schema at deploy
            EmbeddedMariaDb started = EmbeddedMariaDb.start(DB_PORT, DB_DIR, DB_NAME);
            took("database start", t0);
            return started;
        });

        long t = System.nanoTime();
        asadmin("create-domain", Duration.ofMinutes(3), Map.of(),
                "create-domain", "--nopassword", "--portbase", String.valueOf(PORTBASE),
                "--domaindir", DOMAIN_DIR.toString(), DOMAIN);
        domainCreated = true;
        took("create-domain", t);

        try {
            database = databaseStart.get(4, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new AssertionError("Embedded MariaDB did not start on port " + DB_PORT + " (data " + DB_DIR
                    + "): " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("Embedded MariaDB did not start on port " + DB_PORT + " within 4 min", e);
        }

        Map<String, String> appEnv = Map.of(
                "WERKERP_DB_URL", database.jdbcUrl(),
                "WERKERP_DB_USER", database.user(),
                // any non-empty value: the embedded server does not check passwords
                "WERKERP_DB_PASSWORD", "embedded",
                "WERKERP_DEMO_DATA", "true");
        t = System.nanoTime();
        asadmin("start-domain", Duration.ofMinutes(4), appEnv,
                "start-domain", "--domaindir", DOMAIN_DIR.toString(), DOMAIN);
        domainStarted = true;
        took("start-domain", t);
        assertDomainJvmInherited(appEnv);

        t = System.nanoTime();
        asadmin("deploy", Duration.ofMinutes(6), Map.of(),
                "--port", String.valueOf(ADMIN_PORT), "deploy", "--name", APP_NAME, EAR.toString());
        deployed = true;
        took("deploy", t);

        t = System.nanoTime();
        waitForHttp(BASE_URL + "/login.xhtml");
        took("first HTTP 200", t);
    }

    @Test
    @Order(1)
    void loginPageIsServed() throws Exception {
        HttpResponse<String> response = get("/login.xhtml", null);
        assertEquals(200, response.statusCode(), () -> "GET /werkerp/login.xhtml: " + describe(response));
        assertTrue(response.body().contains("Anmeldung"), () -> "login page lacks 'Anmeldung': " + describe(response));
        assertTrue(response.body().contains("Benutzername"),
                () -> "login page lacks 'Benutzername': " + describe(response));
        // informational: Payara Server's descriptor parser warns about <cookie-config><attribute> (SameSite)
        System.out.println("login.xhtml Set-Cookie: " + response.headers().allValues("Set-Cookie"));
    }

    @Test
    @Order(2)
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/api/v1/health", null);
        assertEquals(200, response.statusCode(), () -> "GET /werkerp/api/v1/health: " + describe(response));
        assertTrue(response.body().contains("UP"), () -> "health is not UP: " + describe(response));
    }

    @Test
    @Order(3)
    void restWithBasicAuthSeesDemoTenant() throws Exception {
        // the payroll clerk: HTTP Basic is only for accounts without a second factor (the Träger-Admin needs one)
        String basic = "Basic " + Base64.getEncoder().encodeToString("demo/entgelt:entgelt123!".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = get("/api/v1/einrichtungen", basic);
        assertEquals(200, response.statusCode(),
                () -> "GET /werkerp/api/v1/einrichtungen as the payroll clerk (demo data must exist): " + describe(response));
        assertTrue(response.body().contains("Werkstatt Musterstadt"),
                () -> "demo Einrichtung missing (WERKERP_DEMO_DATA not seen by the app?): " + describe(response));
    }

    @AfterAll
    static void tearDown() {
        List<String> problems = new ArrayList<>();
        long t = System.nanoTime();
        if (deployed) {
            tryStep(problems, () -> asadmin("undeploy", Duration.ofMinutes(2), Map.of(),
                    "--port", String.valueOf(ADMIN_PORT), "undeploy", APP_NAME));
            took("undeploy", t);
        }
        if (domainCreated || domainStarted) {
            t = System.nanoTime();
            tryStep(problems, () -> asadmin("stop-domain", Duration.ofMinutes(2), Map.of(),
                    "stop-domain", "--domaindir", DOMAIN_DIR.toString(), DOMAIN));
            took("stop-domain", t);
        }
        if (database == null && databaseStart != null) {
            // setup failed before waiting for the background start: still stop the server
            try {
                database = databaseStart.get(4, TimeUnit.MINUTES);
            } catch (Exception ignored) {
                // it did not start; nothing to stop
            }
        }
        if (database != null) {
            t = System.nanoTime();
            tryStep(problems, database::stop);
            took("database stop", t);
        }
        if (testStart != 0) {
            took("whole test", testStart);
        }
        StringBuilder summary = new StringBuilder("EarOnPayaraServerIT timings:");
        TIMINGS.forEach((k, v) -> summary.append(String.format("%n  %-16s %6.1f s", k, v / 1000.0)));
        System.out.println(summary);
        if (!problems.isEmpty()) {
            fail("Cleanup failed: " + String.join("; ", problems));
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Runs asadmin; output to target/it-logs/NN-step.log; fails with the output on error or timeout. */
    private static void asadmin(String step, Duration timeout, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("/bin/sh"); // does not rely on the executable bit surviving the unpack
        cmd.add(PAYARA_HOME.resolve("bin/asadmin").toString());
        cmd.add("--interactive=false");
        cmd.addAll(List.of(args));
        Path log = LOG_DIR.resolve(String.format("%02d-%s.log", ++logCounter, step));
        LOGS.add(log);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new AssertionError("asadmin " + step + " could not be started: " + cmd, e);
        }
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("asadmin " + step + " did not finish within " + timeout.toSeconds()
                        + " s" + diagnostics(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for asadmin " + step, e);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("asadmin " + step + " failed with exit code " + process.exitValue()
                    + diagnostics(log));
        }
    }

    /**
     * The application reads its database and demo switch from real environment variables, so the
     * domain JVM (forked by asadmin start-domain) must have inherited them: check /proc/pid/environ.
     */
    private static void assertDomainJvmInherited(Map<String, String> expected) throws IOException {
        Path pidFile = DOMAIN_DIR.resolve(DOMAIN).resolve("config/pid");
        assertTrue(Files.isRegularFile(pidFile), "domain is running but has no pid file " + pidFile);
        String pid = Files.readString(pidFile).trim();
        Path environ = Path.of("/proc", pid, "environ");
        if (!Files.isReadable(environ)) {
            System.out.println("Cannot read " + environ + ", skipping the environment inheritance check");
            return;
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (String entry : new String(Files.readAllBytes(environ), StandardCharsets.UTF_8).split("\0")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                actual.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        expected.forEach((k, v) -> assertEquals(v, actual.get(k), () -> "domain JVM (pid " + pid
                + ") did not inherit environment variable " + k + " from asadmin start-domain" + diagnostics(null)));
        System.out.println("Domain JVM pid " + pid + " inherited " + expected.keySet());
    }

    private static void waitForHttp(String url) throws InterruptedException {
        long deadline = System.nanoTime() + HTTP_WAIT.toNanos();
        String last = "no attempt";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + r.statusCode();
            } catch (ConnectException e) {
                last = "connection refused";
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("No HTTP 200 from " + url + " within " + HTTP_WAIT.toSeconds() + " s (last: "
                + last + ")" + diagnostics(null));
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/json").GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String describe(HttpResponse<String> r) {
        String body = r.body();
        return "HTTP " + r.statusCode() + ", body: " + (body.length() > 2000 ? body.substring(0, 2000) + " …" : body);
    }

    /** A leftover domain of an aborted run (JVM killed) would hold the ports and the folder. */
    private static void removeLeftoverDomain() {
        Path dir = DOMAIN_DIR.resolve(DOMAIN);
        if (Files.isDirectory(dir)) {
            if (Files.isRegularFile(dir.resolve("config/pid"))) {
                try {
                    asadmin("stop-leftover-domain", Duration.ofMinutes(2), Map.of(),
                            "stop-domain", "--domaindir", DOMAIN_DIR.toString(), DOMAIN);
                } catch (AssertionError e) {
                    System.out.println("Stopping a leftover domain failed (ignored): " + e.getMessage());
                }
            }
            deleteRecursively(dir);
        }
    }

    private static void assertPortsFree() {
        for (int port : new int[] {ADMIN_PORT, HTTP_PORT, PORTBASE + 81}) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(true);
            } catch (IOException e) {
                throw new AssertionError("Port " + port + " (portbase " + PORTBASE + ") is in use; "
                        + "set -Dwerkerp.ear.it.portbase=<other> or stop what is listening there", e);
            }
        }
    }

    private static String diagnostics(Path log) {
        StringBuilder sb = new StringBuilder();
        for (Path p : log == null ? LOGS : List.of(log)) {
            sb.append("\n----- ").append(p).append(" -----\n").append(tail(p, 200));
        }
        Path serverLog = DOMAIN_DIR.resolve(DOMAIN).resolve("logs/server.log");
        if (Files.isRegularFile(serverLog)) {
            sb.append("\n----- ").append(serverLog).append(" (tail) -----\n").append(tail(serverLog, 150));
        }
        return sb.toString();
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    private static void tryStep(List<String> problems, Runnable step) {
        try {
            step.run();
        } catch (AssertionError | RuntimeException e) {
            problems.add(e.getMessage());
            System.out.println(e.getMessage());
        }
    }

    private static void took(String what, long startNanos) {
        TIMINGS.put(what, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }

    private static Path path(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
