package de.werkerp.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Server-wide MariaDB status counters (SHOW GLOBAL STATUS) before and after a step: how many statements the
 * application sent and how many rows InnoDB read and wrote. Includes the one status query of this connection.
 */
final class SqlZaehler {

    private static final String[] NAMEN = {"Questions", "Com_select", "Com_insert", "Com_update", "Com_delete",
        "Com_stmt_execute", "Rows_read", "Rows_sent", "Handler_write"};

    private final Map<String, Long> werte;

    private SqlZaehler(Map<String, Long> werte) {
        this.werte = werte;
    }

    static SqlZaehler jetzt(Connection c) throws SQLException {
        Map<String, Long> w = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE"
                + " Variable_name IN ('" + String.join("','", NAMEN) + "')")) {
            while (rs.next()) {
                w.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getLong(2));
            }
        }
        return new SqlZaehler(w);
    }

    /** The difference since {@code vorher}, e.g. "1,523 Anweisungen (5 SELECT, 1,502 INSERT, ...)". */
    String seit(SqlZaehler vorher) {
        return String.format(java.util.Locale.ROOT, "%,d Anweisungen (%,d SELECT, %,d INSERT, %,d UPDATE,"
                + " %,d DELETE, %,d Prepared-Ausführungen); %,d Zeilen gelesen, %,d gesendet, %,d geschrieben",
                d(vorher, "questions"), d(vorher, "com_select"), d(vorher, "com_insert"), d(vorher, "com_update"),
                d(vorher, "com_delete"), d(vorher, "com_stmt_execute"), d(vorher, "rows_read"),
                d(vorher, "rows_sent"), d(vorher, "handler_write"));
    }

    private long d(SqlZaehler vorher, String name) {
        return werte.getOrDefault(name, 0L) - vorher.werte.getOrDefault(name, 0L);
    }
}
