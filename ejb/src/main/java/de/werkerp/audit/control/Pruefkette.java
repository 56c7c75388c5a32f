package de.werkerp.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain of a tenant's audit trail, plain Java. Each entry's hash is SHA-256 (hex) over the previous
 * entry's hash, a line break and the entry's canonical form; the first chained entry links to the digest of the
 * entries written before the chain existed ({@link Altbestand}), or to 64 zeros. Changing, removing or reordering
 * any entry (or its field values) breaks the chain at that entry.
 *
 * <p>Canonical form: the fields in a fixed order, each as {@code length:value} (or {@code -} for null), joined by
 * {@code |}. The length prefix makes the form unambiguous (a value containing {@code |} cannot shift a field).
 * The time counts in epoch milliseconds (the column keeps milliseconds).
 */
public final class Pruefkette {

    public static final String ANFANG = "0".repeat(64);

    /** The content of one entry as the chain sees it. */
    public record Inhalt(long tenantId, Long seq, Instant zeitpunkt, String benutzer, String aktion,
            String objekttyp, Long objektId, String feld, String alterWert, String neuerWert, String lesbarFuer) {
    }

    /** One stored entry for the check: its id (for the report), content, and the stored chain fields. */
    public record Gespeichert(Long id, Inhalt inhalt, String prevHash, String hash) {
    }

    /** Where the chain is broken: the entry (id, seq) and why, in German. */
    public record Bruch(Long id, Long seq, String grund) implements java.io.Serializable {
    }

    private Pruefkette() {
    }

    public static String kanonisch(Inhalt i) {
        StringBuilder s = new StringBuilder();
        feld(s, String.valueOf(i.tenantId()));
        feld(s, i.seq() == null ? null : String.valueOf(i.seq()));
        feld(s, i.zeitpunkt() == null ? null : String.valueOf(i.zeitpunkt().toEpochMilli()));
        feld(s, i.benutzer());
        feld(s, i.aktion());
        feld(s, i.objekttyp());
        feld(s, i.objektId() == null ? null : String.valueOf(i.objektId()));
        feld(s, i.feld());
        feld(s, i.alterWert());
        feld(s, i.neuerWert());
        feld(s, i.lesbarFuer());
        return s.toString();
    }

    private static void feld(StringBuilder s, String value) {
        if (s.length() > 0) {
            s.append('|');
        }
        if (value == null) {
            s.append('-');
        } else {
            s.append(value.length()).append(':').append(value);
        }
    }

    public static String hash(String prevHash, Inhalt inhalt) {
        return sha256(prevHash + "\n" + kanonisch(inhalt));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest of the entries written before the chain (in id order): where the chain starts. */
    public static final class Altbestand {
        private String digest = ANFANG;
        private long anzahl;

        public void add(Long id, Inhalt inhalt) {
            digest = sha256(digest + "\n" + id + "\n" + kanonisch(inhalt));
            anzahl++;
        }

        public String digest() {
            return digest;
        }

        public long anzahl() {
            return anzahl;
        }
    }

    /**
     * Checks the entries of one tenant, fed in seq order (in pages, to keep memory flat): numbers without gaps from
     * 1, each linked to the previous hash, each hash matching its content. {@link #ende} then compares the last
     * entry with the chain head, which catches removed entries at the end.
     */
    public static final class Pruefung {
        private String prev;
        private long erwartet = 1;
        private long anzahl;
        private Bruch bruch;

        public Pruefung(String anfang) {
            this.prev = anfang;
        }

        /** False once broken (further entries are not checked). */
        public boolean weiter(Gespeichert e) {
            if (bruch != null) {
                return false;
            }
            Long seq = e.inhalt().seq();
            if (seq == null || seq != erwartet) {
                bruch = new Bruch(e.id(), seq, "Lücke in der Nummerierung: erwartet Nr. " + erwartet + ", gefunden Nr. " + seq + ".");
            } else if (!prev.equals(e.prevHash())) {
                bruch = new Bruch(e.id(), seq, "Der Verweis auf den vorigen Eintrag stimmt nicht (Eintrag entfernt oder ersetzt).");
            } else if (!hash(prev, e.inhalt()).equals(e.hash())) {
                bruch = new Bruch(e.id(), seq, "Der Inhalt passt nicht zum gespeicherten Prüfwert (Eintrag nachträglich geändert).");
            } else {
                prev = e.hash();
                erwartet++;
                anzahl++;
                return true;
            }
            return false;
        }

        /** The result after the last entry, given the head's last number and hash (0 and null if none yet). */
        public Optional<Bruch> ende(long kopfSeq, String kopfHash) {
            if (bruch != null) {
                return Optional.of(bruch);
            }
            if (kopfSeq != anzahl || (kopfHash != null && !kopfHash.equals(prev))) {
                return Optional.of(new Bruch(null, anzahl + 1, "Es fehlen Einträge am Ende der Kette (erwartet bis Nr. "
                        + kopfSeq + ", vorhanden bis Nr. " + anzahl + ")."));
            }
            return Optional.empty();
        }

        public long anzahl() {
            return anzahl;
        }

        public String letzterHash() {
            return prev;
        }
    }
}
