package de.werkerp.platform.control;

import java.util.List;
import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * Bad input: one German message per field. Rolls back, so nothing is stored half-done.
 * The field names are those of the REST API and the forms.
 */
@ApplicationException(rollback = true)
public class ValidationFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public ValidationFailure(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public ValidationFailure(List<FieldError> errors) {
        super(errors.isEmpty() ? "Ungültige Eingabe" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> asMap() {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        errors.forEach(e -> map.putIfAbsent(e.field(), e.message()));
        return map;
    }
}
