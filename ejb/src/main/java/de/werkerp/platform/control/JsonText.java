package de.werkerp.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;

/**
 * Writes small JSON documents into a String with Jackson's streaming generator: the stored JSON of a run's 15,000
 * statements (lines, contributions). jackson-core is in the WAR (through jollyday-jackson; the ejb module names it);
 * Payara Micro 6 brings its own (2.20), which its class loader finds first: only API that both have is used here.
 *
 * <p>Why not JSON-P (Parsson) here: a Parsson generator into a {@link java.io.StringWriter} took ~15 % of an Entgelt
 * run's CPU (benchmark flight recording): a new generator per document with its buffer, a synchronized
 * {@code StringBuffer} that is inflated to UTF-16 and copied again by {@code toString()}. Jackson's generator takes
 * its char buffer from a per-thread recycler and writes once into a {@link SegmentedStringWriter} whose segments are
 * recycled too, so a document costs little more than its String. The output is the same compact JSON (no
 * whitespace, non-ASCII characters unescaped; {@code JsonTextTest} compares it with Parsson's); reading stays with
 * JSON-P.
 */
public final class JsonText {

    /** Thread-safe and meant to be shared (it owns the buffer recycling). */
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** What is written into the generator (one top-level value). */
    @FunctionalInterface
    public interface Inhalt {
        void schreibe(JsonGenerator g) throws IOException;
    }

    private JsonText() {
    }

    /** The JSON text of what {@code inhalt} writes. */
    public static String schreibe(Inhalt inhalt) {
        // as ObjectMapper.writeValueAsString does it: the writer's segments come from the factory's recycler pool
        BufferRecycler puffer = FACTORY._getBufferRecycler();
        try {
            SegmentedStringWriter out = new SegmentedStringWriter(puffer);
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                inhalt.schreibe(g);
            }
            return out.getAndClear();
        } catch (IOException e) {
            // only a Writer can fail, and this one writes into memory
            throw new UncheckedIOException(e);
        } finally {
            puffer.releaseToPool();
        }
    }
}
