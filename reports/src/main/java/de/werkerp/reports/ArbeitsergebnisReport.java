package de.werkerp.reports;

import static de.werkerp.reports.Formate.datumZeit;
import static de.werkerp.reports.Formate.euroCent;
import static de.werkerp.reports.Formate.hatText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Arbeitsergebnisrechnung 2024 nach § 12 WVO": the annual statement of the Arbeitsergebnis of a Werkstatt für
 * behinderte Menschen and its use (Arbeitsentgelte, Ertragsschwankungsrücklage, Investitionen), for the
 * Anerkennungsbehörde and the auditor ({@link #render}), the same figures in Leichter Sprache for the Werkstattrat
 * with a simple bar chart ({@link #renderLeichteSprache}) and as Excel workbook with numeric cells
 * ({@link #renderXlsx}).
 *
 * <p>Templates: {@code ArbeitsergebnisReport.jrxml}, {@code ArbeitsergebnisLeichteSpracheReport.jrxml} and
 * {@code ArbeitsergebnisXlsxReport.jrxml}. As in {@link EntgeltabrechnungReport}, all wording and German formats are
 * made here; the PDF templates only lay out rows of one data source (sections via {@code abschnitt}, row kinds via
 * {@code art}). The XLSX template gets the amounts as {@link BigDecimal} so they become numeric cells.
 *
 * <p>The caller passes plain values and formats nothing. Amounts are euros, printed rounded to cents (HALF_UP).
 */
public final class ArbeitsergebnisReport {

    public static final String TEMPLATE = "ArbeitsergebnisReport";
    public static final String TEMPLATE_LEICHTE_SPRACHE = "ArbeitsergebnisLeichteSpracheReport";
    public static final String TEMPLATE_XLSX = "ArbeitsergebnisXlsxReport";

    public static final String STATUS_ENTWURF = "Entwurf";
    public static final String STATUS_GEPRUEFT = "Geprüft";
    /** The only {@link Data#status()} that counts as released; every other status prints the draft marker. */
    public static final String STATUS_FREIGEGEBEN = "Freigegeben";

    /** Printed visibly (below the title and in the page footer) when the statement is not released. */
    static final String ENTWURF = "Entwurf – nicht freigegeben";

    /** The minimum share of the Arbeitsergebnis to be paid out as Arbeitsentgelte (§ 12 Abs. 5 WVO), in percent. */
    static final BigDecimal MINDESTQUOTE = new BigDecimal("70");

    /** Widest bar of the Leichte-Sprache chart in points; bar widths are multiples of {@link #BALKEN_SCHRITT}. */
    static final int BALKEN_MAX = 400;
    /** Step of the bar widths in points (the template draws a bar as left-aligned rectangles of n × this width). */
    static final int BALKEN_SCHRITT = 5;

    static final String P_TITEL = "TITEL";
    static final String P_TRAEGER_NAME = "TRAEGER_NAME";
    static final String P_EINRICHTUNG_NAME = "EINRICHTUNG_NAME";
    static final String P_JAHR = "JAHR";
    static final String P_VORJAHR = "VORJAHR";
    static final String P_STATUS_TEXT = "STATUS_TEXT";
    static final String P_FREIGABE_TEXT = "FREIGABE_TEXT";
    static final String P_AENDERUNG_TEXT = "AENDERUNG_TEXT";
    static final String P_ENTWURF = "ENTWURF";
    static final String P_ERSTELLT_AM = "ERSTELLT_AM";

    /** Values of the {@code art} field, one detail band each in the templates. */
    static final String ART_POSITION = "POSITION";
    static final String ART_SUMME = "SUMME";
    static final String ART_WERT = "WERT";
    static final String ART_WERT_FETT = "WERT_FETT";
    static final String ART_PROZENT = "PROZENT";
    static final String ART_TEXT = "TEXT";
    static final String ART_FETT = "FETT";
    static final String ART_LEER = "LEER";
    static final String ART_PRUEFUNG_OK = "PRUEFUNG_OK";
    static final String ART_PRUEFUNG_HINWEIS = "PRUEFUNG_HINWEIS";
    static final String ART_ZUORDNUNG = "ZUORDNUNG";
    static final String ART_UMBRUCH = "UMBRUCH";
    static final String ART_KOPF = "KOPF";
    static final String ART_ABSCHNITT = "ABSCHNITT";
    static final String ART_LS_TEXT = "LS_TEXT";
    static final String ART_LS_ACHTUNG = "LS_ACHTUNG";
    static final String ART_LS_BALKEN = "LS_BALKEN";

    static final String ABSCHNITT_POSITIONEN = "POSITIONEN";
    static final String ABSCHNITT_VERWENDUNG = "VERWENDUNG";
    static final String ABSCHNITT_PRUEFUNGEN = "PRUEFUNGEN";
    static final String ABSCHNITT_VERGUETUNGEN = "VERGUETUNGEN";
    static final String ABSCHNITT_UMBRUCH = "UMBRUCH";
    static final String ABSCHNITT_ANLAGE = "ANLAGE";
    static final String ABSCHNITT_LS = "LS";
    static final String ABSCHNITT_LS_BILD = "LS_BILD";

    static final String UEBERSCHRIFT_ANLAGE = "Anlage: Zuordnung der Konten und Kostenstellen";

    /**
     * Report input (plain values; nothing pre-formatted).
     *
     * @param traegerName           Träger of the Werkstatt
     * @param einrichtungName       the Einrichtung (Werkstatt)
     * @param jahr                  the business year
     * @param fassung               version number of the statement (1, 2, … after amendments)
     * @param status                "Entwurf", "Geprüft" or "Freigegeben"; anything but "Freigegeben" prints
     *                              "Entwurf – nicht freigegeben"
     * @param freigegebenVon        who released it, may be null
     * @param freigegebenAm         when, may be null
     * @param aenderungsgrund       why this Fassung differs from the previous one, may be null
     * @param positionen            the lines of the statement in order, including group totals ({@code summe})
     * @param pruefungen            plausibility checks with their German messages
     * @param ertraege              total Erträge
     * @param kosten                total Kosten
     * @param arbeitsergebnis       Erträge − Kosten (negative in a loss year)
     * @param entgelte              Arbeitsentgelte paid to the Beschäftigte
     * @param mindestbetragEntgelte 70 % of the Arbeitsergebnis
     * @param anteilEntgelte        Arbeitsentgelte in percent of the Arbeitsergebnis (72.5 = 72,5 %); null = not
     *                              given (computed for the Leichte Sprache if the Arbeitsergebnis is positive)
     * @param ruecklageAnfang       Ertragsschwankungsrücklage at the beginning of the year
     * @param zufuehrungRuecklage   Zuführung (negative: Entnahme)
     * @param ruecklageEnde         Rücklage at the end of the year
     * @param ruecklageHoechstbetrag the maximum of the Rücklage
     * @param investitionen         Ersatz- und Modernisierungsinvestitionen from the Arbeitsergebnis
     * @param verguetungsergebnis   result from the Vergütungen of the Leistungsträger (§ 58 Abs. 4 SGB IX):
     *                              positive = Gewinn, negative = Verlust; null = not printed
     * @param begruendungQuote      justification when the 70 % rule is not met, may be null
     * @param zuordnung             mapping of accounts and cost centres (appendix)
     * @param erstelltAm            date printed in the footer; {@code null} = today (Europe/Berlin)
     */
    public record Data(String traegerName, String einrichtungName, int jahr, int fassung, String status,
            String freigegebenVon, LocalDateTime freigegebenAm, String aenderungsgrund,
            List<Zeile> positionen, List<Pruefung> pruefungen,
            BigDecimal ertraege, BigDecimal kosten, BigDecimal arbeitsergebnis, BigDecimal entgelte,
            BigDecimal mindestbetragEntgelte, BigDecimal anteilEntgelte,
            BigDecimal ruecklageAnfang, BigDecimal zufuehrungRuecklage, BigDecimal ruecklageEnde,
            BigDecimal ruecklageHoechstbetrag, BigDecimal investitionen,
            BigDecimal verguetungsergebnis, String begruendungQuote,
            List<Zuordnung> zuordnung, LocalDate erstelltAm) {
        public Data {
            positionen = positionen == null ? List.of() : List.copyOf(positionen);
            pruefungen = pruefungen == null ? List.of() : List.copyOf(pruefungen);
            zuordnung = zuordnung == null ? List.of() : List.copyOf(zuordnung);
        }

        /** The statement is released ({@code status} is "Freigegeben", case ignored). */
        public boolean freigegeben() {
            return status != null && STATUS_FREIGEGEBEN.equalsIgnoreCase(status.strip());
        }
    }

    /**
     * One line of the statement.
     *
     * @param code        "I.1", "I" for a group total, "III"
     * @param bezeichnung the label
     * @param betrag      amount of the year
     * @param vorjahr     amount of the previous year, may be null (then no Veränderung)
     * @param summe       printed bold with a line above (group total, result)
     */
    public record Zeile(String code, String bezeichnung, BigDecimal betrag, BigDecimal vorjahr, boolean summe) {
        /** betrag − vorjahr, or null if one of them is missing. */
        public BigDecimal veraenderung() {
            return betrag == null || vorjahr == null ? null : betrag.subtract(vorjahr);
        }
    }

    /** One check: title, passed or not, the German message. */
    public record Pruefung(String titel, boolean ok, String meldung) {
    }

    /**
     * One entry of the mapping appendix.
     *
     * @param art  "Konten" or "Kostenstelle"
     * @param von  first account / cost centre
     * @param bis  last one of a range, may be null
     * @param ziel the position (code + label) or "Arbeitsbereich" / "nicht Arbeitsbereich"
     */
    public record Zuordnung(String art, String von, String bis, String ziel) {
    }

    private ArbeitsergebnisReport() {
    }

    /** The statement for the Anerkennungsbehörde and the auditor as PDF (A4 portrait, appendix on a new page). */
    public static byte[] render(Data data) {
        Objects.requireNonNull(data, "data");
        return ReportRenderer.getDefault().renderPdfFromMaps(TEMPLATE, parameters(data), rows(data));
    }

    /** "Das Geld der Werkstatt im Jahr 2024": the figures for the Werkstattrat in Leichter Sprache, as PDF. */
    public static byte[] renderLeichteSprache(Data data) {
        Objects.requireNonNull(data, "data");
        Map<String, Object> params = parameters(data);
        params.put(P_TITEL, "Das Geld der Werkstatt im Jahr " + data.jahr());
        return ReportRenderer.getDefault().renderPdfFromMaps(TEMPLATE_LEICHTE_SPRACHE, params,
                leichteSpracheRows(data));
    }

    /**
     * All figures as Excel workbook (.xlsx), one sheet "Arbeitsergebnis": the positions with numeric cells for the
     * year, the previous year and the difference, then the Verwendung figures, the checks and the mapping as rows.
     */
    public static byte[] renderXlsx(Data data) {
        Objects.requireNonNull(data, "data");
        return ReportRenderer.getDefault().renderXlsxFromMaps(TEMPLATE_XLSX, parameters(data), xlsxRows(data));
    }

    // ---------------------------------------------------------------------------------------------------------
    // parameters

    static Map<String, Object> parameters(Data d) {
        Map<String, Object> params = new HashMap<>();
        params.put(P_TITEL, "Arbeitsergebnisrechnung " + d.jahr() + " nach § 12 WVO");
        params.put(P_TRAEGER_NAME, text(d.traegerName()));
        params.put(P_EINRICHTUNG_NAME, text(d.einrichtungName()));
        params.put(P_JAHR, String.valueOf(d.jahr()));
        params.put(P_VORJAHR, "Vorjahr");
        params.put(P_STATUS_TEXT, statusText(d));
        params.put(P_FREIGABE_TEXT, freigabeText(d));
        params.put(P_AENDERUNG_TEXT, hatText(d.aenderungsgrund())
                ? "Änderungsgrund: " + d.aenderungsgrund().strip() : null);
        params.put(P_ENTWURF, !d.freigegeben());
        params.put(P_ERSTELLT_AM, d.erstelltAm() != null ? d.erstelltAm()
                : LocalDate.now(ReportRenderer.TIME_ZONE.toZoneId()));
        return params;
    }

    /** "Fassung 2 – Status: Geprüft". */
    static String statusText(Data d) {
        String status = hatText(d.status()) ? d.status().strip() : STATUS_ENTWURF;
        return "Fassung " + d.fassung() + " – Status: " + status;
    }

    /** "Freigegeben von Thomas Groß am 12.03.2025 um 10:15 Uhr"; null when not released or nothing known. */
    static String freigabeText(Data d) {
        if (!d.freigegeben() || (!hatText(d.freigegebenVon()) && d.freigegebenAm() == null)) {
            return null;
        }
        StringBuilder sb = new StringBuilder("Freigegeben");
        if (hatText(d.freigegebenVon())) {
            sb.append(" von ").append(d.freigegebenVon().strip());
        }
        if (d.freigegebenAm() != null) {
            sb.append(" am ").append(datumZeit(d.freigegebenAm()));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // PDF for the authority

    /** The statement as rows of the template's single data source. */
    static List<Map<String, Object>> rows(Data d) {
        Rows r = new Rows();

        r.abschnitt(ABSCHNITT_POSITIONEN, null);
        if (d.positionen().isEmpty()) {
            r.add(ART_LEER).put("text", "Keine Positionen.");
        }
        for (Zeile z : d.positionen()) {
            Map<String, Object> row = r.add(z.summe() ? ART_SUMME : ART_POSITION);
            row.put("spalte1", text(z.code()));
            row.put("spalte2", text(z.bezeichnung()));
            row.put("spalte3", euroCent(z.betrag()));
            row.put("spalte4", euroCent(z.vorjahr()));
            row.put("spalte5", euroCent(z.veraenderung()));
        }

        r.abschnitt(ABSCHNITT_VERWENDUNG, "Verwendung des Arbeitsergebnisses");
        for (Wert w : verwendung(d)) {
            Map<String, Object> row = r.add(w.fett() ? ART_WERT_FETT : ART_WERT);
            row.put("spalte2", w.label());
            row.put("spalte3", w.prozent() ? prozentText(w.betrag()) : euroCent(w.betrag()));
            row.put("spalte4", w.hinweis());
        }
        if (hatText(d.begruendungQuote())) {
            r.add(ART_TEXT).put("text", "Begründung zum Anteil der Arbeitsentgelte: " + d.begruendungQuote().strip());
        }

        r.abschnitt(ABSCHNITT_PRUEFUNGEN, "Prüfungen");
        if (d.pruefungen().isEmpty()) {
            r.add(ART_LEER).put("text", "Keine Prüfungen.");
        }
        for (Pruefung p : d.pruefungen()) {
            Map<String, Object> row = r.add(p.ok() ? ART_PRUEFUNG_OK : ART_PRUEFUNG_HINWEIS);
            row.put("spalte1", p.ok() ? "✓" : "!");
            row.put("spalte2", text(p.titel()));
            row.put("text", text(p.meldung()));
        }

        if (d.verguetungsergebnis() != null) {
            r.abschnitt(ABSCHNITT_VERGUETUNGEN, "Nachweis nach § 58 Abs. 4 SGB IX");
            r.add(ART_FETT).put("text", verguetungsText(d.verguetungsergebnis()));
        }

        r.abschnitt(ABSCHNITT_UMBRUCH, null);
        r.add(ART_UMBRUCH);
        r.abschnitt(ABSCHNITT_ANLAGE, UEBERSCHRIFT_ANLAGE);
        if (d.zuordnung().isEmpty()) {
            r.add(ART_LEER).put("text", "Keine Zuordnungen hinterlegt.");
        }
        for (Zuordnung z : d.zuordnung()) {
            Map<String, Object> row = r.add(ART_ZUORDNUNG);
            row.put("spalte1", text(z.art()));
            row.put("spalte2", bereich(z));
            row.put("spalte3", text(z.ziel()));
        }
        return r.rows;
    }

    /** "Ergebnis aus den Vergütungen: Gewinn 12.345,00 €" or "… Verlust 2.000,00 €". */
    static String verguetungsText(BigDecimal ergebnis) {
        return "Ergebnis aus den Vergütungen: " + (ergebnis.signum() < 0 ? "Verlust " : "Gewinn ")
                + euroCent(ergebnis.abs());
    }

    /** "4000 – 4999" or "4000". */
    static String bereich(Zuordnung z) {
        String von = text(z.von());
        String bis = text(z.bis());
        if (bis == null || bis.equals(von)) {
            return von;
        }
        return (von == null ? "" : von) + " – " + bis;
    }

    /** One figure of the Verwendung block (PDF and XLSX). */
    record Wert(String label, BigDecimal betrag, boolean fett, boolean prozent, String hinweis) {
    }

    /** The Verwendung figures that are present, in print order. */
    static List<Wert> verwendung(Data d) {
        List<Wert> w = new ArrayList<>();
        wert(w, "Arbeitsergebnis", d.arbeitsergebnis(), true, false, null);
        wert(w, "Arbeitsentgelte der Beschäftigten", d.entgelte(), false, false, null);
        wert(w, "Mindestbetrag der Arbeitsentgelte (70 % des Arbeitsergebnisses)", d.mindestbetragEntgelte(),
                false, false, null);
        BigDecimal anteil = anteil(d);
        if (anteil != null) {
            wert(w, "Anteil der Arbeitsentgelte am Arbeitsergebnis", anteil, false, true,
                    anteil.compareTo(MINDESTQUOTE) >= 0 ? "mindestens 70 % erreicht" : "unter 70 %");
        }
        wert(w, "Ertragsschwankungsrücklage am Anfang des Jahres", d.ruecklageAnfang(), false, false, null);
        wert(w, zufuehrungNegativ(d) ? "Entnahme aus der Rücklage" : "Zuführung zur Rücklage",
                d.zufuehrungRuecklage(), false, false, null);
        wert(w, "Ertragsschwankungsrücklage am Ende des Jahres", d.ruecklageEnde(), true, false, null);
        wert(w, "Höchstbetrag der Rücklage", d.ruecklageHoechstbetrag(), false, false,
                d.ruecklageEnde() != null && d.ruecklageHoechstbetrag() != null
                        && d.ruecklageEnde().compareTo(d.ruecklageHoechstbetrag()) > 0 ? "überschritten" : null);
        wert(w, "Ersatz- und Modernisierungsinvestitionen", d.investitionen(), false, false, null);
        return w;
    }

    private static boolean zufuehrungNegativ(Data d) {
        return d.zufuehrungRuecklage() != null && d.zufuehrungRuecklage().signum() < 0;
    }

    private static void wert(List<Wert> w, String label, BigDecimal betrag, boolean fett, boolean prozent,
            String hinweis) {
        if (betrag != null) {
            w.add(new Wert(label, betrag, fett, prozent, hinweis));
        }
    }

    /**
     * The share of the Arbeitsentgelte in percent: {@link Data#anteilEntgelte()} if given, else computed (two
     * decimals) when the Arbeitsergebnis is positive; null otherwise.
     */
    static BigDecimal anteil(Data d) {
        if (d.anteilEntgelte() != null) {
            return d.anteilEntgelte();
        }
        if (d.entgelte() == null || d.arbeitsergebnis() == null || d.arbeitsergebnis().signum() <= 0) {
            return null;
        }
        return d.entgelte().multiply(BigDecimal.valueOf(100)).divide(d.arbeitsergebnis(), 2, RoundingMode.HALF_UP);
    }

    /** "72,5 %" (one or two decimals, German). */
    static String prozentText(BigDecimal p) {
        BigDecimal r = p.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.scale() < 1) {
            r = r.setScale(1);
        }
        return r.toPlainString().replace('.', ',') + " %";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Leichte Sprache

    /** One item of the Leichte-Sprache text: a bold head and sentences, each may be {@code null}. */
    public record Absatz(String kopf, List<String> saetze, boolean achtung) implements java.io.Serializable {
        public String getKopf() {
            return kopf;
        }

        public List<String> getSaetze() {
            return saetze;
        }

        public boolean isAchtung() {
            return achtung;
        }
    }

    /** The Leichte-Sprache text of the PDF (without the chart) for a web page: the same words as the PDF. */
    public static List<Absatz> leichteSpracheText(Data d) {
        List<Absatz> absaetze = new ArrayList<>();
        for (Map<String, Object> row : leichteSpracheRows(d)) {
            Object art = row.get("art");
            if (ART_LS_TEXT.equals(art) || ART_LS_ACHTUNG.equals(art)) {
                String text = (String) row.get("text");
                absaetze.add(new Absatz((String) row.get("kopf"),
                        text == null ? List.of() : List.of(text.split("\n")), ART_LS_ACHTUNG.equals(art)));
            }
        }
        return absaetze;
    }

    /** The Leichte-Sprache page as rows: one sentence group per row, then the bar chart (one row per bar). */
    static List<Map<String, Object>> leichteSpracheRows(Data d) {
        Rows r = new Rows();
        r.abschnitt(ABSCHNITT_LS, null);
        if (!d.freigegeben()) {
            r.ls(ART_LS_ACHTUNG, "Achtung: Das ist ein Entwurf.", "Die Zahlen können sich noch ändern.");
        }
        r.ls(ART_LS_TEXT, null, "Hier steht, wie viel Geld die Werkstatt im Jahr " + d.jahr()
                + " eingenommen und ausgegeben hat.");
        if (d.ertraege() != null) {
            r.ls(ART_LS_TEXT, "Das hat die Werkstatt eingenommen: " + euroCent(d.ertraege()) + ".", null);
        }
        if (d.kosten() != null) {
            r.ls(ART_LS_TEXT, "Das hat die Werkstatt ausgegeben: " + euroCent(d.kosten()) + ".", null);
        }
        BigDecimal ergebnis = d.arbeitsergebnis();
        if (ergebnis != null) {
            if (ergebnis.signum() < 0) {
                r.ls(ART_LS_TEXT, "In diesem Jahr hat die Werkstatt mehr ausgegeben als eingenommen: "
                        + euroCent(ergebnis.abs()) + " fehlen.", null);
            } else {
                r.ls(ART_LS_TEXT, "Das ist übrig: " + euroCent(ergebnis) + ".", "Das heißt Arbeits-Ergebnis.");
            }
        }
        if (d.entgelte() != null) {
            StringBuilder text = new StringBuilder();
            BigDecimal anteil = anteil(d);
            if (anteil != null && ergebnis != null && ergebnis.signum() > 0) {
                text.append("Das sind ").append(vonHundert(anteil)).append(" von 100 Euro vom Arbeits-Ergebnis.\n");
            }
            text.append("Die Regel sagt: mindestens 70 von 100 Euro.");
            if (anteil != null && ergebnis != null && ergebnis.signum() > 0
                    && anteil.compareTo(MINDESTQUOTE) < 0) {
                text.append("\nIn diesem Jahr waren es weniger.\nDie Werkstatt muss sagen, warum.");
            }
            r.ls(ART_LS_TEXT, "So viel Geld haben die Beschäftigten als Lohn bekommen: " + euroCent(d.entgelte())
                    + ".", text.toString());
        }
        BigDecimal zufuehrung = d.zufuehrungRuecklage();
        if (zufuehrung != null && zufuehrung.signum() < 0) {
            r.ls(ART_LS_TEXT, "Für schlechte Zeiten hat die Werkstatt Geld zurückgelegt.",
                    "In diesem Jahr hat sie davon " + euroCent(zufuehrung.abs()) + " gebraucht.");
        } else if (zufuehrung != null || d.ruecklageEnde() != null) {
            r.ls(ART_LS_TEXT, "Für schlechte Zeiten legt die Werkstatt Geld zurück: "
                    + euroCent(zufuehrung != null ? zufuehrung : BigDecimal.ZERO) + ".",
                    d.ruecklageEnde() == null ? null
                            : "Jetzt hat die Werkstatt dafür " + euroCent(d.ruecklageEnde()) + " zurückgelegt.");
        }

        List<Balken> balken = balken(d);
        if (!balken.isEmpty()) {
            r.abschnitt(ABSCHNITT_LS_BILD, "Das Geld als Bild:");
            for (Balken b : balken) {
                Map<String, Object> row = r.add(ART_LS_BALKEN);
                row.put("kopf", b.name() + ": " + euroCent(b.betrag()));
                row.put("breite", b.breite());
                row.put("negativ", b.negativ());
            }
        }
        return r.rows;
    }

    /**
     * "72" for 72.4; a share near the 70 % line keeps one decimal ("69,6") when rounding to a whole number would
     * move it across the line.
     */
    static String vonHundert(BigDecimal anteil) {
        BigDecimal ganz = anteil.setScale(0, RoundingMode.HALF_UP);
        if ((ganz.compareTo(MINDESTQUOTE) >= 0) != (anteil.compareTo(MINDESTQUOTE) >= 0)) {
            return anteil.setScale(1, RoundingMode.DOWN).toPlainString().replace('.', ',');
        }
        return ganz.toPlainString();
    }

    /**
     * One bar of the chart.
     *
     * @param name    "Eingenommen", "Ausgegeben", "Übrig" (or "Fehlt" in a loss year), "Lohn"
     * @param betrag  the amount printed as label (absolute value)
     * @param breite  width in points, 0 … {@link #BALKEN_MAX}, a multiple of {@link #BALKEN_SCHRITT}
     * @param negativ drawn red (the missing amount of a loss year)
     */
    record Balken(String name, BigDecimal betrag, int breite, boolean negativ) {
    }

    /** The bars for Eingenommen, Ausgegeben, Übrig/Fehlt and Lohn; widths proportional to the largest amount. */
    static List<Balken> balken(Data d) {
        List<String> namen = new ArrayList<>();
        List<BigDecimal> betraege = new ArrayList<>();
        List<Boolean> negativ = new ArrayList<>();
        if (d.ertraege() != null) {
            namen.add("Eingenommen");
            betraege.add(d.ertraege().abs());
            negativ.add(false);
        }
        if (d.kosten() != null) {
            namen.add("Ausgegeben");
            betraege.add(d.kosten().abs());
            negativ.add(false);
        }
        if (d.arbeitsergebnis() != null) {
            boolean verlust = d.arbeitsergebnis().signum() < 0;
            namen.add(verlust ? "Fehlt" : "Übrig");
            betraege.add(d.arbeitsergebnis().abs());
            negativ.add(verlust);
        }
        if (d.entgelte() != null) {
            namen.add("Lohn");
            betraege.add(d.entgelte().abs());
            negativ.add(false);
        }
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal b : betraege) {
            max = max.max(b);
        }
        List<Balken> balken = new ArrayList<>();
        for (int i = 0; i < namen.size(); i++) {
            balken.add(new Balken(namen.get(i), betraege.get(i), breite(betraege.get(i), max), negativ.get(i)));
        }
        return balken;
    }

    /** Width of a bar: proportional to {@code max}, rounded to {@link #BALKEN_SCHRITT}; at least one step if &gt; 0. */
    static int breite(BigDecimal betrag, BigDecimal max) {
        if (max.signum() <= 0 || betrag.signum() <= 0) {
            return 0;
        }
        int schritte = BALKEN_MAX / BALKEN_SCHRITT;
        int n = betrag.multiply(BigDecimal.valueOf(schritte)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        return Math.max(1, Math.min(schritte, n)) * BALKEN_SCHRITT;
    }

    // ---------------------------------------------------------------------------------------------------------
    // XLSX

    /**
     * The rows of the sheet. Fields: {@code art} (KOPF, POSITION, SUMME, ABSCHNITT, WERT, PRUEFUNG_OK/HINWEIS,
     * ZUORDNUNG, TEXT), {@code c1}, {@code c2}, {@code text} (strings) and {@code n1..n3} (BigDecimal: Jahr, Vorjahr,
     * Veränderung).
     */
    static List<Map<String, Object>> xlsxRows(Data d) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> kopf = xlsx(rows, ART_KOPF);
        kopf.put("c1", "Position");
        kopf.put("c2", "Bezeichnung");
        kopf.put("k3", String.valueOf(d.jahr()));
        kopf.put("k4", "Vorjahr");
        kopf.put("k5", "Veränderung");
        for (Zeile z : d.positionen()) {
            Map<String, Object> row = xlsx(rows, z.summe() ? ART_SUMME : ART_POSITION);
            row.put("c1", text(z.code()));
            row.put("c2", text(z.bezeichnung()));
            row.put("n1", z.betrag());
            row.put("n2", z.vorjahr());
            row.put("n3", z.veraenderung());
        }

        xlsx(rows, ART_ABSCHNITT).put("text", "Verwendung des Arbeitsergebnisses");
        werte(rows, "Erträge", d.ertraege());
        werte(rows, "Kosten", d.kosten());
        for (Wert w : verwendung(d)) {
            Map<String, Object> row = xlsx(rows, w.prozent() ? ART_PROZENT : w.fett() ? ART_WERT_FETT : ART_WERT);
            row.put("c2", w.prozent() ? w.label() + " (%)" : w.label());
            row.put("n1", w.betrag());
            row.put("text", w.hinweis());
        }
        if (d.verguetungsergebnis() != null) {
            Map<String, Object> row = xlsx(rows, ART_WERT);
            row.put("c2", "Ergebnis aus den Vergütungen (§ 58 Abs. 4 SGB IX)");
            row.put("n1", d.verguetungsergebnis());
            row.put("text", d.verguetungsergebnis().signum() < 0 ? "Verlust" : "Gewinn");
        }
        if (hatText(d.begruendungQuote())) {
            Map<String, Object> row = xlsx(rows, ART_TEXT);
            row.put("c2", "Begründung zum Anteil der Arbeitsentgelte");
            row.put("text", d.begruendungQuote().strip());
        }

        xlsx(rows, ART_ABSCHNITT).put("text", "Prüfungen");
        for (Pruefung p : d.pruefungen()) {
            Map<String, Object> row = xlsx(rows, p.ok() ? ART_PRUEFUNG_OK : ART_PRUEFUNG_HINWEIS);
            row.put("c1", p.ok() ? "OK" : "Hinweis");
            row.put("c2", text(p.titel()));
            row.put("text", text(p.meldung()));
        }

        xlsx(rows, ART_ABSCHNITT).put("text", UEBERSCHRIFT_ANLAGE);
        for (Zuordnung z : d.zuordnung()) {
            Map<String, Object> row = xlsx(rows, ART_ZUORDNUNG);
            row.put("c1", text(z.art()));
            row.put("c2", bereich(z));
            row.put("text", text(z.ziel()));
        }
        return rows;
    }

    private static void werte(List<Map<String, Object>> rows, String label, BigDecimal betrag) {
        if (betrag != null) {
            Map<String, Object> row = xlsx(rows, ART_WERT);
            row.put("c2", label);
            row.put("n1", betrag);
        }
    }

    private static Map<String, Object> xlsx(List<Map<String, Object>> rows, String art) {
        Map<String, Object> row = new HashMap<>();
        row.put("art", art);
        rows.add(row);
        return row;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String text(String s) {
        return hatText(s) ? s.strip() : null;
    }

    /** Collects the rows; {@code abschnitt} and {@code ueberschrift} are carried over to every following row. */
    private static final class Rows {
        final List<Map<String, Object>> rows = new ArrayList<>();
        private String abschnitt;
        private String ueberschrift;

        void abschnitt(String key, String heading) {
            abschnitt = key;
            ueberschrift = heading;
        }

        Map<String, Object> add(String art) {
            Map<String, Object> row = new HashMap<>();
            row.put("abschnitt", abschnitt);
            row.put("ueberschrift", ueberschrift);
            row.put("art", art);
            rows.add(row);
            return row;
        }

        /** A Leichte-Sprache item: bold {@code kopf}, then {@code text}, every sentence on a line of its own. */
        void ls(String art, String kopf, String text) {
            Map<String, Object> row = add(art);
            row.put("kopf", kopf);
            row.put("text", text == null ? null : text.replace(". ", ".\n"));
        }
    }

}
