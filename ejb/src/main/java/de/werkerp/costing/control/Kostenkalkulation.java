package de.werkerp.costing.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.werkerp.participation.control.Personalschluessel;
import de.werkerp.wage.control.Format;

/**
 * The cost calculation of an andere Leistungsanbieter behind the daily rate (Betreuungstagessatz) negotiated with
 * the Leistungsträger: seed 003 chapter 6.1, Tab. 1 (structure) and Tab. 2 (Sachkosten), rules.md § 7.
 *
 * <p><b>Rule</b> (seed 003 ch. 6.1, Tab. 1 "dividiert durch Anzahl der Mitarbeiter*innen und der Arbeitstage"):
 * total yearly costs (staff + fixed + variable) ÷ (places × days) = cost per place (Mitarbeiter*in) and day. The
 * rate is paid for 250 days a year (default of {@code tage}); up to 60 absence days within these are financed as
 * cost days, so the absence days do not reduce the divisor. (Seed 003 footnote 17 cites § 58 Abs. 2 Satz 2 SGB IX for
 * the 60 days; that provision describes the services of the Arbeitsbereich and sets no such figure — the 60 days are a
 * matter of the agreement with the Leistungsträger, hence a parameter.) Places are the
 * expected occupied places ("Belegte Plätze bzw. Mitarbeiter*innen (Prognose)").
 *
 * <ul>
 * <li><b>Staff</b> (Tab. 1 "Personalkosten"): per line the function, the hours per week worked for the aLA and the
 * employer gross per year (Arbeitgeber-Brutto, incl. the employer's social-insurance share) of a full-time position.
 * FTE (VK) = hours ÷ full-time hours per week (a parameter of the calculation, e.g. 39 h TVöD); yearly cost = FTE ×
 * employer gross. Tab. 1 states the hours per Mitarbeiter*in and week (e.g. 3.30 h Gruppenleitung for 1:12 at 40 h);
 * this calculation takes the hours of the function and shows the hours per place and week as in Tab. 1.</li>
 * <li><b>Staffing ratios</b>: the FTE per function are summed and compared with seed 001 § 11 Abs. 3 through
 * {@link Personalschluessel} (a warning, not a refusal: the ratios of a model agreement are negotiated; seed 003 ch. 6.1
 * "teils gesetzlich vorgegeben, teils Verhandlungsgrundlage").</li>
 * <li><b>Fixed costs</b> (Tab. 1 "Fixe Kosten", ch. 6.1): depreciation linear per year, buildings 2.45 %, inventory
 * 12.5 % (parameters with these defaults), base × rate; maintenance, interest, rent/leasing as yearly amounts.</li>
 * <li><b>Variable costs</b>: the Tab. 2 categories ({@link Sachkostenart}) as yearly amounts.</li>
 * </ul>
 *
 * <p><b>Rounding</b>: every line's yearly cost is computed exactly and rounded once to the cent, HALF_UP (FTE is not
 * rounded before multiplying). Section sums and the total are sums of the rounded lines (exact). Cost per place and
 * year, per place and month (÷ 12) and per place and day are each computed from the exact total and rounded once to
 * the cent, HALF_UP — not from one another. The per-section figures per place and day are rounded the same way and
 * may therefore differ from the total per day by a cent. FTE and hours per place are shown with 2 decimals, HALF_UP.
 */
public final class Kostenkalkulation {

    /** Default days per year the daily rate is paid for (seed 003 ch. 6.1). */
    public static final int STANDARD_TAGE = 250;
    /** Default absence days financed as cost days within the days (seed 003 ch. 6.1). */
    public static final int STANDARD_FEHLTAGE = 60;
    /** Default linear depreciation of buildings, percent per year (seed 003 ch. 6.1). */
    public static final BigDecimal STANDARD_SATZ_GEBAEUDE = new BigDecimal("2.45");
    /** Default linear depreciation of inventory incl. GWG, percent per year (seed 003 ch. 6.1). */
    public static final BigDecimal STANDARD_SATZ_INVENTAR = new BigDecimal("12.50");

    /** At most 48 hours a week (§ 3 ArbZG: 8 hours on six working days). */
    static final BigDecimal HOECHSTENS_WOCHENSTUNDEN = new BigDecimal("48");
    private static final BigDecimal HUNDERT = new BigDecimal("100");
    private static final BigDecimal ZWOELF = new BigDecimal("12");
    private static final MathContext GENAU = MathContext.DECIMAL128;

    /** One staff line: function, own label (optional), hours per week, employer gross per year of a full-time post. */
    public record Personal(Personalfunktion funktion, String bezeichnung, BigDecimal stundenJeWoche,
            BigDecimal arbeitgeberBruttoJeVk) implements java.io.Serializable {
    }

