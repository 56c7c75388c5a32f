package de.werkerp.demo.boundary;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import de.werkerp.demo.control.Musterbelegschaft;
import java.time.YearMonth;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.annotation.Resource;

import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.boundary.BenutzerService;
import de.werkerp.security.control.PasswordHasher;
import de.werkerp.security.entity.Betreiber;
import de.werkerp.security.entity.Benutzer;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.boundary.TraegerService;
import de.werkerp.tenant.entity.Betriebsstaette;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Einrichtungsart;
import de.werkerp.tenant.entity.Gruppe;
import de.werkerp.tenant.entity.Traeger;

/**
 * Data an installation needs on its first start: an operator account (with a random password
 * printed once to the log, unless demo data is wanted). With WERKERP_DEMO_DATA=true, a demo tenant
 * with demo users and an organisation is created once; the logins are those the launcher prints.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    public static final String DEMO_KENNUNG = "demo";
    public static final String DEMO_TRAEGER = "Werkstätten Musterstadt gGmbH";
    public static final String OPERATOR = "betrieb";

    /** user name, password, display name, roles — the launcher prints the same list. */
    record DemoLogin(String username, String password, String name, Set<Role> roles) {
    }

    static final List<DemoLogin> DEMO_USERS = List.of(
            new DemoLogin("entgelt", "entgelt123!", "Erika Entgelt", EnumSet.of(Role.PAYROLL)),
            new DemoLogin("leitung", "leitung123!", "Lars Leitung", EnumSet.of(Role.MANAGEMENT)),
            new DemoLogin("sozialdienst", "sozial123!", "Sofia Sozialdienst", EnumSet.of(Role.SOCIAL_SERVICE)),
            new DemoLogin("werkstattrat", "rat12345!", "Willi Werkstattrat", EnumSet.of(Role.COUNCIL)),
            new DemoLogin("wahlvorstand", "wahl12345!", "Wanda Wahlvorstand", EnumSet.of(Role.ELECTION_BOARD)),
            new DemoLogin("pruefer", "pruefer123!", "Paula Prüfer", EnumSet.of(Role.AUDITOR)));

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerContext callers;

    @EJB
    TraegerService traegerService;

    @EJB
    OrganisationService organisation;

    @EJB
    BenutzerService benutzer;

    @Inject
    Musterbelegschaft belegschaft;

    @Inject
    de.werkerp.security.control.Startpasswoerter startpasswoerter;

    @PostConstruct
    void create() {
        boolean demo = "true".equalsIgnoreCase(System.getenv("WERKERP_DEMO_DATA"));
        ensureOperator(demo);
        if (demo) {
            ensureDemoTenant();
        }
    }

    private void ensureOperator(boolean demo) {
        Long operators = em.createQuery("SELECT COUNT(b) FROM Betreiber b", Long.class).getSingleResult();
        if (operators > 0) {
            return;
        }
        String password = demo ? "betrieb123!" : randomPassword();
        inTransaction(() -> em.persist(new Betreiber(OPERATOR, "Betrieb", hasher.hash(password))));
        if (!demo) {
            LOG.warning("WerkERP: Betreiber-Zugang angelegt. Benutzer: " + OPERATOR + "  Passwort: " + password
                    + "  (nur jetzt angezeigt — bitte sicher aufbewahren)");
        }
    }

    private void ensureDemoTenant() {
        Long existing = em.createQuery("SELECT COUNT(t) FROM Traeger t WHERE t.kennung = :k", Long.class)
                .setParameter("k", DEMO_KENNUNG).getSingleResult();
        if (existing > 0) {
            return;
        }
        Caller operator = new Caller(OPERATOR, null, EnumSet.of(Role.OPERATOR));
        Traeger traeger = callers.runAs(operator,
                () -> traegerService.create(new Traeger(DEMO_KENNUNG, DEMO_TRAEGER), "admin", "Anna Admin",
                        "admin@musterstadt.example", null));
        Caller admin = new Caller("admin", traeger.getId(), EnumSet.of(Role.TENANT_ADMIN));
        callers.runAs(admin, () -> {
            for (DemoLogin login : DEMO_USERS) {
                benutzer.create(new Benutzer(login.username(), login.name(), login.roles()), login.password());
            }
            Einrichtung wfbm = organisation.createEinrichtung(new Einrichtung("Werkstatt Musterstadt", Einrichtungsart.WFBM));
            Einrichtung ala = organisation.createEinrichtung(new Einrichtung("Grüne Arbeit (aLA)", Einrichtungsart.ALA));
            Betriebsstaette nord = organisation.createBetriebsstaette(wfbm.getId(),
                    hauptbetriebsstaette(new Betriebsstaette(null, "Werk Nord", "Industriestraße 12", "12345",
                            "Musterstadt", false)));
            Betriebsstaette sued = organisation.createBetriebsstaette(wfbm.getId(),
                    new Betriebsstaette(null, "Werk Süd", "Am Hafen 3", "12347", "Musterstadt", false));
            Betriebsstaette hof = organisation.createBetriebsstaette(ala.getId(),
                    hauptbetriebsstaette(new Betriebsstaette(null, "Gärtnerhof Linde", "Lindenweg 1", "12399",
                            "Musterdorf", false)));
            Gruppe montage = organisation.createGruppe(nord.getId(), new Gruppe(null, "Montage 1"));
            Gruppe verpackung = organisation.createGruppe(nord.getId(), new Gruppe(null, "Verpackung"));
            organisation.createGruppe(sued.getId(), new Gruppe(null, "Holzwerkstatt"));
            organisation.createGruppe(sued.getId(), new Gruppe(null, "Küche und Hauswirtschaft"));
            organisation.createGruppe(hof.getId(), new Gruppe(null, "Gemüsebau"));
            // a workforce for the Entgelt run: contracts from three months ago, attendance of the last month
            YearMonth letzter = YearMonth.now().minusMonths(1);
            Musterbelegschaft.Lohnarten arten = belegschaft.entgeltGrundlagen(wfbm, letzter.minusMonths(2).atDay(1), "");
            belegschaft.personen(wfbm, List.of(montage, verpackung), arten, 24, letzter.minusMonths(2), letzter, "MS");
            belegschaft.ergebnisZuordnung(wfbm);
            jakarta.enterprise.inject.spi.CDI.current().select(de.werkerp.billing.boundary.AbrechnungDemodaten.class).get().anlegen(wfbm, letzter.minusMonths(2));
            jakarta.enterprise.inject.spi.CDI.current().select(de.werkerp.election.boundary.Wahldemo.class).get().anlegen(ala);
            jakarta.enterprise.inject.spi.CDI.current().select(de.werkerp.participation.boundary.TeilhabeDemodaten.class).get().anlegen(wfbm);
            jakarta.enterprise.inject.spi.CDI.current().select(de.werkerp.costing.boundary.KalkulationDemo.class).get().anlegen(ala);
        });
        // the printed demo logins: known passwords, as if each user had chosen them (the admin's invitation mail is in
        // WERKERP_DATA_DIR/mails, or went to the SMTP server, and stays unused)
        startpasswoerter.setzen(traeger.getId(), "admin", "admin123!");
        for (DemoLogin login : DEMO_USERS) {
            startpasswoerter.setzen(traeger.getId(), login.username(), login.password());
        }
        LOG.info("WerkERP: Demo-Träger „" + DEMO_TRAEGER + "“ (Kennung „" + DEMO_KENNUNG + "“) mit Demo-Benutzern angelegt.");
    }

    private void inTransaction(Runnable work) {
        try {
            tx.begin();
            work.run();
            tx.commit();
        } catch (Exception e) {
            try {
                tx.rollback();
            } catch (Exception ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("Anfangsdaten konnten nicht angelegt werden", e);
        }
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static Betriebsstaette hauptbetriebsstaette(Betriebsstaette site) {
        site.setHauptbetriebsstaette(true);
        return site;
    }
}
