package de.werkerp.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Payara settings of a node under load (README "Load test"), as asadmin commands run before Payara boots
 * ({@code --prebootcommandfile}, together with those of {@link PayaraSicherheit}).
 *
 * <ul>
 * <li><b>Sessions of a node running alone stay in memory.</b> Payara Micro's default for a {@code <distributable/>}
 * application is the replicated session store: after every request the session is read back from the store and
 * deserialised, every change serialised again, even with {@code --nocluster} and no other node to replicate to.
 * Under load thread dumps showed a quarter of the request threads deserialising sessions (and queueing for the
 * web class loader's lock on the way), and most of the JVM's time went to collecting the garbage of it. In a
 * cluster ({@code WERKERP_CLUSTER}) the store stays: there the sessions must survive a node.</li>
 * <li><b>A pool of stateless beans as large as the request threads</b> (Payara's HTTP pool has 200): with Payara's
 * default of 32, under 100 users every bean beyond 32 was created for one call and discarded after it, and
 * creating one looks up its resources in JNDI, which copies them by serialisation.</li>
 * </ul>
 */
final class Knotenbetrieb {

    private static final String CONFIG = "configs.config.server-config.";

    /** The stateless session bean pool per bean (Payara's default 32; its HTTP thread pool has 200 threads). */
    static final int EJB_POOL = 200;

    private Knotenbetrieb() {
    }

    /** @param imCluster whether the node is a member of a cluster (sessions replicated) */
    static List<String> prebootBefehle(boolean imCluster) {
        List<String> b = new ArrayList<>();
        b.add("set " + CONFIG + "ejb-container.max-pool-size=" + EJB_POOL);
        if (!imCluster) {
            b.add("set " + CONFIG + "availability-service.web-container-availability.availability-enabled=false");
        }
        return b;
    }
}
