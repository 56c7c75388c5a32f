package de.werkerp.platform.control;

import java.sql.SQLException;
import java.util.Locale;

/**
 * What a request that failed because the database connection broke (a Galera node died, README "Cluster") may tell
 * its caller. The MariaDB driver with a failover URL ({@code jdbc:mariadb:sequential://db1,db2,db3/…}) connects to
 * the next node at once and reports the break with SQLSTATE {@code 25S03}: "In progress transaction was lost" when it
 * happened before the commit (the dead node never committed it: nothing was saved, repeating is safe), "… during a
 * COMMIT statement" when the commit itself was cut off (the node may have committed and replicated it or not: the
 * outcome is unknown). Without a working node it reports a connection error (SQLSTATE class {@code 08}), also
 * without knowing how far the transaction got.
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
                    return text.contains("COMMIT") ? UNGEWISS : NICHTS_GESPEICHERT;
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
