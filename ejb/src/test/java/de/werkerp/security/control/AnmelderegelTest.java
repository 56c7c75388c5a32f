package de.werkerp.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The lock per user name and the rising delay per address, with a clock the test moves (issue 16 item 2). */
class AnmelderegelTest {

    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");

    /** A sign-in in miniature: the rule decides, a wrong password is recorded as a failure of name and address. */
    private static final class Anmeldungen {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        final List<Instant> name = new ArrayList<>();
        final List<Instant> adresse = new ArrayList<>();

        void warte(Duration d) {
            clock = Clock.offset(clock, d);
        }

        Optional<Anmelderegel.Sperre> versuch(boolean richtig) {
            Optional<Anmelderegel.Sperre> sperre = Anmelderegel.pruefen(name, adresse, false, clock.instant());
            if (sperre.isEmpty()) {
                if (richtig) {
                    name.clear(); // success clears the name's failures, never the address's
                } else {
                    name.add(clock.instant());
                    adresse.add(clock.instant());
                }
            }
            return sperre;
        }
    }

    @Test
    void tenth_failure_locks_the_name_and_the_eleventh_attempt_is_refused_even_with_the_right_password() {
        List<Instant> fehler = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            fehler.add(START.plus(Duration.ofMinutes(i))); // 08:00 … 08:08
        }
        Instant jetzt = START.plus(Duration.ofMinutes(9));
        assertEquals(Optional.empty(), Anmelderegel.namensperreBis(fehler, jetzt), "9 failures: not locked yet");
        fehler.add(jetzt); // the 10th failure at 08:09, 9 minutes after the first
        assertEquals(Optional.of(Instant.parse("2026-12-07T08:24:00Z")), Anmelderegel.namensperreBis(fehler, jetzt));
        Optional<Anmelderegel.Sperre> elfter = Anmelderegel.pruefen(fehler, List.of(), true, jetzt.plusSeconds(1));
        assertTrue(elfter.isPresent());
        assertEquals(Anmelderegel.Grund.NAME, elfter.get().grund());
        assertEquals(899, elfter.get().sekunden(jetzt.plusSeconds(1)));
        assertEquals("Zu viele fehlgeschlagene Anmeldeversuche für diesen Benutzernamen. Die Anmeldung ist gesperrt;"
                + " bitte versuchen Sie es in 15 Minuten erneut.", elfter.get().meldung(jetzt.plusSeconds(1)));
    }

    @Test
    void ten_failures_spread_over_more_than_fifteen_minutes_do_not_lock() {
        List<Instant> fehler = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            fehler.add(START.plus(Duration.ofMinutes(2L * i))); // 08:00 … 08:18: 18 minutes from 1st to 10th
        }
        assertEquals(Optional.empty(), Anmelderegel.namensperreBis(fehler, START.plus(Duration.ofMinutes(18))));
        fehler.add(START.plus(Duration.ofMinutes(19))); // 08:02 … 08:19: ten within 15 minutes? 17 minutes, no
        assertEquals(Optional.empty(), Anmelderegel.namensperreBis(fehler, START.plus(Duration.ofMinutes(19))));
        fehler.add(START.plus(Duration.ofMinutes(19))); // ten from 08:04 to 08:19: exactly 15 minutes, locked
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(34))),
                Anmelderegel.namensperreBis(fehler, START.plus(Duration.ofMinutes(19))));
    }

    @Test
    void the_lock_ends_fifteen_minutes_after_the_tenth_failure_and_the_right_password_then_works() {
        Anmeldungen a = new Anmeldungen();
        for (int i = 1; i <= 10; i++) {
            // every failure from a different address here, so only the name's rule is at work
            assertEquals(Optional.empty(), a.versuch(false), "failure " + i + " is checked");
            a.adresse.clear();
            a.warte(Duration.ofSeconds(30));
        }
        Instant zehnter = START.plus(Duration.ofSeconds(270));
        // the 11th attempt, with the right password: refused, and refused attempts do not extend the lock
        for (int i = 0; i < 3; i++) {
            Optional<Anmelderegel.Sperre> s = a.versuch(true);
            assertEquals(Anmelderegel.Grund.NAME, s.orElseThrow().grund());
            assertEquals(zehnter.plus(Duration.ofMinutes(15)), s.get().bis());
        }
        assertEquals(10, a.name.size());
        a.clock = Clock.fixed(zehnter.plus(Duration.ofMinutes(15)).minusMillis(1), ZoneOffset.UTC);
        assertTrue(a.versuch(true).isPresent(), "one millisecond before the end still locked");
        a.clock = Clock.fixed(zehnter.plus(Duration.ofMinutes(15)), ZoneOffset.UTC);
        assertEquals(Optional.empty(), a.versuch(true), "after 15 minutes the right password is accepted");
        assertTrue(a.name.isEmpty(), "and clears the name's failures");
    }

    @Test
    void delay_per_address_doubles_from_the_fifth_failure_and_is_capped_at_ten_seconds() {
        assertEquals(Duration.ZERO, Anmelderegel.verzoegerung(4));
        assertEquals(Duration.ofSeconds(1), Anmelderegel.verzoegerung(5));
        assertEquals(Duration.ofSeconds(2), Anmelderegel.verzoegerung(6));
        assertEquals(Duration.ofSeconds(4), Anmelderegel.verzoegerung(7));
        assertEquals(Duration.ofSeconds(8), Anmelderegel.verzoegerung(8));
        assertEquals(Duration.ofSeconds(10), Anmelderegel.verzoegerung(9));
        assertEquals(Duration.ofSeconds(10), Anmelderegel.verzoegerung(500));
    }

    @Test
    void an_address_guessing_many_names_must_wait_1_2_4_8_then_10_seconds_between_attempts() {
        Anmeldungen a = new Anmeldungen();
        for (int i = 1; i <= 5; i++) {
            assertEquals(Optional.empty(), a.versuch(false), "failure " + i + " without delay");
            a.name.clear(); // a different user name each time: only the address's rule is at work
        }
        long[] erwartet = {1, 2, 4, 8, 10, 10, 10};
        for (long sekunden : erwartet) {
            Optional<Anmelderegel.Sperre> zuFrueh = a.versuch(false);
            assertEquals(Anmelderegel.Grund.ADRESSE, zuFrueh.orElseThrow().grund());
            assertEquals(sekunden, zuFrueh.get().sekunden(a.clock.instant()));
            a.warte(Duration.ofSeconds(sekunden).minusMillis(1));
            assertTrue(a.versuch(false).isPresent(), "still too early by a millisecond");
            a.warte(Duration.ofMillis(1));
            assertEquals(Optional.empty(), a.versuch(false), "after " + sekunden + " s the attempt is checked");
            a.name.clear();
        }
        assertEquals("Zu viele fehlgeschlagene Anmeldeversuche von Ihrer Adresse. Bitte warten Sie 10 Sekunden und"
                + " versuchen Sie es dann erneut.", a.versuch(false).orElseThrow().meldung(a.clock.instant()));
        // a remembered, already verified login from that address is not delayed
        assertFalse(Anmelderegel.pruefen(List.of(), a.adresse, true, a.clock.instant()).isPresent());
    }

    @Test
    void failures_of_an_address_older_than_fifteen_minutes_no_longer_count() {
        List<Instant> fehler = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fehler.add(START.plusSeconds(i));
        }
        assertTrue(Anmelderegel.adressverzoegerungBis(fehler, START.plusSeconds(8)).isPresent());
        // 15 minutes after the 4th failure only 4 count: no delay
        assertEquals(Optional.empty(), Anmelderegel.adressverzoegerungBis(fehler, START.plus(Duration.ofMinutes(15)).plusSeconds(3)));
    }
}
