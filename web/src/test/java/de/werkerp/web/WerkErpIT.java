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

import java.math.BigDecimal;
import java.time.LocalDate;

import de.werkerp.audit.boundary.AuditService;
import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.boundary.ImportService;
import de.werkerp.contract.boundary.LeistungstraegerService;
import de.werkerp.contract.boundary.NeuerVertrag;
import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.boundary.Warnung;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Bewilligung;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.LeistungstraegerArt;
import de.werkerp.contract.entity.Personenkreis;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.contract.entity.Vertragsende;
import de.werkerp.contract.entity.Vertragsphase;
import de.werkerp.contract.entity.Werkstattvertrag;
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
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import de.werkerp.demo.control.Musterbelegschaft;
import de.werkerp.wage.boundary.EntgeltEingabeService;
import de.werkerp.wage.boundary.EntgeltdokumentService;
import de.werkerp.wage.boundary.EntgeltlaufService;
import de.werkerp.wage.control.RechenzeilenJson;
import de.werkerp.wage.control.Rueckrechnung;
import de.werkerp.wage.entity.Abrechnung;
import de.werkerp.wage.entity.AbrechnungKorrektur;
import de.werkerp.wage.entity.Entgeltlauf;
import de.werkerp.wage.entity.Laufstatus;
import de.werkerp.wage.sepa.SepaValidierung;

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
        TestMail.start();
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
        archive.addClass(WahlAblauf.class); // in-container election scenario (issue 7)
        archive.addClass(RollenScenarios.class); // in-container role × data matrix (issue 16 item 6)
        archive.addClass(ClusterScenarios.class); // in-container cluster rules (issue 18 item 2)
        archive.addClass(WarnungsScenarios.class); // in-container: warnings in SQL = the Java rules (issue 19 item 1)
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

    @Inject
    de.werkerp.security.control.Startpasswoerter startpasswoerter;

    @EJB
    de.werkerp.security.boundary.EinladungService einladungService;

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
        // the first admin is invited by e-mail (the mail goes to the test's GreenMail); the fixture then gives the
        // admin a known password as if the invitation had been accepted (KontenScenarios test the invitation itself)
        Traeger traeger = callers.runAs(OPERATOR, () -> traegerService.create(new Traeger(kennung, "Träger " + kennung),
                kennung + ".admin", "Admin " + kennung, kennung + ".admin@example.org", "http://localhost/werkerp"));
        startpasswoerter.setzen(traeger.getId(), kennung + ".admin", "geheim-" + kennung);
        Caller admin = new Caller(kennung + ".admin", traeger.getId(), EnumSet.of(Role.TENANT_ADMIN));
        TenantData data = callers.runAs(admin, () -> {
            Einrichtung e = organisation.createEinrichtung(new Einrichtung("Werkstatt " + kennung, Einrichtungsart.WFBM));
            Betriebsstaette s = organisation.createBetriebsstaette(e.getId(),
                    new Betriebsstaette(null, "Standort " + kennung, "Weg 1", "10115", "Berlin", false));
            Gruppe g = organisation.createGruppe(s.getId(), new Gruppe(null, "Gruppe " + kennung));
            Benutzer u = benutzerService.create(new Benutzer(kennung + ".entgelt", "Entgelt " + kennung,
                    EnumSet.of(Role.PAYROLL)), "passwort-" + kennung);
            return new TenantData(admin, e, s, g, u);
        });
        startpasswoerter.setzen(traeger.getId(), kennung + ".entgelt", "passwort-" + kennung);
        return data;
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
                    new Betriebsstaette(null, "Unter B", null, null, null, false)));
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

    @EJB
    BeschaeftigteService beschaeftigteService;

    @EJB
    VertragService vertragService;

    @EJB
    LeistungstraegerService leistungstraegerService;

    private record PersonData(Caller admin, Beschaeftigter person, Werkstattvertrag vertrag, Leistungstraeger lt,
            Bewilligung bewilligung) {
    }

    private PersonData tenantWithPerson(String kennung) {
        TenantData t = tenantWithData(kennung);
        return callers.runAs(t.admin(), () -> {
            Leistungstraeger lt = leistungstraegerService.create(new Leistungstraeger("LT " + kennung, LeistungstraegerArt.EINGLIEDERUNGSHILFE));
            Beschaeftigter p = new Beschaeftigter("Vera", "Person-" + kennung, LocalDate.of(1990, 5, 17), Geschlecht.WEIBLICH);
            p.setPersonenkreis(Personenkreis.SEELISCHE_BEHINDERUNG);
            p.setIban("DE89 3704 0044 0532 0130 00");
            p = beschaeftigteService.create(p, false);
            Werkstattvertrag v = vertragService.anlegen(new NeuerVertrag(p.getId(), t.einrichtung().getId(),
                    LocalDate.of(2025, 1, 1), Bereich.AB, Platzierung.GRUPPE, t.gruppe().getId(), null,
                    new BigDecimal("37.5"), null, null, null));
            Bewilligung b = new Bewilligung();
            b.setAktenzeichen("AZ-" + kennung);
            b.setBereich(Bereich.AB);
            b.setGueltigAb(LocalDate.of(2025, 1, 1));
            b.setGueltigBis(LocalDate.of(2026, 12, 31));
            b = vertragService.bewilligungAnlegen(v.getId(), lt.getId(), b);
            return new PersonData(t.admin(), p, v, lt, b);
        });
    }

    @Test
    @Order(4)
    void people_and_contracts_never_cross_tenants() {
        PersonData a = tenantWithPerson("pers-a");
        PersonData b = tenantWithPerson("pers-b");
        callers.runAs(a.admin(), () -> {
            assertEquals(List.of("Person-pers-a, Vera"), beschaeftigteService.beschaeftigte().stream().map(Beschaeftigter::getName).toList());
            assertEquals(1, vertragService.vertraege().size());
            assertThrows(NotFound.class, () -> beschaeftigteService.find(b.person().getId()));
            assertThrows(NotFound.class, () -> vertragService.vertrag(b.vertrag().getId()));
            assertThrows(NotFound.class, () -> vertragService.bewilligungen(b.vertrag().getId()));
            assertThrows(NotFound.class, () -> leistungstraegerService.find(b.lt().getId()));
            Beschaeftigter stolen = b.person();
            stolen.setNachname("Gekapert");
            assertThrows(NotFound.class, () -> beschaeftigteService.update(stolen));
            assertThrows(NotFound.class, () -> beschaeftigteService.setAktiv(b.person().getId(), false));
            assertThrows(NotFound.class, () -> vertragService.beenden(b.vertrag().getId(), LocalDate.of(2026, 1, 31),
                    Vertragsende.SONSTIGE, "x"));
            assertThrows(NotFound.class, () -> vertragService.phaseWechseln(b.vertrag().getId(), LocalDate.of(2026, 1, 1),
                    Bereich.AB, Platzierung.GRUPPE, null, null));
            Bewilligung withForeignLt = new Bewilligung();
            withForeignLt.setAktenzeichen("X");
            withForeignLt.setBereich(Bereich.AB);
            withForeignLt.setGueltigAb(LocalDate.of(2027, 1, 1));
            withForeignLt.setGueltigBis(LocalDate.of(2028, 12, 31));
            assertThrows(ValidationFailure.class, () -> vertragService.bewilligungAnlegen(a.vertrag().getId(), b.lt().getId(), withForeignLt));
            assertThrows(ValidationFailure.class, () -> vertragService.anlegen(new NeuerVertrag(b.person().getId(),
                    null, LocalDate.of(2026, 1, 1), Bereich.EV, null, null, null, new BigDecimal("37.5"), null, null, null)));
            assertTrue(vertragService.warnungen(LocalDate.of(2026, 11, 23)).stream()
                    .noneMatch(w -> w.person().contains("pers-b")));
        });
        callers.runAs(b.admin(), () -> {
            Beschaeftigter unchanged = beschaeftigteService.find(b.person().getId());
            assertEquals("Person-pers-b", unchanged.getNachname());
            assertTrue(unchanged.isAktiv());
            assertEquals(null, vertragService.vertrag(b.vertrag().getId()).getEnde());
            assertEquals(1, vertragService.phasen(b.vertrag().getId()).size());
            assertEquals(1, vertragService.bewilligungen(b.vertrag().getId()).size());
        });
    }

    @Test
    @Order(5)
    void special_category_data_only_for_social_service_and_admin() {
        PersonData a = tenantWithPerson("kat-a");
        Long tenant = a.admin().tenantId();
        callers.runAs(new Caller("sozial", tenant, EnumSet.of(Role.SOCIAL_SERVICE)), () ->
                assertEquals(Personenkreis.SEELISCHE_BEHINDERUNG, beschaeftigteService.find(a.person().getId()).getPersonenkreis()));
        callers.runAs(new Caller("lohn", tenant, EnumSet.of(Role.PAYROLL)), () -> {
            Beschaeftigter seen = beschaeftigteService.find(a.person().getId());
            assertEquals(null, seen.getPersonenkreis());
            assertEquals("DE89370400440532013000", seen.getIban());
            // payroll changes the bank account; the hidden special-category data stays as stored
            seen.setKontoinhaber("Vera Person");
            beschaeftigteService.update(seen);
        });
        callers.runAs(a.admin(), () ->
                assertEquals(Personenkreis.SEELISCHE_BEHINDERUNG, beschaeftigteService.find(a.person().getId()).getPersonenkreis()));
        callers.runAs(new Caller("rat", tenant, EnumSet.of(Role.COUNCIL)), () -> {
            assertThrows(AccessDenied.class, () -> beschaeftigteService.beschaeftigte());
            assertThrows(AccessDenied.class, () -> beschaeftigteService.find(a.person().getId()));
            assertThrows(AccessDenied.class, () -> vertragService.vertraege());
        });
    }

    @Test
    @Order(6)
    void contract_rules_refuse_bad_input_and_store_nothing() {
        PersonData a = tenantWithPerson("reg-a");
        callers.runAs(a.admin(), () -> {
            Long einrichtung = vertragService.vertrag(a.vertrag().getId()).getEinrichtung().getId();
            Beschaeftigter p2 = beschaeftigteService.create(new Beschaeftigter("Tom", "Teilzeit", LocalDate.of(1985, 2, 1),
                    Geschlecht.MAENNLICH), false);
            // part time without a reason (§ 6 Abs. 2 WVO)
            ValidationFailure tz = assertThrows(ValidationFailure.class, () -> vertragService.anlegen(new NeuerVertrag(p2.getId(),
                    einrichtung, LocalDate.of(2025, 3, 1), Bereich.EV, Platzierung.GRUPPE, null, null, new BigDecimal("20"),
                    null, null, null)));
            assertEquals("wochenstunden", tz.errors().get(0).field());
            assertTrue(vertragService.vertraegeVon(p2.getId()).isEmpty(), "nothing half-stored");
            // overlapping approval for the same area
            Bewilligung overlap = new Bewilligung();
            overlap.setAktenzeichen("AZ-2");
            overlap.setBereich(Bereich.AB);
            overlap.setGueltigAb(LocalDate.of(2026, 6, 1));
            overlap.setGueltigBis(LocalDate.of(2027, 5, 31));
            assertThrows(ValidationFailure.class, () -> vertragService.bewilligungAnlegen(a.vertrag().getId(), a.lt().getId(), overlap));
            assertEquals(1, vertragService.bewilligungen(a.vertrag().getId()).size());
            // a Lösungserklärung needs written reasons (§ 221 Abs. 7 SGB IX)
            ValidationFailure loes = assertThrows(ValidationFailure.class, () -> vertragService.beenden(a.vertrag().getId(),
                    LocalDate.of(2026, 6, 30), Vertragsende.LOESUNGSERKLAERUNG, " "));
            assertEquals("endeBegruendung", loes.errors().get(0).field());
            assertEquals(null, vertragService.vertrag(a.vertrag().getId()).getEnde());
            // invalid RV number and IBAN
            Beschaeftigter bad = new Beschaeftigter("Ida", "Fehler", LocalDate.of(1980, 1, 1), Geschlecht.WEIBLICH);
            bad.setRvNummer("65170839J004");
            assertEquals("rvNummer", assertThrows(ValidationFailure.class, () -> beschaeftigteService.create(bad, false)).errors().get(0).field());
            bad.setRvNummer(null);
            bad.setIban("DE89370400440532013001");
            assertEquals("iban", assertThrows(ValidationFailure.class, () -> beschaeftigteService.create(bad, false)).errors().get(0).field());
            // duplicate: same name and birth date
            Beschaeftigter twin = new Beschaeftigter("Vera", "Person-reg-a", LocalDate.of(1990, 5, 17), Geschlecht.WEIBLICH);
            assertEquals("nachname", assertThrows(ValidationFailure.class, () -> beschaeftigteService.create(twin, false)).errors().get(0).field());
            // phase change: the previous phase ends the day before
            vertragService.phaseWechseln(a.vertrag().getId(), LocalDate.of(2026, 3, 1), Bereich.AB, Platzierung.BETRIEBSINTEGRIERT,
                    null, "Gärtnerei Grün");
            List<Vertragsphase> phasen = vertragService.phasen(a.vertrag().getId());
            assertEquals(LocalDate.of(2026, 2, 28), phasen.get(0).getGueltigBis());
            assertEquals("Gärtnerei Grün", phasen.get(1).getArbeitgeber());
            // an approval ending within 90 days without follow-up is a warning
            assertTrue(vertragService.warnungen(LocalDate.of(2026, 11, 1)).stream()
                    .anyMatch(w -> w.art() == Warnung.Art.BEWILLIGUNG_LAEUFT_AUS && w.person().contains("reg-a")));
        });
    }

    @EJB
    ImportService importService;

    @Test
    @Order(7)
    void csv_import_dry_run_lists_errors_and_stores_all_or_nothing() {
        TenantData t = tenantWithData("imp-a");
        String header = "nachname;vorname;geburtsdatum;geschlecht;einrichtung;vertragsbeginn;bereich;gruppe;wochenstunden;teilzeitgrund\n";
        String good = "Import;Ina;03.04.1991;w;Werkstatt imp-a;01.02.2026;AB;Gruppe imp-a;37,5;\n";
        String otherGood = "\"Import; Zwei\";Ole;1989-12-24;m;Werkstatt imp-a;2026-02-01;EV;;25;kinderbetreuung\n";
        String bad = "Import;Udo;01.01.1980;m;Gibt es nicht;01.02.2026;AB;;37,5;\n";
        callers.runAs(t.admin(), () -> {
            ImportService.ImportBericht dry = importService.pruefen((header + good + bad).getBytes(StandardCharsets.UTF_8));
            assertEquals(2, dry.zeilen());
            assertEquals(1, dry.fehler().size(), dry.fehler().toString());
            assertEquals(3, dry.fehler().get(0).zeile());
            assertTrue(dry.fehler().get(0).meldung().contains("Gibt es nicht"), dry.fehler().get(0).meldung());
            assertTrue(beschaeftigteService.beschaeftigte().isEmpty(), "the dry run stores nothing");
        });
        callers.runAs(t.admin(), () -> {
            ImportService.ImportBericht failed = importService.importieren((header + good + bad).getBytes(StandardCharsets.UTF_8));
            assertFalse(failed.gespeichert());
            assertTrue(beschaeftigteService.beschaeftigte().isEmpty(), "one bad row: nothing is stored");
        });
        callers.runAs(t.admin(), () -> {
            ImportService.ImportBericht dry = importService.pruefen((header + good + otherGood).getBytes(StandardCharsets.UTF_8));
            assertTrue(dry.fehlerfrei(), dry.fehler().toString());
            assertTrue(beschaeftigteService.beschaeftigte().isEmpty());
        });
        callers.runAs(t.admin(), () -> {
            ImportService.ImportBericht done = importService.importieren((header + good + otherGood).getBytes(StandardCharsets.UTF_8));
            assertTrue(done.gespeichert(), done.fehler().toString());
            assertEquals(List.of("Import, Ina", "Import; Zwei, Ole"),
                    beschaeftigteService.beschaeftigte().stream().map(Beschaeftigter::getName).toList());
            assertEquals(2, vertragService.vertraege().size());
        });
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
    @Order(20)
    @RunAsClient
    void openapi_document_lints_clean_matches_docs_and_the_generated_client_works() throws Exception {
        OpenApiScenarios.generatedClientWorks(base);
        OpenApiScenarios.documentLintsCleanAndMatchesTheCommittedOne(base);
    }

    @Test
    @Order(31)
    @RunAsClient
    void security_headers_on_page_pdf_and_json_cookies_and_forwarded_https() {
        SicherheitScenarios.header(base);
    }

    @Test
    @Order(32)
    @RunAsClient
    void oversized_request_bodies_are_refused_with_413() {
        SicherheitScenarios.zuGross(base);
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
    @Order(15)
    @RunAsClient
    void calculator_regelaltersgrenze_keeps_its_public_contract() {
        ClientScenarios.regelaltersgrenzeRechner(base);
    }

    @Test
    @Order(19)
    @RunAsClient
    void calculator_wahl_keeps_its_public_contract() {
        ClientScenarios.wahlRechner(base);
    }

    @Test
    @Order(18)
    @RunAsClient
    void calculator_entgelt_keeps_its_public_contract() {
        ClientScenarios.entgeltRechner(base);
    }

    @Test
    @Order(17)
    @RunAsClient
    void calculator_sozialversicherung_reproduces_the_worked_example() {
        ClientScenarios.sozialversicherungRechner(base);
    }

    @Test
    @Order(16)
    @RunAsClient
    void rest_people_and_contracts() {
        ClientScenarios.peopleAndContracts(base);
    }

    @Test
    @Order(23)
    @RunAsClient
    void browser_calculator_page() {
        BrowserScenarios.calculatorPage(base);
    }

    @Test
    @Order(22)
    @RunAsClient
    void browser_creates_person_contract_approval_and_sees_warning() {
        BrowserScenarios.personContractApproval(base);
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

    // ------------------------------------------------------------------ Entgelt run (issue 4)

    @EJB
    EntgeltlaufService entgeltlauf;

    @EJB
    EntgeltEingabeService entgeltEingaben;

    @EJB
    EntgeltdokumentService entgeltDokumente;

    @Inject
    Musterbelegschaft belegschaft;

    /**
     * A full month of an Einrichtung with 50 people: compute, recompute (idempotent), four eyes, closed month,
     * a retroactive change settled next month (Rückrechnung), bad input refused without partial results.
     * Amounts: § 221 Abs. 2 SGB IX (Grundbetrag 133,00 € from 1.8.2024), § 59 SGB IX (AFöG 52,00 €),
     * Steigerungsbetrag = points × 1,25 € (the sample Entgeltordnung).
     */
    @Test
    @Order(24)
    void entgelt_month_for_50_people_compute_release_close_and_correct() throws Exception {
        TenantData t = tenantWithData("e50");
        entgeltMandant = t;
        YearMonth jan = YearMonth.of(2025, 1);
        YearMonth feb = YearMonth.of(2025, 2);
        List<Long> ids = callers.runAs(t.admin(), () -> {
            Musterbelegschaft.Lohnarten arten = belegschaft.entgeltGrundlagen(t.einrichtung(), jan.atDay(1), "E50");
            return belegschaft.personen(t.einrichtung(), List.of(t.gruppe()), arten, 50, jan, feb, "E50");
        });
        Caller erste = new Caller("e50.entgelt", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Caller zweite = new Caller("e50.zweite", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Long einrichtung = t.einrichtung().getId();
        Long anna = ids.get(0);

        // compute January
        Entgeltlauf lauf = callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, jan));
        assertEquals(Laufstatus.BERECHNET, lauf.getStatus());
        assertEquals(50, lauf.getAnzahl());
        List<Abrechnung> januar = callers.runAs(erste, () -> entgeltlauf.abrechnungen(lauf.getId()));
        assertEquals(50, januar.size());
        assertEquals(0, lauf.getSummeAuszahlung().compareTo(januar.stream().map(Abrechnung::getAuszahlung)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        Abrechnung a0 = januar.stream().filter(a -> a.getBeschaeftigterId().equals(anna)).findFirst().orElseThrow();
        // person 0: full month, 35 h, 40 points, no absence, lunch -45,00
        assertEquals(new BigDecimal("133.00"), a0.getGrundbetrag());
        assertEquals(new BigDecimal("50.00"), a0.getSteigerungsbetrag());
        assertEquals(new BigDecimal("183.00"), a0.getArbeitsentgelt());
        assertEquals(new BigDecimal("52.00"), a0.getArbeitsfoerderungsgeld());
        assertEquals(new BigDecimal("-45.00"), a0.getAbzuege());
        assertEquals(new BigDecimal("190.00"), a0.getAuszahlung());

        // idempotent: computing again before release gives the same statements
        Map<Long, String> vorher = januar.stream().collect(Collectors.toMap(Abrechnung::getBeschaeftigterId,
                Abrechnung::getZeilen));
        Entgeltlauf nochmal = callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, jan));
        Map<Long, String> nachher = callers.runAs(erste, () -> entgeltlauf.abrechnungen(nochmal.getId())).stream()
                .collect(Collectors.toMap(Abrechnung::getBeschaeftigterId, Abrechnung::getZeilen));
        assertEquals(vorher, nachher);

        // four eyes
        ValidationFailure selbst = assertThrows(ValidationFailure.class,
                () -> callers.runAs(erste, () -> entgeltlauf.freigeben(lauf.getId())));
        assertTrue(selbst.getMessage().contains("Vier-Augen"), selbst.getMessage());
        Entgeltlauf frei = callers.runAs(zweite, () -> entgeltlauf.freigeben(lauf.getId()));
        assertEquals(Laufstatus.FREIGEGEBEN, frei.getStatus());
        assertEquals("e50.zweite", frei.getFreigegebenVon());

        // closed: cannot be computed again; a later month cannot skip February
        ValidationFailure zu = assertThrows(ValidationFailure.class,
                () -> callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, jan)));
        assertTrue(zu.getMessage().contains("abgeschlossen"), zu.getMessage());
        ValidationFailure luecke = assertThrows(ValidationFailure.class,
                () -> callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, YearMonth.of(2025, 3))));
        assertTrue(luecke.getMessage().contains("02/2025"), luecke.getMessage());

        // SEPA file of the released month validates against the official XSD
        byte[] sepa = callers.runAs(erste, () -> entgeltDokumente.sepa(lauf.getId(), LocalDate.of(2025, 1, 30)));
        assertEquals(List.of(), SepaValidierung.pruefe(sepa));
        String xml = new String(sepa, StandardCharsets.UTF_8);
        assertEquals(50, xml.split("<CdtTrfTxInf>", -1).length - 1);
        assertTrue(xml.contains("<CtrlSum>" + lauf.getSummeAuszahlung().setScale(2).toPlainString() + "</CtrlSum>"), xml);

        // bad input: a deduction with a positive amount is refused, nothing stored
        int postenVorher = callers.runAs(erste, () -> entgeltEingaben.lohnposten(feb)).size();
        Long mittag = callers.runAs(erste, () -> entgeltEingaben.lohnposten(feb)).get(0).getLohnart().getId();
        ValidationFailure positiv = assertThrows(ValidationFailure.class, () -> callers.runAs(erste,
                () -> entgeltEingaben.lohnpostenBuchen(anna, feb, mittag, null, new BigDecimal("45.00"))));
        assertTrue(positiv.getMessage().contains("negativ"), positiv.getMessage());
        assertEquals(postenVorher, callers.runAs(erste, () -> entgeltEingaben.lohnposten(feb)).size());

        // retroactive change of the closed January: two unexcused days for person 0
        String januarTage = callers.runAs(erste, () -> entgeltEingaben.anwesenheit(einrichtung, jan, null)).stream()
                .filter(z -> z.beschaeftigterId().equals(anna)).findFirst().orElseThrow().tage();
        String geaendert = januarTage.replaceFirst("A", "F").replaceFirst("A", "F");
        callers.runAs(erste, () -> entgeltEingaben.anwesenheitSpeichern(jan,
                List.of(new EntgeltEingabeService.AnwesenheitEingabe(anna, geaendert, null))));
        Entgeltlauf februar = callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, feb));
        List<AbrechnungKorrektur> korrekturen = callers.runAs(erste, () -> entgeltlauf.korrekturen(februar.getId()));
        assertEquals(1, korrekturen.size());
        AbrechnungKorrektur k = korrekturen.get(0);
        assertEquals(anna, k.getBeschaeftigterId());
        assertEquals(jan, k.getKorrigierterMonat());
        // January 2025 in Niedersachsen: 22 working days (1 January is a holiday); 50,00 € × 2/22 = 4,55 €
        Rueckrechnung.Differenz sb = RechenzeilenJson.differenzen(k.getDifferenzen()).stream()
                .filter(d -> d.schluessel().equals("STEIGERUNGSBETRAG")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("50.00"), sb.alt());
        assertEquals(new BigDecimal("45.45"), sb.neu());
        assertEquals(new BigDecimal("-4.55"), sb.differenz());
        assertEquals(new BigDecimal("-4.55"), k.getAuszahlungsdifferenz());
        Abrechnung annaFeb = callers.runAs(erste, () -> entgeltlauf.abrechnungen(februar.getId())).stream()
                .filter(a -> a.getBeschaeftigterId().equals(anna)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("185.45"), annaFeb.getAuszahlung());
        assertTrue(annaFeb.getZeilen().contains("Rückforderung aus Rückrechnung 01/2025"), annaFeb.getZeilen());
        // the closed month itself did not change
        Map<Long, String> janJetzt = callers.runAs(erste, () -> entgeltlauf.abrechnungen(lauf.getId())).stream()
                .collect(Collectors.toMap(Abrechnung::getBeschaeftigterId, Abrechnung::getZeilen));
        assertEquals(nachher, janJetzt);
        // a change after the computation outdates the run: release refused until computed again
        callers.runAs(erste, () -> entgeltEingaben.lohnpostenBuchen(anna, feb, mittag, "Zusatzessen",
                new BigDecimal("-5.00")));
        ValidationFailure veraltet = assertThrows(ValidationFailure.class,
                () -> callers.runAs(zweite, () -> entgeltlauf.freigeben(februar.getId())));
        assertTrue(veraltet.getMessage().contains("neu berechnen"), veraltet.getMessage());
        callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, feb));
        assertEquals(Laufstatus.FREIGEGEBEN, callers.runAs(zweite, () -> entgeltlauf.freigeben(februar.getId()))
                .getStatus());
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM rueckrechnung_vormerkung WHERE tenant_id = "
                        + t.admin().tenantId())) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the correction settled the mark");
        }

        // a Steigerungsbetrag without assessment: March fails with a German message naming the person, nothing stored
        Long neu = callers.runAs(t.admin(), () -> {
            Beschaeftigter p = beschaeftigteService.create(new Beschaeftigter("Otto", "Ohnebeurteilung",
                    LocalDate.of(1980, 2, 2), Geschlecht.MAENNLICH), false);
            vertragService.anlegen(new NeuerVertrag(p.getId(), einrichtung, LocalDate.of(2025, 3, 1), Bereich.AB,
                    Platzierung.GRUPPE, t.gruppe().getId(), null, new BigDecimal("35"), null, null, null));
            return p.getId();
        });
        ValidationFailure ohne = assertThrows(ValidationFailure.class,
                () -> callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, YearMonth.of(2025, 3))));
        assertTrue(ohne.errors().stream().anyMatch(e -> e.message().contains("Ohnebeurteilung, Otto")
                && e.message().contains("Leistungsbeurteilung")), ohne.errors().toString());
        Entgeltlauf maerz = callers.runAs(erste, () -> entgeltlauf.lauf(einrichtung, YearMonth.of(2025, 3))).orElseThrow();
        assertEquals(Laufstatus.FEHLER, maerz.getStatus());
        assertEquals(List.of(), callers.runAs(erste, () -> entgeltlauf.abrechnungen(maerz.getId())));
        assertTrue(neu > 0);

        // another tenant sees none of it
        TenantData other = tenantWithData("e50x");
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(), () -> entgeltlauf.lauf(lauf.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(), () -> entgeltlauf.freigeben(februar.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(), () -> entgeltDokumente.lohnzettel(a0.getId(), false)));
    }

    @Test
    @Order(25)
    @RunAsClient
    void rest_entgelt_run_documents_and_four_eyes() throws Exception {
        EntgeltScenarios.restRun(base);
    }

    // ------------------------------------------------------------------ one full time (issue 15 item 2)

    @EJB
    de.werkerp.wage.boundary.EntgeltStammdatenService entgeltStammdaten;

    /**
     * One full time (§ 6 Abs. 1 WVO, rules.md § 7): the Einrichtung's Entgelt settings say 38.5 h, so 36 h are part
     * time for the contract check and the run alike. The change of the full time lists the working times becoming part
     * time without a reason and is refused until confirmed; a new 36-h contract without reason is refused with a
     * German message; with the reason the run computes under the chosen reading of § 6 Abs. 2 WVO (rules.md § 1):
     * Steigerungsbetrag 40 points × 1,25 € = 50,00 €, × 36/38,5 = 46,75 € (default), 50,00 € under the BAGüS reading.
     */
    @Test
    @Order(31)
    void one_full_time_for_contract_check_and_run_with_preview_and_both_readings() {
        TenantData t = tenantWithData("vz");
        YearMonth jan = YearMonth.of(2025, 1);
        YearMonth maerz = YearMonth.of(2025, 3);
        Long einrichtung = t.einrichtung().getId();
        Caller entgelt = new Caller("vz.entgelt", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));

        // an Einrichtung without Entgelt settings: the statutory lower bound of 35 h, said in the message
        ValidationFailure ohneEinstellungen = assertThrows(ValidationFailure.class, () -> callers.runAs(t.admin(), () -> {
            Beschaeftigter p = beschaeftigteService.create(new Beschaeftigter("Erik", "Ersteinstellung",
                    LocalDate.of(1985, 5, 5), Geschlecht.MAENNLICH), false);
            return vertragService.anlegen(new NeuerVertrag(p.getId(), einrichtung, jan.atDay(1), Bereich.AB,
                    Platzierung.GRUPPE, t.gruppe().getId(), null, new BigDecimal("34"), null, null, null));
        }));
        assertEquals("wochenstunden", ohneEinstellungen.errors().get(0).field());
        assertTrue(ohneEinstellungen.getMessage().contains("gesetzliche Untergrenze der Vollzeit von 35 Stunden"),
                ohneEinstellungen.getMessage());

        // settings of 35 h (the sample workforce), one person of 35 h; from February 36 h without reason (full time)
        List<Long> ids = callers.runAs(t.admin(), () -> {
            Musterbelegschaft.Lohnarten arten = belegschaft.entgeltGrundlagen(t.einrichtung(), jan.atDay(1), "VZ");
            return belegschaft.personen(t.einrichtung(), List.of(t.gruppe()), arten, 1, jan, maerz, "VZ");
        });
        Long anna = ids.get(0);
        Long vertrag = callers.runAs(t.admin(), () -> vertragService.vertraegeVon(anna).get(0).getId());
        callers.runAs(t.admin(), () -> vertragService.arbeitszeitAendern(vertrag, LocalDate.of(2025, 2, 1),
                new BigDecimal("36"), null, null, null));

        // full time outside 35–40 h is refused with a German message, nothing stored
        for (String falsch : new String[] {"34.99", "40.01"}) {
            ValidationFailure f = assertThrows(ValidationFailure.class, () -> callers.runAs(entgelt, () -> {
                var s = entgeltStammdaten.einstellung(einrichtung);
                s.setVollzeitStunden(new BigDecimal(falsch));
                return entgeltStammdaten.einstellungSpeichern(s, true);
            }));
            assertEquals("vollzeitStunden", f.errors().get(0).field());
            assertTrue(f.getMessage().contains("zwischen 35 und 40 Wochenstunden"), f.getMessage());
        }

        // the preview of 38.5 h lists the 36 h without reason (the January working time of 35 h has ended)
        List<de.werkerp.contract.control.Vollzeitaenderung.Betroffen> vorschau = callers.runAs(entgelt,
                () -> entgeltStammdaten.vollzeitVorschau(einrichtung, new BigDecimal("38.5")));
        assertEquals(1, vorschau.size(), vorschau.toString());
        assertEquals(anna, vorschau.get(0).arbeitszeit().beschaeftigterId());
        assertEquals(0, new BigDecimal("36").compareTo(vorschau.get(0).arbeitszeit().wochenstunden()));
        assertEquals(null, vorschau.get(0).arbeitszeit().teilzeitgrund());
        assertTrue(vorschau.get(0).grundFehlt());
        // saving without confirmation is refused, naming the person; with confirmation it is saved
        ValidationFailure unbestaetigt = assertThrows(ValidationFailure.class, () -> callers.runAs(entgelt, () -> {
            var s = entgeltStammdaten.einstellung(einrichtung);
            s.setVollzeitStunden(new BigDecimal("38.5"));
            return entgeltStammdaten.einstellungSpeichern(s);
        }));
        String name = vorschau.get(0).arbeitszeit().name();
        assertTrue(unbestaetigt.getMessage().contains(name) && unbestaetigt.getMessage().contains("36 Stunden ab "
                + "01.02.2025") && unbestaetigt.getMessage().contains("Teilzeit ohne Teilzeitgrund"),
                unbestaetigt.getMessage());
        assertEquals(0, new BigDecimal("35").compareTo(callers.runAs(entgelt,
                () -> entgeltStammdaten.einstellung(einrichtung)).getVollzeitStunden()));
        callers.runAs(entgelt, () -> {
            var s = entgeltStammdaten.einstellung(einrichtung);
            s.setVollzeitStunden(new BigDecimal("38.5"));
            return entgeltStammdaten.einstellungSpeichern(s, true);
        });
        var gespeichert = callers.runAs(entgelt, () -> entgeltStammdaten.einstellung(einrichtung));
        assertEquals(0, new BigDecimal("38.5").compareTo(gespeichert.getVollzeitStunden()));
        assertEquals(de.werkerp.wage.control.WvoTeilzeit.WIE_JEDE_TEILZEIT, gespeichert.getWvoTeilzeit());

        // the contract check now uses 38.5 h: a new 36-h contract without reason is refused
        ValidationFailure vertrag36 = assertThrows(ValidationFailure.class, () -> callers.runAs(t.admin(), () -> {
            Beschaeftigter p = beschaeftigteService.create(new Beschaeftigter("Tom", "Teilzeit",
                    LocalDate.of(1990, 1, 9), Geschlecht.MAENNLICH), false);
            return vertragService.anlegen(new NeuerVertrag(p.getId(), einrichtung, maerz.atDay(1), Bereich.AB,
                    Platzierung.GRUPPE, t.gruppe().getId(), null, new BigDecimal("36"), null, null, null));
        }));
        assertEquals("wochenstunden", vertrag36.errors().get(0).field());
        assertEquals("Eine Wochenarbeitszeit von 36 Stunden liegt unter der Vollzeit der Einrichtung von 38,5 Stunden "
                + "und braucht einen Teilzeitgrund: Art oder Schwere der Behinderung oder der Erziehungsauftrag "
                + "(§ 6 Abs. 2 WVO) oder ein Antrag nach § 8 TzBfG. Bitte einen Teilzeitgrund wählen.",
                vertrag36.errors().get(0).message());

        // the run of March without the reason stops naming the person
        ValidationFailure ohneGrund = assertThrows(ValidationFailure.class,
                () -> callers.runAs(entgelt, () -> entgeltlauf.berechnenUndWarten(einrichtung, maerz)));
        assertTrue(ohneGrund.errors().stream().anyMatch(e -> e.message().contains(name)
                && e.message().contains("kein Teilzeitgrund erfasst")), ohneGrund.errors().toString());

        // with the reason from March the run computes: rules.md § 1 default, Steigerungsbetrag 50,00 × 36/38,5
        callers.runAs(t.admin(), () -> vertragService.arbeitszeitAendern(vertrag, maerz.atDay(1),
                new BigDecimal("36"), de.werkerp.contract.control.Teilzeitgrund.ART_SCHWERE_BEHINDERUNG,
                LocalDate.of(2025, 2, 20), LocalDate.of(2025, 2, 27)));
        Entgeltlauf lauf = callers.runAs(entgelt, () -> entgeltlauf.berechnenUndWarten(einrichtung, maerz));
        assertEquals(Laufstatus.BERECHNET, lauf.getStatus());
        Abrechnung a = callers.runAs(entgelt, () -> entgeltlauf.abrechnungen(lauf.getId())).get(0);
        assertEquals(new BigDecimal("133.00"), a.getGrundbetrag());
        assertEquals(new BigDecimal("46.75"), a.getSteigerungsbetrag());
        assertEquals(new BigDecimal("52.00"), a.getArbeitsfoerderungsgeld());
        assertTrue(a.getZeilen().contains("Kürzung wegen Teilzeit: 36 von 38,5 Wochenstunden (§ 6 Abs. 2 WVO)"),
                a.getZeilen());

        // the BAGüS reading: part time under § 6 Abs. 2 WVO is not reduced; the computed run is outdated first
        callers.runAs(entgelt, () -> {
            var s = entgeltStammdaten.einstellung(einrichtung);
            s.setWvoTeilzeit(de.werkerp.wage.control.WvoTeilzeit.NICHT_GEKUERZT);
            return entgeltStammdaten.einstellungSpeichern(s);
        });
        assertTrue(callers.runAs(entgelt, () -> entgeltlauf.lauf(lauf.getId())).isVeraltet());
        Entgeltlauf neu = callers.runAs(entgelt, () -> entgeltlauf.berechnenUndWarten(einrichtung, maerz));
        Abrechnung b = callers.runAs(entgelt, () -> entgeltlauf.abrechnungen(neu.getId())).get(0);
        assertEquals(new BigDecimal("133.00"), b.getGrundbetrag());
        assertEquals(new BigDecimal("50.00"), b.getSteigerungsbetrag());

        // another tenant cannot preview or change these settings
        TenantData other = tenantWithData("vzx");
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(),
                () -> entgeltStammdaten.vollzeitVorschau(einrichtung, new BigDecimal("38.5"))));
        var fremd = callers.runAs(entgelt, () -> entgeltStammdaten.einstellung(einrichtung));
        fremd.setVollzeitStunden(new BigDecimal("40"));
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(),
                () -> entgeltStammdaten.einstellungSpeichern(fremd, true)));
        assertEquals(0, new BigDecimal("38.5").compareTo(callers.runAs(entgelt,
                () -> entgeltStammdaten.einstellung(einrichtung)).getVollzeitStunden()));
        // the council and the social service may not preview (names and reasons)
        Caller rat = new Caller("vz.rat", t.admin().tenantId(), EnumSet.of(Role.COUNCIL));
        assertThrows(AccessDenied.class, () -> callers.runAs(rat,
                () -> entgeltStammdaten.vollzeitVorschau(einrichtung, new BigDecimal("38.5"))));
    }

    @Test
    @Order(32)
    @RunAsClient
    void rest_full_time_preview_refusal_unless_confirmed_and_isolation() {
        EntgeltScenarios.vollzeitRest(base);
    }

    @Test
    @Order(33)
    @RunAsClient
    void browser_full_time_change_asks_for_confirmation_with_the_list() {
        EntgeltScenarios.vollzeitBrowser(base);
    }

    @Test
    @Order(26)
    @RunAsClient
    void browser_payroll_user_runs_a_month_and_downloads_a_payslip() {
        EntgeltScenarios.browserRun(base);
    }

    // ------------------------------------------------------------------ social insurance (issue 5)

    @EJB
    de.werkerp.social.boundary.SozialversicherungService sozialversicherung;

    @EJB
    de.werkerp.social.boundary.KrankenkassenService krankenkassen;

    /**
     * A month of 50 people with contributions (rules.md § 3, 2025: BG 3.745 €, KV 14,6 %, average Zusatzbeitrag
     * 2,5 %, PV 3,6 %, RV 18,6 %): the Beitragsnachweis totals are the sums of the statements, each refund claim adds
     * up to its parts, the worked figures of one person to the cent, and a person without Krankenkasse stops the run.
     */
    @Test
    @Order(27)
    void social_insurance_totals_and_refund_claims_add_up() {
        TenantData t = tenantWithData("sv50");
        YearMonth maerz = YearMonth.of(2025, 3);
        List<Long> ids = callers.runAs(t.admin(), () -> {
            Musterbelegschaft.Lohnarten arten = belegschaft.entgeltGrundlagen(t.einrichtung(), maerz.atDay(1), "SV");
            return belegschaft.personen(t.einrichtung(), List.of(t.gruppe()), arten, 50, maerz, maerz, "SV");
        });
        // a name that a spreadsheet would run as a formula (OWASP CSV injection)
        callers.runAs(t.admin(), () -> {
            Beschaeftigter p = beschaeftigteService.find(ids.get(3));
            p.setNachname("=1+1");
            beschaeftigteService.update(p);
        });
        Caller entgelt = new Caller("sv50.entgelt", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Entgeltlauf lauf = callers.runAs(entgelt, () -> entgeltlauf.berechnenUndWarten(t.einrichtung().getId(), maerz));
        List<Abrechnung> alle = callers.runAs(entgelt, () -> entgeltlauf.abrechnungen(lauf.getId()));
        assertEquals(50, alle.size());

        // the CSV export neutralises the name; amounts (also negative ones) stay numbers
        for (String art : List.of("erstattung-bund", "erstattung-leistungstraeger")) {
            String csv = new String(callers.runAs(entgelt, () -> sozialversicherung.csv(lauf.getId(), art)),
                    StandardCharsets.UTF_8);
            assertTrue(csv.contains("\r\n'=1+1, "), art + ":\n" + csv);
            assertFalse(java.util.Arrays.stream(csv.split("[;\r\n]+")).anyMatch(z -> z.startsWith("=")
                    || z.startsWith("\"=")), art + ":\n" + csv);
        }

        // person 0: Arbeitsentgelt 183,00 € ≤ 20 % BG: the provider bears KV/PV on 749,00 €, RV on 2.996,00 €
        Abrechnung p0 = alle.stream().filter(a -> a.getBeschaeftigterId().equals(ids.get(0))).findFirst().orElseThrow();
        assertEquals(new BigDecimal("749.00"), p0.getKvBemessung());
        assertEquals(new BigDecimal("109.35"), p0.getKvTraeger());      // 749 × 14,6 %
        assertEquals(new BigDecimal("18.73"), p0.getKvzTraeger());      // 749 × 2,5 % (average, § 242a SGB V)
        assertEquals(new BigDecimal("26.96"), p0.getPvTraeger());       // 749 × 3,6 %
        assertEquals(new BigDecimal("0.00"), p0.getPvBeschaeftigter()); // not childless
        assertEquals(new BigDecimal("2996.00"), p0.getRvBemessung());
        assertEquals(new BigDecimal("557.26"), p0.getRvTraeger());      // 2.996 × 18,6 %
        assertEquals(new BigDecimal("523.22"), p0.getRvErstattungBund()); // (2.996 − 183) × 18,6 %, § 179 Abs. 1 S. 1
        assertEquals(new BigDecimal("34.04"), p0.getRvErstattungLt());  // the rest, § 179 Abs. 1 S. 2 SGB VI
        // person 1 is childless (age ≥ 23): the surcharge 0,6 % on 749 € is deducted from the pay
        Abrechnung p1 = alle.stream().filter(a -> a.getBeschaeftigterId().equals(ids.get(1))).findFirst().orElseThrow();
        assertEquals(new BigDecimal("4.49"), p1.getPvBeschaeftigter());
        assertTrue(p1.getZeilen().contains("SV-PV"), p1.getZeilen());

        // Beitragsnachweis: one Kasse, totals = sums of the individual statements
        List<de.werkerp.social.boundary.SozialversicherungService.KassenSumme> nachweis =
                callers.runAs(entgelt, () -> sozialversicherung.beitragsnachweis(lauf.getId()));
        assertEquals(1, nachweis.size());
        var k = nachweis.get(0);
        assertEquals(50, k.personen());
        assertEquals(sum(alle, Abrechnung::getKvTraeger), k.kvTraeger());
        assertEquals(sum(alle, Abrechnung::getKvzTraeger), k.kvzTraeger());
        assertEquals(sum(alle, Abrechnung::getPvTraeger), k.pvTraeger());
        assertEquals(sum(alle, Abrechnung::getPvBeschaeftigter), k.pvBeschaeftigter());
        assertEquals(sum(alle, Abrechnung::getRvTraeger), k.rvTraeger());
        assertEquals(sum(alle, Abrechnung::getRvBeschaeftigter), k.rvBeschaeftigter());
        // each refund claim adds up to its parts; Bund + Leistungsträger = the provider's RV share
        for (Abrechnung a : alle) {
            assertEquals(a.getRvTraeger(), a.getRvErstattungBund().add(a.getRvErstattungLt()), a.getName());
        }
        var bund = callers.runAs(entgelt, () -> sozialversicherung.erstattungBund(lauf.getId()));
        assertEquals(germanEuro(
                sum(alle, Abrechnung::getRvErstattungBund)), bund.summe().get(6));
        var lt = callers.runAs(entgelt, () -> sozialversicherung.erstattungLeistungstraeger(lauf.getId()));
        assertEquals(1, lt.size());
        BigDecimal ltSumme = alle.stream().map(de.werkerp.social.boundary.SozialversicherungService::erstattung)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        assertEquals(germanEuro(ltSumme),
                lt.get(0).summe().get(7));
        assertEquals(ltSumme, sum(alle, Abrechnung::getKvTraeger).add(sum(alle, Abrechnung::getKvzTraeger))
                .add(sum(alle, Abrechnung::getPvTraeger)).add(sum(alle, Abrechnung::getRvErstattungLt))
                .add(sum(alle, Abrechnung::getArbeitsfoerderungsgeld)));
        byte[] pdf = callers.runAs(entgelt, () -> sozialversicherung.pdf(lauf.getId(), "erstattung-bund"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        // missing attendance: computed (with a warning), but the release is refused naming the person
        callers.runAs(t.admin(), () -> {
            Beschaeftigter p = new Beschaeftigter("Frieda", "Ohneanwesenheit", LocalDate.of(1980, 4, 4),
                    Geschlecht.WEIBLICH);
            p.setKrankenkasseBetriebsnummer("29720865");
            p.setKrankenkasseName("AOK Niedersachsen");
            p = beschaeftigteService.create(p, false);
            vertragService.anlegen(new NeuerVertrag(p.getId(), t.einrichtung().getId(), maerz.atDay(1), Bereich.AB,
                    Platzierung.GRUPPE, t.gruppe().getId(), null, new BigDecimal("35"), null, null, null));
            de.werkerp.wage.entity.Beurteilung b = new de.werkerp.wage.entity.Beurteilung();
            b.setBeurteiltAm(maerz.atDay(1));
            b.setGueltigAb(maerz.atDay(1));
            b.setBeurteiler("Gruppenleitung");
            b.setPunkte(new BigDecimal("40"));
            entgeltEingaben.beurteilungAnlegen(p.getId(), b);
        });
        Entgeltlauf mitLuecke = callers.runAs(entgelt, () -> entgeltlauf.berechnenUndWarten(t.einrichtung().getId(),
                maerz));
        assertEquals(51, mitLuecke.getAnzahl());
        Caller zweite = new Caller("sv50.zweite", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        ValidationFailure ohneAnwesenheit = assertThrows(ValidationFailure.class,
                () -> callers.runAs(zweite, () -> entgeltlauf.freigeben(mitLuecke.getId())));
        assertTrue(ohneAnwesenheit.getMessage().contains("Ohneanwesenheit, Frieda")
                && ohneAnwesenheit.getMessage().contains("Anwesenheit"), ohneAnwesenheit.getMessage());

        // a person without Krankenkasse: the run stops with a German message naming the person and what is missing
        callers.runAs(t.admin(), () -> {
            Beschaeftigter p = beschaeftigteService.find(ids.get(2));
            p.setKrankenkasseBetriebsnummer(null);
            p.setKrankenkasseName(null);
            beschaeftigteService.update(p);
        });
        ValidationFailure ohneKasse = assertThrows(ValidationFailure.class, () -> callers.runAs(entgelt,
                () -> entgeltlauf.berechnenUndWarten(t.einrichtung().getId(), maerz)));
        assertTrue(ohneKasse.errors().stream().anyMatch(e -> e.message().contains("Krankenkasse")),
                ohneKasse.errors().toString());
        // the earlier result is untouched
        assertEquals(51, callers.runAs(entgelt, () -> entgeltlauf.abrechnungen(lauf.getId())).size());

        // another tenant sees none of the Kassen, inputs or figures and cannot book on these people
        TenantData fremd = tenantWithData("sv50x");
        assertEquals(List.of(), callers.runAs(fremd.admin(), () -> krankenkassen.krankenkassen()));
        assertEquals(List.of(), callers.runAs(fremd.admin(), () -> entgeltEingaben.lohnposten(maerz)));
        assertEquals(List.of(), callers.runAs(fremd.admin(), () -> entgeltEingaben.beurteilungen(ids.get(0))));
        assertThrows(NotFound.class, () -> callers.runAs(fremd.admin(), () -> sozialversicherung.beitragsnachweis(
                lauf.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(fremd.admin(), () -> entgeltEingaben.lohnpostenBuchen(
                ids.get(0), maerz, null, null, new BigDecimal("-1.00"))));
    }

    /**
     * Partial months (issue 15, rules.md § 3, § 223 Abs. 2 SGB V): SV-Tage from the contract phases (entries on the
     * 1st, 16th and 31st, an exit on the 10th) prorate the minimum bases; the Beitragsnachweis totals equal the sum of
     * the statements; payslip and claims show the SV-Tage. The Beitrittsgebiet is never assumed: a person without a
     * group in an Einrichtung without main site stops the run; with an Ost main site 2024 uses the BG Ost.
     */
    @Test
    @Order(500)
    void sv_tage_of_partial_months_and_the_beitrittsgebiet_of_the_site() throws Exception {
        // 2024 in a tenant of its own (months follow each other per Einrichtung)
        TenantData o = tenantWithData("svost");
        Caller entgeltOst = new Caller("svost.entgelt", o.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        YearMonth maerz24 = YearMonth.of(2024, 3);
        callers.runAs(o.admin(), () -> {
            belegschaft.entgeltGrundlagen(o.einrichtung(), LocalDate.of(2024, 1, 1), "SO");
            // placed with an employer: the phase has no group, so the Einrichtung's main site is the place of work
            Beschaeftigter p = svPerson("Außen", LocalDate.of(1990, 6, 1));
            vertragService.anlegen(new NeuerVertrag(p.getId(), o.einrichtung().getId(), maerz24.atDay(1), Bereich.AB,
                    Platzierung.AUSGELAGERT, null, "Gartenbau Müller GmbH", new BigDecimal("35"), null, null, null));
            svBeurteilung(p.getId(), maerz24.atDay(1));
            return p.getId();
        });
        // no group, no main site: the run stops naming the person and what is missing; nothing is guessed
        ValidationFailure ohneOrt = assertThrows(ValidationFailure.class, () -> callers.runAs(entgeltOst,
                () -> entgeltlauf.berechnenUndWarten(o.einrichtung().getId(), maerz24)));
        assertTrue(ohneOrt.errors().stream().anyMatch(e -> e.message().contains("Außen, Erika")
                && e.message().contains("Hauptbetriebsstätte") && e.message().contains("§ 228a SGB VI")),
                ohneOrt.errors().toString());
        // the site lies in the Beitrittsgebiet and becomes the main site: 2024 RV on 80 % of the BG Ost (2.772,00 €)
        callers.runAs(o.admin(), () -> {
            Betriebsstaette site = organisation.betriebsstaette(o.site().getId());
            site.setBeitrittsgebiet(true);
            site.setHauptbetriebsstaette(true);
            return organisation.updateBetriebsstaette(o.einrichtung().getId(), site);
        });
        Entgeltlauf lauf24 = callers.runAs(entgeltOst, () -> entgeltlauf.berechnenUndWarten(o.einrichtung().getId(),
                maerz24));
        Abrechnung ost = callers.runAs(entgeltOst, () -> entgeltlauf.abrechnungen(lauf24.getId())).get(0);
        assertEquals(new BigDecimal("2772.00"), ost.getRvBemessung(), "80 % der Bezugsgröße Ost 2024 (3.465 €)");
        assertEquals(30, ost.getSvTage());

        TenantData t = tenantWithData("svtage");
        Caller entgelt = new Caller("svtage.entgelt", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        YearMonth maerz = YearMonth.of(2026, 3);
        callers.runAs(t.admin(), () -> {
            belegschaft.entgeltGrundlagen(t.einrichtung(), LocalDate.of(2026, 1, 1), "ST");
            // placed with an employer, no group: works at the Einrichtung's main site (West)
            Betriebsstaette site = organisation.betriebsstaette(t.site().getId());
            site.setHauptbetriebsstaette(true);
            organisation.updateBetriebsstaette(t.einrichtung().getId(), site);
            Beschaeftigter p = svPerson("Außen", LocalDate.of(1990, 6, 1));
            vertragService.anlegen(new NeuerVertrag(p.getId(), t.einrichtung().getId(), maerz.atDay(1), Bereich.AB,
                    Platzierung.AUSGELAGERT, null, "Gartenbau Müller GmbH", new BigDecimal("35"), null, null, null));
            svBeurteilung(p.getId(), maerz.atDay(1));
            return p.getId();
        });

        // 2026-03: entries on the 1st, 16th and 31st, an exit on the 10th (contract from February)
        Map<String, Long> ids = callers.runAs(t.admin(), () -> {
            Map<String, Long> m = new java.util.LinkedHashMap<>();
            for (Object[] e : new Object[][] {{"Erster", maerz.atDay(1)}, {"Mitte", maerz.atDay(16)},
                    {"Letzter", maerz.atDay(31)}, {"Austritt", maerz.minusMonths(1).atDay(1)}}) {
                Beschaeftigter p = svPerson((String) e[0], LocalDate.of(1985, 2, 2));
                LocalDate beginn = (LocalDate) e[1];
                var v = vertragService.anlegen(new NeuerVertrag(p.getId(), t.einrichtung().getId(), beginn,
                        Bereich.AB, Platzierung.GRUPPE, t.gruppe().getId(), null, new BigDecimal("35"), null, null,
                        null));
                svBeurteilung(p.getId(), beginn);
                if (e[0].equals("Austritt")) {
                    vertragService.beenden(v.getId(), maerz.atDay(10), Vertragsende.KUENDIGUNG_BESCHAEFTIGTE, null);
                }
                m.put((String) e[0], p.getId());
            }
            return m;
        });
        Entgeltlauf lauf = callers.runAs(entgelt, () -> entgeltlauf.berechnenUndWarten(t.einrichtung().getId(), maerz));
        List<Abrechnung> alle = callers.runAs(entgelt, () -> entgeltlauf.abrechnungen(lauf.getId()));
        assertEquals(5, alle.size());
        Map<Long, Abrechnung> je = alle.stream().collect(java.util.stream.Collectors.toMap(Abrechnung::getBeschaeftigterId,
                a -> a));
        // SV-Tage and the prorated minimum bases (BG 2026: 3.955 €; 20 % = 791,00 €, 80 % = 3.164,00 €)
        Object[][] erwartet = {{"Erster", 30, "791.00", "3164.00"}, {"Mitte", 16, "421.87", "1687.47"},
            {"Letzter", 1, "26.37", "105.47"}, {"Austritt", 10, "263.67", "1054.67"}};
        for (Object[] e : erwartet) {
            Abrechnung a = je.get(ids.get((String) e[0]));
            assertEquals(e[1], a.getSvTage(), (String) e[0]);
            assertEquals(new BigDecimal((String) e[2]), a.getKvBemessung(), (String) e[0]);
            assertEquals(new BigDecimal((String) e[3]), a.getRvBemessung(), (String) e[0]);
            assertEquals(a.getRvTraeger(), a.getRvErstattungBund().add(a.getRvErstattungLt()), (String) e[0]);
            assertFalse(a.getHinweise() != null && a.getHinweise().contains("für den ganzen Monat angesetzt"),
                    "the old partial-month warning is gone");
        }
        Abrechnung mitte = je.get(ids.get("Mitte"));
        // the Bund refunds the contribution on (prorated 80 % − Entgelt), § 179 Abs. 1 Satz 1 SGB VI
        assertEquals(new BigDecimal("1687.47").subtract(mitte.getArbeitsentgelt()).multiply(new BigDecimal("0.186"))
                .setScale(2, java.math.RoundingMode.HALF_UP), mitte.getRvErstattungBund());

        // Beitragsnachweis: totals = the sums of the statements, SV-Tage added up (30 + 30 + 16 + 1 + 10)
        var nachweis = callers.runAs(entgelt, () -> sozialversicherung.beitragsnachweis(lauf.getId()));
        assertEquals(1, nachweis.size());
        var k = nachweis.get(0);
        assertEquals(5, k.personen());
        assertEquals(87, k.svTage());
        assertEquals(sum(alle, Abrechnung::getKvTraeger), k.kvTraeger());
        assertEquals(sum(alle, Abrechnung::getKvBeschaeftigter), k.kvBeschaeftigter());
        assertEquals(sum(alle, Abrechnung::getKvzTraeger), k.kvzTraeger());
        assertEquals(sum(alle, Abrechnung::getKvzBeschaeftigter), k.kvzBeschaeftigter());
        assertEquals(sum(alle, Abrechnung::getPvTraeger), k.pvTraeger());
        assertEquals(sum(alle, Abrechnung::getPvBeschaeftigter), k.pvBeschaeftigter());
        assertEquals(sum(alle, Abrechnung::getRvTraeger), k.rvTraeger());
        assertEquals(sum(alle, Abrechnung::getRvBeschaeftigter), k.rvBeschaeftigter());
        var tabelle = callers.runAs(entgelt, () -> sozialversicherung.beitragsnachweisTabelle(lauf.getId()));
        assertEquals("SV-Tage", tabelle.spalten().get(2));
        assertEquals("87", tabelle.summe().get(2));
        // both claims show the SV-Tage per person
        var bund = callers.runAs(entgelt, () -> sozialversicherung.erstattungBund(lauf.getId()));
        assertEquals("SV-Tage", bund.spalten().get(2));
        assertTrue(bund.zeilen().stream().anyMatch(z -> z.get(0).equals("Mitte, Erika") && z.get(2).equals("16")),
                bund.zeilen().toString());
        assertEquals(germanEuro(sum(alle, Abrechnung::getRvErstattungBund)), bund.summe().get(6));
        var lt = callers.runAs(entgelt, () -> sozialversicherung.erstattungLeistungstraeger(lauf.getId()));
        assertTrue(lt.stream().flatMap(x -> x.zeilen().stream())
                .anyMatch(z -> z.get(0).equals("Letzter, Erika") && z.get(1).equals("1")), lt.toString());
        String csv = new String(callers.runAs(entgelt, () -> sozialversicherung.csv(lauf.getId(),
                "erstattung-bund")), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("Name;RV-Nummer;SV-Tage;"), csv);
        // the payslip states the SV-Tage
        // (the printed sentence is checked by EntgeltabrechnungSozialversicherungTest on the extracted PDF text)
        assertEquals(16, callers.runAs(entgelt, () -> entgeltDokumente.lohnzettelDaten(mitte.getId())).svTage());
        byte[] zettel = callers.runAs(entgelt, () -> entgeltDokumente.lohnzettel(mitte.getId(), false));
        assertEquals("%PDF", new String(zettel, 0, 4, StandardCharsets.US_ASCII));

        // a change of group inside the Arbeitsbereich on the 15th does not cut the month: 30 SV-Tage, full Grundbetrag
        Long wechsel = callers.runAs(t.admin(), () -> {
            Gruppe zweite = organisation.createGruppe(t.site().getId(), new Gruppe(null, "Zweite Gruppe svtage"));
            Beschaeftigter p = svPerson("Wechsel", LocalDate.of(1980, 3, 3));
            var v = vertragService.anlegen(new NeuerVertrag(p.getId(), t.einrichtung().getId(), maerz.minusMonths(1)
                    .atDay(1), Bereich.AB, Platzierung.GRUPPE, t.gruppe().getId(), null, new BigDecimal("35"), null,
                    null, null));
            svBeurteilung(p.getId(), maerz.minusMonths(1).atDay(1));
            vertragService.phaseWechseln(v.getId(), maerz.atDay(15), Bereich.AB, Platzierung.GRUPPE, zweite.getId(),
                    null);
            return p.getId();
        });
        Entgeltlauf nachWechsel = callers.runAs(entgelt, () -> entgeltlauf.berechnenUndWarten(t.einrichtung().getId(),
                maerz));
        Abrechnung gewechselt = callers.runAs(entgelt, () -> entgeltlauf.abrechnungen(nachWechsel.getId())).stream()
                .filter(a -> a.getBeschaeftigterId().equals(wechsel)).findFirst().orElseThrow();
        assertEquals(30, gewechselt.getSvTage());
        assertEquals(new BigDecimal("133.00"), gewechselt.getGrundbetrag(), "Grundbetrag 2026 in full");
        assertEquals(new BigDecimal("791.00"), gewechselt.getKvBemessung());
    }

    private Beschaeftigter svPerson(String nachname, LocalDate geburtsdatum) {
        Beschaeftigter p = new Beschaeftigter("Erika", nachname, geburtsdatum, Geschlecht.WEIBLICH);
        p.setKrankenkasseBetriebsnummer("29720865");
        p.setKrankenkasseName("AOK Niedersachsen");
        p.setKinderlos(true);
        return beschaeftigteService.create(p, false);
    }

    private void svBeurteilung(Long personId, LocalDate ab) {
        de.werkerp.wage.entity.Beurteilung b = new de.werkerp.wage.entity.Beurteilung();
        b.setBeurteiltAm(ab);
        b.setGueltigAb(ab);
        b.setBeurteiler("Gruppenleitung");
        b.setPunkte(new BigDecimal("40"));
        entgeltEingaben.beurteilungAnlegen(personId, b);
    }

    private static String germanEuro(BigDecimal b) {
        return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.GERMANY))
                .format(b);
    }

    private static BigDecimal sum(List<Abrechnung> l, java.util.function.Function<Abrechnung, BigDecimal> f) {
        return l.stream().map(f).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }


    // ------------------------------------------------------------------ GDPR: Art. 15, retention, deletion (issue 16 item 7)

    @Test
    @Order(450)
    @RunAsClient
    void dsgvo_art15_export_json_and_pdf_and_retention_periods_over_rest() throws Exception {
        DatenschutzScenarios.auskunftUndFristen(base);
    }

    @EJB
    de.werkerp.privacy.boundary.DatenschutzService datenschutz;

    @EJB
    de.werkerp.privacy.boundary.AuskunftService auskunft;

    @EJB
    de.werkerp.privacy.boundary.Fotoloeschlauf fotoloeschlauf;

    @Inject
    de.werkerp.platform.control.Uhr uhr;

    private void uhrAuf(LocalDate tag) {
        uhr.stellen(tag.atTime(12, 0).atZone(de.werkerp.platform.control.Uhr.BERLIN).toInstant());
    }

    /**
     * A deletion run: a person whose contract ended in March 2023 with a payslip, an illness spell and a Teilhabe goal
     * becomes deletable on 01.01.2032 (wage records 8 years after 2023, § 147 AO); the list proposes her, the same
     * admin cannot confirm, a second admin does; afterwards her personal fields are anonymised, the run's sums and the
     * Beitragsnachweis are unchanged, the audit trail's chain still verifies and holds no removed value as a new one.
     */
    @Test
    @Order(451)
    void dsgvo_deletion_run_with_four_eyes_keeps_the_totals_and_the_audit_chain() {
        TenantData t = tenantWithData("dsgvo");
        Caller entgelt = new Caller("dsgvo.entgelt", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Caller admin2 = new Caller("dsgvo.admin2", t.admin().tenantId(), EnumSet.of(Role.TENANT_ADMIN));
        YearMonth maerz = YearMonth.of(2023, 3);
        Map<String, Long> ids = callers.runAs(t.admin(), () -> {
            benutzerService.create(new Benutzer("dsgvo.admin2", "Zweite Admin", EnumSet.of(Role.TENANT_ADMIN)),
                    "passwort-dsgvo-2");
            belegschaft.entgeltGrundlagen(t.einrichtung(), LocalDate.of(2023, 1, 1), "DS");
            Beschaeftigter geht = svPerson("Vergessen", LocalDate.of(1970, 4, 5));
            geht.setIban("DE89370400440532013000");
            geht.setStrasse("Lindenweg 7");
            geht.setPlz("10115");
            geht.setOrt("Berlin");
            geht.setBetreuerName("Bettina Betreuerin");
            beschaeftigteService.update(geht);
            Beschaeftigter bleibt = svPerson("Bleibt", LocalDate.of(1980, 1, 1));
            Map<String, Long> m = new java.util.HashMap<>();
            for (Beschaeftigter p : List.of(geht, bleibt)) {
                var v = vertragService.anlegen(new NeuerVertrag(p.getId(), t.einrichtung().getId(),
                        LocalDate.of(2023, 1, 1), Bereich.AB, Platzierung.GRUPPE, t.gruppe().getId(), null,
                        new BigDecimal("35"), null, null, null));
                svBeurteilung(p.getId(), LocalDate.of(2023, 1, 1));
                m.put(p.getNachname(), p.getId());
                m.put(p.getNachname() + ".vertrag", v.getId());
            }
            vertragService.beenden(m.get("Vergessen.vertrag"), maerz.atEndOfMonth(), Vertragsende.KUENDIGUNG_BESCHAEFTIGTE,
                    "Umzug zu den Eltern");
            var au = new de.werkerp.wage.entity.Arbeitsunfaehigkeit();
            au.setBeginn(LocalDate.of(2023, 2, 8));
            au.setEnde(LocalDate.of(2023, 2, 12));
            entgeltEingaben.arbeitsunfaehigkeitAnlegen(m.get("Vergessen"), au);
            teilhabeZiel(m.get("Vergessen"), "Mit dem Rad zur Werkstatt fahren", LocalDate.of(2023, 1, 15));
            return m;
        });
        Long geht = ids.get("Vergessen");
        Long bleibt = ids.get("Bleibt");
        Entgeltlauf lauf = callers.runAs(entgelt, () -> entgeltlauf.berechnenUndWarten(t.einrichtung().getId(), maerz));
        List<Abrechnung> vorher = callers.runAs(entgelt, () -> entgeltlauf.abrechnungen(lauf.getId()));
        assertEquals(2, vorher.size());
        var nachweisVorher = callers.runAs(entgelt, () -> sozialversicherung.beitragsnachweis(lauf.getId()));
        BigDecimal summeVorher = callers.runAs(entgelt, () -> entgeltlauf.lauf(lauf.getId())).getSummeAuszahlung();

        // Art. 15: every category of her data, nothing of the other person or tenant; the export itself is audited
        var a = callers.runAs(t.admin(), () -> auskunft.auskunft(geht));
        String alles = a.toString();
        assertTrue(alles.contains("Vergessen") && alles.contains("DE89370400440532013000")
                && alles.contains("Mit dem Rad zur Werkstatt fahren") && alles.contains("2023-02-08")
                && alles.contains("Umzug zu den Eltern"), alles);
        assertFalse(alles.contains("Bleibt"), "nothing of another person");
        java.util.function.Function<String, Integer> anzahl = titel -> a.abschnitte().stream()
                .filter(x -> x.titel().startsWith(titel)).findFirst().orElseThrow().datensaetze().size();
        assertEquals(1, anzahl.apply("Stammdaten"));
        assertTrue(anzahl.apply("Werkstattverträge") >= 3, "contract, phase, working time");
        assertTrue(anzahl.apply("Anwesenheit") >= 1, "the illness spell");
        assertEquals(1, anzahl.apply("Entgeltabrechnungen"));
        assertEquals(1, anzahl.apply("Teilhabeplanung"));
        assertTrue(anzahl.apply("Änderungsprotokoll") > 3, "audit entries about her data");
        assertEquals(6, a.aufbewahrung().size());
        assertTrue(a.aufbewahrung().stream().anyMatch(f -> f.aufbewahrenBis() != null
                && f.aufbewahrenBis().equals(LocalDate.of(2031, 12, 31)) && f.rechtsgrundlage().contains("§ 147")),
                a.aufbewahrung().toString());
        byte[] pdf = callers.runAs(t.admin(), () -> auskunft.pdf(geht));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(callers.runAs(t.admin(), () -> auditService.latest(50)).stream().anyMatch(e -> e.getAktion()
                == de.werkerp.audit.entity.AuditAction.LESEN && geht.equals(e.getObjektId())
                && "Auskunft nach Art. 15 DSGVO".equals(e.getFeld())));
        TenantData fremd = tenantWithData("dsgvo-x");
        assertThrows(NotFound.class, () -> callers.runAs(fremd.admin(), () -> auskunft.auskunft(geht)));
        assertThrows(NotFound.class, () -> callers.runAs(fremd.admin(), () -> datenschutz.vorschlagen(geht)));
        assertThrows(AccessDenied.class, () -> callers.runAs(entgelt, () -> auskunft.auskunft(geht)));
        assertThrows(AccessDenied.class, () -> callers.runAs(entgelt, () -> datenschutz.loeschliste()));

        try {
            // 31.12.2031: the wage records (§ 147 Abs. 3 AO, 8 years after 2023) are still to be kept
            uhrAuf(LocalDate.of(2031, 12, 31));
            assertTrue(callers.runAs(t.admin(), () -> datenschutz.loeschliste()).isEmpty());
            ValidationFailure zuFrueh = assertThrows(ValidationFailure.class,
                    () -> callers.runAs(t.admin(), () -> datenschutz.vorschlagen(geht)));
            assertTrue(zuFrueh.getMessage().contains("31.12.2031"), zuFrueh.getMessage());

            uhrAuf(LocalDate.of(2032, 1, 2));
            var liste = callers.runAs(t.admin(), () -> datenschutz.loeschliste());
            assertEquals(List.of(geht), liste.stream().map(k -> k.beschaeftigterId()).toList(),
                    "the ended person, not the one with an open contract");
            assertEquals(LocalDate.of(2032, 1, 1), liste.get(0).loeschbarAb());
            var vorschlag = callers.runAs(t.admin(), () -> datenschutz.vorschlagen(geht));
            ValidationFailure selbst = assertThrows(ValidationFailure.class,
                    () -> callers.runAs(t.admin(), () -> datenschutz.bestaetigen(vorschlag.getId())));
            assertTrue(selbst.getMessage().contains("Vier-Augen-Prinzip"), selbst.getMessage());
            assertEquals("Vergessen", callers.runAs(t.admin(), () -> beschaeftigteService.find(geht)).getNachname());

            java.time.Instant vorDerLoeschung = java.time.Instant.now().minusSeconds(1);
            callers.runAs(admin2, () -> datenschutz.bestaetigen(vorschlag.getId()));
        } finally {
            uhr.zuruecksetzen();
        }

        Beschaeftigter anonym = callers.runAs(t.admin(), () -> beschaeftigteService.find(geht));
        assertEquals("anonymisiert", anonym.getNachname());
        assertEquals("anonymisiert", anonym.getVorname());
        assertEquals(LocalDate.of(1900, 1, 1), anonym.getGeburtsdatum());
        for (Object leer : new Object[] {anonym.getIban(), anonym.getRvNummer(), anonym.getStrasse(), anonym.getPlz(),
            anonym.getOrt(), anonym.getBetreuerName(), anonym.getKontoinhaber()}) {
            assertEquals(null, leer);
        }
        assertTrue(anonym.isAnonymisiert());
        assertEquals("Bleibt", callers.runAs(t.admin(), () -> beschaeftigteService.find(bleibt)).getNachname());
        assertEquals(List.of(), callers.runAs(t.admin(), () -> entgeltEingaben.arbeitsunfaehigkeiten(geht)));
        assertEquals("anonymisiert", callers.runAs(t.admin(), () -> teilhabeplanung.ziele(geht)).get(0).getText());

        // amounts and totals unchanged; the statement's copies of name, IBAN and SV number are gone
        List<Abrechnung> nachher = callers.runAs(entgelt, () -> entgeltlauf.abrechnungen(lauf.getId()));
        Abrechnung ihre = nachher.stream().filter(x -> x.getBeschaeftigterId().equals(geht)).findFirst().orElseThrow();
        Abrechnung ihreVorher = vorher.stream().filter(x -> x.getBeschaeftigterId().equals(geht)).findFirst().orElseThrow();
        assertEquals("anonymisiert", ihre.getName());
        assertEquals(null, ihre.getIban());
        assertEquals(null, ihre.getRvNummer());
        assertEquals(ihreVorher.getAuszahlung(), ihre.getAuszahlung());
        assertEquals(ihreVorher.getArbeitsentgelt(), ihre.getArbeitsentgelt());
        assertEquals(ihreVorher.getRvTraeger(), ihre.getRvTraeger());
        assertEquals(sum(vorher, Abrechnung::getAuszahlung), sum(nachher, Abrechnung::getAuszahlung));
        assertEquals(summeVorher, callers.runAs(entgelt, () -> entgeltlauf.lauf(lauf.getId())).getSummeAuszahlung());
        assertEquals(nachweisVorher, callers.runAs(entgelt, () -> sozialversicherung.beitragsnachweis(lauf.getId())));

        // the audit trail: chain intact, the anonymisation recorded without the removed values
        assertTrue(callers.runAs(t.admin(), () -> auditService.pruefen()).intakt());
        List<AuditEintrag> protokoll = callers.runAs(t.admin(), () -> auditService.latest(200));
        List<AuditEintrag> loeschung = protokoll.stream().filter(e -> "dsgvo.admin2".equals(e.getBenutzer())).toList();
        assertTrue(loeschung.stream().anyMatch(e -> "nachname".equals(e.getFeld())
                && "anonymisiert".equals(e.getNeuerWert()) && "***".equals(e.getAlterWert())), loeschung.toString());
        assertTrue(loeschung.stream().anyMatch(e -> e.getAktion() == de.werkerp.audit.entity.AuditAction.MASSENAENDERUNG
                && e.getObjekttyp().equals("Arbeitsunfähigkeit")), loeschung.toString());
        for (AuditEintrag e : loeschung) {
            String werte = e.getAlterWert() + " " + e.getNeuerWert() + " " + e.getFeld();
            assertFalse(werte.contains("Vergessen") || werte.contains("DE89370400440532013000")
                    || werte.contains("Lindenweg") || werte.contains("Rad zur Werkstatt"), werte);
        }
        // a confirmed proposal cannot be confirmed again; the list no longer has her
        assertTrue(callers.runAs(t.admin(), () -> datenschutz.loeschliste()).isEmpty());
    }

    /**
     * Candidates' photos: the result of the 250-person election (order 100) is announced on its election day; its
     * photos stay during the challenge period (§ 27 WMVO: two weeks) and the daily timer deletes them afterwards, for
     * every tenant, claimed once per day.
     */
    @Test
    @Order(452)
    void dsgvo_candidate_photos_are_deleted_after_the_challenge_period() throws Exception {
        long tenant;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT id FROM traeger WHERE kennung = '"
                        + WahlAblauf.KENNUNG + "'")) {
            assertTrue(rs.next(), "the election tenant of order 100");
            tenant = rs.getLong(1);
        }
        java.util.function.LongSupplier fotos = () -> {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                    java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM wahlvorschlag_foto WHERE tenant_id = "
                            + tenant)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        long vorher = fotos.getAsLong();
        assertTrue(vorher > 0, "the counted election has photos");
        try {
            // the last day of the challenge period (two weeks after the announcement, § 193 BGB): nothing deleted
            uhrAuf(de.werkerp.privacy.control.Anfechtungsfrist.ende(WahlAblauf.WAHLTAG, java.util.Set.of()));
            assertEquals(0, callers.runAs(new Caller(WahlAblauf.KENNUNG + ".admin", tenant,
                    EnumSet.of(Role.TENANT_ADMIN)), () -> datenschutz.fotosNachAnfechtungsfristLoeschen()),
                    "within the challenge period");
            assertEquals(vorher, fotos.getAsLong());
            uhrAuf(WahlAblauf.WAHLTAG.plusDays(22));
            assertTrue(fotoloeschlauf.alleTraeger() >= vorher);
        } finally {
            uhr.zuruecksetzen();
        }
        assertEquals(0, fotos.getAsLong());
        Caller admin = new Caller(WahlAblauf.KENNUNG + ".admin", tenant, EnumSet.of(Role.TENANT_ADMIN));
        assertTrue(callers.runAs(admin, () -> auditService.pruefen()).intakt());
        assertTrue(callers.runAs(admin, () -> auditService.latest(20)).stream().anyMatch(e -> e.getBenutzer()
                .equals(de.werkerp.privacy.boundary.Fotoloeschlauf.BENUTZER) && e.getObjekttyp().equals("Wahlfoto")));
        // "anything timed runs once": the first node claims the day, every other node's timer skips it
        LocalDate tag = LocalDate.of(2099, 1, 1);
        assertTrue(fotoloeschlauf.beanspruchen(tag));
        assertFalse(fotoloeschlauf.beanspruchen(tag));
    }

    // ------------------------------------------------------------------ Arbeitsergebnis (issue 6)

    /** The tenant of the Entgelt test (released January and February 2025), reused by the Arbeitsergebnis test. */
    private static TenantData entgeltMandant;

    @EJB
    de.werkerp.result.boundary.ErgebnisdatenService ergebnisdaten;

    @EJB
    de.werkerp.result.boundary.ArbeitsergebnisService arbeitsergebnis;

    static final String BUCHUNGEN_2025 = "Konto;Kostenstelle;Betrag\n"
            + "8400;4711;600.000,00\n8500;4711;300000.00\n2650;4711;5.000,00\n"
            + "6000;4711;250.000,00\n6100;4711;150.000,00\n6300;4711;80.000,00\n6400;4711;70.000,00\n"
            + "8400;4712;99.999,00\n";

    /**
     * § 12 WVO: an import with a mapping gives a known statement (Erträge 905.000, Kosten 550.000, Arbeitsergebnis
     * 355.000 €; wages from the released Entgelt runs); bad files are refused with every problem listed; draft →
     * checked → released by a second manager; released is immutable; an amendment is a new version with a reason.
     */
    @Test
    @Order(28)
    void arbeitsergebnis_import_statement_four_eyes_release_and_versions() {
        TenantData t = entgeltMandant;
        Long e = t.einrichtung().getId();
        Caller leitungA = new Caller("e50.leitung.a", t.admin().tenantId(), EnumSet.of(Role.MANAGEMENT));
        Caller leitungB = new Caller("e50.leitung.b", t.admin().tenantId(), EnumSet.of(Role.MANAGEMENT));
        callers.runAs(t.admin(), () -> belegschaft.ergebnisZuordnung(t.einrichtung()));

        // bad file: unknown account and a non-numeric amount are listed, nothing is stored
        ValidationFailure schlecht = assertThrows(ValidationFailure.class, () -> callers.runAs(leitungA,
                () -> ergebnisdaten.importieren(e, 2025, "falsch.csv",
                        "Konto;Kostenstelle;Betrag\n9999;4711;1,00\n8400;4711;viel\n8400;4711;5,00\n", false)));
        assertEquals(2, schlecht.errors().size(), schlecht.errors().toString());
        assertTrue(schlecht.errors().get(0).message().contains("Konto 9999"), schlecht.errors().toString());
        assertTrue(schlecht.errors().get(1).message().contains("„viel“"), schlecht.errors().toString());
        assertEquals(List.of(), callers.runAs(leitungA, () -> ergebnisdaten.importe(e, 2025)));

        // dry run, then the import; the same file again is detected
        var probe = callers.runAs(leitungA, () -> ergebnisdaten.importieren(e, 2025, "buchungen.csv", BUCHUNGEN_2025,
                true));
        assertEquals(8, probe.zeilen());
        assertEquals(1, probe.ausgelassen());
        assertEquals(List.of(), callers.runAs(leitungA, () -> ergebnisdaten.importe(e, 2025)));
        callers.runAs(leitungA, () -> ergebnisdaten.importieren(e, 2025, "buchungen.csv", BUCHUNGEN_2025, false));
        ValidationFailure doppelt = assertThrows(ValidationFailure.class, () -> callers.runAs(leitungA,
                () -> ergebnisdaten.importieren(e, 2025, "nochmal.csv", BUCHUNGEN_2025, false)));
        assertTrue(doppelt.getMessage().contains("bereits"), doppelt.getMessage());

        // the wages come from the released Entgelt runs (January, February 2025): Grund- + Steigerungsbeträge
        BigDecimal entgelte = callers.runAs(leitungA, () -> ergebnisdaten.entgelteJeMonat(e, 2025)).values().stream()
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        assertTrue(entgelte.signum() > 0);
        var fassung = callers.runAs(leitungA, () -> arbeitsergebnis.entwurfSpeichern(e, 2025, null,
                new BigDecimal("10000.00"), new BigDecimal("5000.00"), "Aufbau eines neuen Arbeitsbereichs"));
        var ansicht = callers.runAs(leitungA, () -> arbeitsergebnis.aktuell(e, 2025)).orElseThrow();
        assertEquals(new BigDecimal("905000.00"), ansicht.rechnung().ertraege());
        assertEquals(new BigDecimal("550000.00"), ansicht.rechnung().kosten());
        assertEquals(new BigDecimal("355000.00"), ansicht.rechnung().arbeitsergebnis());
        assertEquals(entgelte, ansicht.rechnung().entgelte());
        assertTrue(ansicht.hinweise().stream().anyMatch(h -> h.contains("Ohne freigegebenen Entgeltlauf")),
                ansicht.hinweise().toString());
        // the wages are far below 70 % of the result: warned, with the justification recorded
        var quote = ansicht.rechnung().pruefung(de.werkerp.result.control.Pruefung.Code.ENTGELTQUOTE);
        assertFalse(quote.ok(), quote.toString());
        assertTrue(quote.meldung().startsWith("Begründete Abweichung"), quote.meldung());

        // four eyes: who checked may not release; only management releases
        callers.runAs(leitungA, () -> arbeitsergebnis.pruefen(fassung.getId()));
        ValidationFailure selbst = assertThrows(ValidationFailure.class,
                () -> callers.runAs(leitungA, () -> arbeitsergebnis.freigeben(fassung.getId())));
        assertTrue(selbst.getMessage().contains("Vier-Augen"), selbst.getMessage());
        assertThrows(AccessDenied.class, () -> callers.runAs(t.admin(), () -> arbeitsergebnis.freigeben(fassung.getId())));
        var frei = callers.runAs(leitungB, () -> arbeitsergebnis.freigeben(fassung.getId()));
        assertEquals(de.werkerp.result.entity.Ergebnisstatus.FREIGEGEBEN, frei.getStatus());

        // immutable: no change of the released version; later data do not change it
        assertThrows(ValidationFailure.class, () -> callers.runAs(leitungA, () -> arbeitsergebnis.entwurfSpeichern(e,
                2025, null, BigDecimal.ZERO, BigDecimal.ZERO, null)));
        callers.runAs(leitungA, () -> ergebnisdaten.korrekturErfassen(e, 2025, "II.4", new BigDecimal("1000.00"),
                "Nachträglich gebuchte Rechnung"));
        assertEquals(new BigDecimal("355000.00"), callers.runAs(leitungA, () -> arbeitsergebnis.ansicht(
                fassung.getId())).rechnung().arbeitsergebnis());
        ValidationFailure ohneGrund = assertThrows(ValidationFailure.class,
                () -> callers.runAs(leitungA, () -> arbeitsergebnis.neueFassung(e, 2025, " ")));
        assertEquals("aenderungsgrund", ohneGrund.errors().get(0).field());
        var zwei = callers.runAs(leitungA, () -> arbeitsergebnis.neueFassung(e, 2025, "Nachträglich gebuchte Rechnung"));
        assertEquals(2, zwei.getFassung());
        assertEquals(new BigDecimal("354000.00"), callers.runAs(leitungA, () -> arbeitsergebnis.aktuell(e, 2025))
                .orElseThrow().rechnung().arbeitsergebnis());

        // another tenant sees nothing
        TenantData other = tenantWithData("ae-x");
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(), () -> arbeitsergebnis.ansicht(fassung.getId())));
        assertEquals(List.of(), callers.runAs(other.admin(), () -> arbeitsergebnis.fassungen(e, 2025)));
    }

    @Test
    @Order(29)
    @RunAsClient
    void rest_arbeitsergebnis_documents_and_calculator() throws Exception {
        ResultScenarios.dokumente(base);
        ResultScenarios.arbeitsergebnisRechner(base);
    }

    @Test
    @Order(30)
    @RunAsClient
    void browser_manager_imports_accounting_csv_and_sees_the_statement() throws Exception {
        ResultScenarios.browserImport(base);
    }

    // ------------------------------------------------------------------ Leistungsabrechnung (issue 9)

    @EJB
    de.werkerp.billing.boundary.AbrechnungService abrechnung;

    @EJB
    de.werkerp.billing.boundary.VerguetungService verguetung;

    @EJB
    de.werkerp.billing.boundary.AbrechnungDokumentService abrechnungDokumente;

    private static de.werkerp.billing.entity.Verguetungsvereinbarung tagessatz(String bezeichnung, String betrag,
            LocalDate ab, LocalDate bis) {
        var v = new de.werkerp.billing.entity.Verguetungsvereinbarung();
        v.setBezeichnung(bezeichnung);
        v.setBereich(Bereich.AB);
        v.setGueltigAb(ab);
        v.setGueltigBis(bis);
        v.setSatzart(de.werkerp.billing.control.Satzart.TAGESSATZ);
        v.setBetrag(new BigDecimal(betrag));
        v.setTeilzeitGrenze(new BigDecimal("26.00"));   // seed 004 no. 4.4: 26 h a week and less reduce the fee
        v.setTeilzeitKuerzung(new BigDecimal("25.00"));
        v.setFehltageJahr(60);                          // seed 003 ch. 6.1: up to 60 absence days financed
        v.setHaushaltsstelle("3419.681 17-1");          // seed 004 no. 11
        v.setHaushaltsstelleText("Leistungen bei Anderen Leistungsanbietern (kognitive Beeinträchtigungen)");
        v.setLeitwegId("04011000-12345-67");
        return v;
    }

    /**
     * Billing of a month for 50 people (plus three with bad or special input): one invoice per Leistungsträger, the
     * invoice total is the sum of its lines, daily rate × cost days (March 2025, Niedersachsen: 21 working days;
     * contracts from the 16th: 11), the part-time reduction (20 h ≤ 26 h: −25 %), persons without approval or
     * agreement listed and not billed, overlapping agreements refused, four eyes, the closed month immutable, a
     * retroactive attendance change billed as a correction line in April, payments and open items, tenant isolation.
     */
    @Test
    @Order(300)
    void billing_month_for_50_people_four_eyes_closed_month_corrections_and_isolation() {
        TenantData t = tenantWithData("ab50");
        YearMonth maerz = YearMonth.of(2025, 3);
        YearMonth april = YearMonth.of(2025, 4);
        Long e = t.einrichtung().getId();
        Caller erste = new Caller("ab50.entgelt", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Caller leitung = new Caller("ab50.leitung", t.admin().tenantId(), EnumSet.of(Role.MANAGEMENT));
        List<Long> ids = callers.runAs(t.admin(), () -> {
            Musterbelegschaft.Lohnarten arten = belegschaft.entgeltGrundlagen(t.einrichtung(), maerz.atDay(1), "AB50");
            return belegschaft.personen(t.einrichtung(), List.of(t.gruppe()), arten, 50, maerz, april, "AB50");
        });
        Leistungstraeger lt = callers.runAs(t.admin(), () -> leistungstraegerService.leistungstraeger().stream()
                .filter(l -> l.getName().equals("Eingliederungshilfe AB50")).findFirst().orElseThrow());
        // three more: without approval, approved by a Leistungsträger without agreement, part time 20 h
        List<Long> extra = callers.runAs(t.admin(), () -> {
            Leistungstraeger ohne = leistungstraegerService.create(new Leistungstraeger("Amt ohne Vereinbarung",
                    LeistungstraegerArt.EINGLIEDERUNGSHILFE));
            List<Long> neu = new java.util.ArrayList<>();
            String[][] namen = {{"Olga", "Ohnebewilligung"}, {"Fritz", "Fremdamt"}, {"Tina", "Teilzeit"}};
            for (int i = 0; i < 3; i++) {
                Beschaeftigter p = beschaeftigteService.create(new Beschaeftigter(namen[i][0], namen[i][1],
                        LocalDate.of(1985, 1, 1 + i), Geschlecht.WEIBLICH), false);
                boolean teilzeit = i == 2;
                Werkstattvertrag v = vertragService.anlegen(new NeuerVertrag(p.getId(), e, maerz.atDay(1), Bereich.AB,
                        Platzierung.GRUPPE, t.gruppe().getId(), null, new BigDecimal(teilzeit ? "20" : "35"),
                        teilzeit ? de.werkerp.contract.control.Teilzeitgrund.ART_SCHWERE_BEHINDERUNG : null,
                        teilzeit ? maerz.atDay(1) : null, teilzeit ? maerz.atDay(1) : null));
                if (i > 0) {
                    Bewilligung b = new Bewilligung();
                    b.setAktenzeichen("AB50-X-" + i);
                    b.setBereich(Bereich.AB);
                    b.setGueltigAb(maerz.atDay(1));
                    b.setGueltigBis(LocalDate.of(2026, 12, 31));
                    vertragService.bewilligungAnlegen(v.getId(), i == 1 ? ohne.getId() : lt.getId(), b);
                }
                neu.add(p.getId());
            }
            belegschaft.anwesenheit(t.einrichtung(), maerz, neu);
            belegschaft.anwesenheit(t.einrichtung(), april, neu);
            // the Leistungsträger's address and the invoicing party (needed for the XRechnung)
            Leistungstraeger mitAnschrift = leistungstraegerService.find(lt.getId());
            mitAnschrift.setStrasse("Rembertiring 39");
            mitAnschrift.setPlz("28195");
            mitAnschrift.setOrt("Bremen");
            leistungstraegerService.update(mitAnschrift);
            var steller = new de.werkerp.billing.entity.Abrechnungseinstellung();
            steller.setName("Werkstatt ab50 gGmbH");
            steller.setStrasse("Weg 1");
            steller.setPlz("10115");
            steller.setOrt("Berlin");
            steller.setKennung("IK 590000050");
            steller.setSteuernummer("27/123/45678");
            steller.setKontaktName("Erika Abrechnung");
            steller.setKontaktTelefon("+49 30 555");
            steller.setKontaktEmail("abrechnung@ab50.example");
            steller.setIban("DE89370400440532013000");
            verguetung.einstellungSpeichern(e, steller);
            return neu;
        });
        Long ohneBewilligung = extra.get(0);
        Long fremdamt = extra.get(1);
        Long teilzeit = extra.get(2);

        // agreement: 80,00 € a day from 1.1.2025; an overlapping second version is refused in German
        var vereinbarung = callers.runAs(erste, () -> verguetung.speichern(tagessatz("Tagessatz AB 2025", "80.00",
                LocalDate.of(2025, 1, 1), null), e, lt.getId()));
        ValidationFailure ueberlappt = assertThrows(ValidationFailure.class, () -> callers.runAs(erste,
                () -> verguetung.speichern(tagessatz("Tagessatz AB 2025 neu", "82.00", LocalDate.of(2025, 6, 1), null),
                        e, lt.getId())));
        assertTrue(ueberlappt.getMessage().contains("überschneidet sich mit „Tagessatz AB 2025“"), ueberlappt.getMessage());
        assertEquals(1, callers.runAs(erste, () -> verguetung.vereinbarungen(e)).size());

        // compute March
        var lauf = callers.runAs(erste, () -> abrechnung.berechnen(e, maerz));
        assertEquals(Laufstatus.BERECHNET, lauf.getStatus());
        assertEquals(51, lauf.getAnzahl()); // 50 + the part-time person
        var rechnungen = callers.runAs(erste, () -> abrechnung.rechnungen(lauf.getId()));
        assertEquals(1, rechnungen.size(), "one invoice per Leistungsträger");
        var rechnung = rechnungen.get(0);
        var positionen = callers.runAs(erste, () -> abrechnung.positionen(rechnung.getId()));
        assertEquals(51, positionen.size());
        BigDecimal summe = positionen.stream().map(de.werkerp.billing.entity.Rechnungsposition::getBetrag)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, summe.compareTo(rechnung.getSumme()), "invoice total = sum of its lines");
        assertEquals(0, summe.compareTo(lauf.getSumme()));
        for (var p : positionen) {
            assertEquals(p.getMenge().multiply(p.getEinzelpreis()).setScale(2, java.math.RoundingMode.HALF_UP),
                    p.getBetrag(), p.getName());
            assertEquals("3419.681 17-1", p.getHaushaltsstelle());
        }
        var anna = positionen.stream().filter(p -> p.getBeschaeftigterId().equals(ids.get(0))).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("21").compareTo(anna.getMenge()), "21 working days in March 2025");
        assertEquals(new BigDecimal("1680.00"), anna.getBetrag());
        var ab16 = positionen.stream().filter(p -> p.getBeschaeftigterId().equals(ids.get(3))).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 16), ab16.getVon());
        assertEquals(new BigDecimal("880.00"), ab16.getBetrag()); // 11 working days 17.–31.3.
        var tina = positionen.stream().filter(p -> p.getBeschaeftigterId().equals(teilzeit)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("60.00"), tina.getEinzelpreis()); // 20 h ≤ 26 h: 80,00 × 75 %
        assertEquals(new BigDecimal("1260.00"), tina.getBetrag());
        // problems listed in German, nothing billed for them
        assertTrue(lauf.getProbleme().contains("Ohnebewilligung, Olga: keine Bewilligung für 03/2025"), lauf.getProbleme());
        assertTrue(lauf.getProbleme().contains("Fremdamt, Fritz: keine Vergütungsvereinbarung mit Amt ohne Vereinbarung"),
                lauf.getProbleme());
        assertTrue(positionen.stream().noneMatch(p -> p.getBeschaeftigterId().equals(ohneBewilligung)
                || p.getBeschaeftigterId().equals(fremdamt)));

        // four eyes; closed month immutable; months in order
        ValidationFailure selbst = assertThrows(ValidationFailure.class,
                () -> callers.runAs(erste, () -> abrechnung.freigeben(lauf.getId())));
        assertTrue(selbst.getMessage().contains("Vier-Augen"), selbst.getMessage());
        assertThrows(ValidationFailure.class, () -> callers.runAs(erste,
                () -> abrechnungDokumente.xrechnung(rechnung.getId())), "no XRechnung before the release");
        assertEquals(Laufstatus.FREIGEGEBEN, callers.runAs(leitung, () -> abrechnung.freigeben(lauf.getId())).getStatus());
        ValidationFailure zu = assertThrows(ValidationFailure.class,
                () -> callers.runAs(erste, () -> abrechnung.berechnen(e, maerz)));
        assertTrue(zu.getMessage().contains("abgeschlossen"), zu.getMessage());
        ValidationFailure luecke = assertThrows(ValidationFailure.class,
                () -> callers.runAs(erste, () -> abrechnung.berechnen(e, YearMonth.of(2025, 5))));
        assertTrue(luecke.getMessage().contains("04/2025"), luecke.getMessage());
        assertEquals(1, callers.runAs(erste, () -> abrechnung.laeufe(e)).size(), "nothing half-stored");
        String xml = callers.runAs(erste, () -> abrechnungDokumente.xrechnung(rechnung.getId()));
        assertTrue(xml.contains("<ram:DuePayableAmount>" + rechnung.getSumme().toPlainString() + "</ram:DuePayableAmount>"));
        assertTrue(xml.contains("Haushaltsstelle 3419.681 17-1"));

        // retroactive change of the closed March: two of Anna's working days were not attended
        String maerzTage = callers.runAs(erste, () -> entgeltEingaben.anwesenheit(e, maerz, null)).stream()
                .filter(z -> z.beschaeftigterId().equals(ids.get(0))).findFirst().orElseThrow().tage();
        callers.runAs(erste, () -> entgeltEingaben.anwesenheitSpeichern(maerz, List.of(
                new EntgeltEingabeService.AnwesenheitEingabe(ids.get(0), maerzTage.replaceFirst("A", "-")
                        .replaceFirst("A", "-"), null))));
        var aprilLauf = callers.runAs(erste, () -> abrechnung.berechnen(e, april));
        var aprilPositionen = callers.runAs(erste, () -> abrechnung.positionenDesLaufs(aprilLauf.getId()));
        var korrekturen = aprilPositionen.stream().filter(de.werkerp.billing.entity.Rechnungsposition::isKorrektur).toList();
        assertEquals(1, korrekturen.size(), korrekturen.toString());
        var k = korrekturen.get(0);
        assertEquals(ids.get(0), k.getBeschaeftigterId());
        assertEquals(maerz, k.getLeistungsmonat());
        assertEquals(new BigDecimal("1680.00"), k.getBetragAlt());
        assertEquals(new BigDecimal("1520.00"), k.getBetragNeu());
        assertEquals(new BigDecimal("-160.00"), k.getBetrag());
        var aprilRechnung = callers.runAs(erste, () -> abrechnung.rechnungen(aprilLauf.getId())).get(0);
        assertEquals(0, aprilPositionen.stream().map(de.werkerp.billing.entity.Rechnungsposition::getBetrag)
                .reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(aprilRechnung.getSumme()));
        // the closed March is unchanged
        assertEquals(rechnung.getSumme(), callers.runAs(erste, () -> abrechnung.rechnung(rechnung.getId())).getSumme());
        // an input changed after computing April: release refused until computed again
        callers.runAs(erste, () -> entgeltEingaben.anwesenheitSpeichern(april, List.of(
                new EntgeltEingabeService.AnwesenheitEingabe(ids.get(1), callers.runAs(erste,
                        () -> entgeltEingaben.anwesenheit(e, april, null)).stream()
                        .filter(z -> z.beschaeftigterId().equals(ids.get(1))).findFirst().orElseThrow().tage()
                        .replaceFirst("A", "K"), null))));
        ValidationFailure veraltet = assertThrows(ValidationFailure.class,
                () -> callers.runAs(leitung, () -> abrechnung.freigeben(aprilLauf.getId())));
        assertTrue(veraltet.getMessage().contains("neu berechnen"), veraltet.getMessage());

        // payments and open items
        callers.runAs(erste, () -> abrechnung.zahlungBuchen(rechnung.getId(), LocalDate.of(2025, 4, 20),
                new BigDecimal("1000.00"), "Abschlag"));
        var offen = callers.runAs(erste, () -> abrechnung.offenePosten());
        assertEquals(1, offen.size());
        assertEquals(rechnung.getSumme(), offen.get(0).fakturiert());
        assertEquals(new BigDecimal("1000.00"), offen.get(0).bezahlt());
        assertEquals(rechnung.getSumme().subtract(new BigDecimal("1000.00")), offen.get(0).offen());
        ValidationFailure schlecht = assertThrows(ValidationFailure.class, () -> callers.runAs(erste,
                () -> abrechnung.zahlungenImportieren("Rechnungsnummer;Datum;Betrag\nRE-X;01.05.2025;10,00\n"
                        + rechnung.getNummer() + ";32.05.2025;10,00")));
        assertEquals(2, schlecht.errors().size(), schlecht.errors().toString());
        var importiert = callers.runAs(erste, () -> abrechnung.zahlungenImportieren(
                "Rechnungsnummer;Datum;Betrag;Verwendungszweck\n" + rechnung.getNummer() + ";02.05.2025;500,00;Rest"));
        assertEquals(1, importiert.gebucht());
        assertEquals(new BigDecimal("1500.00"), callers.runAs(erste, () -> abrechnung.rechnung(rechnung.getId())).getBezahlt());
        assertTrue(callers.runAs(erste, () -> abrechnung.umsatz(2025)).stream().anyMatch(u -> u.monat().equals(maerz)
                && u.abgerechnet().equals(rechnung.getSumme())));
        assertEquals(rechnung.getSumme(), callers.runAs(leitung, () -> abrechnung.kostensaetzeArbeitsbereich(e, 2025)));
        // computed again, April is current; a changed approval (contract area) outdates it again
        callers.runAs(erste, () -> abrechnung.berechnen(e, april));
        assertFalse(callers.runAs(erste, () -> abrechnung.lauf(aprilLauf.getId())).isVeraltet());
        callers.runAs(t.admin(), () -> {
            Werkstattvertrag v = vertragService.vertraegeVon(teilzeit).get(0);
            Bewilligung b = vertragService.bewilligungen(v.getId()).get(0);
            Bewilligung g = new Bewilligung();
            g.setAktenzeichen("AB50-X-2-neu");
            g.setBereich(Bereich.AB);
            g.setGueltigAb(b.getGueltigAb());
            g.setGueltigBis(b.getGueltigBis());
            vertragService.bewilligungAendern(v.getId(), b.getId(), lt.getId(), g);
        });
        assertTrue(callers.runAs(erste, () -> abrechnung.lauf(aprilLauf.getId())).isVeraltet());
        callers.runAs(erste, () -> abrechnung.berechnen(e, april));
        assertEquals(Laufstatus.FREIGEGEBEN, callers.runAs(leitung, () -> abrechnung.freigeben(aprilLauf.getId()))
                .getStatus());
        assertTrue(callers.runAs(erste, () -> abrechnung.positionenDesLaufs(aprilLauf.getId())).stream()
                .anyMatch(p -> p.getBeschaeftigterId().equals(teilzeit) && "AB50-X-2-neu".equals(p.getAktenzeichen())));

        // roles: the auditor reads, the council and the social service see no invoices
        Caller pruefer = new Caller("ab50.pruefer", t.admin().tenantId(), EnumSet.of(Role.AUDITOR));
        assertEquals(2, callers.runAs(pruefer, () -> abrechnung.laeufe(e)).size());
        assertThrows(AccessDenied.class, () -> callers.runAs(pruefer, () -> abrechnung.berechnen(e, april)));
        for (Role r : List.of(Role.COUNCIL, Role.SOCIAL_SERVICE)) {
            Caller c = new Caller("ab50." + r, t.admin().tenantId(), EnumSet.of(r));
            assertThrows(AccessDenied.class, () -> callers.runAs(c, () -> abrechnung.rechnung(rechnung.getId())));
            assertThrows(AccessDenied.class, () -> callers.runAs(c, () -> abrechnungDokumente.rechnungPdf(rechnung.getId())));
        }

        // another tenant can neither read nor change any of it
        TenantData other = tenantWithData("ab50x");
        callers.runAs(other.admin(), () -> {
            assertEquals(List.of(), abrechnung.laeufe(e));
            assertEquals(List.of(), abrechnung.offenePosten());
            assertEquals(List.of(), verguetung.vereinbarungen(null));
            assertThrows(NotFound.class, () -> abrechnung.lauf(lauf.getId()));
            assertThrows(NotFound.class, () -> abrechnung.rechnung(rechnung.getId()));
            assertThrows(NotFound.class, () -> abrechnung.positionen(rechnung.getId()));
            assertThrows(NotFound.class, () -> abrechnungDokumente.rechnungPdf(rechnung.getId()));
            assertThrows(NotFound.class, () -> abrechnungDokumente.xrechnung(rechnung.getId()));
            assertThrows(NotFound.class, () -> abrechnung.freigeben(aprilLauf.getId()));
            assertThrows(NotFound.class, () -> abrechnung.berechnen(e, april));
            assertThrows(NotFound.class, () -> abrechnung.zahlungBuchen(rechnung.getId(), LocalDate.of(2025, 5, 1),
                    BigDecimal.TEN, null));
            assertThrows(NotFound.class, () -> verguetung.vereinbarung(vereinbarung.getId()));
            assertThrows(NotFound.class, () -> verguetung.loeschen(vereinbarung.getId()));
            vereinbarung.setBetrag(new BigDecimal("1.00"));
            assertThrows(NotFound.class, () -> verguetung.speichern(vereinbarung, e, lt.getId()));
        });
        assertEquals(new BigDecimal("80.00"), callers.runAs(erste, () -> verguetung.vereinbarung(vereinbarung.getId()))
                .getBetrag());
    }

    @Test
    @Order(301)
    @RunAsClient
    void rest_billing_run_documents_xrechnung_payments_roles_and_isolation() throws Exception {
        AbrechnungScenarios.restRun(base);
    }

    @Test
    @Order(302)
    @RunAsClient
    void browser_manager_computes_a_billing_month_and_meets_four_eyes_and_overlap() {
        AbrechnungScenarios.browserRun(base);
    }

    /**
     * The other rate kinds through the run: a Monatspauschale of 1.850,00 € (full month; a contract from 16 March pro
     * rata 16/31 → 0,5161 × 1.850,00 = 954,79 €) and Fachleistungsstunden for Jobcoaching (7,5 h × 62,50 € = 468,75 €)
     * recorded per person and month; two Leistungsträger → two invoices, each the sum of its lines.
     */
    @Test
    @Order(303)
    void billing_monthly_lump_sum_pro_rata_and_hourly_rate() {
        TenantData t = tenantWithData("abk");
        YearMonth maerz = YearMonth.of(2025, 3);
        Long e = t.einrichtung().getId();
        Caller erste = new Caller("abk.entgelt", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        List<Long> ids = callers.runAs(t.admin(), () -> {
            Musterbelegschaft.Lohnarten arten = belegschaft.entgeltGrundlagen(t.einrichtung(), maerz.atDay(1), "ABK");
            return belegschaft.personen(t.einrichtung(), List.of(t.gruppe()), arten, 4, maerz, maerz, "ABK");
        });
        Leistungstraeger lt = callers.runAs(t.admin(), () -> leistungstraegerService.leistungstraeger().stream()
                .filter(l -> l.getName().equals("Eingliederungshilfe ABK")).findFirst().orElseThrow());
        Long coachee = callers.runAs(t.admin(), () -> {
            Leistungstraeger ia = leistungstraegerService.create(new Leistungstraeger("Integrationsamt ABK",
                    LeistungstraegerArt.SONSTIGE));
            Beschaeftigter p = beschaeftigteService.create(new Beschaeftigter("Jana", "Jobcoaching",
                    LocalDate.of(1990, 3, 3), Geschlecht.WEIBLICH), false);
            Werkstattvertrag v = vertragService.anlegen(new NeuerVertrag(p.getId(), e, maerz.atDay(1), Bereich.AB,
                    Platzierung.GRUPPE, t.gruppe().getId(), null, new BigDecimal("35"), null, null, null));
            Bewilligung b = new Bewilligung();
            b.setAktenzeichen("IA-1");
            b.setBereich(Bereich.AB);
            b.setGueltigAb(maerz.atDay(1));
            b.setGueltigBis(LocalDate.of(2026, 12, 31));
            vertragService.bewilligungAnlegen(v.getId(), ia.getId(), b);
            var fls = tagessatz("Jobcoaching", "62.50", LocalDate.of(2025, 1, 1), null);
            fls.setSatzart(de.werkerp.billing.control.Satzart.FACHLEISTUNGSSTUNDE);
            verguetung.speichern(fls, e, ia.getId());
            return p.getId();
        });
        callers.runAs(erste, () -> {
            var pauschale = tagessatz("Monatspauschale AB", "1850.00", LocalDate.of(2025, 1, 1), null);
            pauschale.setSatzart(de.werkerp.billing.control.Satzart.MONATSPAUSCHALE);
            verguetung.speichern(pauschale, e, lt.getId());
            verguetung.stundenErfassen(coachee, maerz, new BigDecimal("7.5"));
        });
        var lauf = callers.runAs(erste, () -> abrechnung.berechnen(e, maerz));
        assertEquals(null, lauf.getProbleme());
        var rechnungen = callers.runAs(erste, () -> abrechnung.rechnungen(lauf.getId()));
        assertEquals(2, rechnungen.size());
        var positionen = callers.runAs(erste, () -> abrechnung.positionenDesLaufs(lauf.getId()));
        assertEquals(5, positionen.size());
        for (var r : rechnungen) {
            assertEquals(0, positionen.stream().filter(p -> p.getRechnung().getId().equals(r.getId()))
                    .map(de.werkerp.billing.entity.Rechnungsposition::getBetrag).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .compareTo(r.getSumme()), r.getNummer());
        }
        java.util.function.Function<Long, de.werkerp.billing.entity.Rechnungsposition> von = id -> positionen.stream()
                .filter(p -> p.getBeschaeftigterId().equals(id)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1850.00"), von.apply(ids.get(0)).getBetrag());
        assertEquals(new BigDecimal("954.79"), von.apply(ids.get(3)).getBetrag());
        assertEquals(0, new BigDecimal("0.5161").compareTo(von.apply(ids.get(3)).getMenge()));
        assertEquals(new BigDecimal("468.75"), von.apply(coachee).getBetrag());
        assertEquals(de.werkerp.billing.control.Satzart.FACHLEISTUNGSSTUNDE, von.apply(coachee).getSatzart());
    }

    // ------------------------------------------------------------------ elections (issue 7), orders 100–199

    @EJB
    de.werkerp.election.boundary.WahlService wahlen;
    @EJB
    de.werkerp.wage.boundary.EntgeltStammdatenService entgeltStammdatenFuerWahl;

    @EJB
    de.werkerp.election.boundary.WahlschwellenService wahlschwellen;

    @EJB
    de.werkerp.election.boundary.WahlDokumentService wahldokumente;

    /**
     * A complete election for an Einrichtung of 250 people (§§ 10–29 WMVO, §§ 222, 60 SGB IX): live thresholds,
     * dates breaking a deadline, Wahlvorstand, voter list, objections, nominations (bad ones refused, nothing
     * stored), photo, count with ties drawn, result, a declining member replaced; the Wahlvorstand and the council
     * see no wages or people; another tenant sees nothing.
     */
    @Test
    @Order(100)
    void wahl_complete_election_for_250_people_from_wahlvorstand_to_result() {
        TenantData t = tenantWithData(WahlAblauf.KENNUNG);
        Caller wahlvorstand = new Caller(WahlAblauf.WAHLVORSTAND, t.admin().tenantId(), EnumSet.of(Role.ELECTION_BOARD));
        Caller rat = new Caller(WahlAblauf.RAT, t.admin().tenantId(), EnumSet.of(Role.COUNCIL));
        List<Long> personen = callers.runAs(t.admin(), () -> {
            benutzerService.create(new Benutzer(WahlAblauf.WAHLVORSTAND, "Wanda Wahlvorstand",
                    EnumSet.of(Role.ELECTION_BOARD)), WahlAblauf.WAHLVORSTAND_PASSWORT);
            benutzerService.create(new Benutzer(WahlAblauf.RAT, "Rita Rat", EnumSet.of(Role.COUNCIL)),
                    WahlAblauf.RAT_PASSWORT);
            return WahlAblauf.belegschaft(beschaeftigteService, vertragService, t.einrichtung(), t.gruppe());
        });
        // the REST scenarios sign in as these two: passwords as if they had changed the admin's initial ones
        startpasswoerter.setzen(t.admin().tenantId(), WahlAblauf.WAHLVORSTAND, WahlAblauf.WAHLVORSTAND_PASSWORT);
        startpasswoerter.setzen(t.admin().tenantId(), WahlAblauf.RAT, WahlAblauf.RAT_PASSWORT);
        java.util.function.Function<java.util.function.Supplier<Object>, Object> alsWahlvorstand =
                call -> callers.runAs(wahlvorstand, call::get);
        Long wahl = WahlAblauf.wahl(wahlen, wahlschwellen, t.einrichtung(), personen, alsWahlvorstand);
        WahlAblauf.offeneWahl(wahlen, t.einrichtung().getId(), personen, alsWahlvorstand);
        Long e = t.einrichtung().getId();

        // least privilege: the Wahlvorstand and the council read the election, never people's records or wages
        for (Caller c : List.of(wahlvorstand, rat)) {
            assertThrows(AccessDenied.class, () -> callers.runAs(c, () -> beschaeftigteService.beschaeftigte()));
            assertThrows(AccessDenied.class, () -> callers.runAs(c, () -> beschaeftigteService.find(personen.get(0))));
            assertThrows(AccessDenied.class, () -> callers.runAs(c, () -> vertragService.vertraege()));
            assertThrows(AccessDenied.class, () -> callers.runAs(c, () -> entgeltlauf.laeufe(e)));
        }
        assertEquals(245, callers.runAs(rat, () -> wahlschwellen.lage(e, WahlAblauf.WAHLTAG)).zahlen().aktuell()
                .wahlberechtigte());
        assertEquals(5, callers.runAs(rat, () -> wahlen.ergebnis(wahl)).werkstattrat().gewaehlt().size());
        assertTrue(callers.runAs(rat, () -> wahldokumente.bekanntmachung(wahl)).length > 1000);
        // election data carry names only: no birth date, bank, health data of the candidates
        for (var v : callers.runAs(rat, () -> wahlen.vorschlaege(wahl))) {
            assertEquals(null, v.getBeschaeftigter().getGeburtsdatum());
            assertEquals(null, v.getBeschaeftigter().getPersonenkreis());
            assertEquals(null, v.getBeschaeftigter().getIban());
            assertTrue(v.getBeschaeftigter().getNachname().contains("-"), v.getBeschaeftigter().getNachname());
        }
        assertThrows(AccessDenied.class, () -> callers.runAs(rat, () -> wahlen.anlegen(WahlAblauf.regelwahl(e,
                null))));
        assertThrows(AccessDenied.class, () -> callers.runAs(rat, () -> wahlen.annahmeErklaeren(
                wahlen.vorschlaege(wahl).get(0).getId(), true, null)));

        // deadlines count the public holidays of the Einrichtung's Land (§ 193 BGB) once its Land is set
        TenantData mitLand = tenantWithData("w-land");
        de.werkerp.election.entity.Wahlprojekt probe = new de.werkerp.election.entity.Wahlprojekt();
        probe.setEinrichtung(mitLand.einrichtung());
        probe.setWahltag(WahlAblauf.WAHLTAG);
        assertEquals(java.util.Set.of(), callers.runAs(mitLand.admin(), () -> wahlen.feiertage(probe)));
        callers.runAs(mitLand.admin(), () -> {
            var einstellung = entgeltStammdatenFuerWahl.einstellung(mitLand.einrichtung().getId());
            einstellung.setBundesland("NI");
            return entgeltStammdatenFuerWahl.einstellungSpeichern(einstellung);
        });
        java.util.Set<LocalDate> niedersachsen = callers.runAs(mitLand.admin(), () -> wahlen.feiertage(probe));
        assertTrue(niedersachsen.contains(LocalDate.of(2053, 10, 3)), niedersachsen.toString());
        assertTrue(niedersachsen.contains(LocalDate.of(2053, 10, 31)), "Reformationstag in NI: " + niedersachsen);

        // tenant isolation: another tenant's admin can neither read nor change
        TenantData other = tenantWithData("w-x");
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(), () -> wahlen.projekt(wahl)));
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(), () -> wahlen.ergebnis(wahl)));
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(), () -> wahldokumente.wahlausschreiben(wahl)));
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(), () -> wahlschwellen.lage(e,
                WahlAblauf.WAHLTAG)));
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(), () -> wahlen.anlegen(
                WahlAblauf.regelwahl(e, null))));
        // nominations are the Wahlvorstand's: another tenant's Wahlvorstand finds nothing, its admin is refused anyway
        Caller fremderVorstand = new Caller("w-x.wahlvorstand", other.admin().tenantId(), EnumSet.of(Role.ELECTION_BOARD));
        Long ersterVorschlag = callers.runAs(wahlvorstand, () -> wahlen.vorschlaege(wahl)).get(0).getId();
        assertThrows(NotFound.class, () -> callers.runAs(fremderVorstand, () -> wahlen.vorschlagEntscheiden(
                ersterVorschlag, false, "fremd")));
        assertThrows(AccessDenied.class, () -> callers.runAs(other.admin(), () -> wahlen.vorschlagEntscheiden(
                ersterVorschlag, false, "fremd")));
        assertEquals(List.of(), callers.runAs(other.admin(), () -> wahlen.projekte(e)));
        assertThrows(NotFound.class, () -> callers.runAs(other.admin(), () -> wahlen.waehlerliste(wahl)));
    }

    @Test
    @Order(101)
    @RunAsClient
    void rest_wahl_thresholds_result_documents_council_and_isolation() throws Exception {
        WahlScenarios.rest(base);
    }

    @Test
    @Order(102)
    @RunAsClient
    void browser_wahlvorstand_records_nominations_and_count_and_sees_the_result() {
        WahlScenarios.browser(base);
    }

    @Test
    @Order(103)
    @RunAsClient
    void rest_wahl_refuses_window_past_and_second_open_project_and_cancels_with_reason() {
        WahlScenarios.ablehnungenUndAbsage(base);
    }

    // ------------------------------------------------------------------ clear refusals instead of 500 (issue 15, item 6)

    @Test
    @Order(104)
    @RunAsClient
    void rest_refuses_missing_settings_bad_parameters_numbers_birth_dates_and_control_characters() {
        AblehnungScenarios.rest(base);
    }

    @Test
    @Order(105)
    @RunAsClient
    void browser_foreign_or_missing_id_shows_german_404_and_a_role_without_access_403() throws Exception {
        AblehnungScenarios.browser(base);
    }

    // ------------------------------------------------------------------ roles as the law draws them (issue 16 item 6)

    /**
     * docs/rollen.md, table-driven: every role (and the operator) against every row of the matrix — Personenkreis,
     * Betreuung, hours and Teilzeitgrund, attendance per kind and sick codes, illness spells, election thresholds,
     * project, voter list posted and not posted, objections, nominations, count — with the observed access compared to
     * the documented cell; then what the partial views hold (no reason for payroll, names only for the council, one
     * "krank" count for management).
     */
    @Test
    @Order(106)
    void rollen_matrix_every_role_against_every_row_of_docs_rollen() {
        TenantData t = tenantWithData(RollenScenarios.KENNUNG);
        RollenScenarios.matrix(new RollenScenarios.Dienste(callers, benutzerService, organisation, beschaeftigteService,
                vertragService, entgeltEingaben, wahlen, wahlschwellen), t.admin());
        // the REST step (order 107) signs in as these users: as if each had changed the admin's initial password
        for (Role r : new Role[] {Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.ELECTION_BOARD,
            Role.AUDITOR}) {
            startpasswoerter.setzen(t.admin().tenantId(), "rollen." + r.name().toLowerCase(), RollenScenarios.PASSWORT);
        }
    }

    @Test
    @Order(107)
    @RunAsClient
    void rest_rollen_council_voter_list_names_only_while_posted_admin_no_nominations_payroll_no_reason() throws Exception {
        RollenScenarios.rest(base);
    }

    // ------------------------------------------------------------------ Teilhabeplanung and Teilhabeberichte (issue 8)

    @EJB
    de.werkerp.participation.boundary.TeilhabeplanungService teilhabeplanung;

    @EJB
    de.werkerp.participation.boundary.TeilhabeberichtService teilhabeberichte;

    @EJB
    de.werkerp.participation.boundary.TeilhabeKennzahlenService teilhabeKennzahlen;

    @EJB
    de.werkerp.participation.boundary.TeilhabeDokumentService teilhabeDokumente;

    /**
     * Seed 001 § 13 Abs. 6: goals, an evaluation dated before its goal refused, a report period without evaluations
     * warned, the draft assembled from the period's goals and evaluations, four eyes (the author alone is refused),
     * immutable after release (later evaluations do not change it), due dates (24 months, interval of the
     * Leistungsvereinbarung, request of the Leistungsträger), the yearly figures from the contracts, and the council
     * and another tenant see none of it.
     */
    @Test
    @Order(200)
    void teilhabe_goals_report_four_eyes_immutable_due_dates_figures_council_and_tenants() {
        PersonData t = tenantWithPerson("th-a");
        Long tenant = t.admin().tenantId();
        Long person = t.person().getId();
        Long e = t.vertrag().getEinrichtung().getId();
        Caller sozial = new Caller("th.sozial", tenant, EnumSet.of(Role.SOCIAL_SERVICE));
        Caller leitung = new Caller("th.leitung", tenant, EnumSet.of(Role.MANAGEMENT));
        Caller rat = new Caller("th.rat", tenant, EnumSet.of(Role.COUNCIL));

        var ziel = callers.runAs(sozial, () -> teilhabeZiel(person,
                "Selbständig mit dem Bus zur Werkstatt fahren", LocalDate.of(2025, 1, 15)));
        callers.runAs(sozial, () -> teilhabeMassnahme(ziel.getId(),
                "Wegetraining mit Fahrplan in Bildern", LocalDate.of(2025, 2, 1)));
        // an evaluation before the goal exists: German message, nothing stored
        ValidationFailure vorher = assertThrows(ValidationFailure.class, () -> callers.runAs(sozial,
                () -> teilhabeBewertung(ziel.getId(), LocalDate.of(2025, 1, 10),
                        de.werkerp.participation.entity.Zielerreichung.ERREICHT, "zu früh")));
        assertEquals("datum", vorher.errors().get(0).field());
        assertTrue(vorher.getMessage().contains("liegt vor dem Ziel"), vorher.getMessage());
        assertEquals(List.of(), callers.runAs(sozial, () -> teilhabeplanung.bewertungen(ziel.getId())));
        callers.runAs(sozial, () -> teilhabeBewertung(ziel.getId(),
                LocalDate.of(2025, 6, 30), de.werkerp.participation.entity.Zielerreichung.TEILWEISE,
                "Fährt an drei von fünf Tagen allein."));

        // due dates before any report: 24 months from the start in the Arbeitsbereich (01.01.2025)
        var faellig = callers.runAs(sozial, () -> teilhabeberichte.faelligkeiten(LocalDate.of(2026, 11, 15)));
        assertEquals(1, faellig.size(), faellig.toString());
        assertEquals(LocalDate.of(2027, 1, 1), faellig.get(0).faelligAm());
        assertEquals(List.of(), callers.runAs(sozial, () -> teilhabeberichte.faelligkeiten(LocalDate.of(2026, 9, 1))));

        // a period without evaluations is warned, not refused
        var leer = callers.runAs(sozial, () -> teilhabeberichte.entwurfAnlegen(person, LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 12, 31)));
        assertTrue(leer.warnungen().stream().anyMatch(w -> w.contains("keine Bewertung")), leer.warnungen().toString());
        ValidationFailure zeitraum = assertThrows(ValidationFailure.class, () -> callers.runAs(sozial,
                () -> teilhabeberichte.entwurfAnlegen(person, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1))));
        assertEquals("zeitraumBis", zeitraum.errors().get(0).field());

        var entwurf = callers.runAs(sozial, () -> teilhabeberichte.entwurfAnlegen(person, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)));
        assertEquals(List.of(), entwurf.warnungen());
        assertEquals(1, entwurf.inhalt().ziele().size());
        assertEquals(1, entwurf.inhalt().anzahlBewertungen());
        assertTrue(entwurf.bericht().getZielerreichung().contains("teilweise erreicht"),
                entwurf.bericht().getZielerreichung());
        Long id = entwurf.bericht().getId();
        callers.runAs(sozial, () -> teilhabeberichte.speichern(id, "Ziel weitgehend erreicht.",
                "Das Wegetraining war hilfreich.", "Weiter üben, dann Praktikum.", "Will allein fahren."));

        // four eyes: the author alone is refused; the council may not; management releases
        ValidationFailure selbst = assertThrows(ValidationFailure.class,
                () -> callers.runAs(sozial, () -> teilhabeberichte.freigeben(id)));
        assertTrue(selbst.getMessage().contains("Vier-Augen"), selbst.getMessage());
        assertEquals(de.werkerp.participation.entity.Berichtsstatus.ENTWURF,
                callers.runAs(sozial, () -> teilhabeberichte.ansicht(id)).bericht().getStatus());
        var frei = callers.runAs(leitung, () -> teilhabeberichte.freigeben(id));
        assertEquals(de.werkerp.participation.entity.Berichtsstatus.FREIGEGEBEN, frei.getStatus());
        assertEquals("th.leitung", frei.getFreigegebenVon());

        // immutable: no edit, no re-assembly, no second release; later evaluations do not change it
        ValidationFailure aendern = assertThrows(ValidationFailure.class, () -> callers.runAs(sozial,
                () -> teilhabeberichte.speichern(id, "geändert", null, null, null)));
        assertTrue(aendern.getMessage().contains("kann nicht mehr geändert werden"), aendern.getMessage());
        assertThrows(ValidationFailure.class, () -> callers.runAs(sozial, () -> teilhabeberichte.neuZusammenstellen(id)));
        assertThrows(ValidationFailure.class, () -> callers.runAs(leitung, () -> teilhabeberichte.freigeben(id)));
        callers.runAs(sozial, () -> teilhabeBewertung(ziel.getId(),
                LocalDate.of(2025, 11, 30), de.werkerp.participation.entity.Zielerreichung.ERREICHT, "Fährt allein."));
        var spaeter = callers.runAs(leitung, () -> teilhabeberichte.ansicht(id));
        assertEquals(1, spaeter.inhalt().anzahlBewertungen());
        assertEquals("Ziel weitgehend erreicht.", spaeter.bericht().getZielerreichung());

        // special-category texts are in the audit trail in full, but the auditor (who may not read Teilhabe data)
        // sees only "geändert"; the tenant admin (who may) sees the values; reading the plan and the report is logged
        Caller pruefer = new Caller("th.pruefer", tenant, EnumSet.of(Role.AUDITOR));
        List<AuditEintrag> protokoll = callers.runAs(pruefer, () -> auditService.latest(1000));
        assertTrue(protokoll.stream().anyMatch(x -> "Teilhabeziel".equals(x.getObjekttyp())), protokoll.toString());
        assertTrue(protokoll.stream().noneMatch(x -> String.valueOf(x.getNeuerWert()).contains("Wegetraining")
                || String.valueOf(x.getNeuerWert()).contains("Fährt an drei")
                || String.valueOf(x.getNeuerWert()).contains("Ziel weitgehend erreicht")));
        assertTrue(protokoll.stream().anyMatch(x -> "Teilhabeziel".equals(x.getObjekttyp())
                && AuditEintrag.VERBORGEN.equals(x.getNeuerWert())), protokoll.toString());
        List<AuditEintrag> fuerAdmin = callers.runAs(t.admin(), () -> auditService.latest(1000));
        assertTrue(fuerAdmin.stream().anyMatch(x -> String.valueOf(x.getNeuerWert()).contains("Fährt an drei")),
                fuerAdmin.toString());
        assertTrue(protokoll.stream().anyMatch(x -> x.getAktion() == de.werkerp.audit.entity.AuditAction.LESEN
                && person.equals(x.getObjektId()) && "th.sozial".equals(x.getBenutzer())
                && "Teilhabeplanung".equals(x.getFeld())), protokoll.toString());
        assertTrue(protokoll.stream().anyMatch(x -> x.getAktion() == de.werkerp.audit.entity.AuditAction.LESEN
                && person.equals(x.getObjektId()) && "th.leitung".equals(x.getBenutzer())
                && x.getFeld().startsWith("Teilhabebericht #")), protokoll.toString());

        // after the released report (period to 31.12.2025): due 24 months later; a shorter interval of the
        // Leistungsvereinbarung; an earlier request of the Leistungsträger goes first
        assertEquals(LocalDate.of(2027, 12, 31), callers.runAs(sozial,
                () -> teilhabeberichte.alleFaelligkeiten(LocalDate.of(2026, 11, 15))).get(0).faelligAm());
        callers.runAs(t.admin(), () -> teilhabeberichte.vereinbarungSpeichern(e, null, 12, 121, 0));
        assertEquals(LocalDate.of(2026, 12, 31), callers.runAs(sozial,
                () -> teilhabeberichte.faelligkeiten(LocalDate.of(2026, 11, 15))).get(0).faelligAm());
        // an interval agreed with the person's Leistungsträger goes before the Einrichtung's
        callers.runAs(leitung, () -> teilhabeberichte.vereinbarungSpeichern(e, t.lt().getId(), 6, null, null));
        assertEquals(LocalDate.of(2026, 6, 30), callers.runAs(sozial,
                () -> teilhabeberichte.faelligkeiten(LocalDate.of(2026, 6, 15))).get(0).faelligAm());
        callers.runAs(sozial, () -> teilhabeberichte.anforderungErfassen(person, t.lt().getId(),
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1)));
        var angefordert = callers.runAs(sozial, () -> teilhabeberichte.faelligkeiten(LocalDate.of(2026, 3, 5))).get(0);
        assertEquals(LocalDate.of(2026, 3, 1), angefordert.faelligAm());
        assertTrue(angefordert.ueberfaellig());
        assertTrue(angefordert.meldung().contains("überfällig"), angefordert.meldung());

        // yearly figures: BiB from July 2025 (from the contract phases), an internship, Budget für Arbeit,
        // headcount on 31.10., Verwaltung for 121 places = 3.02 VK required
        callers.runAs(t.admin(), () -> vertragService.phaseWechseln(t.vertrag().getId(), LocalDate.of(2025, 7, 1),
                Bereich.AB, Platzierung.BETRIEBSINTEGRIERT, null, "Autohaus Meyer KG"));
        callers.runAs(sozial, () -> teilhabeUebergang(person, e,
                de.werkerp.participation.entity.Uebergangsart.PRAKTIKUM, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31)));
        callers.runAs(sozial, () -> teilhabeUebergang(person, e,
                de.werkerp.participation.entity.Uebergangsart.BUDGET_FUER_ARBEIT, LocalDate.of(2025, 12, 1), null));
        ValidationFailure ohneArbeitgeber = assertThrows(ValidationFailure.class, () -> callers.runAs(sozial, () -> {
            var u = new de.werkerp.participation.entity.Uebergang();
            u.setArt(de.werkerp.participation.entity.Uebergangsart.INKLUSIONSBETRIEB);
            u.setVon(LocalDate.of(2025, 5, 1));
            return teilhabeplanung.uebergangErfassen(person, e, u);
        }));
        assertEquals("arbeitgeber", ohneArbeitgeber.errors().get(0).field());
        callers.runAs(leitung, () -> teilhabeKennzahlen.personalSpeichern(e, 2025, Map.of(
                de.werkerp.participation.control.Personalschluessel.Funktion.VERWALTUNG, new BigDecimal("3.00"))));
        var k = callers.runAs(leitung, () -> teilhabeKennzahlen.kennzahlen(e, 2025));
        assertEquals(new BigDecimal("0.50"), k.bib().jahresdurchschnitt());
        assertEquals(new BigDecimal("1.00"), k.bib().monatsdurchschnitte().get(6));
        assertEquals(1, k.kopfzahlen().get(Bereich.AB));
        assertEquals(1, k.ereignisse().get(de.werkerp.participation.entity.Uebergangsart.PRAKTIKUM));
        assertEquals(1, k.uebergaengeGesamt());
        var verwaltung = k.personal().stream().filter(z -> z.funktion()
                == de.werkerp.participation.control.Personalschluessel.Funktion.VERWALTUNG).findFirst().orElseThrow();
        assertEquals(new BigDecimal("3.02"), verwaltung.soll());
        assertFalse(verwaltung.erfuellt());
        String csv = callers.runAs(leitung, () -> teilhabeKennzahlen.csv(e, 2025));
        assertTrue(csv.contains("Jahresdurchschnitt belegter BiB-Plätze;0,50"), csv);

        // the council reads none of it (special-category data)
        callers.runAs(rat, () -> {
            assertThrows(AccessDenied.class, () -> teilhabeplanung.ziele(person));
            assertThrows(AccessDenied.class, () -> teilhabeplanung.ziel(ziel.getId()));
            assertThrows(AccessDenied.class, () -> teilhabeplanung.bewertungen(ziel.getId()));
            assertThrows(AccessDenied.class, () -> teilhabeplanung.uebergaenge(person));
            assertThrows(AccessDenied.class, () -> teilhabeberichte.berichte());
            assertThrows(AccessDenied.class, () -> teilhabeberichte.ansicht(id));
            assertThrows(AccessDenied.class, () -> teilhabeberichte.faelligkeiten(LocalDate.of(2026, 1, 1)));
            assertThrows(AccessDenied.class, () -> teilhabeKennzahlen.kennzahlen(e, 2025));
            assertThrows(AccessDenied.class, () -> teilhabeDokumente.bericht(id));
            assertThrows(AccessDenied.class, () -> teilhabeDokumente.leichteSprache(id));
        });
        // management reads but does not write goals
        assertThrows(AccessDenied.class, () -> callers.runAs(leitung, () -> teilhabeZiel(person, "Leitung schreibt", LocalDate.of(2025, 1, 1))));

        // another tenant: nothing to list, read, change or release
        TenantData other = tenantWithData("th-x");
        callers.runAs(other.admin(), () -> {
            assertEquals(List.of(), teilhabeplanung.ziele(person));
            assertEquals(List.of(), teilhabeberichte.berichte());
            assertEquals(List.of(), teilhabeberichte.alleFaelligkeiten(LocalDate.of(2026, 11, 15)));
            assertThrows(NotFound.class, () -> teilhabeplanung.ziel(ziel.getId()));
            assertThrows(NotFound.class, () -> teilhabeplanung.bewertungen(ziel.getId()));
            assertThrows(NotFound.class, () -> teilhabeberichte.ansicht(id));
            assertThrows(NotFound.class, () -> teilhabeberichte.ansicht(leer.bericht().getId()));
            assertThrows(NotFound.class, () -> teilhabeberichte.freigeben(leer.bericht().getId()));
            assertThrows(NotFound.class, () -> teilhabeberichte.speichern(leer.bericht().getId(), "x", null, null, null));
            assertThrows(NotFound.class, () -> teilhabeDokumente.bericht(id));
            assertThrows(NotFound.class, () -> teilhabeKennzahlen.kennzahlen(e, 2025));
            assertThrows(NotFound.class, () -> teilhabeBewertung(ziel.getId(),
                    LocalDate.of(2025, 8, 1), de.werkerp.participation.entity.Zielerreichung.ERREICHT, "fremd"));
            assertThrows(NotFound.class, () -> teilhabeZiel(person, "fremd",
                    LocalDate.of(2025, 1, 1)));
            var gestohlen = teilhabeplanung.ziele(person);
            assertTrue(gestohlen.isEmpty());
            ziel.setText("Von X geändert");
            assertThrows(NotFound.class, () -> teilhabeplanung.zielAendern(ziel));
        });
        assertEquals("Selbständig mit dem Bus zur Werkstatt fahren",
                callers.runAs(sozial, () -> teilhabeplanung.ziel(ziel.getId())).getText());
        assertEquals(de.werkerp.participation.entity.Berichtsstatus.ENTWURF,
                callers.runAs(sozial, () -> teilhabeberichte.ansicht(leer.bericht().getId())).bericht().getStatus());
    }

    private de.werkerp.participation.entity.Teilhabeziel teilhabeZiel(Long person, String text, LocalDate ab) {
        var z = new de.werkerp.participation.entity.Teilhabeziel();
        z.setText(text);
        z.setQuelle(de.werkerp.participation.entity.Zielquelle.GESAMTPLAN);
        z.setQuelleDatum(ab);
        z.setLebensbereich(de.werkerp.participation.entity.Lebensbereich.MOBILITAET);
        z.setKriterium("an fünf Tagen hintereinander ohne Begleitung");
        z.setFaelligAm(ab.plusYears(1));
        z.setSichtPerson("Ich will allein fahren.");
        return teilhabeplanung.zielAnlegen(person, z);
    }

    private de.werkerp.participation.entity.Teilhabemassnahme teilhabeMassnahme(Long ziel, String text, LocalDate von) {
        var m = new de.werkerp.participation.entity.Teilhabemassnahme();
        m.setArt(de.werkerp.participation.entity.Massnahmenart.ARBEITSBEGLEITEND);
        m.setBeschreibung(text);
        m.setVerantwortlich("Sozialdienst");
        m.setVon(von);
        return teilhabeplanung.massnahmeAnlegen(ziel, m);
    }

    private de.werkerp.participation.entity.Zielbewertung teilhabeBewertung(Long ziel, LocalDate datum,
            de.werkerp.participation.entity.Zielerreichung ergebnis, String grund) {
        var b = new de.werkerp.participation.entity.Zielbewertung();
        b.setDatum(datum);
        b.setErgebnis(ergebnis);
        b.setBegruendung(grund);
        return teilhabeplanung.bewerten(ziel, b);
    }

    private de.werkerp.participation.entity.Uebergang teilhabeUebergang(Long person, Long einrichtung,
            de.werkerp.participation.entity.Uebergangsart art, LocalDate von, LocalDate bis) {
        var u = new de.werkerp.participation.entity.Uebergang();
        u.setArt(art);
        u.setArbeitgeber("Logistik Nord GmbH");
        u.setVon(von);
        u.setBis(bis);
        return teilhabeplanung.uebergangErfassen(person, einrichtung, u);
    }

    @Test
    @Order(201)
    @RunAsClient
    void rest_teilhabe_reports_pdf_figures_council_403_and_other_tenant_404() throws Exception {
        TeilhabeScenarios.rest(base);
    }

    @Test
    @Order(202)
    @RunAsClient
    void browser_social_service_creates_goal_evaluation_and_report_draft() throws Exception {
        TeilhabeScenarios.browser(base);
    }

    // ------------------------------------------------------------------ aLA cost calculation (issue 9, item 5)

    @EJB
    de.werkerp.costing.boundary.KalkulationService kalkulationService;

    /** Versions (draft, fixed, new version with reason), bad input, roles and tenant isolation through the service. */
    @Test
    @Order(400)
    void kostenkalkulation_versions_immutability_bad_input_and_isolation() {
        TenantData a = tenantWithData("kk-a");
        TenantData b = tenantWithData("kk-b");
        kostenkalkulationVersionen(kalkulationService, a.admin(), a.einrichtung().getId(), b.admin(),
                b.einrichtung().getId());
    }

    @Test
    @Order(401)
    @RunAsClient
    void rest_kostenkalkulation_versions_pdf_roles_and_isolation() throws Exception {
        KalkulationScenarios.rest(base);
    }

    @Test
    @Order(402)
    @RunAsClient
    void rest_arbeitsplatzkosten_tab3_with_the_real_kernels() {
        KalkulationScenarios.arbeitsplatzkosten(base);
    }

    @Test
    @Order(403)
    @RunAsClient
    void browser_manager_sees_the_daily_rate_of_the_demo_calculation() {
        KalkulationScenarios.browser(base);
    }

    private static de.werkerp.costing.boundary.KalkulationService.Entwurf kkEntwurf(String bezeichnung,
            de.werkerp.costing.control.Kostenkalkulation.Eingabe e, String grund) {
        return new de.werkerp.costing.boundary.KalkulationService.Entwurf(bezeichnung, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), e, grund);
    }

    /** Versions, immutability, bad input, roles and tenant isolation through the service (issue 9 item 5). */
    private void kostenkalkulationVersionen(de.werkerp.costing.boundary.KalkulationService k, Caller admin,
            Long einrichtung, Caller fremd, Long fremdeEinrichtung) {
        Caller leitung = new Caller("kk.leitung", admin.tenantId(), EnumSet.of(Role.MANAGEMENT));
        Caller pruefer = new Caller("kk.pruefer", admin.tenantId(), EnumSet.of(Role.AUDITOR));
        Caller entgelt = new Caller("kk.entgelt", admin.tenantId(), EnumSet.of(Role.PAYROLL));
        var demo = de.werkerp.costing.boundary.KalkulationDemo.eingabe(BigDecimal.ONE);

        // bad input: zero places, a negative amount → German message naming the field, nothing stored
        var nullPlaetze = new de.werkerp.costing.control.Kostenkalkulation.Eingabe(0, 0, 250, 60,
                demo.vollzeitStunden(), demo.satzGebaeude(), demo.satzInventar(), demo.personal(), demo.fixkosten(),
                demo.sachkosten());
        ValidationFailure f1 = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, null, kkEntwurf("Falsch", nullPlaetze, null))));
        assertEquals("plaetze", f1.errors().get(0).field());
        assertTrue(f1.errors().get(0).message().startsWith("Bitte mindestens 1 Platz angeben"), f1.toString());
        var sach = new java.util.ArrayList<>(demo.sachkosten());
        sach.set(0, new de.werkerp.costing.control.Kostenkalkulation.Sachkosten(
                de.werkerp.costing.control.Sachkostenart.BRENNSTOFFE, null, new BigDecimal("-10.00")));
        var negativ = new de.werkerp.costing.control.Kostenkalkulation.Eingabe(12, 0, 250, 60,
                demo.vollzeitStunden(), demo.satzGebaeude(), demo.satzInventar(), demo.personal(), demo.fixkosten(), sach);
        ValidationFailure f2 = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, null, kkEntwurf("Falsch", negativ, null))));
        assertEquals("sachkosten", f2.errors().get(0).field());
        assertTrue(f2.errors().get(0).message().contains("Brennstoffe darf nicht negativ sein"), f2.toString());
        ValidationFailure f3 = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, null, kkEntwurf(" ", demo, null))));
        assertEquals("bezeichnung", f3.errors().get(0).field());
        assertEquals(List.of(), callers.runAs(leitung, () -> k.fassungen(einrichtung)));

        // version 1: a draft, changed in place, then fixed
        var v1 = callers.runAs(leitung, () -> k.speichern(einrichtung, null,
                kkEntwurf("Kalkulation 2026", demo, null)));
        assertEquals(1, v1.getFassung());
        assertEquals(de.werkerp.costing.entity.Kalkulationsstatus.ENTWURF, v1.getStatus());
        var a1 = callers.runAs(pruefer, () -> k.ansicht(v1.getId()));
        assertEquals(new BigDecimal("131294.62"), a1.ergebnis().gesamtkosten());
        assertEquals(new BigDecimal("43.76"), a1.ergebnis().jePlatzTag());
        assertEquals(7, a1.eingabe().personal().size());
        assertEquals(5, a1.eingabe().fixkosten().size());
        assertEquals(12, a1.eingabe().sachkosten().size());
        callers.runAs(leitung, () -> k.speichern(einrichtung, v1.getId(), kkEntwurf("Kalkulation 2026 (Entwurf)", demo,
                null)));
        assertEquals(1, callers.runAs(leitung, () -> k.fassungen(einrichtung)).size());
        ValidationFailure offen = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, null, kkEntwurf("Noch eine", demo, "Grund"))));
        assertTrue(offen.getMessage().contains("noch ein Entwurf"), offen.getMessage());
        var fest = callers.runAs(leitung, () -> k.festschreiben(v1.getId()));
        assertEquals(de.werkerp.costing.entity.Kalkulationsstatus.FESTGESCHRIEBEN, fest.getStatus());
        assertEquals("kk.leitung", fest.getFestgeschriebenVon());
        assertEquals(new BigDecimal("43.76"), fest.getKostenJePlatzTag());
        assertEquals(new BigDecimal("131294.62"), fest.getGesamtkosten());

        // a fixed version is immutable: changing it or fixing it again is refused, its figures stay
        var teurer = de.werkerp.costing.boundary.KalkulationDemo.eingabe(new BigDecimal("1.03"));
        ValidationFailure unveraenderlich = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, v1.getId(), kkEntwurf("Geändert", teurer, null))));
        assertTrue(unveraenderlich.getMessage().contains("festgeschrieben und unveränderlich"),
                unveraenderlich.getMessage());
        assertThrows(ValidationFailure.class, () -> callers.runAs(leitung, () -> k.festschreiben(v1.getId())));
        var nachher = callers.runAs(leitung, () -> k.ansicht(v1.getId()));
        assertEquals("Kalkulation 2026 (Entwurf)", nachher.fassung().getBezeichnung());
        assertEquals(new BigDecimal("43.76"), nachher.ergebnis().jePlatzTag());

        // a change is a new version, with a reason; the comparison shows the difference
        ValidationFailure ohneGrund = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, null, kkEntwurf("Kalkulation 2026 neu", teurer, " "))));
        assertEquals("aenderungsgrund", ohneGrund.errors().get(0).field());
        var v2 = callers.runAs(admin, () -> k.speichern(einrichtung, null,
                kkEntwurf("Kalkulation 2026 neu", teurer, "Tarifsteigerung 3 %")));
        assertEquals(2, v2.getFassung());
        assertEquals(new BigDecimal("44.81"), callers.runAs(leitung, () -> k.aktuell(einrichtung)).orElseThrow()
                .ergebnis().jePlatzTag());
        var tag = callers.runAs(pruefer, () -> k.vergleich(v2.getId())).stream()
                .filter(z -> z.bezeichnung().equals("Kosten je Platz und Tag")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("43.76"), tag.vorher());
        assertEquals(new BigDecimal("1.05"), tag.differenz());
        assertEquals(new BigDecimal("43.76"), callers.runAs(leitung, () -> k.ansicht(v1.getId())).ergebnis()
                .jePlatzTag());

        // roles: the auditor reads but does not write; payroll and council see nothing
        assertThrows(AccessDenied.class, () -> callers.runAs(pruefer, () -> k.festschreiben(v2.getId())));
        assertThrows(AccessDenied.class, () -> callers.runAs(pruefer, () -> k.speichern(einrichtung, v2.getId(),
                kkEntwurf("Prüfer", teurer, null))));
        assertThrows(AccessDenied.class, () -> callers.runAs(entgelt, () -> k.fassungen(einrichtung)));
        assertThrows(AccessDenied.class, () -> callers.runAs(entgelt, () -> k.ansicht(v1.getId())));

        // another tenant can neither list, read, change, fix nor print A's calculation
        assertEquals(List.of(), callers.runAs(fremd, () -> k.fassungen(einrichtung)));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.ansicht(v1.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.vergleich(v2.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.pdf(v2.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.festschreiben(v2.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.speichern(einrichtung, null,
                kkEntwurf("Fremd", demo, null))));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.speichern(fremdeEinrichtung, v2.getId(),
                kkEntwurf("Fremd", demo, null))));
        assertEquals(de.werkerp.costing.entity.Kalkulationsstatus.ENTWURF,
                callers.runAs(leitung, () -> k.ansicht(v2.getId())).fassung()
                .getStatus());
        assertEquals("Kalkulation 2026 neu", callers.runAs(leitung, () -> k.ansicht(v2.getId())).fassung()
                .getBezeichnung());
        assertEquals(List.of(), callers.runAs(fremd, () -> k.fassungen(fremdeEinrichtung)));
    }

    // ------------------------------------------------------------------ Rechengrößen: history and yearly change (issue 15 item 4)

    @EJB
    de.werkerp.reference.boundary.RechengroessenService rechengroessenService;

    /** A Zusatzbeitrag period of a Kasse, as the tenant admin enters it. */
    private static de.werkerp.social.entity.Zusatzbeitragssatz zusatzbeitrag(LocalDate ab, LocalDate bis, String satz) {
        de.werkerp.social.entity.Zusatzbeitragssatz z = new de.werkerp.social.entity.Zusatzbeitragssatz();
        z.setGueltigAb(ab);
        z.setGueltigBis(bis);
        z.setSatz(new BigDecimal(satz));
        return z;
    }

    /**
     * A changed Zusatzbeitrag of a Kasse for a released month marks that month (DEVELOPERS.md "Changing an input that a
     * closed month used"); the next run settles the difference. Person 0, January 2025: Entgelt 183,00 € plus a
     * one-off payment of 800,00 € = 983,00 € > 20 % BG (749,00 €): only the excess 234,00 € is split, its Zusatzbeitrag
     * at the Kasse's own rate (BSG B 12 P 1/12 R; Javadoc of Sozialversicherungsbeitraege): worker 234,00 × 2,5 % / 2
     * = 2,925 → 2,93 €; after the change to 3,1 %: 234,00 × 1,55 % = 3,627 → 3,63 €: 0,70 € less paid out.
     */
    @Test
    @Order(31)
    void changed_kasse_zusatzbeitrag_marks_released_month_for_rueckrechnung() {
        TenantData t = tenantWithData("zb");
        YearMonth jan = YearMonth.of(2025, 1);
        YearMonth feb = YearMonth.of(2025, 2);
        Musterbelegschaft.Lohnarten arten = callers.runAs(t.admin(),
                () -> belegschaft.entgeltGrundlagen(t.einrichtung(), jan.atDay(1), "ZB"));
        List<Long> ids = callers.runAs(t.admin(),
                () -> belegschaft.personen(t.einrichtung(), List.of(t.gruppe()), arten, 2, jan, feb, "ZB"));
        callers.runAs(t.admin(), () -> entgeltEingaben.lohnpostenBuchen(ids.get(0), jan, arten.weihnachtsgeld().getId(),
                null, new BigDecimal("800.00")));
        Caller erste = new Caller("zb.entgelt", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Caller zweite = new Caller("zb.zweite", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Long einrichtung = t.einrichtung().getId();
        Entgeltlauf januar = callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, jan));
        callers.runAs(zweite, () -> entgeltlauf.freigeben(januar.getId()));
        Abrechnung alt = callers.runAs(erste, () -> entgeltlauf.abrechnungen(januar.getId())).stream()
                .filter(a -> a.getBeschaeftigterId().equals(ids.get(0))).findFirst().orElseThrow();
        assertEquals(new BigDecimal("2.93"), alt.getKvzBeschaeftigter());

        // the Kasse's rate for 2025 is corrected from 2,5 % to 3,1 %: delete the period and enter the right one
        Long kasse = arten.kasse().getId();
        Long satz2025 = callers.runAs(t.admin(), () -> krankenkassen.zusatzbeitraege(kasse)).stream()
                .filter(z -> z.getGueltigAb().equals(LocalDate.of(2025, 1, 1))).findFirst().orElseThrow().getId();
        callers.runAs(t.admin(), () -> krankenkassen.zusatzbeitragLoeschen(satz2025));
        callers.runAs(t.admin(), () -> krankenkassen.zusatzbeitragAnlegen(kasse,
                zusatzbeitrag(LocalDate.of(2025, 1, 1), null, "3.1")));

        // the next run recomputes the marked January and settles the difference in February
        Entgeltlauf februar = callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, feb));
        List<AbrechnungKorrektur> korrekturen = callers.runAs(erste, () -> entgeltlauf.korrekturen(februar.getId()));
        assertEquals(1, korrekturen.size(), "only person 0's January depends on the Kasse's own rate");
        AbrechnungKorrektur k = korrekturen.get(0);
        assertEquals(ids.get(0), k.getBeschaeftigterId());
        assertEquals(jan, k.getKorrigierterMonat());
        assertEquals(new BigDecimal("-0.70"), k.getAuszahlungsdifferenz());
        assertEquals(Laufstatus.FREIGEGEBEN, callers.runAs(zweite, () -> entgeltlauf.freigeben(februar.getId()))
                .getStatus());

        // another tenant's change of its own Kasse does not touch this tenant's months
        TenantData fremd = tenantWithData("zbx");
        assertThrows(NotFound.class, () -> callers.runAs(fremd.admin(), () -> krankenkassen.zusatzbeitragLoeschen(
                satz2025)));
    }

    /**
     * 2022 computes (rules.md §§ 1–3: Grundbetrag 109 €, BG 3.290 €, PV 3,05 %, childless surcharge 0,35 %), and a
     * correction of the shared 2022 figures by the operator marks the released January of this tenant: the tenant's
     * next run applies the logged change and settles it. Person 1 (childless): surcharge 658,00 × 0,35 % = 2,303 →
     * 2,30 €; corrected to 0,45 %: 2,961 → 2,96 €: 0,66 € less paid out. The operator never touches tenant data.
     */
    @Test
    @Order(32)
    void months_of_2022_compute_and_an_operator_correction_reaches_closed_months() {
        TenantData t = tenantWithData("rg22");
        YearMonth jan = YearMonth.of(2022, 1);
        YearMonth feb = YearMonth.of(2022, 2);
        List<Long> ids = callers.runAs(t.admin(), () -> {
            Musterbelegschaft.Lohnarten arten = belegschaft.entgeltGrundlagen(t.einrichtung(), jan.atDay(1), "RG22");
            krankenkassen.zusatzbeitragAnlegen(arten.kasse().getId(), zusatzbeitrag(LocalDate.of(2021, 1, 1),
                    LocalDate.of(2022, 12, 31), "1.3"));
            return belegschaft.personen(t.einrichtung(), List.of(t.gruppe()), arten, 3, jan, feb, "RG22");
        });
        Caller erste = new Caller("rg22.entgelt", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Caller zweite = new Caller("rg22.zweite", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Long einrichtung = t.einrichtung().getId();
        Entgeltlauf januar = callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, jan));
        Map<Long, Abrechnung> jePerson = callers.runAs(erste, () -> entgeltlauf.abrechnungen(januar.getId())).stream()
                .collect(Collectors.toMap(Abrechnung::getBeschaeftigterId, a -> a));
        Abrechnung p0 = jePerson.get(ids.get(0));
        assertEquals(new BigDecimal("109.00"), p0.getGrundbetrag());          // rules.md § 1, 2022
        assertEquals(new BigDecimal("52.00"), p0.getArbeitsfoerderungsgeld()); // § 2
        assertEquals(new BigDecimal("658.00"), p0.getKvBemessung());           // 20 % of 3.290 €
        assertEquals(new BigDecimal("96.07"), p0.getKvTraeger());              // × 14,6 %
        assertEquals(new BigDecimal("8.55"), p0.getKvzTraeger());              // × 1,3 % (average 2022)
        assertEquals(new BigDecimal("20.07"), p0.getPvTraeger());              // × 3,05 %
        assertEquals(new BigDecimal("2632.00"), p0.getRvBemessung());          // 80 % of 3.290 €
        assertEquals(new BigDecimal("2.30"), jePerson.get(ids.get(1)).getPvBeschaeftigter());
        callers.runAs(zweite, () -> entgeltlauf.freigeben(januar.getId()));

        // only the operator writes the shared figures; the source is required
        de.werkerp.reference.control.RechengroessenEingabe korrektur = new de.werkerp.reference.control.RechengroessenEingabe(
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), new BigDecimal("3290.00"),
                new BigDecimal("3150.00"), new BigDecimal("14.6"), new BigDecimal("1.3"), new BigDecimal("3.05"),
                new BigDecimal("0.45"), new BigDecimal("0"), new BigDecimal("18.6"), "Testkorrektur", "Test-Fundstelle");
        assertThrows(AccessDenied.class, () -> callers.runAs(t.admin(), () -> rechengroessenService.erfassen(korrektur)));
        ValidationFailure ohneQuelle = assertThrows(ValidationFailure.class, () -> callers.runAs(OPERATOR,
                () -> rechengroessenService.erfassen(new de.werkerp.reference.control.RechengroessenEingabe(
                        korrektur.gueltigAb(), korrektur.gueltigBis(), korrektur.bezugsgroesseWest(),
                        korrektur.bezugsgroesseOst(), korrektur.kvAllgemeinerSatz(),
                        korrektur.kvZusatzbeitragDurchschnitt(), korrektur.pvSatz(), korrektur.pvZuschlagKinderlos(),
                        korrektur.pvAbschlagJeKind(), korrektur.rvSatz(), "Testkorrektur", " "))));
        assertEquals("fundstelle", ohneQuelle.errors().get(0).field());
        callers.runAs(OPERATOR, () -> rechengroessenService.erfassen(korrektur));
        try {
            Entgeltlauf februar = callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, feb));
            List<AbrechnungKorrektur> korrekturen = callers.runAs(erste, () -> entgeltlauf.korrekturen(februar.getId()));
            assertEquals(1, korrekturen.size(), "only the childless person's January changes");
            assertEquals(ids.get(1), korrekturen.get(0).getBeschaeftigterId());
            assertEquals(jan, korrekturen.get(0).getKorrigierterMonat());
            assertEquals(new BigDecimal("-0.66"), korrekturen.get(0).getAuszahlungsdifferenz());
            // applied once per tenant; the marks settle at release: computing February again gives the same correction
            Entgeltlauf nochmal = callers.runAs(erste, () -> entgeltlauf.berechnenUndWarten(einrichtung, feb));
            assertEquals(1, callers.runAs(erste, () -> entgeltlauf.korrekturen(nochmal.getId())).size());
            assertTrue(callers.runAs(t.admin(), () -> rechengroessenService.aenderungen()).stream()
                    .anyMatch(a -> a.getBeschreibung().contains("Zuschlag Kinderlose 0.45")));
        } finally {
            // restore the figures of rules.md § 3 for the rest of the suite
            callers.runAs(OPERATOR, () -> rechengroessenService.erfassen(new de.werkerp.reference.control.RechengroessenEingabe(
                    LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), new BigDecimal("3290.00"),
                    new BigDecimal("3150.00"), new BigDecimal("14.600"), new BigDecimal("1.300"),
                    new BigDecimal("3.050"), new BigDecimal("0.350"), new BigDecimal("0.000"), new BigDecimal("18.600"),
                    "SVBezGrV 2022; § 241 SGB V; § 242a SGB V; § 55 Abs. 3 SGB XI i. d. F. GVWG; § 158 SGB VI",
                    "Test: zurückgesetzt")));
        }
    }

    @Test
    @Order(33)
    @RunAsClient
    void rest_operator_enters_a_years_figures_with_source() {
        RechengroessenScenarios.jahrErfassen(base);
    }

    @Test
    @Order(34)
    @RunAsClient
    void browser_operator_enters_a_years_figures_in_the_form() {
        RechengroessenScenarios.formular(base);
    }

    // ------------------------------------------------------------------ audit trail (issue 16 item 5)

    @Inject
    de.werkerp.security.boundary.WerkErpIdentityStore identityStore;

    @Test
    @Order(35)
    void audit_trail_is_complete_masked_append_only_and_chained() throws SQLException {
        PersonData p = tenantWithPerson("kette-a");
        Caller admin = p.admin();
        Long tenant = admin.tenantId();
        Long person = p.person().getId();
        // sign-ins: a wrong password and a right one of the tenant's admin
        assertEquals(jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID, identityStore
                .validate(new jakarta.security.enterprise.credential.UsernamePasswordCredential("kette-a/kette-a.admin", "falsch"))
                .getStatus());
        assertEquals(jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID, identityStore
                .validate(new jakarta.security.enterprise.credential.UsernamePasswordCredential("kette-a/kette-a.admin",
                        "geheim-kette-a")).getStatus());
        // reading illness spells is logged; the operator's deactivation of the tenant goes into its trail
        callers.runAs(admin, () -> entgeltEingaben.arbeitsunfaehigkeiten(person));
        callers.runAs(OPERATOR, () -> traegerService.setAktiv(tenant, false));

        List<AuditEintrag> trail = callers.runAs(admin, () -> auditService.latest(1000));
        assertTrue(trail.stream().anyMatch(a -> a.getAktion() == de.werkerp.audit.entity.AuditAction.ANMELDUNG_FEHLGESCHLAGEN
                && "kette-a.admin".equals(a.getBenutzer())), trail.toString());
        assertTrue(trail.stream().anyMatch(a -> a.getAktion() == de.werkerp.audit.entity.AuditAction.ANMELDUNG
                && "kette-a.admin".equals(a.getBenutzer())), trail.toString());
        assertTrue(trail.stream().anyMatch(a -> a.getAktion() == de.werkerp.audit.entity.AuditAction.LESEN
                && person.equals(a.getObjektId()) && "Arbeitsunfähigkeiten".equals(a.getFeld())
                && "kette-a.admin".equals(a.getBenutzer())), trail.toString());
        assertTrue(trail.stream().anyMatch(a -> a.getAktion() == de.werkerp.audit.entity.AuditAction.STATUS
                && "Träger".equals(a.getObjekttyp()) && "true".equals(a.getAlterWert()) && "false".equals(a.getNeuerWert())
                && "betrieb (Betrieb)".equals(a.getBenutzer())), trail.toString());

        // special-category values: in full for the tenant admin, "geändert" for the auditor (Prüfer)
        assertTrue(trail.stream().anyMatch(a -> "personenkreis".equals(a.getFeld())
                && "SEELISCHE_BEHINDERUNG".equals(a.getNeuerWert())), trail.toString());
        Caller pruefer = new Caller("kette.pruefer", tenant, EnumSet.of(Role.AUDITOR));
        List<AuditEintrag> fuerPruefer = callers.runAs(pruefer, () -> auditService.latest(1000));
        assertTrue(fuerPruefer.stream().anyMatch(a -> "personenkreis".equals(a.getFeld())
                && AuditEintrag.VERBORGEN.equals(a.getNeuerWert())), fuerPruefer.toString());
        assertTrue(fuerPruefer.stream().noneMatch(a -> String.valueOf(a.getNeuerWert()).contains("SEELISCHE")),
                fuerPruefer.toString());
        // ordinary values stay readable for the auditor
        assertTrue(fuerPruefer.stream().anyMatch(a -> "nachname".equals(a.getFeld())
                && "Person-kette-a".equals(a.getNeuerWert())), fuerPruefer.toString());

        // the chain is intact and covers every entry of the (new) tenant
        AuditService.Pruefergebnis ok = callers.runAs(pruefer, () -> auditService.pruefen());
        assertTrue(ok.intakt(), ok.getText());
        assertEquals(trail.size(), ok.anzahl(), ok.getText());
        assertTrue(ok.getText().startsWith("Prüfkette intakt"), ok.getText());

        Long nachname = trail.stream().filter(a -> "nachname".equals(a.getFeld())).findFirst().orElseThrow().getId();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            // append-only in the database: UPDATE and DELETE are refused by the triggers, with a German message
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE audit_eintrag SET neuer_wert = 'X' WHERE id = " + nachname));
            assertTrue(update.getMessage().contains("unveränderlich"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> st.executeUpdate("DELETE FROM audit_eintrag WHERE id = " + nachname));
            assertTrue(delete.getMessage().contains("nicht gelöscht"), delete.getMessage());
            // a database administrator who drops the trigger can change an entry, but the chain shows where
            st.execute("DROP TRIGGER audit_eintrag_keine_aenderung");
            try {
                assertEquals(1, st.executeUpdate("UPDATE audit_eintrag SET neuer_wert = 'Gefälscht' WHERE id = " + nachname));
            } finally {
                st.execute("CREATE TRIGGER audit_eintrag_keine_aenderung BEFORE UPDATE ON audit_eintrag FOR EACH ROW"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Das Änderungsprotokoll ist unveränderlich:"
                        + " Einträge können nicht geändert werden.'");
            }
            assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE audit_eintrag SET neuer_wert = 'Y' WHERE id = " + nachname));
        }
        AuditService.Pruefergebnis broken = callers.runAs(admin, () -> auditService.pruefen());
        assertFalse(broken.intakt(), broken.getText());
        assertEquals(nachname, broken.bruch().id(), broken.getText());
        assertTrue(broken.getText().contains("nachträglich geändert"), broken.getText());
        // another tenant's chain is not affected
        TenantData other = tenantWithData("kette-b");
        AuditService.Pruefergebnis andere = callers.runAs(other.admin(), () -> auditService.pruefen());
        assertTrue(andere.intakt(), andere.getText());
    }

    // ------------------------------------------------------------------ sign-in that withstands guessing (issue 16 item 2)

    // ------------------------------------------------------------------ accounts (issue 16 items 1 and 2)

    /** Ages the failed sign-ins of earlier scenarios, so that the few failures below meet no address delay. */
    @Test
    @Order(589)
    void accounts_start_without_recent_failed_sign_ins() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE anmeldeversuch SET zeitpunkt = zeitpunkt - INTERVAL 16 MINUTE");
        }
    }

    @Test
    @Order(590)
    @RunAsClient
    void invitation_end_to_end_through_the_mail_single_use_and_audited() {
        KontenScenarios.einladungEndeZuEnde(base);
    }

    /** The invitation's 72 hours end (its row's end moved into the past, as a moved clock would). */
    @Test
    @Order(591)
    void an_invitation_expires() throws SQLException {
        try (Connection c = dataSource.getConnection();
                java.sql.PreparedStatement st = c.prepareStatement("UPDATE einladung e JOIN benutzer b ON b.id = e.benutzer_id"
                        + " JOIN traeger t ON t.id = e.tenant_id SET e.gueltig_bis = '2000-01-01 00:00:00'"
                        + " WHERE t.kennung = 'konten-a' AND b.benutzername = ?")) {
            st.setString(1, KontenScenarios.ABGELAUFEN);
            assertEquals(1, st.executeUpdate());
        }
    }

    @Test
    @Order(592)
    @RunAsClient
    void an_expired_invitation_is_refused_with_the_same_message() {
        KontenScenarios.abgelaufeneEinladung(base);
    }

    @Test
    @Order(593)
    @RunAsClient
    void the_operator_cannot_choose_the_first_admins_password() {
        KontenScenarios.adminPasswortAbgelehnt(base);
    }

    @Test
    @Order(594)
    @RunAsClient
    void the_operator_cannot_set_a_tenant_users_password_over_rest() {
        KontenScenarios.betriebSetztKeinPasswort(base);
    }

    /** The same through the services: every way to a password of a tenant's user is closed to the operator. */
    @Test
    @Order(595)
    void the_operator_cannot_set_a_tenant_users_password_through_the_services() {
        TenantData t = tenantWithData("konten-x");
        Benutzer user = callers.runAs(t.admin(), () -> benutzerService.find(t.user().getId()));
        assertThrows(AccessDenied.class, () -> callers.runAs(OPERATOR, () -> benutzerService.update(user, "vom-betrieb-123")));
        assertThrows(AccessDenied.class, () -> callers.runAs(OPERATOR, () -> benutzerService.create(
                new Benutzer("hintertuer", "Hintertür", EnumSet.of(Role.TENANT_ADMIN)), "vom-betrieb-123")));
        assertThrows(AccessDenied.class, () -> callers.runAs(OPERATOR, () -> einladungService.einladen(user.getId(), null)));
        // an admin-set password is marked: the user must change it at the next sign-in
        Benutzer neu = callers.runAs(t.admin(), () -> benutzerService.create(
                new Benutzer("konten-x.neu", "Neu", EnumSet.of(Role.AUDITOR)), "anfang-12345"));
        assertTrue(neu.isPasswortAendern());
        assertTrue(callers.runAs(t.admin(), () -> auditService.latest(50)).stream().anyMatch(a -> "Passwort".equals(a.getFeld())
                && neu.getId().equals(a.getObjektId()) && a.getNeuerWert().contains("von der Administration gesetzt")));
    }

    @Test
    @Order(596)
    @RunAsClient
    void user_names_are_unique_per_tenant_and_other_tenants_names_stay_hidden() {
        KontenScenarios.namenJeTraeger(base);
    }

    @Test
    @Order(597)
    @RunAsClient
    void browser_warns_a_minute_before_an_idle_session_ends_and_the_session_follows_the_account_id() {
        KontenScenarios.sitzungsWarnung(base);
    }

    @Test
    @Order(598)
    void accounts_leave_no_recent_failed_sign_ins() throws SQLException {
        accounts_start_without_recent_failed_sign_ins();
    }

    @Test
    @Order(600)
    @RunAsClient
    void ten_failures_lock_a_user_name_429_with_retry_after_even_for_the_right_password() {
        AnmeldungScenarios.sperre(base);
    }

    @Test
    @Order(601)
    @RunAsClient
    void browser_login_form_says_the_name_is_locked() {
        AnmeldungScenarios.formularWaehrendDerSperre(base);
    }

    /** The failures are rows in the database (not memory); aged by 16 minutes here, the lock and the delay end. */
    @Test
    @Order(602)
    void failed_attempts_are_stored_and_age_out() throws Exception {
        try (Connection c = dataSource.getConnection();
                java.sql.PreparedStatement count = c.prepareStatement(
                        "SELECT COUNT(*) FROM anmeldeversuch WHERE art = 'NAME' AND schluessel = ?")) {
            count.setString(1, AnmeldungScenarios.GESPERRT);
            try (java.sql.ResultSet rs = count.executeQuery()) {
                rs.next();
                assertEquals(10, rs.getInt(1), "ten failures of the locked name; refused attempts are not counted");
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE anmeldeversuch SET zeitpunkt = zeitpunkt - INTERVAL 16 MINUTE");
            }
        }
    }

    @Test
    @Order(603)
    @RunAsClient
    void the_right_password_is_accepted_again_after_the_lock() {
        AnmeldungScenarios.nachDerSperre(base);
    }

    @Test
    @Order(617)
    @RunAsClient
    void a_new_invitation_ends_the_earlier_link_of_the_user() {
        KontenScenarios.neueEinladungBeendetDieAlte(base);
    }

    @Test
    @Order(616)
    @RunAsClient
    void wrong_current_passwords_in_a_session_count_for_the_lock_of_the_name() {
        AnmeldungScenarios.ratenInDerSitzung(base);
    }

    @Test
    @Order(604)
    @RunAsClient
    void own_password_change_over_rest_needs_the_current_password_and_12_characters() {
        AnmeldungScenarios.passwortAendern(base);
    }

    @Test
    @Order(605)
    @RunAsClient
    void browser_own_password_change_from_the_header_ends_the_other_session() {
        AnmeldungScenarios.passwortSeite(base);
    }

    // ------------------------------------------------------------------ second factor and API tokens (issue 16 item 2)

    @Test
    @Order(610)
    @RunAsClient
    void rest_totp_setup_token_replay_recovery_roles_tenant_revoke_basic_refused_and_reset() {
        ZweifaktorScenarios.rest(base);
    }

    /** Stored hashed and encrypted; one token's last day moved into the past; sign-in failures aged (address delay). */
    @Test
    @Order(611)
    void tokens_are_stored_hashed_secrets_encrypted_and_a_token_expires() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("SELECT token_hash FROM api_token")) {
                int n = 0;
                while (rs.next()) {
                    assertTrue(rs.getString(1).matches("[0-9a-f]{64}"), rs.getString(1));
                    n++;
                }
                assertTrue(n >= 4, "tokens stored: " + n);
            }
            try (java.sql.ResultSet rs = st.executeQuery("SELECT geheimnis, aktiv FROM zweifaktor")) {
                int n = 0;
                while (rs.next()) {
                    assertFalse(rs.getString(1).matches("[A-Z2-7]{32}"), "the secret is not stored in plain: " + rs.getString(1));
                    n++;
                }
                assertTrue(n >= 2, "admin, admin.b, betrieb and more have a second factor: " + n);
            }
            try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM wiederherstellungscode WHERE code_hash NOT REGEXP '^[0-9a-f]{64}$'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "recovery codes are stored as SHA-256 only");
            }
            assertEquals(1, st.executeUpdate("UPDATE api_token SET gueltig_bis = CURRENT_DATE - INTERVAL 1 DAY WHERE name = '"
                    + ZweifaktorScenarios.ABGELAUFEN + "'"));
            st.executeUpdate("UPDATE anmeldeversuch SET zeitpunkt = zeitpunkt - INTERVAL 16 MINUTE");
        }
    }

    @Test
    @Order(612)
    @RunAsClient
    void rest_expired_token_and_token_of_a_deactivated_user_get_401() {
        ZweifaktorScenarios.nachAblauf(base);
    }

    @Test
    @Order(613)
    @RunAsClient
    void browser_admin_must_set_up_totp_signs_in_with_code_changes_password_and_manages_tokens() {
        ZweifaktorScenarios.browser(base);
    }

    @Test
    @Order(614)
    @RunAsClient
    void ten_wrong_codes_lock_the_name_like_wrong_passwords() {
        ZweifaktorScenarios.falscheCodes(base);
    }

    /** The wrong codes are failures of the name in the database (aged here so that nothing after is delayed); the reset. */
    @Test
    @Order(615)
    void wrong_codes_are_stored_as_failures_of_the_name() throws Exception {
        try (Connection c = dataSource.getConnection();
                java.sql.PreparedStatement count = c.prepareStatement(
                        "SELECT COUNT(*) FROM anmeldeversuch WHERE art = 'NAME' AND schluessel = ?")) {
            count.setString(1, ZweifaktorScenarios.SPERRE_USER);
            try (java.sql.ResultSet rs = count.executeQuery()) {
                rs.next();
                assertEquals(10, rs.getInt(1));
            }
            try (Statement st = c.createStatement()) {
                try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM zweifaktor z JOIN benutzer b ON z.konto_art = 'BENUTZER'"
                        + " AND z.konto_id = b.id WHERE b.benutzername = '" + ZweifaktorScenarios.SPERRE_NAME + "'")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "the Träger-Admin's reset removed the second factor");
                }
                try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM wiederherstellungscode w JOIN benutzer b"
                        + " ON w.konto_art = 'BENUTZER' AND w.konto_id = b.id WHERE b.benutzername = '" + ZweifaktorScenarios.SPERRE_NAME + "'")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "and its recovery codes");
                }
                st.executeUpdate("UPDATE anmeldeversuch SET zeitpunkt = zeitpunkt - INTERVAL 16 MINUTE");
            }
        }
    }

    /** Operations (docs/betrieb.md): MicroProfile Health readiness with the database and the schema, liveness. */
    @Test
    @Order(620)
    @RunAsClient
    void health_ready_is_up_with_the_database_and_the_schema_current() {
        BetriebScenarios.gesundheit(base);
    }

    /** MicroProfile Metrics: a failed sign-in is counted; the Entgeltlauf timer exists (runs were computed above). */
    @Test
    @Order(621)
    @RunAsClient
    void metrics_count_a_failed_sign_in_and_time_the_entgelt_runs() {
        BetriebScenarios.kennzahlen(base);
    }

    /** The failure of 621 is aged so that it delays nobody after. */
    @Test
    @Order(622)
    void the_failure_of_the_metrics_check_is_aged() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertTrue(st.executeUpdate("UPDATE anmeldeversuch SET zeitpunkt = zeitpunkt - INTERVAL 16 MINUTE") >= 2,
                    "the failed sign-in of 621 was stored for the name and the address");
        }
    }

    /**
     * Issue 17 item 1 and 2: axe-core (WCAG 2.0/2.1 A and AA) on every page of every role (read from the menu), the
     * sign-in and invitation pages, a person and a Teilhabe report: no serious or critical violation, no cut column
     * header at 1366 × 900; the counts per page in target/axe-report.txt.
     */
    @Test
    @Order(700)
    @RunAsClient
    void axe_finds_no_serious_violation_and_no_cut_header_on_any_page_of_any_role() throws Exception {
        AxeScenarios.allePagesAllerRollen(base);
    }

    /** Issue 17 item 5: the council's pages on a phone (390 px): no sideways scrolling, the menu behind a button. */
    @Test
    @Order(701)
    @RunAsClient
    void council_pages_work_at_390_px_with_the_menu_behind_a_button() {
        AxeScenarios.handyBreite(base);
    }

    // ------------------------------------------------------------------ documents at scale (issue 19 item 3)

    @Test
    @Order(850)
    @RunAsClient
    void rest_payslip_zip_streamed_in_order_with_the_single_payslips_text() throws Exception {
        DokumenteScenarios.lohnzettelZip(base);
    }

    // ------------------------------------------------------------------ start pages per role (issue 17 items 3, 4)

    @EJB
    de.werkerp.start.boundary.StartseiteService startseite;

    /**
     * Each start-page method answers its role only (docs/rollen.md): management gets no payroll list, the council no
     * management figures, the election board nothing but the elections; an empty tenant has nothing to do and its run
     * month is the default one.
     */
    @Test
    @Order(750)
    void start_page_data_is_given_to_its_role_only() {
        TenantData t = tenantWithData("start-a");
        java.time.LocalDate heute = java.time.LocalDate.of(2026, 3, 10);
        java.util.function.Function<Role, Caller> als = r -> new Caller("start." + r.name().toLowerCase(),
                t.admin().tenantId(), EnumSet.of(r));
        var entgelt = callers.runAs(als.apply(Role.PAYROLL), () -> startseite.entgelt(heute));
        assertEquals(1, entgelt.entgeltlaeufe().size());
        assertEquals(java.time.YearMonth.of(2026, 3), entgelt.entgeltlaeufe().get(0).monat());
        assertEquals(de.werkerp.wage.control.Laufschritt.Schritt.BERECHNEN, entgelt.entgeltlaeufe().get(0).schritt().schritt());
        assertEquals(0, entgelt.ohneIban().anzahl());
        assertEquals(0, entgelt.regelaltersgrenze().anzahl());
        var leitung = callers.runAs(als.apply(Role.MANAGEMENT), () -> startseite.leitung(heute));
        assertEquals(java.time.YearMonth.of(2026, 2), leitung.abrechnungslaeufe().get(0).monat());
        assertEquals("Noch keine Daten", leitung.arbeitsergebnisse().get(0).status());
        assertEquals(0, callers.runAs(als.apply(Role.SOCIAL_SERVICE), () -> startseite.sozialdienst(heute)).ziele().anzahl());
        assertTrue(callers.runAs(als.apply(Role.COUNCIL), () -> startseite.werkstattrat(heute)).ergebnisse().isEmpty());
        assertTrue(callers.runAs(als.apply(Role.ELECTION_BOARD), () -> startseite.wahlvorstand(heute)).isEmpty());
        for (Role r : new Role[] {Role.MANAGEMENT, Role.COUNCIL, Role.SOCIAL_SERVICE, Role.ELECTION_BOARD, Role.AUDITOR}) {
            assertThrows(de.werkerp.platform.control.AccessDenied.class,
                    () -> callers.runAs(als.apply(r), () -> startseite.entgelt(heute)), r.name());
        }
        for (Role r : new Role[] {Role.PAYROLL, Role.COUNCIL, Role.SOCIAL_SERVICE, Role.ELECTION_BOARD, Role.AUDITOR}) {
            assertThrows(de.werkerp.platform.control.AccessDenied.class,
                    () -> callers.runAs(als.apply(r), () -> startseite.leitung(heute)), r.name());
        }
        for (Role r : new Role[] {Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.ELECTION_BOARD, Role.AUDITOR}) {
            assertThrows(de.werkerp.platform.control.AccessDenied.class,
                    () -> callers.runAs(als.apply(r), () -> startseite.werkstattrat(heute)), r.name());
        }
        for (Role r : new Role[] {Role.PAYROLL, Role.MANAGEMENT, Role.COUNCIL, Role.ELECTION_BOARD, Role.AUDITOR}) {
            assertThrows(de.werkerp.platform.control.AccessDenied.class,
                    () -> callers.runAs(als.apply(r), () -> startseite.sozialdienst(heute)), r.name());
        }
        for (Role r : new Role[] {Role.PAYROLL, Role.MANAGEMENT, Role.COUNCIL, Role.SOCIAL_SERVICE, Role.AUDITOR}) {
            assertThrows(de.werkerp.platform.control.AccessDenied.class,
                    () -> callers.runAs(als.apply(r), () -> startseite.wahlvorstand(heute)), r.name());
        }
    }

    /**
     * Issue 19 item 1: the warnings and the people overview as database queries give exactly what the plain-Java rules
     * give, and so do payroll's start-page lists, on varied people and every boundary day of their data
     * (WarnungsScenarios); payroll may read them; another
     * tenant sees none of them (the native SQL filters the tenant itself).
     */
    @Test
    @Order(900)
    void warnings_and_overview_in_the_database_equal_the_java_rules() {
        TenantData t = tenantWithData("warn-sql");
        TenantData fremd = tenantWithData("warn-sql-b");
        Einrichtung ala = callers.runAs(t.admin(), () -> organisation.createEinrichtung(
                new Einrichtung("aLA warn-sql", Einrichtungsart.ALA)));
        WarnungsScenarios.anlegen(callers, t.admin(), beschaeftigteService, vertragService, leistungstraegerService,
                t.einrichtung().getId(), ala.getId(), t.gruppe().getId());
        List<java.time.LocalDate> tage = WarnungsScenarios.stichtage(callers, t.admin(), vertragService);
        assertTrue(tage.size() > 60, "Stichtage: " + tage.size());
        int verglichen = WarnungsScenarios.vergleichen(callers, t.admin(), vertragService, tage);
        assertTrue(verglichen > 200, "verglichene Warnungen: " + verglichen);
        int start = WarnungsScenarios.vergleichenStartseite(callers, t.admin(), startseite, tage);
        assertTrue(start > 50, "verglichene Einträge der Startseite: " + start);
        Caller entgelt = new Caller("warn-sql.entgelt", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        assertEquals(callers.runAs(t.admin(), () -> vertragService.warnungen(WarnungsScenarios.HEUTE)),
                callers.runAs(entgelt, () -> vertragService.warnungen(WarnungsScenarios.HEUTE, null, null, null, false,
                        0, 1000).eintraege()));
        callers.runAs(fremd.admin(), () -> {
            assertEquals(0, vertragService.warnungen(WarnungsScenarios.HEUTE, null, null, null, false, 0, 1000).gesamt());
            assertEquals(0, vertragService.warnungsanzahl(WarnungsScenarios.HEUTE, null).values().stream()
                    .mapToLong(Long::longValue).sum());
            assertEquals(0, vertragService.uebersicht(WarnungsScenarios.HEUTE, Map.of(), null, false, 0, 100).gesamt());
            assertEquals(0, vertragService.uebersicht(WarnungsScenarios.HEUTE, Map.of("status", "laufend"), null, false,
                    0, 100).gesamt());
        });
    }

    /** Payroll's start page: open month with next step, the run page opens on it; the four warnings. */
    @Test
    @Order(751)
    @RunAsClient
    void start_page_of_payroll_shows_the_open_month_and_the_warnings() {
        StartseiteScenarios.entgelt(base);
    }

    /** Management's start page: Arbeitsergebnis with checks, billing, open items, staffing ratios; no person. */
    @Test
    @Order(752)
    @RunAsClient
    void start_page_of_management_shows_result_billing_and_staffing() {
        StartseiteScenarios.leitung(base);
    }

    /** The council's start page: thresholds, election dates, the Arbeitsergebnis in Leichter Sprache (menu item). */
    @Test
    @Order(753)
    @RunAsClient
    void start_page_of_the_council_shows_counts_elections_and_the_easy_read_result() {
        StartseiteScenarios.werkstattrat(base);
    }

    /** The social service's start page: reports due within 90 days, goals to evaluate. */
    @Test
    @Order(754)
    @RunAsClient
    void start_page_of_the_social_service_shows_reports_and_goals_due() {
        StartseiteScenarios.sozialdienst(base);
    }

    /** The election board's start page: the running election's next deadline. */
    @Test
    @Order(755)
    @RunAsClient
    void start_page_of_the_election_board_shows_the_next_deadline() {
        StartseiteScenarios.wahlvorstand(base);
    }

    /** The Entgelt run page names the next step; the person who computed is not offered "Freigeben". */
    @Test
    @Order(756)
    @RunAsClient
    void entgelt_run_page_tells_the_computing_person_that_another_releases() {
        StartseiteScenarios.vierAugenHinweisEntgelt(base);
    }

    // ------------------------------------------------------------------ cluster (issue 18 item 2)

    @Inject
    de.werkerp.wage.control.Laufpuls laufpuls;

    @Resource
    jakarta.enterprise.concurrent.ManagedExecutorService pool;

    /**
     * Two callers start the same month at the same moment (as two nodes would): one run, and a German message for
     * the other; then the lease: a live node's run is refused here and shows its progress, a dead node's run counts
     * as failed after its lease and is computed here with the same totals (cluster-test.sh does it with real nodes).
     */
    @Test
    @Order(870)
    void the_same_month_started_twice_at_once_gives_one_run_and_a_lapsed_lease_frees_it() throws Exception {
        TenantData t = tenantWithData("cl870");
        YearMonth jan = YearMonth.of(2025, 1);
        callers.runAs(t.admin(), () -> {
            Musterbelegschaft.Lohnarten arten = belegschaft.entgeltGrundlagen(t.einrichtung(), jan.atDay(1), "CL");
            return belegschaft.personen(t.einrichtung(), List.of(t.gruppe()), arten, 40, jan, jan, "CL");
        });
        Caller eins = new Caller("cl870.eins", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Caller zwei = new Caller("cl870.zwei", t.admin().tenantId(), EnumSet.of(Role.PAYROLL));
        Entgeltlauf lauf = ClusterScenarios.zweiAufrufeEinLauf(callers, entgeltlauf, pool, dataSource, eins, zwei,
                t.einrichtung().getId(), jan, 40);
        ClusterScenarios.leaseRegel(callers, entgeltlauf, laufpuls, dataSource, eins, lauf);
    }

    /** Pool usage in /metrics (issue 18 item 4): Payara's pool of the application, read through its pool manager. */
    @Test
    @Order(880)
    @RunAsClient
    void metrics_show_the_database_pool_usage() {
        BetriebScenarios.poolauslastung(base);
    }

    /** Issue 19 item 1: REST lists are paged (limit/offset, total in X-Total-Count, German 400 on bad values). */
    @Test
    @Order(800)
    @RunAsClient
    void rest_lists_are_paged_with_the_total_in_a_header() throws Exception {
        ListenScenarios.restListenSeitenweise(base);
    }

    /** Issue 17: the attendance grid of one group at 1366×900 shows each name, frozen while the days scroll. */
    @Test
    @Order(801)
    @RunAsClient
    void browser_attendance_grid_shows_the_names_at_1366_px() {
        ListenScenarios.anwesenheitsraster(base);
    }
}
