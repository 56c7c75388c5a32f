package de.werkerp.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import de.werkerp.platform.entity.Role;

/**
 * The two-factor sign-in (issue 16 item 2, README "Sign-in"), as plain Java: TOTP after RFC 6238 (HMAC-SHA1,
 * {@value #STELLEN} digits, time steps of {@value #PERIODE} s, the codes computed by the library
 * {@code dev.samstevens.totp}), and the recovery codes.
 * <ul>
 * <li>A code is accepted for the current time step and {@value #TOLERANZ} step before and after (clocks of phones
 * drift), so for at most 90 seconds.</li>
 * <li>A code is accepted once: the step it belongs to must be later than the last accepted step of the account
 * (RFC 6238 § 5.2, "the verifier MUST NOT accept the second attempt of the same OTP"); an older or equal step is
 * refused as already used.</li>
 * <li>Required for {@link #PFLICHT} (Träger-Admin and Betreiber); available to every other user.</li>
 * <li>{@value #WIEDERHERSTELLUNGSCODES} recovery codes, each usable once, stored as SHA-256 only.</li>
 * </ul>
 */
public final class Zweifaktorregel {

    public static final int PERIODE = 30;
    public static final int STELLEN = 6;
    public static final int TOLERANZ = 1;
    public static final int WIEDERHERSTELLUNGSCODES = 10;
    public static final String AUSSTELLER = "WerkERP";
    /** The roles that must sign in with a second factor. */
    public static final Set<Role> PFLICHT = EnumSet.of(Role.TENANT_ADMIN, Role.OPERATOR);

    private static final CodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, STELLEN);

    /** The outcome of checking a code. */
    public enum Ergebnis {
        ANGENOMMEN, FALSCH, SCHON_BENUTZT
    }

    /** The outcome and, when accepted, the time step the code belongs to (to store as the last used one). */
    public record Pruefung(Ergebnis ergebnis, long schritt) {
    }

    private Zweifaktorregel() {
    }

    /** Whether accounts with these roles must use the second factor. */
    public static boolean pflicht(Set<Role> rollen) {
        return rollen.stream().anyMatch(PFLICHT::contains);
    }

    /** The RFC 6238 time step of an instant: whole periods since 1970-01-01T00:00Z. */
    public static long schritt(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), PERIODE);
    }

    /** The code of a secret (Base32) for a time step. */
    public static String code(String geheimnis, long schritt) {
        try {
            return CODES.generate(geheimnis, schritt);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code not computable", e);
        }
    }

    /**
     * Checks a code typed at {@code jetzt} against the steps of the window, given the last accepted step.
     *
     * @param code the code as typed (spaces are ignored)
     */
    public static Pruefung pruefen(String geheimnis, String code, Instant jetzt, long letzterSchritt) {
        String c = code == null ? "" : code.replaceAll("\\s", "");
        if (!c.matches("\\d{" + STELLEN + "}")) {
            return new Pruefung(Ergebnis.FALSCH, 0);
        }
        long jetztSchritt = schritt(jetzt);
        boolean schonBenutzt = false;
        for (long s = jetztSchritt - TOLERANZ; s <= jetztSchritt + TOLERANZ; s++) {
            if (MessageDigest.isEqual(code(geheimnis, s).getBytes(StandardCharsets.US_ASCII),
                    c.getBytes(StandardCharsets.US_ASCII))) {
                if (s > letzterSchritt) {
                    return new Pruefung(Ergebnis.ANGENOMMEN, s);
                }
                schonBenutzt = true;
            }
        }
        return new Pruefung(schonBenutzt ? Ergebnis.SCHON_BENUTZT : Ergebnis.FALSCH, 0);
    }

    /** Whether the input looks like a recovery code rather than a TOTP code. */
    public static boolean istWiederherstellungscode(String eingabe) {
        return eingabe != null && normalisiert(eingabe).length() > STELLEN;
    }

    /** A new random secret: 32 Base32 characters (160 bits, RFC 4226 § 4 R6 recommends that length). */
    public static String neuesGeheimnis() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The secret for typing, in groups of four: "ABCD EFGH …". */
    public static String gruppiert(String geheimnis) {
        return geheimnis.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The {@code otpauth://} address an authenticator app reads from the QR code. */
    public static String otpauth(String geheimnis, String konto) {
        return qrDaten(geheimnis, konto).getUri();
    }

    /** The QR code of the secret as a {@code data:image/png;base64,…} address (the pages' CSP allows data: images). */
    public static String qrCode(String geheimnis, String konto) {
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        generator.setImageSize(220);
        try {
            return Utils.getDataUriForImage(generator.generate(qrDaten(geheimnis, konto)), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code not computable", e);
        }
    }

    private static QrData qrDaten(String geheimnis, String konto) {
        return new QrData.Builder().label(konto).secret(geheimnis).issuer(AUSSTELLER).algorithm(HashingAlgorithm.SHA1)
                .digits(STELLEN).period(PERIODE).build();
    }

    /** {@value #WIEDERHERSTELLUNGSCODES} new recovery codes ("abcd-efgh-ijkl-mnop", 16 of a–z and 0–9 each). */
    public static List<String> neueWiederherstellungscodes() {
        return List.of(new RecoveryCodeGenerator().generateCodes(WIEDERHERSTELLUNGSCODES));
    }

    /**
     * The stored form of a recovery code: SHA-256 (hex) of the code without dashes and spaces, in lower case. The
     * codes carry about 80 random bits, so a fast hash suffices (no dictionary to try).
     */
    public static String hash(String wiederherstellungscode) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(normalisiert(wiederherstellungscode).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalisiert(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
