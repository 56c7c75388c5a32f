package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** The messages are those of MariaDB Connector/J 3.5 (MultiPrimaryClient) after a failover. */
class VerbindungsabbruchTest {

    @Test
    void a_transaction_lost_before_its_commit_saved_nothing() {
        SQLException e = new SQLTransientConnectionException("Driver has reconnect connection after a communications"
                + " link failure with address=(host=127.0.0.1)(port=3421)(type=primary). In progress transaction was"
                + " lost", "25S03");
        // as it reaches the REST layer: wrapped by the persistence provider and the EJB container
        RuntimeException verpackt = new RuntimeException("EJB", new IllegalStateException("JPA", e));
        assertEquals(Verbindungsabbruch.NICHTS_GESPEICHERT, Verbindungsabbruch.von(verpackt));
        assertEquals(true, Verbindungsabbruch.NICHTS_GESPEICHERT.meldung().contains("nichts gespeichert"));
    }

    @Test
    void a_connection_cut_at_the_commit_leaves_the_outcome_unknown() {
        SQLException e = new SQLTransientConnectionException("Driver has reconnect connection after a communications"
                + " failure with address=(host=127.0.0.1)(port=3421)(type=primary) during a COMMIT statement", "25S03");
        assertEquals(Verbindungsabbruch.UNGEWISS, Verbindungsabbruch.von(new RuntimeException(e)));
    }

    @Test
    void a_statement_cut_off_outside_a_transaction_may_have_been_executed() {
        SQLException e = new SQLTransientConnectionException("Driver has reconnect connection after a communications"
                + " link failure with 127.0.0.1:3421", "25S03");
        assertEquals(Verbindungsabbruch.UNGEWISS, Verbindungsabbruch.von(new RuntimeException(e)));
    }

    @Test
    void no_node_reachable_is_unknown_too() {
        SQLException e = new SQLNonTransientConnectionException("Socket fail to connect to host", "08000");
        assertEquals(Verbindungsabbruch.UNGEWISS, Verbindungsabbruch.von(e));
    }

    @Test
    void a_reconnected_connection_is_recognised_for_reading_again() {
        assertEquals(true, Verbindungsabbruch.neuVerbunden(new SQLTransientConnectionException("Driver has reconnect"
                + " connection after a communications link failure with 127.0.0.1:3421", "25S03")));
        assertEquals(false, Verbindungsabbruch.neuVerbunden(new SQLException("Lock wait timeout", "HY000", 1205)));
    }

    @Test
    void other_database_errors_are_no_broken_connection() {
        assertEquals(Verbindungsabbruch.KEINER, Verbindungsabbruch.von(new RuntimeException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertEquals(Verbindungsabbruch.KEINER, Verbindungsabbruch.von(new IllegalStateException("x")));
        assertNull(Verbindungsabbruch.KEINER.meldung());
    }
}
