package de.werkerp.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ballot of a Werkstattrat or Frauenbeauftragte election (§§ 20, 21 WMVO, rules.md § 5): the candidates in the
 * given (alphabetical) order, each with a box for the cross, the photo (if any) and the name; above them how many
 * crosses are allowed, in plain German and in Leichter Sprache (≥ 14 pt). Also used as the candidate notice
 * ({@code mitKreuz = false}). Template {@code StimmzettelReport.jrxml}.
 */
public final class StimmzettelReport {

    public static final String TEMPLATE = "StimmzettelReport";

    /** One candidate: name and optional photo (JPEG or PNG bytes). */
    public record Bewerber(String name, String zusatz, byte[] foto) {
        public Bewerber {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * @param traegerName  printed top left
     * @param titel        e.g. "Stimmzettel – Wahl des Werkstattrats"
     * @param untertitel   Einrichtung and date
     * @param hinweis      the rule in plain German, e.g. "Sie dürfen höchstens 5 Kreuze machen …"
     * @param leichteSprache the same in Leichter Sprache
     * @param mitKreuz     boxes for the crosses (ballot) or not (candidate notice)
     * @param bewerber     in the order printed
     */
    public record Data(String traegerName, String titel, String untertitel, String hinweis, String leichteSprache,
            boolean mitKreuz, List<Bewerber> bewerber) {
        public Data {
            Objects.requireNonNull(titel, "titel");
            bewerber = List.copyOf(bewerber);
        }
    }

    private StimmzettelReport() {
    }

    public static byte[] render(Data d) {
        Map<String, Object> p = new HashMap<>();
        p.put("TRAEGER_NAME", d.traegerName());
        p.put("TITEL", d.titel());
        p.put("UNTERTITEL", d.untertitel());
        p.put("HINWEIS", d.hinweis());
        p.put("LEICHTE_SPRACHE", d.leichteSprache());
        p.put("MIT_KREUZ", d.mitKreuz());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Bewerber b : d.bewerber()) {
            Map<String, Object> r = new HashMap<>();
            r.put("name", b.name());
            r.put("zusatz", b.zusatz());
            r.put("foto", b.foto() == null || b.foto().length == 0 ? null : new java.io.ByteArrayInputStream(b.foto()));
            rows.add(r);
        }
        return ReportRenderer.getDefault().renderPdfFromMaps(TEMPLATE, p, rows);
    }
}
