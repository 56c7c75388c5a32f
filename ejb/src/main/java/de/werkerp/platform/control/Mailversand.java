package de.werkerp.platform.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the application's e-mails (invitations) with Jakarta Mail, configured by environment variables (README
 * "Configuration"), each with a system property of the same name as fallback: {@code WERKERP_SMTP_HOST},
 * {@code WERKERP_SMTP_PORT} (587), {@code WERKERP_SMTP_USER}, {@code WERKERP_SMTP_PASSWORD}, {@code WERKERP_SMTP_TLS}
 * ({@code true}: STARTTLS required, the default; {@code ssl}: TLS from the start, e.g. port 465; {@code false}: plain,
 * only for a local relay or a test server), {@code WERKERP_MAIL_FROM}. Without an SMTP host (the embedded demo run)
 * nothing is sent: each mail is written as an {@code .eml} file to {@code WERKERP_DATA_DIR/mails}.
 */
@ApplicationScoped
public class Mailversand {

    private static final Logger LOG = Logger.getLogger(Mailversand.class.getName());
    private static final DateTimeFormatter DATEINAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A mail could not be sent; the message is German. */
    public static class Fehlgeschlagen extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fehlgeschlagen(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The setting of an environment variable, else of the system property of the same name, else null. */
    public static String einstellung(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            v = System.getProperty(name);
        }
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Where mails go without an SMTP host. */
    public static Path ablage() {
        String dir = einstellung("WERKERP_DATA_DIR");
        return Path.of(dir == null ? "data" : dir).resolve("mails").toAbsolutePath().normalize();
    }

    public void senden(String an, String betreff, String text) {
        String host = einstellung("WERKERP_SMTP_HOST");
        try {
            Session session = session(host);
            MimeMessage m = new MimeMessage(session);
            String from = einstellung("WERKERP_MAIL_FROM");
            m.setFrom(new InternetAddress(from == null ? "werkerp@localhost" : from));
            m.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(an, true));
            m.setSubject(betreff, "UTF-8");
            m.setText(text, "UTF-8");
            m.setSentDate(new Date());
            m.saveChanges();
            if (host == null) {
                ablegen(m);
            } else {
                Transport.send(m);
            }
        } catch (MessagingException | IOException e) {
            throw new Fehlgeschlagen("Die E-Mail an " + an + " konnte nicht versendet werden: " + e.getMessage(), e);
        }
    }

    private static Session session(String host) {
        Properties p = new Properties();
        if (host != null) {
            String port = einstellung("WERKERP_SMTP_PORT");
            String tls = einstellung("WERKERP_SMTP_TLS");
            boolean ssl = "ssl".equalsIgnoreCase(tls);
            String protokoll = ssl ? "smtps" : "smtp";
            p.put("mail.transport.protocol", protokoll);
            p.put("mail." + protokoll + ".host", host);
            p.put("mail." + protokoll + ".port", port == null ? (ssl ? "465" : "587") : port);
            p.put("mail." + protokoll + ".connectiontimeout", "10000");
            p.put("mail." + protokoll + ".timeout", "20000");
            if (!ssl && !"false".equalsIgnoreCase(tls)) {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            if (ssl || !"false".equalsIgnoreCase(tls)) {
                p.put("mail." + protokoll + ".ssl.checkserveridentity", "true");
            }
            String user = einstellung("WERKERP_SMTP_USER");
            if (user != null) {
                p.put("mail." + protokoll + ".auth", "true");
                String password = einstellung("WERKERP_SMTP_PASSWORD");
                return Session.getInstance(p, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, password == null ? "" : password);
                    }
                });
            }
        }
        return Session.getInstance(p);
    }

    private static void ablegen(MimeMessage m) throws IOException, MessagingException {
        Path dir = ablage();
        Files.createDirectories(dir);
        Path file = dir.resolve(LocalDateTime.now().format(DATEINAME) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            m.writeTo(out);
        }
        LOG.info(() -> "Kein SMTP-Server eingestellt (WERKERP_SMTP_HOST): E-Mail als Datei abgelegt: " + file);
    }
}
