package de.werkerp.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The second factor of the accounts in the database (tables {@code zweifaktor}, {@code wiederherstellungscode},
 * V21); the rules are {@link Zweifaktorregel}. Like {@code CallerDirectory} it reads per account without a tenant
 * filter, because the sign-in reads it before the tenant is known; every statement names one account. Inside a
 * boundary's transaction the statements join it; called by the authentication mechanism each commits on its own.
 * The secret is stored encrypted ({@link TotpSchluessel}).
 */
@ApplicationScoped
public class Zweifaktorspeicher {

    /** The stored second factor of an account: the secret (decrypted), confirmed or not, the last accepted step. */
    public record Stand(String geheimnis, boolean aktiv, long letzterSchritt) {
    }

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    @Inject
    Clock clock;

    private volatile TotpSchluessel schluessel;

    private TotpSchluessel schluessel() {
        TotpSchluessel s = schluessel;
        if (s == null) {
            synchronized (this) {
                if (schluessel == null) {
                    schluessel = TotpSchluessel.ausUmgebung();
                }
                s = schluessel;
            }
        }
        return s;
    }

    public Optional<Stand> stand(Konto k) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "SELECT geheimnis, aktiv, letzter_schritt FROM zweifaktor WHERE konto_art = ? AND konto_id = ?")) {
            st.setString(1, k.art());
            st.setLong(2, k.id());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stand(schluessel().entschluesseln(rs.getString(1)), rs.getBoolean(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Zwei-Faktor-Stand nicht lesbar", e);
        }
    }

    /** Whether the account has a confirmed second factor. */
    public boolean aktiv(Konto k) {
        return stand(k).map(Stand::aktiv).orElse(false);
    }

    /** Stores a new, not yet confirmed secret (replacing an unconfirmed one). */
    public void beginnen(Konto k, String geheimnis) {
        entfernen(k);
        update("INSERT INTO zweifaktor (konto_art, konto_id, tenant_id, geheimnis, aktiv, letzter_schritt, geaendert)"
                + " VALUES (?, ?, ?, ?, FALSE, 0, ?)", k.art(), k.id(), k.tenantId(), schluessel().verschluesseln(geheimnis), jetzt());
    }

    /** Confirms the secret with the step of the code that confirmed it, and stores the recovery codes' hashes. */
    public void aktivieren(Konto k, long schritt, List<String> codeHashes) {
        update("UPDATE zweifaktor SET aktiv = TRUE, letzter_schritt = ?, geaendert = ? WHERE konto_art = ? AND konto_id = ?",
                schritt, jetzt(), k.art(), k.id());
        codesErsetzen(k, codeHashes);
    }

    /**
     * Uses up a time step: true if it is later than the last accepted one (then it is stored), false if a code of this
     * or a later step was accepted before (a replay). Atomic, so two parallel requests cannot both use one code.
     */
    public boolean schrittVerbrauchen(Konto k, long schritt) {
        return update("UPDATE zweifaktor SET letzter_schritt = ? WHERE konto_art = ? AND konto_id = ? AND letzter_schritt < ?",
                schritt, k.art(), k.id(), schritt) == 1;
    }

    /** Replaces all recovery codes of the account. */
    public void codesErsetzen(Konto k, List<String> codeHashes) {
        update("DELETE FROM wiederherstellungscode WHERE konto_art = ? AND konto_id = ?", k.art(), k.id());
        for (String h : codeHashes) {
            update("INSERT INTO wiederherstellungscode (konto_art, konto_id, code_hash) VALUES (?, ?, ?)", k.art(), k.id(), h);
        }
    }

    /** Uses up a recovery code: true if it was unused (it is deleted), false otherwise. */
    public boolean codeVerbrauchen(Konto k, String codeHash) {
        return update("DELETE FROM wiederherstellungscode WHERE konto_art = ? AND konto_id = ? AND code_hash = ?",
                k.art(), k.id(), codeHash) == 1;
    }

    /** How many unused recovery codes the account has. */
    public int offeneCodes(Konto k) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "SELECT COUNT(*) FROM wiederherstellungscode WHERE konto_art = ? AND konto_id = ?")) {
            st.setString(1, k.art());
            st.setLong(2, k.id());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Wiederherstellungscodes nicht lesbar", e);
        }
    }

    /** Removes the second factor and the recovery codes of the account. */
    public void entfernen(Konto k) {
        update("DELETE FROM wiederherstellungscode WHERE konto_art = ? AND konto_id = ?", k.art(), k.id());
        update("DELETE FROM zweifaktor WHERE konto_art = ? AND konto_id = ?", k.art(), k.id());
    }

    private LocalDateTime jetzt() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private int update(String sql, Object... werte) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < werte.length; i++) {
                if (werte[i] == null) {
                    st.setNull(i + 1, Types.BIGINT);
                } else {
                    st.setObject(i + 1, werte[i]);
                }
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Zwei-Faktor-Daten nicht speicherbar", e);
        }
    }
}
