package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.wage.boundary.EntgeltlaufService;
import de.werkerp.wage.control.Laufmonitor;
import de.werkerp.wage.control.Laufpuls;
import de.werkerp.wage.entity.Entgeltlauf;
import de.werkerp.wage.entity.Laufstatus;

/**
 * In-container scenarios of the cluster rules (issue 18 item 2, README "Cluster") on the single test node: what two
 * nodes would do is done by two threads, and a dead node's run by setting its row as that node left it.
 */
final class ClusterScenarios {

    private ClusterScenarios() {
    }

    /**
     * The same month started by two callers at the same moment yields exactly one run; the other caller gets a German
     * message (the run was just started by another request). Returns the run.
     * <p>
     * "At the same moment" is made certain, not hoped for: the test holds the month's key (uq_lauf) in an open
     * transaction of its own until both callers wait for it inside their start, then gives it up. Without that hold a
     * busy machine may let the first caller finish computing before the second starts, which is a legitimate
     * recomputation and not the race under test (seen once in CI).
     */
    static Entgeltlauf zweiAufrufeEinLauf(CallerContext callers, EntgeltlaufService service,
            ManagedExecutorService pool, DataSource ds, Caller a, Caller b, Long einrichtung, YearMonth monat,
            int personen) throws Exception {
        List<Future<Object>> aufrufe = new ArrayList<>();
        try (Connection halter = ds.getConnection()) {
            halter.setAutoCommit(false);
            try {
                halteSchluessel(halter, callers, service, pool, aufrufe, a, b, einrichtung, monat);
            } finally {
                // the hold ends here, also on failure (rollback first: switching autocommit on would commit it)
                halter.rollback();
                halter.setAutoCommit(true);
            }
        }
        List<Object> ergebnisse = new ArrayList<>();
        for (Future<Object> f : aufrufe) {
            ergebnisse.add(f.get(5, TimeUnit.MINUTES));
        }
        List<Entgeltlauf> laeufe = ergebnisse.stream().filter(Entgeltlauf.class::isInstance)
                .map(Entgeltlauf.class::cast).toList();
        List<ValidationFailure> abgelehnt = ergebnisse.stream().filter(ValidationFailure.class::isInstance)
                .map(ValidationFailure.class::cast).toList();
        assertEquals(1, laeufe.size(), ergebnisse.toString());
        assertEquals(1, abgelehnt.size(), ergebnisse.toString());
        String meldung = abgelehnt.get(0).errors().get(0).message();
        assertTrue(meldung.startsWith("Der Entgeltlauf für " + String.format("%02d/%d", monat.getMonthValue(),
                monat.getYear())) && meldung.contains("soeben"), meldung);
        Entgeltlauf lauf = laeufe.get(0);
        assertEquals(Laufstatus.BERECHNET, lauf.getStatus());
        assertEquals(personen, lauf.getAnzahl());
        try (Connection c = ds.getConnection()) {
            assertEquals(1, zahl(c, "SELECT COUNT(*) FROM entgeltlauf WHERE einrichtung_id = ? AND monat = ?",
                    einrichtung, monat.atDay(1)));
            assertEquals(personen, zahl(c, "SELECT COUNT(*) FROM abrechnung WHERE lauf_id = ?", lauf.getId()));
            assertEquals(0, zahl(c, "SELECT COUNT(*) FROM entgeltlauf WHERE id = ? AND (lease_bis_ms IS NOT NULL"
                    + " OR lease_knoten IS NOT NULL)", lauf.getId()), "a computed run holds no lease");
        }
        return lauf;
    }

