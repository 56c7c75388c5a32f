package de.werkerp.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PruefketteTest {

    private static final Instant T = Instant.parse("2026-12-07T03:00:00.123Z");

    private static Pruefkette.Inhalt inhalt(long seq, String feld, String alt, String neu) {
        return new Pruefkette.Inhalt(7L, seq, T, "anna.admin", "GEAENDERT", "Gruppe", 42L, feld, alt, neu, null);
    }

    /** Builds a chain of n entries the way AuditTrail does. */
    private static List<Pruefkette.Gespeichert> kette(String anfang, int n) {
        List<Pruefkette.Gespeichert> rows = new ArrayList<>();
        String prev = anfang;
        for (int i = 1; i <= n; i++) {
            Pruefkette.Inhalt inhalt = inhalt(i, "name", "Alt " + i, "Neu " + i);
            String hash = Pruefkette.hash(prev, inhalt);
            rows.add(new Pruefkette.Gespeichert((long) (100 + i), inhalt, prev, hash));
            prev = hash;
        }
        return rows;
    }

    private static Optional<Pruefkette.Bruch> pruefe(String anfang, List<Pruefkette.Gespeichert> rows, long kopfSeq,
            String kopfHash) {
        Pruefkette.Pruefung p = new Pruefkette.Pruefung(anfang);
        for (Pruefkette.Gespeichert row : rows) {
            if (!p.weiter(row)) {
                break;
            }
        }
        return p.ende(kopfSeq, kopfHash);
    }

    @Test
    @DisplayName("canonical form: fixed order, length-prefixed values, null as '-', time in epoch milliseconds")
    void kanonisch() {
        assertEquals("1:7|1:3|13:1796612400123|10:anna.admin|9:GEAENDERT|6:Gruppe|2:42|4:name|-|5:a|b|c|-",
                Pruefkette.kanonisch(inhalt(3, "name", null, "a|b|c")));
    }

    @Test
    @DisplayName("a separator inside a value cannot make two different entries look the same")
    void eindeutig() {
        assertNotEquals(Pruefkette.kanonisch(inhalt(1, "name", "a|1:b", null)),
                Pruefkette.kanonisch(inhalt(1, "name", "a", "b")));
        assertNotEquals(Pruefkette.hash(Pruefkette.ANFANG, inhalt(1, "name", "a", null)),
                Pruefkette.hash(Pruefkette.ANFANG, inhalt(1, "name", null, "a")));
    }

    @Test
    @DisplayName("SHA-256 in hex over previous hash, line break and canonical form")
    void hash() {
        Pruefkette.Inhalt i = inhalt(1, "name", "x", "y");
        String hash = Pruefkette.hash(Pruefkette.ANFANG, i);
        assertEquals(64, hash.length());
        assertEquals(Pruefkette.sha256(Pruefkette.ANFANG + "\n" + Pruefkette.kanonisch(i)), hash);
        // the well-known SHA-256 of "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Pruefkette.sha256("abc"));
    }

    @Test
    @DisplayName("an untouched chain is intact up to the head")
    void intakt() {
        List<Pruefkette.Gespeichert> rows = kette(Pruefkette.ANFANG, 5);
        assertEquals(Optional.empty(), pruefe(Pruefkette.ANFANG, rows, 5, rows.get(4).hash()));
        assertEquals(Optional.empty(), pruefe(Pruefkette.ANFANG, List.of(), 0, null));
    }

    @Test
    @DisplayName("a value changed afterwards (hash not recomputed) is found at that entry")
    void geaenderterWert() {
        List<Pruefkette.Gespeichert> rows = kette(Pruefkette.ANFANG, 5);
        Pruefkette.Gespeichert third = rows.get(2);
        rows.set(2, new Pruefkette.Gespeichert(third.id(), inhalt(3, "name", "Alt 3", "Gefälscht"), third.prevHash(),
                third.hash()));
        Pruefkette.Bruch bruch = pruefe(Pruefkette.ANFANG, rows, 5, rows.get(4).hash()).orElseThrow();
        assertEquals(103L, bruch.id());
        assertEquals(3L, bruch.seq());
        assertTrue(bruch.grund().contains("nachträglich geändert"), bruch.grund());
    }

    @Test
    @DisplayName("a changed entry with a recomputed own hash breaks the link of the next entry")
    void neuBerechneterHash() {
        List<Pruefkette.Gespeichert> rows = kette(Pruefkette.ANFANG, 5);
        Pruefkette.Gespeichert third = rows.get(2);
        Pruefkette.Inhalt falsch = inhalt(3, "name", "Alt 3", "Gefälscht");
        rows.set(2, new Pruefkette.Gespeichert(third.id(), falsch, third.prevHash(), Pruefkette.hash(third.prevHash(), falsch)));
        Pruefkette.Bruch bruch = pruefe(Pruefkette.ANFANG, rows, 5, rows.get(4).hash()).orElseThrow();
        assertEquals(4L, bruch.seq());
        assertTrue(bruch.grund().contains("vorigen Eintrag"), bruch.grund());
    }

    @Test
    @DisplayName("a removed entry in the middle or at the end is found")
    void entfernt() {
        List<Pruefkette.Gespeichert> rows = kette(Pruefkette.ANFANG, 5);
        String kopf = rows.get(4).hash();
        List<Pruefkette.Gespeichert> ohneMitte = new ArrayList<>(rows);
        ohneMitte.remove(1);
        assertTrue(pruefe(Pruefkette.ANFANG, ohneMitte, 5, kopf).orElseThrow().grund().contains("Lücke"));
        List<Pruefkette.Gespeichert> ohneEnde = new ArrayList<>(rows.subList(0, 4));
        Pruefkette.Bruch ende = pruefe(Pruefkette.ANFANG, ohneEnde, 5, kopf).orElseThrow();
        assertTrue(ende.grund().contains("am Ende"), ende.grund());
    }

    @Test
    @DisplayName("the chain starts at the digest of the entries from before it; changing one of them breaks entry 1")
    void altbestand() {
        Pruefkette.Altbestand alt = new Pruefkette.Altbestand();
        alt.add(1L, new Pruefkette.Inhalt(7L, null, T, "alt", "ANGELEGT", "Gruppe", 1L, "name", null, "A", null));
        assertEquals(1, alt.anzahl());
        assertNotEquals(Pruefkette.ANFANG, alt.digest());
        List<Pruefkette.Gespeichert> rows = kette(alt.digest(), 2);
        assertEquals(Optional.empty(), pruefe(alt.digest(), rows, 2, rows.get(1).hash()));

        Pruefkette.Altbestand geaendert = new Pruefkette.Altbestand();
        geaendert.add(1L, new Pruefkette.Inhalt(7L, null, T, "alt", "ANGELEGT", "Gruppe", 1L, "name", null, "B", null));
        Pruefkette.Bruch bruch = pruefe(geaendert.digest(), rows, 2, rows.get(1).hash()).orElseThrow();
        assertEquals(1L, bruch.seq());
        assertFalse(bruch.grund().isEmpty());
    }
}
