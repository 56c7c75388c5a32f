package de.werkerp.reports;

import static de.werkerp.reports.Formate.hatText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * A generic printable table ("Forderungsaufstellung", "Summenliste", …): Träger, optional recipient address top
 * left, title and subtitle, introductory paragraphs, a table of up to 9 pre-formatted text columns with an optional
 * bold totals row, closing paragraphs; German, A4 portrait, A4 landscape with more than 6 columns, DejaVu Sans.
 * Footer "Erstellt am … / Seite X von Y", the column headers are repeated on every page.
 *
 * <p><b>How the variable columns work:</b> there is no static jrxml. For each column layout (number of columns,
 * their width weights and alignment) this class generates a small jrxml in Java ({@link #jrxml(Layout)}, JasperReports
 * 7 format, same conventions as the other templates) with one field {@code c1..cN} per column, each text field placed
 * at the x/width computed from the weights. It is compiled once per layout by the shared
 * {@link ReportRenderer#getDefault()} and cached there (key = orientation, weights and alignment, e.g.
 * {@code TabellenReport:P:3L,1R,1R}); the first render of a new layout costs a compile (≈ 0.3–1 s), later renders a
 * few tens of milliseconds. Only numbers and alignment go into the generated jrxml; all texts (column titles,
 * cells, paragraphs) are parameters or fields, so no caller text is ever compiled or needs XML escaping.
 * The number of cached layouts is the number of distinct column sets the application uses (small and fixed).
 *
 * <p>Data source: one row per paragraph or table row ({@code abschnitt} EINLEITUNG / TABELLE / HINWEISE,
 * {@code art} TEXT / ZEILE / SUMME / LEER), as in {@link EntgeltabrechnungReport}; the group on {@code abschnitt}
 * prints the column headers (reprinted on every page) only for the table. An empty table prints
 * "Keine Einträge.".
 */
public final class TabellenReport {

    /** Report name (PDF metadata title is the {@link Data#titel()}). */
    public static final String NAME = "TabellenReport";

    /** At most this many columns. */
    public static final int MAX_SPALTEN = 10;

    /** With more columns than this the page is A4 landscape. */
    public static final int MAX_SPALTEN_HOCHFORMAT = 6;

    static final String P_TITEL = "TITEL";
    static final String P_UNTERTITEL = "UNTERTITEL";
    static final String P_TRAEGER_NAME = "TRAEGER_NAME";
    static final String P_EMPFAENGER = "EMPFAENGER";
    static final String P_ERSTELLT_AM = "ERSTELLT_AM";
    /** Column titles: {@code SPALTE_1 .. SPALTE_n}. */
    static final String P_SPALTE = "SPALTE_";

    static final String ABSCHNITT_EINLEITUNG = "EINLEITUNG";
    static final String ABSCHNITT_TABELLE = "TABELLE";
    static final String ABSCHNITT_HINWEISE = "HINWEISE";
    static final String ART_TEXT = "TEXT";
    static final String ART_ZEILE = "ZEILE";
    static final String ART_SUMME = "SUMME";
    static final String ART_LEER = "LEER";

    static final String KEINE_EINTRAEGE = "Keine Einträge.";

    /**
     * Report input.
     *
     * @param traegerName Träger, printed top left above a line
     * @param titel       the title (required), e.g. "Forderungsaufstellung Arbeitsförderungsgeld"
     * @param untertitel  printed under the title, may be null, e.g. "Werkstatt Musterstadt · März 2025"
     * @param empfaenger  recipient address lines printed top left, may be null
     * @param einleitung  paragraphs before the table, may be null
     * @param spalten     1..9 columns
     * @param zeilen      the table rows, pre-formatted cells, each row with as many cells as {@code spalten}
     *                    (null cells print empty); may be null or empty ("Keine Einträge.")
     * @param summe       totals row (same size as {@code spalten}), printed bold with a line above; may be null
     * @param hinweise    paragraphs after the table, may be null
     * @param erstelltAm  date printed in the footer; {@code null} = today (Europe/Berlin)
     */
    public record Data(String traegerName, String titel, String untertitel, List<String> empfaenger,
            List<String> einleitung, List<Spalte> spalten, List<List<String>> zeilen, List<String> summe,
            List<String> hinweise, LocalDate erstelltAm) {
        public Data {
            Objects.requireNonNull(titel, "titel");
            Objects.requireNonNull(spalten, "spalten");
            if (spalten.isEmpty() || spalten.size() > MAX_SPALTEN) {
                throw new IllegalArgumentException("1 bis " + MAX_SPALTEN + " Spalten erwartet, nicht "
                        + spalten.size());
            }
            spalten = List.copyOf(spalten);
            int n = spalten.size();
            List<List<String>> rows = new ArrayList<>();
            if (zeilen != null) {
                for (int i = 0; i < zeilen.size(); i++) {
                    rows.add(zellen(zeilen.get(i), n, "Zeile " + (i + 1)));
                }
            }
            zeilen = Collections.unmodifiableList(rows);
            summe = summe == null ? null : zellen(summe, n, "Summe");
            empfaenger = texte(empfaenger);
            einleitung = texte(einleitung);
            hinweise = texte(hinweise);
        }
    }

    /**
     * One column.
     *
     * @param titel         the column header (may wrap to two lines)
     * @param rechtsbuendig right-aligned (amounts, numbers)
     * @param breite        relative width weight (e.g. 1..4); values below 1 count as 1
     */
    public record Spalte(String titel, boolean rechtsbuendig, int breite) {
    }

    private TabellenReport() {
    }

    /** The table as PDF. */
    public static byte[] render(Data data) {
        Objects.requireNonNull(data, "data");
        return ReportRenderer.getDefault().renderPdf(compiled(data),
                parameters(data), new JRMapCollectionDataSource(new ArrayList<>(rows(data))));
    }

    /** The compiled (cached) report for the column layout of {@code data}. */
    static JasperReport compiled(Data data) {
        Layout layout = Layout.of(data.spalten());
        return ReportRenderer.getDefault().compiledGenerated(layout.key(), () -> jrxml(layout));
    }

    static Map<String, Object> parameters(Data d) {
        Map<String, Object> params = new HashMap<>();
        params.put(P_TITEL, d.titel().strip());
        params.put(P_UNTERTITEL, hatText(d.untertitel()) ? d.untertitel().strip() : null);
        params.put(P_TRAEGER_NAME, hatText(d.traegerName()) ? d.traegerName().strip() : null);
        params.put(P_EMPFAENGER, d.empfaenger().isEmpty() ? null : String.join("\n", d.empfaenger()));
        for (int i = 0; i < d.spalten().size(); i++) {
            String titel = d.spalten().get(i).titel();
            params.put(P_SPALTE + (i + 1), titel == null ? "" : titel.strip());
        }
        params.put(P_ERSTELLT_AM, d.erstelltAm() != null ? d.erstelltAm()
                : LocalDate.now(ReportRenderer.TIME_ZONE.toZoneId()));
        return params;
    }

    /** Paragraphs and table rows as rows of the single data source. */
    static List<Map<String, Object>> rows(Data d) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String absatz : d.einleitung()) {
            row(rows, ABSCHNITT_EINLEITUNG, ART_TEXT).put("text", absatz);
        }
        if (d.zeilen().isEmpty()) {
            row(rows, ABSCHNITT_TABELLE, ART_LEER).put("text", KEINE_EINTRAEGE);
        }
        for (List<String> zeile : d.zeilen()) {
            zellen(row(rows, ABSCHNITT_TABELLE, ART_ZEILE), zeile);
        }
        if (d.summe() != null) {
            zellen(row(rows, ABSCHNITT_TABELLE, ART_SUMME), d.summe());
        }
        for (String absatz : d.hinweise()) {
            row(rows, ABSCHNITT_HINWEISE, ART_TEXT).put("text", absatz);
        }
        return rows;
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String abschnitt, String art) {
        Map<String, Object> row = new HashMap<>();
        row.put("abschnitt", abschnitt);
        row.put("art", art);
        rows.add(row);
        return row;
    }

    private static void zellen(Map<String, Object> row, List<String> zellen) {
        for (int i = 0; i < zellen.size(); i++) {
            row.put("c" + (i + 1), zellen.get(i));
        }
    }

    private static List<String> zellen(List<String> zellen, int n, String was) {
        if (zellen == null || zellen.size() != n) {
            throw new IllegalArgumentException(was + ": " + n + " Zellen erwartet, nicht "
                    + (zellen == null ? "null" : String.valueOf(zellen.size())));
        }
        return Collections.unmodifiableList(new ArrayList<>(zellen));
    }

    private static List<String> texte(List<String> texte) {
        if (texte == null) {
            return List.of();
        }
        return texte.stream().filter(Formate::hatText).map(String::strip).toList();
    }

    /** Page format and column positions computed from the weights; {@link #key()} identifies the jrxml. */
    record Layout(boolean quer, int[] x, int[] breite, boolean[] rechts) {

        static final int HOCH_BREITE = 595;
        static final int HOCH_HOEHE = 842;

        static Layout of(List<Spalte> spalten) {
            int n = spalten.size();
            boolean quer = n > MAX_SPALTEN_HOCHFORMAT;
            int gesamt = quer ? 782 : 500;
            int summeGewichte = 0;
            for (Spalte s : spalten) {
                summeGewichte += gewicht(s);
            }
            int[] x = new int[n];
            int[] breite = new int[n];
            boolean[] rechts = new boolean[n];
            int pos = 0;
            for (int i = 0; i < n; i++) {
                breite[i] = i == n - 1 ? gesamt - pos : gesamt * gewicht(spalten.get(i)) / summeGewichte;
                x[i] = pos;
                pos += breite[i];
                rechts[i] = spalten.get(i).rechtsbuendig();
            }
            return new Layout(quer, x, breite, rechts);
        }

        private static int gewicht(Spalte s) {
            return Math.max(1, s.breite());
        }

        int spalten() {
            return x.length;
        }

        int spaltenBreite() {
            return quer ? 782 : 500;
        }

        /** e.g. "TabellenReport:P:170L,165R,165R" (orientation, width and alignment per column). */
        String key() {
            StringBuilder sb = new StringBuilder(NAME).append(quer ? ":Q:" : ":P:");
            for (int i = 0; i < x.length; i++) {
                sb.append(i == 0 ? "" : ",").append(breite[i]).append(rechts[i] ? 'R' : 'L');
            }
            return sb.toString();
        }
    }

    /** The generated jrxml (JasperReports 7 format) for one column layout. */
    static String jrxml(Layout l) {
        int cw = l.spaltenBreite();
        float schrift = l.quer() ? 8f : 9f;
        StringBuilder x = new StringBuilder(16 * 1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<!-- generated by de.werkerp.reports.TabellenReport, layout ").append(l.key()).append(" -->\n");
        if (l.quer()) {
            x.append("<jasperReport name=\"" + NAME + "\" language=\"java\" pageWidth=\"842\" pageHeight=\"595\" "
                    + "orientation=\"Landscape\" whenNoDataType=\"AllSectionsNoDetail\" columnWidth=\"782\" "
                    + "leftMargin=\"30\" rightMargin=\"30\" topMargin=\"30\" bottomMargin=\"30\">\n");
        } else {
            x.append("<jasperReport name=\"" + NAME + "\" language=\"java\" pageWidth=\"595\" pageHeight=\"842\" "
                    + "whenNoDataType=\"AllSectionsNoDetail\" columnWidth=\"500\" "
                    + "leftMargin=\"50\" rightMargin=\"45\" topMargin=\"36\" bottomMargin=\"30\">\n");
        }
        x.append("""
                	<style name="Basis" default="true" fontName="DejaVu Sans" fontSize="%s"/>
                	<style name="Traeger" style="Basis" fontName="DejaVu Sans" fontSize="10.0" bold="true"/>
                	<style name="Empfaenger" style="Basis" fontName="DejaVu Sans" fontSize="10.0"/>
                	<style name="Titel" style="Basis" fontName="DejaVu Sans" fontSize="16.0" bold="true"/>
                	<style name="Untertitel" style="Basis" fontName="DejaVu Sans" fontSize="11.0"/>
                	<style name="Text" style="Basis" fontName="DejaVu Sans" fontSize="9.0">
                		<box topPadding="3" leftPadding="3" bottomPadding="3" rightPadding="3"/>
                	</style>
                	<style name="Kopf" style="Basis" fontName="DejaVu Sans" mode="Opaque" backcolor="#E4E8EE" bold="true" vTextAlign="Middle">
                		<box topPadding="2" leftPadding="3" bottomPadding="2" rightPadding="3">
                			<bottomPen lineWidth="0.75" lineColor="#4D4D4D"/>
                		</box>
                	</style>
                	<style name="KopfRechts" style="Kopf" fontName="DejaVu Sans" hTextAlign="Right"/>
                	<style name="Zelle" style="Basis" fontName="DejaVu Sans">
                		<box topPadding="2" leftPadding="3" bottomPadding="2" rightPadding="3">
                			<bottomPen lineWidth="0.25" lineColor="#BFBFBF"/>
                		</box>
                	</style>
                	<style name="ZelleRechts" style="Zelle" fontName="DejaVu Sans" hTextAlign="Right"/>
                	<style name="Summe" style="Basis" fontName="DejaVu Sans" bold="true">
                		<box topPadding="3" leftPadding="3" bottomPadding="2" rightPadding="3">
                			<topPen lineWidth="1.0" lineColor="#000000"/>
                		</box>
                	</style>
                	<style name="SummeRechts" style="Summe" fontName="DejaVu Sans" hTextAlign="Right"/>
                	<style name="Leer" style="Basis" fontName="DejaVu Sans" italic="true" forecolor="#555555">
                		<box topPadding="2" leftPadding="3" bottomPadding="2"/>
                	</style>
                	<style name="Fuss" style="Basis" fontName="DejaVu Sans" fontSize="8.0" forecolor="#555555"/>
                	<parameter name="TITEL" class="java.lang.String"/>
                	<parameter name="UNTERTITEL" class="java.lang.String"/>
                	<parameter name="TRAEGER_NAME" class="java.lang.String"/>
                	<parameter name="EMPFAENGER" class="java.lang.String"/>
                	<parameter name="ERSTELLT_AM" class="java.time.LocalDate">
                		<defaultValueExpression><![CDATA[java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))]]></defaultValueExpression>
                	</parameter>
                """.formatted(schrift));
        for (int i = 1; i <= l.spalten(); i++) {
            x.append("\t<parameter name=\"" + P_SPALTE + i + "\" class=\"java.lang.String\"/>\n");
        }
        x.append("\t<field name=\"abschnitt\" class=\"java.lang.String\"/>\n");
        x.append("\t<field name=\"art\" class=\"java.lang.String\"/>\n");
        x.append("\t<field name=\"text\" class=\"java.lang.String\"/>\n");
        for (int i = 1; i <= l.spalten(); i++) {
            x.append("\t<field name=\"c" + i + "\" class=\"java.lang.String\"/>\n");
        }
        // the column headers: group header of the table section, reprinted on every page
        x.append("""
                	<group name="Abschnitt" minHeightToStartNewPage="60" reprintHeaderOnEachPage="true">
                		<expression><![CDATA[$F{abschnitt}]]></expression>
                		<groupHeader>
                			<band height="18">
                				<printWhenExpression><![CDATA["TABELLE".equals($F{abschnitt})]]></printWhenExpression>
                """);
        for (int i = 0; i < l.spalten(); i++) {
            zelle(x, l, i, 18, l.rechts()[i] ? "KopfRechts" : "Kopf", "$P{" + P_SPALTE + (i + 1) + "}");
        }
        x.append(String.format("""
                			</band>
                		</groupHeader>
                		<groupFooter>
                			<band height="8"/>
                		</groupFooter>
                	</group>
                	<title height="104">
                		<element kind="textField" x="0" y="0" width="%1$d" height="14" textAdjust="StretchHeight" removeLineWhenBlank="true" blankWhenNull="true" style="Traeger">
                			<expression><![CDATA[$P{TRAEGER_NAME}]]></expression>
                		</element>
                		<element kind="line" positionType="Float" x="0" y="18" width="%1$d" height="1" forecolor="#4D4D4D"/>
                		<element kind="textField" positionType="Float" x="0" y="30" width="300" height="14" textAdjust="StretchHeight" removeLineWhenBlank="true" blankWhenNull="true" style="Empfaenger">
                			<printWhenExpression><![CDATA[$P{EMPFAENGER} != null]]></printWhenExpression>
                			<expression><![CDATA[$P{EMPFAENGER}]]></expression>
                		</element>
                		<element kind="textField" positionType="Float" x="0" y="56" width="%1$d" height="24" textAdjust="StretchHeight" blankWhenNull="true" style="Titel">
                			<expression><![CDATA[$P{TITEL}]]></expression>
                		</element>
                		<element kind="textField" positionType="Float" x="0" y="82" width="%1$d" height="16" textAdjust="StretchHeight" removeLineWhenBlank="true" blankWhenNull="true" style="Untertitel">
                			<printWhenExpression><![CDATA[$P{UNTERTITEL} != null]]></printWhenExpression>
                			<expression><![CDATA[$P{UNTERTITEL}]]></expression>
                		</element>
                	</title>
                	<pageHeader height="22">
                		<printWhenExpression><![CDATA[$V{PAGE_NUMBER} > 1]]></printWhenExpression>
                		<element kind="textField" x="0" y="0" width="%1$d" height="14" textAdjust="ScaleFont" style="Fuss">
                			<expression><![CDATA[$P{TITEL} + ($P{UNTERTITEL} == null ? "" : " – " + $P{UNTERTITEL})]]></expression>
                		</element>
                		<element kind="line" x="0" y="16" width="%1$d" height="1" forecolor="#BFBFBF"/>
                	</pageHeader>
                	<detail>
                		<band height="16">
                			<printWhenExpression><![CDATA["TEXT".equals($F{art})]]></printWhenExpression>
                			<element kind="textField" x="0" y="0" width="%1$d" height="16" textAdjust="StretchHeight" blankWhenNull="true" style="Text">
                				<expression><![CDATA[$F{text}]]></expression>
                			</element>
                		</band>
                		<band height="16">
                			<printWhenExpression><![CDATA["LEER".equals($F{art})]]></printWhenExpression>
                			<element kind="textField" x="0" y="0" width="%1$d" height="16" blankWhenNull="true" style="Leer">
                				<expression><![CDATA[$F{text}]]></expression>
                			</element>
                		</band>
                		<band height="15">
                			<printWhenExpression><![CDATA["ZEILE".equals($F{art})]]></printWhenExpression>
                """, cw));
        for (int i = 0; i < l.spalten(); i++) {
            zelle(x, l, i, 15, l.rechts()[i] ? "ZelleRechts" : "Zelle", "$F{c" + (i + 1) + "}");
        }
        x.append("""
                		</band>
                		<band height="17" splitType="Prevent">
                			<printWhenExpression><![CDATA["SUMME".equals($F{art})]]></printWhenExpression>
                """);
        for (int i = 0; i < l.spalten(); i++) {
            zelle(x, l, i, 17, l.rechts()[i] ? "SummeRechts" : "Summe", "$F{c" + (i + 1) + "}");
        }
        x.append(String.format("""
                		</band>
                	</detail>
                	<pageFooter height="24">
                		<element kind="line" x="0" y="4" width="%1$d" height="1" forecolor="#BFBFBF"/>
                		<element kind="textField" x="0" y="8" width="%2$d" height="14" style="Fuss">
                			<expression><![CDATA["Erstellt am " + $P{ERSTELLT_AM}.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy", $P{REPORT_LOCALE}))]]></expression>
                		</element>
                		<element kind="textField" x="%2$d" y="8" width="%3$d" height="14" evaluationTime="Master" hTextAlign="Right" style="Fuss">
                			<expression><![CDATA["Seite " + $V{MASTER_CURRENT_PAGE} + " von " + $V{MASTER_TOTAL_PAGES}]]></expression>
                		</element>
                	</pageFooter>
                </jasperReport>
                """, cw, cw / 2, cw - cw / 2));
        return x.toString();
    }

    private static void zelle(StringBuilder x, Layout l, int i, int hoehe, String style, String expression) {
        x.append("\t\t\t\t<element kind=\"textField\" stretchType=\"ContainerHeight\" x=\"").append(l.x()[i])
                .append("\" y=\"0\" width=\"").append(l.breite()[i]).append("\" height=\"").append(hoehe)
                .append("\" textAdjust=\"StretchHeight\" blankWhenNull=\"true\" style=\"").append(style)
                .append("\">\n\t\t\t\t\t<expression><![CDATA[").append(expression)
                .append("]]></expression>\n\t\t\t\t</element>\n");
    }
}
