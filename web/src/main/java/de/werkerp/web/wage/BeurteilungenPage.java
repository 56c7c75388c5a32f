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

    private List<Zeile> zeilen;
    private List<Zeile> filtered;
    private Zeile ausgewaehlt;
    private List<Beurteilung> verlauf = List.of();
    private List<Beurteilung> verlaufFiltered;
    private Beurteilung neu;

    @PostConstruct
    void load() {
        Map<Long, Beurteilung> aktuell = service.aktuelleBeurteilungen();
        zeilen = personen.beschaeftigte().stream().map(p -> new Zeile(p, aktuell.get(p.getId()))).toList();
        if (ausgewaehlt != null) {
            Long id = ausgewaehlt.getPersonId();
            ausgewaehlt = zeilen.stream().filter(z -> z.getPersonId().equals(id)).findFirst().orElse(null);
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

    public List<Zeile> getZeilen() {
        return zeilen;
    }

    public List<Zeile> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Zeile> filtered) {
        this.filtered = filtered;
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
