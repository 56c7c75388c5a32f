package de.werkerp.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import de.werkerp.launcher.EmbeddedMariaDb;
import de.werkerp.launcher.Launcher;

/**
 * The system under test: {@link Launcher} (embedded MariaDB via {@link EmbeddedMariaDb}, then Payara Micro with
 * the WAR) started as a child process with its own ports and data directory, its output in a log file. Stopping
 * sends SIGTERM: the launcher stops Payara first, then MariaDB.
 */
final class Umgebung implements AutoCloseable {

    static final String CONTEXT = "/werkerp";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(150);

    private final Process launcher;
    private final int httpPort;
    private final int dbPort;
    private final Path log;
    private final Path datenDir;

    private Umgebung(Process launcher, int httpPort, int dbPort, Path log, Path datenDir) {
        this.launcher = launcher;
        this.datenDir = datenDir;
        this.httpPort = httpPort;
        this.dbPort = dbPort;
        this.log = log;
    }

    /**
     * Starts the launcher and waits until the application answers its health check.
     *
     * @param frisch delete the MariaDB data directory first (the unpacked binaries are kept)
     */
    static Umgebung starte(Path war, Path micro, Path datenDir, int httpPort, int dbPort, String javaOpts,
            boolean frisch, java.util.function.Consumer<Umgebung> gestartet) throws IOException, InterruptedException {
        Files.createDirectories(datenDir);
        if (frisch) {
            pruefeKeinAlterServer(datenDir);
            loesche(datenDir.resolve("mariadb-data"));
            loesche(datenDir.resolve("mariadb-tmp"));
        }
        Path log = datenDir.resolve("launcher-payara.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Launcher.class.getName());
        cmd.add("--war");
        cmd.add(war.toString());
        cmd.add("--micro");
        cmd.add(micro.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = pb.environment();
        env.remove("WERKERP_DB_URL");
        env.remove("WERKERP_DB_USER");
        env.remove("WERKERP_DB_PASSWORD");
        env.put("WERKERP_HTTP_PORT", Integer.toString(httpPort));
        env.put("WERKERP_DB_PORT", Integer.toString(dbPort));
        env.put("WERKERP_DATA_DIR", datenDir.toString());
        // no SMTP server: the invitation mails are files in WERKERP_DATA_DIR/mails, which the benchmark reads
        env.remove("WERKERP_SMTP_HOST");
        // the demo data brings the operator betrieb / betrieb123! (without it the password is random)
        env.put("WERKERP_DEMO_DATA", "true");
        env.put("WERKERP_JAVA_OPTS", javaOpts);
        Bericht.zeile("Starte Launcher (MariaDB :%d, Payara :%d, %s), Log: %s", dbPort, httpPort, javaOpts, log);
        long t0 = System.nanoTime();
        Umgebung u = new Umgebung(pb.start(), httpPort, dbPort, log, datenDir);
        // known to the caller's shutdown hook at once: stopped while Payara still starts, the launcher, MariaDB and
        // Payara must not stay behind (they would hold the ports of the next run)
        gestartet.accept(u);
        try {
            u.warteAufGesundheit();
        } catch (IOException | RuntimeException | InterruptedException e) {
            u.close();
            throw e;
        }
        Bericht.zeile("WerkERP bereit nach %.1f s", (System.nanoTime() - t0) / 1e9);
        return u;
    }

    /** Where the application writes its mails without an SMTP server (platform.control.Mailversand). */
    Path mails() {
        return datenDir.resolve("mails");
    }

    String basisUrl() {
        return "http://localhost:" + httpPort + CONTEXT;
    }

    String jdbcUrl() {
        // rewriteBatchedStatements: one multi-row INSERT per batch (Connector/J 3.5)
        return "jdbc:mariadb://127.0.0.1:" + dbPort + "/werkerp?rewriteBatchedStatements=true";
    }

    Connection verbinde() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", EmbeddedMariaDb.USER);
        p.setProperty("password", EmbeddedMariaDb.PASSWORD);
        return new org.mariadb.jdbc.Driver().connect(jdbcUrl(), p);
    }

    Path log() {
        return log;
    }

    boolean laeuft() {
        return launcher.isAlive();
    }

    /** CPU time used so far by Payara, by MariaDB and by this JVM (the baseline runs here), in ms. */
    record Cpu(long payara, long mariadb, long selbst, double last) {

        static Cpu von(Umgebung u) {
            long payara = 0;
            long mariadb = 0;
            for (ProcessHandle h : u.launcher.descendants().toList()) {
                String cmd = h.info().commandLine().orElse("");
                long ms = h.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
                if (cmd.contains("payara-micro")) {
                    payara += ms;
                } else if (cmd.contains("mariadbd")) {
                    mariadb += ms;
                }
            }
            long selbst = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
            return new Cpu(payara, mariadb, selbst, loadavg());
        }

        Cpu seit(Cpu vorher) {
            return new Cpu(payara - vorher.payara, mariadb - vorher.mariadb, selbst - vorher.selbst,
                    Math.max(last, vorher.last));
        }

        /** e.g. "CPU Payara 3.1 s, MariaDB 0.4 s, Benchmark-JVM 0.1 s; Last 1.2" */
        String text() {
            return String.format(java.util.Locale.ROOT, "CPU Payara %.1f s, MariaDB %.1f s, Benchmark-JVM %.1f s;"
                    + " Systemlast (1 min) %.1f", payara / 1000.0, mariadb / 1000.0, selbst / 1000.0, last);
        }
    }

    /** The 1-minute load average (other processes on the machine distort the wall-clock figures). */
    static double loadavg() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private void warteAufGesundheit() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(basisUrl() + "/api/v1/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        int punkte = 0;
        while (System.nanoTime() < deadline) {
            if (!launcher.isAlive()) {
                throw new IOException("Der Launcher ist beim Start beendet worden (Exit-Code " + launcher.exitValue()
                        + "), siehe " + log + ":\n" + ende(log, 30));
            }
            try {
                if (client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    if (punkte > 0) {
                        System.out.println();
                    }
                    return;
                }
            } catch (IOException nochNicht) {
                // not listening yet
            }
            if (++punkte % 5 == 0) {
                System.out.print('.');
                System.out.flush();
            }
            launcher.waitFor(1, TimeUnit.SECONDS);
        }
        throw new IOException("WerkERP antwortet nach " + START_TIMEOUT.toMinutes() + " Minuten nicht auf "
                + basisUrl() + "/api/v1/health, siehe " + log + ":\n" + ende(log, 30));
    }

    /** Stops Payara, then MariaDB (SIGTERM to the launcher, whose shutdown hook does both). Idempotent. */
    @Override
    public void close() {
        if (!launcher.isAlive()) {
            return;
        }
        Bericht.zeile("Stoppe Payara und MariaDB ...");
        List<ProcessHandle> kinder = launcher.descendants().toList();
        launcher.destroy();
        try {
            if (!launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                Bericht.zeile("Launcher hat sich nicht rechtzeitig beendet: harter Abbruch");
                kinder.forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kinder.forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
        for (ProcessHandle k : kinder) {
            try {
                k.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                k.destroyForcibly();
            }
        }
        Bericht.zeile("Gestoppt.");
    }

    static String ende(Path datei, int zeilen) {
        try {
            List<String> alle = Files.readAllLines(datei, StandardCharsets.UTF_8);
            return String.join("\n", alle.subList(Math.max(0, alle.size() - zeilen), alle.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(" + datei + " nicht lesbar: " + e.getMessage() + ")";
        }
    }

    /** Deleting the data directory of a server that still runs would corrupt it: refuse instead. */
    private static void pruefeKeinAlterServer(Path datenDir) throws IOException {
        Path pid = datenDir.resolve("mariadbd.pid");
        if (!Files.isRegularFile(pid)) {
            return;
        }
        try {
            long nr = Long.parseLong(Files.readString(pid, StandardCharsets.US_ASCII).trim());
            if (ProcessHandle.of(nr).map(ProcessHandle::isAlive).orElse(false)
                    && ProcessHandle.of(nr).flatMap(h -> h.info().commandLine()).orElse("").contains("mariadbd")) {
                throw new IOException("In " + datenDir + " läuft noch ein MariaDB-Server (PID " + nr
                        + ", wohl von einem abgebrochenen Lauf): bitte beenden (kill " + nr + ") und neu starten.");
            }
        } catch (NumberFormatException ignored) {
            // stale file
        }
    }

    private static void loesche(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
