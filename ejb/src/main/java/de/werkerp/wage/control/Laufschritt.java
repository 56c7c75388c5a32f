package de.werkerp.wage.control;

import de.werkerp.wage.entity.Laufstatus;

/**
 * The next step of a month's run (Entgelt run or billing run) for the person looking at it, with the sentence the
 * run page and the start page show. Four eyes ({@link Monatsfolge#pruefeFreigabe}): the person who computed a run is
 * never offered the release; the sentence says that another person releases it. Plain Java, no container.
 *
 * @param schritt what is to be done next
 * @param text    the German sentence for the page
 */
public record Laufschritt(Schritt schritt, String text) {

    /** What is to be done next with the month. */
    public enum Schritt {
        /** No run yet, or the last computation failed: compute. */
        BERECHNEN,
        /** The computation is under way: wait. */
        WARTEN,
        /** Inputs changed after the computation: compute again before anybody releases. */
        NEU_BERECHNEN,
        /** Computed by somebody else: review and release. */
        FREIGEBEN,
        /** Computed by the viewer: another person must release it (four eyes). */
        FREIGABE_DURCH_ANDERE,
        /** Released: the month is closed. */
        ABGESCHLOSSEN
    }

    /**
     * @param status       the run's status, {@code null} while the month has no run
     * @param veraltet     inputs changed after the computation
     * @param berechnetVon the login that computed the run
     * @param wer          the login of the viewer
     */
    public static Laufschritt fuer(Laufstatus status, boolean veraltet, String berechnetVon, String wer) {
        if (status == null) {
            return new Laufschritt(Schritt.BERECHNEN, "Der Monat ist noch nicht berechnet: als Nächstes berechnen.");
        }
        return switch (status) {
            case LAEUFT -> new Laufschritt(Schritt.WARTEN, "Der Lauf wird gerade berechnet.");
            case FEHLER -> new Laufschritt(Schritt.BERECHNEN,
                    "Die letzte Berechnung ist fehlgeschlagen: Hinweise prüfen und neu berechnen.");
            case FREIGEGEBEN -> new Laufschritt(Schritt.ABGESCHLOSSEN, "Der Monat ist freigegeben und abgeschlossen.");
            case BERECHNET -> veraltet
                    ? new Laufschritt(Schritt.NEU_BERECHNEN,
                            "Nach der Berechnung wurden Eingaben geändert: als Nächstes neu berechnen.")
                    : wer != null && wer.equals(berechnetVon)
                            ? new Laufschritt(Schritt.FREIGABE_DURCH_ANDERE, "Sie haben den Lauf berechnet. Freigeben "
                                    + "muss ihn eine andere Person (Vier-Augen-Prinzip).")
                            : new Laufschritt(Schritt.FREIGEBEN, "Berechnet von " + berechnetVon
                                    + ": als Nächstes prüfen und freigeben (zweite Person).");
        };
    }

    /** Whether the viewer may be offered "Freigeben". */
    public boolean freigebbar() {
        return schritt == Schritt.FREIGEBEN;
    }
}
