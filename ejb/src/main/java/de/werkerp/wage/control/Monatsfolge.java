package de.werkerp.wage.control;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.wage.entity.Laufstatus;

/**
 * The period logic of monthly runs (the Entgelt run and the billing run): months are computed in order, a month
 * can only be computed while no later month has a run and every earlier run is released; a released month is
 * closed and immutable (changes are settled in the next open month); a run is released by a second person only
 * (four eyes), and only when it was computed on the current inputs. Plain Java: the boundary loads the runs.
 */
public final class Monatsfolge {

    /**
     * The words of one kind of run in the messages.
     *
     * @param lauf   singular with article for "es gibt schon einen …", e.g. "Entgeltlauf"
     * @param laeufe plural, e.g. "Entgeltläufe"
     */
    public record Begriffe(String lauf, String laeufe) {
    }

    /** One existing run of the same Einrichtung. */
    public record Lauf(YearMonth monat, Laufstatus status, String freigegebenVon) {
    }

    private Monatsfolge() {
    }

    /**
     * Checks that {@code monat} may be computed; returns the existing run of that month, if any.
     *
     * @param alle the runs of the Einrichtung, newest first
     */
    public static Optional<Lauf> pruefeBerechnung(Begriffe begriffe, List<Lauf> alle, YearMonth monat) {
        if (monat == null) {
            throw new ValidationFailure("monat", "Bitte den Monat wählen.");
        }
        for (Lauf l : alle) {
            if (l.monat().isAfter(monat)) {
                throw new ValidationFailure("monat", "Für " + Format.monat(l.monat()) + " gibt es schon einen "
                        + begriffe.lauf() + ": " + Format.monat(monat) + " kann nicht mehr berechnet werden. "
                        + "Änderungen an abgeschlossenen Monaten werden als Rückrechnung im nächsten offenen Monat "
                        + "abgerechnet.");
            }
            if (l.monat().isBefore(monat) && l.status() != Laufstatus.FREIGEGEBEN) {
                throw new ValidationFailure("monat", "Der Monat " + Format.monat(l.monat()) + " ist noch nicht "
                        + "freigegeben: bitte zuerst diesen Monat abschließen.");
            }
        }
        Optional<Lauf> letzterFreigegebener = alle.stream().filter(l -> l.status() == Laufstatus.FREIGEGEBEN)
                .findFirst();
        if (letzterFreigegebener.isPresent() && letzterFreigegebener.get().monat().isBefore(monat.minusMonths(1))) {
            throw new ValidationFailure("monat", "Der Monat " + Format.monat(monat.minusMonths(1)) + " wurde noch "
                    + "nicht abgerechnet: " + begriffe.laeufe() + " folgen Monat für Monat aufeinander.");
        }
        Optional<Lauf> lauf = alle.stream().filter(l -> l.monat().equals(monat)).findFirst();
        if (lauf.isPresent() && lauf.get().status() == Laufstatus.FREIGEGEBEN) {
            throw new ValidationFailure("monat", "Der Monat " + Format.monat(monat) + " ist abgeschlossen (freigegeben "
                    + "von " + lauf.get().freigegebenVon() + "). Änderungen werden im nächsten offenen Monat "
                    + "zurückgerechnet.");
        }
        return lauf;
    }

    /**
     * The first open month, the one a run page opens on: the month of the newest run while it is not released (by
     * the order above no earlier run can be open), else the month after the newest released run; {@code ohneLauf}
     * while the Einrichtung has no run at all.
     *
     * @param alle the runs of the Einrichtung, newest first
     */
    public static YearMonth ersterOffenerMonat(List<Lauf> alle, YearMonth ohneLauf) {
        if (alle.isEmpty()) {
            return ohneLauf;
        }
        Lauf neuester = alle.get(0);
        return neuester.status() == Laufstatus.FREIGEGEBEN ? neuester.monat().plusMonths(1) : neuester.monat();
    }

    /** Four eyes: a computed, current run, released by somebody other than the person who computed it. */
    public static void pruefeFreigabe(Laufstatus status, boolean veraltet, String berechnetVon, String wer) {
        if (status != Laufstatus.BERECHNET) {
            throw new ValidationFailure("lauf", "Freigeben lässt sich nur ein berechneter Lauf (Status: "
                    + status.getLabel() + ").");
        }
        if (veraltet) {
            throw new ValidationFailure("lauf", "Nach der Berechnung wurden Eingaben geändert: bitte den Lauf neu "
                    + "berechnen und dann freigeben.");
        }
        if (wer.equals(berechnetVon)) {
            throw new ValidationFailure("lauf", "Vier-Augen-Prinzip: Sie haben den Lauf berechnet, freigeben muss ihn "
                    + "eine andere Person.");
        }
    }
}
