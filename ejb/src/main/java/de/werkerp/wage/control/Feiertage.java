package de.werkerp.wage.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Public holidays (gesetzliche Feiertage) of a German Bundesland in a month, from the Jollyday library. They are
 * not working days ({@link Arbeitstage}). Holidays are Land law; the Einrichtung's setting names the Land of its
 * sites. Only statutory holidays of the whole Land count (not local ones such as Augsburg's Friedensfest).
 */
public final class Feiertage {

    /** The Bundesländer by their usual two-letter code. */
    public static final Map<String, String> LAENDER = Map.ofEntries(Map.entry("BW", "Baden-Württemberg"),
            Map.entry("BY", "Bayern"), Map.entry("BE", "Berlin"), Map.entry("BB", "Brandenburg"),
            Map.entry("HB", "Bremen"), Map.entry("HH", "Hamburg"), Map.entry("HE", "Hessen"),
            Map.entry("MV", "Mecklenburg-Vorpommern"), Map.entry("NI", "Niedersachsen"),
            Map.entry("NW", "Nordrhein-Westfalen"), Map.entry("RP", "Rheinland-Pfalz"), Map.entry("SL", "Saarland"),
            Map.entry("SN", "Sachsen"), Map.entry("ST", "Sachsen-Anhalt"), Map.entry("SH", "Schleswig-Holstein"),
            Map.entry("TH", "Thüringen"));

    private static final class Holder {
        static final HolidayManager GERMANY = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    }

    private Feiertage() {
    }

    /** The public holidays of the Land in the month, sorted. */
    public static List<LocalDate> im(YearMonth monat, String land) {
        Objects.requireNonNull(monat, "monat");
        if (land == null || !LAENDER.containsKey(land)) {
            throw new IllegalArgumentException("Unbekanntes Bundesland „" + land + "“: bitte das Kürzel angeben, "
                    + "z. B. BW, BY oder NW.");
        }
        return Holder.GERMANY.getHolidays(monat.atDay(1), monat.atEndOfMonth(), land.toLowerCase())
                .stream().filter(h -> h.getType() == HolidayType.PUBLIC_HOLIDAY)
                .map(Holiday::getDate).sorted().toList();
    }
}
