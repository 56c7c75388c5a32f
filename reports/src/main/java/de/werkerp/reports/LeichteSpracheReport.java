package de.werkerp.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A short notice in Leichter Sprache (§ 11 BGG): title (20 pt), subtitle, then one sentence per row at 14 pt with
 * generous spacing, as the workers' version of a document (e.g. the Wahlausschreiben, § 18 WMVO). Template
 * {@code LeichteSpracheReport.jrxml}.
 */
public final class LeichteSpracheReport {

    public static final String TEMPLATE = "LeichteSpracheReport";

    /** Title, subtitle (may be null), Träger (may be null) and the sentences in order. */
    public record Data(String traegerName, String titel, String untertitel, List<String> saetze) {
        public Data {
            Objects.requireNonNull(titel, "titel");
            saetze = List.copyOf(saetze);
        }
    }

    private LeichteSpracheReport() {
    }

    public static byte[] render(Data d) {
        Map<String, Object> p = new HashMap<>();
        p.put("TRAEGER_NAME", d.traegerName());
        p.put("TITEL", d.titel());
        p.put("UNTERTITEL", d.untertitel());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (String s : d.saetze()) {
            rows.add(Map.of("satz", s));
        }
        return ReportRenderer.getDefault().renderPdfFromMaps(TEMPLATE, p, rows);
    }
}
