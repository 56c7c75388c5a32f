package de.werkerp.web.billing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.billing.boundary.AbrechnungService;
import de.werkerp.billing.entity.Abrechnungslauf;
import de.werkerp.billing.entity.Rechnung;
import de.werkerp.billing.entity.Rechnungsposition;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.entity.Laufstatus;
import de.werkerp.web.platform.Messages;

/**
 * Page "Leistungsabrechnung": choose Einrichtung and month (view parameters {@code einrichtung}, {@code monat} =
 * yyyy-MM), compute, review invoices and lines (problems listed), release (four eyes), download PDF and XRechnung.
 */
@Named
@ViewScoped
public class AbrechnungPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ZEITPUNKT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    @EJB
    AbrechnungService service;

    @EJB
    OrganisationService organisation;

    private List<Einrichtung> einrichtungen;
    private Long einrichtung;
    private String monat;
    private Long auswahlEinrichtung;
    private LocalDate auswahlMonat;
    private Abrechnungslauf lauf;
    private List<Rechnung> rechnungen = List.of();
    private List<Rechnungsposition> positionen = List.of();
    private List<Rechnungsposition> filtered;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        einrichtungen = organisation.einrichtungen().stream().filter(Einrichtung::isAktiv).toList();
        if (einrichtung == null && einrichtungen.size() == 1) {
            einrichtung = einrichtungen.get(0).getId();
        }
        YearMonth m = parse(monat);
        auswahlEinrichtung = einrichtung;
        auswahlMonat = (m == null ? YearMonth.now().minusMonths(1) : m).atDay(1);
        monat = YearMonth.from(auswahlMonat).toString();
        laden();
    }

    private void laden() {
        lauf = null;
        rechnungen = List.of();
        positionen = List.of();
        filtered = null;
        if (einrichtung == null || monat == null) {
            return;
        }
        YearMonth m = YearMonth.parse(monat);
        lauf = service.laeufe(einrichtung).stream().filter(l -> l.getMonat().equals(m)).findFirst().orElse(null);
        if (lauf != null) {
            rechnungen = service.rechnungen(lauf.getId());
            positionen = service.positionenDesLaufs(lauf.getId());
        }
    }

    public String anzeigen() {
        if (auswahlEinrichtung == null || auswahlMonat == null) {
            Messages.error("Bitte Einrichtung und Monat wählen.");
            return null;
        }
        return "/abrechnung/lauf?faces-redirect=true&einrichtung=" + auswahlEinrichtung + "&monat="
                + YearMonth.from(auswahlMonat);
    }

    public void berechnen() {
        if (Messages.attempt("laufForm", () -> service.berechnen(einrichtung, YearMonth.parse(monat)))) {
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

    private static YearMonth parse(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public boolean isFreigegeben() {
        return lauf != null && lauf.getStatus() == Laufstatus.FREIGEGEBEN;
    }

    public String getStatusText() {
        return lauf == null ? "Noch nicht berechnet" : lauf.getStatus().getLabel();
    }

    public String getMonatText() {
        return monat == null ? "" : Format.monat(YearMonth.parse(monat));
    }

    public String getEinrichtungName() {
        return einrichtungen == null ? "" : einrichtungen.stream().filter(e -> e.getId().equals(einrichtung))
                .map(Einrichtung::getName).findFirst().orElse("");
    }

    public String getBerechnetAm() {
        return lauf == null || lauf.getBerechnetAm() == null ? "" : ZEITPUNKT.format(lauf.getBerechnetAm());
    }

    public String getFreigegebenAm() {
        return lauf == null || lauf.getFreigegebenAm() == null ? "" : ZEITPUNKT.format(lauf.getFreigegebenAm());
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

    public List<Einrichtung> getEinrichtungen() {
        return einrichtungen;
    }

    public Long getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Long einrichtung) {
        this.einrichtung = einrichtung;
    }

    public String getMonat() {
        return monat;
    }

    public void setMonat(String monat) {
        this.monat = monat;
    }

    public Long getAuswahlEinrichtung() {
        return auswahlEinrichtung;
    }

    public void setAuswahlEinrichtung(Long auswahlEinrichtung) {
        this.auswahlEinrichtung = auswahlEinrichtung;
    }

    public LocalDate getAuswahlMonat() {
        return auswahlMonat;
    }

    public void setAuswahlMonat(LocalDate auswahlMonat) {
        this.auswahlMonat = auswahlMonat;
    }

    public Abrechnungslauf getLauf() {
        return lauf;
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
