package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without an SMTP server (README "Configuration": no {@code WERKERP_SMTP_HOST}) a mail is written as an {@code .eml}
 * file to {@code WERKERP_DATA_DIR/mails} (issue 16 item 1: "the embedded demo run writes mails to a folder under the
 * data directory"). The settings come from the environment, else from a system property of the same name.
 */
class MailversandTest {

    @TempDir
    Path daten;

    @AfterEach
    void aufraeumen() {
        System.clearProperty("WERKERP_DATA_DIR");
    }

    @Test
    void without_an_smtp_host_the_mail_is_an_eml_file_under_the_data_directory() throws Exception {
        assumeTrue(System.getenv("WERKERP_SMTP_HOST") == null && System.getenv("WERKERP_DATA_DIR") == null,
                "the environment configures mail itself");
        System.setProperty("WERKERP_DATA_DIR", daten.toString());
        assertEquals(daten.resolve("mails").toAbsolutePath(), Mailversand.ablage());

        new Mailversand().senden("anna@example.org", "Einladung zu WerkERP – Träger Ä", "Guten Tag,\nder Link: "
                + "http://localhost:8080/werkerp/einladung.xhtml?token=abc\n");

        List<Path> dateien;
        try (Stream<Path> s = Files.list(daten.resolve("mails"))) {
            dateien = s.toList();
        }
        assertEquals(1, dateien.size(), dateien.toString());
        assertTrue(dateien.get(0).toString().endsWith(".eml"));
        MimeMessage gelesen;
        try (var in = Files.newInputStream(dateien.get(0))) {
            gelesen = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertEquals("anna@example.org", gelesen.getAllRecipients()[0].toString());
        assertEquals("Einladung zu WerkERP – Träger Ä", gelesen.getSubject());
        assertTrue(String.valueOf(gelesen.getContent()).contains("einladung.xhtml?token=abc"));
        assertTrue(new String(Files.readAllBytes(dateien.get(0)), StandardCharsets.ISO_8859_1).contains("charset=UTF-8"));
    }

    @Test
    void a_setting_falls_back_to_the_system_property_of_the_same_name() {
        assumeTrue(System.getenv("WERKERP_DATA_DIR") == null, "the environment sets it");
        System.setProperty("WERKERP_DATA_DIR", "  /srv/werkerp  ");
        assertEquals("/srv/werkerp", Mailversand.einstellung("WERKERP_DATA_DIR"));
        System.setProperty("WERKERP_DATA_DIR", " ");
        assertEquals(null, Mailversand.einstellung("WERKERP_DATA_DIR"));
    }
}
