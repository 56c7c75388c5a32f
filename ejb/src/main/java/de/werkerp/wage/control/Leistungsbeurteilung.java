package de.werkerp.wage.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's performance assessment (Leistungsbeurteilung) under the Entgeltordnung: the basis of the
 * "leistungsangemessenen Steigerungsbetrag" (§ 221 Abs. 2 SGB IX), which judges "insbesondere Arbeitsmenge und
 * Arbeitsgüte". It has the date it was made, the assessor, the date from which it applies, and the result
 * ({@link Bewertung}).
 *
 * <p>Which assessment applies to a month ({@link #massgeblich}): the one with the latest {@code gueltigAb} on or
 * before the first day of the contract in the month ({@link Vertragsmonat#von()}: the 1st, or the day of entry);
 * of two with the same {@code gueltigAb}, the later made one. An assessment applying from the middle of a month
 * therefore counts from the next month: the month is not split.
 */
public record Leistungsbeurteilung(LocalDate beurteiltAm, LocalDate gueltigAb, String beurteiler,
        Bewertung bewertung) {

    public Leistungsbeurteilung {
        Objects.requireNonNull(beurteiltAm, "beurteiltAm");
        Objects.requireNonNull(gueltigAb, "gueltigAb");
        Objects.requireNonNull(bewertung, "bewertung");
        if (beurteiler == null || beurteiler.isBlank()) {
            throw new IllegalArgumentException("Bitte angeben, wer die Leistungsbeurteilung vorgenommen hat.");
        }
    }

    /** The assessment that applies to the contract's part of the month, if any. */
    public static Optional<Leistungsbeurteilung> massgeblich(Collection<Leistungsbeurteilung> beurteilungen,
            Vertragsmonat vertragsmonat) {
        Objects.requireNonNull(vertragsmonat, "vertragsmonat");
        LocalDate stichtag = vertragsmonat.von();
        return beurteilungen.stream()
                .filter(b -> !b.gueltigAb().isAfter(stichtag))
                .max(Comparator.comparing(Leistungsbeurteilung::gueltigAb)
                        .thenComparing(Leistungsbeurteilung::beurteiltAm));
    }
}
