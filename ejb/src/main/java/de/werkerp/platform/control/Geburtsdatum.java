package de.werkerp.platform.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A plausible birth date: not before 1 January 1900 and not in the future (today is allowed). The same bounds as the
 * CSV import and the Regelaltersgrenze calculator; a birth date outside them is a typing error (e.g. 0202 for 2002).
 */
public final class Geburtsdatum {

    /** The earliest birth date accepted. */
    public static final LocalDate FRUEHESTES = LocalDate.of(1900, 1, 1);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Geburtsdatum() {
    }

    /** The German message if {@code datum} is not plausible on {@code heute}; empty for null (required is separate). */
    public static Optional<String> fehler(LocalDate datum, LocalDate heute) {
        if (datum == null) {
            return Optional.empty();
        }
        if (datum.isBefore(FRUEHESTES)) {
            return Optional.of("Das Geburtsdatum " + DATUM.format(datum) + " liegt vor dem 01.01.1900 und ist nicht "
                    + "plausibel.");
        }
        if (datum.isAfter(heute)) {
            return Optional.of("Das Geburtsdatum " + DATUM.format(datum) + " liegt in der Zukunft.");
        }
        return Optional.empty();
    }
}
