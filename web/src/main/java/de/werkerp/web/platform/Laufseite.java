package de.werkerp.web.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import de.werkerp.wage.control.Format;
import de.werkerp.wage.control.Laufschritt;
import de.werkerp.wage.control.Monatsfolge;
import de.werkerp.wage.entity.Laufstatus;
import de.werkerp.wage.entity.Monatslauf;
import de.werkerp.web.security.CurrentUser;

/**
 * The shared part of the run pages (Entgeltlauf, Abrechnungslauf): the Einrichtung/month selection with the view
 * parameters {@code einrichtung} and {@code monat} (yyyy-MM) and the run block (status, who computed and released,
 * the next step with the four-eyes rule). Without a month in the address the page opens on the first open month
 * ({@link Monatsfolge#ersterOffenerMonat}). The pages render it with the composite components {@code werk:auswahl}
 * and {@code werk:laufBlock}.
 *
 * @param <L> the run
 */
public abstract class Laufseite<L extends Monatslauf> extends Einrichtungsseite {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ZEITPUNKT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    @Inject
    protected CurrentUser currentUser;

    /** View parameter: the shown run's month (with {@link #einrichtung}). */
    private String monat;
    private YearMonth geladen;
    /** The selection input of the month (applied by "Anzeigen"). */
    private LocalDate auswahlMonat;

    /** The shown run, {@code null} while the month has none. */
    protected L lauf;

    /** The runs of the Einrichtung, newest first. */
    protected abstract List<L> laeufe(Long einrichtungId);

    /** The month to open while the Einrichtung has no run at all. */
    protected abstract YearMonth ohneLauf();

    /** The page's outcome, e.g. {@code /entgelt/lauf}. */
    protected abstract String seite();

    /** Loads the run of {@link #getYearMonth()} and what the page shows of it. */
    protected abstract void laden();

    /** "Berechnen" of the run block. */
    public abstract void berechnen();

    /** "Freigeben" of the run block (four eyes are checked again by the service). */
    public abstract void freigeben();

    /** View action: reads the view parameters (first request only) and loads the run. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        einrichtungen = aktiveEinrichtungen();
        if (einrichtung == null && einrichtungen.size() == 1) {
            einrichtung = einrichtungen.get(0).getId();
        }
        YearMonth m = null;
        if (monat != null && !monat.isBlank()) {
            try {
                m = YearMonth.parse(monat.strip());
            } catch (DateTimeParseException e) {
                Messages.error("Der Monat „" + monat + "“ ist ungültig (erwartet: JJJJ-MM).");
            }
        }
        if (m == null) {
            m = einrichtung == null ? ohneLauf() : Monatsfolge.ersterOffenerMonat(laeufe(einrichtung).stream()
                    .map(l -> new Monatsfolge.Lauf(l.getMonat(), l.getStatus(), l.getFreigegebenVon())).toList(),
                    ohneLauf());
        }
        geladen = m;
        monat = m.toString();
        setAuswahlEinrichtung(einrichtung);
        auswahlMonat = m.atDay(1);
        laden();
    }

    /** "Anzeigen": shows the chosen run with Einrichtung and month in the address (reload shows the same). */
    @Override
    public String anzeigen() {
        if (getAuswahlEinrichtung() == null) {
            Messages.error("Bitte die Einrichtung wählen.");
            return null;
        }
        einrichtung = getAuswahlEinrichtung();
        if (auswahlMonat != null) {
            monat = YearMonth.from(auswahlMonat).toString();
        }
        return seite() + "?faces-redirect=true&includeViewParams=true";
    }

    // ------------------------------------------------------------------ the run block

    /** The viewer's next step with the shown month ({@link Laufschritt}, four eyes). */
    public Laufschritt getSchritt() {
        return Laufschritt.fuer(lauf == null ? null : lauf.getStatus(), lauf != null && lauf.isVeraltet(),
                lauf == null ? null : lauf.getBerechnetVon(), currentUser.getUsername());
    }

    public String getSchrittText() {
        return getSchritt().text();
    }

    /** "Freigeben" is offered: computed, current, and not by the viewer. */
    public boolean isFreigebbar() {
        return getSchritt().freigebbar();
    }

    /** The viewer computed the run: the page says that another person releases it. */
    public boolean isEigeneBerechnung() {
        return getSchritt().schritt() == Laufschritt.Schritt.FREIGABE_DURCH_ANDERE;
    }

    public boolean isFreigegeben() {
        return lauf != null && lauf.getStatus() == Laufstatus.FREIGEGEBEN;
    }

    public String getStatusText() {
        return lauf == null ? "Noch nicht berechnet" : lauf.getStatus().getLabel();
    }

    public String getStatusKlasse() {
        return lauf == null ? "status status-neu" : "status status-" + lauf.getStatus().name().toLowerCase();
    }

    public String getBerechnetAm() {
        return zeitpunkt(lauf == null ? null : lauf.getBerechnetAm());
    }

    public String getFreigegebenAm() {
        return zeitpunkt(lauf == null ? null : lauf.getFreigegebenAm());
    }

    /** A whole number with German grouping: 15.000. */
    protected static String zahl(int n) {
        return String.format(java.util.Locale.GERMANY, "%,d", n);
    }

    private static String zeitpunkt(Instant i) {
        return i == null ? "" : ZEITPUNKT.format(i);
    }

    // ------------------------------------------------------------------ selection

    /** The month of the shown run. */
    public YearMonth getYearMonth() {
        return geladen;
    }

    public String getMonatText() {
        return geladen == null ? "" : Format.monat(geladen);
    }

    public String getMonat() {
        return monat;
    }

    public void setMonat(String monat) {
        this.monat = monat;
    }

    @Override
    public LocalDate getAuswahlMonat() {
        return auswahlMonat;
    }

    @Override
    public void setAuswahlMonat(LocalDate auswahlMonat) {
        this.auswahlMonat = auswahlMonat;
    }

    public L getLauf() {
        return lauf;
    }
}
