package de.werkerp.wage.control;

import java.util.EnumSet;
import java.util.Set;

import de.werkerp.contract.control.Teilzeitgrund;

/**
 * Tenant setting (per Einrichtung): whether part time for a reason under § 6 Abs. 2 WVO (kind or severity of the
 * disability, the Erziehungsauftrag) reduces the pay like any other part time. The point is disputed (rules.md § 1):
 * <ul>
 * <li>{@link #WIE_JEDE_TEILZEIT} — the default of rules.md § 1: part time is reduced as the {@link Teilzeitregelung}
 * says (by default Grundbetrag in full, Steigerungsbetrag pro rata to the agreed hours), whatever the reason.</li>
 * <li>{@link #NICHT_GEKUERZT} — the BAGüS (Werkstättenempfehlungen): a pro-rata reduction is allowed for part time
 * under § 8 TzBfG, not for part time under § 6 Abs. 2 WVO, because the person cannot work longer. The care of a
 * relative is not named in § 6 Abs. 2 WVO and is reduced under both readings.</li>
 * </ul>
 * With {@link Teilzeitregelung#BEIDE_VOLL} (Bundesversicherungsamt) nothing is reduced under either reading.
 * The constant names are stored in the database ({@code entgelt_einstellung.wvo_teilzeit}): do not rename them.
 */
public enum WvoTeilzeit {
    /** rules.md § 1 default: also part time under § 6 Abs. 2 WVO is reduced as the Teilzeitregelung says. */
    WIE_JEDE_TEILZEIT("Wie jede Teilzeit kürzen (Standard nach rules.md § 1)",
            "Auch Teilzeit nach § 6 Abs. 2 WVO (Art oder Schwere der Behinderung, Erziehungsauftrag) wird nach der "
                    + "Teilzeitregelung gekürzt: im Standard bleibt der Grundbetrag voll, der Steigerungsbetrag wird im "
                    + "Verhältnis vereinbarte Wochenstunden ÷ Vollzeit gezahlt."),
    /** BAGüS: part time under § 6 Abs. 2 WVO is never reduced. */
    NICHT_GEKUERZT("Nicht kürzen (Auffassung der BAGüS)",
            "Teilzeit nach § 6 Abs. 2 WVO (Art oder Schwere der Behinderung, Erziehungsauftrag) wird nie gekürzt; "
                    + "gekürzt wird nur Teilzeit nach § 8 TzBfG oder wegen Pflege eines Angehörigen (Empfehlung der "
                    + "BAGüS).");

    /** The part-time reasons of § 6 Abs. 2 WVO. */
    public static final Set<Teilzeitgrund> PARAGRAPH_6_ABS_2_WVO = Set.copyOf(
            EnumSet.of(Teilzeitgrund.ART_SCHWERE_BEHINDERUNG, Teilzeitgrund.KINDERBETREUUNG));

    /** The default of rules.md § 1. */
    public static final WvoTeilzeit STANDARD = WIE_JEDE_TEILZEIT;

    private final String label;
    private final String erklaerung;

    WvoTeilzeit(String label, String erklaerung) {
        this.label = label;
        this.erklaerung = erklaerung;
    }

    /** Whether part time for this reason is exempt from any reduction under this reading. */
    public boolean ausgenommen(Teilzeitgrund grund) {
        return this == NICHT_GEKUERZT && grund != null && PARAGRAPH_6_ABS_2_WVO.contains(grund);
    }

    public String getLabel() {
        return label;
    }

    public String getErklaerung() {
        return erklaerung;
    }
}
