package de.werkerp.security.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the stored TOTP secrets with AES-256-GCM (JCA), so that someone who reads the database alone does not
 * hold the users' second factors. The key is {@code WERKERP_TOTP_KEY} (Base64 of 32 bytes); without it a key is
 * generated once into {@code <WERKERP_DATA_DIR>/totp.key} (owner-only) and read from there on. Stored form:
 * Base64 of the 12-byte nonce followed by cipher text and tag.
 */
public final class TotpSchluessel {

    private static final Logger LOG = Logger.getLogger(TotpSchluessel.class.getName());
    private static final SecureRandom ZUFALL = new SecureRandom();

    private final SecretKeySpec key;

    public TotpSchluessel(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("WERKERP_TOTP_KEY muss 32 Bytes (Base64) lang sein.");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key from the environment, else from (or newly into) the data directory's {@code totp.key}. */
    public static TotpSchluessel ausUmgebung() {
        String env = System.getenv("WERKERP_TOTP_KEY");
        if (env != null && !env.isBlank()) {
            return new TotpSchluessel(Base64.getDecoder().decode(env.trim()));
        }
        String dir = System.getenv("WERKERP_DATA_DIR");
        Path datei = Path.of(dir == null || dir.isBlank() ? "data" : dir).resolve("totp.key");
        try {
            if (!Files.exists(datei)) {
                Files.createDirectories(datei.toAbsolutePath().getParent());
                byte[] neu = new byte[32];
                ZUFALL.nextBytes(neu);
                try {
                    Files.writeString(datei, Base64.getEncoder().encodeToString(neu), StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    try {
                        Files.setPosixFilePermissions(datei, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        LOG.warning(() -> datei + ": Zugriffsrechte nicht einschränkbar");
                    }
                    LOG.warning(() -> "WERKERP_TOTP_KEY ist nicht gesetzt: neuer Schlüssel für die Zwei-Faktor-Geheimnisse in "
                            + datei.toAbsolutePath() + " (sichern Sie ihn; ohne ihn muss jedes Konto seine Zwei-Faktor-Anmeldung neu einrichten)");
                } catch (FileAlreadyExistsException anotherNode) {
                    // created meanwhile: read it below
                }
            }
            return new TotpSchluessel(Base64.getDecoder().decode(Files.readString(datei, StandardCharsets.US_ASCII).trim()));
        } catch (IOException e) {
            throw new IllegalStateException("TOTP-Schlüssel nicht lesbar: " + datei.toAbsolutePath(), e);
        }
    }

    public String verschluesseln(String klartext) {
        try {
            byte[] nonce = new byte[12];
            ZUFALL.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] ct = c.doFinal(klartext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + ct.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(ct, 0, out, nonce.length, ct.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM nicht verfügbar", e);
        }
    }

    /** @throws IllegalStateException if the text was not encrypted with this key (or was changed) */
    public String entschluesseln(String gespeichert) {
        try {
            byte[] in = Base64.getDecoder().decode(gespeichert);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Zwei-Faktor-Geheimnis nicht entschlüsselbar (anderer WERKERP_TOTP_KEY?)", e);
        }
    }
}
