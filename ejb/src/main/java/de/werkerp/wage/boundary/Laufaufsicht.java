package de.werkerp.wage.boundary;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import de.werkerp.wage.control.Lauflease;
import de.werkerp.wage.control.Laufpuls;

/**
 * Every 15 seconds: Entgeltläufe whose lease lapsed (their node died while computing, {@link Lauflease}) are marked
 * failed with a German message, so that no run stays "Wird berechnet" forever.
 *
 * <p><b>Cluster</b>: the timer fires on every node; the work is one conditional UPDATE, so it happens once: the first
 * node's statement changes the rows, the others find none (no claim row needed, unlike the daily photo deletion).
 * Starting the month again does not wait for this timer: {@code EntgeltlaufService.vorbereiten} itself treats a
 * lapsed lease as failed.
 */
@Singleton
public class Laufaufsicht {

    private static final Logger LOG = Logger.getLogger(Laufaufsicht.class.getName());

    @Inject
    Laufpuls puls;

    @Inject
    Clock uhr;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "entgeltlauf-lease")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void pruefen() {
        try {
            int n = puls.abgelaufeneBeenden(Instant.now(uhr));
            if (n > 0) {
                LOG.warning(() -> n + " Entgeltlauf/-läufe ohne gültige Lease als fehlgeschlagen markiert");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "checking the leases of running Entgeltläufe failed", e);
        }
    }
}
