package de.werkerp.web.platform;

import java.time.LocalDate;
import java.util.List;

import de.werkerp.tenant.entity.Einrichtung;

/**
 * A page bean behind the composite component {@code werk:auswahl} (resources/werk/auswahl.xhtml): the Einrichtung and
 * a month or a year, applied by "Anzeigen". A page with a month implements the month, one with a year the year.
 */
public interface Zeitraumauswahl {

    List<Einrichtung> getEinrichtungen();

    Long getAuswahlEinrichtung();

    void setAuswahlEinrichtung(Long einrichtung);

    default LocalDate getAuswahlMonat() {
        return null;
    }

    default void setAuswahlMonat(LocalDate monat) {
        throw new UnsupportedOperationException("Diese Seite wählt kein Monat.");
    }

    default Integer getAuswahlJahr() {
        return null;
    }

    default void setAuswahlJahr(Integer jahr) {
        throw new UnsupportedOperationException("Diese Seite wählt kein Jahr.");
    }

    /** "Anzeigen": the outcome with the chosen selection in the address. */
    String anzeigen();
}
