package de.werkerp.web.wage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.wage.boundary.EntgeltEingabeService;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.entity.Beurteilung;
import de.werkerp.web.platform.Messages;

/** Page "Leistungsbeurteilungen": every person with the current assessment, history, new assessment. */
@Named
@ViewScoped
public class BeurteilungenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    EntgeltEingabeService service;

    @EJB
    BeschaeftigteService personen;

    private final Personen zeilen = new Personen();
    private Zeile ausgewaehlt;
    private List<Beurteilung> verlauf = List.of();
    private List<Beurteilung> verlaufFiltered;
    private Beurteilung neu;

    @PostConstruct
    void load() {
        if (ausgewaehlt != null) {
            Beschaeftigter p = personen.find(ausgewaehlt.getPersonId());
            ausgewaehlt = new Zeile(p, service.aktuelleBeurteilungen(List.of(p.getId())).get(p.getId()));
        }
    }

    public void auswaehlen(Zeile z) {
        ausgewaehlt = z;
        verlaufLaden();
    }

    private void verlaufLaden() {
        verlaufFiltered = null;
        verlauf = ausgewaehlt == null ? List.of() : service.beurteilungen(ausgewaehlt.getPersonId());
    }

    public void neu(Zeile z) {
        auswaehlen(z);
        neu = new Beurteilung();
        neu.setBeurteiltAm(LocalDate.now());
        neu.setGueltigAb(LocalDate.now().withDayOfMonth(1).plusMonths(1));
    }

    public void anlegen() {
        Long personId = ausgewaehlt.getPersonId();
        if (neu.getLohnstufe() != null && neu.getLohnstufe().isBlank()) {
            neu.setLohnstufe(null);
        }
        if (neu.getKriterienwerte() != null && neu.getKriterienwerte().isBlank()) {
            neu.setKriterienwerte(null);
        }
        if (Messages.attempt("beurteilungForm", () -> service.beurteilungAnlegen(personId, neu))) {
            Messages.info("Leistungsbeurteilung für " + ausgewaehlt.getName() + " ab " + Format.datum(neu.getGueltigAb())
                    + " gespeichert.");
            load();
            verlaufLaden();
            PrimeFaces.current().executeScript("PF('beurteilungDialog').hide()");
        }
    }

    public void loeschen(Beurteilung b) {
        if (Messages.attempt("listeForm", () -> service.beurteilungLoeschen(b.getId()))) {
            Messages.info("Leistungsbeurteilung vom " + Format.datum(b.getBeurteiltAm()) + " gelöscht.");
            load();
            verlaufLaden();
        }
    }

    /** The result of an assessment as text: points, level or criteria values. */
    public static String ergebnis(Beurteilung b) {
        if (b == null) {
            return "";
        }
        if (b.getPunkte() != null) {
            return b.getPunkte().stripTrailingZeros().toPlainString().replace('.', ',') + " Punkte";
        }
        if (b.getLohnstufe() != null && !b.getLohnstufe().isBlank()) {
            return "Lohnstufe " + b.getLohnstufe();
        }
        if (b.getKriterienwerte() != null) {
            return String.join("; ", b.getKriterienwerte().strip().split("\\s*[\\r\\n;]+\\s*"));
        }
        return "";
    }

    public String ergebnisText(Beurteilung b) {
        return ergebnis(b);
    }

    public LazyDataModel<Zeile> getZeilen() {
        return zeilen;
    }

    /**
     * The people with their current assessment, a page at a time: name and Personalnummer are filtered and sorted,
     * the page counted and read in the database ({@code BeschaeftigteService.suchen}), the assessments read for the
     * page only — the table of a Werkstatt of 15,000 people sends 25 rows.
     */
    public class Personen extends LazyDataModel<Zeile> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) personen.suchen(filter(filterBy, "name"), filter(filterBy, "personalnummer"),
                    BeschaeftigteService.Sortierung.NAME, false, 0, 0).gesamt();
        }

        @Override
        public List<Zeile> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            BeschaeftigteService.Sortierung sortierung = sort != null && "personalnummer".equals(sort.getField())
                    ? BeschaeftigteService.Sortierung.PERSONALNUMMER : BeschaeftigteService.Sortierung.NAME;
            boolean absteigend = sort != null && sort.getOrder() == SortOrder.DESCENDING;
            var seite = personen.suchen(filter(filterBy, "name"), filter(filterBy, "personalnummer"), sortierung,
                    absteigend, first, pageSize);
            setRowCount((int) seite.gesamt());
            Map<Long, Beurteilung> aktuell = service.aktuelleBeurteilungen(seite.eintraege().stream()
                    .map(Beschaeftigter::getId).toList());
            return seite.eintraege().stream().map(p -> new Zeile(p, aktuell.get(p.getId()))).toList();
        }

        @Override
        public String getRowKey(Zeile z) {
            return String.valueOf(z.getPersonId());
        }

        private static String filter(Map<String, FilterMeta> filterBy, String feld) {
            FilterMeta f = filterBy == null ? null : filterBy.get(feld);
            return f == null || f.getFilterValue() == null ? null : f.getFilterValue().toString();
        }
    }

    public Zeile getAusgewaehlt() {
        return ausgewaehlt;
    }

    public List<Beurteilung> getVerlauf() {
        return verlauf;
    }

    public List<Beurteilung> getVerlaufFiltered() {
        return verlaufFiltered;
    }

    public void setVerlaufFiltered(List<Beurteilung> verlaufFiltered) {
        this.verlaufFiltered = verlaufFiltered;
    }

    public Beurteilung getNeu() {
        return neu;
    }

    /** A person with the current assessment, with getters for sorting and filtering. */
    public static class Zeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long personId;
        private final String name;
        private final String personalnummer;
        private final Beurteilung aktuell;

        Zeile(Beschaeftigter p, Beurteilung aktuell) {
            this.personId = p.getId();
            this.name = p.getName();
            this.personalnummer = p.getPersonalnummer();
            this.aktuell = aktuell;
        }

        public Long getPersonId() {
            return personId;
        }

        public String getName() {
            return name;
        }

        public String getPersonalnummer() {
            return personalnummer;
        }

        public LocalDate getBeurteiltAm() {
            return aktuell == null ? null : aktuell.getBeurteiltAm();
        }

        public LocalDate getGueltigAb() {
            return aktuell == null ? null : aktuell.getGueltigAb();
        }

        public String getBeurteiler() {
            return aktuell == null ? null : aktuell.getBeurteiler();
        }

        public BigDecimal getPunkte() {
            return aktuell == null ? null : aktuell.getPunkte();
        }

        public String getErgebnis() {
            return aktuell == null ? "keine Beurteilung" : ergebnis(aktuell);
        }
    }
}
