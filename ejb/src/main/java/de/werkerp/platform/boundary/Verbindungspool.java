package de.werkerp.platform.boundary;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Pool usage for Prometheus (issue 18 item 4, docs/betrieb.md "Health and metrics"): two gauges in the application's
 * MicroProfile Metrics, {@value #BELEGT} (connections of the application's pool handed out now) and {@value #FREI}
 * (connections open and idle in the pool).
 *
 * <p>Why read this way: the pool is Payara's, made from {@code DatabaseStartup}'s {@code @DataSourceDefinition}.
 * Payara's own pool figures in {@code /metrics} (the vendor metrics {@code connection_pool_<pool>_…} of its
 * connection-pool health check) cover only pools configured as resources (domain.xml, glassfish-resources.xml), not a
 * {@code @DataSourceDefinition}'s, and its JDBC monitoring MBeans need AMX, which Payara Micro 6 does not start. The
 * pool manager itself answers for any pool: {@code PoolManager.getPoolStatus(PoolInfo)} (used/free), a service of
 * Payara's service locator ({@code Globals.getDefaultHabitat()}), visible to the application's class loader in Payara
 * Micro. Those are Payara internals, so they are reached by reflection without a compile-time dependency: on another
 * server, or if a Payara release changes them, the gauges show -1 and one warning is logged; nothing else depends on
 * them.
 */
@ApplicationScoped
public class Verbindungspool {

    public static final String BELEGT = "werkerp_datenbank_verbindungen_belegt";
    public static final String FREI = "werkerp_datenbank_verbindungen_frei";

    private static final Logger LOG = Logger.getLogger(Verbindungspool.class.getName());

    @Inject
    MetricRegistry registry;

    private volatile String poolname;
    private volatile Leser leser;
    private volatile boolean gewarnt;

    /** Payara's pool name of an application's {@code @DataSourceDefinition} (as its pool manager lists it). */
    static String poolname(String anwendung, String jndiName) {
        return "__SYSTEM/pools/__datasource_definition/" + anwendung + "/" + jndiName;
    }

    void registrieren(@Observes @Initialized(ApplicationScoped.class) Object start) {
        // here, in the application's context: /metrics is served outside it, where java:app names are unknown
        try {
            poolname = poolname((String) new InitialContext().lookup("java:app/AppName"), DatabaseStartup.DATASOURCE);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "application name not found (pool usage gauges show -1)", e);
        }
        registry.gauge(Metadata.builder().withName(BELEGT).withDescription("Connections of the application's database"
                + " pool in use now (-1: not readable)").build(), () -> wert(Leser::belegt));
        registry.gauge(Metadata.builder().withName(FREI).withDescription("Open idle connections in the application's"
                + " database pool (-1: not readable)").build(), () -> wert(Leser::frei));
    }

    private int wert(ToIntFunction<Leser> was) {
        try {
            Leser l = leser;
            if (l == null) {
                if (poolname == null) {
                    return -1;
                }
                l = new Leser(poolname);
                leser = l;
            }
            return was.applyAsInt(l);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (!gewarnt) {
                gewarnt = true;
                LOG.log(Level.WARNING, "database pool usage not readable (gauges show -1)", e);
            }
            return -1;
        }
    }

    /** Payara's pool manager and this application's pool, found once. */
    private static final class Leser {
        private final Object manager;
        private final Object pool;
        private final Method status;
        private final Method belegt;
        private final Method frei;

        Leser(String poolname) throws ReflectiveOperationException {
            ClassLoader cl = Verbindungspool.class.getClassLoader();
            Class<?> globals = Class.forName("org.glassfish.internal.api.Globals", true, cl);
            Class<?> locator = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, cl);
            Class<?> poolManager = Class.forName("com.sun.enterprise.resource.pool.PoolManager", true, cl);
            Class<?> poolInfo = Class.forName("org.glassfish.resourcebase.resources.api.PoolInfo", true, cl);
            Object habitat = globals.getMethod("getDefaultHabitat").invoke(null);
            manager = locator.getMethod("getService", Class.class, Annotation[].class).invoke(habitat, poolManager,
                    new Annotation[0]);
            if (manager == null) {
                throw new IllegalStateException("no PoolManager service");
            }
            pool = poolInfo.getConstructor(String.class).newInstance(poolname);
            status = poolManager.getMethod("getPoolStatus", poolInfo);
            Class<?> poolStatus = status.getReturnType();
            belegt = poolStatus.getMethod("getNumConnUsed");
            frei = poolStatus.getMethod("getNumConnFree");
            if (status.invoke(manager, pool) == null) {
                throw new IllegalStateException("no pool " + poolname);
            }
        }

        int belegt() {
            return lies(belegt);
        }

        int frei() {
            return lies(frei);
        }

        private int lies(Method m) {
            try {
                Object s = status.invoke(manager, pool);
                if (s == null) {
                    throw new IllegalStateException("pool gone");
                }
                return ((Number) m.invoke(s)).intValue();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
