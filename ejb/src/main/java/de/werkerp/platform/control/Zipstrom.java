package de.werkerp.platform.control;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP file written as a stream while its entries are produced in parallel: the caller adds entries in order, each
 * with a task that produces its bytes (e.g. one PDF); the tasks run on the given executor (in the container the
 * {@code ManagedExecutorService}) in bundles of {@code buendel} consecutive entries per executor task, at most
 * {@code fenster} bundles at a time; the caller's thread writes the finished entries into the ZIP in the order they
 * were added. So at most {@code fenster × buendel} entries are in memory (plus one bundle being collected), whatever the
 * number of entries, and the client receives the first bytes at once. Bundles save the container's per-task work
 * (a managed executor captures and restores the caller's context for every task it runs).
 *
 * <p>Entries are {@link ZipEntry#STORED} (not deflated): they are meant for files that are compressed already (PDF
 * with Flate streams and embedded font subsets), which deflate shrinks by a few percent for about 2 ms of CPU per
 * 50 KB entry.
 *
 * <p>Not thread-safe: one thread adds and closes. On a failure of a task, {@link #hinzufuegen} or {@link #close}
 * throws it (unwrapped if it is a RuntimeException) and the remaining tasks are cancelled.
 */
public final class Zipstrom implements AutoCloseable {

    /** The entries of one executor task, in order. */
    private record Buendel(List<String> namen, CompletableFuture<List<byte[]>> inhalt) {
    }

    private final ZipOutputStream zip;
    private final Executor executor;
    private final int fenster;
    private final int buendel;
    private final ArrayDeque<Buendel> offen = new ArrayDeque<>();
    private int offeneEintraege;
    private List<String> namen = new ArrayList<>();
    private List<Supplier<byte[]>> auftraege = new ArrayList<>();
    private final CRC32 crc = new CRC32();
    private int geschrieben;
    private boolean geschlossen;

    /**
     * One entry per executor task.
     *
     * @param ziel     the stream the ZIP is written to (closed by {@link #close})
     * @param executor runs the tasks; {@code Runnable::run} runs them on the caller's thread
     * @param fenster  the most entries produced or waiting to be written at a time (≥ 1)
     */
    public Zipstrom(OutputStream ziel, Executor executor, int fenster) {
        this(ziel, executor, fenster, 1);
    }

    /**
     * @param ziel     the stream the ZIP is written to (closed by {@link #close})
     * @param executor runs the tasks; {@code Runnable::run} runs them on the caller's thread
     * @param fenster  the most bundles produced or waiting to be written at a time (≥ 1)
     * @param buendel  entries per executor task (≥ 1)
     */
    public Zipstrom(OutputStream ziel, Executor executor, int fenster, int buendel) {
        if (fenster < 1) {
            throw new IllegalArgumentException("fenster < 1: " + fenster);
        }
        if (buendel < 1) {
            throw new IllegalArgumentException("buendel < 1: " + buendel);
        }
        this.zip = new ZipOutputStream(new BufferedOutputStream(Objects.requireNonNull(ziel, "ziel"), 64 * 1024));
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fenster = fenster;
        this.buendel = buendel;
    }

    /** A window for {@code kerne} cores: two tasks per core, so a core never waits for the writer. */
    public static int fensterFuer(int kerne) {
        return Math.max(2, 2 * kerne);
    }

    /**
     * Adds the next entry; its bytes are produced by {@code inhalt} on the executor, together with the entries before
     * and after it in its bundle. Blocks (writing the oldest entries) while the window is full.
     */
    public void hinzufuegen(String name, Supplier<byte[]> inhalt) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inhalt, "inhalt");
        if (geschlossen) {
            throw new IllegalStateException("Zipstrom ist geschlossen");
        }
        namen.add(name);
        auftraege.add(inhalt);
        if (auftraege.size() >= buendel) {
            abschicken();
        }
    }

    /** Hands the bundle collected so far to the executor (after writing the oldest while the window is full). */
    private void abschicken() {
        while (offen.size() >= fenster) {
            schreibeAeltesten();
        }
        List<Supplier<byte[]>> bundle = auftraege;
        offen.add(new Buendel(namen, CompletableFuture.supplyAsync(() -> {
            List<byte[]> inhalte = new ArrayList<>(bundle.size());
            for (Supplier<byte[]> s : bundle) {
                inhalte.add(s.get());
            }
            return inhalte;
        }, executor)));
        offeneEintraege += bundle.size();
        namen = new ArrayList<>();
        auftraege = new ArrayList<>();
    }

    /** Number of entries written to the stream so far. */
    public int geschrieben() {
        return geschrieben;
    }

    /** Entries handed to the executor and not yet written (at most window × bundle). */
    int offen() {
        return offeneEintraege;
    }

    /** Entries added but not yet handed to the executor (fewer than a bundle). */
    int gesammelt() {
        return auftraege.size();
    }

    private void schreibeAeltesten() {
        Buendel b = offen.peek();
        List<byte[]> inhalte;
        try {
            inhalte = b.inhalt().join();
        } catch (CompletionException | CancellationException ex) {
            abbrechen();
            Throwable ursache = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
            if (ursache instanceof RuntimeException r) {
                throw r;
            }
            if (ursache instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(ursache);
        }
        offen.poll();
        offeneEintraege -= inhalte.size();
        for (int i = 0; i < inhalte.size(); i++) {
            schreibe(b.namen().get(i), inhalte.get(i));
        }
    }

    private void schreibe(String name, byte[] bytes) {
        ZipEntry z = new ZipEntry(name);
        z.setMethod(ZipEntry.STORED);
        z.setSize(bytes.length);
        z.setCompressedSize(bytes.length);
        crc.reset();
        crc.update(bytes);
        z.setCrc(crc.getValue());
        try {
            zip.putNextEntry(z);
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException io) {
            abbrechen();
            throw new UncheckedIOException(io);
        }
        geschrieben++;
    }

    private void abbrechen() {
        geschlossen = true;
        for (Buendel b : offen) {
            b.inhalt().cancel(true);
        }
        offen.clear();
        offeneEintraege = 0;
        auftraege.clear();
        namen.clear();
    }

    /**
     * Writes the remaining entries and the ZIP directory and closes the target stream. After a failure it writes
     * nothing more (no directory): a client must not take a cut-off ZIP for a complete one.
     */
    @Override
    public void close() {
        if (geschlossen) {
            return;
        }
        if (!auftraege.isEmpty()) {
            abschicken();
        }
        while (!offen.isEmpty()) {
            schreibeAeltesten();
        }
        geschlossen = true;
        try {
            zip.close();
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }
}
