package de.werkerp.contract.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * Value of the column {@code geschlecht}. The constant names are those of
 * {@code de.werkerp.contract.entity.Geschlecht}, so the caller maps with {@code Geschlecht.valueOf(g.name())}.
 */
public enum ImportGeschlecht {
    WEIBLICH, MAENNLICH, DIVERS, OHNE_ANGABE;

    /** Accepted, case-insensitive: weiblich, männlich (also maennlich), divers, ohne Angabe; w, m, d. */
    static Optional<ImportGeschlecht> ausText(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
        return switch (t) {
            case "weiblich", "w" -> Optional.of(WEIBLICH);
            case "männlich", "maennlich", "m" -> Optional.of(MAENNLICH);
            case "divers", "d" -> Optional.of(DIVERS);
            case "ohne angabe" -> Optional.of(OHNE_ANGABE);
            default -> Optional.empty();
        };
    }
}
