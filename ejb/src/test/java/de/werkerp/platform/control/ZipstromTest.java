package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZipstromTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static byte[] inhalt(int i) {
        return ("Datei " + i + " ").repeat(1 + i % 7).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> namenUndPruefe(byte[] zipBytes, int anzahl) throws IOException {
        List<String> namen = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                assertEquals(ZipEntry.STORED, e.getMethod(), e.getName());
                // ZipInputStream checks size and CRC of a STORED entry while reading it
                assertArrayEquals(inhalt(namen.size()), zip.readAllBytes(), e.getName());
                namen.add(e.getName());
            }
        }
        assertEquals(anzahl, namen.size());
        return namen;
    }

    @Test
    void entriesComeInTheOrderAddedThoughTasksFinishInAnyOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Zipstrom z = new Zipstrom(out, pool, 6)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                z.hinzufuegen("d" + i + ".txt", () -> {
                    schlafe(ThreadLocalRandom.current().nextInt(3));
                    return inhalt(n);
                });
            }
        }
        List<String> namen = namenUndPruefe(out.toByteArray(), 200);
        for (int i = 0; i < 200; i++) {
            assertEquals("d" + i + ".txt", namen.get(i));
        }
    }

    @Test
    void atMostTheWindowIsInFlightAndTheRestIsWrittenAsItGoes() throws IOException {
        AtomicInteger laufend = new AtomicInteger();
        AtomicInteger hoechstens = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Zipstrom z = new Zipstrom(out, pool, 3)) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                z.hinzufuegen("d" + i, () -> {
                    hoechstens.accumulateAndGet(laufend.incrementAndGet(), Math::max);
                    schlafe(1);
                    laufend.decrementAndGet();
                    return inhalt(n);
                });
                assertTrue(z.offen() <= 3, "offen " + z.offen());
                assertEquals(i + 1, z.geschrieben() + z.offen());
            }
        }
        assertTrue(hoechstens.get() <= 3, "gleichzeitig " + hoechstens.get());
        namenUndPruefe(out.toByteArray(), 50);
    }

    @Test
    void runsOnTheCallersThreadWithADirectExecutor() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread aufrufer = Thread.currentThread();
        try (Zipstrom z = new Zipstrom(out, Runnable::run, 1)) {
            for (int i = 0; i < 5; i++) {
                int n = i;
                z.hinzufuegen("d" + i, () -> {
                    assertEquals(aufrufer, Thread.currentThread());
                    return inhalt(n);
                });
            }
        }
        namenUndPruefe(out.toByteArray(), 5);
    }

    @Test
    void aFailedTaskIsThrownAndNoZipDirectoryIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Zipstrom z = new Zipstrom(out, pool, 2);
        z.hinzufuegen("a", () -> inhalt(0));
        z.hinzufuegen("b", () -> {
            throw new IllegalStateException("kaputt");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            z.hinzufuegen("c", () -> inhalt(2));
            z.hinzufuegen("d", () -> inhalt(3));
            z.close();
        });
        assertEquals("kaputt", e.getMessage());
        z.close(); // nothing more
        assertEquals(1, z.geschrieben());
        // the bytes end without a central directory: no "PK\u0005\u0006" end record
        String s = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        assertTrue(!s.contains("PK\u0005\u0006"), "ZIP was finished although a task failed");
        assertThrows(IllegalStateException.class, () -> z.hinzufuegen("e", () -> inhalt(4)));
    }

    @Test
    void bundlesRunSeveralEntriesPerTaskInOrderWithinTheirWindow() throws IOException {
        AtomicInteger aufgaben = new AtomicInteger();
        AtomicInteger laufend = new AtomicInteger();
        AtomicInteger hoechstens = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Zipstrom z = new Zipstrom(out, aufgabe -> {
            aufgaben.incrementAndGet();
            pool.execute(aufgabe);
        }, 3, 8)) {
            for (int i = 0; i < 203; i++) {
                int n = i;
                z.hinzufuegen("d" + i + ".txt", () -> {
                    hoechstens.accumulateAndGet(laufend.incrementAndGet(), Math::max);
                    schlafe(ThreadLocalRandom.current().nextInt(2));
                    laufend.decrementAndGet();
                    return inhalt(n);
                });
                assertTrue(z.offen() <= 3 * 8, "offen " + z.offen());
                assertTrue(z.gesammelt() < 8, "gesammelt " + z.gesammelt());
                assertEquals(i + 1, z.geschrieben() + z.offen() + z.gesammelt());
            }
        }
        assertEquals(26, aufgaben.get(), "203 entries in bundles of 8: 25 full ones and one of 3");
        assertTrue(hoechstens.get() <= 3, "tasks at a time " + hoechstens.get());
        List<String> namen = namenUndPruefe(out.toByteArray(), 203);
        for (int i = 0; i < 203; i++) {
            assertEquals("d" + i + ".txt", namen.get(i));
        }
    }

    @Test
    void windowForCores() {
        assertEquals(2, Zipstrom.fensterFuer(1));
        assertEquals(4, Zipstrom.fensterFuer(2));
        assertThrows(IllegalArgumentException.class, () -> new Zipstrom(new ByteArrayOutputStream(), pool, 0));
        assertThrows(IllegalArgumentException.class, () -> new Zipstrom(new ByteArrayOutputStream(), pool, 2, 0));
    }

    private static void schlafe(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
