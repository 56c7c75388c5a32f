package de.werkerp.web.wage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import de.werkerp.wage.boundary.EntgeltlaufService;
import de.werkerp.wage.control.Abrechnungsauswahl;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.control.Laufmonitor;
import de.werkerp.wage.control.Rechenzeile;
import de.werkerp.wage.control.RechenzeilenJson;
import de.werkerp.wage.control.Rueckrechnung;
import de.werkerp.wage.entity.AbrechnungKorrektur;
import de.werkerp.wage.entity.Entgeltlauf;
import de.werkerp.wage.entity.Laufstatus;
import de.werkerp.web.platform.Laufseite;
import de.werkerp.web.platform.Messages;

/**
 * Page "Entgeltlauf": choose Einrichtung and month (view parameters {@code einrichtung} and {@code monat}=yyyy-MM; the
 * first open month without), compute in the background with progress, review the statements against the previous
 * month, corrections of closed months, release (four eyes), downloads. Selection and run block: {@link Laufseite}.
 */
@Named
@ViewScoped
public class EntgeltlaufPage extends Laufseite<Entgeltlauf> {

    private static final long serialVersionUID = 1L;

    @EJB
    EntgeltlaufService service;

    private boolean laeuft;
    private Laufmonitor.Fortschritt fortschritt;
    private final Abrechnungen abrechnungen = new Abrechnungen();
    private long anzahlGeaendert;
    private List<KorrekturZeile> korrekturen = List.of();
    private List<KorrekturZeile> korrekturenFiltered;
    private final Map<Long, List<Rechenzeile>> zeilenCache = new HashMap<>();

    @Override
    protected List<Entgeltlauf> laeufe(Long einrichtungId) {
        return service.laeufe(einrichtungId);
    }

    /** Without any run: the current month (the pay is computed at its end). */
    @Override
    protected YearMonth ohneLauf() {
        return YearMonth.now();
    }

    @Override
    protected String seite() {
        return "/entgelt/lauf";
    }

    @Override
    protected void laden() {
        lauf = null;
        laeuft = false;
        fortschritt = null;
        anzahlGeaendert = 0;
        korrekturen = List.of();
        korrekturenFiltered = null;
        zeilenCache.clear();
        if (getEinrichtung() == null || getYearMonth() == null) {
            return;
        }
        Optional<Entgeltlauf> gefunden = service.lauf(getEinrichtung(), getYearMonth());
        if (gefunden.isEmpty()) {
            return;
        }
        lauf = gefunden.get();
        fortschritt = lauf.getStatus() == Laufstatus.LAEUFT ? service.fortschritt(lauf.getId()).orElse(null) : null;
        laeuft = fortschritt != null;
        if (laeuft) {
            return;
        }
        // the table reads its page from the database (Abrechnungen); the view keeps no statement of the run
        anzahlGeaendert = service.anzahlVeraendert(lauf.getId());
        List<AbrechnungKorrektur> alleKorrekturen = service.korrekturen(lauf.getId());
        // the names of the corrected people from this run's statements (a run has few corrections)
        Map<Long, EntgeltlaufService.Abrechnungskopf> nachPerson = alleKorrekturen.isEmpty() ? Map.of()
                : service.abrechnungskoepfe(lauf.getId(), alleKorrekturen.stream()
                        .map(AbrechnungKorrektur::getBeschaeftigterId).distinct().toList());
        List<KorrekturZeile> k = new ArrayList<>();
        for (AbrechnungKorrektur korrektur : alleKorrekturen) {
            k.add(new KorrekturZeile(korrektur, nachPerson.get(korrektur.getBeschaeftigterId())));
        }
        korrekturen = k;
    }

    /** "Berechnen": starts the computation in the background; the poll shows the progress. */
    public void berechnen() {
        if (getEinrichtung() == null) {
            Messages.error("Bitte die Einrichtung wählen.");
            return;
        }
        YearMonth m = getYearMonth();
        Long e = getEinrichtung();
        if (Messages.attempt("laufForm", () -> service.starten(e, m))) {
            Messages.info("Die Berechnung für " + Format.monat(m) + " wurde gestartet.");
        }
        laden();
    }

