package de.werkerp.privacy.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The end of a retention period and the rule for a tenant's own periods.
 *
 * <p><b>End of the period.</b> A period of {@code n} years counted from the end of a calendar year
 * ({@link Aufbewahrungskategorie.Beginn#JAHRESENDE}) ends on 31 December of the year {@code event year + n}: § 147
 * Abs. 4 AO and § 257 Abs. 5 HGB let the period start "mit dem Schluss des Kalenderjahres", in which the last entry
 * was made or the document arose; § 41 Abs. 1 Satz 9 EStG keeps the Lohnkonto "bis zum Ablauf des sechsten
 * Kalenderjahres, das auf die zuletzt eingetragene Lohnzahlung folgt" — the same counting. Example: last payment
 * March 2021, 8 years (§ 147 Abs. 3 AO since 2025) → kept until 31.12.2029, deletable from 01.01.2030. A period
 * counted from a day ({@link Aufbewahrungskategorie.Beginn#TAG}) ends {@code n} years after that day (the election
 * files: the end of the council's term, {@code n = 0}).
 *
 * <p><b>Lengthen, never shorten.</b> The defaults are the statutory minimums (or, where no statute names one, the
 * documented choice); a tenant may keep data longer (up to 30 years) but not shorter.
 */
public final class Aufbewahrungsfrist {

    /** The longest period a tenant may set. */
    public static final int HOECHSTENS_JAHRE = 30;

    private Aufbewahrungsfrist() {
    }

    /** The last day the data must be kept, counted from the event {@code anlass}. */
    public static LocalDate ende(Aufbewahrungskategorie kategorie, int jahre, LocalDate anlass) {
        Objects.requireNonNull(kategorie, "kategorie");
        Objects.requireNonNull(anlass, "anlass");
        if (jahre < 0) {
            throw new IllegalArgumentException("negative period");
        }
        return switch (kategorie.beginn()) {
            case JAHRESENDE -> LocalDate.of(anlass.getYear() + jahre, 12, 31);
            case TAG -> anlass.plusYears(jahre);
        };
    }

    /**
     * Checks a tenant's period against the default: empty if allowed, else the German reason (shorter than the
     * default, or longer than {@value #HOECHSTENS_JAHRE} years).
     */
    public static Optional<String> fehler(Aufbewahrungskategorie kategorie, int jahre, int standardJahre) {
        if (jahre < standardJahre) {
            return Optional.of("Die Aufbewahrungsfrist für „" + kategorie.getLabel() + "“ darf nicht kürzer sein als"
                    + " die dokumentierte Vorgabe von " + standardJahre + " Jahren; sie kann nur verlängert werden.");
        }
        if (jahre > HOECHSTENS_JAHRE) {
            return Optional.of("Die Aufbewahrungsfrist darf höchstens " + HOECHSTENS_JAHRE + " Jahre betragen.");
        }
        return Optional.empty();
    }
}
