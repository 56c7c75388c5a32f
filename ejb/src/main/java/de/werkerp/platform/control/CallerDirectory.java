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
import de.werkerp.security.control.Anmeldename;

/**
 * Finds the active account behind a login, across tenants: the one place that reads accounts without a tenant filter,
 * because the tenant is what it finds out. A tenant's user is found by the tenant's Kennung and the user name (login
 * {@code kennung/benutzername}, {@link Anmeldename}; names are unique per tenant only), an operator by the name alone.
 * A session keeps the account's {@link Account#konto() key} (its id) and is looked up by it on each request
 * ({@link #konto}), so it stays bound to the account and not to a name. Answers are cached for a few seconds, so a
 * deactivated user or a changed role takes effect at the latest then, also in open sessions.
 */
@ApplicationScoped
public class CallerDirectory {

    static final Duration CACHE_TIME = Duration.ofSeconds(10);

    private static final String BENUTZER = "B";
    private static final String BETREIBER = "O";
    private static final String SELECT_BENUTZER = "SELECT b.id, b.tenant_id, b.rollen, b.passwort_hash, b.anzeigename,"
            + " b.benutzername, t.kennung, b.passwort_aendern FROM benutzer b JOIN traeger t ON t.id = b.tenant_id"
            + " WHERE b.aktiv = TRUE AND t.aktiv = TRUE AND ";
    private static final String SELECT_BETREIBER = "SELECT id, passwort_hash, anzeigename, benutzername FROM betreiber"
            + " WHERE aktiv = TRUE AND ";

    /**
     * A stored account: the caller plus what a login needs to check.
     *
     * @param login the canonical login ({@code kennung/benutzername}, or the operator's name): the principal's name
     * @param konto the account's key for a session ({@code B<id>} for a tenant's user, {@code O<id>} for an operator)
     * @param passwortAendern the password was set by another person and must be changed before anything else
     * @param id the row of {@code benutzer} (tenant users) or {@code betreiber} (operators, {@code caller.tenantId() == null})
     */
    public record Account(Caller caller, String passwordHash, String displayName, String login, String konto,
            boolean passwortAendern, long id) {
    }

    private record Cached(Optional<Account> account, Instant until) {
    }

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    private final Map<String, Cached> byLogin = new ConcurrentHashMap<>();
    private final Map<String, Cached> byKonto = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public Optional<Caller> caller(String login) {
        return account(login).map(Account::caller);
    }

    /** The account behind a login ({@code kennung/benutzername} or an operator's name). */
    public Optional<Account> account(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return cached(byLogin, login, () -> Anmeldename.parse(login).flatMap(this::loadByName));
    }

    /**
     * The account of a signed-in caller (its tenant and name; an operator by the name alone), e.g. for the own second
     * factor or API tokens.
     */
    public Optional<Account> account(Caller caller) {
        if (caller == null || caller.username() == null) {
            return Optional.empty();
        }
        if (caller.tenantId() == null) {
            return cached(byLogin, caller.username(), () -> query(SELECT_BETREIBER + "benutzername = ?", false, caller.username()));
        }
        return query(SELECT_BENUTZER + "b.tenant_id = ? AND b.benutzername = ?", true, caller.tenantId(), caller.username());
    }

    /** The session key of an account ({@link Account#konto()}): a tenant's user or an operator, by its row id. */
    public static String kontoSchluessel(boolean betreiber, long id) {
        return (betreiber ? BETREIBER : BENUTZER) + id;
    }

    /** The account behind a session's key ({@link Account#konto()}). */
    public Optional<Account> konto(String konto) {
        if (konto == null || konto.length() < 2) {
            return Optional.empty();
        }
        return cached(byKonto, konto, () -> loadByKonto(konto));
    }

    /** Drops cached answers for a login, e.g. after a user was changed. */
    public void forget(String login) {
        if (login != null) {
            byLogin.remove(login);
        }
        byKonto.values().removeIf(c -> c.account().map(a -> a.login().equals(login)).orElse(false));
    }

    /** Drops all cached answers (after a change of an account whose login is not at hand). */
    public void forgetAll() {
        byLogin.clear();
        byKonto.clear();
    }

    private Optional<Account> cached(Map<String, Cached> cache, String key,
            java.util.function.Supplier<Optional<Account>> loader) {
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.account();
        }
        Optional<Account> account = loader.get();
        cache.put(key, new Cached(account, now.plus(CACHE_TIME)));
        return account;
    }

    private Optional<Account> loadByName(Anmeldename name) {
        if (name.betreiber()) {
            return query(SELECT_BETREIBER + "benutzername = ?", false, name.benutzername());
        }
        return query(SELECT_BENUTZER + "t.kennung = ? AND b.benutzername = ?", true, name.kennung(), name.benutzername());
    }

    private Optional<Account> loadByKonto(String konto) {
        long id;
        try {
            id = Long.parseLong(konto.substring(1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (konto.startsWith(BENUTZER)) {
            return query(SELECT_BENUTZER + "b.id = ?", true, id);
        }
        if (konto.startsWith(BETREIBER)) {
            return query(SELECT_BETREIBER + "id = ?", false, id);
        }
        return Optional.empty();
    }

    private Optional<Account> query(String sql, boolean benutzer, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(benutzer ? benutzer(rs) : betreiber(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Benutzerverzeichnis nicht lesbar", e);
        }
    }

    private static Account benutzer(ResultSet rs) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(RoleSetConverter.parse(rs.getString(3)));
        roles.remove(Role.OPERATOR);
        String name = rs.getString(6);
        return new Account(new Caller(name, rs.getLong(2), roles), rs.getString(4), rs.getString(5),
                new Anmeldename(rs.getString(7), name).text(), BENUTZER + rs.getLong(1), rs.getBoolean(8), rs.getLong(1));
    }

    private static Account betreiber(ResultSet rs) throws SQLException {
        String name = rs.getString(4);
        return new Account(new Caller(name, null, EnumSet.of(Role.OPERATOR)), rs.getString(2), rs.getString(3), name,
                BETREIBER + rs.getLong(1), false, rs.getLong(1));
    }
}
