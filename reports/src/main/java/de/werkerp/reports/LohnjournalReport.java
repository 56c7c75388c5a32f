package de.werkerp.reports;

import static de.werkerp.reports.Formate.datumZeit;
import static de.werkerp.reports.Formate.hatText;
import static de.werkerp.reports.Formate.monat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * "Lohnjournal März 2025": all people of one Einrichtung and month with all components of the Entgelt, the column
 * totals and the number of people; A4 landscape PDF or Excel workbook (.xlsx).
 *
 * <p>Template: {@code /de/werkerp/reports/LohnjournalReport.jrxml}. Amounts go into the template as
 * {@link BigDecimal} with the pattern {@code #,##0.00 €}: in the PDF they print as "1.234,56 €" (German locale), in
 * the XLSX they are numeric cells with a euro number format. The totals are summed here with {@link BigDecimal}
 * (null counts as 0) and passed as parameters; the rows are printed in the given order.
 */
public final class LohnjournalReport {

    public static final String TEMPLATE = "LohnjournalReport";

    /** The only {@link Data#status()} that counts as released. */
    public static final String STATUS_FREIGEGEBEN = EntgeltabrechnungReport.STATUS_FREIGEGEBEN;

    static final String P_TITEL = "TITEL";
    static final String P_TRAEGER_NAME = "TRAEGER_NAME";
    static final String P_EINRICHTUNG_NAME = "EINRICHTUNG_NAME";
    static final String P_STATUS_TEXT = "STATUS_TEXT";
    static final String P_ENTWURF = "ENTWURF";
    static final String P_BERECHNET_TEXT = "BERECHNET_TEXT";
    static final String P_FREIGEGEBEN_TEXT = "FREIGEGEBEN_TEXT";
    static final String P_ANZAHL = "ANZAHL";
    static final String P_ANZAHL_TEXT = "ANZAHL_TEXT";
    static final String P_ERSTELLT_AM = "ERSTELLT_AM";
    /** {@code true} for the XLSX: column headers without hyphenation. */
    static final String P_XLSX = "XLSX";
    /** Parameter prefix of the column totals, e.g. {@code SUMME_grundbetrag}. */
    static final String P_SUMME = "SUMME_";

    /** The amount columns: field name and getter. */
    private static final Map<String, Function<Zeile, BigDecimal>> BETRAEGE = betraege();

    /**
     * Report input.
     *
     * @param traegerName     Träger
     * @param einrichtungName the Einrichtung
     * @param monat           the month (required)
     * @param status          e.g. "BERECHNET" or "FREIGEGEBEN"
     * @param berechnetVon    who ran the calculation
     * @param berechnetAm     when
     * @param freigegebenVon  who released it, may be null
     * @param freigegebenAm   when, may be null
     * @param zeilen          one row per person, printed in this order
     * @param erstelltAm      date printed in the footer; {@code null} = today (Europe/Berlin)
     */
    public record Data(String traegerName, String einrichtungName, YearMonth monat, String status,
            String berechnetVon, LocalDateTime berechnetAm, String freigegebenVon, LocalDateTime freigegebenAm,
            List<Zeile> zeilen, LocalDate erstelltAm) {
        public Data {
            Objects.requireNonNull(monat, "monat");
            zeilen = zeilen == null ? List.of() : List.copyOf(zeilen);
        }

        /** The month is released ({@code status} is "FREIGEGEBEN"). */
        public boolean freigegeben() {
            return status != null && STATUS_FREIGEGEBEN.equalsIgnoreCase(status.strip());
        }
    }

    /** One person; null amounts print empty and count as 0 in the totals. */
    public record Zeile(String personalnummer, String name, String bereich, String kostenstelle,
            BigDecimal grundbetrag, BigDecimal steigerungsbetrag, BigDecimal arbeitsentgelt,
            BigDecimal arbeitsfoerderungsgeld, BigDecimal sonstigeBezuege, BigDecimal abzuege,
            BigDecimal auszahlung) {
    }

    /** Column totals and the number of people, summed with {@link BigDecimal}. */
    public record Summen(int anzahl, BigDecimal grundbetrag, BigDecimal steigerungsbetrag, BigDecimal arbeitsentgelt,
            BigDecimal arbeitsfoerderungsgeld, BigDecimal sonstigeBezuege, BigDecimal abzuege,
            BigDecimal auszahlung) {
    }

    private LohnjournalReport() {
    }

    /** The journal as PDF, A4 landscape, column headers repeated on every page. */
    public static byte[] renderPdf(Data data) {
        Objects.requireNonNull(data, "data");
        return ReportRenderer.getDefault().renderPdfFromMaps(TEMPLATE, parameters(data), rows(data));
    }

    /**
     * The journal as Excel workbook (.xlsx): title rows, one header row, one row per person with numeric amount
     * cells, and a totals row.
     */
    public static byte[] renderXlsx(Data data) {
        Objects.requireNonNull(data, "data");
        Map<String, Object> params = parameters(data);
        params.put(P_XLSX, Boolean.TRUE);
        return ReportRenderer.getDefault().renderXlsxFromMaps(TEMPLATE, params, rows(data));
    }

    /** The column totals of {@code zeilen} (null amounts count as 0) and the number of rows. */
    public static Summen summen(List<Zeile> zeilen) {
        BigDecimal[] s = new BigDecimal[7];
        Arrays.fill(s, BigDecimal.ZERO);
        for (Zeile z : zeilen) {
            int i = 0;
            for (Function<Zeile, BigDecimal> getter : BETRAEGE.values()) {
                BigDecimal value = getter.apply(z);
                if (value != null) {
                    s[i] = s[i].add(value);
                }
                i++;
            }
        }
        return new Summen(zeilen.size(), s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
    }

    static Map<String, Object> parameters(Data d) {
        Map<String, Object> params = new HashMap<>();
        params.put(P_TITEL, "Lohnjournal " + monat(d.monat()));
        params.put(P_TRAEGER_NAME, d.traegerName());
        params.put(P_EINRICHTUNG_NAME, d.einrichtungName());
        params.put(P_ENTWURF, !d.freigegeben());
        params.put(P_STATUS_TEXT, statusText(d));
        params.put(P_BERECHNET_TEXT, wer("Berechnet", d.berechnetVon(), d.berechnetAm()));
        params.put(P_FREIGEGEBEN_TEXT, wer("Freigegeben", d.freigegebenVon(), d.freigegebenAm()));
        Summen summen = summen(d.zeilen());
        params.put(P_ANZAHL, summen.anzahl());
        params.put(P_ANZAHL_TEXT, summen.anzahl() == 1 ? "1 Person" : summen.anzahl() + " Personen");
        params.put(P_SUMME + "grundbetrag", summen.grundbetrag());
        params.put(P_SUMME + "steigerungsbetrag", summen.steigerungsbetrag());
        params.put(P_SUMME + "arbeitsentgelt", summen.arbeitsentgelt());
        params.put(P_SUMME + "arbeitsfoerderungsgeld", summen.arbeitsfoerderungsgeld());
        params.put(P_SUMME + "sonstigeBezuege", summen.sonstigeBezuege());
        params.put(P_SUMME + "abzuege", summen.abzuege());
        params.put(P_SUMME + "auszahlung", summen.auszahlung());
        params.put(P_ERSTELLT_AM, d.erstelltAm() != null ? d.erstelltAm()
                : LocalDate.now(ReportRenderer.TIME_ZONE.toZoneId()));
        return params;
    }

    /** "Status: Freigegeben" or "Status: Entwurf – noch nicht freigegeben (Berechnet)". */
    static String statusText(Data d) {
        if (d.freigegeben()) {
            return "Status: Freigegeben";
        }
        if (!hatText(d.status())) {
            return "Status: " + EntgeltabrechnungReport.ENTWURF;
        }
        String s = d.status().strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return "Status: " + EntgeltabrechnungReport.ENTWURF + " (" + Character.toUpperCase(s.charAt(0))
                + s.substring(1) + ")";
    }

    /** "Berechnet von Petra Klein am 31.03.2025 um 14:05 Uhr"; null when neither is known. */
    private static String wer(String was, String von, LocalDateTime am) {
        if (!hatText(von) && am == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(was);
        if (hatText(von)) {
            sb.append(" von ").append(von.strip());
        }
        if (am != null) {
            sb.append(" am ").append(datumZeit(am));
        }
        return sb.toString();
    }

    static List<Map<String, Object>> rows(Data d) {
        List<Map<String, Object>> rows = new ArrayList<>(d.zeilen().size());
        for (Zeile z : d.zeilen()) {
            Map<String, Object> row = new HashMap<>();
            row.put("personalnummer", z.personalnummer());
            row.put("name", z.name());
            row.put("bereich", z.bereich());
            row.put("kostenstelle", z.kostenstelle());
            BETRAEGE.forEach((field, getter) -> row.put(field, getter.apply(z)));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Function<Zeile, BigDecimal>> betraege() {
        Map<String, Function<Zeile, BigDecimal>> m = new LinkedHashMap<>();
        m.put("grundbetrag", Zeile::grundbetrag);
        m.put("steigerungsbetrag", Zeile::steigerungsbetrag);
        m.put("arbeitsentgelt", Zeile::arbeitsentgelt);
        m.put("arbeitsfoerderungsgeld", Zeile::arbeitsfoerderungsgeld);
        m.put("sonstigeBezuege", Zeile::sonstigeBezuege);
        m.put("abzuege", Zeile::abzuege);
        m.put("auszahlung", Zeile::auszahlung);
        return Collections.unmodifiableMap(m);
    }
}
