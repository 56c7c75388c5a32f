package de.werkerp.db;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned schema migrations and reference data in {@code db/migration} with Flyway.
 * Called once on application start, before anything touches the database.
 */
public final class DatabaseMigration {

    public static final String LOCATION = "classpath:db/migration";

    private DatabaseMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
