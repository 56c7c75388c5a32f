package de.werkerp.platform.control;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The application's clock (German time), injectable as {@code @Inject Clock} so that date-dependent rules (e.g. the
 * warning from 1 November about next year's Rechengrößen) can be tested with a fixed clock.
 */
@ApplicationScoped
public class Uhr {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(BERLIN);
    }
}
