package de.werkerp.reference.control;

import java.time.LocalDate;
import java.util.Objects;

/** A validity period from {@code from} to {@code to} inclusive; {@code to == null} means open-ended. */
public record Validity(LocalDate from, LocalDate to) {

    public Validity {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("Gültig bis (" + to + ") liegt vor gültig ab (" + from + ")");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    public boolean overlaps(Validity other) {
        boolean thisEndsBefore = to != null && to.isBefore(other.from);
        boolean otherEndsBefore = other.to != null && other.to.isBefore(from);
        return !thisEndsBefore && !otherEndsBefore;
    }
}
