package de.werkerp.web.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.billing.boundary.AbrechnungService;
import de.werkerp.billing.entity.Abrechnungslauf;
import de.werkerp.billing.entity.Rechnung;
import de.werkerp.billing.entity.Rechnungsposition;
import de.werkerp.wage.control.Format;
import de.werkerp.web.platform.Laufseite;
import de.werkerp.web.platform.Messages;

/**
 * Page "Abrechnungslauf" (Leistungsabrechnung): choose Einrichtung and month (view parameters {@code einrichtung},
 * {@code monat} = yyyy-MM; the first open month without), compute, review invoices and lines (problems listed),
 * release (four eyes), download PDF and XRechnung. Selection and run block: {@link Laufseite}.
 */
@Named
@ViewScoped
public class AbrechnungPage extends Laufseite<Abrechnungslauf> {

    private static final long serialVersionUID = 1L;

    @EJB
    AbrechnungService service;

    private List<Rechnung> rechnungen = List.of();
    private List<Rechnungsposition> positionen = List.of();
    private List<Rechnungsposition> filtered;

    @Override
    protected List<Abrechnungslauf> laeufe(Long einrichtungId) {
        return service.laeufe(einrichtungId);
    }

    /** Without any run: the previous month (a month is billed after it ended). */
    @Override
    protected YearMonth ohneLauf() {
        return YearMonth.now().minusMonths(1);
    }

    @Override
    protected String seite() {
        return "/abrechnung/lauf";
    }

    @Override
    protected void laden() {
        lauf = null;
        rechnungen = List.of();
        positionen = List.of();
        filtered = null;
        if (getEinrichtung() == null || getYearMonth() == null) {
            return;
        }
        YearMonth m = getYearMonth();
        lauf = service.laeufe(getEinrichtung()).stream().filter(l -> l.getMonat().equals(m)).findFirst().orElse(null);
        if (lauf != null) {
            rechnungen = service.rechnungen(lauf.getId());
            positionen = service.positionenDesLaufs(lauf.getId());
        }
    }

    public void berechnen() {
        Long e = getEinrichtung();
        YearMonth m = getYearMonth();
        if (Messages.attempt("laufForm", () -> service.berechnen(e, m))) {
            laden();
            Messages.info("Der Monat " + getMonatText() + " wurde berechnet: " + (lauf == null ? 0 : lauf.getAnzahl())
                    + " Person(en) abgerechnet" + (getProbleme().isEmpty() ? "." : ", " + getProbleme().size()
                            + " Problem(e) – diese Personen wurden nicht abgerechnet."));
        }
    }

    public void freigeben() {
        if (lauf != null && Messages.attempt("laufForm", () -> service.freigeben(lauf.getId()))) {
            laden();
            Messages.info("Der Abrechnungslauf " + getMonatText() + " ist freigegeben und abgeschlossen.");
        }
    }

    public List<String> getProbleme() {
        return lauf == null || lauf.getProbleme() == null ? List.of() : List.of(lauf.getProbleme().split("\n"));
    }

    public List<String> getHinweise() {
        return lauf == null || lauf.getMeldung() == null ? List.of() : List.of(lauf.getMeldung().split("\n"));
    }

    public String monatText(YearMonth m) {
        return Format.monat(m);
    }

    public String datum(LocalDate d) {
        return d == null ? "" : Format.datum(d);
    }

    public List<Rechnung> getRechnungen() {
        return rechnungen;
    }

    public List<Rechnungsposition> getPositionen() {
        return positionen;
    }

    public List<Rechnungsposition> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Rechnungsposition> filtered) {
        this.filtered = filtered;
    }
}
