package de.werkerp.wage.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The lease of a run being computed, so that several application nodes can share the work safely (README "Cluster").
 *
 * <p>The node that starts a run marks it LAEUFT with a lease until {@code now + dauer} and renews it while it computes
 * ({@link #schreibenFaellig}: at most every {@link #TAKT}, never later than a quarter of the lease). While the lease
 * holds, no other node may start the month. If the node dies, nobody renews it: once {@code now > lease_bis} the run
 * counts as failed ({@link #abgelaufen}), any node may compute the month again, and nothing of the interrupted
 * computation is visible (its results are written in its one transaction, which the database rolls back when the
 * connection drops).
 *
 * <p>The duration comes from {@code WERKERP_LAUF_LEASE_SEKUNDEN} (default 60 s, at least 5 s): long against the
 * pauses of one node (a garbage collection, a slow commit), short against a clerk's patience.
 */
public final class Lauflease {

    public static final Duration STANDARD = Duration.ofSeconds(60);
    public static final Duration MINDESTENS = Duration.ofSeconds(5);
    /** Progress and lease are written at most this often (one small transaction each). */
    public static final Duration TAKT = Duration.ofSeconds(1);
    public static final String VARIABLE = "WERKERP_LAUF_LEASE_SEKUNDEN";

    private final Duration dauer;

    public Lauflease(Duration dauer) {
        if (dauer == null || dauer.compareTo(MINDESTENS) < 0) {
            throw new IllegalArgumentException("lease shorter than " + MINDESTENS.toSeconds() + " s: " + dauer);
        }
        this.dauer = dauer;
    }

    /** From the environment ({@value #VARIABLE}); unset, unreadable or too short: the default. */
    public static Lauflease aus(Map<String, String> env) {
        String v = env.get(VARIABLE);
        if (v != null && !v.isBlank()) {
            try {
                Duration d = Duration.ofSeconds(Long.parseLong(v.trim()));
                if (d.compareTo(MINDESTENS) >= 0) {
                    return new Lauflease(d);
                }
            } catch (NumberFormatException ignored) {
                // the default
            }
        }
        return new Lauflease(STANDARD);
    }

    public Duration dauer() {
        return dauer;
    }

    /** The end of a lease taken or renewed at {@code jetzt}, epoch ms. */
    public long bis(Instant jetzt) {
        return jetzt.plus(dauer).toEpochMilli();
    }

    /** True if a lease ending at {@code bisMs} (epoch ms; null: none) no longer holds at {@code jetzt}. */
    public static boolean abgelaufen(Long bisMs, Instant jetzt) {
        return bisMs == null || jetzt.toEpochMilli() > bisMs;
    }

    /** True if the computing node should write progress and renew the lease now (last write at {@code zuletzt}). */
    public boolean schreibenFaellig(Instant zuletzt, Instant jetzt) {
        if (zuletzt == null) {
            return true;
        }
        Duration abstand = TAKT.compareTo(dauer.dividedBy(4)) < 0 ? TAKT : dauer.dividedBy(4);
        return !jetzt.isBefore(zuletzt.plus(abstand));
    }
}
