package de.werkerp.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Option parsing and banner of the launcher (no processes started). */
class LauncherTest {

    @TempDir
    Path root;

    private void createDefaults() throws IOException {
        Files.createDirectories(root.resolve("web/target"));
        Files.createDirectories(root.resolve("launcher/target"));
        Files.writeString(root.resolve(Launcher.DEFAULT_WAR), "war");
        Files.writeString(root.resolve(Launcher.DEFAULT_MICRO), "jar");
    }

    @Test
    void defaults() throws IOException {
        createDefaults();
        Launcher.Options o = Launcher.parse(new String[0], Map.of(), root, null);
        assertEquals(8080, o.httpPort());
        assertEquals(3307, o.dbPort());
        assertEquals(root.resolve("data"), o.dataDir());
        assertEquals(root.resolve("web/target/werkerp.war"), o.war());
        assertEquals(root.resolve("launcher/target/payara-micro.jar"), o.micro());
        assertTrue(o.demoData());
        assertEquals(List.of(), o.payaraArgs());
        assertTrue(o.embeddedDb());
    }

    @Test
    void externalDatabase() throws IOException {
        createDefaults();
        Launcher.Options o = Launcher.parse(new String[0],
                Map.of("WERKERP_DB_URL", "jdbc:mariadb://db:3306/werkerp"), root, null);
        assertFalse(o.embeddedDb());
        assertFalse(o.demoData(), "no demo data in production by default");
        String banner = Launcher.banner(o);
        assertTrue(banner.contains("Datenbank: jdbc:mariadb://db:3306/werkerp"), banner);
        assertFalse(banner.contains("admin123!"), banner);
    }

    @Test
    void environmentAndOptions() throws IOException {
        Path war = Files.writeString(root.resolve("app.war"), "war");
        Path micro = Files.writeString(root.resolve("micro.jar"), "jar");
        Launcher.Options o = Launcher.parse(
                new String[] {"--war", "app.war", "--micro=" + micro, "--", "--autobindhttp"},
                Map.of("WERKERP_HTTP_PORT", "9090", "WERKERP_DB_PORT", "3400",
                        "WERKERP_DATA_DIR", "/srv/werkerp/", "WERKERP_DEMO_DATA", "false"),
                root, null);
        assertEquals(9090, o.httpPort());
        assertEquals(3400, o.dbPort());
        assertEquals(Path.of("/srv/werkerp"), o.dataDir());
        assertEquals(war, o.war());
        assertEquals(micro, o.micro());
        assertFalse(o.demoData());
        assertEquals(List.of("--autobindhttp"), o.payaraArgs());
        assertFalse(Launcher.banner(o).contains("admin123!"));
    }

    @Test
    void defaultsFallBackToTheProjectOfTheLauncherJar() throws IOException {
        createDefaults();
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Launcher.Options o = Launcher.parse(new String[0], Map.of(), elsewhere, root);
        assertEquals(root.resolve(Launcher.DEFAULT_WAR), o.war());
        assertEquals(elsewhere.resolve("data"), o.dataDir());
    }

    @Test
    void errors() throws IOException {
        createDefaults();
        assertThrows(IllegalArgumentException.class,
                () -> Launcher.parse(new String[] {"--bogus"}, Map.of(), root, null));
        assertThrows(IllegalArgumentException.class,
                () -> Launcher.parse(new String[] {"--war"}, Map.of(), root, null));
        assertThrows(IllegalArgumentException.class,
                () -> Launcher.parse(new String[] {"--war", "missing.war"}, Map.of(), root, null));
        assertThrows(IllegalArgumentException.class, () -> Launcher.parse(new String[0],
                Map.of("WERKERP_HTTP_PORT", "http"), root, null));
        assertThrows(IllegalArgumentException.class, () -> Launcher.parse(new String[0],
                Map.of("WERKERP_HTTP_PORT", "3307"), root, null));
        Path empty = Files.createDirectories(root.resolve("empty"));
        assertThrows(IllegalArgumentException.class,
                () -> Launcher.parse(new String[0], Map.of(), empty, null));
        assertNull(Launcher.parse(new String[] {"--help"}, Map.of(), empty, null));
    }

    @Test
    void bannerListsAllDemoLogins() throws IOException {
        createDefaults();
        String banner = Launcher.banner(Launcher.parse(new String[0], Map.of(), root, null));
        assertTrue(banner.contains("WerkERP läuft: http://localhost:8080/werkerp/"), banner);
        assertTrue(banner.contains("Daten: " + root.resolve("data")), banner);
        assertTrue(banner.contains("Kennung des Trägers: demo"), banner);
        assertTrue(banner.contains("als .eml-Dateien abgelegt in: " + root.resolve("data").resolve("mails")), banner);
        assertTrue(Launcher.banner(Launcher.parse(new String[0], Map.of("WERKERP_SMTP_HOST", "mail.example.org"), root, null))
                .contains("E-Mails (Einladungen) über SMTP: mail.example.org"));
        for (String login : List.of("admin / admin123!", "entgelt / entgelt123!",
                "leitung / leitung123!", "sozialdienst / sozial123!", "werkstattrat / rat12345!",
                "pruefer / pruefer123!", "betrieb / betrieb123!")) {
            assertTrue(banner.contains(login), login);
        }
    }
}
