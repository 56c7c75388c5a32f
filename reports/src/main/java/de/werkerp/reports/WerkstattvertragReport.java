package de.werkerp.reports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Werkstattvertrag nach § 221 SGB IX": the printable contract between a person and the Träger of a Werkstatt,
 * followed by a one-page summary "Das Wichtigste in Leichter Sprache".
 *
 * <p>Template: {@code /de/werkerp/reports/WerkstattvertragReport.jrxml}. The contract wording (with its
 * conditional clauses: Teilzeit, Arbeitsentgelt or Eingangsverfahren/Berufsbildungsbereich, Betreuung,
 * Leistungsträger) is built here, already formatted in German (dd.MM.yyyy, "37,5", "133,00 €"), as rows of one
 * data source; the template only lays them out: one group per part ({@code teil}, the Leichte-Sprache part starts
 * on a new page), one group per section ({@code abschnitt}, heading in the group header, kept together on one
 * page), and one detail band per row kind ({@code art}).
 */
public final class WerkstattvertragReport {

    public static final String TEMPLATE = "WerkstattvertragReport";

    static final String P_PERSON_NAME = "PERSON_NAME";
    static final String P_ERSTELLT_AM = "ERSTELLT_AM";

    /** Values of the {@code teil} field. */
    static final String TEIL_VERTRAG = "VERTRAG";
    static final String TEIL_LEICHTE_SPRACHE = "LEICHTE_SPRACHE";

    /** Values of the {@code art} field, one detail band each in the template. */
    static final String ART_PARTEI = "PARTEI";
    static final String ART_TEXT = "TEXT";
    static final String ART_ABSATZ = "ABSATZ";
    static final String ART_UNTERSCHRIFTEN = "UNTERSCHRIFTEN";
    static final String ART_LS_HINWEIS = "LS_HINWEIS";
    static final String ART_LS_ZEILE = "LS_ZEILE";

    /** The sentence printed in § 3 when no Arbeitsentgelt is paid ({@code grundbetrag == null}). */
    static final String SATZ_KEIN_ENTGELT = "Im Eingangsverfahren und Berufsbildungsbereich wird kein Arbeitsentgelt "
            + "gezahlt; es gelten die Leistungen des Leistungsträgers.";

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy", ReportRenderer.LOCALE);

    /**
     * Report input.
     *
     * @param traegerName      Träger of the Werkstatt (required)
     * @param traegerAnschrift its address, one line, e.g. "Mühlenweg 3, 79098 Freiburg"
     * @param einrichtungName  the Einrichtung, e.g. "Werkstatt Am Mühlbach"
     * @param einrichtungsart  e.g. "Werkstatt für behinderte Menschen"; printed in brackets after the name
     * @param personName       the person (required)
     * @param geburtsdatum     birth date
     * @param personAnschrift  the person's address, one line
     * @param betreuung        {@code null} or "Name, Aufgabenkreis" of the gesetzliche Betreuung
     * @param beginn           start of the Werkstattverhältnis (required)
     * @param bereich          "Eingangsverfahren", "Berufsbildungsbereich" or "Arbeitsbereich"; printed as
     *                         "im &lt;bereich&gt;"
     * @param platzierung      where the person works, worded to fit "Die Beschäftigung findet … statt.", e.g.
     *                         "in einer Gruppe der Einrichtung (Montage 1)"
     * @param wochenstunden    agreed weekly hours (required), e.g. 37.5
     * @param teilzeitgrund    reason for part time; {@code null} = Vollzeit
     * @param grundbetrag      monthly Grundbetrag in euro; {@code null} when no Arbeitsentgelt is paid
     *                         (Eingangsverfahren, Berufsbildungsbereich)
     * @param entgeltordnung   short text on the principles of the Steigerungsbetrag (Entgeltordnung), may be null
     * @param leistungstraeger the Leistungsträger (Rehabilitationsträger), may be null
     * @param erstelltAm       date printed in the footer ("Erstellt am"); {@code null} = date of rendering
     */
    public record Data(String traegerName, String traegerAnschrift, String einrichtungName, String einrichtungsart,
            String personName, LocalDate geburtsdatum, String personAnschrift, String betreuung, LocalDate beginn,
            String bereich, String platzierung, BigDecimal wochenstunden, String teilzeitgrund,
            BigDecimal grundbetrag, String entgeltordnung, String leistungstraeger, LocalDate erstelltAm) {
        public Data {
            Objects.requireNonNull(traegerName, "traegerName");
            Objects.requireNonNull(personName, "personName");
            Objects.requireNonNull(beginn, "beginn");
            Objects.requireNonNull(wochenstunden, "wochenstunden");
        }

        /** Part time, i.e. a Teilzeitgrund is given. */
        public boolean teilzeit() {
            return hatText(teilzeitgrund);
        }

        /** An Arbeitsentgelt is paid (Arbeitsbereich), i.e. a Grundbetrag is given. */
        public boolean mitArbeitsentgelt() {
            return grundbetrag != null;
        }
    }

