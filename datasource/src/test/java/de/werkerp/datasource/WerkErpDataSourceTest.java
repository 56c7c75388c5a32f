package de.werkerp.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class WerkErpDataSourceTest {

    private final List<String> calls = new ArrayList<>();

    /** A connection that only records which prepareStatement variant reached it. */
    private final Connection recording = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                calls.add(method.getName() + Arrays.toString(args));
                return null;
            });

    private final Connection connection = WerkErpDataSource.forBatches(recording);

    @Test
    void the_pools_default_prepare_reaches_the_driver_as_plain_prepare_so_batches_can_be_bulk() throws Exception {
        connection.prepareStatement("INSERT INTO t VALUES (?)", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        assertEquals(List.of("prepareStatement[INSERT INTO t VALUES (?)]"), calls);
    }

    @Test
    void other_variants_pass_unchanged() throws Exception {
        connection.prepareStatement("SELECT 1", ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY);
        connection.prepareStatement("INSERT INTO t VALUES (?)", Statement.RETURN_GENERATED_KEYS);
        connection.prepareStatement("SELECT 2");
        assertEquals(List.of("prepareStatement[SELECT 1, " + ResultSet.TYPE_SCROLL_INSENSITIVE + ", "
                + ResultSet.CONCUR_READ_ONLY + "]", "prepareStatement[INSERT INTO t VALUES (?), "
                + Statement.RETURN_GENERATED_KEYS + "]", "prepareStatement[SELECT 2]"), calls);
    }

    @Test
    void unwrapping_to_a_connection_gives_the_wrapper() throws Exception {
        assertSame(connection, connection.unwrap(Connection.class));
        assertEquals(connection, connection);
    }
}