    /** Poll listener: refreshes the progress; when the computation has ended, the whole page. */
    public void aktualisieren() {
        if (lauf == null) {
            laeuft = false;
            return;
        }
        Entgeltlauf aktuell = service.lauf(lauf.getId());
        fortschritt = aktuell.getStatus() == Laufstatus.LAEUFT ? service.fortschritt(aktuell.getId()).orElse(null)
                : null;
        lauf = aktuell;
        if (fortschritt == null) {
            laden();
            if (lauf != null && lauf.getStatus() == Laufstatus.BERECHNET) {
                Messages.info("Die Berechnung ist abgeschlossen: " + lauf.getAnzahl() + " Abrechnungen.");
            }
            PrimeFaces.current().ajax().update("laufForm");
        }
    }

    /** "Freigeben": releases the run (four eyes; the German refusal appears as a message). */
    public void freigeben() {
        if (lauf == null) {
            return;
        }
        Long id = lauf.getId();
        if (Messages.attempt("laufForm", () -> service.freigeben(id))) {
            Messages.info("Der Entgeltlauf " + Format.monat(lauf.getMonat()) + " ist freigegeben und abgeschlossen.");
        }
        laden();
    }

    /** The lines of a statement (for the row expansion). */
    public List<Rechenzeile> zeilen(Long abrechnungId) {
        return zeilenCache.computeIfAbsent(abrechnungId, id -> service.kernsicht(id).zeilen());
    }

    // ------------------------------------------------------------------ view

    public boolean isLaeuft() {
        return laeuft;
    }

    public int getProzent() {
        return fortschritt == null ? 0 : fortschritt.prozent();
    }

    /** "1.234 von 15.000 Personen berechnet" (updated by the poll every second). */
    public String getFortschrittText() {
        if (fortschritt == null) {
            return "";
        }
        return fortschritt.gesamt() == 0 ? "Die Berechnung wird vorbereitet …"
                : zahl(fortschritt.fertig()) + " von " + zahl(fortschritt.gesamt()) + " Personen berechnet";
    }

    /** The run is marked as running, but no computation is under way (e.g. after a restart). */
    public boolean isUnterbrochen() {
        return lauf != null && lauf.getStatus() == Laufstatus.LAEUFT && !laeuft;
    }

    public boolean isBerechenbar() {
        return !laeuft && (lauf == null || lauf.getStatus() != Laufstatus.FREIGEGEBEN);
    }

    public boolean isFehler() {
        return lauf != null && lauf.getStatus() == Laufstatus.FEHLER;
    }

    public boolean isErgebnis() {
        return lauf != null && (lauf.getStatus() == Laufstatus.BERECHNET || lauf.getStatus() == Laufstatus.FREIGEGEBEN);
    }

    public List<String> getMeldungen() {
        if (lauf == null || lauf.getMeldung() == null || lauf.getMeldung().isBlank()) {
            return List.of();
        }
        return Arrays.stream(lauf.getMeldung().split("\\r?\\n")).filter(s -> !s.isBlank()).toList();
    }

    public long getAnzahlGeaendert() {
        return anzahlGeaendert;
    }

    public LazyDataModel<AbrechnungZeile> getAbrechnungen() {
        return abrechnungen;
    }

