package de.werkerp.wage.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Working days for the absence rules of the wage kernel: Monday to Friday, without the public holidays the caller
 * passes (they differ by Land, so they are data, not code). Nothing else is subtracted: not the workshop's closing
 * days, not a part-timer's free weekday. Holidays on a Saturday or Sunday change nothing.
 */
public final class Arbeitstage {

    private Arbeitstage() {
    }

    /** The working days from {@code von} to {@code bis}, both inclusive, in date order. */
    public static List<LocalDate> zwischen(LocalDate von, LocalDate bis, Collection<LocalDate> feiertage) {
        Objects.requireNonNull(von, "von");
        Objects.requireNonNull(bis, "bis");
        Set<LocalDate> frei = Set.copyOf(feiertage);
        List<LocalDate> tage = new ArrayList<>();
        for (LocalDate d = von; !d.isAfter(bis); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !frei.contains(d)) {
                tage.add(d);
            }
        }
        return tage;
    }

    /** The number of working days from {@code von} to {@code bis}, both inclusive. */
    public static int anzahl(LocalDate von, LocalDate bis, Collection<LocalDate> feiertage) {
        return zwischen(von, bis, feiertage).size();
    }
}
