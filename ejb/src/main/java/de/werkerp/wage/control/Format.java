package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** German number and date texts for the messages and line labels of the wage kernel. */
public final class Format {

    private Format() {
    }

    /** DecimalFormat is not thread-safe and costly to build (a run formats thousands of amounts): one per thread. */
    private static final ThreadLocal<DecimalFormat> EURO = ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.00",
            DecimalFormatSymbols.getInstance(Locale.GERMANY)));

    /** 1.234,50 € */
    public static String euro(BigDecimal betrag) {
        return EURO.get().format(betrag) + " €";
    }

    /** 12 – 12,5 – 0,8571 (no trailing zeros). */
    static String zahl(BigDecimal wert) {
        BigDecimal ohneNullen = wert.stripTrailingZeros();
        if (ohneNullen.scale() < 0) {
            ohneNullen = ohneNullen.setScale(0);
        }
        return ohneNullen.toPlainString().replace('.', ',');
    }

    /** A point value: at least 2 decimals, more if it has them: 9,75 € – 3,90 € – 16,6666 €. */
    static String punktwert(BigDecimal wert) {
        BigDecimal ohneNullen = wert.stripTrailingZeros();
        return wert.setScale(Math.max(2, ohneNullen.scale())).toPlainString().replace('.', ',') + " €";
    }

    /** 03/2025 */
    public static String monat(YearMonth monat) {
        return String.format("%02d/%d", monat.getMonthValue(), monat.getYear());
    }

    /** 16.03.2025 */
    public static String datum(LocalDate datum) {
        return String.format("%02d.%02d.%d", datum.getDayOfMonth(), datum.getMonthValue(), datum.getYear());
    }

    /** Refuses amounts with fractions of a cent: money in the kernel is euros to the cent. */
    static BigDecimal cent(BigDecimal betrag, String was) {
        if (betrag.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(was + " muss auf volle Cent lauten, nicht " + betrag.toPlainString()
                    + ".");
        }
        return betrag.setScale(2);
    }
}
