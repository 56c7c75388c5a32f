package de.werkerp.web.api;

import de.werkerp.platform.control.ValidationFailure;

/** Small checks of request bodies before they reach a boundary. */
public final class Requests {

    private Requests() {
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new ValidationFailure("body", "Bitte senden Sie die Daten als JSON-Objekt.");
        }
        return body;
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure(field, message);
        }
    }
}
