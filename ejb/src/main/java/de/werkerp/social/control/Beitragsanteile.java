package de.werkerp.social.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One branch's contribution for the month (KV, KV-Zusatzbeitrag or PV): base, provider's share, worker's share,
 * and the lines they come from. Each share is the sum of its {@link Beitragszeile lines}, rounded to the cent.
 *
 * @param zweig               name of the branch
 * @param tragung             the band that decided who bears what
 * @param bemessungsgrundlage base in euros (the Entgelt, at least 20 % of the Bezugsgröße)
 * @param traeger             provider's share in euros
 * @param beschaeftigter      worker's share in euros (deducted from the pay)
 * @param zeilen              the calculation lines
 */
public record Beitragsanteile(String zweig, Tragung tragung, BigDecimal bemessungsgrundlage, BigDecimal traeger,
        BigDecimal beschaeftigter, List<Beitragszeile> zeilen) implements java.io.Serializable {

    public Beitragsanteile {
        Objects.requireNonNull(zweig, "zweig");
        Objects.requireNonNull(tragung, "tragung");
        Objects.requireNonNull(bemessungsgrundlage, "bemessungsgrundlage");
        Objects.requireNonNull(traeger, "traeger");
        Objects.requireNonNull(beschaeftigter, "beschaeftigter");
        zeilen = List.copyOf(zeilen);
    }

    /** The branch's whole contribution: provider's plus worker's share. */
    public BigDecimal gesamt() {
        return traeger.add(beschaeftigter);
    }
}
