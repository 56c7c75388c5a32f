package de.werkerp.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.werkerp.db.DatabaseMigration;

/**
 * The upgrade of a running installation (issue 18 item 4, docs/betrieb.md "Upgrade"): a database at the schema of
 * the previous release ({@link #VORIGES_RELEASE}), holding data of every kind the upgrade touches, is migrated to
 * this build's schema as the application does at its start. Every row must survive, the values stay, the new
 * columns have their neutral values, and the schema is then exactly what this build expects.
 *
 * <p>When a release is made, {@link #VORIGES_RELEASE} moves to its newest migration.
 */
class MigrationTest {

    /** The newest migration of the previous release (main at 00249a2). */
    static final String VORIGES_RELEASE = "23";

    private static final String DB = "werkerp_migration";
    private static final Path DIR = Path.of("target", "embedded-mariadb-migration").toAbsolutePath();

    private static EmbeddedMariaDb server;
    private static Map<String, Long> zeilenVorher;

    @BeforeAll
    static void vorigesReleaseMitDaten() throws Exception {
        server = EmbeddedMariaDb.start(freePort(), DIR, DB);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + DB);
            s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Flyway.configure().dataSource(url(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
                .locations(DatabaseMigration.LOCATION).target(MigrationVersion.fromVersion(VORIGES_RELEASE)).load()
                .migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO traeger (kennung, name) VALUES ('alt', 'Werkstätten Altbestand gGmbH')");
            s.execute("INSERT INTO einrichtung (tenant_id, name, art) SELECT id, 'Werkstatt Nord', 'WFBM' FROM traeger"
                    + " WHERE kennung = 'alt'");
            s.execute("INSERT INTO beschaeftigter (tenant_id, vorname, nachname, geburtsdatum, geschlecht)"
                    + " SELECT id, 'Jürgen', 'Öztürk', '1990-05-17', 'MAENNLICH' FROM traeger WHERE kennung = 'alt'");
            // a released run, a computed one and one left "running" by the previous release (a restart killed it)
            for (String[] lauf : new String[][] {{"2026-01-01", "FREIGEGEBEN", "1234.56"}, {"2026-02-01", "BERECHNET",
                "987.65"}, {"2026-03-01", "LAEUFT", "0"}}) {
                s.execute("INSERT INTO entgeltlauf (tenant_id, einrichtung_id, monat, status, summe_auszahlung,"
                        + " anzahl, berechnet_von, freigegeben_von) SELECT t.id, e.id, '" + lauf[0] + "', '" + lauf[1]
                        + "', " + lauf[2] + ", 1, 'alt/entgelt', " + ("FREIGEGEBEN".equals(lauf[1]) ? "'alt/leitung'"
                                : "NULL") + " FROM traeger t JOIN einrichtung e ON e.tenant_id = t.id WHERE t.kennung"
                        + " = 'alt'");
            }
            s.execute("INSERT INTO audit_eintrag (tenant_id, zeitpunkt, benutzer, aktion, objekttyp, objekt_id,"
                    + " neuer_wert) SELECT id, CURRENT_TIMESTAMP(3), 'alt/admin', 'ANGELEGT', 'Traeger', id,"
                    + " 'Grüße aus dem alten Release' FROM traeger WHERE kennung = 'alt'");
            s.execute("INSERT INTO zeitplan_lauf (aufgabe, tag, knoten, zeitpunkt) VALUES"
                    + " ('wahlfotos-nach-anfechtungsfrist', '2026-03-01', 'alt/1', CURRENT_TIMESTAMP(3))");
            zeilenVorher = zeilen(c);
        }
        // the upgrade: the new build's application migrates on its start
        DatabaseMigration.migrate(new org.mariadb.jdbc.MariaDbDataSource(url() + "?user=" + EmbeddedMariaDb.USER
                + "&password=" + EmbeddedMariaDb.PASSWORD));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void the_schema_is_then_exactly_what_this_build_expects() throws Exception {
        DatabaseMigration.Stand stand = DatabaseMigration.stand(new org.mariadb.jdbc.MariaDbDataSource(url()
                + "?user=" + EmbeddedMariaDb.USER + "&password=" + EmbeddedMariaDb.PASSWORD));
        assertTrue(stand.aktuell(), stand.toString());
        assertTrue(MigrationVersion.fromVersion(stand.version()).isNewerThan(VORIGES_RELEASE),
                "this build has migrations beyond the previous release: " + stand.version());
    }

    @Test
    void every_row_of_the_previous_release_survives() throws Exception {
        try (Connection c = connect()) {
            Map<String, Long> nachher = zeilen(c);
            List<String> verloren = new ArrayList<>();
            zeilenVorher.forEach((tabelle, n) -> {
                if (!tabelle.equals("flyway_schema_history") && nachher.getOrDefault(tabelle, -1L) < n) {
                    verloren.add(tabelle + " " + n + " -> " + nachher.get(tabelle));
                }
            });
            assertTrue(verloren.isEmpty(), "rows lost: " + verloren);
            assertTrue(zeilenVorher.get("traeger") >= 1 && zeilenVorher.get("entgeltlauf") == 3, zeilenVorher.toString());
        }
    }

    @Test
    void values_stay_and_the_new_lease_columns_are_empty() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT l.monat, l.status, l.summe_auszahlung, l.freigegeben_von,"
                        + " l.lease_bis_ms, l.lease_knoten FROM entgeltlauf l JOIN traeger t ON t.id = l.tenant_id"
                        + " WHERE t.kennung = 'alt' ORDER BY l.monat")) {
            List<String> laeufe = new ArrayList<>();
            while (r.next()) {
                laeufe.add(r.getString(1) + " " + r.getString(2) + " " + r.getBigDecimal(3) + " " + r.getString(4)
                        + " " + r.getObject(5) + " " + r.getObject(6));
            }
            // the run left LAEUFT has no lease: it counts as lapsed (wage.control.Lauflease), so it can be computed
            assertEquals(List.of("2026-01-01 FREIGEGEBEN 1234.56 alt/leitung null null",
                    "2026-02-01 BERECHNET 987.65 null null null", "2026-03-01 LAEUFT 0.00 null null null"), laeufe);
        }
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT b.vorname, b.nachname, a.neuer_wert FROM beschaeftigter b"
                        + " JOIN traeger t ON t.id = b.tenant_id JOIN audit_eintrag a ON a.tenant_id = t.id"
                        + " WHERE t.kennung = 'alt'")) {
            assertTrue(r.next());
            assertEquals("Jürgen Öztürk: Grüße aus dem alten Release", r.getString(1) + " " + r.getString(2) + ": "
                    + r.getString(3));
        }
    }

    @Test
    void the_audit_trail_still_refuses_changes_after_the_upgrade() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_eintrag SET neuer_wert = 'x'"));
            assertTrue(e.getMessage() != null, "refused by the trigger");
        }
    }

    private static Map<String, Long> zeilen(Connection c) throws SQLException {
        List<String> tabellen = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM"
                + " information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (r.next()) {
                tabellen.add(r.getString(1));
            }
        }
        Map<String, Long> n = new TreeMap<>();
        for (String t : tabellen) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + t + "`")) {
                r.next();
                n.put(t, r.getLong(1));
            }
        }
        return n;
    }

    private static String url() {
        return "jdbc:mariadb://127.0.0.1:" + server.port() + "/" + DB;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