    private final ReportRenderer renderer;

    /** Uses the shared {@link ReportRenderer#getDefault()}. */
    public WerkstattvertragReport() {
        this(ReportRenderer.getDefault());
    }

    public WerkstattvertragReport(ReportRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** Renders the contract as PDF; without {@code data.erstelltAm()} the footer shows today (Europe/Berlin). */
    public byte[] render(Data data) {
        return render(data, LocalDateTime.now(ReportRenderer.TIME_ZONE.toZoneId()));
    }

    /**
     * Renders the contract as PDF with a fixed creation time: its date is printed in the page footer unless
     * {@code data.erstelltAm()} is set.
     */
    public byte[] render(Data data, LocalDateTime erstelltUm) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(erstelltUm, "erstelltUm");
        Map<String, Object> params = new HashMap<>();
        params.put(P_PERSON_NAME, data.personName());
        params.put(P_ERSTELLT_AM, data.erstelltAm() != null ? data.erstelltAm() : erstelltUm.toLocalDate());
        params.put(ReportRenderer.PDF_TITEL, "Werkstattvertrag – " + data.personName());
        return renderer.renderPdfFromMaps(TEMPLATE, params, rows(data));
    }

    /** The contract and the Leichte-Sprache summary as rows of the template's single data source. */
    static List<Map<String, Object>> rows(Data d) {
        Rows r = new Rows();

        // --- Vertrag -----------------------------------------------------------------------------------------
        r.teil(TEIL_VERTRAG);
        r.abschnitt("PARTEIEN", "Vertragsparteien");
        r.text("Zwischen");
        r.partei("Träger", zeilen(d.traegerName(), d.traegerAnschrift()));
        if (hatText(d.einrichtungName())) {
            r.partei("Einrichtung", hatText(d.einrichtungsart())
                    ? d.einrichtungName() + " (" + d.einrichtungsart() + ")" : d.einrichtungName());
        }
        r.partei(null, "– im Folgenden „Träger“ –");
        r.text("und");
        r.partei("Beschäftigte/r", zeilen(
                d.geburtsdatum() == null ? d.personName() : d.personName() + ", geboren am " + datum(d.geburtsdatum()),
                d.personAnschrift()));
        if (hatText(d.betreuung())) {
            r.partei("Gesetzliche Betreuung", d.betreuung());
        }
        r.partei(null, "– im Folgenden „Beschäftigte/r“ –");
        r.text("wird folgender Werkstattvertrag geschlossen. Er regelt das arbeitnehmerähnliche Rechtsverhältnis "
                + "in der Werkstatt nach § 221 SGB IX.");

        r.abschnitt("P1", "§ 1 Beginn und Bereich");
        r.absatz("Das Werkstattverhältnis beginnt am " + datum(d.beginn()) + ".");
        StringBuilder bereich = new StringBuilder();
        if (hatText(d.bereich())) {
            bereich.append("Die oder der Beschäftigte wird im ").append(d.bereich().strip());
            if (hatText(d.einrichtungName())) {
                bereich.append(" der Einrichtung ").append(d.einrichtungName().strip());
            }
            bereich.append(" beschäftigt.");
        }
        if (hatText(d.platzierung())) {
            bereich.append(bereich.length() > 0 ? " " : "")
                    .append("Die Beschäftigung findet ").append(d.platzierung().strip()).append(" statt.");
        }
        if (bereich.length() > 0) {
            r.absatz(bereich.toString());
        }
        if (hatText(d.leistungstraeger())) {
            r.absatz("Grundlage ist die Bewilligung der Leistungen durch den Leistungsträger: "
                    + satz(d.leistungstraeger()));
        }

        r.abschnitt("P2", "§ 2 Arbeitszeit");
        r.absatz("Die wöchentliche Arbeitszeit beträgt " + stunden(d.wochenstunden()) + " Stunden. Darin sind die "
                + "arbeitsbegleitenden Maßnahmen zur Erhaltung und Erhöhung der Leistungsfähigkeit und zur "
                + "Weiterentwicklung der Persönlichkeit enthalten.");
        r.absatz(d.teilzeit()
                ? "Die Beschäftigung erfolgt in Teilzeit aus folgendem Grund: " + satz(d.teilzeitgrund())
                : "Die Beschäftigung erfolgt in Vollzeit.");
        r.absatz("Beginn und Ende der täglichen Arbeitszeit richten sich nach den Regelungen der Einrichtung.");

        r.abschnitt("P3", "§ 3 Arbeitsentgelt");
        if (d.mitArbeitsentgelt()) {
            r.absatz("Die oder der Beschäftigte erhält ein monatliches Arbeitsentgelt nach § 221 Abs. 2 SGB IX. "
                    + "Es besteht aus einem Grundbetrag von " + euro(d.grundbetrag())
                    + " und einem leistungsangemessenen Steigerungsbetrag.");
            r.absatz("Der Steigerungsbetrag richtet sich nach der individuellen Arbeitsleistung, insbesondere nach "
                    + "Arbeitsmenge und Arbeitsgüte, und nach der Entgeltordnung der Werkstatt"
                    + (hatText(d.entgeltordnung()) ? ": " + satz(d.entgeltordnung()) : "."));
            r.absatz("Zusätzlich wird im Arbeitsbereich das Arbeitsförderungsgeld nach § 59 SGB IX in der jeweils "
                    + "gesetzlich bestimmten Höhe gezahlt.");
            r.absatz("Ändert sich der gesetzliche Grundbetrag, gilt der neue Betrag ab seinem Inkrafttreten.");
        } else {
            r.absatz(SATZ_KEIN_ENTGELT);
            r.absatz("Nach dem Wechsel in den Arbeitsbereich erhält die oder der Beschäftigte ein Arbeitsentgelt "
                    + "nach § 221 Abs. 2 SGB IX und der Entgeltordnung der Werkstatt"
                    + (hatText(d.entgeltordnung()) ? ": " + satz(d.entgeltordnung()) : "."));
        }

        r.abschnitt("P4", "§ 4 Mitwirkung");
        r.text("Die oder der Beschäftigte wirkt über den Werkstattrat und die Frauenbeauftragte nach der "
                + "Werkstätten-Mitwirkungsverordnung an den Angelegenheiten der Werkstatt mit.");

        r.abschnitt("P5", "§ 5 Beendigung");
        r.absatz("Der Vertrag endet durch Vereinbarung der Vertragsparteien oder durch Kündigung der oder des "
                + "Beschäftigten.");
        r.absatz("Der Träger kann sich von dem Vertrag nur durch eine schriftliche Lösungserklärung lösen; "
                + "sie ist zu begründen (§ 221 Abs. 7 SGB IX).");
        r.absatz("Der Vertrag endet außerdem mit Ablauf des Monats, in dem die oder der Beschäftigte die "
                + "Regelaltersgrenze erreicht.");

        r.abschnitt("UNTERSCHRIFTEN", null);
        r.add(ART_UNTERSCHRIFTEN, null, null, null);

        // --- Leichte Sprache ---------------------------------------------------------------------------------
        r.teil(TEIL_LEICHTE_SPRACHE);
        r.abschnitt("LS", "Das Wichtigste in Leichter Sprache");
        r.add(ART_LS_HINWEIS, null, null, "Hier steht das Wichtigste aus Ihrem Vertrag.\n"
                + "Es gilt der Vertrag auf den Seiten davor.");
        r.ls("Sie arbeiten ab dem " + datum(d.beginn()) + " bei uns.");
        if (hatText(d.einrichtungName())) {
            r.ls("Ihre Werkstatt heißt: " + satz(d.einrichtungName()));
        }
        if (hatText(d.bereich())) {
            r.ls("Sie arbeiten im " + d.bereich().strip() + ".");
        }
        r.ls("Sie arbeiten " + stunden(d.wochenstunden()) + " Stunden in der Woche.");
        if (d.teilzeit()) {
            r.ls("Das ist Teil-Zeit.");
            r.ls("Den Grund dafür finden Sie im Vertrag.");
        }
        if (d.mitArbeitsentgelt()) {
            r.ls("Sie bekommen jeden Monat Geld für Ihre Arbeit.");
            r.ls("Sie bekommen mindestens " + euro(d.grundbetrag()) + " im Monat.");
            r.ls("Wenn Sie mehr oder besser arbeiten, bekommen Sie mehr Geld.");
            r.ls("Dazu bekommen Sie noch das Arbeits-Förderungs-Geld.");
        } else {
            r.ls("Am Anfang lernen Sie bei uns.");
            r.ls("In dieser Zeit bekommen Sie kein Geld von uns.");
            r.ls(hatText(d.leistungstraeger())
                    ? "Sie bekommen Geld von: " + satz(d.leistungstraeger())
                    : "Sie bekommen Geld von einem anderen Amt.");
        }
        r.ls("Es gibt einen Werkstatt-Rat und eine Frauen-Beauftragte.");
        r.ls("Die beiden helfen Ihnen bei Problemen in der Werkstatt.");
        r.ls("Sie können den Vertrag kündigen.");
        r.ls("Wir dürfen den Vertrag nur mit einem Brief beenden.");
        r.ls("In dem Brief muss der Grund stehen.");
        r.ls("Der Vertrag endet, wenn Sie das Renten-Alter erreichen.");
        if (hatText(d.betreuung())) {
            r.ls("Ihre Betreuerin oder Ihr Betreuer unterschreibt auch.");
        }
        r.ls("Haben Sie Fragen? Dann fragen Sie uns.");
        return r.rows;
    }

