package de.werkerp.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import de.werkerp.platform.control.CallerDirectory;

/**
 * Demo data and test fixtures only: gives a user a known password as if the user had chosen it (accepted the
 * invitation, or changed the admin's initial password), so that the printed demo logins and the fixtures of the tests
 * work without a mailbox. No page, REST resource or boundary calls it; the operator has no way to it. Plain JDBC with
 * the tenant given explicitly (demo data is written before anyone is signed in).
 */
@ApplicationScoped
public class Startpasswoerter {

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerDirectory directory;

    public void setzen(long tenantId, String benutzername, String passwort) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("UPDATE benutzer SET passwort_hash = ?, passwort_aendern = FALSE"
                        + " WHERE tenant_id = ? AND benutzername = ?")) {
            st.setString(1, hasher.hash(passwort));
            st.setLong(2, tenantId);
            st.setString(3, benutzername);
            if (st.executeUpdate() != 1) {
                throw new IllegalStateException("Kein Benutzer " + benutzername + " im Träger " + tenantId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Passwort nicht speicherbar", e);
        }
        directory.forgetAll();
    }
}
