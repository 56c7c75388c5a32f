package de.werkerp.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of a stored password hash (SHA-256, first 16 bytes, hex). A session keeps the fingerprint of
 * the hash it signed in with; when the password changes, the hash and so the fingerprint change and the session
 * ends at its next request (on every node: the hash comes from the database). The session never holds the hash.
 */
public final class Passwortstand {

    private Passwortstand() {
    }

    public static String von(String passwortHash) {
        if (passwortHash == null) {
            return "";
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(passwortHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
