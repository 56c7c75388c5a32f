package de.werkerp.platform.control;

import java.util.Optional;

/**
 * Control characters in entered text: NUL and the other C0 controls (U+0000–U+001F), DEL and the C1 controls
 * (U+007F–U+009F) are never part of a name or a text. Tab, line feed and carriage return are allowed only where
 * multi-line text is (fields marked {@link de.werkerp.platform.entity.Mehrzeilig}). They would end up in PDFs, CSV
 * files, XRechnung and SEPA files, where they break the format or hide text.
 */
public final class Steuerzeichen {

    private Steuerzeichen() {
    }

    /**
     * The German message for the first forbidden character of {@code text}, or empty if there is none.
     *
     * @param mehrzeilig whether tab and line breaks are allowed
     */
    public static Optional<String> fehler(String text, boolean mehrzeilig) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) != Character.CONTROL) {
                continue;
            }
            boolean umbruch = c == '\t' || c == '\n' || c == '\r';
            if (umbruch && mehrzeilig) {
                continue;
            }
            String code = String.format("U+%04X", (int) c);
            return Optional.of(umbruch
                    ? "Bitte ohne Zeilenumbruch oder Tabulator eingeben (einzeiliges Feld; " + code + " an Stelle "
                            + (i + 1) + ")."
                    : "Der Text enthält ein unzulässiges Steuerzeichen (" + code + " an Stelle " + (i + 1)
                            + "). Bitte nur lesbaren Text eingeben.");
        }
        return Optional.empty();
    }
}
