package de.werkerp.web.platform;

import java.util.List;

import jakarta.faces.context.FacesContext;

import de.werkerp.tenant.entity.Einrichtung;

/**
 * The shared part of the pages that show one Einrichtung and one year (Arbeitsergebnis, its data, the Teilhabe figures):
 * the view parameters {@code einrichtung} and {@code jahr} (as typed in the address; a bad year is a German message,
 * not a conversion error), the selection of {@code werk:auswahl} applied by "Anzeigen", and the defaults when the
 * address names neither. The page loads what it shows in {@link #laden()} for {@link #einrichtung} and
 * {@link #geladen}. The run pages have the same for a month: {@link Laufseite}; the Einrichtung half of both is
 * {@link Einrichtungsseite}.
 */
public abstract class Jahresseite extends Einrichtungsseite {

    private static final long serialVersionUID = 1L;
    static final int ERSTES_JAHR = 1980;
    static final int LETZTES_JAHR = 2100;

    /** View parameter: the year as in the address. */
    private String jahr;
    /** The shown year (checked). */
    protected Integer geladen;
    /** The selection input of the year (applied by "Anzeigen"). */
    private Integer auswahlJahr;

    /** The page's outcome, e.g. {@code /ergebnis/rechnung}. */
    protected abstract String seite();

    /** The year to show when the address has none (or a bad one); {@code einrichtung} may be null. */
    protected abstract int standardJahr(Long einrichtung);

    /** Loads what the page shows for {@link #einrichtung} and {@link #geladen}. */
    protected abstract void laden();

    /** The Einrichtung to show when the address has none: the only one, else none (the user chooses). */
    protected Long standardEinrichtung(List<Einrichtung> aktive) {
        return aktive.size() == 1 ? aktive.get(0).getId() : null;
    }

    /** View action: reads the view parameters (first request only) and loads the page. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Messages.attempt("auswahlForm", () -> einrichtungen = aktiveEinrichtungen());
        if (einrichtung == null) {
            einrichtung = standardEinrichtung(einrichtungen);
        }
        Integer j = jahrAusAdresse(jahr);
        if (j == null) {
            j = standardJahr(einrichtung);
        }
        geladen = j;
        jahr = String.valueOf(j);
        setAuswahlEinrichtung(einrichtung);
        auswahlJahr = j;
        laden();
    }

    /** "Anzeigen": shows the chosen Einrichtung and year with both in the address (reload shows the same). */
    @Override
    public String anzeigen() {
        einrichtung = getAuswahlEinrichtung();
        if (auswahlJahr != null) {
            jahr = String.valueOf(auswahlJahr);
        }
        return seite() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The year of the address, or null (with a German message when it is not a year from 1980 to 2100). */
    static Integer jahrAusAdresse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int j = Integer.parseInt(text.strip());
            if (j >= ERSTES_JAHR && j <= LETZTES_JAHR) {
                return j;
            }
            Messages.error("Das Jahr „" + text + "“ ist ungültig (erlaubt: " + ERSTES_JAHR + " bis " + LETZTES_JAHR + ").");
        } catch (NumberFormatException e) {
            Messages.error("Das Jahr „" + text + "“ ist ungültig (erwartet: JJJJ).");
        }
        return null;
    }

    /** The shown year. */
    public Integer getJahrZahl() {
        return geladen;
    }

    public String getJahr() {
        return jahr;
    }

    public void setJahr(String jahr) {
        this.jahr = jahr;
    }

    @Override
    public Integer getAuswahlJahr() {
        return auswahlJahr;
    }

    @Override
    public void setAuswahlJahr(Integer auswahlJahr) {
        this.auswahlJahr = auswahlJahr;
    }
}
