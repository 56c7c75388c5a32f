package de.werkerp.participation.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Due date of the next personenbezogener Teilhabebericht: the Leistungserbringer writes one for every person
 * "i. d. R. alle zwei Jahre" (seed 001 § 13 Abs. 6) and submits it to the Träger der Eingliederungshilfe, with or
 * without request, possibly within a set number of months (same paragraph, an option of the model agreement).
 *
 * <ul>
 * <li>The interval is {@code intervallMonate}, by default 24 ({@link #STANDARD}); the Leistungsvereinbarung may
 * agree another.</li>
 * <li>It runs from the start in the Arbeitsbereich or from the last report, whichever is later.</li>
 * <li>An earlier date requested by the Leistungsträger replaces it; a requested date later than the regular one
 * does not postpone it (the seed has no rule for postponing).</li>
 * <li>Month ends follow {@link LocalDate#plusMonths}: 31.01.2024 + 24 months = 31.01.2026; 29.02.2024 + 24 months
 * = 28.02.2026 (no 29 February in 2026: the last day of the month).</li>
 * <li>{@link Faelligkeit#ueberfaellig} is true from the day after the due date; {@link Faelligkeit#faelligInnerhalb}
 * is true if the due date lies between today and today + days (both inclusive), i.e. not yet overdue.</li>
 * </ul>
 */
public record Teilhabeberichtsfaelligkeit(int intervallMonate) {

    /** "i. d. R. alle zwei Jahre" (seed 001 § 13 Abs. 6). */
    public static final Teilhabeberichtsfaelligkeit STANDARD = new Teilhabeberichtsfaelligkeit(24);

    /** Default look-ahead for {@link Faelligkeit#faelligInnerhalb(LocalDate)}. */
    public static final int VORLAUF_TAGE = 90;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Why the report is due on that date. */
    public enum Grund {
        BEGINN_ARBEITSBEREICH, LETZTER_BERICHT, ANFORDERUNG_LEISTUNGSTRAEGER
    }

    /** The due date and its reason. */
    public record Faelligkeit(LocalDate faelligAm, Grund grund) {

        public Faelligkeit {
            Objects.requireNonNull(faelligAm, "faelligAm");
            Objects.requireNonNull(grund, "grund");
        }

        /** Due within the next {@value Teilhabeberichtsfaelligkeit#VORLAUF_TAGE} days. */
        public boolean faelligInnerhalb(LocalDate heute) {
            return faelligInnerhalb(heute, VORLAUF_TAGE);
        }

        /** Due date between {@code heute} and {@code heute + tage}, both inclusive. */
        public boolean faelligInnerhalb(LocalDate heute, int tage) {
            Objects.requireNonNull(heute, "heute");
            if (tage < 0) {
                throw new IllegalArgumentException("Die Zahl der Tage darf nicht negativ sein, nicht " + tage + ".");
            }
            return !faelligAm.isBefore(heute) && !faelligAm.isAfter(heute.plusDays(tage));
        }

        /** The due date has passed. */
        public boolean ueberfaellig(LocalDate heute) {
            Objects.requireNonNull(heute, "heute");
            return faelligAm.isBefore(heute);
        }

        /** A German message for the user. */
        public String meldung(LocalDate heute) {
            String anlass = switch (grund) {
                case BEGINN_ARBEITSBEREICH -> "nach Beginn im Arbeitsbereich";
                case LETZTER_BERICHT -> "nach dem letzten Teilhabebericht";
                case ANFORDERUNG_LEISTUNGSTRAEGER -> "auf Anforderung des Leistungsträgers";
            };
            if (ueberfaellig(heute)) {
                return "Der Teilhabebericht ist seit " + ChronoUnit.DAYS.between(faelligAm, heute) + " Tagen "
                        + "überfällig (fällig am " + faelligAm.format(DATUM) + " " + anlass + ").";
            }
            return "Der nächste Teilhabebericht ist am " + faelligAm.format(DATUM) + " fällig (" + anlass + ").";
        }
    }

    public Teilhabeberichtsfaelligkeit {
        if (intervallMonate < 1) {
            throw new IllegalArgumentException("Der Abstand der Teilhabeberichte muss mindestens 1 Monat betragen, "
                    + "nicht " + intervallMonate + ".");
        }
    }

    /**
     * Due date of the next report.
     *
     * @param beginnArbeitsbereich start in the Arbeitsbereich
     * @param letzterBericht       date of the last report, or {@code null}
     * @param angefordertZum       date requested by the Leistungsträger, or {@code null}
     */
    public Faelligkeit faelligkeit(LocalDate beginnArbeitsbereich, LocalDate letzterBericht, LocalDate angefordertZum) {
        Objects.requireNonNull(beginnArbeitsbereich, "beginnArbeitsbereich");
        boolean nachBericht = letzterBericht != null && letzterBericht.isAfter(beginnArbeitsbereich);
        LocalDate ab = nachBericht ? letzterBericht : beginnArbeitsbereich;
        LocalDate regulaer = ab.plusMonths(intervallMonate);
        if (angefordertZum != null && angefordertZum.isBefore(regulaer)) {
            return new Faelligkeit(angefordertZum, Grund.ANFORDERUNG_LEISTUNGSTRAEGER);
        }
        return new Faelligkeit(regulaer, nachBericht ? Grund.LETZTER_BERICHT : Grund.BEGINN_ARBEITSBEREICH);
    }
}
