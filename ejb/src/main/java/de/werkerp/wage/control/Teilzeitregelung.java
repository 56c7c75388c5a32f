package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import de.werkerp.contract.control.Teilzeitgrund;

/**
 * Tenant setting: whether Grundbetrag and Steigerungsbetrag (§ 221 Abs. 2 SGB IX) are reduced for part time,
 * pro rata to <em>agreed weekly hours ÷ full-time hours</em> of the Einrichtung (default 35, § 6 Abs. 1 WVO).
 *
 * <p>The point is disputed (rules.md § 1). The BAGüS (Werkstättenempfehlungen) holds a pro-rata reduction allowed
 * for part time under § 8 TzBfG, but not for part time under § 6 Abs. 2 WVO (because of the kind or severity of the
 * disability, or to fulfil the Erziehungsauftrag): the person cannot work longer, so the wage must not shrink. The
 * Bundesversicherungsamt sees no legal basis for any reduction. The constants express the two positions:
 * <ul>
 * <li>{@link #GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG} (default) and {@link #BEIDE_ANTEILIG} follow the BAGüS:
 * they reduce only part time that does not rest on § 6 Abs. 2 WVO ({@link Teilzeitgrund#ART_SCHWERE_BEHINDERUNG},
 * {@link Teilzeitgrund#KINDERBETREUUNG} are never reduced; {@link Teilzeitgrund#TZBFG_ANTRAG} and
 * {@link Teilzeitgrund#PFLEGE_ANGEHOERIGER} are, because § 6 Abs. 2 WVO does not name the care of a relative).</li>
 * <li>{@link #BEIDE_VOLL} follows the Bundesversicherungsamt: nothing is reduced.</li>
 * </ul>
 * No constant reduces part time under § 6 Abs. 2 WVO: neither position allows it. Hours above the full time do not
 * raise the pay (factor at most 1). Rounding: the reduced amount is computed from the exact fraction and rounded to
 * the cent, HALF_UP.
 */
public enum Teilzeitregelung {
    /** Grundbetrag in full, Steigerungsbetrag pro rata (BAGüS; § 6 Abs. 2 WVO part time not reduced). Default. */
    GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG(false, true),
    /** Both pro rata (BAGüS; § 6 Abs. 2 WVO part time not reduced). */
    BEIDE_ANTEILIG(true, true),
    /** Nothing reduced (Bundesversicherungsamt: no legal basis for a reduction). */
    BEIDE_VOLL(false, false);

    /** The part-time reasons of § 6 Abs. 2 WVO, which the BAGüS exempts from any reduction. */
    public static final Set<Teilzeitgrund> PARAGRAPH_6_ABS_2_WVO = Set.copyOf(
            EnumSet.of(Teilzeitgrund.ART_SCHWERE_BEHINDERUNG, Teilzeitgrund.KINDERBETREUUNG));

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

    /** Whether part time for this reason is exempt from any reduction (§ 6 Abs. 2 WVO under the BAGüS view). */
    public static boolean ausgenommen(Teilzeitgrund grund) {
        return grund != null && PARAGRAPH_6_ABS_2_WVO.contains(grund);
    }

    /**
     * Whether the component is reduced for a person working {@code wochenstunden} of {@code vollzeitStunden}.
     *
     * @throws IllegalArgumentException part time without a reason (the Arbeitszeitregel refuses to store that)
     */
    public boolean mindert(Komponente komponente, BigDecimal wochenstunden, BigDecimal vollzeitStunden,
            Teilzeitgrund grund) {
        if (!istTeilzeit(wochenstunden, vollzeitStunden)) {
            return false;
        }
        if (grund == null) {
            throw new IllegalArgumentException("Für eine Wochenarbeitszeit von " + Format.zahl(wochenstunden)
                    + " Stunden (Vollzeit " + Format.zahl(vollzeitStunden) + " Stunden) ist kein Teilzeitgrund "
                    + "erfasst. Ohne ihn lässt sich nicht entscheiden, ob das Entgelt gekürzt werden darf "
                    + "(§ 6 Abs. 2 WVO oder § 8 TzBfG): bitte den Teilzeitgrund in der Arbeitszeit erfassen.");
        }
        return mindert(komponente) && !ausgenommen(grund);
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
