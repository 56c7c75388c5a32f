package de.werkerp.web.result;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;
import org.primefaces.model.charts.optionconfig.legend.Legend;
import org.primefaces.model.charts.optionconfig.title.Title;

import de.werkerp.result.boundary.ArbeitsergebnisService;
import de.werkerp.result.boundary.ArbeitsergebnisService.Ansicht;
import de.werkerp.result.control.Arbeitsergebnisrechnung;
import de.werkerp.result.control.Position;
import de.werkerp.result.control.Pruefung;
import de.werkerp.result.entity.Arbeitsergebnisfassung;
import de.werkerp.result.entity.Ergebnisstatus;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Format;
import de.werkerp.web.platform.Messages;
import de.werkerp.web.platform.Jahresseite;

/**
 * Page "Arbeitsergebnis": the Arbeitsergebnisrechnung (§ 12 WVO) of an Einrichtung and business year (view
 * parameters {@code einrichtung} and {@code jahr}): status of the current version, the statement with the previous
 * year's released values, the checks, the § 58 Abs. 4 SGB IX line, the draft inputs, check, release (four eyes), new
 * version with reason, the multi-year view of the released years and the documents.
 */
@Named
@ViewScoped
public class ArbeitsergebnisPage extends Jahresseite {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ZEITPUNKT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    @EJB
    ArbeitsergebnisService service;

    private Arbeitsergebnisfassung fassung;
    /** The computed statement (a record; not serializable, recomputed by {@link #laden()}). */
    private transient Arbeitsergebnisrechnung rechnung;
    private transient Arbeitsergebnisrechnung vorjahr;
    private List<String> hinweise = List.of();
    private List<Zeile> zeilen = List.of();
    private List<Zeile> zeilenFiltered;
    private List<PruefungZeile> pruefungen = List.of();
    private List<PruefungZeile> pruefungenFiltered;
    private List<FassungZeile> fassungen = List.of();
    private List<FassungZeile> fassungenFiltered;
    private List<JahrZeile> jahre = List.of();
    private List<JahrZeile> jahreFiltered;
    private BarChartModel chart;

    /** Draft inputs. */
    private BigDecimal ruecklageAnfang;
    private BigDecimal zufuehrungRuecklage;
    private BigDecimal investitionen;
    private String begruendungQuote;
    /** Reason of a new version (dialog). */
    private String aenderungsgrund;

    @Override
    protected String seite() {
        return "/ergebnis/rechnung";
    }

    /** The latest year with data (a version or imported bookings); else the past year, prepared after its end. */
    @Override
    protected int standardJahr(Long einrichtung) {
        return (einrichtung == null ? java.util.Optional.<Integer>empty() : service.letztesJahr(einrichtung))
                .orElse(LocalDate.now().getYear() - 1);
    }

    @Override
    protected void laden() {
        fassung = null;
        rechnung = null;
        vorjahr = null;
        hinweise = List.of();
        zeilen = List.of();
        zeilenFiltered = null;
        pruefungen = List.of();
        pruefungenFiltered = null;
        fassungen = List.of();
        fassungenFiltered = null;
        jahre = List.of();
        jahreFiltered = null;
        chart = null;
        aenderungsgrund = null;
        if (einrichtung == null || geladen == null) {
            return;
        }
        int j = geladen;
        Messages.attempt("rechnungForm", () -> {
            List<Ansicht> freigegeben = service.jahre(einrichtung);
            Optional<Ansicht> aktuell = service.aktuell(einrichtung, j);
            fassungen = service.fassungen(einrichtung, j).stream().map(FassungZeile::new).toList();
            jahre = freigegeben.stream().map(a -> new JahrZeile(a.fassung(), a.rechnung())).toList();
            vorjahr = freigegeben.stream().filter(a -> a.fassung().getJahr() == j - 1).map(Ansicht::rechnung)
                    .findFirst().orElse(null);
            chart = jahre.isEmpty() ? null : diagramm(jahre);
            if (aktuell.isPresent()) {
                fassung = aktuell.get().fassung();
                rechnung = aktuell.get().rechnung();
                hinweise = aktuell.get().hinweise();
                zeilen = zeilen(rechnung, vorjahr);
                pruefungen = rechnung.pruefungen().stream().map(PruefungZeile::new).toList();
            }
        });
        if (fassung != null) {
            ruecklageAnfang = fassung.getRuecklageAnfang();
            zufuehrungRuecklage = fassung.getZufuehrungRuecklage();
            investitionen = fassung.getInvestitionen();
            begruendungQuote = fassung.getBegruendungQuote();
        } else {
            ruecklageAnfang = null;
            zufuehrungRuecklage = new BigDecimal("0.00");
            investitionen = new BigDecimal("0.00");
            begruendungQuote = null;
        }
    }

