package de.werkerp.web.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import de.werkerp.platform.control.ValidationFailure;

/** Parsing of the string fields of request bodies, with German messages naming the field. */
final class Texts {

    private Texts() {
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure(field, "„" + value + "“ ist kein gültiges Datum (JJJJ-MM-TT).");
        }
    }

    static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationFailure(field, "„" + value + "“ ist keine Zahl.");
        }
    }
}
