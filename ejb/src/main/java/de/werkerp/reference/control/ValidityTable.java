package de.werkerp.reference.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Year-dependent reference values (Grundbetrag, Bezugsgröße, rates) answer one question: which value
 * is valid on date D? Periods must not overlap; a date in no period has no value, and the caller must
 * say so instead of guessing.
 */
public final class ValidityTable<T> {

    private final List<T> entries;
    private final Function<T, Validity> validityOf;

    public ValidityTable(List<T> entries, Function<T, Validity> validityOf) {
        List<T> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(e -> validityOf.apply(e).from()));
        for (int i = 1; i < sorted.size(); i++) {
            Validity previous = validityOf.apply(sorted.get(i - 1));
            Validity current = validityOf.apply(sorted.get(i));
            if (previous.overlaps(current)) {
                throw new IllegalArgumentException("Gültigkeitszeiträume überschneiden sich: " + previous + " und " + current);
            }
        }
        this.entries = List.copyOf(sorted);
        this.validityOf = validityOf;
    }

    public Optional<T> validOn(LocalDate date) {
        return entries.stream().filter(e -> validityOf.apply(e).contains(date)).findFirst();
    }

    public T require(LocalDate date, String what) {
        return validOn(date).orElseThrow(() -> new MissingReferenceValue(what, date));
    }

    public List<T> entries() {
        return entries;
    }

    /** No reference value is stored for a date: nothing is computed, the message names what is missing. */
    public static class MissingReferenceValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MissingReferenceValue(String what, LocalDate date) {
            super("Für " + what + " ist am " + String.format("%02d.%02d.%d", date.getDayOfMonth(),
                    date.getMonthValue(), date.getYear()) + " kein Wert hinterlegt.");
        }
    }
}