    private static List<Zeile> zeilen(Arbeitsergebnisrechnung r, Arbeitsergebnisrechnung v) {
        List<Zeile> z = new ArrayList<>();
        int n = 0;
        for (Position p : Position.von(Position.Gruppe.ERTRAG)) {
            z.add(Zeile.position(++n, p, r.betrag(p), v == null ? null : v.betrag(p)));
        }
        z.add(new Zeile(++n, "SUMME_I", "I", "Summe der Erträge", Position.Gruppe.ERTRAG.getLabel(), Zeile.SUMME,
                r.ertraege(), v == null ? null : v.ertraege()));
        for (Position p : Position.von(Position.Gruppe.KOSTEN)) {
            z.add(Zeile.position(++n, p, r.betrag(p), v == null ? null : v.betrag(p)));
        }
        z.add(new Zeile(++n, "SUMME_II", "II", "Summe der notwendigen Kosten", Position.Gruppe.KOSTEN.getLabel(),
                Zeile.SUMME, r.kosten(), v == null ? null : v.kosten()));
        z.add(new Zeile(++n, "III", "III", "Arbeitsergebnis (I − II)", "III. Arbeitsergebnis", Zeile.ERGEBNIS,
                r.arbeitsergebnis(), v == null ? null : v.arbeitsergebnis()));
        for (Position p : Position.von(Position.Gruppe.VERWENDUNG)) {
            z.add(Zeile.position(++n, p, r.betrag(p), v == null ? null : v.betrag(p)));
        }
        return z;
    }

    private static BarChartModel diagramm(List<JahrZeile> jahre) {
        ChartData data = new ChartData();
        data.setLabels(jahre.stream().map(j -> String.valueOf(j.getJahr())).toList());
        data.addChartDataSet(reihe("Erträge", "#2e7d32", jahre.stream().map(JahrZeile::getErtraege).toList()));
        data.addChartDataSet(reihe("Kosten", "#c62828", jahre.stream().map(JahrZeile::getKosten).toList()));
        data.addChartDataSet(reihe("Arbeitsergebnis", "#1565c0",
                jahre.stream().map(JahrZeile::getArbeitsergebnis).toList()));
        data.addChartDataSet(reihe("Arbeitsentgelte", "#f9a825", jahre.stream().map(JahrZeile::getEntgelte).toList()));
        data.addChartDataSet(reihe("Rücklage (Jahresende)", "#6a1b9a",
                jahre.stream().map(JahrZeile::getRuecklageEnde).toList()));
        BarChartOptions options = new BarChartOptions();
        Title title = new Title();
        title.setDisplay(true);
        title.setText("Mehrjahresvergleich der freigegebenen Rechnungen (in €)");
        options.setTitle(title);
        Legend legend = new Legend();
        legend.setDisplay(true);
        legend.setPosition("bottom");
        options.setLegend(legend);
        BarChartModel model = new BarChartModel();
        model.setData(data);
        model.setOptions(options);
        return model;
    }

    private static BarChartDataSet reihe(String label, String farbe, List<BigDecimal> werte) {
        BarChartDataSet set = new BarChartDataSet();
        set.setLabel(label);
        set.setBackgroundColor(farbe);
        set.setBorderColor(farbe);
        set.setData(new ArrayList<Object>(werte));
        return set;
    }

    // ------------------------------------------------------------------ actions

    /** "Entwurf speichern": creates the first version or changes the open one (a checked one goes back to draft). */
    public void speichern() {
        if (einrichtung == null || geladen == null) {
            Messages.error("Bitte Einrichtung und Jahr wählen.");
            return;
        }
        int j = geladen;
        Arbeitsergebnisfassung[] f = new Arbeitsergebnisfassung[1];
        if (Messages.attempt("rechnungForm", () -> f[0] = service.entwurfSpeichern(einrichtung, j, ruecklageAnfang,
                zufuehrungRuecklage, investitionen, begruendungQuote))) {
            Messages.info("Der Entwurf der Arbeitsergebnisrechnung " + j + " (Fassung " + f[0].getFassung()
                    + ") ist gespeichert.");
            laden();
        }
    }

