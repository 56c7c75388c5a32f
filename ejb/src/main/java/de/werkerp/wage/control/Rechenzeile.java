package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One traceable line of a wage statement: what ({@code bezeichnung}), from what ({@code basis}), with which
 * factor ({@code faktor}) and how much ({@code betrag}, euros to the cent, negative for reductions and deductions).
 * {@code basis} and {@code faktor} are {@code null} where nothing is computed (e.g. an amount from the Lohnstufen
 * table or a pay item). Where a factor is a fraction (e.g. 30 of 35 hours) it is shown to six decimals while the
 * amount is computed from the exact fraction; the label names the fraction.
 *
 * @param komponente     the component the line belongs to
 * @param lohnart        the tenant's Lohnart code of a pay item or contribution, {@code null} for computed lines
 * @param bezeichnung    German label for the statement
 * @param basis          the base of the computation, or {@code null}
 * @param faktor         the factor applied to the base, or {@code null}
 * @param betrag         the amount in euros, scale 2
 * @param arbeitsentgelt whether the amount counts as Arbeitsentgelt (for social insurance and the statement)
 */
public record Rechenzeile(Komponente komponente, String lohnart, String bezeichnung, BigDecimal basis,
        BigDecimal faktor, BigDecimal betrag, boolean arbeitsentgelt) implements java.io.Serializable {

    public Rechenzeile {
        Objects.requireNonNull(komponente, "komponente");
        Objects.requireNonNull(betrag, "betrag");
        if (bezeichnung == null || bezeichnung.isBlank()) {
            throw new IllegalArgumentException("Eine Rechenzeile braucht eine Bezeichnung.");
        }
        betrag = Format.cent(betrag, "Der Betrag der Zeile „" + bezeichnung + "“");
        if (lohnart != null && lohnart.isBlank()) {
            lohnart = null;
        }
    }

    /** A computed line without Lohnart. */
    public static Rechenzeile berechnet(Komponente komponente, String bezeichnung, BigDecimal basis, BigDecimal faktor,
            BigDecimal betrag, boolean arbeitsentgelt) {
        return new Rechenzeile(komponente, null, bezeichnung, basis, faktor, betrag, arbeitsentgelt);
    }

    /**
     * A given Steigerungsbetrag (full month, full time) without a computation in the kernel, e.g. entered in the
     * REST calculator or taken from a stored assessment.
     */
    public static Rechenzeile steigerungsbetrag(BigDecimal betrag) {
        return berechnet(Komponente.STEIGERUNGSBETRAG, "Steigerungsbetrag (vorgegeben)", null, null, betrag, true);
    }
}
