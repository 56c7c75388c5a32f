package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

import org.junit.jupiter.api.Test;

import de.werkerp.social.control.Beitraege;
import de.werkerp.social.control.BeitraegeJson;
import de.werkerp.social.control.Beitragsfall;
import de.werkerp.social.control.Beitragssaetze;
import de.werkerp.social.control.Beitragszeile;
import de.werkerp.social.control.Sozialversicherungsbeitraege;
import de.werkerp.wage.control.Komponente;
import de.werkerp.wage.control.Rechenzeile;
import de.werkerp.wage.control.RechenzeilenJson;

/**
 * The stored JSON of statement lines, notes and contributions is written with Jackson ({@link JsonText}) since the
 * Entgelt run's profile showed JSON-P's generator; these examples show the text is the same as JSON-P (Parsson)
 * wrote it before, character for character (but for the hex case of escaped control characters), and reads back to
 * the same values.
 */
class JsonTextTest {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Texts with everything an escaper must get right: quotes, backslash, control characters, non-Latin-1. */
    private static final List<String> TEXTE = List.of("Grundbetrag", "Arbeitsförderungsgeld (§ 59 Abs. 1 SGB IX) auf "
            + "Grundbetrag + Steigerungsbetrag von 1.234,56 €", "Zitat „so“ und \"so\" und 'so'", "Pfad C:\\temp\\x / y",
            "Zeile 1\nZeile 2\r\n\tEingerückt", "Steuer\u0000\u0001\u001f\u007f\b\f", "Trenner\u2028\u2029",
            "Emoji 😀 und ß, ä, Ω", "", "<script>&amp;</script>");

    @Test
    void statement_lines_are_written_as_json_p_wrote_them() {
        List<Rechenzeile> zeilen = new ArrayList<>();
        for (String t : TEXTE) {
            if (!t.isBlank()) {
                zeilen.add(new Rechenzeile(Komponente.GRUNDBETRAG, null, t, null, null, new BigDecimal("133.00"), true));
                zeilen.add(new Rechenzeile(Komponente.SOZIALVERSICHERUNG, "SV-KV", t, new BigDecimal("749.00"),
                        new BigDecimal("0.073"), new BigDecimal("-54.68"), false));
            }
        }
        zeilen.add(Rechenzeile.berechnet(Komponente.STEIGERUNGSBETRAG, "Steigerungsbetrag", new BigDecimal("24"),
                new BigDecimal("1.25"), new BigDecimal("30.00"), true));
        String json = RechenzeilenJson.zeilen(zeilen);
        assertEquals(hexKlein(jsonPZeilen(zeilen)), hexKlein(json));
        // without control characters character for character
        List<Rechenzeile> ohneSteuerzeichen = zeilen.stream().filter(z -> z.bezeichnung().chars().allMatch(c -> c >= 0x20))
                .toList();
        assertEquals(jsonPZeilen(ohneSteuerzeichen), RechenzeilenJson.zeilen(ohneSteuerzeichen));
        assertEquals(zeilen, RechenzeilenJson.zeilen(json));
        assertEquals("[]", RechenzeilenJson.zeilen(List.of()));
    }

    @Test
    void notes_are_written_as_json_p_wrote_them() {
        String json = RechenzeilenJson.texte(TEXTE);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            TEXTE.forEach(g::write);
            g.writeEnd();
        }
        assertEquals(hexKlein(out.toString()), hexKlein(json));
        assertEquals(TEXTE, RechenzeilenJson.texte(json));
    }

    @Test
    void contributions_are_written_as_json_p_wrote_them() {
        Beitragssaetze saetze = new Beitragssaetze(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                new BigDecimal("3745.00"), null, new BigDecimal("14.600"), new BigDecimal("2.5"), new BigDecimal("3.6"),
                new BigDecimal("0.6"), new BigDecimal("0.25"), new BigDecimal("18.600"));
        for (boolean kinderlos : new boolean[] {true, false}) {
            Beitraege b = Sozialversicherungsbeitraege.STANDARD.berechne(new Beitragsfall(YearMonth.of(2025, 3),
                    new BigDecimal("250.00"), null, new BigDecimal("52.00"), LocalDate.of(1995, 5, 10), kinderlos, 0,
                    false, false, new BigDecimal("2.5")), saetze);
            String json = BeitraegeJson.schreibe(b);
            assertEquals(jsonPBeitraege(b), json);
            JsonArray gelesen;
            try (var r = JSON.createReader(new StringReader(json))) {
                gelesen = r.readArray();
            }
            assertEquals(b.kv().zeilen().size() + b.kvZusatzbeitrag().zeilen().size() + b.pv().zeilen().size()
                    + b.rv().zeilen().size(), gelesen.size());
        }
    }

    /**
     * The one difference: a control character is escaped with upper-case hex digits by Jackson (backslash, u, 001F), with
     * lower-case ones by Parsson (…001f); both are the same JSON string (read back above).
     */
    private static String hexKlein(String json) {
        return java.util.regex.Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(json)
                .replaceAll(m -> "\\\\u" + m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** RechenzeilenJson.zeilen as it was written with JSON-P's generator. */
    private static String jsonPZeilen(List<Rechenzeile> zeilen) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Rechenzeile z : zeilen) {
                g.writeStartObject().write("komponente", z.komponente().name()).write("bezeichnung", z.bezeichnung())
                        .write("betrag", z.betrag().toPlainString()).write("arbeitsentgelt", z.arbeitsentgelt());
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

    /** BeitraegeJson.schreibe as it was written with JSON-P's generator. */
    private static String jsonPBeitraege(Beitraege b) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            jsonPZweig(g, b.kv().zweig(), b.kv().zeilen());
            jsonPZweig(g, b.kvZusatzbeitrag().zweig(), b.kvZusatzbeitrag().zeilen());
            jsonPZweig(g, b.pv().zweig(), b.pv().zeilen());
            jsonPZweig(g, "Rentenversicherung", b.rv().zeilen());
            g.writeEnd();
        }
        return out.toString();
    }

    private static void jsonPZweig(JsonGenerator g, String zweig, List<Beitragszeile> zeilen) {
        for (Beitragszeile z : zeilen) {
            g.writeStartObject().write("zweig", zweig).write("seite", z.seite().getLabel()).write("text", z.text())
                    .write("betrag", z.betrag().toPlainString());
            if (z.bemessungsgrundlage() != null) {
                g.write("bemessungsgrundlage", z.bemessungsgrundlage().toPlainString())
                        .write("satz", z.satz().toPlainString());
            }
            g.writeEnd();
        }
    }
}
