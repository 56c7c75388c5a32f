package de.werkerp.platform.control;

import java.math.BigDecimal;

/** Small conversions of text that staff enter or files carry, shared by the import and export code. */
public final class Texteingabe {

    private Texteingabe() {
    }

    /**
     * A number as written in German files and forms: "1.234,56", "1234,56", "1234.56", optionally with "€".
     * With a comma, dots are thousands separators; without one, a dot is the decimal point.
     *
     * @throws NumberFormatException if the text is no number
     */
    public static BigDecimal zahl(String text) {
        String t = text.strip().replace("€", "").strip();
        if (t.contains(",")) {
            t = t.replace(".", "").replace(',', '.');
        }
        return new BigDecimal(t);
    }
}
