package de.werkerp.contract.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * Value of the column {@code teilzeitgrund}, required below 35 hours a week (§ 6 Abs. 2 WVO, § 8 TzBfG). The
 * constant names are those of {@code de.werkerp.contract.control.Teilzeitgrund}, so the caller maps with
 * {@code Teilzeitgrund.valueOf(t.name())}.
 */
public enum ImportTeilzeitgrund {
    ART_SCHWERE_BEHINDERUNG, TZBFG_ANTRAG, KINDERBETREUUNG, PFLEGE_ANGEHOERIGER;

    /** Accepted, case-insensitive: the constant names in lower case (a hyphen may stand for the underscore). */
    static Optional<ImportTeilzeitgrund> ausText(String text) {
        String t = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (ImportTeilzeitgrund g : values()) {
            if (g.name().equals(t)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The value as written in the file. */
    String csvWert() {
        return name().toLowerCase(Locale.ROOT);
    }
}
