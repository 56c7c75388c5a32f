package de.werkerp.wage.control;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import de.werkerp.platform.control.JsonText;

/**
 * The stored form of a statement's lines, notes and correction rows: JSON arrays (Jakarta JSON Processing).
 * Amounts are JSON strings ("133.00"), so no binary floating point ever touches them. Lines and notes are written
 * with Jackson's streaming generator ({@link JsonText}: a run writes them for every statement), the rest with JSON-P.
 */
public final class RechenzeilenJson {

    /** Looked up once: {@code Json.create…} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private RechenzeilenJson() {
    }

    public static String zeilen(List<Rechenzeile> zeilen) {
        // a run writes 15,000 of these: Jackson's streaming generator with recycled buffers (JsonText)
        return JsonText.schreibe(g -> {
            g.writeStartArray();
            for (Rechenzeile z : zeilen) {
                g.writeStartObject();
                g.writeStringField("komponente", z.komponente().name());
                g.writeStringField("bezeichnung", z.bezeichnung());
                g.writeStringField("betrag", z.betrag().toPlainString());
                g.writeBooleanField("arbeitsentgelt", z.arbeitsentgelt());
                if (z.lohnart() != null) {
                    g.writeStringField("lohnart", z.lohnart());
                }
                if (z.basis() != null) {
                    g.writeStringField("basis", z.basis().toPlainString());
                }
                if (z.faktor() != null) {
                    g.writeStringField("faktor", z.faktor().toPlainString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    public static List<Rechenzeile> zeilen(String json) {
        List<Rechenzeile> zeilen = new ArrayList<>();
        for (JsonValue v : lies(json)) {
            JsonObject o = v.asJsonObject();
            zeilen.add(new Rechenzeile(Komponente.valueOf(o.getString("komponente")), o.getString("lohnart", null),
                    o.getString("bezeichnung"), zahl(o, "basis"), zahl(o, "faktor"), zahl(o, "betrag"),
                    o.getBoolean("arbeitsentgelt")));
        }
        return zeilen;
    }

    public static String texte(List<String> texte) {
        return JsonText.schreibe(g -> {
            g.writeStartArray();
            for (String t : texte) {
                g.writeString(t);
            }
            g.writeEndArray();
        });
    }

    public static List<String> texte(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return lies(json).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    public static String differenzen(List<Rueckrechnung.Differenz> rows) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Rueckrechnung.Differenz d : rows) {
            array.add(JSON.createObjectBuilder().add("schluessel", d.schluessel())
                    .add("bezeichnung", d.bezeichnung() == null ? d.schluessel() : d.bezeichnung())
                    .add("alt", d.alt().toPlainString()).add("neu", d.neu().toPlainString())
                    .add("differenz", d.differenz().toPlainString()));
        }
        return array.build().toString();
    }

    public static List<Rueckrechnung.Differenz> differenzen(String json) {
        List<Rueckrechnung.Differenz> rows = new ArrayList<>();
        for (JsonValue v : lies(json)) {
            JsonObject o = v.asJsonObject();
            rows.add(new Rueckrechnung.Differenz(o.getString("schluessel"), o.getString("bezeichnung"),
                    zahl(o, "alt"), zahl(o, "neu"), zahl(o, "differenz")));
        }
        return rows;
    }

    private static JsonArray lies(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static BigDecimal zahl(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? new BigDecimal(o.getString(key)) : null;
    }
}
