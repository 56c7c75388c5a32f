package de.werkerp.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import de.werkerp.platform.control.ValidationFailure;

/**
 * Personal API tokens (issue 16 item 2, README "Sign-in"), as plain Java: the format {@value #PRAEFIX} + 32 random
 * bytes in Base64url (43 characters), stored only as SHA-256 (the token has 256 random bits, so a fast hash leaves
 * nothing to guess); named; valid up to and including the day {@code gueltigBis}, which lies at most one year
 * ahead.
 */
public final class ApiTokenregel {

    public static final String PRAEFIX = "werk_";
    public static final int NAME_LAENGE = 100;
    private static final Pattern FORMAT = Pattern.compile(PRAEFIX + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom ZUFALL = new SecureRandom();

    private ApiTokenregel() {
    }

    /** A new token value (shown to its owner once). */
    public static String neu() {
        byte[] b = new byte[32];
        ZUFALL.nextBytes(b);
        return PRAEFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether a value has the form of a token (others are refused without a database look-up). */
    public static boolean formatGueltig(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /** The stored form: SHA-256 of the token, hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a token valid until {@code gueltigBis} (inclusive) is valid on {@code heute}. */
    public static boolean gueltig(LocalDate gueltigBis, LocalDate heute) {
        return gueltigBis != null && !heute.isAfter(gueltigBis);
    }

    /** Checks name and expiry of a new token (German messages, fields {@code name} and {@code gueltigBis}). */
    public static void pruefeNeu(String name, LocalDate gueltigBis, LocalDate heute) {
        if (name == null || name.isBlank()) {
            throw new ValidationFailure("name", "Bitte geben Sie dem Token einen Namen.");
        }
        if (name.strip().length() > NAME_LAENGE || name.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationFailure("name", "Der Name darf höchstens " + NAME_LAENGE + " Zeichen lang sein und keine Steuerzeichen enthalten.");
        }
        if (gueltigBis == null) {
            throw new ValidationFailure("gueltigBis", "Bitte geben Sie an, bis wann das Token gültig ist.");
        }
        if (gueltigBis.isBefore(heute)) {
            throw new ValidationFailure("gueltigBis", "Das Ablaufdatum darf nicht in der Vergangenheit liegen.");
        }
        if (gueltigBis.isAfter(heute.plusYears(1))) {
            throw new ValidationFailure("gueltigBis", "Ein Token ist höchstens ein Jahr gültig (bis spätestens "
                    + String.format("%1$td.%1$tm.%1$tY", heute.plusYears(1)) + ").");
        }
    }
}
