package de.werkerp.web.billing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;
import org.primefaces.model.charts.optionconfig.legend.Legend;
import org.primefaces.model.charts.optionconfig.title.Title;
import org.primefaces.model.file.UploadedFile;

import de.werkerp.billing.boundary.AbrechnungService;
import de.werkerp.billing.entity.Rechnung;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Format;
import de.werkerp.web.platform.Messages;
import de.werkerp.web.platform.Uploads;

/**
 * Page "Offene Posten und Umsatz": open items per Leistungsträger, the released invoices with payment entry, the CSV
 * import of payments, and billed vs. paid per month and Leistungsträger (table and chart), with the year's billed
 * fees of the Arbeitsbereich as the figure for the Arbeitsergebnis line "Kostensätze".
 */
@Named
@ViewScoped
public class ZahlungenPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 2_000_000;

    @EJB
    AbrechnungService service;

    @EJB
    OrganisationService organisation;

    private List<AbrechnungService.OffenerPosten> offenePosten;
    private List<Rechnung> rechnungen;
    private List<Rechnung> rechnungenFiltered;
    private List<AbrechnungService.Umsatz> umsatz;
    private List<AbrechnungService.Umsatz> umsatzFiltered;
    private List<Kostensatz> kostensaetze;
    private BarChartModel chart;
    private int jahr = YearMonth.now().getYear();
    private Long zahlungRechnung;
    private LocalDate zahlungDatum;
    private BigDecimal zahlungBetrag;
    private String zahlungZweck;
    private transient UploadedFile datei;

    /** The billed fees of the Arbeitsbereich of an Einrichtung in the year. */
    public record Kostensatz(String einrichtung, BigDecimal betrag) implements java.io.Serializable {
        public String getEinrichtung() {
            return einrichtung;
        }

        public BigDecimal getBetrag() {
            return betrag;
        }
    }

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            laden();
        }
    }

    private void laden() {
        offenePosten = service.offenePosten();
        rechnungen = service.freigegebeneRechnungen();
        rechnungenFiltered = null;
        umsatz = service.umsatz(jahr);
        umsatzFiltered = null;
        kostensaetze = new ArrayList<>();
        for (Einrichtung e : organisation.einrichtungen()) {
            kostensaetze.add(new Kostensatz(e.getName(), service.kostensaetzeArbeitsbereich(e.getId(), jahr)));
        }
        chart = diagramm(umsatz);
    }

    public void jahrAnzeigen() {
        laden();
    }

    public void zahlungBuchen() {
        if (Messages.attempt("zahlungForm", () -> service.zahlungBuchen(zahlungRechnung, zahlungDatum, zahlungBetrag,
                zahlungZweck))) {
            Messages.info("Die Zahlung über " + Format.euro(zahlungBetrag) + " wurde gebucht.");
            zahlungBetrag = null;
            zahlungZweck = null;
            laden();
        }
    }

    public void importieren() {
        Uploads.lesen(datei, MAX_BYTES).ifPresent(d -> {
            AbrechnungService.Zahlungsimport[] ergebnis = new AbrechnungService.Zahlungsimport[1];
            if (Messages.attempt("importForm", () -> ergebnis[0] = service.zahlungenImportieren(d.text()))) {
                Messages.info(ergebnis[0].gebucht() + " Zahlung(en) über zusammen " + Format.euro(ergebnis[0].summe())
                        + " gebucht.");
                laden();
            }
        });
    }

    private static BarChartModel diagramm(List<AbrechnungService.Umsatz> umsatz) {
        if (umsatz.isEmpty()) {
            return null;
        }
        Set<YearMonth> monate = new LinkedHashSet<>();
        umsatz.forEach(u -> monate.add(u.monat()));
        List<Object> abgerechnet = new ArrayList<>();
        List<Object> bezahlt = new ArrayList<>();
        for (YearMonth m : monate) {
            abgerechnet.add(umsatz.stream().filter(u -> u.monat().equals(m)).map(AbrechnungService.Umsatz::abgerechnet)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            bezahlt.add(umsatz.stream().filter(u -> u.monat().equals(m)).map(AbrechnungService.Umsatz::bezahlt)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        ChartData data = new ChartData();
        data.setLabels(monate.stream().map(Format::monat).toList());
        data.addChartDataSet(reihe("Abgerechnet", "#1565c0", abgerechnet));
        data.addChartDataSet(reihe("Bezahlt", "#2e7d32", bezahlt));
        BarChartOptions options = new BarChartOptions();
        Title title = new Title();
        title.setDisplay(true);
        title.setText("Abgerechnet und bezahlt je Monat (in €, alle Leistungsträger)");
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

    private static BarChartDataSet reihe(String label, String farbe, List<Object> werte) {
        BarChartDataSet set = new BarChartDataSet();
        set.setLabel(label);
        set.setBackgroundColor(farbe);
        set.setBorderColor(farbe);
        set.setData(werte);
        return set;
    }

    public String monatText(YearMonth m) {
        return Format.monat(m);
    }

    public List<AbrechnungService.OffenerPosten> getOffenePosten() {
        return offenePosten;
    }

    public List<Rechnung> getRechnungen() {
        return rechnungen;
    }

    public List<Rechnung> getRechnungenFiltered() {
        return rechnungenFiltered;
    }

    public void setRechnungenFiltered(List<Rechnung> rechnungenFiltered) {
        this.rechnungenFiltered = rechnungenFiltered;
    }

    public List<AbrechnungService.Umsatz> getUmsatz() {
        return umsatz;
    }

    public List<AbrechnungService.Umsatz> getUmsatzFiltered() {
        return umsatzFiltered;
    }

    public void setUmsatzFiltered(List<AbrechnungService.Umsatz> umsatzFiltered) {
        this.umsatzFiltered = umsatzFiltered;
    }

    public List<Kostensatz> getKostensaetze() {
        return kostensaetze;
    }

    public BarChartModel getChart() {
        return chart;
    }

    public int getJahr() {
        return jahr;
    }

    public void setJahr(int jahr) {
        this.jahr = jahr;
    }

    public Long getZahlungRechnung() {
        return zahlungRechnung;
    }

    public void setZahlungRechnung(Long zahlungRechnung) {
        this.zahlungRechnung = zahlungRechnung;
    }

    public LocalDate getZahlungDatum() {
        return zahlungDatum;
    }

    public void setZahlungDatum(LocalDate zahlungDatum) {
        this.zahlungDatum = zahlungDatum;
    }

    public BigDecimal getZahlungBetrag() {
        return zahlungBetrag;
    }

    public void setZahlungBetrag(BigDecimal zahlungBetrag) {
        this.zahlungBetrag = zahlungBetrag;
    }

    public String getZahlungZweck() {
        return zahlungZweck;
    }

    public void setZahlungZweck(String zahlungZweck) {
        this.zahlungZweck = zahlungZweck;
    }

    public UploadedFile getDatei() {
        return datei;
    }

    public void setDatei(UploadedFile datei) {
        this.datei = datei;
    }
}
