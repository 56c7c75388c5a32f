package de.werkerp.social.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Sozialversicherungstage (SV-Tage) of a month and the prorating of the monthly minimum bases (rules.md § 3,
 * "Partial months").
 *
 * <p><b>Rule</b><br>
 * Contributions are due per calendar day of membership; a whole month counts 30 days, whatever its length
 * (§ 223 Abs. 2 SGB V: "der Monat zu dreißig … Tagen"; likewise § 54 Abs. 2 SGB XI for PV and § 123 Abs. 1 SGB VI
 * for RV; the DEÜV reports the same SV-Tage). A month only partly covered (entry or exit in the middle, a change
 * into or out of the Arbeitsbereich) counts its calendar days inside the covered part, at most 30: entry on 16.03.
 * gives 16, exit on 10.02. gives 10, a whole February gives 30.
 *
 * <p><b>Prorating</b><br>
 * A monthly minimum base (20 % or 80 % of the Bezugsgröße, § 235 Abs. 3 SGB V, § 162 Nr. 2 SGB VI) is taken for the
 * SV-Tage only: {@code monthly minimum × SV-Tage ÷ 30}, rounded once to the cent, half up, from the exact fraction
 * (the monthly minimum itself is the cent-rounded percentage of the Bezugsgröße). Every band comparison and the
 * Bund's refund use these prorated values.
 */
public final class Sozialversicherungstage {

    /** A whole month counts 30 SV-Tage (§ 223 Abs. 2 SGB V). */
    public static final int VOLLER_MONAT = 30;

    private static final BigDecimal DREISSIG = BigDecimal.valueOf(VOLLER_MONAT);

    private Sozialversicherungstage() {
    }

    /**
     * The SV-Tage of {@code monat} for a membership from {@code von} to {@code bis} (both inclusive, either may lie
     * outside the month or be {@code null} = open).
     *
     * @return 30 for a whole month, else the calendar days inside the month (at most 30), 0 if none
     */
    public static int im(YearMonth monat, LocalDate von, LocalDate bis) {
        Objects.requireNonNull(monat, "monat");
        LocalDate anfang = monat.atDay(1);
        LocalDate ende = monat.atEndOfMonth();
        LocalDate a = von == null || von.isBefore(anfang) ? anfang : von;
        LocalDate e = bis == null || bis.isAfter(ende) ? ende : bis;
        if (e.isBefore(a)) {
            return 0;
        }
        if (a.equals(anfang) && e.equals(ende)) {
            return VOLLER_MONAT;
        }
        return Math.min(e.getDayOfMonth() - a.getDayOfMonth() + 1, VOLLER_MONAT);
    }

    /**
     * Checks a number of SV-Tage given from outside (calculator, stored data).
     *
     * @throws IllegalArgumentException with a German message unless 1 ≤ svTage ≤ 30
     */
    public static int pruefe(int svTage) {
        if (svTage < 1 || svTage > VOLLER_MONAT) {
            throw new IllegalArgumentException("Die SV-Tage müssen zwischen 1 und 30 liegen (ein voller Monat zählt "
                    + "30 Tage, § 223 Abs. 2 SGB V), nicht " + svTage + ".");
        }
        return svTage;
    }

    /**
     * {@code monatsbetrag × svTage ÷ 30}, to the cent, half up; the monthly amount itself for 30 SV-Tage.
     */
    public static BigDecimal anteilig(BigDecimal monatsbetrag, int svTage) {
        pruefe(svTage);
        if (svTage == VOLLER_MONAT) {
            return monatsbetrag.setScale(2, RoundingMode.HALF_UP);
        }
        return monatsbetrag.multiply(BigDecimal.valueOf(svTage)).divide(DREISSIG, 2, RoundingMode.HALF_UP);
    }
}
