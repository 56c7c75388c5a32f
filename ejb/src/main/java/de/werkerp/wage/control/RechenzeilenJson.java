package de.werkerp.wage.control;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * The stored form of a statement's lines, notes and correction rows: JSON arrays (Jakarta JSON Processing).
 * Amounts are JSON strings ("133.00"), so no binary floating point ever touches them.
 */
public final class RechenzeilenJson {

    /** Looked up once: {@code Json.create…} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private RechenzeilenJson() {
    }

    public static String zeilen(List<Rechenzeile> zeilen) {
        // written with the streaming generator: no builder objects per line (a run writes thousands of these)
        StringWriter out = new StringWriter(160 * zeilen.size() + 2);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Rechenzeile z : zeilen) {
                g.writeStartObject()
                        .write("komponente", z.komponente().name())
                        .write("bezeichnung", z.bezeichnung())
                        .write("betrag", z.betrag().toPlainString())
                        .write("arbeitsentgelt", z.arbeitsentgelt());
                if (z.lohnart() != null) {
                    g.write("lohnart", z.lohnart());
                }
                if (z.basis() != null) {
                    g.write("basis", z.basis().toPlainString());
                }
                if (z.faktor() != null) {
                    g.write("faktor", z.faktor().toPlainString());
                }
                g.writeEnd();
            }
            g.writeEnd();
        }
        return out.toString();
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
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            texte.forEach(g::write);
            g.writeEnd();
        }
        return out.toString();
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
