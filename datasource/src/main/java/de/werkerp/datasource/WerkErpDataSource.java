package de.werkerp.datasource;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The application's data source (named by {@code DatabaseStartup}'s {@code @DataSourceDefinition}): MariaDB
 * Connector/J's {@link MariaDbDataSource} with one correction that lets EclipseLink's JDBC batches reach the server
 * as bulk inserts.
 *
 * <p>Why: Payara's connection pool prepares every {@code prepareStatement(sql)} of the application as
 * {@code prepareStatement(sql, TYPE_FORWARD_ONLY, CONCUR_READ_ONLY)}, and Connector/J (3.5) treats that variant as
 * {@code RETURN_GENERATED_KEYS}. With generated keys requested, the driver neither sends a batch as one bulk
 * command nor rewrites it into a multi-row INSERT (before MariaDB 11.5): a batch of 1,500 statement rows became
 * 1,500 single INSERTs. The connections handed out here map that variant, with exactly these default arguments,
 * back to the plain {@code prepareStatement(sql)}; a caller that wants generated keys asks for them explicitly
 * ({@code prepareStatement(sql, RETURN_GENERATED_KEYS)}, as EclipseLink does for IDENTITY ids) and is unaffected.
 * Measured with the Entgelt benchmark (README, "Benchmark").
 *
 * <p>Only {@link DataSource} is implemented (not XA): the application has one transactional resource, so Payara
 * runs its JTA transactions as local database transactions (no XA START/END/COMMIT round trips).
 */
public class WerkErpDataSource implements DataSource {

    private final MariaDbDataSource mariaDb = new MariaDbDataSource();

    public String getUrl() {
        return mariaDb.getUrl();
    }

    public void setUrl(String url) throws SQLException {
        mariaDb.setUrl(url);
    }

    public String getUser() {
        return mariaDb.getUser();
    }

    public void setUser(String user) throws SQLException {
        mariaDb.setUser(user);
    }

    public void setPassword(String password) throws SQLException {
        mariaDb.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return forBatches(mariaDb.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return forBatches(mariaDb.getConnection(user, password));
    }

    /** The connection, with {@code prepareStatement(sql, FORWARD_ONLY, READ_ONLY)} sent as {@code prepareStatement(sql)}. */
    public static Connection forBatches(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            Method target = method;
            Object[] arguments = args;
            if (isDefaultPrepare(method, args)) {
                target = Connection.class.getMethod("prepareStatement", String.class);
                arguments = new Object[] {args[0]};
            } else if (method.getName().equals("unwrap") && args.length == 1 && args[0] == Connection.class) {
                return proxy;
            } else if (method.getName().equals("equals") && args.length == 1) {
                return proxy == args[0];
            } else if (method.getName().equals("hashCode") && (args == null || args.length == 0)) {
                return System.identityHashCode(proxy);
            }
            try {
                return target.invoke(connection, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(WerkErpDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static boolean isDefaultPrepare(Method method, Object[] args) {
        return method.getName().equals("prepareStatement") && args != null && args.length == 3
                && method.getParameterTypes()[1] == int.class && method.getParameterTypes()[2] == int.class
                && (Integer) args[1] == ResultSet.TYPE_FORWARD_ONLY && (Integer) args[2] == ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public PrintWriter getLogWriter() {
        return mariaDb.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        mariaDb.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        mariaDb.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return mariaDb.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return mariaDb.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return mariaDb.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this) || mariaDb.isWrapperFor(iface);
    }
}
