package de.werkerp.privacy.boundary;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.entity.Role;

/**
 * The daily deletion of candidates' photos after the challenge period (§ 27 WMVO), for every active tenant.
 *
 * <p><b>Cluster</b>: an EJB {@code @Schedule} fires on every node of a cluster (Payara Micro instances, Payara Server
 * cluster members), so "anything timed runs once" needs a claim: each node tries to insert the row (task, day) into
 * {@code zeitplan_lauf} (V23, primary key on both); exactly one insert succeeds and only that node runs the task that
 * day; the others see the duplicate key and skip. A node that dies in the middle leaves the day claimed: the next
 * day's run (and every opening of the deletion list) catches up, as the task deletes everything that is due.
 *
 * <p>Per tenant it runs as the technical caller {@value #BENUTZER} with the tenant admin's role on that tenant only
 * (its audit entries name that caller); the tenant list is read from {@code traeger} like the login lookups, no tenant
 * data is read across tenants.
 */
@Singleton
public class Fotoloeschlauf {

    static final String AUFGABE = "wahlfotos-nach-anfechtungsfrist";
    /** The name in the audit trail of the timed deletion. */
    public static final String BENUTZER = "system.datenschutz";
    private static final Logger LOG = Logger.getLogger(Fotoloeschlauf.class.getName());

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    @Inject
    CallerContext callers;

    @Inject
    Clock uhr;

    @EJB
    DatenschutzService datenschutz;

    @Schedule(hour = "2", minute = "17", persistent = false, info = AUFGABE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void taeglich() {
        LocalDate heute = LocalDate.now(uhr);
        try {
            if (!beanspruchen(heute)) {
                LOG.fine(() -> AUFGABE + " " + heute + ": already run by another node");
                return;
            }
            int fotos = alleTraeger();
            LOG.info(() -> AUFGABE + " " + heute + ": " + fotos + " Fotos gelöscht");
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, AUFGABE + " failed; the next run catches up", e);
        }
    }

    /** Runs the deletion for every active tenant, each in its own transaction; returns the photos deleted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int alleTraeger() throws SQLException {
        int summe = 0;
        for (Long tenant : aktiveTraeger()) {
            Caller system = new Caller(BENUTZER, tenant, EnumSet.of(Role.TENANT_ADMIN));
            try {
                summe += callers.runAs(system, () -> datenschutz.fotosNachAnfechtungsfristLoeschen());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, AUFGABE + ": tenant " + tenant + " failed", e);
            }
        }
        return summe;
    }

    /** True if this node claimed the task for the day (the insert of the primary key succeeded). */
    public boolean beanspruchen(LocalDate tag) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO zeitplan_lauf (aufgabe, tag, knoten, zeitpunkt)"
                        + " VALUES (?, ?, ?, ?)")) {
            s.setString(1, AUFGABE);
            s.setObject(2, tag);
            s.setString(3, knoten());
            s.setTimestamp(4, new Timestamp(uhr.millis()));
            s.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException schonVergeben) {
            return false;
        } catch (SQLException e) {
            if ("23000".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private List<Long> aktiveTraeger() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM traeger WHERE aktiv ORDER BY id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static String knoten() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.io.IOException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
