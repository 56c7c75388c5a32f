package de.werkerp.contract.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * Value of the column {@code platzierung}; an empty cell is {@link #GRUPPE}. The constant names are those of
 * {@code de.werkerp.contract.entity.Platzierung}, so the caller maps with {@code Platzierung.valueOf(p.name())}.
 */
public enum ImportPlatzierung {
    GRUPPE, AUSGELAGERT, BETRIEBSINTEGRIERT, WERKSTATT_TRANSFER;

    /**
     * Whether the place is at an employer of the general labour market (§ 219 Abs. 1 SGB IX, ausgelagerte
     * Plätze): then {@code arbeitgeber} is required and {@code gruppe} not allowed.
     */
    public boolean beiArbeitgeber() {
        return this == AUSGELAGERT || this == BETRIEBSINTEGRIERT;
    }

    /** Accepted, case-insensitive: gruppe, ausgelagert, betriebsintegriert, werkstatt-transfer (also with _). */
    static Optional<ImportPlatzierung> ausText(String text) {
        return switch (text.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "gruppe" -> Optional.of(GRUPPE);
            case "ausgelagert" -> Optional.of(AUSGELAGERT);
            case "betriebsintegriert" -> Optional.of(BETRIEBSINTEGRIERT);
            case "werkstatt-transfer" -> Optional.of(WERKSTATT_TRANSFER);
            default -> Optional.empty();
        };
    }

    /** The value as written in the file, for messages. */
    String csvWert() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
