package de.werkerp.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The rules of an invitation link (issue 16 item 1; README "Sign-in", "Invitations"): the token is 256 random bits
 * (URL-safe Base64, 43 characters), only its SHA-256 (hex) is stored, the link is valid {@link #GUELTIGKEIT} from its
 * creation and can be used once. Whatever makes a link unusable (unknown, used, expired, account or tenant
 * deactivated), the invitee gets the one message {@link #UNGUELTIG}, so the answer does not tell which.
 */
public final class Einladungsregel {

    public static final Duration GUELTIGKEIT = Duration.ofHours(72);

    public static final String UNGUELTIG = "Dieser Einladungslink ist ungültig oder abgelaufen. Bitte bitten Sie Ihre"
            + " Administration um eine neue Einladung.";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Einladungsregel() {
    }

    /** A new random token (256 bits). */
    public static String neuesToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token: SHA-256, 64 hex digits. */
    public static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Whether a token can be a token at all (43 URL-safe Base64 characters); anything else is not looked up. */
    public static boolean wohlgeformt(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    public static Instant gueltigBis(Instant angelegt) {
        return angelegt.plus(GUELTIGKEIT);
    }

    /** Whether the link may still be used: not yet accepted and {@code jetzt} before the end of its validity. */
    public static boolean benutzbar(Instant gueltigBis, Instant angenommenAm, Instant jetzt) {
        return angenommenAm == null && gueltigBis != null && jetzt.isBefore(gueltigBis);
    }
}
