package de.werkerp.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness (MicroProfile Health, {@code /health/live}): the application is deployed and answers. It does not look at
 * the database on purpose: a database outage makes the node not ready ({@link Bereitschaft}), it is no reason to
 * restart the application server.
 */
@Liveness
@ApplicationScoped
public class Lebenszeichen implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("werkerp");
    }
}
