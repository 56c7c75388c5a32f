package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import de.werkerp.audit.boundary.AuditService;
import de.werkerp.audit.entity.AuditEintrag;
import de.werkerp.platform.control.AccessDenied;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.NotFound;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.boundary.BenutzerService;
import de.werkerp.security.entity.Benutzer;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.boundary.TraegerService;
import de.werkerp.tenant.entity.Betriebsstaette;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Einrichtungsart;
import de.werkerp.tenant.entity.Gruppe;
import de.werkerp.tenant.entity.Traeger;

/**
 * The walking skeleton end to end, in one deployment (each deployment boots Payara Micro): the real
 * WAR on Payara Micro against a real MariaDB. Tests without {@link RunAsClient} run inside the
 * server against the services; the others use the REST API, the PDF and the pages in headless
 * Chromium from outside, like a user.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WerkErpIT {

    @Deployment
    static WebArchive deployment() {
        TestDatabase.start();
        File war = new File(System.getProperty("werkerp.test.war", "target/werkerp.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        // The in-container tests are invoked through Arquillian's servlet; like the login page it must
        // be reachable without login (the tests themselves run as anonymous or with an explicit caller).
        String webXml = new String(readAll(archive.get("WEB-INF/web.xml").getAsset().openStream()), StandardCharsets.UTF_8);
        String opened = webXml.replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        if (opened.equals(webXml)) {
            throw new IllegalStateException("web.xml has no public login.xhtml pattern any more");
        }
        archive.delete("WEB-INF/web.xml");
        archive.setWebXML(new StringAsset(opened));
        return archive;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ services, inside the server

    @Inject
    CallerContext callers;

    @EJB
    TraegerService traegerService;

    @EJB
    OrganisationService organisation;

    @EJB
    BenutzerService benutzerService;

    @EJB
    AuditService auditService;

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    private static final Caller OPERATOR = new Caller("betrieb", null, EnumSet.of(Role.OPERATOR));

    private record TenantData(Caller admin, Einrichtung einrichtung, Betriebsstaette site, Gruppe gruppe, Benutzer user) {
    }

    private TenantData tenantWithData(String kennung) {
        Traeger traeger = callers.runAs(OPERATOR, () -> traegerService.create(
                new Traeger(kennung, "Träger " + kennung), kennung + ".admin", "Admin " + kennung, "geheim-" + kennung));
        Caller admin = new Caller(kennung + ".admin", traeger.getId(), EnumSet.of(Role.TENANT_ADMIN));
        return callers.runAs(admin, () -> {
            Einrichtung e = organisation.createEinrichtung(new Einrichtung("Werkstatt " + kennung, Einrichtungsart.WFBM));
            Betriebsstaette s = organisation.createBetriebsstaette(e.getId(),
                    new Betriebsstaette(null, "Standort " + kennung, "Weg 1", "10115", "Berlin"));
            Gruppe g = organisation.createGruppe(s.getId(), new Gruppe(null, "Gruppe " + kennung));
            Benutzer u = benutzerService.create(new Benutzer(kennung + ".entgelt", "Entgelt " + kennung,
                    EnumSet.of(Role.PAYROLL)), "passwort-" + kennung);
            return new TenantData(admin, e, s, g, u);
        });
    }

    @Test
    @Order(1)
    void services_never_show_or_change_another_tenants_data() {
        TenantData a = tenantWithData("iso-a");
        TenantData b = tenantWithData("iso-b");

        callers.runAs(a.admin(), () -> {
            // list: only A's own rows
            assertEquals(List.of("Werkstatt iso-a"), organisation.einrichtungen().stream().map(Einrichtung::getName).toList());
            assertEquals(List.of("Standort iso-a"), organisation.betriebsstaetten().stream().map(Betriebsstaette::getName).toList());
            assertEquals(List.of("Gruppe iso-a"), organisation.gruppen().stream().map(Gruppe::getName).toList());
            assertFalse(benutzerService.benutzer().stream().anyMatch(u -> u.getBenutzername().startsWith("iso-b")));
            // read by guessed id
            assertThrows(NotFound.class, () -> organisation.einrichtung(b.einrichtung().getId()));
            assertThrows(NotFound.class, () -> organisation.betriebsstaette(b.site().getId()));
            assertThrows(NotFound.class, () -> organisation.gruppe(b.gruppe().getId()));
            assertThrows(NotFound.class, () -> benutzerService.find(b.user().getId()));
            // change: a detached copy of B's object with B's id
            Einrichtung stolen = b.einrichtung();
            stolen.setName("Von A geändert");
            assertThrows(NotFound.class, () -> organisation.updateEinrichtung(stolen));
            Betriebsstaette stolenSite = b.site();
            stolenSite.setName("Von A geändert");
            assertThrows(NotFound.class, () -> organisation.updateBetriebsstaette(a.einrichtung().getId(), stolenSite));
            // delete (deactivate)
            assertThrows(NotFound.class, () -> organisation.setEinrichtungAktiv(b.einrichtung().getId(), false));
            assertThrows(NotFound.class, () -> organisation.setBetriebsstaetteAktiv(b.site().getId(), false));
            assertThrows(NotFound.class, () -> organisation.setGruppeAktiv(b.gruppe().getId(), false));
            assertThrows(NotFound.class, () -> benutzerService.setAktiv(b.user().getId(), false));
            // hang own objects below B's
            assertThrows(ValidationFailure.class, () -> organisation.createBetriebsstaette(b.einrichtung().getId(),
                    new Betriebsstaette(null, "Unter B", null, null, null)));
            assertThrows(ValidationFailure.class, () -> organisation.createGruppe(b.site().getId(), new Gruppe(null, "Unter B")));
            // A's audit trail has A's changes only
            List<AuditEintrag> audit = auditService.latest(1000);
            assertFalse(audit.isEmpty());
            assertTrue(audit.stream().noneMatch(x -> String.valueOf(x.getNeuerWert()).contains("iso-b")));
        });

        callers.runAs(b.admin(), () -> {
            Einrichtung e = organisation.einrichtung(b.einrichtung().getId());
            assertEquals("Werkstatt iso-b", e.getName());
            assertTrue(e.isAktiv());
            assertEquals("Standort iso-b", organisation.betriebsstaette(b.site().getId()).getName());
            assertTrue(organisation.betriebsstaette(b.site().getId()).isAktiv());
            assertTrue(organisation.gruppe(b.gruppe().getId()).isAktiv());
            assertTrue(benutzerService.find(b.user().getId()).isAktiv());
            assertEquals(List.of("Standort iso-b"), organisation.betriebsstaetten().stream().map(Betriebsstaette::getName).toList());
        });
    }

    @Test
    @Order(2)
    void a_call_without_caller_or_tenant_fails_closed() {
        // no login at all (the test request is anonymous)
        assertThrows(AccessDenied.class, () -> organisation.einrichtungen());
        // an operator has no tenant and no access to tenant data
        callers.runAs(OPERATOR, () -> {
            assertThrows(AccessDenied.class, () -> organisation.einrichtungen());
            assertThrows(AccessDenied.class, () -> benutzerService.benutzer());
        });
        // a role without the right: the council may read the organisation but not change it
        Traeger traeger = callers.runAs(OPERATOR, () -> traegerService.traeger().get(0));
        Caller council = new Caller("rat", traeger.getId(), EnumSet.of(Role.COUNCIL));
        callers.runAs(council, () -> {
            assertThrows(AccessDenied.class, () -> organisation.createEinrichtung(new Einrichtung("X", Einrichtungsart.ALA)));
            assertThrows(AccessDenied.class, () -> benutzerService.benutzer());
            assertThrows(AccessDenied.class, () -> auditService.latest(10));
        });
    }

    @Test
    @Order(3)
    void the_database_refuses_a_tenant_row_without_tenant() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> st.executeUpdate("INSERT INTO einrichtung (name, art) VALUES ('ohne Träger', 'WFBM')"));
            assertTrue(e.getMessage().contains("tenant_id"), e.getMessage());
        }
    }

    // ------------------------------------------------------------------ REST, PDF and pages, from outside

    @ArquillianResource
    URL base;

    @Test
    @Order(10)
    @RunAsClient
    void rest_isolation_between_tenants() {
        ClientScenarios.restIsolation(base);
    }

    @Test
    @Order(11)
    @RunAsClient
    void rest_answers_bad_input_with_german_messages() {
        ClientScenarios.restBadInput(base);
    }

    @Test
    @Order(12)
    @RunAsClient
    void login_roles_health_and_openapi() {
        ClientScenarios.loginRolesHealth(base);
    }

    @Test
    @Order(13)
    @RunAsClient
    void audit_trail_records_old_and_new_values() {
        ClientScenarios.auditTrail(base);
    }

    @Test
    @Order(14)
    @RunAsClient
    void stammdaten_pdf_lists_the_tenants_sites_only() throws Exception {
        ClientScenarios.stammdatenPdf(base);
    }

    @Test
    @Order(20)
    @RunAsClient
    void browser_creates_a_betriebsstaette_and_sees_validation() {
        BrowserScenarios.createBetriebsstaette(base);
    }

    @Test
    @Order(21)
    @RunAsClient
    void browser_pages_show_only_the_own_tenant() {
        BrowserScenarios.pagesShowOwnTenantOnly(base);
    }
}
