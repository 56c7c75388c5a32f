package de.werkerp.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts a real MariaDB (takes 10–40 s): the data survives stop/start, the server is 11.4 and
 * speaks utf8mb4.
 */
class EmbeddedMariaDbTest {

    private static final String GREETING = "Grüße aus der Werkstatt – ÄÖÜ ß €";

    @Test
    void dataSurvivesRestart() throws Exception {
        Path dir = Path.of("target", "embedded-mariadb-test");
        // fresh database every run; the unpacked binaries (mariadb-base) are reused
        deleteRecursively(dir.resolve("mariadb-data"));
        int port = freePort();

        long t0 = System.nanoTime();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(port, dir, "werkerp_test");
        long firstStart = System.nanoTime() - t0;
        try {
            assertEquals("jdbc:mariadb://127.0.0.1:" + port + "/werkerp_test", db.jdbcUrl());
            assertSame(db, EmbeddedMariaDb.start(port, dir, "werkerp_test"), "idempotent start");
            assertThrows(IllegalStateException.class,
                    () -> EmbeddedMariaDb.start(port, dir.resolve("other"), "werkerp_test"));

            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                String version = c.getMetaData().getDatabaseProductVersion();
                assertTrue(version.contains("MariaDB") && version.contains("11.4"), version);
                assertEquals("utf8mb4", scalar(s, "SELECT @@character_set_server"));
                assertEquals("utf8mb4_unicode_ci", scalar(s, "SELECT @@collation_server"));
                assertEquals("utf8mb4", scalar(s, "SELECT DEFAULT_CHARACTER_SET_NAME FROM"
                        + " information_schema.SCHEMATA WHERE SCHEMA_NAME = 'werkerp_test'"));
                assertEquals("127.0.0.1", scalar(s, "SELECT @@bind_address"));
                s.execute("CREATE TABLE gruss (id INT PRIMARY KEY, text VARCHAR(100) NOT NULL)");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO gruss VALUES (1, ?)")) {
                    ps.setString(1, GREETING);
                    ps.executeUpdate();
                }
            }
        } finally {
            db.stop();
        }
        assertFalse(db.isRunning());
        assertFalse(isListening(port), "port closed after stop()");
        db.stop(); // idempotent

        t0 = System.nanoTime();
        EmbeddedMariaDb again = EmbeddedMariaDb.start(port, dir, "werkerp_test");
        long restart = System.nanoTime() - t0;
        try (Connection c = again.connect(); Statement s = c.createStatement()) {
            assertEquals(GREETING, scalar(s, "SELECT text FROM gruss WHERE id = 1"));
        } finally {
            again.stop();
        }
        System.out.printf("EmbeddedMariaDbTest: first start %d ms, restart %d ms%n",
                firstStart / 1_000_000, restart / 1_000_000);
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean isListening(int port) {
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
