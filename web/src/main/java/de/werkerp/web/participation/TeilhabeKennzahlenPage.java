package de.werkerp.web.participation;

import de.werkerp.contract.entity.Bereich;
import de.werkerp.participation.boundary.TeilhabeKennzahlenService;
import de.werkerp.participation.boundary.TeilhabeberichtService;
import de.werkerp.participation.control.BibJahresdurchschnitt;
import de.werkerp.participation.control.Personalschluessel;
import de.werkerp.participation.entity.Teilhabevereinbarung;
import de.werkerp.participation.entity.Uebergangsart;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.web.platform.Jahresseite;
import de.werkerp.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;
import org.primefaces.model.charts.optionconfig.legend.Legend;
import org.primefaces.model.charts.optionconfig.title.Title;

/**
 * Page "Jahreskennzahlen" (view parameters {@code einrichtung}, {@code jahr}): annual average of occupied BiB places
 * with the monthly averages (chart), internships and transitions by kind (chart), headcount by area on 31 October, the
 * staffing-ratio check with the FTE entered, the Leistungsvereinbarung (places, report interval), CSV/XLSX/PDF.
 */
@Named
@ViewScoped
public class TeilhabeKennzahlenPage extends Jahresseite {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] MONATE = {"Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt",
        "Nov", "Dez"};

    @EJB
    TeilhabeKennzahlenService service;

    @EJB
    TeilhabeberichtService berichte;

    @EJB
    de.werkerp.contract.boundary.LeistungstraegerService leistungstraegerService;

    private List<Teilhabevereinbarung> vereinbarungen = List.of();
    private List<Teilhabevereinbarung> vereinbarungenFiltered;
    private List<de.werkerp.contract.entity.Leistungstraeger> leistungstraeger = List.of();
    private Long ltAuswahl;
    private Integer ltIntervall;

    private String jahresdurchschnitt;
    private String abgabefrist;
    private String stichtag;
    private int uebergaengeGesamt;
    private List<Zeile> zahlen = List.of();
    private List<Zeile> zahlenFiltered;
    private List<PersonalZeile> personal = List.of();
    private List<PersonalZeile> personalFiltered;
    private List<String> hinweise = List.of();
    private BarChartModel bibChart;
    private BarChartModel uebergangChart;

    private Integer plaetze;
    private Integer plaetzeSeelisch;
    private Integer intervallMonate;

    /** A figure: section, name, value. */
    public record Zeile(int nr, String abschnitt, String kennzahl, String wert) implements Serializable {
        public int getNr() {
            return nr;
        }

        public String getAbschnitt() {
            return abschnitt;
        }

        public String getKennzahl() {
            return kennzahl;
        }

        public String getWert() {
            return wert;
        }
    }

    /** One function of the staffing-ratio check; {@code eingabe} is the editable FTE. */
    public static class PersonalZeile implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String funktion;
        private final String label;
        private final BigDecimal soll;
        private BigDecimal eingabe;
        private final boolean erfuellt;
        private final String bewertung;

        PersonalZeile(Personalschluessel.Zeile z) {
            funktion = z.funktion().name();
            label = z.funktion().label();
            soll = z.soll();
            eingabe = z.ist();
            erfuellt = z.erfuellt();
            bewertung = z.bewertung();
        }

        public String getFunktion() {
            return funktion;
        }

        public String getLabel() {
            return label;
        }

        public BigDecimal getSoll() {
            return soll;
        }

        public BigDecimal getEingabe() {
            return eingabe;
        }

        public void setEingabe(BigDecimal eingabe) {
            this.eingabe = eingabe;
        }

        public boolean isErfuellt() {
            return erfuellt;
        }

        public String getBewertung() {
            return bewertung;
        }
    }

    @Override
    protected String seite() {
        return "/teilhabe/kennzahlen";
    }

    /** The first Einrichtung with an agreement (places, interval), else the first one. */
    @Override
    protected Long standardEinrichtung(List<Einrichtung> aktive) {
        if (aktive.isEmpty()) {
            return null;
        }
        Long[] gewaehlt = {aktive.get(0).getId()};
        Messages.attempt("auswahlForm", () -> gewaehlt[0] = berichte.vereinbarungen().stream()
                .map(v -> v.getEinrichtung().getId()).filter(id -> aktive.stream().anyMatch(e -> e.getId().equals(id)))
                .findFirst().orElse(gewaehlt[0]));
        return gewaehlt[0];
    }

    /** The figures of the running year. */
    @Override
    protected int standardJahr(Long einrichtung) {
        return LocalDate.now().getYear();
    }

    @Override
    protected void laden() {
        zahlen = List.of();
        personal = List.of();
        zahlenFiltered = null;
        personalFiltered = null;
        bibChart = null;
        uebergangChart = null;
        if (einrichtung == null || geladen == null) {
            return;
        }
        Messages.attempt("kennzahlenForm", () -> {
            TeilhabeKennzahlenService.Kennzahlen k = service.kennzahlen(einrichtung, geladen);
            jahresdurchschnitt = k.bib().jahresdurchschnitt().toPlainString().replace('.', ',');
            abgabefrist = BibJahresdurchschnitt.abgabefrist(Year.of(geladen)).format(DATUM);
            stichtag = k.stichtag().format(DATUM);
            uebergaengeGesamt = k.uebergaengeGesamt();
            List<Zeile> z = new ArrayList<>();
            int n = 0;
            for (List<String> r : TeilhabeKennzahlenService.zeilen(k)) {
                z.add(new Zeile(++n, r.get(0), r.get(1), r.get(2)));
            }
            zahlen = z;
            personal = k.personal().stream().map(PersonalZeile::new).toList();
            hinweise = k.hinweise();
            bibChart = bibDiagramm(k);
            uebergangChart = uebergangDiagramm(k.ereignisse(), k.kopfzahlen());
            plaetze = k.plaetze();
            plaetzeSeelisch = k.plaetzeSeelisch();
            vereinbarungen = berichte.vereinbarungen().stream().filter(v -> v.getEinrichtung().getId()
                    .equals(einrichtung)).toList();
            vereinbarungenFiltered = null;
            intervallMonate = vereinbarungen.stream().filter(v -> v.getLeistungstraeger() == null)
                    .map(Teilhabevereinbarung::getBerichtsintervallMonate).findFirst().orElse(24);
            leistungstraeger = leistungstraegerService.leistungstraeger();
        });
    }

    private static BarChartModel bibDiagramm(TeilhabeKennzahlenService.Kennzahlen k) {
        ChartData data = new ChartData();
        data.setLabels(List.of(MONATE));
        BarChartDataSet set = new BarChartDataSet();
        set.setLabel("Belegte BiB-Plätze (Monatsdurchschnitt)");
        set.setBackgroundColor("#1565c0");
        set.setData(new ArrayList<Object>(k.bib().monatsdurchschnitte()));
        data.addChartDataSet(set);
        return modell(data, "Betriebsintegrierte Beschäftigungsplätze " + k.jahr() + " – Jahresdurchschnitt "
                + k.bib().jahresdurchschnitt().toPlainString().replace('.', ','));
    }

    private static BarChartModel uebergangDiagramm(Map<Uebergangsart, Integer> ereignisse,
            Map<Bereich, Integer> kopfzahlen) {
        ChartData data = new ChartData();
        List<String> labels = new ArrayList<>();
        List<Object> werte = new ArrayList<>();
        for (Uebergangsart a : Uebergangsart.values()) {
            labels.add(a.getLabel());
            werte.add(ereignisse.get(a));
        }
        data.setLabels(labels);
        BarChartDataSet set = new BarChartDataSet();
        set.setLabel("Anzahl im Jahr");
        set.setBackgroundColor("#2e7d32");
        set.setData(werte);
        data.addChartDataSet(set);
        return modell(data, "Praktika, Übergänge und Rückkehr");
    }

    private static BarChartModel modell(ChartData data, String titel) {
        BarChartOptions options = new BarChartOptions();
        Title title = new Title();
        title.setDisplay(true);
        title.setText(titel);
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

    public void personalSpeichern() {
        Map<Personalschluessel.Funktion, BigDecimal> vk = new EnumMap<>(Personalschluessel.Funktion.class);
        personal.forEach(p -> vk.put(Personalschluessel.Funktion.valueOf(p.getFunktion()), p.getEingabe()));
        if (Messages.attempt("personalForm", () -> service.personalSpeichern(einrichtung, geladen, vk))) {
            Messages.info("Die Vollzeitkräfte wurden gespeichert.");
            laden();
        }
    }

    public void vereinbarungSpeichern() {
        if (Messages.attempt("vereinbarungForm", () -> berichte.vereinbarungSpeichern(einrichtung, null,
                intervallMonate == null ? 24 : intervallMonate, plaetze, plaetzeSeelisch))) {
            Messages.info("Die Angaben der Leistungsvereinbarung wurden gespeichert.");
            laden();
        }
    }

    /** Interval of the Teilhabeberichte agreed with one Leistungsträger for this Einrichtung. */
    public void ltIntervallSpeichern() {
        if (ltAuswahl == null || ltIntervall == null) {
            Messages.error("Bitte Leistungsträger und Abstand der Berichte angeben.");
            return;
        }
        if (Messages.attempt("ltForm", () -> berichte.vereinbarungSpeichern(einrichtung, ltAuswahl, ltIntervall,
                null, null))) {
            Messages.info("Der Abstand der Teilhabeberichte für den Leistungsträger wurde gespeichert.");
            ltAuswahl = null;
            ltIntervall = null;
            laden();
        }
    }

    public List<Teilhabevereinbarung> getVereinbarungen() {
        return vereinbarungen;
    }

    public List<Teilhabevereinbarung> getVereinbarungenFiltered() {
        return vereinbarungenFiltered;
    }

    public void setVereinbarungenFiltered(List<Teilhabevereinbarung> vereinbarungenFiltered) {
        this.vereinbarungenFiltered = vereinbarungenFiltered;
    }

    public List<de.werkerp.contract.entity.Leistungstraeger> getLeistungstraeger() {
        return leistungstraeger;
    }

    public Long getLtAuswahl() {
        return ltAuswahl;
    }

    public void setLtAuswahl(Long ltAuswahl) {
        this.ltAuswahl = ltAuswahl;
    }

    public Integer getLtIntervall() {
        return ltIntervall;
    }

    public void setLtIntervall(Integer ltIntervall) {
        this.ltIntervall = ltIntervall;
    }

    public String getJahresdurchschnitt() {
        return jahresdurchschnitt;
    }

    public String getAbgabefrist() {
        return abgabefrist;
    }

    public String getStichtag() {
        return stichtag;
    }

    public int getUebergaengeGesamt() {
        return uebergaengeGesamt;
    }

    public List<Zeile> getZahlen() {
        return zahlen;
    }

    public List<Zeile> getZahlenFiltered() {
        return zahlenFiltered;
    }

    public void setZahlenFiltered(List<Zeile> zahlenFiltered) {
        this.zahlenFiltered = zahlenFiltered;
    }

    public List<PersonalZeile> getPersonal() {
        return personal;
    }

    public List<PersonalZeile> getPersonalFiltered() {
        return personalFiltered;
    }

    public void setPersonalFiltered(List<PersonalZeile> personalFiltered) {
        this.personalFiltered = personalFiltered;
    }

    public List<String> getHinweise() {
        return hinweise;
    }

    public BarChartModel getBibChart() {
        return bibChart;
    }

    public BarChartModel getUebergangChart() {
        return uebergangChart;
    }

    public Integer getPlaetze() {
        return plaetze;
    }

    public void setPlaetze(Integer plaetze) {
        this.plaetze = plaetze;
    }

    public Integer getPlaetzeSeelisch() {
        return plaetzeSeelisch;
    }

    public void setPlaetzeSeelisch(Integer plaetzeSeelisch) {
        this.plaetzeSeelisch = plaetzeSeelisch;
    }

    public Integer getIntervallMonate() {
        return intervallMonate;
    }

    public void setIntervallMonate(Integer intervallMonate) {
        this.intervallMonate = intervallMonate;
    }
}