    /** "Als geprüft markieren": the first pair of eyes. */
    public void pruefen() {
        if (fassung == null) {
            return;
        }
        Long id = fassung.getId();
        if (Messages.attempt("rechnungForm", () -> service.pruefen(id))) {
            Messages.info("Fassung " + fassung.getFassung() + " ist als geprüft markiert. Freigeben muss sie eine "
                    + "andere Person der Leitung.");
        }
        laden();
    }

    /** "Freigeben": management, not the person who checked it; the inputs are frozen. */
    public void freigeben() {
        if (fassung == null) {
            return;
        }
        Long id = fassung.getId();
        if (Messages.attempt("rechnungForm", () -> service.freigeben(id))) {
            Messages.info("Die Arbeitsergebnisrechnung " + geladen + " (Fassung " + fassung.getFassung()
                    + ") ist freigegeben.");
        }
        laden();
    }

    /** Dialog "Neue Fassung": a new version of a released year, with the reason. */
    public void neueFassungAnlegen() {
        if (einrichtung == null || geladen == null) {
            return;
        }
        int j = geladen;
        String grund = aenderungsgrund;
        Arbeitsergebnisfassung[] f = new Arbeitsergebnisfassung[1];
        if (Messages.attempt("neueFassungForm", () -> f[0] = service.neueFassung(einrichtung, j, grund))) {
            Messages.info("Fassung " + f[0].getFassung() + " der Arbeitsergebnisrechnung " + j
                    + " ist als Entwurf angelegt.");
            laden();
            PrimeFaces.current().executeScript("PF('neueFassungDialog').hide()");
            PrimeFaces.current().ajax().update("rechnungForm");
        }
    }

    // ------------------------------------------------------------------ view

    public boolean isVorhanden() {
        return fassung != null && rechnung != null;
    }

    public boolean isEntwurf() {
        return fassung != null && fassung.getStatus() == Ergebnisstatus.ENTWURF;
    }

    public boolean isGeprueft() {
        return fassung != null && fassung.getStatus() == Ergebnisstatus.GEPRUEFT;
    }

    public boolean isFreigegeben() {
        return fassung != null && fassung.getStatus() == Ergebnisstatus.FREIGEGEBEN;
    }

    /** The draft inputs can be changed: no version yet, or the newest is not released. */
    public boolean isAenderbar() {
        return einrichtung != null && geladen != null && (fassung == null || !isFreigegeben());
    }

    public String getStatusText() {
        return fassung == null ? "Noch keine Rechnung angelegt" : fassung.getStatus().getLabel();
    }

    public String getStatusKlasse() {
        return fassung == null ? "status status-neu" : "status status-" + fassung.getStatus().name().toLowerCase();
    }

    public String getFassungText() {
        return fassung == null ? "–" : "Fassung " + fassung.getFassung();
    }

    public String getFreigegebenText() {
        return freigegebenText(fassung == null ? null : fassung.getFreigegebenVon());
    }

    /** "von NAME am …" with the name the page shows (the full name, {@code #{namen.von(…)}}). */
    public String freigegebenText(String name) {
        if (fassung == null || fassung.getFreigegebenVon() == null) {
            return "";
        }
        return "von " + name
                + (fassung.getFreigegebenAm() == null ? "" : " am " + ZEITPUNKT.format(fassung.getFreigegebenAm()));
    }

    public boolean isVorjahrVorhanden() {
        return vorjahr != null;
    }

    /** The § 58 Abs. 4 SGB IX line: gain or loss through the Vergütungen of the Rehabilitationsträger. */
    public String getVerguetungsergebnisText() {
        if (rechnung == null) {
            return "";
        }
        BigDecimal e = rechnung.verguetungsergebnis();
        String art = e.signum() > 0 ? "Gewinn" : e.signum() < 0 ? "Verlust" : "ausgeglichen";
        return "Vergütungen der Rehabilitationsträger (I.3) " + euro(rechnung.verguetungen())
                + " abzüglich der durch sie zu deckenden Kosten " + euro(rechnung.verguetungsKosten())
                + (rechnung.verguetungsKostenGesondert() ? "" : " (II.1 + II.3)") + " = " + euro(e) + " (" + art + ")";
    }

    public String getAnteilEntgelteText() {
        if (rechnung == null || rechnung.anteilEntgelte() == null) {
            return "– (Arbeitsergebnis nicht positiv)";
        }
        return rechnung.anteilEntgelte().toPlainString().replace('.', ',') + " %";
    }

    private static String euro(BigDecimal b) {
        return b == null ? "" : Format.euro(b).replace('-', '−');
    }

    public Arbeitsergebnisfassung getFassung() {
        return fassung;
    }

