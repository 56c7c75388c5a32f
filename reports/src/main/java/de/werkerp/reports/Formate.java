package de.werkerp.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * German formats shared by the typed report APIs: "1.234,56 €", "37,5", "31.03.2025", "März 2025".
 * {@link DecimalFormat} is not thread-safe, so a new one is made per call (cheap compared to a render).
 */
final class Formate {

    private static final Locale DE = ReportRenderer.LOCALE;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy", DE);
    private static final DateTimeFormatter DATUM_ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'", DE);
    private static final DateTimeFormatter MONAT = DateTimeFormatter.ofPattern("MMMM yyyy", DE);

    private Formate() {
    }

    /** "133,00 €", "1.234,50 €", "-45,00 €"; {@code null} gives "". Plain space before the sign. */
    static String euro(BigDecimal value) {
        return value == null ? "" : zahl(value, "#,##0.00") + " €";
    }

    /**
     * Rounded to cents HALF_UP first (exact amounts such as 18.725 give "18,73 €"; {@link #euro} would round
     * HALF_EVEN); {@code null} gives "".
     */
    static String euroCent(BigDecimal value) {
        return value == null ? "" : euro(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** A rate in percent with one to three decimals: "14,6 %", "2,5 %", "0,875 %"; {@code null} gives "". */
    static String prozent(BigDecimal value) {
        return value == null ? "" : zahl(value, "#,##0.0##") + " %";
    }

    /** A number with two to four decimals: "133,00", "0,75", "2,6125"; {@code null} gives "". */
    static String dezimal(BigDecimal value) {
        return value == null ? "" : zahl(value, "#,##0.00##");
    }

    /** "37,5", "40", "37,75" (no trailing zeros); {@code null} gives "". */
    static String stunden(BigDecimal value) {
        return value == null ? "" : zahl(value, "#,##0.##");
    }

    /** "31.03.2025"; {@code null} gives "". */
    static String datum(LocalDate date) {
        return date == null ? "" : date.format(DATUM);
    }

    /** "31.03.2025 um 14:05 Uhr"; {@code null} gives "". */
    static String datumZeit(LocalDateTime dateTime) {
        return dateTime == null ? "" : dateTime.format(DATUM_ZEIT);
    }

    /** "März 2025"; {@code null} gives "". */
    static String monat(YearMonth month) {
        return month == null ? "" : month.format(MONAT);
    }

    static boolean hatText(String s) {
        return s != null && !s.isBlank();
    }

    private static String zahl(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DE));
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
