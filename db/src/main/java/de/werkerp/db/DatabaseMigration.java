package de.werkerp.db;

import javax.sql.DataSource;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
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
        return flyway(dataSource).migrate();
    }

    /**
     * The schema's state compared with the migrations in this build (for the readiness check).
     *
     * @param version the newest applied version, null on an empty database
     * @param pending migrations of this build not applied yet
     * @param failed applied migrations recorded as failed
     */
    public record Stand(String version, int pending, int failed) {

        /** True when the schema is exactly what this build expects. */
        public boolean aktuell() {
            return pending == 0 && failed == 0 && version != null;
        }
    }

    public static Stand stand(DataSource dataSource) {
        MigrationInfoService info = flyway(dataSource).info();
        MigrationInfo current = info.current();
        int failed = (int) Arrays.stream(info.all()).filter(i -> i.getState().isFailed()).count();
        return new Stand(current == null || current.getVersion() == null ? null : current.getVersion().getVersion(),
                info.pending().length, failed);
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load();
    }
}
