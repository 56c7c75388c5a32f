package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.Objects;

import de.werkerp.contract.control.Teilzeitgrund;

/**
 * Tenant setting: whether Grundbetrag and Steigerungsbetrag (§ 221 Abs. 2 SGB IX) are reduced for part time,
 * pro rata to <em>agreed weekly hours ÷ full-time hours</em> of the Einrichtung (its Entgelt settings, 35–40 h,
 * § 6 Abs. 1 WVO; the same full time the contract check uses).
 *
 * <p>The point is disputed (rules.md § 1); the constants say which components are reduced:
 * <ul>
 * <li>{@link #GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG} — the default of rules.md § 1;</li>
 * <li>{@link #BEIDE_ANTEILIG} — both pro rata;</li>
 * <li>{@link #BEIDE_VOLL} — the Bundesversicherungsamt: no legal basis for any reduction.</li>
 * </ul>
 * Whether part time for a reason under § 6 Abs. 2 WVO is reduced at all is the second setting {@link WvoTeilzeit}
 * (rules.md § 1 default: like any part time; BAGüS: never). Hours above the full time do not raise the pay (factor at
 * most 1). Rounding: the reduced amount is computed from the exact fraction and rounded to the cent, HALF_UP.
 */
public enum Teilzeitregelung {
    /** Grundbetrag in full, Steigerungsbetrag pro rata. Default (rules.md § 1). */
    GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG(false, true),
    /** Both pro rata. */
    BEIDE_ANTEILIG(true, true),
    /** Nothing reduced (Bundesversicherungsamt: no legal basis for a reduction). */
    BEIDE_VOLL(false, false);

    private final boolean grundbetragAnteilig;
    private final boolean steigerungsbetragAnteilig;

    Teilzeitregelung(boolean grundbetragAnteilig, boolean steigerungsbetragAnteilig) {
        this.grundbetragAnteilig = grundbetragAnteilig;
        this.steigerungsbetragAnteilig = steigerungsbetragAnteilig;
    }

    /** Whether this setting reduces the component at all (for some part-time reason). */
    public boolean mindert(Komponente komponente) {
        return switch (komponente) {
            case GRUNDBETRAG -> grundbetragAnteilig;
            case STEIGERUNGSBETRAG -> steigerungsbetragAnteilig;
            default -> false;
        };
    }

    /**
     * Whether the component is reduced for a person working {@code wochenstunden} of {@code vollzeitStunden}, with
     * part time for a reason under § 6 Abs. 2 WVO treated as {@code wvo} says.
     *
     * @throws IllegalArgumentException part time without a reason (the Arbeitszeitregel refuses to store that)
     */
    public boolean mindert(Komponente komponente, BigDecimal wochenstunden, BigDecimal vollzeitStunden,
            Teilzeitgrund grund, WvoTeilzeit wvo) {
        Objects.requireNonNull(wvo, "wvo");
        if (!istTeilzeit(wochenstunden, vollzeitStunden)) {
            return false;
        }
        if (grund == null) {
            throw new IllegalArgumentException("Für eine Wochenarbeitszeit von " + Format.zahl(wochenstunden)
                    + " Stunden (Vollzeit " + Format.zahl(vollzeitStunden) + " Stunden) ist kein Teilzeitgrund "
                    + "erfasst. Ohne ihn lässt sich nicht entscheiden, ob das Entgelt gekürzt werden darf "
                    + "(§ 6 Abs. 2 WVO oder § 8 TzBfG): bitte den Teilzeitgrund in der Arbeitszeit erfassen.");
        }
        return mindert(komponente) && !wvo.ausgenommen(grund);
    }

    /** Part time: fewer agreed hours than the full time. */
    public static boolean istTeilzeit(BigDecimal wochenstunden, BigDecimal vollzeitStunden) {
        Objects.requireNonNull(vollzeitStunden, "vollzeitStunden");
        if (wochenstunden == null) {
            return false;
        }
        if (wochenstunden.signum() <= 0) {
            throw new IllegalArgumentException("Die Wochenarbeitszeit muss mehr als 0 Stunden betragen.");
        }
        return wochenstunden.compareTo(vollzeitStunden) < 0;
    }
}
