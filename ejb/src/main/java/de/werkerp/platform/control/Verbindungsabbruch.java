package de.werkerp.platform.control;

import java.sql.SQLException;
import java.util.Locale;

/**
 * What a request that failed because the database connection broke (a Galera node died, README "Cluster") may tell
 * its caller. The MariaDB driver with a failover URL ({@code jdbc:mariadb:sequential://db1,db2,db3/…}) connects to
 * the next node at once and reports the break with SQLSTATE {@code 25S03}: "In progress transaction was lost" when it
 * happened before the commit (the dead node never committed it: nothing was saved, repeating is safe), "… during a
 * COMMIT statement" when the commit itself was cut off (the node may have committed and replicated it or not: the
 * outcome is unknown). A statement outside a transaction gets "Driver has reconnect connection after a communications
 * link failure" alone: it may have been executed (autocommit), so that counts as unknown too, as does a connection
 * error without any working node (SQLSTATE class {@code 08}).
 *
 * <p>The driver could replay a lost transaction itself ({@code transactionReplay=true}); WerkERP does not use that,
 * see docs/betrieb.md "Database URL".
 */
public enum Verbindungsabbruch {
    /** Not a broken connection. */
    KEINER,
    /** The transaction was lost before its commit: nothing saved, the request may be repeated. */
    NICHTS_GESPEICHERT,
    /** The connection broke at the commit or the state is unknown: check before repeating. */
    UNGEWISS;

    /** SQLSTATE of Connector/J for "connection re-established to another node after a failure". */
    static final String NEU_VERBUNDEN = "25S03";

    public static Verbindungsabbruch von(Throwable e) {
        Verbindungsabbruch ergebnis = KEINER;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String text = sql.getMessage() == null ? "" : sql.getMessage().toUpperCase(Locale.ROOT);
                if (NEU_VERBUNDEN.equals(state)) {
                    // only the driver's explicit "transaction was lost" says nothing was committed; a statement that
                    // failed outside a transaction (autocommit) or at the COMMIT may have been committed
                    return text.contains("TRANSACTION WAS LOST") && !text.contains("COMMIT") ? NICHTS_GESPEICHERT
                            : UNGEWISS;
                }
                if (state.startsWith("08")) {
                    ergebnis = UNGEWISS;
                }
            }
        }
        return ergebnis;
    }

    /**
     * True if the driver re-established the connection to another node after a failure ({@code 25S03}) and the
     * statement was not executed: a read may simply be sent again.
     */
    public static boolean neuVerbunden(SQLException e) {
        return NEU_VERBUNDEN.equals(e.getSQLState());
    }

    /** The German message for the caller. */
    public String meldung() {
        return switch (this) {
            case NICHTS_GESPEICHERT -> "Die Verbindung zur Datenbank ist während der Anfrage abgebrochen (Ausfall eines"
                    + " Datenbankservers). Es wurde nichts gespeichert; bitte erneut versuchen.";
            case UNGEWISS -> "Die Verbindung zur Datenbank ist während des Speicherns abgebrochen (Ausfall eines"
                    + " Datenbankservers). Ob gespeichert wurde, ist nicht sicher: bitte neu laden und prüfen, bevor"
                    + " Sie es erneut versuchen.";
            case KEINER -> null;
        };
    }
}
