package de.werkerp.platform.boundary;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.api.output.MigrateResult;

import de.werkerp.db.DatabaseMigration;

/**
 * The application's database: an external MariaDB given by the environment variables
 * WERKERP_DB_URL, WERKERP_DB_USER and WERKERP_DB_PASSWORD (the launcher sets them for the embedded
 * one). On start, the schema migrations are applied before anything else runs.
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATASOURCE,
        className = "de.werkerp.datasource.WerkErpDataSource",
        url = "${ENV=WERKERP_DB_URL}",
        user = "${ENV=WERKERP_DB_USER}",
        password = "${ENV=WERKERP_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseStartup {

    public static final String DATASOURCE = "java:app/jdbc/werkerp";

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = DatabaseMigration.migrate(dataSource);
        LOG.info(() -> "WerkERP database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
