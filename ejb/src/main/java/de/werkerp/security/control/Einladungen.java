package de.werkerp.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import de.werkerp.platform.control.Caller;
import de.werkerp.platform.entity.Role;
import de.werkerp.platform.entity.RoleSetConverter;

/**
 * Finds an invitation by its token before anyone is signed in: like the login lookups of
 * {@code platform.control.CallerDirectory} the one read of {@code einladung} without a tenant filter, because the
 * tenant is what it finds out. Only the token's hash is compared. The change itself (password, used) happens in
 * {@code security.boundary.EinladungService} as the invited user, in that user's tenant.
 */
@ApplicationScoped
public class Einladungen {

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    /** An invitation as found: who is invited, and whether the link may still be used. */
    public record Gefunden(long einladungId, Caller eingeladener, long benutzerId, Instant gueltigBis,
            Instant angenommenAm, boolean aktiv) {

        public boolean benutzbar(Instant jetzt) {
            return aktiv && Einladungsregel.benutzbar(gueltigBis, angenommenAm, jetzt);
        }
    }

    public Optional<Gefunden> finde(String token) {
        if (!Einladungsregel.wohlgeformt(token)) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT e.id, e.tenant_id, e.benutzer_id, e.gueltig_bis,"
                        + " e.angenommen_am, b.benutzername, b.rollen, b.aktiv AND t.aktiv FROM einladung e"
                        + " JOIN benutzer b ON b.id = e.benutzer_id AND b.tenant_id = e.tenant_id"
                        + " JOIN traeger t ON t.id = e.tenant_id WHERE e.token_hash = ?")) {
            st.setString(1, Einladungsregel.hash(token));
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                EnumSet<Role> roles = EnumSet.noneOf(Role.class);
                roles.addAll(RoleSetConverter.parse(rs.getString(7)));
                roles.remove(Role.OPERATOR);
                Timestamp angenommen = rs.getTimestamp(5);
                return Optional.of(new Gefunden(rs.getLong(1), new Caller(rs.getString(6), rs.getLong(2), roles),
                        rs.getLong(3), rs.getTimestamp(4).toInstant(), angenommen == null ? null : angenommen.toInstant(),
                        rs.getBoolean(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Einladungen nicht lesbar", e);
        }
    }
}
