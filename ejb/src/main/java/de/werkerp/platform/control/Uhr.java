package de.werkerp.platform.control;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The application's clock (German time), injectable as {@code @Inject Clock} so that date-dependent rules (e.g. the
 * warning from 1 November about next year's Rechengrößen, the end of retention periods) can be tested with a fixed
 * clock. {@link #stellen} moves it for the in-container integration tests (e.g. to a day after a retention period);
 * no page, REST resource or boundary calls it, so in production it is always the system clock.
 */
@ApplicationScoped
public class Uhr {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Verstellbar uhr = new Verstellbar();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return uhr;
    }

    /** Tests only: from now on the clock shows this instant (and stands still); {@link #zuruecksetzen} undoes it. */
    public void stellen(Instant jetzt) {
        uhr.basis = Clock.fixed(jetzt, BERLIN);
    }

    /** Tests only: back to the system clock. */
    public void zuruecksetzen() {
        uhr.basis = Clock.system(BERLIN);
    }

    /** The system clock of Europe/Berlin, or a fixed one while a test has set it. */
    private static final class Verstellbar extends Clock {
        private volatile Clock basis = Clock.system(BERLIN);

        @Override
        public ZoneId getZone() {
            return basis.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return basis.withZone(zone);
        }

        @Override
        public Instant instant() {
            return basis.instant();
        }

        @Override
        public long millis() {
            return basis.millis();
        }
    }
}
