package de.werkerp.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The short version of a Teilhabebericht in Leichter Sprache for the person: a title, then sections with a heading
 * and short paragraphs, at least 14 pt. The wording is made by the caller (the participation area); the template
 * only lays it out.
 */
public final class TeilhabeberichtLeichteSpracheReport {

    static final String TEMPLATE = "TeilhabeberichtLeichteSpracheReport";

    /** A section: heading and paragraphs (one thought each). */
    public record Abschnitt(String ueberschrift, List<String> absaetze) {
        public Abschnitt {
            absaetze = List.copyOf(absaetze);
        }
    }

    /** Report input; {@code erstelltAm} null = today. */
    public record Data(String traegerName, String titel, List<Abschnitt> abschnitte, LocalDate erstelltAm) {
        public Data {
            Objects.requireNonNull(titel, "titel");
            abschnitte = List.copyOf(abschnitte);
        }
    }

    private TeilhabeberichtLeichteSpracheReport() {
    }

    public static byte[] render(Data data) {
        Map<String, Object> params = new HashMap<>();
        params.put("TRAEGER_NAME", data.traegerName());
        params.put("TITEL", data.titel());
        if (data.erstelltAm() != null) {
            params.put("ERSTELLT_AM", data.erstelltAm());
        }
        return ReportRenderer.getDefault().renderPdfFromMaps(TEMPLATE, params, rows(data));
    }

    static List<Map<String, ?>> rows(Data data) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Abschnitt a : data.abschnitte()) {
            if (a.ueberschrift() != null && !a.ueberschrift().isBlank()) {
                rows.add(Map.of("art", "UEBERSCHRIFT", "text", a.ueberschrift().strip()));
            }
            for (String absatz : a.absaetze()) {
                if (absatz != null && !absatz.isBlank()) {
                    rows.add(Map.of("art", "TEXT", "text", absatz.strip()));
                }
            }
        }
        return rows;
    }
}
