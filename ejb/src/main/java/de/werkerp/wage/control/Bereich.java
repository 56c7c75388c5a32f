package de.werkerp.wage.control;

import java.util.Locale;
import java.util.Objects;

/**
 * The area a person works in during the month, for the wage kernel (§§ 57, 58 SGB IX; an aLA has the same
 * structure, § 60 SGB IX). Only the Arbeitsbereich pays an Arbeitsentgelt (§ 221 Abs. 2 SGB IX) and the
 * Arbeitsförderungsgeld (§ 59 SGB IX); in the Eingangsverfahren and the Berufsbildungsbereich the person receives
 * Ausbildungsgeld (§ 125 SGB III) or Übergangsgeld from the Rehabilitationsträger, not from the provider. Kept
 * separate from the entity enum {@code contract.entity.Bereich} so that the rules stay plain Java; the constant
 * names are the same, so {@code Bereich.valueOf(entity.name())} maps them.
 */
public enum Bereich {
    EV("Eingangsverfahren"), BBB("Berufsbildungsbereich"), AB("Arbeitsbereich");

    private final String label;

    Bereich(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether the provider pays an Arbeitsentgelt in this area (§ 221 Abs. 2 SGB IX: Arbeitsbereich only). */
    public boolean zahltArbeitsentgelt() {
        return this == AB;
    }

    /** Parses the codes EV, BBB, AB (case-insensitive), e.g. from the REST calculator. */
    public static Bereich von(String code) {
        Objects.requireNonNull(code, "code");
        for (Bereich b : values()) {
            if (b.name().equals(code.trim().toUpperCase(Locale.ROOT))) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unbekannter Bereich „" + code + "“: erlaubt sind EV (Eingangsverfahren), "
                + "BBB (Berufsbildungsbereich) und AB (Arbeitsbereich).");
    }
}
