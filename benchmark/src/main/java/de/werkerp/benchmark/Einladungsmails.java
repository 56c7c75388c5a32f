package de.werkerp.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Accepts an invitation like the invitee would: the application has no SMTP server in the benchmark and writes each
 * mail as an {@code .eml} file to {@code WERKERP_DATA_DIR/mails}; the benchmark reads the link's token from the mail
 * to the address and sets the password through {@code POST /api/v1/einladung} (README "Sign-in").
 */
final class Einladungsmails {

    private static final Pattern TOKEN = Pattern.compile("einladung\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    private Einladungsmails() {
    }

    static void annehmen(Api api, Path mails, String adresse, String passwort) throws IOException, InterruptedException {
        String token = token(mails, adresse);
        api.post(null, "einladung", Api.json("token", token, "passwort", passwort));
    }

    private static String token(Path mails, String adresse) throws IOException, InterruptedException {
        long bis = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < bis) {
            if (Files.isDirectory(mails)) {
                List<Path> dateien;
                try (Stream<Path> s = Files.list(mails)) {
                    dateien = s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
                }
                for (int i = dateien.size() - 1; i >= 0; i--) {
                    String roh = Files.readString(dateien.get(i), StandardCharsets.ISO_8859_1);
                    if (roh.contains("To: " + adresse)) {
                        Matcher m = TOKEN.matcher(text(roh));
                        if (m.find()) {
                            return m.group(1);
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new IOException("Keine Einladung an " + adresse + " in " + mails);
    }

    /** The mail's body, decoded (quoted-printable or Base64): enough to find the link. */
    private static String text(String roh) {
        int leer = roh.indexOf("\r\n\r\n");
        String body = leer < 0 ? roh : roh.substring(leer + 4);
        if (roh.contains("Content-Transfer-Encoding: base64")) {
            return new String(Base64.getMimeDecoder().decode(body.trim()), StandardCharsets.UTF_8);
        }
        return body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }
}
