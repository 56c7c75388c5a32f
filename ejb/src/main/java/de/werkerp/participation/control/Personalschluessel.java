package de.werkerp.participation.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Staffing ratios of the Standardleistung im Arbeitsbereich WfbM from the model Leistungsvereinbarung
 * Baden-Württemberg (seed 001 § 11 Abs. 3; rules.md § 7): required full-time equivalents (Vollzeitkräfte, VK) per
 * function from the number of places, compared with the FTE entered.
 *
 * <ul>
 * <li>Fixed ratios (a minimum to be staffed): Werkstattleitung 1 zu 120; QM, IT, Datenschutz, Arbeitssicherheit
 * 1 zu 120; Gruppenleitung 1 zu 12; Werkstattrat 1 zu 430.</li>
 * <li>Verwaltung "1 zu 40 / ab 121. Platz: 1 zu 50" is read as graduated: places 1–120 count 1/40 each, every place
 * from the 121st on counts 1/50. So 121 places = 120/40 + 1/50 = 3.02 VK and 240 places = 3 + 120/50 = 5.40 VK.
 * The other reading (all places at 1/50 once there are more than 120) would give 121/50 = 2.42 VK for 121 places,
 * less than the 3.00 VK for 120 places; the text says "ab 121. Platz", so the change applies to that place on.</li>
 * <li>Sozialdienst "1 zu 120 / Menschen mit seelischer Behinderung: 1 zu 60": the places for people with a
 * seelische Behinderung are part of the total places and count 1/60, the others 1/120.</li>
 * <li>Pflegekräfte "1 zu [XY] (bis zu 1 zu 80)", Arbeitsvorbereitung "1 zu [XY] (bis zu 1 zu 120)" and Hilfskräfte
 * "1 zu [XY] (bis zu 1 zu 240)": the ratio itself is agreed locally; the seed only gives the most generous ratio
 * allowed. The value computed here is therefore a maximum ({@link Funktion#hoechstwert()}): more FTE than that is
 * flagged, fewer is not a shortfall. (Hilfskräfte are in seed 001 § 11 Abs. 3, not in rules.md § 7.)</li>
 * <li>Not covered: Hauswirtschaft/Haustechnik ("nach Vereinbarung"), the overall ratio of 1 zu 10 to 1 zu 8,4
 * (seelische Behinderung 1 zu 10 to 1 zu 7,90) of which Gruppenleitung to Werkstattrat are part, and the
 * Werkstatt-Transfer supplement 1 zu 24 to 1 zu 12 (§ 11 Abs. 4).</li>
 * <li>Rounding: the required FTE is computed exactly (places ÷ ratio, summed) and rounded once to 2 decimals,
 * {@link RoundingMode#HALF_UP}; the comparison uses that rounded figure. FTE not entered count as 0.</li>
 * </ul>
 */
public final class Personalschluessel {

    /** Functions of seed 001 § 11 Abs. 3 with their ratio (places per full-time equivalent). */
    public enum Funktion {
        WERKSTATTLEITUNG("Werkstattleitung", 120, false),
        VERWALTUNG("Verwaltung", 40, false),
        QM_IT_DATENSCHUTZ_ARBEITSSICHERHEIT("QM, IT, Datenschutz, Arbeitssicherheit", 120, false),
        GRUPPENLEITUNG("Gruppenleitung", 12, false),
        SOZIALDIENST("Sozialdienst", 120, false),
        PFLEGE("Pflegekräfte", 80, true),
        ARBEITSVORBEREITUNG("Arbeitsvorbereitung", 120, true),
        HILFSKRAEFTE("Hilfskräfte", 240, true),
        WERKSTATTRAT("Werkstattrat", 430, false);

        private final String label;
        private final int plaetzeJeVk;
        private final boolean hoechstwert;

        Funktion(String label, int plaetzeJeVk, boolean hoechstwert) {
            this.label = label;
            this.plaetzeJeVk = plaetzeJeVk;
            this.hoechstwert = hoechstwert;
        }

        public String label() {
            return label;
        }

        /** Places per full-time equivalent (for Verwaltung up to place 120, for Sozialdienst without seelische Behinderung). */
        public int plaetzeJeVk() {
            return plaetzeJeVk;
        }

        /** {@code true} where seed 001 says "bis zu": the computed value is a maximum, not a minimum. */
        public boolean hoechstwert() {
            return hoechstwert;
        }
    }

    /** Verwaltung from the 121st place: 1 zu 50. */
    static final int VERWALTUNG_STAFFEL_AB_PLATZ = 121;
    static final int VERWALTUNG_AB_STAFFEL = 50;
    /** Sozialdienst for people with seelische Behinderung: 1 zu 60. */
    static final int SOZIALDIENST_SEELISCH = 60;

    private static final MathContext GENAU = MathContext.DECIMAL128;

    /** Result for one function: required, entered, difference (entered − required) and a German verdict. */
    public record Zeile(Funktion funktion, BigDecimal soll, BigDecimal ist, BigDecimal differenz, boolean erfuellt,
            String bewertung) implements java.io.Serializable {
    }

    private Personalschluessel() {
    }

    /** Required FTE of one function, 2 decimals HALF_UP. */
    public static BigDecimal soll(Funktion funktion, int plaetze, int plaetzeSeelisch) {
        pruefePlaetze(plaetze, plaetzeSeelisch);
        Objects.requireNonNull(funktion, "funktion");
        BigDecimal genau = switch (funktion) {
            case VERWALTUNG -> anteil(Math.min(plaetze, VERWALTUNG_STAFFEL_AB_PLATZ - 1), funktion.plaetzeJeVk)
                    .add(anteil(Math.max(0, plaetze - (VERWALTUNG_STAFFEL_AB_PLATZ - 1)), VERWALTUNG_AB_STAFFEL));
            case SOZIALDIENST -> anteil(plaetze - plaetzeSeelisch, funktion.plaetzeJeVk)
                    .add(anteil(plaetzeSeelisch, SOZIALDIENST_SEELISCH));
            default -> anteil(plaetze, funktion.plaetzeJeVk);
        };
        return genau.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Compares the entered FTE with the ratios for every function.
     *
     * @param plaetze         agreed places in the Arbeitsbereich
     * @param plaetzeSeelisch of these, places for people with a seelische Behinderung
     * @param ist             FTE entered per function; missing functions count as 0
     */
    public static List<Zeile> pruefe(int plaetze, int plaetzeSeelisch, Map<Funktion, BigDecimal> ist) {
        Objects.requireNonNull(ist, "ist");
        List<Zeile> zeilen = new ArrayList<>();
        for (Funktion f : Funktion.values()) {
            zeilen.add(pruefe(f, plaetze, plaetzeSeelisch, ist.getOrDefault(f, BigDecimal.ZERO)));
        }
        return List.copyOf(zeilen);
    }

    /** Compares the entered FTE of one function with its ratio. */
    public static Zeile pruefe(Funktion funktion, int plaetze, int plaetzeSeelisch, BigDecimal ist) {
        BigDecimal soll = soll(funktion, plaetze, plaetzeSeelisch);
        BigDecimal vk = ist == null ? BigDecimal.ZERO : ist;
        if (vk.signum() < 0) {
            throw new IllegalArgumentException("Die Vollzeitkräfte für " + funktion.label
                    + " dürfen nicht negativ sein, nicht " + zahl(vk) + ".");
        }
        BigDecimal differenz = vk.subtract(soll).setScale(Math.max(2, vk.scale()), RoundingMode.HALF_UP);
        String schluessel = schluessel(funktion, plaetzeSeelisch);
        boolean erfuellt;
        String bewertung;
        if (funktion.hoechstwert) {
            erfuellt = differenz.signum() <= 0;
            bewertung = erfuellt
                    ? funktion.label + ": " + zahl(vk) + " VK liegen im Rahmen des Höchstwerts von " + zahl(soll)
                            + " VK (" + schluessel + ", Muster-Leistungsvereinbarung § 11 Abs. 3)."
                    : funktion.label + ": " + zahl(vk) + " VK liegen um " + zahl(differenz) + " VK über dem "
                            + "Höchstwert von " + zahl(soll) + " VK (" + schluessel + ", Muster-Leistungsvereinbarung "
                            + "§ 11 Abs. 3).";
        } else {
            erfuellt = differenz.signum() >= 0;
            if (differenz.signum() == 0) {
                bewertung = funktion.label + ": Personalschlüssel erfüllt, " + zahl(vk) + " VK wie gefordert ("
                        + schluessel + ", Muster-Leistungsvereinbarung § 11 Abs. 3).";
            } else if (erfuellt) {
                bewertung = funktion.label + ": Personalschlüssel erfüllt, " + zahl(vk) + " VK statt " + zahl(soll)
                        + " VK, " + zahl(differenz) + " VK mehr (" + schluessel
                        + ", Muster-Leistungsvereinbarung § 11 Abs. 3).";
            } else {
                bewertung = funktion.label + ": Personalschlüssel nicht erfüllt, es fehlen " + zahl(differenz.negate())
                        + " VK (gefordert " + zahl(soll) + " VK, erfasst " + zahl(vk) + " VK; " + schluessel
                        + ", Muster-Leistungsvereinbarung § 11 Abs. 3).";
            }
        }
        return new Zeile(funktion, soll, vk, differenz, erfuellt, bewertung);
    }

    private static String schluessel(Funktion f, int plaetzeSeelisch) {
        return switch (f) {
            case VERWALTUNG -> "1 zu 40, ab dem 121. Platz 1 zu 50";
            case SOZIALDIENST -> plaetzeSeelisch > 0 ? "1 zu 120, für Menschen mit seelischer Behinderung 1 zu 60"
                    : "1 zu 120";
            default -> (f.hoechstwert ? "bis zu " : "") + "1 zu " + f.plaetzeJeVk;
        };
    }

    private static BigDecimal anteil(int plaetze, int plaetzeJeVk) {
        return BigDecimal.valueOf(plaetze).divide(BigDecimal.valueOf(plaetzeJeVk), GENAU);
    }

    private static void pruefePlaetze(int plaetze, int plaetzeSeelisch) {
        if (plaetze < 0) {
            throw new IllegalArgumentException("Die Zahl der Plätze darf nicht negativ sein, nicht " + plaetze + ".");
        }
        if (plaetzeSeelisch < 0 || plaetzeSeelisch > plaetze) {
            throw new IllegalArgumentException("Die Plätze für Menschen mit seelischer Behinderung (" + plaetzeSeelisch
                    + ") müssen zwischen 0 und der Gesamtzahl der Plätze (" + plaetze + ") liegen.");
        }
    }

    /** Numbers the German way with two decimals: 3,02. */
    static String zahl(BigDecimal wert) {
        return wert.setScale(Math.max(2, wert.stripTrailingZeros().scale()), RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',');
    }
}
