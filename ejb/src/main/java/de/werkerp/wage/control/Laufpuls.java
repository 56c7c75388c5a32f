package de.werkerp.wage.control;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The database side of {@link Lauflease}: the computing node writes its progress and renews its lease in a
 * transaction of its own (so every node reads the progress while the computation's own transaction is still open),
 * and any node turns runs whose lease has lapsed into failed runs. Plain statements on {@code entgeltlauf} by id,
 * without the entity (its version stays untouched, the computation's transaction updates the row at its end).
 */
@ApplicationScoped
public class Laufpuls {

    private static final Logger LOG = Logger.getLogger(Laufpuls.class.getName());
    private static final String KNOTEN = knotenname();

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    @Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService zeitgeber;

    /** The pulse of one computation: renews the lease every second until stopped; knows if the run was lost. */
    public static final class Puls implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicBoolean verloren = new java.util.concurrent.atomic.AtomicBoolean();
        private volatile java.util.concurrent.ScheduledFuture<?> aufgabe;

        /** True if another node took the run over (this node's lease had lapsed): the computation must stop. */
        public boolean verloren() {
            return verloren.get();
        }

        @Override
        public void close() {
            java.util.concurrent.ScheduledFuture<?> a = aufgabe;
            if (a != null) {
                a.cancel(false);
            }
        }
    }

    /**
     * Starts renewing the lease of a run this node computes, every {@link Lauflease#TAKT} on a managed timer thread
     * (independent of the computation's phases: loading, computing, saving), writing the progress the computation
     * reports. Close the returned pulse when the computation ends.
     */
    public Puls starte(Long laufId, Lauflease lease, java.util.function.Supplier<Laufmonitor.Fortschritt> fortschritt) {
        Puls puls = new Puls();
        long takt = Lauflease.TAKT.toMillis();
        puls.aufgabe = zeitgeber.scheduleAtFixedRate(() -> {
            Laufmonitor.Fortschritt f = fortschritt.get();
            int fertig = f == null ? 0 : f.fertig();
            int gesamt = f == null ? 0 : f.gesamt();
            if (!erneuern(laufId, lease.bis(Instant.now()), fertig, gesamt)) {
                // the run is not LAEUFT for this node any more: finished (the task is being cancelled) or taken over
                puls.verloren.set(true);
                puls.close();
            }
        }, takt, takt, java.util.concurrent.TimeUnit.MILLISECONDS);
        return puls;
    }

    /** This node's name in {@code lease_knoten} (WERKERP_NODE_NAME or the host name, and the process id). */
    public static String knoten() {
        return KNOTEN;
    }

    /**
     * Writes progress and the renewed lease of a run this node computes (auto-commit, on the timer's thread, outside
     * the computation's transaction). Returns false if the run is no longer this node's LAEUFT run.
     */
    public boolean erneuern(Long laufId, long leaseBisMs, int fertig, int gesamt) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE entgeltlauf SET lease_bis_ms = ?, fortschritt = ?,"
                        + " gesamt = ? WHERE id = ? AND status = 'LAEUFT' AND lease_knoten = ?")) {
            s.setLong(1, leaseBisMs);
            s.setInt(2, fertig);
            s.setInt(3, gesamt);
            s.setLong(4, laufId);
            s.setString(5, KNOTEN);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            // a missed renewal is no failure of the run: the next one (or the lease's margin) covers it
            LOG.log(Level.WARNING, "Entgeltlauf " + laufId + ": lease not renewed", e);
            return true;
        }
    }

    /**
     * Marks every run whose lease lapsed before {@code jetzt} as failed (all tenants: a status change of runs nobody
     * computes any more, no tenant data is read). Idempotent: with several nodes, the first one's statement changes
     * the rows, the others' find none. Returns the number of runs marked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int abgelaufeneBeenden(Instant jetzt) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE entgeltlauf SET status = 'FEHLER', meldung = CONCAT("
                        + "'Die Berechnung wurde abgebrochen: der rechnende Server (', COALESCE(lease_knoten, '?'),"
                        + " ') hat sich nicht mehr gemeldet. Es wurde nichts davon gespeichert; bitte neu berechnen.'),"
                        + " lease_bis_ms = NULL, lease_knoten = NULL, version = version + 1"
                        + " WHERE status = 'LAEUFT' AND (lease_bis_ms IS NULL OR lease_bis_ms < ?)")) {
            s.setLong(1, jetzt.toEpochMilli());
            return s.executeUpdate();
        }
    }

    private static String knotenname() {
        String name = System.getenv("WERKERP_NODE_NAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "knoten";
            }
        }
        String k = name.trim() + "/" + ProcessHandle.current().pid();
        return k.length() > 190 ? k.substring(0, 190) : k;
    }
}
