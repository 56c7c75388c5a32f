package de.werkerp.social.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One traceable line of a contribution: who bears (or refunds) it, on which base, at which rate, under which
 * paragraph. {@code betrag} is exact ({@code bemessungsgrundlage × satz / 100}, not rounded): BVV § 1 Abs. 2 computes
 * without rounding intermediate results, and each party's share is the sum of its lines, rounded once to the cent
 * (see {@link Sozialversicherungsbeitraege}). A line without base and rate (e.g. the Leistungsträger's refund, which
 * is a difference of rounded shares, or a reduction that does not apply) carries its amount directly.
 *
 * @param seite               who bears or refunds the amount
 * @param text                what the line is, with its paragraph
 * @param bemessungsgrundlage base in euros, or {@code null}
 * @param satz                rate in percent (negative for a reduction), or {@code null}
 * @param betrag              exact amount in euros
 */
public record Beitragszeile(Seite seite, String text, BigDecimal bemessungsgrundlage, BigDecimal satz,
        BigDecimal betrag) implements java.io.Serializable {

    /** Who bears a contribution line or pays a refund. */
    public enum Seite {
        TRAEGER("Träger"),
        BESCHAEFTIGTER("Beschäftigte(r)"),
        ERSTATTUNG_BUND("Erstattung Bund"),
        ERSTATTUNG_LEISTUNGSTRAEGER("Erstattung Leistungsträger");

        private final String label;

        Seite(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    public Beitragszeile {
        Objects.requireNonNull(seite, "seite");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(betrag, "betrag");
        if ((bemessungsgrundlage == null) != (satz == null)) {
            throw new IllegalArgumentException("Eine Beitragszeile hat Bemessungsgrundlage und Satz oder keines von "
                    + "beiden.");
        }
    }

    /** A line base × rate; the amount is computed exactly. */
    static Beitragszeile aus(Seite seite, String text, BigDecimal bemessungsgrundlage, BigDecimal satz) {
        return new Beitragszeile(seite, text, bemessungsgrundlage, satz,
                bemessungsgrundlage.multiply(satz).movePointLeft(2));
    }

    /** The line as German text, e.g. "Träger: 749,00 € × 14,6 % = 109,354 € (Krankenversicherung … SGB V)". */
    public String beschreibung() {
        String rechnung = bemessungsgrundlage == null ? Format.euro(betrag)
                : Format.euro(bemessungsgrundlage) + " × " + Format.prozent(satz) + " = " + Format.euro(betrag);
        return seite.getLabel() + ": " + rechnung + " (" + text + ")";
    }
}
