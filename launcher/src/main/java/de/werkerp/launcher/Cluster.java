package de.werkerp.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Payara Data Grid (Hazelcast) options of one application node. Without {@code WERKERP_CLUSTER} the node runs
 * alone ({@code --nocluster}, the default run). With it, the instances of the same WAR form one cluster: HTTP
 * sessions are replicated (the WAR is {@code <distributable/>}), so a load balancer may send a signed-in user to any
 * node.
 *
 * <ul>
 * <li>{@code WERKERP_CLUSTER}: the members, {@code host:port,host:port,...} (TCP/IP discovery; multicast is rarely
 * allowed in data centres and not on loopback), passed as {@code --clustermode tcpip:...};</li>
 * <li>{@code WERKERP_CLUSTER_PORT}: this node's Data Grid port ({@code --startport}, default 6900);</li>
 * <li>{@code WERKERP_CLUSTER_NAME}: the cluster's name ({@code --clustername}, default werkerp), so that two
 * installations on one network never merge;</li>
 * <li>{@code WERKERP_NODE_NAME}: this instance's name ({@code --name}), shown in Payara's log;</li>
 * <li>{@code WERKERP_CLUSTER_INTERFACES}: the interfaces the Data Grid binds ({@code --interfaces}, e.g.
 * 127.0.0.1 or 10.0.0.*).</li>
 * </ul>
 */
final class Cluster {

    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

    private Cluster() {
    }

    /** The Payara Micro arguments for clustering (or for running alone). */
    static List<String> payaraArgumente(Map<String, String> env) {
        String members = env.getOrDefault("WERKERP_CLUSTER", "").trim();
        List<String> args = new ArrayList<>();
        if (members.isEmpty()) {
            args.add("--nocluster");
            return args;
        }
        for (String m : members.split(",")) {
            if (!MEMBER.matcher(m.trim()).matches()) {
                throw new IllegalArgumentException("WERKERP_CLUSTER: '" + m.trim()
                        + "' is not host:port (expected e.g. 10.0.0.11:6900,10.0.0.12:6900)");
            }
        }
        args.add("--clustermode");
        args.add("tcpip:" + members.replace(" ", ""));
        args.add("--startport");
        args.add(Integer.toString(port(env, "WERKERP_CLUSTER_PORT", 6900)));
        args.add("--clustername");
        args.add(name(env, "WERKERP_CLUSTER_NAME", "werkerp"));
        String node = env.getOrDefault("WERKERP_NODE_NAME", "").trim();
        if (!node.isEmpty()) {
            args.add("--name");
            args.add(name(env, "WERKERP_NODE_NAME", null));
        }
        String interfaces = env.getOrDefault("WERKERP_CLUSTER_INTERFACES", "").trim();
        if (!interfaces.isEmpty()) {
            args.add("--interfaces");
            args.add(interfaces);
        }
        return args;
    }

    private static String name(Map<String, String> env, String variable, String def) {
        String v = env.getOrDefault(variable, "").trim();
        if (v.isEmpty()) {
            return def;
        }
        if (!NAME.matcher(v).matches()) {
            throw new IllegalArgumentException(variable + ": only letters, digits, '.', '_' and '-' (" + v + ")");
        }
        return v;
    }

    private static int port(Map<String, String> env, String variable, int def) {
        String v = env.getOrDefault(variable, "").trim();
        if (v.isEmpty()) {
            return def;
        }
        try {
            int p = Integer.parseInt(v);
            if (p > 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // below
        }
        throw new IllegalArgumentException(variable + " is not a port: " + v);
    }
}
