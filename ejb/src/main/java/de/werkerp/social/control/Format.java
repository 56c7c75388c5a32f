package de.werkerp.social.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** German formatting of amounts, rates and dates for messages and calculation lines. */
final class Format {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONAT = DateTimeFormatter.ofPattern("MM/yyyy");

    /** DecimalFormat is not thread-safe and costly to build (a run formats thousands of amounts): one per thread. */
    private static final ThreadLocal<DecimalFormat> EURO = ThreadLocal.withInitial(() -> {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f;
    });

    private Format() {
    }

    /** 2996 → "2.996,00 €"; an exact intermediate amount keeps its decimals: 109.354 → "109,354 €". */
    static String euro(BigDecimal betrag) {
        BigDecimal wert = betrag.stripTrailingZeros();
        int nachkomma = Math.max(2, wert.scale());
        DecimalFormat format = EURO.get();
        format.setMinimumFractionDigits(nachkomma);
        format.setMaximumFractionDigits(nachkomma);
        return format.format(betrag.setScale(nachkomma, RoundingMode.UNNECESSARY)) + " €";
    }

    /** 14.600 → "14,6 %"; 1.525 → "1,525 %". */
    static String prozent(BigDecimal satz) {
        BigDecimal wert = satz.stripTrailingZeros();
        if (wert.scale() < 0) {
            wert = wert.setScale(0);
        }
        return wert.toPlainString().replace('.', ',') + " %";
    }

    static String datum(LocalDate datum) {
        return datum.format(DATUM);
    }

    static String monat(YearMonth monat) {
        return monat.format(MONAT);
    }
}
