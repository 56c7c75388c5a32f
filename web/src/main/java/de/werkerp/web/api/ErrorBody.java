package de.werkerp.web.api;

import java.util.List;

/** The JSON body of every error answer: status, a German message, and the fields at fault. */
public record ErrorBody(int status, String meldung, List<FieldMessage> fehler) {

    public record FieldMessage(String feld, String meldung) {
    }

    public static ErrorBody of(int status, String meldung) {
        return new ErrorBody(status, meldung, List.of());
    }
}
