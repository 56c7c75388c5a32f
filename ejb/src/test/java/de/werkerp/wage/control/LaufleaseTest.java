package de.werkerp.wage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LaufleaseTest {

    private static final Instant START = Instant.parse("2026-03-31T10:00:00Z");

    @Test
    void a_lease_taken_at_ten_oclock_for_60_s_holds_until_10_01_inclusive_and_lapses_a_millisecond_later() {
        Lauflease lease = new Lauflease(Duration.ofSeconds(60));
        long bis = lease.bis(START);
        assertEquals(Instant.parse("2026-03-31T10:01:00Z").toEpochMilli(), bis);
        assertFalse(Lauflease.abgelaufen(bis, START.plusSeconds(30)));
        assertFalse(Lauflease.abgelaufen(bis, START.plusSeconds(60)), "now == lease_bis still holds");
        assertTrue(Lauflease.abgelaufen(bis, START.plusSeconds(60).plusMillis(1)), "now > lease_bis: lapsed");
    }

    @Test
    void a_run_without_lease_counts_as_lapsed() {
        // runs marked LAEUFT before V24, or by a node that died before taking the lease
        assertTrue(Lauflease.abgelaufen(null, START));
    }

    @Test
    void the_computing_node_writes_once_a_second_and_for_short_leases_at_least_four_times_per_lease() {
        Lauflease minute = new Lauflease(Duration.ofSeconds(60));
        assertTrue(minute.schreibenFaellig(null, START), "first report");
        assertFalse(minute.schreibenFaellig(START, START.plusMillis(999)));
        assertTrue(minute.schreibenFaellig(START, START.plusSeconds(1)));
        Lauflease kurz = new Lauflease(Duration.ofSeconds(5));
        assertTrue(kurz.schreibenFaellig(START, START.plusSeconds(1)));
        // a renewal every second keeps a 5 s lease alive through four missed renewals
        assertFalse(Lauflease.abgelaufen(kurz.bis(START), START.plusSeconds(4)));
    }

    @Test
    void the_duration_comes_from_the_environment_with_60_s_by_default_and_5_s_at_least() {
        assertEquals(Duration.ofSeconds(60), Lauflease.aus(Map.of()).dauer());
        assertEquals(Duration.ofSeconds(12), Lauflease.aus(Map.of(Lauflease.VARIABLE, "12")).dauer());
        assertEquals(Duration.ofSeconds(60), Lauflease.aus(Map.of(Lauflease.VARIABLE, "2")).dauer());
        assertEquals(Duration.ofSeconds(60), Lauflease.aus(Map.of(Lauflease.VARIABLE, "eine Minute")).dauer());
        assertThrows(IllegalArgumentException.class, () -> new Lauflease(Duration.ofSeconds(4)));
    }
}