    /**
     * The statements of the run, a page at a time: filtered by the column filters, sorted, counted and paged in the
     * database ({@link Abrechnungsauswahl}); a run of 15,000 people keeps 50 rows in the view, not 15,000.
     */
    public class Abrechnungen extends LazyDataModel<AbrechnungZeile> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            Optional<Abrechnungsauswahl> a = auswahl(filterBy, Map.of());
            return lauf == null || a.isEmpty() ? 0 : (int) service.abrechnungsseite(lauf.getId(), a.get(), 0, 0)
                    .gesamt();
        }

        @Override
        public List<AbrechnungZeile> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Optional<Abrechnungsauswahl> a = auswahl(filterBy, sortBy);
            if (lauf == null || !isErgebnis() || a.isEmpty()) {
                setRowCount(0);
                return List.of();
            }
            var seite = service.abrechnungsseite(lauf.getId(), a.get(), first, pageSize);
            setRowCount((int) seite.gesamt());
            return seite.eintraege().stream().map(z -> new AbrechnungZeile(z.kopf(), z.vormonat())).toList();
        }

        @Override
        public String getRowKey(AbrechnungZeile z) {
            return String.valueOf(z.getId());
        }

        @Override
        public AbrechnungZeile getRowData(String rowKey) {
            // the row expansion asks for the row of its key: it is on the current page
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(z -> String.valueOf(z.getId()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    /** The column filters and the sort of the table; empty if the "Auszahlung" filter is no known change. */
    static Optional<Abrechnungsauswahl> auswahl(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        Map<String, String> f = new HashMap<>();
        if (filterBy != null) {
            filterBy.forEach((key, meta) -> {
                Object wert = meta.getFilterValue();
                if (wert != null && !wert.toString().isBlank()) {
                    f.put(meta.getField() != null ? meta.getField() : key, wert.toString());
                }
            });
        }
        Abrechnungsauswahl.Veraenderung veraenderung = null;
        if (f.containsKey("veraendertText")) {
            Optional<Abrechnungsauswahl.Veraenderung> v = Abrechnungsauswahl.Veraenderung.aus(f.get("veraendertText"));
            if (v.isEmpty()) {
                return Optional.empty();
            }
            veraenderung = v.get();
        }
        Abrechnungsauswahl.Spalte spalte = Abrechnungsauswahl.Spalte.NAME;
        boolean absteigend = false;
        if (sortBy != null) {
            for (SortMeta m : sortBy.values()) {
                if (m.getOrder() == null || m.getOrder().isUnsorted()) {
                    continue;
                }
                Abrechnungsauswahl.Spalte s = SORTIERBAR.get(m.getField());
                if (s != null) {
                    spalte = s;
                    absteigend = m.getOrder() == SortOrder.DESCENDING;
                    break;
                }
            }
        }
        return Optional.of(new Abrechnungsauswahl(f.get("name"), f.get("personalnummer"), f.get("bereich"),
                f.get("gruppe"), f.get("hinweiseText"), veraenderung, spalte, absteigend));
    }

    /** The sortable fields of the table (sortBy of its columns) and their column. */
    private static final Map<String, Abrechnungsauswahl.Spalte> SORTIERBAR = Map.ofEntries(
            Map.entry("name", Abrechnungsauswahl.Spalte.NAME),
            Map.entry("personalnummer", Abrechnungsauswahl.Spalte.PERSONALNUMMER),
            Map.entry("bereich", Abrechnungsauswahl.Spalte.BEREICH),
            Map.entry("gruppe", Abrechnungsauswahl.Spalte.GRUPPE),
            Map.entry("grundbetrag", Abrechnungsauswahl.Spalte.GRUNDBETRAG),
            Map.entry("steigerungsbetrag", Abrechnungsauswahl.Spalte.STEIGERUNGSBETRAG),
            Map.entry("arbeitsentgelt", Abrechnungsauswahl.Spalte.ARBEITSENTGELT),
            Map.entry("arbeitsfoerderungsgeld", Abrechnungsauswahl.Spalte.ARBEITSFOERDERUNGSGELD),
            Map.entry("sonstigeBezuege", Abrechnungsauswahl.Spalte.SONSTIGE_BEZUEGE),
            Map.entry("abzuege", Abrechnungsauswahl.Spalte.ABZUEGE),
            Map.entry("auszahlung", Abrechnungsauswahl.Spalte.AUSZAHLUNG),
            Map.entry("hinweiseText", Abrechnungsauswahl.Spalte.HINWEISE));

    public List<KorrekturZeile> getKorrekturen() {
        return korrekturen;
    }

    public List<KorrekturZeile> getKorrekturenFiltered() {
        return korrekturenFiltered;
    }

    public void setKorrekturenFiltered(List<KorrekturZeile> korrekturenFiltered) {
        this.korrekturenFiltered = korrekturenFiltered;
    }

    // ------------------------------------------------------------------ rows

    /** A statement of the run with the previous month's payout, with getters for sorting and filtering. */
    public static class AbrechnungZeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final EntgeltlaufService.Abrechnungskopf abrechnung;
        private final BigDecimal vormonat;
        private final List<String> hinweise;

        AbrechnungZeile(EntgeltlaufService.Abrechnungskopf abrechnung, BigDecimal vormonat) {
            this.abrechnung = abrechnung;
            this.vormonat = vormonat;
            this.hinweise = RechenzeilenJson.texte(abrechnung.hinweise());
        }

        public Long getId() {
            return abrechnung.id();
        }

        public Long getBeschaeftigterId() {
            return abrechnung.beschaeftigterId();
        }

        public String getName() {
            return abrechnung.name();
        }

        public String getPersonalnummer() {
            return abrechnung.personalnummer();
        }

        public String getBereich() {
            return abrechnung.bereich();
        }

        public String getGruppe() {
            return abrechnung.gruppe();
        }

        public BigDecimal getGrundbetrag() {
            return abrechnung.grundbetrag();
        }

        public BigDecimal getSteigerungsbetrag() {
            return abrechnung.steigerungsbetrag();
        }

        public BigDecimal getArbeitsentgelt() {
            return abrechnung.arbeitsentgelt();
        }

        public BigDecimal getArbeitsfoerderungsgeld() {
            return abrechnung.arbeitsfoerderungsgeld();
        }

        public BigDecimal getSonstigeBezuege() {
            return abrechnung.sonstigeBezuege();
        }

        public BigDecimal getAbzuege() {
            return abrechnung.abzuege();
        }

        public BigDecimal getAuszahlung() {
            return abrechnung.auszahlung();
        }

        public boolean isAnwesenheitFehlt() {
            return abrechnung.anwesenheitFehlt();
        }

        public List<String> getHinweise() {
            return hinweise;
        }

        public String getHinweiseText() {
            String text = String.join(" · ", hinweise);
            return abrechnung.anwesenheitFehlt() ? ("Anwesenheit fehlt" + (text.isEmpty() ? "" : " · " + text)) : text;
        }

        public BigDecimal getVormonatAuszahlung() {
            return vormonat;
        }

        public BigDecimal getDifferenz() {
            return vormonat == null ? null : abrechnung.auszahlung().subtract(vormonat);
        }

        /** Payout differs from the previous month (or there was none). */
        public boolean isVeraendert() {
            return vormonat == null || vormonat.compareTo(abrechnung.auszahlung()) != 0;
        }

        /** "Vormonat: 123,45 € (+10,00 €)", "Vormonat: keine Abrechnung" or "Vormonat: unverändert". */
        public String getVormonatText() {
            if (vormonat == null) {
                return "Vormonat: keine Abrechnung";
            }
            BigDecimal d = getDifferenz();
            if (d.signum() == 0) {
                return "Vormonat: unverändert";
            }
            return "Vormonat: " + Format.euro(vormonat) + " (" + (d.signum() > 0 ? "+" : "") + Format.euro(d) + ")";
        }

        public String getVeraendertText() {
            return vormonat == null ? "neu" : isVeraendert() ? "geändert" : "unverändert";
        }
    }

    /** A correction (Rückrechnung) of a closed month, with the person's name from the run's statement. */
    public static class KorrekturZeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AbrechnungKorrektur korrektur;
        private final String name;
        private final String personalnummer;
        private final List<DifferenzZeile> differenzen;

        KorrekturZeile(AbrechnungKorrektur korrektur, EntgeltlaufService.Abrechnungskopf abrechnung) {
            this.korrektur = korrektur;
            this.name = abrechnung != null ? abrechnung.name() : "Person " + korrektur.getBeschaeftigterId();
            this.personalnummer = abrechnung != null ? abrechnung.personalnummer() : null;
            this.differenzen = RechenzeilenJson.differenzen(korrektur.getDifferenzen()).stream()
                    .map(DifferenzZeile::new).toList();
        }

        public Long getId() {
            return korrektur.getId();
        }

        public String getName() {
            return name;
        }

        public String getPersonalnummer() {
            return personalnummer;
        }

        public YearMonth getKorrigierterMonat() {
            return korrektur.getKorrigierterMonat();
        }

        public String getKorrigierterMonatText() {
            return Format.monat(korrektur.getKorrigierterMonat());
        }

        public BigDecimal getAuszahlungsdifferenz() {
            return korrektur.getAuszahlungsdifferenz();
        }

        public List<DifferenzZeile> getDifferenzen() {
            return differenzen;
        }
    }

    /** One row old/new/difference of a correction. */
    public static class DifferenzZeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String bezeichnung;
        private final BigDecimal alt;
        private final BigDecimal neu;
        private final BigDecimal differenz;

        DifferenzZeile(Rueckrechnung.Differenz d) {
            this.bezeichnung = d.bezeichnung() == null ? d.schluessel() : d.bezeichnung();
            this.alt = d.alt();
            this.neu = d.neu();
            this.differenz = d.differenz();
        }

        public String getBezeichnung() {
            return bezeichnung;
        }

        public BigDecimal getAlt() {
            return alt;
        }

        public BigDecimal getNeu() {
            return neu;
        }

        public BigDecimal getDifferenz() {
            return differenz;
        }
    }
}
