package de.werkerp.participation.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The frozen content of a Teilhabebericht: the goals of the person that exist in the period, with the measures that
 * overlap the period and the evaluations dated in it (seed 001 § 13 Abs. 6: "Grad der gesamtplanbezogenen
 * Zielerreichung", "Bewertung der Maßnahmen"). Stored as JSON in the report so a released report never changes when
 * goals are edited later. Labels are stored as text (what was printed), dates as ISO strings.
 */
public record Berichtsinhalt(List<Ziel> ziele) {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** A goal with its measures and evaluations. */
    public record Ziel(String text, String lebensbereich, String quelle, LocalDate quelleDatum, String kriterium,
            LocalDate faelligAm, String sichtPerson, List<Massnahme> massnahmen, List<Bewertung> bewertungen) {
        public Ziel {
            massnahmen = List.copyOf(massnahmen);
            bewertungen = List.copyOf(bewertungen);
        }
    }

    /** A measure: kind (label), description, who, period. */
    public record Massnahme(String art, String beschreibung, String verantwortlich, LocalDate von, LocalDate bis) {
    }

    /** An evaluation: date, result (label), reason. */
    public record Bewertung(LocalDate datum, String ergebnis, String begruendung) {
    }

    public Berichtsinhalt {
        ziele = List.copyOf(ziele);
    }

    /** Number of evaluations in the report; 0 means the period has none (the boundary warns). */
    public int anzahlBewertungen() {
        return ziele.stream().mapToInt(z -> z.bewertungen().size()).sum();
    }

    public String toJson() {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (Ziel z : ziele) {
            JsonArrayBuilder m = JSON.createArrayBuilder();
            for (Massnahme x : z.massnahmen()) {
                JsonObjectBuilder o = JSON.createObjectBuilder();
                put(o, "art", x.art());
                put(o, "beschreibung", x.beschreibung());
                put(o, "verantwortlich", x.verantwortlich());
                put(o, "von", x.von());
                put(o, "bis", x.bis());
                m.add(o);
            }
            JsonArrayBuilder b = JSON.createArrayBuilder();
            for (Bewertung x : z.bewertungen()) {
                JsonObjectBuilder o = JSON.createObjectBuilder();
                put(o, "datum", x.datum());
                put(o, "ergebnis", x.ergebnis());
                put(o, "begruendung", x.begruendung());
                b.add(o);
            }
            JsonObjectBuilder o = JSON.createObjectBuilder();
            put(o, "text", z.text());
            put(o, "lebensbereich", z.lebensbereich());
            put(o, "quelle", z.quelle());
            put(o, "quelleDatum", z.quelleDatum());
            put(o, "kriterium", z.kriterium());
            put(o, "faelligAm", z.faelligAm());
            put(o, "sichtPerson", z.sichtPerson());
            o.add("massnahmen", m).add("bewertungen", b);
            a.add(o);
        }
        return JSON.createObjectBuilder().add("ziele", a).build().toString();
    }

    public static Berichtsinhalt fromJson(String json) {
        Objects.requireNonNull(json, "json");
        JsonObject root;
        try (JsonReader r = JSON.createReader(new StringReader(json))) {
            root = r.readObject();
        }
        List<Ziel> ziele = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("ziele")) {
            JsonObject z = v.asJsonObject();
            List<Massnahme> m = new ArrayList<>();
            for (JsonValue w : array(z, "massnahmen")) {
                JsonObject o = w.asJsonObject();
                m.add(new Massnahme(s(o, "art"), s(o, "beschreibung"), s(o, "verantwortlich"), d(o, "von"),
                        d(o, "bis")));
            }
            List<Bewertung> b = new ArrayList<>();
            for (JsonValue w : array(z, "bewertungen")) {
                JsonObject o = w.asJsonObject();
                b.add(new Bewertung(d(o, "datum"), s(o, "ergebnis"), s(o, "begruendung")));
            }
            ziele.add(new Ziel(s(z, "text"), s(z, "lebensbereich"), s(z, "quelle"), d(z, "quelleDatum"),
                    s(z, "kriterium"), d(z, "faelligAm"), s(z, "sichtPerson"), m, b));
        }
        return new Berichtsinhalt(ziele);
    }

    private static JsonArray array(JsonObject o, String name) {
        return o.containsKey(name) ? o.getJsonArray(name) : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static void put(JsonObjectBuilder o, String name, Object value) {
        if (value != null) {
            o.add(name, value.toString());
        }
    }

    private static String s(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
    }

    private static LocalDate d(JsonObject o, String name) {
        String s = s(o, name);
        return s == null ? null : LocalDate.parse(s);
    }
}
