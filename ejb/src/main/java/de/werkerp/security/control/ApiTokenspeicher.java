package de.werkerp.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The personal API tokens in the database (table {@code api_token}, V21; rules in {@link ApiTokenregel}). A
 * request's token is found by its hash before the tenant is known (like {@code CallerDirectory}); listing, creating
 * and revoking always name the owner's account, so nobody reaches another account's tokens.
 */
@ApplicationScoped
public class ApiTokenspeicher {

    /** A token as its owner sees it (never the value). */
    public record Eintrag(long id, String name, Instant angelegt, LocalDate gueltigBis, Instant zuletztBenutzt) {
        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public Instant getAngelegt() {
            return angelegt;
        }

        public LocalDate getGueltigBis() {
            return gueltigBis;
        }

        public Instant getZuletztBenutzt() {
            return zuletztBenutzt;
        }
    }

    /** The token found for a request: whose, until when. */
    public record Treffer(long id, Konto konto, String benutzername, LocalDate gueltigBis, Instant zuletztBenutzt) {
    }

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    public long anlegen(Konto k, String benutzername, String name, String tokenHash, Instant angelegt, LocalDate gueltigBis) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO api_token (konto_art, konto_id, tenant_id, benutzername,"
                        + " name, token_hash, angelegt, gueltig_bis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, k.art());
            st.setLong(2, k.id());
            if (k.tenantId() == null) {
                st.setNull(3, Types.BIGINT);
            } else {
                st.setLong(3, k.tenantId());
            }
            st.setString(4, benutzername);
            st.setString(5, name);
            st.setString(6, tokenHash);
            st.setObject(7, utc(angelegt));
            st.setObject(8, gueltigBis);
            st.executeUpdate();
            try (ResultSet rs = st.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("API-Token nicht speicherbar", e);
        }
    }

    public List<Eintrag> liste(Konto k) {
        List<Eintrag> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT id, name, angelegt, gueltig_bis, zuletzt_benutzt FROM api_token"
                        + " WHERE konto_art = ? AND konto_id = ? ORDER BY angelegt, id")) {
            st.setString(1, k.art());
            st.setLong(2, k.id());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Eintrag(rs.getLong(1), rs.getString(2), instant(rs.getObject(3, LocalDateTime.class)),
                            rs.getObject(4, LocalDate.class), instant(rs.getObject(5, LocalDateTime.class))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("API-Tokens nicht lesbar", e);
        }
        return out;
    }

    /** Deletes one token of the account: false if the account has no token with that id. */
    public boolean widerrufen(Konto k, long id) {
        return update("DELETE FROM api_token WHERE id = ? AND konto_art = ? AND konto_id = ?", id, k.art(), k.id()) == 1;
    }

    /** Deletes all tokens of an account (a new password: whoever knew the old one may have made one); returns how many. */
    public int alleWiderrufen(Konto k) {
        return update("DELETE FROM api_token WHERE konto_art = ? AND konto_id = ?", k.art(), k.id());
    }

    public Optional<Treffer> finden(String tokenHash) {
        try {
            return findenEinmal(tokenHash);
        } catch (IllegalStateException e) {
            // a read on every request: after a Galera node died the driver reports the new connection once (SQLSTATE
            // 25S03) instead of reading; reading again is safe and saves the caller a failed sign-in
            if (e.getCause() instanceof SQLException sql
                    && de.werkerp.platform.control.Verbindungsabbruch.neuVerbunden(sql)) {
                return findenEinmal(tokenHash);
            }
            throw e;
        }
    }

    private Optional<Treffer> findenEinmal(String tokenHash) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT id, konto_art, konto_id, tenant_id, benutzername, gueltig_bis,"
                        + " zuletzt_benutzt FROM api_token WHERE token_hash = ?")) {
            st.setString(1, tokenHash);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long tenant = rs.getLong(4);
                Long tenantId = rs.wasNull() ? null : tenant;
                return Optional.of(new Treffer(rs.getLong(1), new Konto(rs.getString(2), rs.getLong(3), tenantId),
                        rs.getString(5), rs.getObject(6, LocalDate.class), instant(rs.getObject(7, LocalDateTime.class))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("API-Token nicht lesbar", e);
        }
    }

    /** Notes the use of a token. */
    public void benutzt(long id, Instant wann) {
        update("UPDATE api_token SET zuletzt_benutzt = ? WHERE id = ?", utc(wann), id);
    }

    private int update(String sql, Object... werte) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < werte.length; i++) {
                st.setObject(i + 1, werte[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("API-Token nicht speicherbar", e);
        }
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
