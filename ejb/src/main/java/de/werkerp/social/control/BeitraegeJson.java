package de.werkerp.social.control;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import com.fasterxml.jackson.core.JsonGenerator;

import de.werkerp.platform.control.JsonText;

/**
 * The stored form of a month's contribution lines (every {@link Beitragszeile} of every branch), so the payslip can
 * show base, rate and share for each branch. Amounts as JSON strings. Written with Jackson's streaming generator
 * ({@link JsonText}), read with JSON-P.
 */
public final class BeitraegeJson {

    /** Looked up once: {@code Json.create…} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One stored line: the branch and the line. */
    public record Zeile(String zweig, String seite, String text, BigDecimal bemessungsgrundlage, BigDecimal satz,
            BigDecimal betrag) {
    }

    private BeitraegeJson() {
    }

    public static String schreibe(Beitraege b) {
        // a run writes 15,000 of these: Jackson's streaming generator with recycled buffers (JsonText)
        return JsonText.schreibe(g -> {
            g.writeStartArray();
            add(g, b.kv().zweig(), b.kv().zeilen());
            add(g, b.kvZusatzbeitrag().zweig(), b.kvZusatzbeitrag().zeilen());
            add(g, b.pv().zweig(), b.pv().zeilen());
            add(g, "Rentenversicherung", b.rv().zeilen());
            g.writeEndArray();
        });
    }

    private static void add(JsonGenerator g, String zweig, List<Beitragszeile> zeilen) throws IOException {
        for (Beitragszeile z : zeilen) {
            g.writeStartObject();
            g.writeStringField("zweig", zweig);
            g.writeStringField("seite", z.seite().getLabel());
            g.writeStringField("text", z.text());
            g.writeStringField("betrag", z.betrag().toPlainString());
            if (z.bemessungsgrundlage() != null) {
                g.writeStringField("bemessungsgrundlage", z.bemessungsgrundlage().toPlainString());
                g.writeStringField("satz", z.satz().toPlainString());
            }
            g.writeEndObject();
        }
    }

    public static List<Zeile> lies(String json) {
        List<Zeile> zeilen = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return zeilen;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                zeilen.add(new Zeile(o.getString("zweig"), o.getString("seite"), o.getString("text"),
                        zahl(o, "bemessungsgrundlage"), zahl(o, "satz"), zahl(o, "betrag")));
            }
        }
        return zeilen;
    }

    private static BigDecimal zahl(JsonObject o, String key) {
        return o.containsKey(key) ? new BigDecimal(o.getString(key)) : null;
    }
}
