package de.werkerp.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * With {@code --profil}: MariaDB's general query log (into the table {@code mysql.general_log}) during one step,
 * written to a file afterwards: every statement the application sent, with the server's timestamps (microseconds),
 * so the SQL of a step can be read and replayed. The log costs time itself; figures of a profiled run are for
 * finding causes, not for reporting.
 */
final class SqlProtokoll {

    private SqlProtokoll() {
    }

    static void beginne(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET GLOBAL general_log = 0");
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE TABLE mysql.general_log");
            s.execute("SET GLOBAL general_log = 1");
        }
    }

    /** Stops the log and writes it to {@code datei}; returns the number of entries. */
    static int beende(Connection c, Path datei) throws SQLException {
        int n = 0;
        try (Statement s = c.createStatement()) {
            s.execute("SET GLOBAL general_log = 0");
            try (ResultSet rs = s.executeQuery("SELECT DATE_FORMAT(event_time, '%H:%i:%s.%f'), thread_id,"
                    + " command_type, argument FROM mysql.general_log ORDER BY event_time");
                    Writer w = Files.newBufferedWriter(datei, StandardCharsets.UTF_8)) {
                while (rs.next()) {
                    String arg = rs.getString(4);
                    w.write(rs.getString(1) + "\t" + rs.getLong(2) + "\t" + rs.getString(3) + "\t"
                            + (arg == null ? "" : arg.length() > 2000 ? arg.substring(0, 2000) + " …" : arg)
                                    .replace('\n', ' ') + "\n");
                    n++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }
}
