package de.werkerp.result.control;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** German amounts and percentages for the messages of the Arbeitsergebnisrechnung. */
final class Format {

    private Format() {
    }

    /** 1.234,50 € – −1.234,50 € */
    static String euro(BigDecimal betrag) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return f.format(betrag).replace('-', '−') + " €";
    }

    /** 69,99 % */
    static String prozent(BigDecimal wert) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return f.format(wert) + " %";
    }
}