    /** The computed statement (a record: read its accessors with parentheses). */
    public Arbeitsergebnisrechnung getRechnung() {
        return rechnung;
    }

    public List<String> getHinweise() {
        return hinweise;
    }

    public List<Zeile> getZeilen() {
        return zeilen;
    }

    public List<Zeile> getZeilenFiltered() {
        return zeilenFiltered;
    }

    public void setZeilenFiltered(List<Zeile> zeilenFiltered) {
        this.zeilenFiltered = zeilenFiltered;
    }

    public List<PruefungZeile> getPruefungen() {
        return pruefungen;
    }

    public List<PruefungZeile> getPruefungenFiltered() {
        return pruefungenFiltered;
    }

    public void setPruefungenFiltered(List<PruefungZeile> pruefungenFiltered) {
        this.pruefungenFiltered = pruefungenFiltered;
    }

    public List<FassungZeile> getFassungen() {
        return fassungen;
    }

    public List<FassungZeile> getFassungenFiltered() {
        return fassungenFiltered;
    }

    public void setFassungenFiltered(List<FassungZeile> fassungenFiltered) {
        this.fassungenFiltered = fassungenFiltered;
    }

    public List<JahrZeile> getJahre() {
        return jahre;
    }

    public List<JahrZeile> getJahreFiltered() {
        return jahreFiltered;
    }

    public void setJahreFiltered(List<JahrZeile> jahreFiltered) {
        this.jahreFiltered = jahreFiltered;
    }

    public BarChartModel getChart() {
        return chart;
    }

    public BigDecimal getRuecklageAnfang() {
        return ruecklageAnfang;
    }

    public void setRuecklageAnfang(BigDecimal ruecklageAnfang) {
        this.ruecklageAnfang = ruecklageAnfang;
    }

    public BigDecimal getZufuehrungRuecklage() {
        return zufuehrungRuecklage;
    }

    public void setZufuehrungRuecklage(BigDecimal zufuehrungRuecklage) {
        this.zufuehrungRuecklage = zufuehrungRuecklage;
    }

    public BigDecimal getInvestitionen() {
        return investitionen;
    }

    public void setInvestitionen(BigDecimal investitionen) {
        this.investitionen = investitionen;
    }

    public String getBegruendungQuote() {
        return begruendungQuote;
    }

    public void setBegruendungQuote(String begruendungQuote) {
        this.begruendungQuote = begruendungQuote;
    }

    public String getAenderungsgrund() {
        return aenderungsgrund;
    }

    public void setAenderungsgrund(String aenderungsgrund) {
        this.aenderungsgrund = aenderungsgrund;
    }

    // ------------------------------------------------------------------ rows

    /** A row of the statement with the previous year's released value, with getters for sorting and filtering. */
    public static class Zeile implements Serializable {

        private static final long serialVersionUID = 1L;
        static final String POSITION = "position";
        static final String SUMME = "summe";
        static final String ERGEBNIS = "ergebnis";

        private final int nr;
        private final String schluessel;
        private final String code;
        private final String bezeichnung;
        private final String abschnitt;
        private final String art;
        private final BigDecimal betrag;
        private final BigDecimal vorjahr;

        Zeile(int nr, String schluessel, String code, String bezeichnung, String abschnitt, String art,
                BigDecimal betrag, BigDecimal vorjahr) {
            this.nr = nr;
            this.schluessel = schluessel;
            this.code = code;
            this.bezeichnung = bezeichnung;
            this.abschnitt = abschnitt;
            this.art = art;
            this.betrag = betrag;
            this.vorjahr = vorjahr;
        }

        static Zeile position(int nr, Position p, BigDecimal betrag, BigDecimal vorjahr) {
            return new Zeile(nr, p.name(), p.getCode(), p.getLabel(), p.getGruppe().getLabel(), POSITION, betrag,
                    vorjahr);
        }

        public int getNr() {
            return nr;
        }

        /** I_1 … IV_3, SUMME_I, SUMME_II, III (for CSS classes and tests). */
        public String getSchluessel() {
            return schluessel;
        }

        public String getCode() {
            return code;
        }

        public String getBezeichnung() {
            return bezeichnung;
        }

        public String getAbschnitt() {
            return abschnitt;
        }

        public String getArt() {
            return art;
        }

        public boolean isSumme() {
            return !POSITION.equals(art);
        }

        public BigDecimal getBetrag() {
            return betrag;
        }

        public BigDecimal getVorjahr() {
            return vorjahr;
        }

