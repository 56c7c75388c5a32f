package de.werkerp.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClusterTest {

    @Test
    void without_members_the_node_runs_alone() {
        assertEquals(List.of("--nocluster"), Cluster.payaraArgumente(Map.of()));
        assertEquals(List.of("--nocluster"), Cluster.payaraArgumente(Map.of("WERKERP_CLUSTER", " ")));
    }

    @Test
    void members_become_tcpip_discovery_with_port_name_and_interfaces() {
        List<String> args = Cluster.payaraArgumente(Map.of("WERKERP_CLUSTER", "127.0.0.1:6900, 127.0.0.1:6901",
                "WERKERP_CLUSTER_PORT", "6901", "WERKERP_NODE_NAME", "knoten-2", "WERKERP_CLUSTER_INTERFACES",
                "127.0.0.1"));
        assertEquals(List.of("--clustermode", "tcpip:127.0.0.1:6900,127.0.0.1:6901", "--startport", "6901",
                "--clustername", "werkerp", "--name", "knoten-2", "--interfaces", "127.0.0.1"), args);
    }

    @Test
    void a_member_without_port_or_a_bad_name_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cluster.payaraArgumente(Map.of("WERKERP_CLUSTER", "app1")));
        assertTrue(e.getMessage().contains("host:port"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cluster.payaraArgumente(Map.of("WERKERP_CLUSTER",
                "app1:6900", "WERKERP_CLUSTER_NAME", "a b")));
        assertThrows(IllegalArgumentException.class, () -> Cluster.payaraArgumente(Map.of("WERKERP_CLUSTER",
                "app1:6900", "WERKERP_CLUSTER_PORT", "70000")));
    }
}
