package de.werkerp.election.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Whether an election project may be created or cancelled (rules.md § 5).
 * <ul>
 * <li>A regular election (§ 12 Abs. 1 WMVO) takes place every four years (2021, 2025, 2029 …) between 1 October and
 * 30 November. A regular election day on another day — also in October/November of a year outside the cycle — is
 * refused: the law knows no regular election in another year; an election then is one out of cycle with its reason
 * (§ 12 Abs. 2 WMVO).</li>
 * <li>The election day of a new project is never in the past (today is allowed): a project is planned ahead, an
 * election that already took place is not entered afterwards.</li>
 * <li>One open project per Einrichtung: a second one is refused while the first is neither finished (result
 * established, § 22 WMVO) nor cancelled. Cancelling needs a reason and is only possible before the count.</li>
 * </ul>
 */
public final class Wahlanlage {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Wahlanlage() {
    }

    /**
     * § 12 Abs. 1 WMVO: a regular election day lies between 1 October and 30 November of a regular election year.
     *
     * @throws Wahlfehler on {@code wahltag}, naming § 12 Abs. 1 and pointing to § 12 Abs. 2 WMVO
     */
    public static void pruefeRegelzeitraum(boolean regulaer, LocalDate wahltag) {
        if (!regulaer || wahltag == null) {
            return;
        }
        int monat = wahltag.getMonthValue();
        if (!Wahlzeitplan.regelwahljahr(wahltag.getYear()) || monat < 10 || monat > 11) {
            int jahr = Wahlzeitplan.naechsteRegelwahl(wahltag);
            throw new Wahlfehler("wahltag", "Der Wahltag " + DATUM.format(wahltag) + " liegt nicht im Zeitraum der "
                    + "regelmäßigen Wahlen: alle vier Jahre vom 1. Oktober bis 30. November (2021, 2025, 2029 …; der "
                    + "nächste Zeitraum endet am 30.11." + jahr + "), § 12 Abs. 1 WMVO. Sonst bitte eine Wahl außerhalb "
                    + "des regelmäßigen Zeitraums mit Grund nach § 12 Abs. 2 WMVO anlegen.");
        }
    }

    /**
     * The election day of a new project is today or later.
     *
     * @throws Wahlfehler on {@code wahltag}
     */
    public static void pruefeNichtVergangen(LocalDate wahltag, LocalDate heute) {
        if (wahltag != null && wahltag.isBefore(heute)) {
            throw new Wahlfehler("wahltag", "Der Wahltag " + DATUM.format(wahltag) + " liegt in der Vergangenheit "
                    + "(heute ist der " + DATUM.format(heute) + "). Ein neues Wahlprojekt braucht einen Wahltag ab heute.");
        }
    }

    /**
     * One open project per Einrichtung.
     *
     * @param offenerWahltag the election day of the Einrichtung's open project (neither counted nor cancelled), if any
     * @throws Wahlfehler on {@code einrichtungId}
     */
    public static void pruefeKeinOffenes(Optional<LocalDate> offenerWahltag) {
        offenerWahltag.ifPresent(tag -> {
            throw new Wahlfehler("einrichtungId", "Für diese Einrichtung gibt es schon ein offenes Wahlprojekt (Wahltag "
                    + DATUM.format(tag) + "). Ein zweites ist erst möglich, wenn das erste ausgezählt (Ergebnis "
                    + "festgestellt) oder mit Begründung abgesagt ist.");
        });
    }

    /**
     * Cancelling an election: only an open one (not counted, not already cancelled), and only with a reason.
     *
     * @param offen whether the project is still in preparation
     * @return the reason, stripped
     * @throws Wahlfehler on {@code status} or {@code grund}
     */
    public static String pruefeAbsage(boolean offen, String grund) {
        if (!offen) {
            throw new Wahlfehler("status", "Nur eine Wahl in Vorbereitung kann abgesagt werden; diese ist bereits "
                    + "ausgezählt oder abgesagt.");
        }
        if (grund == null || grund.isBlank()) {
            throw new Wahlfehler("grund", "Bitte geben Sie den Grund der Absage an (er wird protokolliert).");
        }
        String g = grund.strip();
        if (g.length() > 1000) {
            throw new Wahlfehler("grund", "Der Grund der Absage darf höchstens 1000 Zeichen lang sein.");
        }
        return g;
    }
}
