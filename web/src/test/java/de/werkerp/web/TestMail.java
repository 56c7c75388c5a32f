package de.werkerp.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the application sends its mails to in the integration tests: GreenMail in the test JVM, on the port
 * the failsafe configuration gives (the same port is the application's {@code WERKERP_SMTP_PORT}). Started once from
 * the {@code @Deployment} method, before Payara starts.
 */
final class TestMail {

    private static final Pattern LINK = Pattern.compile("(http\\S*/einladung\\.xhtml\\?token=([A-Za-z0-9_-]{43}))");
    private static GreenMail server;

    /** A received mail: subject and decoded text. */
    record Mail(String betreff, String text) {

        /** The invitation link in the text. */
        String link() {
            Matcher m = LINK.matcher(text);
            if (!m.find()) {
                throw new AssertionError("no invitation link in: " + text);
            }
            return m.group(1);
        }

        String token() {
            Matcher m = LINK.matcher(text);
            if (!m.find()) {
                throw new AssertionError("no invitation link in: " + text);
            }
            return m.group(2);
        }
    }

    private TestMail() {
    }

    static synchronized void start() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("werkerp.test.smtp.port", "3325"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** The newest mail to this address, waiting up to 30 seconds for it. */
    static Mail an(String adresse) {
        long bis = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < bis) {
            MimeMessage[] all = server.getReceivedMessages();
            for (int i = all.length - 1; i >= 0; i--) {
                try {
                    Address[] to = all[i].getAllRecipients();
                    if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(adresse))) {
                        return new Mail(all[i].getSubject(), String.valueOf(all[i].getContent()));
                    }
                } catch (MessagingException | java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no mail to " + adresse + " within 30 s");
    }

    /** How many mails went to this address so far. */
    static long anzahlAn(String adresse) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(adresse));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
