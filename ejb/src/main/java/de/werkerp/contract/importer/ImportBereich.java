package de.werkerp.contract.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * Value of the column {@code bereich} (§§ 57, 58 SGB IX). The constant names are those of
 * {@code de.werkerp.contract.entity.Bereich}, so the caller maps with {@code Bereich.valueOf(b.name())}.
 */
public enum ImportBereich {
    EV, BBB, AB;

    /** Accepted, case-insensitive: EV, BBB, AB or Eingangsverfahren, Berufsbildungsbereich, Arbeitsbereich. */
    static Optional<ImportBereich> ausText(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "ev", "eingangsverfahren" -> Optional.of(EV);
            case "bbb", "berufsbildungsbereich" -> Optional.of(BBB);
            case "ab", "arbeitsbereich" -> Optional.of(AB);
            default -> Optional.empty();
        };
    }
}
