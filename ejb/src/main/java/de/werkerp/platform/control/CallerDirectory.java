package de.werkerp.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import de.werkerp.platform.entity.Role;
import de.werkerp.platform.entity.RoleSetConverter;

/**
 * Finds the active account behind a login name, across tenants: the one place that reads accounts
 * without a tenant filter, because the tenant is what it finds out. Answers are cached for a few
 * seconds, so a deactivated user or a changed role takes effect at the latest then, also in open
 * sessions.
 */
@ApplicationScoped
public class CallerDirectory {

    static final Duration CACHE_TIME = Duration.ofSeconds(10);

    /**
     * A stored account: the caller plus what a login needs to check; {@code id} is the row of {@code benutzer}
     * (tenant users) or {@code betreiber} (operators, {@code caller.tenantId() == null}).
     */
    public record Account(Caller caller, String passwordHash, String displayName, long id) {
    }

    private record Cached(Optional<Account> account, Instant until) {
    }

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public Optional<Caller> caller(String username) {
        return account(username).map(Account::caller);
    }

    public Optional<Account> account(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Cached cached = cache.get(username);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.account();
        }
        Optional<Account> account = load(username);
        cache.put(username, new Cached(account, now.plus(CACHE_TIME)));
        return account;
    }

    /** Drops cached answers, e.g. after a user was changed. */
    public void forget(String username) {
        cache.remove(username);
    }

    /** Whether a login name is used by any user of any tenant or by an operator (names are global). */
    public boolean isNameTaken(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement st = connection.prepareStatement(
                        "SELECT 1 FROM benutzer WHERE benutzername = ? UNION SELECT 1 FROM betreiber WHERE benutzername = ?")) {
            st.setString(1, username);
            st.setString(2, username);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Benutzerverzeichnis nicht lesbar", e);
        }
    }

    private Optional<Account> load(String username) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT b.tenant_id, b.rollen, b.passwort_hash, b.anzeigename, b.id FROM benutzer b"
                            + " JOIN traeger t ON t.id = b.tenant_id"
                            + " WHERE b.benutzername = ? AND b.aktiv = TRUE AND t.aktiv = TRUE")) {
                st.setString(1, username);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
                        roles.addAll(RoleSetConverter.parse(rs.getString(2)));
                        roles.remove(Role.OPERATOR);
                        return Optional.of(new Account(new Caller(username, rs.getLong(1), roles),
                                rs.getString(3), rs.getString(4), rs.getLong(5)));
                    }
                }
            }
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT passwort_hash, anzeigename, id FROM betreiber WHERE benutzername = ? AND aktiv = TRUE")) {
                st.setString(1, username);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new Account(new Caller(username, null, EnumSet.of(Role.OPERATOR)),
                                rs.getString(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Benutzerverzeichnis nicht lesbar", e);
        }
    }
}