    /** Collects the rows; {@code teil} and {@code abschnitt} are carried over to every following row. */
    private static final class Rows {
        final List<Map<String, Object>> rows = new ArrayList<>();
        private String teil;
        private String abschnitt;
        private String ueberschrift;
        private int absatzNr;

        void teil(String value) {
            teil = value;
        }

        void abschnitt(String key, String heading) {
            abschnitt = key;
            ueberschrift = heading;
            absatzNr = 0;
        }

        void text(String text) {
            add(ART_TEXT, null, null, text);
        }

        void partei(String label, String text) {
            add(ART_PARTEI, label, null, text);
        }

        /** A numbered paragraph "(1)", "(2)", … within the current section. */
        void absatz(String text) {
            add(ART_ABSATZ, null, "(" + (++absatzNr) + ")", text);
        }

        void ls(String text) {
            add(ART_LS_ZEILE, null, null, text);
        }

        void add(String art, String label, String nr, String text) {
            Map<String, Object> row = new HashMap<>();
            row.put("teil", teil);
            row.put("abschnitt", abschnitt);
            row.put("ueberschrift", ueberschrift);
            row.put("art", art);
            row.put("label", label);
            row.put("nr", nr);
            row.put("text", text);
            rows.add(row);
        }
    }

    static String datum(LocalDate date) {
        return date.format(DATUM);
    }

    /** "37,5", "40", "37,75" (German decimal comma, no trailing zeros). */
    static String stunden(BigDecimal value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(ReportRenderer.LOCALE)).format(value);
    }

    /** "133,00 €", "1.234,50 €" (German format, plain space before the sign so text searches find it). */
    static String euro(BigDecimal value) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(ReportRenderer.LOCALE)).format(value)
                + " €";
    }

    private static boolean hatText(String s) {
        return s != null && !s.isBlank();
    }

    /** The text with a final full stop unless it already ends with a punctuation mark. */
    private static String satz(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /** Non-blank parts on separate lines. */
    private static String zeilen(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (hatText(part)) {
                sb.append(sb.length() > 0 ? "\n" : "").append(part.strip());
            }
        }
        return sb.toString();
    }
}
