package de.werkerp.wage.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One spell of incapacity for work (Arbeitsunfähigkeit) as the caller knows it: first day, last day ({@code null}
 * while it lasts) and, for a renewed illness from the same cause (Fortsetzungserkrankung, cf. § 3 Abs. 1 Satz 2
 * EFZG), the calendar days of that illness already paid in earlier spells. Deciding whether two spells are the same
 * illness is the caller's (medical) judgement, not the kernel's.
 */
public record Erkrankung(LocalDate beginn, LocalDate ende, int bereitsBezahlteTage) {

    public Erkrankung {
        Objects.requireNonNull(beginn, "beginn");
        if (ende != null && ende.isBefore(beginn)) {
            throw new IllegalArgumentException("Das Ende der Erkrankung (" + Format.datum(ende) + ") liegt vor ihrem "
                    + "Beginn (" + Format.datum(beginn) + ").");
        }
        if (bereitsBezahlteTage < 0) {
            throw new IllegalArgumentException("Die bereits bezahlten Krankheitstage können nicht negativ sein.");
        }
    }

    /** A new illness (no earlier spells of the same cause). */
    public Erkrankung(LocalDate beginn, LocalDate ende) {
        this(beginn, ende, 0);
    }
}
