package de.werkerp.reference.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The yearly change of the social-insurance figures (rules.md § 3): the Sozialversicherungs-Rechengrößenverordnung
 * and the BMG's average Zusatzbeitrag (§ 242a Abs. 2 SGB V) are published in the autumn, usually in November. From
 * 1 November the payroll pages warn while any month of the next year has no stored figures; never guess a year.
 * A month counts as covered when a period contains its first day (the figures change only at the start of a month,
 * e.g. PV on 01.07.2023). Independently of the date, a month of the current year without figures is warned too,
 * since no run of that month can compute.
 */
public final class Jahreswechselwarnung {

    /** From this day of the year on, the next year's figures are expected (rules.md § 3: "from 1 November"). */
    public static final MonthDay AB = MonthDay.of(11, 1);

    private Jahreswechselwarnung() {
    }

    /** The warning for {@code heute}, given the validity periods of the stored Rechengrößen; empty when none. */
    public static Optional<String> warnung(LocalDate heute, List<Validity> perioden) {
        Objects.requireNonNull(heute, "heute");
        int jahr = heute.getYear();
        Optional<YearMonth> laufendesJahr = ersteLuecke(jahr, perioden);
        if (laufendesJahr.isPresent()) {
            return Optional.of(text(jahr, laufendesJahr.get()) + " Für diese Monate kann kein Entgeltlauf rechnen.");
        }
        if (MonthDay.from(heute).isBefore(AB)) {
            return Optional.empty();
        }
        return ersteLuecke(jahr + 1, perioden).map(m -> text(jahr + 1, m) + " Sie werden gewöhnlich im November "
                + "veröffentlicht (Sozialversicherungs-Rechengrößenverordnung; Bekanntgabe des durchschnittlichen "
                + "Zusatzbeitragssatzes nach § 242a SGB V) und sind mit ihrer Fundstelle unter Stammdaten › "
                + "Rechengrößen einzutragen.");
    }

    private static String text(int jahr, YearMonth ab) {
        return "Die Rechengrößen der Sozialversicherung für " + jahr + " (Bezugsgröße, Beitragssätze, durchschnittlicher "
                + "Zusatzbeitrag) fehlen" + (ab.getMonthValue() == 1 ? "." : " ab " + String.format("%02d/%d",
                        ab.getMonthValue(), ab.getYear()) + ".");
    }

    private static Optional<YearMonth> ersteLuecke(int jahr, List<Validity> perioden) {
        for (int monat = 1; monat <= 12; monat++) {
            LocalDate erster = LocalDate.of(jahr, monat, 1);
            if (perioden.stream().noneMatch(p -> p.contains(erster))) {
                return Optional.of(YearMonth.of(jahr, monat));
            }
        }
        return Optional.empty();
    }
}