    /** One fixed-cost line: for depreciation the base, else the yearly amount. */
    public record Fixkosten(Fixkostenart art, String bezeichnung, BigDecimal betrag) implements java.io.Serializable {
    }

    /** One variable-cost line (Tab. 2 category), yearly amount. */
    public record Sachkosten(Sachkostenart art, String bezeichnung, BigDecimal betrag) implements java.io.Serializable {
    }

    /**
     * The input of a calculation.
     *
     * @param plaetze             expected occupied places (≥ 1)
     * @param plaetzeSeelisch     of these, places for people with a seelische Behinderung (Sozialdienst 1:60)
     * @param tage                days per year the rate is paid for (default 250)
     * @param finanzierteFehltage absence days within {@code tage} financed as cost days (default 60; information)
     * @param vollzeitStunden     hours per week of a full-time post
     * @param satzGebaeude        depreciation of buildings, percent per year (default 2.45)
     * @param satzInventar        depreciation of inventory, percent per year (default 12.5)
     */
    public record Eingabe(int plaetze, int plaetzeSeelisch, int tage, int finanzierteFehltage,
            BigDecimal vollzeitStunden, BigDecimal satzGebaeude, BigDecimal satzInventar, List<Personal> personal,
            List<Fixkosten> fixkosten, List<Sachkosten> sachkosten) {
        public Eingabe {
            personal = personal == null ? List.of() : List.copyOf(personal);
            fixkosten = fixkosten == null ? List.of() : List.copyOf(fixkosten);
            sachkosten = sachkosten == null ? List.of() : List.copyOf(sachkosten);
        }
    }

    /** A computed staff line. */
    public record PersonalZeile(Personal eingabe, BigDecimal vk, BigDecimal stundenJePlatz, BigDecimal kostenJahr) implements java.io.Serializable {
    }

    /** A computed fixed-cost line; {@code satz} only for depreciation. */
    public record FixkostenZeile(Fixkosten eingabe, BigDecimal satz, BigDecimal kostenJahr) implements java.io.Serializable {
    }

    /** The result, all amounts in euros with 2 decimals. */
    public record Ergebnis(int plaetze, int tage, int finanzierteFehltage, List<PersonalZeile> personal,
            List<FixkostenZeile> fixkosten, List<Sachkosten> sachkosten, BigDecimal vkGesamt,
            BigDecimal personalkosten, BigDecimal fixeKosten, BigDecimal sachkostenSumme, BigDecimal gesamtkosten,
            BigDecimal jePlatzJahr, BigDecimal jePlatzMonat, BigDecimal jePlatzTag, BigDecimal personalJePlatzTag,
            BigDecimal fixJePlatzTag, BigDecimal sachJePlatzTag, List<Personalschluessel.Zeile> personalschluessel,
            List<String> hinweise) implements java.io.Serializable {

        /** Cost days per year: places × days. */
        public int kostentage() {
            return plaetze * tage;
        }

        /** Whether every minimum ratio is met and no maximum exceeded. */
        public boolean personalschluesselErfuellt() {
            return personalschluessel.stream().allMatch(Personalschluessel.Zeile::erfuellt);
        }
    }

    private Kostenkalkulation() {
    }