        public BigDecimal getDifferenz() {
            return betrag == null || vorjahr == null ? null : betrag.subtract(vorjahr);
        }

        public String getZeilenKlasse() {
            return "zeile-" + schluessel + (isSumme() ? " summenzeile" : "");
        }
    }

    /** A check of the statement: ok or warning with the German message. */
    public static class PruefungZeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String bezeichnung;
        private final boolean ok;
        private final String meldung;

        PruefungZeile(Pruefung p) {
            this.code = p.code().name();
            this.bezeichnung = switch (p.code()) {
                case ENTGELTQUOTE -> "Arbeitsentgelte mindestens 70 % des Arbeitsergebnisses (§ 12 Abs. 5 Nr. 1 WVO)";
                case RUECKLAGE_HOECHSTBETRAG -> "Höchstbetrag der Ertragsschwankungsrücklage (§ 12 Abs. 5 Nr. 2 WVO)";
                case VERLUSTJAHR -> "Verlustjahr (§ 12 Abs. 4 WVO)";
                case VERWENDUNG_UEBERSTEIGT_ERGEBNIS -> "Verwendung höchstens Arbeitsergebnis plus Entnahme "
                        + "(§ 12 Abs. 5 WVO)";
                case VERGUETUNGSERGEBNIS -> "Ergebnis aus den Vergütungen (§ 58 Abs. 4 SGB IX)";
            };
            this.ok = p.ok();
            this.meldung = p.meldung();
        }

        public String getCode() {
            return code;
        }

        public String getBezeichnung() {
            return bezeichnung;
        }

        public boolean isOk() {
            return ok;
        }

        public String getStatusText() {
            return ok ? "✓ in Ordnung" : "⚠ Hinweis";
        }

        public String getMeldung() {
            return meldung;
        }
    }

    /** A version of the year. */
    public static class FassungZeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private final int fassung;
        private final String status;
        private final String erstelltVon;
        private final String geprueftVon;
        private final String freigegebenVon;
        private final Instant freigegebenAm;
        private final String aenderungsgrund;

        FassungZeile(Arbeitsergebnisfassung f) {
            this.id = f.getId();
            this.fassung = f.getFassung();
            this.status = f.getStatus().getLabel();
            this.erstelltVon = f.getErstelltVon();
            this.geprueftVon = f.getGeprueftVon();
            this.freigegebenVon = f.getFreigegebenVon();
            this.freigegebenAm = f.getFreigegebenAm();
            this.aenderungsgrund = f.getAenderungsgrund();
        }

        public Long getId() {
            return id;
        }

        public int getFassung() {
            return fassung;
        }

        public String getStatus() {
            return status;
        }

        public String getErstelltVon() {
            return erstelltVon;
        }

        public String getGeprueftVon() {
            return geprueftVon;
        }

        public String getFreigegebenVon() {
            return freigegebenVon;
        }

        public Instant getFreigegebenAm() {
            return freigegebenAm;
        }

        public String getFreigegebenAmText() {
            return freigegebenAm == null ? "" : ZEITPUNKT.format(freigegebenAm);
        }

        public String getAenderungsgrund() {
            return aenderungsgrund;
        }
    }

    /** A released year of the multi-year view. */
    public static class JahrZeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int jahr;
        private final int fassung;
        private final BigDecimal ertraege;
        private final BigDecimal kosten;
        private final BigDecimal arbeitsergebnis;
        private final BigDecimal entgelte;
        private final BigDecimal ruecklageEnde;
        private final BigDecimal anteilEntgelte;

        JahrZeile(Arbeitsergebnisfassung f, Arbeitsergebnisrechnung r) {
            this.jahr = f.getJahr();
            this.fassung = f.getFassung();
            this.ertraege = r.ertraege();
            this.kosten = r.kosten();
            this.arbeitsergebnis = r.arbeitsergebnis();
            this.entgelte = r.entgelte();
            this.ruecklageEnde = r.ruecklageEnde();
            this.anteilEntgelte = r.anteilEntgelte();
        }

        public int getJahr() {
            return jahr;
        }

        public int getFassung() {
            return fassung;
        }

        public BigDecimal getErtraege() {
            return ertraege;
        }

        public BigDecimal getKosten() {
            return kosten;
        }

        public BigDecimal getArbeitsergebnis() {
            return arbeitsergebnis;
        }

        public BigDecimal getEntgelte() {
            return entgelte;
        }

        public BigDecimal getRuecklageEnde() {
            return ruecklageEnde;
        }

        public BigDecimal getAnteilEntgelte() {
            return anteilEntgelte;
        }
    }
}
