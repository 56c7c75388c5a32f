package de.werkerp.social.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The RV contribution for the month with the refunds of § 179 Abs. 1 SGB VI: the Bund refunds the contribution on
 * (80 % BG − Entgelt), the Leistungsträger the rest of the provider's share; both refunds add up to {@code traeger}.
 *
 * @param tragung                    the band that decided who bears what
 * @param bemessungsgrundlage        base in euros (the Entgelt, at least 80 % of the Bezugsgröße, § 162 Nr. 2 SGB VI)
 * @param traeger                    provider's share in euros
 * @param beschaeftigter             worker's share in euros
 * @param erstattungBund             refund by the Bund in euros (§ 179 Abs. 1 Satz 1 SGB VI)
 * @param erstattungLeistungstraeger refund by the Leistungsträger in euros (§ 179 Abs. 1 Satz 2 SGB VI)
 * @param zeilen                     the calculation lines
 */
public record Rentenbeitrag(Tragung tragung, BigDecimal bemessungsgrundlage, BigDecimal traeger,
        BigDecimal beschaeftigter, BigDecimal erstattungBund, BigDecimal erstattungLeistungstraeger,
        List<Beitragszeile> zeilen) implements java.io.Serializable {

    public Rentenbeitrag {
        Objects.requireNonNull(tragung, "tragung");
        Objects.requireNonNull(bemessungsgrundlage, "bemessungsgrundlage");
        Objects.requireNonNull(traeger, "traeger");
        Objects.requireNonNull(beschaeftigter, "beschaeftigter");
        Objects.requireNonNull(erstattungBund, "erstattungBund");
        Objects.requireNonNull(erstattungLeistungstraeger, "erstattungLeistungstraeger");
        if (erstattungBund.add(erstattungLeistungstraeger).compareTo(traeger) != 0) {
            throw new IllegalArgumentException("Die Erstattungen von Bund und Leistungsträger müssen zusammen den "
                    + "Trägeranteil ergeben.");
        }
        zeilen = List.copyOf(zeilen);
    }

    /** The whole RV contribution: provider's plus worker's share. */
    public BigDecimal gesamt() {
        return traeger.add(beschaeftigter);
    }
}