    /**
     * Computes the calculation.
     *
     * @throws Kalkulationsfehler with a German message and the field at fault for invalid input
     */
    public static Ergebnis berechne(Eingabe e) {
        Objects.requireNonNull(e, "eingabe");
        pruefe(e);
        BigDecimal plaetze = BigDecimal.valueOf(e.plaetze());
        List<PersonalZeile> personal = new ArrayList<>();
        Map<Personalschluessel.Funktion, BigDecimal> vkJeFunktion = new EnumMap<>(Personalschluessel.Funktion.class);
        BigDecimal vkGesamt = BigDecimal.ZERO;
        BigDecimal personalkosten = cent(BigDecimal.ZERO);
        for (Personal p : e.personal()) {
            BigDecimal vk = p.stundenJeWoche().divide(e.vollzeitStunden(), GENAU);
            BigDecimal kosten = cent(vk.multiply(p.arbeitgeberBruttoJeVk()));
            personal.add(new PersonalZeile(p, vk.setScale(2, RoundingMode.HALF_UP),
                    p.stundenJeWoche().divide(plaetze, 2, RoundingMode.HALF_UP), kosten));
            if (p.funktion().schluessel() != null) {
                vkJeFunktion.merge(p.funktion().schluessel(), vk, BigDecimal::add);
            }
            vkGesamt = vkGesamt.add(vk);
            personalkosten = personalkosten.add(kosten);
        }
        List<FixkostenZeile> fix = new ArrayList<>();
        BigDecimal fixeKosten = cent(BigDecimal.ZERO);
        for (Fixkosten f : e.fixkosten()) {
            BigDecimal satz = switch (f.art()) {
                case ABSCHREIBUNG_GEBAEUDE -> e.satzGebaeude();
                case ABSCHREIBUNG_INVENTAR -> e.satzInventar();
                default -> null;
            };
            BigDecimal kosten = satz == null ? cent(f.betrag()) : cent(f.betrag().multiply(satz).divide(HUNDERT));
            fix.add(new FixkostenZeile(f, satz, kosten));
            fixeKosten = fixeKosten.add(kosten);
        }
        BigDecimal sach = cent(BigDecimal.ZERO);
        for (Sachkosten s : e.sachkosten()) {
            sach = sach.add(cent(s.betrag()));
        }
        BigDecimal gesamt = personalkosten.add(fixeKosten).add(sach);
        BigDecimal kostentage = plaetze.multiply(BigDecimal.valueOf(e.tage()));

        Map<Personalschluessel.Funktion, BigDecimal> ist = new EnumMap<>(Personalschluessel.Funktion.class);
        vkJeFunktion.forEach((f, vk) -> ist.put(f, vk.setScale(2, RoundingMode.HALF_UP)));
        List<Personalschluessel.Zeile> schluessel = Personalschluessel.pruefe(e.plaetze(), e.plaetzeSeelisch(), ist);

        List<String> hinweise = new ArrayList<>();
        hinweise.add("Der Tagessatz gilt für " + e.tage() + " Tage im Jahr; darin sind bis zu " + e.finanzierteFehltage()
                + " Fehltage je Person als Kostentage finanziert (Handbuch aLA Kap. 6.1; Festlegung der Vereinbarung mit "
                + "dem Leistungsträger). Fehlt eine Person länger, wird der Tagessatz nur in abgestimmten Sonderfällen "
                + "gezahlt.");
        schluessel.stream().filter(z -> !z.erfuellt()).forEach(z -> hinweise.add(z.bewertung()));
        if (e.personal().isEmpty()) {
            hinweise.add("Es sind keine Personalkosten erfasst.");
        }
        return new Ergebnis(e.plaetze(), e.tage(), e.finanzierteFehltage(), List.copyOf(personal), List.copyOf(fix),
                e.sachkosten(), vkGesamt.setScale(2, RoundingMode.HALF_UP), personalkosten, fixeKosten, sach, gesamt,
                gesamt.divide(plaetze, 2, RoundingMode.HALF_UP),
                gesamt.divide(plaetze.multiply(ZWOELF), 2, RoundingMode.HALF_UP),
                gesamt.divide(kostentage, 2, RoundingMode.HALF_UP),
                personalkosten.divide(kostentage, 2, RoundingMode.HALF_UP),
                fixeKosten.divide(kostentage, 2, RoundingMode.HALF_UP),
                sach.divide(kostentage, 2, RoundingMode.HALF_UP), schluessel, List.copyOf(hinweise));
    }