    /**
     * Inserts the month's key in the holder's open transaction, starts both callers and returns once both wait for
     * that key in InnoDB (the caller then rolls the hold back).
     */
    private static void halteSchluessel(Connection halter, CallerContext callers, EntgeltlaufService service,
            ManagedExecutorService pool, List<Future<Object>> aufrufe, Caller a, Caller b, Long einrichtung,
            YearMonth monat) throws Exception {
        try (PreparedStatement s = halter.prepareStatement("INSERT INTO entgeltlauf (tenant_id, einrichtung_id,"
                + " monat, status) VALUES (?, ?, ?, 'LAEUFT')")) {
            s.setLong(1, a.tenantId());
            s.setLong(2, einrichtung);
            s.setObject(3, monat.atDay(1));
            s.executeUpdate();
        }
        String eigeneTransaktion = text(halter, "SELECT trx_id FROM information_schema.INNODB_TRX"
                + " WHERE trx_mysql_thread_id = CONNECTION_ID()");
        for (Caller c : List.of(a, b)) {
            Callable<Object> aufruf = () -> {
                try {
                    return callers.runAs(c, () -> service.berechnenUndWarten(einrichtung, monat));
                } catch (RuntimeException e) {
                    return e;
                }
            };
            aufrufe.add(pool.submit(aufruf));
        }
        long bis = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        long wartende = 0;
        while (wartende < 2) {
            if (System.nanoTime() > bis) {
                String lage = zeilen(halter, "SELECT trx_id, trx_state, trx_mysql_thread_id, trx_query FROM"
                        + " information_schema.INNODB_TRX") + " / " + zeilen(halter, "SELECT * FROM"
                        + " information_schema.INNODB_LOCK_WAITS");
                for (Future<Object> f : aufrufe) {
                    lage += " / " + (f.isDone() ? String.valueOf(f.get()) : "läuft");
                }
                throw new AssertionError("both starts should wait for the month's key (held by "
                        + eigeneTransaktion + "), waiting: " + wartende + "; " + lage);
            }
            // InnoDB refreshes its information_schema view of transactions only after 0.1 s without a read
            Thread.sleep(250);
            wartende = zahl(halter, "SELECT COUNT(DISTINCT requesting_trx_id) FROM"
                    + " information_schema.INNODB_LOCK_WAITS WHERE blocking_trx_id = ?", eigeneTransaktion);
        }
    }

    /**
     * A run held by a live node (lease in the future) cannot be started here and shows that node's progress; once
     * the lease has lapsed (the node died) the run counts as failed and is computed here with the same totals.
     */
    static void leaseRegel(CallerContext callers, EntgeltlaufService service, Laufpuls puls, DataSource ds,
            Caller wer, Entgeltlauf vorher) throws Exception {
        Long id = vorher.getId();
        long jetzt = Instant.now().toEpochMilli();
        setze(ds, id, jetzt + 60_000, "anderer-knoten/2", 7, vorher.getAnzahl());
        assertEquals(new Laufmonitor.Fortschritt(7, vorher.getAnzahl()),
                callers.runAs(wer, () -> service.fortschritt(id)).orElse(null), "progress of the other node");
        ValidationFailure laeuft = assertThrows(ValidationFailure.class, () -> callers.runAs(wer,
                () -> service.berechnenUndWarten(vorher.getEinrichtung().getId(), vorher.getMonat())));
        assertTrue(laeuft.getMessage().contains("wird gerade berechnet"), laeuft.getMessage());

        // the other node died a second ago: its lease has lapsed
        setze(ds, id, Instant.now().toEpochMilli() - 1_000, "toter-knoten/3", 7, vorher.getAnzahl());
        assertTrue(callers.runAs(wer, () -> service.fortschritt(id)).isEmpty(), "no progress without a lease");
        puls.abgelaufeneBeenden(Instant.now());
        Entgeltlauf gescheitert = callers.runAs(wer, () -> service.lauf(id));
        assertEquals(Laufstatus.FEHLER, gescheitert.getStatus());
        assertTrue(gescheitert.getMeldung().contains("abgebrochen") && gescheitert.getMeldung()
                .contains("toter-knoten/3"), gescheitert.getMeldung());
        assertNull(gescheitert.getLeaseBisMs());

        Entgeltlauf neu = callers.runAs(wer, () -> service.berechnenUndWarten(vorher.getEinrichtung().getId(),
                vorher.getMonat()));
        assertEquals(Laufstatus.BERECHNET, neu.getStatus());
        assertEquals(vorher.getAnzahl(), neu.getAnzahl());
        assertEquals(0, vorher.getSummeAuszahlung().compareTo(neu.getSummeAuszahlung()),
                vorher.getSummeAuszahlung() + " vs " + neu.getSummeAuszahlung());
    }

    private static void setze(DataSource ds, Long id, long leaseBis, String knoten, int fertig, int gesamt)
            throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE entgeltlauf SET"
                + " status = 'LAEUFT', lease_bis_ms = ?, lease_knoten = ?, fortschritt = ?, gesamt = ? WHERE id = ?")) {
            s.setLong(1, leaseBis);
            s.setString(2, knoten);
            s.setInt(3, fertig);
            s.setInt(4, gesamt);
            s.setLong(5, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static String zeilen(Connection c, String sql) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                b.append('[');
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    b.append(i > 1 ? ", " : "").append(r.getString(i));
                }
                b.append(']');
            }
        }
        return b.toString();
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }

    private static long zahl(Connection c, String sql, Object... parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameter.length; i++) {
                s.setObject(i + 1, parameter[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
