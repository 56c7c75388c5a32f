package de.werkerp.web.reference;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.reference.boundary.RechengroessenService;
import de.werkerp.reference.boundary.ReferenceDataService;
import de.werkerp.reference.control.RechengroessenEingabe;
import de.werkerp.reference.entity.GrundbetragWert;
import de.werkerp.reference.entity.Rechengroessen;
import de.werkerp.reference.entity.Referenzaenderung;
import de.werkerp.web.platform.Messages;

/**
 * Page "Rechengrößen": the shared reference values with their validity periods and sources, the warning of the
 * yearly change (rules.md § 3) and, for the operator, the form to enter a year's figures with their source.
 */
@Named
@ViewScoped
public class ReferenzdatenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReferenceDataService service;

    @EJB
    RechengroessenService rechengroessenService;

    private List<GrundbetragWert> grundbetraege;
    private List<Rechengroessen> rechengroessen;
    private String warnung;
    private boolean warnungGeladen;
    private final Formular formular = new Formular();

    /** The form's fields (the operator's entry). */
    public static class Formular implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate gueltigAb;
        private LocalDate gueltigBis;
        private BigDecimal bezugsgroesseWest;
        private BigDecimal bezugsgroesseOst;
        private BigDecimal kvAllgemeinerSatz;
        private BigDecimal kvZusatzbeitragDurchschnitt;
        private BigDecimal pvSatz;
        private BigDecimal pvZuschlagKinderlos;
        private BigDecimal pvAbschlagJeKind;
        private BigDecimal rvSatz;
        private String rechtsquelle;
        private String fundstelle;

        RechengroessenEingabe eingabe() {
            return new RechengroessenEingabe(gueltigAb, gueltigBis, bezugsgroesseWest, bezugsgroesseOst,
                    kvAllgemeinerSatz, kvZusatzbeitragDurchschnitt, pvSatz, pvZuschlagKinderlos, pvAbschlagJeKind,
                    rvSatz, rechtsquelle, fundstelle);
        }

        public LocalDate getGueltigAb() { return gueltigAb; }
        public void setGueltigAb(LocalDate v) { gueltigAb = v; }
        public LocalDate getGueltigBis() { return gueltigBis; }
        public void setGueltigBis(LocalDate v) { gueltigBis = v; }
        public BigDecimal getBezugsgroesseWest() { return bezugsgroesseWest; }
        public void setBezugsgroesseWest(BigDecimal v) { bezugsgroesseWest = v; }
        public BigDecimal getBezugsgroesseOst() { return bezugsgroesseOst; }
        public void setBezugsgroesseOst(BigDecimal v) { bezugsgroesseOst = v; }
        public BigDecimal getKvAllgemeinerSatz() { return kvAllgemeinerSatz; }
        public void setKvAllgemeinerSatz(BigDecimal v) { kvAllgemeinerSatz = v; }
        public BigDecimal getKvZusatzbeitragDurchschnitt() { return kvZusatzbeitragDurchschnitt; }
        public void setKvZusatzbeitragDurchschnitt(BigDecimal v) { kvZusatzbeitragDurchschnitt = v; }
        public BigDecimal getPvSatz() { return pvSatz; }
        public void setPvSatz(BigDecimal v) { pvSatz = v; }
        public BigDecimal getPvZuschlagKinderlos() { return pvZuschlagKinderlos; }
        public void setPvZuschlagKinderlos(BigDecimal v) { pvZuschlagKinderlos = v; }
        public BigDecimal getPvAbschlagJeKind() { return pvAbschlagJeKind; }
        public void setPvAbschlagJeKind(BigDecimal v) { pvAbschlagJeKind = v; }
        public BigDecimal getRvSatz() { return rvSatz; }
        public void setRvSatz(BigDecimal v) { rvSatz = v; }
        public String getRechtsquelle() { return rechtsquelle; }
        public void setRechtsquelle(String v) { rechtsquelle = v; }
        public String getFundstelle() { return fundstelle; }
        public void setFundstelle(String v) { fundstelle = v; }
    }

    public List<GrundbetragWert> getGrundbetraege() {
        if (grundbetraege == null) {
            grundbetraege = service.grundbetragListe();
        }
        return grundbetraege;
    }

    public List<Rechengroessen> getRechengroessen() {
        if (rechengroessen == null) {
            rechengroessen = service.rechengroessenListe();
        }
        return rechengroessen;
    }

    /** The warning of the yearly change (from 1 November while next year is missing), or null. */
    public String getWarnung() {
        if (!warnungGeladen) {
            warnung = rechengroessenService.jahreswechselWarnung().orElse(null);
            warnungGeladen = true;
        }
        return warnung;
    }

    public List<Referenzaenderung> getAenderungen() {
        return rechengroessenService.aenderungen();
    }

    public Formular getFormular() {
        return formular;
    }

    public void erfassen() {
        if (Messages.attempt("rechengroessenForm", () -> rechengroessenService.erfassen(formular.eingabe()))) {
            Messages.info("Rechengrößen ab " + de.werkerp.wage.control.Format.datum(formular.gueltigAb)
                    + " gespeichert.");
            rechengroessen = null;
            warnungGeladen = false;
        }
    }
}