    private static void pruefe(Eingabe e) {
        if (e.plaetze() < 1) {
            throw new Kalkulationsfehler("plaetze", "Bitte mindestens 1 Platz angeben, nicht " + e.plaetze()
                    + ": die Kosten werden auf die belegten Plätze umgelegt (Kosten je Platz und Tag, Handbuch aLA "
                    + "Tab. 1).");
        }
        if (e.plaetzeSeelisch() < 0 || e.plaetzeSeelisch() > e.plaetze()) {
            throw new Kalkulationsfehler("plaetzeSeelisch", "Die Plätze für Menschen mit seelischer Behinderung ("
                    + e.plaetzeSeelisch() + ") müssen zwischen 0 und der Zahl der Plätze (" + e.plaetze()
                    + ") liegen (Sozialdienst 1 zu 60, Muster-Leistungsvereinbarung § 11 Abs. 3).");
        }
        if (e.tage() < 1 || e.tage() > 366) {
            throw new Kalkulationsfehler("tage", "Die Tage pro Jahr müssen zwischen 1 und 366 liegen, nicht "
                    + e.tage() + " (üblich: 250 Tage, Handbuch aLA Kap. 6.1).");
        }
        if (e.finanzierteFehltage() < 0 || e.finanzierteFehltage() > e.tage()) {
            throw new Kalkulationsfehler("finanzierteFehltage", "Die finanzierten Fehltage (" + e.finanzierteFehltage()
                    + ") müssen zwischen 0 und den Tagen pro Jahr (" + e.tage() + ") liegen (üblich: bis zu 60, "
                    + "Handbuch aLA Kap. 6.1).");
        }
        if (e.vollzeitStunden() == null || e.vollzeitStunden().signum() <= 0
                || e.vollzeitStunden().compareTo(HOECHSTENS_WOCHENSTUNDEN) > 0) {
            throw new Kalkulationsfehler("vollzeitStunden", "Die Wochenstunden einer Vollzeitstelle müssen größer als "
                    + "0 und höchstens 48 sein (§ 3 ArbZG), nicht " + zahl(e.vollzeitStunden()) + ".");
        }
        if (e.vollzeitStunden().stripTrailingZeros().scale() > 2) {
            throw new Kalkulationsfehler("vollzeitStunden", "Die Wochenstunden einer Vollzeitstelle bitte mit höchstens "
                    + "zwei Nachkommastellen angeben, nicht " + zahl(e.vollzeitStunden()) + ".");
        }
        satz(e.satzGebaeude(), "satzGebaeude", "Abschreibungssatz für Gebäude (üblich 2,45 % linear)");
        satz(e.satzInventar(), "satzInventar", "Abschreibungssatz für Inventar (üblich 12,5 % linear)");
        for (int i = 0; i < e.personal().size(); i++) {
            Personal p = e.personal().get(i);
            String zeile = "Personal, Zeile " + (i + 1) + ": ";
            if (p == null || p.funktion() == null) {
                throw new Kalkulationsfehler("personal", zeile + "Bitte die Funktion wählen.");
            }
            if (p.stundenJeWoche() == null || p.stundenJeWoche().signum() < 0) {
                throw new Kalkulationsfehler("personal", zeile + "Die Stunden pro Woche für " + p.funktion().getLabel()
                        + " dürfen nicht negativ sein, nicht " + zahl(p.stundenJeWoche()) + ".");
            }
            if (p.stundenJeWoche().stripTrailingZeros().scale() > 2) {
                throw new Kalkulationsfehler("personal", zeile + "Die Stunden pro Woche bitte mit höchstens zwei "
                        + "Nachkommastellen angeben, nicht " + zahl(p.stundenJeWoche()) + ".");
            }
            betrag(p.arbeitgeberBruttoJeVk(), "personal", zeile + "Das Arbeitgeber-Brutto pro Jahr für "
                    + p.funktion().getLabel());
        }
        for (int i = 0; i < e.fixkosten().size(); i++) {
            Fixkosten f = e.fixkosten().get(i);
            String zeile = "Fixe Kosten, Zeile " + (i + 1) + ": ";
            if (f == null || f.art() == null) {
                throw new Kalkulationsfehler("fixkosten", zeile + "Bitte die Kostenart wählen.");
            }
            betrag(f.betrag(), "fixkosten", zeile + (f.art().isAbschreibung()
                    ? "Der Anschaffungs- oder Herstellungswert (" + f.art().getLabel() + ")"
                    : "Der Jahresbetrag für " + f.art().getLabel()));
        }
        for (int i = 0; i < e.sachkosten().size(); i++) {
            Sachkosten s = e.sachkosten().get(i);
            String zeile = "Sachkosten, Zeile " + (i + 1) + ": ";
            if (s == null || s.art() == null) {
                throw new Kalkulationsfehler("sachkosten", zeile + "Bitte die Kostenart (Tab. 2) wählen.");
            }
            betrag(s.betrag(), "sachkosten", zeile + "Der Jahresbetrag für " + s.art().getLabel());
        }
    }

    private static void satz(BigDecimal satz, String feld, String was) {
        if (satz == null || satz.signum() < 0 || satz.compareTo(HUNDERT) > 0
                || satz.stripTrailingZeros().scale() > 2) {
            throw new Kalkulationsfehler(feld, "Der " + was + " muss zwischen 0 und 100 % liegen (höchstens zwei "
                    + "Nachkommastellen), nicht "
                    + zahl(satz) + " %.");
        }
    }

    private static void betrag(BigDecimal betrag, String feld, String was) {
        if (betrag == null) {
            throw new Kalkulationsfehler(feld, was + " fehlt (0,00 €, wenn keiner anfällt).");
        }
        if (betrag.signum() < 0) {
            throw new Kalkulationsfehler(feld, was + " darf nicht negativ sein, nicht " + Format.euro(betrag)
                    + ": Kosten werden als positive Jahresbeträge erfasst.");
        }
        if (betrag.stripTrailingZeros().scale() > 2) {
            throw new Kalkulationsfehler(feld, was + " muss auf volle Cent lauten, nicht " + betrag.toPlainString()
                    + ".");
        }
    }

    private static BigDecimal cent(BigDecimal wert) {
        return wert.setScale(2, RoundingMode.HALF_UP);
    }

    private static String zahl(BigDecimal wert) {
        return wert == null ? "leer" : wert.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
