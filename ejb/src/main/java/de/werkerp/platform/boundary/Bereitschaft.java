package de.werkerp.platform.boundary;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import de.werkerp.db.DatabaseMigration;

/**
 * Readiness (MicroProfile Health, {@code /health/ready}): the database answers and its schema has every migration
 * of this build applied, none pending or failed. A node that is not ready gets no requests from the load balancer.
 * Reports nothing about tenants; see docs/betrieb.md.
 */
@Readiness
@ApplicationScoped
public class Bereitschaft implements HealthCheck {

    static final String NAME = "werkerp-datenbank";

    @Resource(lookup = DatabaseStartup.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named(NAME);
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(2)) {
                return r.down().withData("datenbank", "keine Antwort").build();
            }
        } catch (SQLException | RuntimeException e) {
            return r.down().withData("datenbank", "nicht erreichbar").build();
        }
        r.withData("datenbank", "erreichbar");
        try {
            DatabaseMigration.Stand stand = DatabaseMigration.stand(dataSource);
            r.withData("schema", stand.version() == null ? "leer" : "V" + stand.version())
                    .withData("ausstehend", stand.pending())
                    .withData("fehlgeschlagen", stand.failed());
            return r.status(stand.aktuell()).build();
        } catch (RuntimeException e) {
            return r.down().withData("schema", "nicht lesbar").build();
        }
    }
}
