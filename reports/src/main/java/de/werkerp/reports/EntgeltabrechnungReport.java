package de.werkerp.reports;

import static de.werkerp.reports.Formate.dezimal;
import static de.werkerp.reports.Formate.euro;
import static de.werkerp.reports.Formate.euroCent;
import static de.werkerp.reports.Formate.hatText;
import static de.werkerp.reports.Formate.monat;
import static de.werkerp.reports.Formate.prozent;
import static de.werkerp.reports.Formate.stunden;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * "Entgeltabrechnung März 2025": the monthly payslip of a person in the Arbeitsbereich of a Werkstatt für
 * behinderte Menschen, and the same month in Leichter Sprache ("Ihr Geld für März 2025").
 *
 * <p>Templates: {@code /de/werkerp/reports/EntgeltabrechnungReport.jrxml} and
 * {@code EntgeltabrechnungLeichteSpracheReport.jrxml}. As in {@link WerkstattvertragReport} all wording and
 * formatting (German amounts "1.234,56 €", dates dd.MM.yyyy, "März 2025") is done here; the rows of one data
 * source are only laid out by the templates: one group per section ({@code abschnitt}, heading and column headers
 * in the group header, repeated on every page) and one detail band per row kind ({@code art}).
 *
 * <p>Both methods use the shared {@link ReportRenderer#getDefault()}: the templates are compiled once per
 * application; a payslip then takes about 8 ms of CPU (PDF export ~70 %, fill ~25 %; no styled markup, whose XML
 * parsing and AWT measuring cost a fifth of it); all payslips of a run are rendered in parallel
 * (EntgeltdokumentService.alleLohnzettel). {@code LohnzettelLast} in the tests is a harness for profiling them.
 */
public final class EntgeltabrechnungReport {

    public static final String TEMPLATE = "EntgeltabrechnungReport";
    public static final String TEMPLATE_LEICHTE_SPRACHE = "EntgeltabrechnungLeichteSpracheReport";

    /** The only {@link Data#status()} that counts as released; every other status prints a draft marker. */
    public static final String STATUS_FREIGEGEBEN = "FREIGEGEBEN";

    /** Printed visibly (title, page footer) when the payslip is not released. */
    static final String ENTWURF = "Entwurf – noch nicht freigegeben";

    /** Values of {@link Zeile#komponente()} that have their own line in the totals and in Leichter Sprache. */
    static final String GRUNDBETRAG = "Grundbetrag";
    static final String STEIGERUNGSBETRAG = "Steigerungsbetrag";
    static final String ARBEITSFOERDERUNGSGELD = "Arbeitsförderungsgeld";

    static final String LS_GRUNDBETRAG = "Das Geld bekommen alle im Arbeitsbereich.";
    static final String LS_STEIGERUNGSBETRAG = "Das Geld bekommen Sie für Ihre Arbeit.";
    static final String LS_ARBEITSFOERDERUNGSGELD = "Das Geld bezahlt der Kosten-Träger. Die Werkstatt gibt es an Sie weiter.";
    static final String LS_AUSZAHLUNG = "Das Geld kommt auf Ihr Konto.";

    static final String P_TITEL = "TITEL";
    static final String P_TRAEGER_NAME = "TRAEGER_NAME";
    static final String P_EINRICHTUNG_NAME = "EINRICHTUNG_NAME";
    static final String P_EINRICHTUNG_ANSCHRIFT = "EINRICHTUNG_ANSCHRIFT";
    static final String P_PERSON_NAME = "PERSON_NAME";
    static final String P_PERSON_ANSCHRIFT = "PERSON_ANSCHRIFT";
    static final String P_PERSONALNUMMER = "PERSONALNUMMER";
    static final String P_MONAT = "MONAT";
    static final String P_BEREICH = "BEREICH";
    static final String P_WOCHENSTUNDEN = "WOCHENSTUNDEN";
    static final String P_STATUS_TEXT = "STATUS_TEXT";
    static final String P_ENTWURF = "ENTWURF";
    static final String P_ERSTELLT_AM = "ERSTELLT_AM";

    /** Values of the {@code art} field, one detail band each in the templates. */
    static final String ART_POSITION = "POSITION";
    static final String ART_LEER = "LEER";
    static final String ART_SUMME = "SUMME";
    static final String ART_ZWISCHENSUMME = "ZWISCHENSUMME";
    static final String ART_AUSZAHLUNG = "AUSZAHLUNG";
    static final String ART_UEBERWEISUNG = "UEBERWEISUNG";
    static final String ART_TEXT = "TEXT";
    static final String ART_KORREKTUR = "KORREKTUR";
    static final String ART_KORREKTUR_SUMME = "KORREKTUR_SUMME";
    static final String ART_HINWEIS = "HINWEIS";
    /** Sozialversicherung: spalte1 = Zweig, text = the line's text (printed small below the Zweig), spalte2..5 = Wer trägt, Bemessungsgrundlage, Satz, Betrag. */
    static final String ART_SV_POSITION = "SV_POSITION";
    static final String ART_LS_TEXT = "LS_TEXT";
    static final String ART_LS_POSTEN = "LS_POSTEN";
    static final String ART_LS_AUSZAHLUNG = "LS_AUSZAHLUNG";
    static final String ART_LS_ACHTUNG = "LS_ACHTUNG";

    /** Values of the {@code abschnitt} field (the template prints column headers per section). */
    static final String ABSCHNITT_POSITIONEN = "POSITIONEN";
    static final String ABSCHNITT_SUMMEN = "SUMMEN";
    static final String ABSCHNITT_RUECKRECHNUNG = "RUECKRECHNUNG";
    static final String ABSCHNITT_HINWEISE = "HINWEISE";
    static final String ABSCHNITT_SOZIALVERSICHERUNG = "SOZIALVERSICHERUNG";
    static final String ABSCHNITT_LS = "LS";

    /**
     * Report input.
     *
     * @param traegerName           Träger of the Werkstatt
     * @param einrichtungName       the Einrichtung (Werkstatt)
     * @param einrichtungAnschrift  its address, one line
     * @param personName            the person (required)
     * @param personalnummer        the person's Personalnummer
     * @param personAnschrift       the person's address; lines separated by "\n" or ", "
     * @param monat                 the month of the payslip (required)
     * @param bereich               e.g. "Arbeitsbereich"
     * @param wochenstunden         agreed weekly hours, printed "37,5"
     * @param ibanMaskiert          the masked IBAN for "Überweisung auf IBAN …", may be null
     * @param zeilen                all lines in print order (Grundbetrag, Steigerungsbetrag, Zulagen, Abzüge, …)
     * @param grundbetrag           total of the Grundbetrag lines
     * @param steigerungsbetrag     total of the Steigerungsbetrag lines
     * @param arbeitsentgelt        Grundbetrag + Steigerungsbetrag
     * @param arbeitsfoerderungsgeld the Arbeitsförderungsgeld (§ 59 SGB IX)
     * @param sonstigeBezuege       total of the other payments (Zulagen, Einmalzahlungen)
     * @param abzuege               total of the deductions, signed as in the lines (normally negative)
     * @param auszahlung            the amount paid out
     * @param hinweise              free notes, one paragraph each
     * @param korrekturen           Rückrechnung: old/new/difference per component of corrected earlier months
     * @param status                e.g. "BERECHNET" or "FREIGEGEBEN"; anything but {@link #STATUS_FREIGEGEBEN}
     *                              prints "Entwurf – noch nicht freigegeben"
     * @param erstelltAm            date printed in the footer; {@code null} = today (Europe/Berlin)
     * @param beitraege             social-insurance detail (Kranken-, Pflege-, Rentenversicherung, …): who bears
     *                              which contribution; {@code null} = none (then no section "Sozialversicherung")
     * @param beitraegeTraeger      the total the Werkstatt (Träger) bears this month, printed exactly (rounded to
     *                              cents); {@code null} = the sum of the {@link Beitrag} lines with seite "Träger"
     * @param svTage                SV-Tage of the month (30 = whole month, § 223 Abs. 2 SGB V); {@code null} = not
     *                              shown (no contributions)
     */
    public record Data(String traegerName, String einrichtungName, String einrichtungAnschrift, String personName,
            String personalnummer, String personAnschrift, YearMonth monat, String bereich, BigDecimal wochenstunden,
            String ibanMaskiert, List<Zeile> zeilen, BigDecimal grundbetrag, BigDecimal steigerungsbetrag,
            BigDecimal arbeitsentgelt, BigDecimal arbeitsfoerderungsgeld, BigDecimal sonstigeBezuege,
            BigDecimal abzuege, BigDecimal auszahlung, List<String> hinweise, List<Korrektur> korrekturen,
            String status, LocalDate erstelltAm, List<Beitrag> beitraege, BigDecimal beitraegeTraeger,
            Integer svTage) {
        public Data {
            Objects.requireNonNull(personName, "personName");
            Objects.requireNonNull(monat, "monat");
            zeilen = zeilen == null ? List.of() : List.copyOf(zeilen);
            hinweise = hinweise == null ? List.of() : List.copyOf(hinweise);
            korrekturen = korrekturen == null ? List.of() : List.copyOf(korrekturen);
            beitraege = beitraege == null ? List.of() : List.copyOf(beitraege);
        }

        /** The payslip without SV-Tage (the parameter list before {@code svTage} was added). */
        public Data(String traegerName, String einrichtungName, String einrichtungAnschrift, String personName,
                String personalnummer, String personAnschrift, YearMonth monat, String bereich,
                BigDecimal wochenstunden, String ibanMaskiert, List<Zeile> zeilen, BigDecimal grundbetrag,
                BigDecimal steigerungsbetrag, BigDecimal arbeitsentgelt, BigDecimal arbeitsfoerderungsgeld,
                BigDecimal sonstigeBezuege, BigDecimal abzuege, BigDecimal auszahlung, List<String> hinweise,
                List<Korrektur> korrekturen, String status, LocalDate erstelltAm, List<Beitrag> beitraege,
                BigDecimal beitraegeTraeger) {
            this(traegerName, einrichtungName, einrichtungAnschrift, personName, personalnummer, personAnschrift,
                    monat, bereich, wochenstunden, ibanMaskiert, zeilen, grundbetrag, steigerungsbetrag,
                    arbeitsentgelt, arbeitsfoerderungsgeld, sonstigeBezuege, abzuege, auszahlung, hinweise,
                    korrekturen, status, erstelltAm, beitraege, beitraegeTraeger, null);
        }

        /** The payslip without social-insurance detail (the parameter list before {@code beitraege} was added). */
        public Data(String traegerName, String einrichtungName, String einrichtungAnschrift, String personName,
                String personalnummer, String personAnschrift, YearMonth monat, String bereich,
                BigDecimal wochenstunden, String ibanMaskiert, List<Zeile> zeilen, BigDecimal grundbetrag,
                BigDecimal steigerungsbetrag, BigDecimal arbeitsentgelt, BigDecimal arbeitsfoerderungsgeld,
                BigDecimal sonstigeBezuege, BigDecimal abzuege, BigDecimal auszahlung, List<String> hinweise,
                List<Korrektur> korrekturen, String status, LocalDate erstelltAm) {
            this(traegerName, einrichtungName, einrichtungAnschrift, personName, personalnummer, personAnschrift,
                    monat, bereich, wochenstunden, ibanMaskiert, zeilen, grundbetrag, steigerungsbetrag,
                    arbeitsentgelt, arbeitsfoerderungsgeld, sonstigeBezuege, abzuege, auszahlung, hinweise,
                    korrekturen, status, erstelltAm, List.of(), null, null);
        }

        /**
         * What the Werkstatt bears this month: {@link #beitraegeTraeger()} if given, else the sum of the
         * {@link Beitrag} lines with seite "Träger" (null if there are none); exact, not rounded.
         */
        public BigDecimal beitraegeTraegerOderSumme() {
            if (beitraegeTraeger != null) {
                return beitraegeTraeger;
            }
            return summeBeitraege(beitraege, Beitrag::traegt);
        }

        /** The worker's own share: sum of the lines with seite "Beschäftigte(r)" (null if there are none); exact. */
        public BigDecimal beitraegeBeschaeftigte() {
            return summeBeitraege(beitraege, Beitrag::beschaeftigteTraegt);
        }

        /** The payslip is released ({@code status} is "FREIGEGEBEN"). */
        public boolean freigegeben() {
            return status != null && STATUS_FREIGEGEBEN.equalsIgnoreCase(status.strip());
        }
    }

    /**
     * One line of the payslip.
     *
     * @param komponente  e.g. "Grundbetrag", "Steigerungsbetrag", "Arbeitsförderungsgeld", "Einmalzahlung",
     *                    "Zulage", "Abzug", "Sozialversicherung"
     * @param lohnart     the Lohnart key, may be null
     * @param bezeichnung the text of the line
     * @param basis       e.g. hours, points or a base amount, may be null
     * @param faktor      e.g. a rate or a part-time factor, may be null
     * @param betrag      the amount (deductions negative)
     */
    public record Zeile(String komponente, String lohnart, String bezeichnung, BigDecimal basis, BigDecimal faktor,
            BigDecimal betrag) {
    }

    /**
     * One line of the social-insurance detail. Amounts are positive contributions; they are exact (may have more
     * than two decimals) and printed rounded to cents (HALF_UP).
     *
     * @param zweig               "Krankenversicherung", "KV-Zusatzbeitrag", "Pflegeversicherung",
     *                            "Rentenversicherung", …
     * @param seite               who bears it: {@link #SEITE_TRAEGER} "Träger", {@link #SEITE_BESCHAEFTIGTE}
     *                            "Beschäftigte(r)", "Erstattung Bund", "Erstattung Leistungsträger"
     * @param text                what the line is, with paragraph, e.g. "Beitrag § 251 Abs. 2 SGB V"; may be null
     * @param bemessungsgrundlage the base amount, may be null
     * @param satz                the rate in percent (14.6 = 14,6 %), may be null
     * @param betrag              the contribution (exact)
     */
    public record Beitrag(String zweig, String seite, String text, BigDecimal bemessungsgrundlage, BigDecimal satz,
            BigDecimal betrag) {

        public static final String SEITE_TRAEGER = "Träger";
        public static final String SEITE_BESCHAEFTIGTE = "Beschäftigte(r)";
        public static final String SEITE_ERSTATTUNG_BUND = "Erstattung Bund";
        public static final String SEITE_ERSTATTUNG_LEISTUNGSTRAEGER = "Erstattung Leistungsträger";

        /** seite is "Träger" (case and surrounding blanks ignored). */
        boolean traegt() {
            return seite != null && SEITE_TRAEGER.equalsIgnoreCase(seite.strip());
        }

        /** seite is "Beschäftigte(r)" (also "Beschäftigte", "Beschäftigter"; case ignored). */
        boolean beschaeftigteTraegt() {
            return seite != null && seite.strip().toLowerCase(Locale.GERMAN).startsWith("beschäftigte");
        }
    }

    /** One Rückrechnung row: a component of an earlier month, old and new amount and their difference. */
    public record Korrektur(YearMonth korrigierterMonat, String bezeichnung, BigDecimal alt, BigDecimal neu,
            BigDecimal differenz) {
        /** The given difference, else {@code neu - alt} (null counts as 0). */
        BigDecimal differenzOderBerechnet() {
            if (differenz != null) {
                return differenz;
            }
            return nz(neu).subtract(nz(alt));
        }
    }

    private EntgeltabrechnungReport() {
    }

    private static BigDecimal summeBeitraege(List<Beitrag> beitraege, java.util.function.Predicate<Beitrag> filter) {
        BigDecimal s = null;
        for (Beitrag b : beitraege) {
            if (filter.test(b) && b.betrag() != null) {
                s = nz(s).add(b.betrag());
            }
        }
        return s;
    }

    /** The payslip "Entgeltabrechnung &lt;Monat Jahr&gt;" as PDF. */
    public static byte[] render(Data data) {
        return render(data, ReportRenderer.getDefault());
    }

    /** The payslip rendered by the given renderer (tests compare renderer settings). */
    static byte[] render(Data data, ReportRenderer renderer) {
        Objects.requireNonNull(data, "data");
        Map<String, Object> params = kopf(data);
        params.put(P_TITEL, "Entgeltabrechnung " + monat(data.monat()));
        return renderer.renderPdfFromMaps(TEMPLATE, params, rows(data));
    }

    /** The same month in Leichter Sprache ("Ihr Geld für &lt;Monat Jahr&gt;") as PDF, large print. */
    public static byte[] renderLeichteSprache(Data data) {
        return renderLeichteSprache(data, ReportRenderer.getDefault());
    }

    static byte[] renderLeichteSprache(Data data, ReportRenderer renderer) {
        Objects.requireNonNull(data, "data");
        Map<String, Object> params = kopf(data);
        params.put(P_TITEL, "Ihr Geld für " + monat(data.monat()));
        return renderer.renderPdfFromMaps(TEMPLATE_LEICHTE_SPRACHE, params, leichteSpracheRows(data));
    }

    private static Map<String, Object> kopf(Data d) {
        Map<String, Object> params = new HashMap<>();
        params.put(P_TRAEGER_NAME, d.traegerName());
        params.put(P_EINRICHTUNG_NAME, d.einrichtungName());
        params.put(P_EINRICHTUNG_ANSCHRIFT, d.einrichtungAnschrift());
        params.put(P_PERSON_NAME, d.personName());
        params.put(P_PERSON_ANSCHRIFT, anschrift(d.personAnschrift()));
        params.put(P_PERSONALNUMMER, d.personalnummer());
        params.put(P_MONAT, monat(d.monat()));
        params.put(P_BEREICH, d.bereich());
        params.put(P_WOCHENSTUNDEN, stunden(d.wochenstunden()));
        params.put(P_STATUS_TEXT, statusText(d));
        params.put(P_ENTWURF, !d.freigegeben());
        params.put(P_ERSTELLT_AM, d.erstelltAm() != null ? d.erstelltAm()
                : LocalDate.now(ReportRenderer.TIME_ZONE.toZoneId()));
        return params;
    }

    /** "Freigegeben" or "Entwurf – noch nicht freigegeben (Status: Berechnet)". */
    static String statusText(Data d) {
        if (d.freigegeben()) {
            return "Freigegeben";
        }
        if (!hatText(d.status())) {
            return ENTWURF;
        }
        String s = d.status().strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return ENTWURF + " (Status: " + Character.toUpperCase(s.charAt(0)) + s.substring(1) + ")";
    }

    /** The payslip as rows of the template's single data source. */
    static List<Map<String, Object>> rows(Data d) {
        Rows r = new Rows();

        r.abschnitt(ABSCHNITT_POSITIONEN, "Bezüge und Abzüge");
        if (d.zeilen().isEmpty()) {
            r.add(ART_LEER).put("text", "Keine Positionen.");
        }
        for (Zeile z : d.zeilen()) {
            Map<String, Object> row = r.add(ART_POSITION);
            row.put("spalte1", z.lohnart());
            row.put("spalte2", hatText(z.bezeichnung()) ? z.bezeichnung().strip() : z.komponente());
            row.put("spalte3", dezimal(z.basis()));
            row.put("spalte4", dezimal(z.faktor()));
            row.put("spalte5", euro(z.betrag()));
        }

        r.abschnitt(ABSCHNITT_SUMMEN, "Zusammenfassung");
        r.summe(ART_SUMME, "Grundbetrag", d.grundbetrag());
        r.summe(ART_SUMME, "Steigerungsbetrag", d.steigerungsbetrag());
        r.summe(ART_ZWISCHENSUMME, "Arbeitsentgelt", d.arbeitsentgelt());
        r.summe(ART_SUMME, "Arbeitsförderungsgeld", d.arbeitsfoerderungsgeld());
        r.summe(ART_SUMME, "Sonstige Bezüge", d.sonstigeBezuege());
        r.summe(ART_SUMME, "Abzüge", d.abzuege());
        r.summe(ART_AUSZAHLUNG, "Auszahlung", d.auszahlung());
        if (hatText(d.ibanMaskiert())) {
            r.add(ART_UEBERWEISUNG).put("text", "Überweisung auf IBAN " + d.ibanMaskiert().strip());
        }

        if (!d.beitraege().isEmpty()) {
            r.abschnitt(ABSCHNITT_SOZIALVERSICHERUNG, "Sozialversicherung");
            if (d.svTage() != null) {
                r.add(ART_TEXT).put("text", d.svTage() >= 30
                        ? "SV-Tage: 30 (voller Monat, § 223 Abs. 2 SGB V)."
                        : "SV-Tage: " + d.svTage() + " von 30 (Teilmonat): die Mindestbemessungsgrundlagen (20 % und "
                                + "80 % der Bezugsgröße) gelten anteilig für " + d.svTage() + " Tage "
                                + "(§ 223 Abs. 2 SGB V).");
            }
            for (Beitrag b : d.beitraege()) {
                Map<String, Object> row = r.add(ART_SV_POSITION);
                row.put("spalte1", hatText(b.zweig()) ? b.zweig().strip() : null);
                row.put("text", hatText(b.text()) ? b.text().strip() : null);
                row.put("spalte2", b.seite());
                row.put("spalte3", euroCent(b.bemessungsgrundlage()));
                row.put("spalte4", prozent(b.satz()));
                row.put("spalte5", euroCent(b.betrag()));
            }
            BigDecimal traeger = d.beitraegeTraegerOderSumme();
            if (traeger != null) {
                r.add(ART_TEXT).put("text", "Die Werkstatt trägt in diesem Monat Beiträge von " + euroCent(traeger)
                        + " (nicht von Ihrem Entgelt abgezogen).");
            }
            BigDecimal eigen = d.beitraegeBeschaeftigte();
            if (eigen != null && eigen.signum() != 0) {
                r.add(ART_TEXT).put("text", "Ihr eigener Anteil von " + euroCent(eigen.abs())
                        + " wird von Ihrem Entgelt abgezogen.");
            }
        }

        if (!d.korrekturen().isEmpty()) {
            r.abschnitt(ABSCHNITT_RUECKRECHNUNG, "Rückrechnung");
            BigDecimal summe = BigDecimal.ZERO;
            List<Korrektur> sortiert = new ArrayList<>(d.korrekturen());
            sortiert.sort(Comparator.comparing(Korrektur::korrigierterMonat,
                    Comparator.nullsLast(Comparator.naturalOrder())));
            for (Korrektur k : sortiert) {
                Map<String, Object> row = r.add(ART_KORREKTUR);
                row.put("spalte1", monat(k.korrigierterMonat()));
                row.put("spalte2", k.bezeichnung());
                row.put("spalte3", euro(k.alt()));
                row.put("spalte4", euro(k.neu()));
                row.put("spalte5", euro(k.differenzOderBerechnet()));
                summe = summe.add(k.differenzOderBerechnet());
            }
            Map<String, Object> row = r.add(ART_KORREKTUR_SUMME);
            row.put("spalte2", "Summe der Differenzen");
            row.put("spalte5", euro(summe));
            r.add(ART_TEXT).put("text", "Für frühere Monate wurde das Entgelt neu berechnet. Die Differenz ist in "
                    + "dieser Abrechnung berücksichtigt.");
        }

        List<String> hinweise = d.hinweise().stream().filter(Formate::hatText).map(String::strip).toList();
        if (!hinweise.isEmpty()) {
            r.abschnitt(ABSCHNITT_HINWEISE, "Hinweise");
            for (String hinweis : hinweise) {
                r.add(ART_HINWEIS).put("text", hinweis);
            }
        }
        return r.rows;
    }

    /** The Leichte-Sprache page as rows: one item per row, only the items that are there. */
    static List<Map<String, Object>> leichteSpracheRows(Data d) {
        Rows r = new Rows();
        r.abschnitt(ABSCHNITT_LS, null);
        if (!d.freigegeben()) {
            r.ls(ART_LS_ACHTUNG, "Achtung: Das ist ein Entwurf.", "Die Zahlen können sich noch ändern.");
        }
        r.ls(ART_LS_TEXT, null, "Hier steht, wie viel Geld Sie für " + monat(d.monat()) + " bekommen.");

        posten(r, GRUNDBETRAG, komponente(d, d.grundbetrag(), GRUNDBETRAG), LS_GRUNDBETRAG);
        posten(r, STEIGERUNGSBETRAG, komponente(d, d.steigerungsbetrag(), STEIGERUNGSBETRAG), LS_STEIGERUNGSBETRAG);
        posten(r, ARBEITSFOERDERUNGSGELD, komponente(d, d.arbeitsfoerderungsgeld(), ARBEITSFOERDERUNGSGELD),
                LS_ARBEITSFOERDERUNGSGELD);
        for (Zeile z : d.zeilen()) {
            if (istHauptkomponente(z.komponente())) {
                continue;
            }
            posten(r, postenName(z), z.betrag(), erklaerung(z));
        }

        if (d.auszahlung() != null) {
            r.ls(ART_LS_AUSZAHLUNG, "Sie bekommen: " + euro(d.auszahlung()) + ".", LS_AUSZAHLUNG);
        }
        leichteSpracheVersicherung(r, d);

        // one sentence pair per corrected month: "Im Januar 2025 war Ihr Geld falsch. Sie bekommen jetzt … mehr."
        TreeMap<YearMonth, BigDecimal> proMonat = new TreeMap<>();
        BigDecimal ohneMonat = null;
        for (Korrektur k : d.korrekturen()) {
            if (k.korrigierterMonat() == null) {
                ohneMonat = nz(ohneMonat).add(k.differenzOderBerechnet());
            } else {
                proMonat.merge(k.korrigierterMonat(), k.differenzOderBerechnet(), BigDecimal::add);
            }
        }
        proMonat.forEach((monat, differenz) -> korrektur(r, "Im " + monat(monat), differenz));
        if (ohneMonat != null) {
            korrektur(r, "Früher", ohneMonat);
        }
        r.ls(ART_LS_TEXT, null, "Haben Sie Fragen? Dann fragen Sie im Büro der Werkstatt.");
        return r.rows;
    }

    /**
     * "Die Werkstatt bezahlt für Sie Beiträge zur Kranken-Versicherung, Pflege-Versicherung und
     * Renten-Versicherung: 164,04 €." and, if the worker has a share, "Von Ihrem Geld werden 29,02 € für die
     * Versicherung abgezogen."
     */
    private static void leichteSpracheVersicherung(Rows r, Data d) {
        if (d.beitraege().isEmpty()) {
            return;
        }
        if (d.svTage() != null && d.svTage() < 30) {
            r.ls(ART_LS_TEXT, null, "Sie waren in diesem Monat nur " + d.svTage() + " Tage bei uns. "
                    + "Darum sind die Beiträge für die Versicherung kleiner.");
        }
        BigDecimal traeger = d.beitraegeTraegerOderSumme();
        if (traeger != null && traeger.signum() != 0) {
            r.ls(ART_LS_TEXT, null, "Die Werkstatt bezahlt für Sie Beiträge zur " + versicherungen(d.beitraege())
                    + ": " + euroCent(traeger) + ".");
        }
        BigDecimal eigen = d.beitraegeBeschaeftigte();
        if (eigen != null && eigen.signum() != 0) {
            r.ls(ART_LS_TEXT, null, "Von Ihrem Geld werden " + euroCent(eigen.abs())
                    + " für die Versicherung abgezogen.");
        }
    }

    /** "Kranken-Versicherung, Pflege-Versicherung und Renten-Versicherung" from the Zweige of the lines. */
    static String versicherungen(List<Beitrag> beitraege) {
        List<String> namen = new ArrayList<>();
        for (Beitrag b : beitraege) {
            String name = versicherung(b.zweig());
            if (name != null && !namen.contains(name)) {
                namen.add(name);
            }
        }
        List<String> reihenfolge = List.of("Kranken-Versicherung", "Pflege-Versicherung", "Renten-Versicherung",
                "Arbeitslosen-Versicherung", "Unfall-Versicherung");
        namen.sort(Comparator.comparingInt(n -> reihenfolge.contains(n) ? reihenfolge.indexOf(n)
                : reihenfolge.size()));
        if (namen.isEmpty()) {
            return "Versicherung";
        }
        if (namen.size() == 1) {
            return namen.get(0);
        }
        return String.join(", ", namen.subList(0, namen.size() - 1)) + " und " + namen.get(namen.size() - 1);
    }

    private static String versicherung(String zweig) {
        if (!hatText(zweig)) {
            return null;
        }
        String z = zweig.strip().toLowerCase(Locale.GERMAN);
        if (z.startsWith("kv") || z.contains("kranken")) {
            return "Kranken-Versicherung";
        }
        if (z.startsWith("pv") || z.contains("pflege")) {
            return "Pflege-Versicherung";
        }
        if (z.startsWith("rv") || z.contains("renten")) {
            return "Renten-Versicherung";
        }
        if (z.startsWith("av") || z.contains("arbeitslosen")) {
            return "Arbeitslosen-Versicherung";
        }
        if (z.startsWith("uv") || z.contains("unfall")) {
            return "Unfall-Versicherung";
        }
        return zweig.strip();
    }

    private static void korrektur(Rows r, String wann, BigDecimal differenz) {
        String satz;
        if (differenz.signum() > 0) {
            satz = "Sie bekommen jetzt " + euro(differenz) + " mehr.";
        } else if (differenz.signum() < 0) {
            satz = "Sie bekommen jetzt " + euro(differenz.negate()) + " weniger.";
        } else {
            satz = "Das ist jetzt richtig.";
        }
        r.ls(ART_LS_POSTEN, wann + " war Ihr Geld falsch.", satz);
    }

    private static void posten(Rows r, String name, BigDecimal betrag, String erklaerung) {
        if (betrag == null || betrag.signum() == 0) {
            return;
        }
        r.ls(ART_LS_POSTEN, name + ": " + euro(betrag) + ".", erklaerung);
    }

    /** The total given in the data, else the sum of the lines of that component (null if there are none). */
    private static BigDecimal komponente(Data d, BigDecimal summe, String komponente) {
        if (summe != null) {
            return summe;
        }
        BigDecimal s = null;
        for (Zeile z : d.zeilen()) {
            if (komponente.equalsIgnoreCase(strip(z.komponente())) && z.betrag() != null) {
                s = nz(s).add(z.betrag());
            }
        }
        return s;
    }

    private static boolean istHauptkomponente(String komponente) {
        String k = strip(komponente);
        return GRUNDBETRAG.equalsIgnoreCase(k) || STEIGERUNGSBETRAG.equalsIgnoreCase(k)
                || ARBEITSFOERDERUNGSGELD.equalsIgnoreCase(k);
    }

    /**
     * The name of an item in Leichter Sprache: the Bezeichnung; deductions get the word "Abzug" in front
     * ("Abzug Mittagessen") unless it is there already; without Bezeichnung the Komponente.
     */
    static String postenName(Zeile z) {
        String k = strip(z.komponente());
        String b = strip(z.bezeichnung());
        if (!hatText(b)) {
            return hatText(k) ? k : "Sonstiges";
        }
        if ("Abzug".equalsIgnoreCase(k) && !b.toLowerCase(Locale.GERMAN).contains("abzug")) {
            return "Abzug " + b;
        }
        return b;
    }

    /** A short explanation for the other components, or null. */
    private static String erklaerung(Zeile z) {
        String k = strip(z.komponente());
        if (k == null) {
            return null;
        }
        switch (k.toLowerCase(Locale.GERMAN)) {
            case "einmalzahlung":
                return "Das Geld bekommen Sie nur einmal.";
            case "zulage":
                return "Das Geld bekommen Sie extra.";
            case "abzug":
                return z.betrag() != null && z.betrag().signum() < 0 ? "Das Geld wird abgezogen." : null;
            case "sozialversicherung":
                return "Das Geld ist für Ihre Versicherungen.";
            default:
                return null;
        }
    }

    /** Person address on separate lines: "Lindenstraße 5, 79100 Freiburg" becomes two lines. */
    private static String anschrift(String anschrift) {
        if (!hatText(anschrift)) {
            return null;
        }
        return anschrift.strip().replaceAll("\\s*,\\s*", "\n");
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
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

        void summe(String art, String label, BigDecimal betrag) {
            if (betrag == null) {
                return;
            }
            Map<String, Object> row = add(art);
            row.put("spalte2", label);
            row.put("spalte5", euro(betrag));
        }

        /** A Leichte-Sprache item; every sentence of {@code text} goes on a line of its own. */
        void ls(String art, String kopf, String text) {
            Map<String, Object> row = add(art);
            row.put("kopf", kopf);
            row.put("text", text == null ? null : text.replace(". ", ".\n"));
        }
    }
}
