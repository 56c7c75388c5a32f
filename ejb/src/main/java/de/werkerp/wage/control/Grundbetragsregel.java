package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Grundbetrag, § 221 Abs. 2 SGB IX: the Arbeitsentgelt consists of a Grundbetrag "in Höhe des Ausbildungsgeldes,
 * das die Bundesagentur für Arbeit … im Berufsbildungsbereich zuletzt leistet" (§ 125 SGB III) and a
 * Steigerungsbetrag. The statutory amount is reference data valid on a date (rules.md § 1: 126 € until 31.07.2024,
 * 133 € from 01.08.2024); an Einrichtung may pay a higher Grundbetrag, never a lower one.
 *
 * <p>The month's value is the one valid on its first day ({@link #stichtag(YearMonth)}): so far every change took
 * effect on the 1st of a month. The month is not split if a value ever changes in the middle of one.
 */
public final class Grundbetragsregel {

    private Grundbetragsregel() {
    }

    /** The date whose reference values (Grundbetrag, AFöG figures, Entgeltordnung) apply to the month. */
    public static LocalDate stichtag(YearMonth monat) {
        return Objects.requireNonNull(monat, "monat").atDay(1);
    }

    /**
     * The monthly Grundbetrag for full time and the whole month, as a statement line.
     *
     * @param gesetzlich  statutory Grundbetrag valid in the month (reference data)
     * @param einrichtung the Einrichtung's own higher Grundbetrag, or {@code null}
     */
    public static Rechenzeile grundbetrag(BigDecimal gesetzlich, BigDecimal einrichtung) {
        if (gesetzlich == null) {
            throw new IllegalArgumentException("Für den Monat ist kein gesetzlicher Grundbetrag (§ 221 Abs. 2 SGB IX) "
                    + "angegeben.");
        }
        gesetzlich = Format.cent(gesetzlich, "Der gesetzliche Grundbetrag");
        if (einrichtung == null) {
            return Rechenzeile.berechnet(Komponente.GRUNDBETRAG, "Grundbetrag (§ 221 Abs. 2 SGB IX)", null, null,
                    gesetzlich, true);
        }
        einrichtung = Format.cent(einrichtung, "Der Grundbetrag der Einrichtung");
        if (einrichtung.compareTo(gesetzlich) < 0) {
            throw new IllegalArgumentException("Der Grundbetrag der Einrichtung (" + Format.euro(einrichtung)
                    + ") liegt unter dem gesetzlichen Grundbetrag von " + Format.euro(gesetzlich)
                    + " (§ 221 Abs. 2 SGB IX): er darf höher sein, aber nicht niedriger.");
        }
        return Rechenzeile.berechnet(Komponente.GRUNDBETRAG, einrichtung.compareTo(gesetzlich) == 0
                ? "Grundbetrag (§ 221 Abs. 2 SGB IX)"
                : "Grundbetrag der Einrichtung (gesetzlich " + Format.euro(gesetzlich) + ", § 221 Abs. 2 SGB IX)",
                null, null, einrichtung, true);
    }
}
