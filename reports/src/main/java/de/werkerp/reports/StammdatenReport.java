package de.werkerp.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Stammdaten: Betriebsstätten und Benutzer": PDF list of one Träger's sites and users.
 *
 * <p>Template: {@code /de/werkerp/reports/StammdatenReport.jrxml}. Both lists go into one data source,
 * one group per list ({@code abschnitt}); the group header (section title and column headers) is repeated on
 * every page. An empty list becomes a single placeholder row ({@code leer = true}) that prints
 * "Keine Einträge.".
 */
public final class StammdatenReport {

    public static final String TEMPLATE = "StammdatenReport";

    /** Values of the {@code abschnitt} field, also used in the template. */
    static final String ABSCHNITT_BETRIEBSSTAETTEN = "BETRIEBSSTAETTEN";
    static final String ABSCHNITT_BENUTZER = "BENUTZER";

    static final String P_TRAEGER_NAME = "TRAEGER_NAME";
    static final String P_STICHTAG = "STICHTAG";
    static final String P_ERSTELLT_AM = "ERSTELLT_AM";

    /** Report input. {@code stichtag} is the date the data refers to ("Stand"). */
    public record Data(String traegerName, LocalDate stichtag, List<SiteRow> sites, List<UserRow> users) {
        public Data {
            Objects.requireNonNull(traegerName, "traegerName");
            Objects.requireNonNull(stichtag, "stichtag");
            sites = sites == null ? List.of() : List.copyOf(sites);
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    /** One Betriebsstätte with its Einrichtung. */
    public record SiteRow(String einrichtung, String einrichtungsart, String betriebsstaette, String anschrift,
            boolean aktiv) {
    }

    /** One user account; {@code rollen} is already formatted, e.g. "Verwaltung, Gruppenleitung". */
    public record UserRow(String benutzername, String anzeigename, String rollen, boolean aktiv) {
    }

    private final ReportRenderer renderer;

    /** Uses the shared {@link ReportRenderer#getDefault()}. */
    public StammdatenReport() {
        this(ReportRenderer.getDefault());
    }

    public StammdatenReport(ReportRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** Renders the report as PDF; creation time is now (Europe/Berlin). */
    public byte[] render(Data data) {
        return render(data, LocalDateTime.now(ReportRenderer.TIME_ZONE.toZoneId()));
    }

    /** Renders the report as PDF with the given creation time printed in the page footer. */
    public byte[] render(Data data, LocalDateTime erstelltAm) {
        Objects.requireNonNull(data, "data");
        Map<String, Object> params = new HashMap<>();
        params.put(P_TRAEGER_NAME, data.traegerName());
        params.put(P_STICHTAG, data.stichtag());
        params.put(P_ERSTELLT_AM, Objects.requireNonNull(erstelltAm, "erstelltAm"));
        params.put(ReportRenderer.PDF_TITEL, "Stammdaten: Betriebsstätten und Benutzer – " + data.traegerName());
        return renderer.renderPdfFromMaps(TEMPLATE, params, rows(data));
    }

    /** Flattens both lists into the rows of the template's single data source. */
    static List<Map<String, Object>> rows(Data data) {
        List<Map<String, Object>> rows = new ArrayList<>(data.sites().size() + data.users().size() + 2);
        if (data.sites().isEmpty()) {
            rows.add(emptyRow(ABSCHNITT_BETRIEBSSTAETTEN));
        }
        for (SiteRow site : data.sites()) {
            Map<String, Object> row = row(ABSCHNITT_BETRIEBSSTAETTEN, site.aktiv());
            row.put("einrichtung", site.einrichtung());
            row.put("einrichtungsart", site.einrichtungsart());
            row.put("betriebsstaette", site.betriebsstaette());
            row.put("anschrift", site.anschrift());
            rows.add(row);
        }
        if (data.users().isEmpty()) {
            rows.add(emptyRow(ABSCHNITT_BENUTZER));
        }
        for (UserRow user : data.users()) {
            Map<String, Object> row = row(ABSCHNITT_BENUTZER, user.aktiv());
            row.put("benutzername", user.benutzername());
            row.put("anzeigename", user.anzeigename());
            row.put("rollen", user.rollen());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> row(String abschnitt, boolean aktiv) {
        Map<String, Object> row = new HashMap<>();
        row.put("abschnitt", abschnitt);
        row.put("leer", Boolean.FALSE);
        row.put("aktiv", aktiv);
        return row;
    }

    private static Map<String, Object> emptyRow(String abschnitt) {
        Map<String, Object> row = new HashMap<>();
        row.put("abschnitt", abschnitt);
        row.put("leer", Boolean.TRUE);
        row.put("aktiv", Boolean.FALSE);
        return row;
    }
}
