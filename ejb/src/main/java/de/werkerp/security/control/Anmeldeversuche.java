package de.werkerp.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.annotation.Counted;

/**
 * The failed sign-in attempts in the database (table {@code anmeldeversuch}), so that locks hold across restarts
 * and across the nodes of a cluster; the rules are {@link Anmelderegel}. Like the login lookups in
 * {@code platform.control.CallerDirectory} this reads without a tenant: the attempts belong to names and
 * addresses, not to a tenant, and are written before anyone is signed in. It is called by the authentication
 * mechanism before any transaction of the request starts; each statement commits on its own (auto-commit).
 * Parallel attempts read the count before the others are written, so a burst may pass a few attempts beyond the
 * limit.
 */
@ApplicationScoped
public class Anmeldeversuche {

    static final String NAME = "NAME";
    static final String ADRESSE = "ADRESSE";
    private static final int SCHLUESSEL_LAENGE = 190;
    private static final Duration AUFRAEUMEN_NACH = Duration.ofHours(1);

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    @Inject
    Clock clock;

    private final AtomicReference<Instant> aufgeraeumt = new AtomicReference<>(Instant.EPOCH);

    public Instant jetzt() {
        return clock.instant();
    }

    /** What {@link #pruefen} found: a refusal, and whether the name has recent failures (to clear on success). */
    public record Pruefung(Optional<Anmelderegel.Sperre> sperre, boolean nameHatFehlversuche) {
    }

    /**
     * Whether an attempt for this name from this address must be refused now, before its password is checked.
     *
     * @param adresseAusnehmen true if the credentials were verified minutes ago (a remembered API login): guessing
     *        them is impossible, so the address delay does not apply; the name's lock does
     */
    public Pruefung pruefen(String benutzername, String adresse, boolean adresseAusnehmen) {
        Instant jetzt = jetzt();
        List<Instant> name = new ArrayList<>();
        List<Instant> adr = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT art, zeitpunkt FROM anmeldeversuch"
                        + " WHERE ((art = ? AND schluessel = ?) OR (art = ? AND schluessel = ?)) AND zeitpunkt > ?")) {
            st.setString(1, NAME);
            st.setString(2, schluessel(benutzername));
            st.setString(3, ADRESSE);
            st.setString(4, schluessel(adresse));
            st.setObject(5, utc(jetzt.minus(Anmelderegel.RUECKBLICK)));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Instant t = rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    (NAME.equals(rs.getString(1)) ? name : adr).add(t);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Anmeldeversuche nicht lesbar", e);
        }
        return new Pruefung(Anmelderegel.pruefen(name, adr, adresseAusnehmen, jetzt), !name.isEmpty());
    }

    /** Name of the counter of failed sign-ins (MicroProfile Metrics, application scope; see docs/betrieb.md). */
    public static final String METRIK_FEHLGESCHLAGEN = "werkerp_anmeldung_fehlgeschlagen";

    /** Records a failed attempt for the name and for the address. */
    @Counted(name = METRIK_FEHLGESCHLAGEN, absolute = true,
            description = "Failed sign-ins and wrong current passwords in a session, all tenants together")
    public void fehlgeschlagen(String benutzername, String adresse) {
        Instant jetzt = jetzt();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "INSERT INTO anmeldeversuch (art, schluessel, zeitpunkt) VALUES (?, ?, ?), (?, ?, ?)")) {
            st.setString(1, NAME);
            st.setString(2, schluessel(benutzername));
            st.setObject(3, utc(jetzt));
            st.setString(4, ADRESSE);
            st.setString(5, schluessel(adresse));
            st.setObject(6, utc(jetzt));
            st.executeUpdate();
            aufraeumen(c, jetzt);
        } catch (SQLException e) {
            throw new IllegalStateException("Anmeldeversuch nicht speicherbar", e);
        }
    }

    /**
     * Records a failed attempt for the name only: a wrong current password inside a signed-in session (own password
     * change, switching off the second factor), where the address is not at hand. It counts for the name's lock like
     * a failed sign-in, so a taken-over session cannot guess the password either. Its own transaction: the caller's
     * rolls back with the refusal, the failure must stay.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    @Counted(name = METRIK_FEHLGESCHLAGEN, absolute = true,
            description = "Failed sign-ins and wrong current passwords in a session, all tenants together")
    public void fehlgeschlagenName(String benutzername) {
        Instant jetzt = jetzt();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO anmeldeversuch (art, schluessel, zeitpunkt) VALUES (?, ?, ?)")) {
            st.setString(1, NAME);
            st.setString(2, schluessel(benutzername));
            st.setObject(3, utc(jetzt));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Anmeldeversuch nicht speicherbar", e);
        }
    }

    /**
     * Before a current password is checked inside a session: refused (German message on {@code feld}) while the name
     * is locked; the address delay does not apply (the session is signed in).
     */
    public void sperreInSitzung(String benutzername, String feld) {
        Optional<Anmelderegel.Sperre> sperre = pruefen(benutzername, "", true).sperre();
        if (sperre.isPresent()) {
            throw new de.werkerp.platform.control.ValidationFailure(feld, sperre.get().meldung(jetzt()));
        }
    }

    /** A successful sign-in clears the failures of its name (not those of the address). */
    public void erfolgreich(String benutzername) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("DELETE FROM anmeldeversuch WHERE art = ? AND schluessel = ?")) {
            st.setString(1, NAME);
            st.setString(2, schluessel(benutzername));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Anmeldeversuche nicht löschbar", e);
        }
    }

    /** At most once a minute per node: deletes rows older than an hour (they no longer count). */
    private void aufraeumen(Connection c, Instant jetzt) throws SQLException {
        Instant zuletzt = aufgeraeumt.get();
        if (jetzt.isBefore(zuletzt.plus(Duration.ofMinutes(1))) || !aufgeraeumt.compareAndSet(zuletzt, jetzt)) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM anmeldeversuch WHERE zeitpunkt < ?")) {
            st.setObject(1, utc(jetzt.minus(AUFRAEUMEN_NACH)));
            st.executeUpdate();
        }
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static String schluessel(String s) {
        String k = s == null ? "" : s;
        return k.length() > SCHLUESSEL_LAENGE ? k.substring(0, SCHLUESSEL_LAENGE) : k;
    }
}
