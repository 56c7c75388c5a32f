package de.werkerp.contract.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Weekly working time of a person in the Arbeitsbereich: § 6 WVO, for an anderer Leistungsanbieter (aLA) with
 * § 60 Abs. 2 SGB IX, plus the aLA rules of the Bremen Verwaltungsanweisung (seed 004, Nr. 4.3, 4.4, 8;
 * rules.md § 7). All hours include breaks and accompanying measures (§ 6 Abs. 1 Satz 2 WVO).
 *
 * <ul>
 * <li>Full time is {@code vollzeitAb} (the Einrichtung's full time, 35 by default) to {@code hoechstens} (40) hours
 * a week (§ 6 Abs. 1 WVO; Bremen Nr. 4.3). More than 40 hours is an error: § 6 Abs. 1 WVO says "höchstens 40
 * Stunden".</li>
 * <li>Less than {@code vollzeitAb} hours is part time and needs a {@link Teilzeitgrund}: Art oder Schwere der
 * Behinderung or the Erziehungsauftrag (§ 6 Abs. 2 WVO), a request under § 8 TzBfG, or (aLA, Bremen Nr. 4.4) care of a relative.
 * Without one it is an error. The conditions of § 8 TzBfG itself (six months' service, more than 15 employees,
 * no operational reasons against it) are not checked here: that is the provider's decision.</li>
 * <li>aLA: less than {@code alaMindestens} (17.5) hours is refused — the Mindestbeschäftigungszeit of 3 hours a
 * day of economically usable work plus accompanying measures (Bremen Nr. 4.3); whoever can no longer work it
 * loses the entitlement (Nr. 8). At or below {@code alaVerguetungGemindertBis} (26) hours the fee is reduced
 * (Nr. 4.4): allowed, with a note.</li>
 * <li>WfbM: no minimum. The WVO sets none and § 219 Abs. 2 SGB IX ("Mindestmaß wirtschaftlich verwertbarer
 * Arbeitsleistung") names no hours; none is invented here. Where a Land sets one (e.g. a Landesrahmenvertrag),
 * it is a tenant setting, not this rule.</li>
 * <li>Care of a relative at a WfbM: § 6 Abs. 2 WVO does not name it; accepted (rules.md § 7, "family care") with
 * a note that it rests on the provider's consent or a request under § 8 TzBfG.</li>
 * <li>Dates: {@code nachweisDatum} is the date of the evidence (the medical certificate for Art oder Schwere der
 * Behinderung, Bremen Nr. 4.4.1; otherwise the request), {@code genehmigtAm} the date of approval or consent.
 * Missing dates are notes, not errors (only the Bremen instruction requires the certificate); an approval dated
 * before its evidence is an error.</li>
 * </ul>
 * The four figures are parameters because the aLA figures come from one Land's instruction (Bremen, in force
 * since 1.4.2021); {@link #STANDARD} holds the figures of rules.md § 7.
 *
 * <p><b>One full time.</b> {@code vollzeitAb} is the Einrichtung's full time: the same figure its Entgelt settings
 * give the wage kernel ({@code wage.control.Entgelteinstellungen#vollzeitStunden}). The boundary takes the rule
 * {@link #mitVollzeit} of the stored figure; an Einrichtung without Entgelt settings has the statutory lower bound
 * of 35 hours, the default of those settings. The full time itself must lie in 35–40 hours ({@link #vollzeitFehler}):
 * § 6 Abs. 1 WVO allows no other. Worked example: in a workshop with a full time of 38.5 hours, 36 agreed hours are
 * part time and need a reason, although they would be full time in a workshop of 35 hours.
 */
public record Arbeitszeitregel(BigDecimal vollzeitAb, BigDecimal hoechstens, BigDecimal alaMindestens,
        BigDecimal alaVerguetungGemindertBis) {

    /** The statutory lower bound of full time (§ 6 Abs. 1 WVO): 35 hours a week. */
    public static final BigDecimal VOLLZEIT_MINDESTENS = new BigDecimal("35");

    /** The statutory upper bound of full time and of any working time (§ 6 Abs. 1 WVO): 40 hours a week. */
    public static final BigDecimal VOLLZEIT_HOECHSTENS = new BigDecimal("40");

    /** 35–40 hours (§ 6 Abs. 1 WVO); aLA minimum 17.5 hours, fee reduced at 26 hours or less (Bremen Nr. 4.3, 4.4). */
    public static final Arbeitszeitregel STANDARD = new Arbeitszeitregel(VOLLZEIT_MINDESTENS, VOLLZEIT_HOECHSTENS,
            new BigDecimal("17.5"), new BigDecimal("26"));

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Errors (the working time may not be saved like this) and notes (allowed, but to be looked at). */
    public record Ergebnis(List<String> fehler, List<String> hinweise) {

        public Ergebnis {
            fehler = List.copyOf(fehler);
            hinweise = List.copyOf(hinweise);
        }

        /** No errors: the working time is allowed (notes may still exist). */
        public boolean zulaessig() {
            return fehler.isEmpty();
        }
    }

    public Arbeitszeitregel {
        Objects.requireNonNull(vollzeitAb, "vollzeitAb");
        Objects.requireNonNull(hoechstens, "hoechstens");
        Objects.requireNonNull(alaMindestens, "alaMindestens");
        Objects.requireNonNull(alaVerguetungGemindertBis, "alaVerguetungGemindertBis");
        if (alaMindestens.signum() <= 0 || alaMindestens.compareTo(alaVerguetungGemindertBis) > 0
                || alaVerguetungGemindertBis.compareTo(vollzeitAb) >= 0 || vollzeitAb.compareTo(hoechstens) > 0) {
            throw new IllegalArgumentException("Die Stundengrenzen müssen aufsteigen: 0 < aLA-Minimum ≤ "
                    + "Vergütungsgrenze < Vollzeit ≤ Höchstarbeitszeit.");
        }
    }

    /**
     * Why {@code vollzeit} cannot be an Einrichtung's full time, or empty if it can: § 6 Abs. 1 WVO sets 35 to 40 hours
     * a week; at most two decimals (the figure is stored to the hundredth of an hour).
     */
    public static Optional<String> vollzeitFehler(BigDecimal vollzeit) {
        if (vollzeit == null) {
            return Optional.of("Bitte die Wochenstunden der Vollzeit angeben (35 bis 40 Stunden, § 6 Abs. 1 WVO).");
        }
        if (vollzeit.compareTo(VOLLZEIT_MINDESTENS) < 0 || vollzeit.compareTo(VOLLZEIT_HOECHSTENS) > 0) {
            return Optional.of("Die Vollzeit der Einrichtung muss zwischen " + stunden(VOLLZEIT_MINDESTENS) + " und "
                    + stunden(VOLLZEIT_HOECHSTENS) + " Wochenstunden liegen (§ 6 Abs. 1 WVO), nicht bei "
                    + stunden(vollzeit) + " Stunden.");
        }
        if (vollzeit.stripTrailingZeros().scale() > 2) {
            return Optional.of("Die Vollzeit bitte mit höchstens zwei Nachkommastellen angeben, nicht "
                    + stunden(vollzeit) + " Stunden.");
        }
        return Optional.empty();
    }

    /**
     * This rule with the Einrichtung's full time {@code vollzeit} as the line below which a working time is part time.
     *
     * @throws IllegalArgumentException (German message) if {@code vollzeit} is not 35–40 hours ({@link #vollzeitFehler})
     */
    public Arbeitszeitregel mitVollzeit(BigDecimal vollzeit) {
        vollzeitFehler(vollzeit).ifPresent(f -> {
            throw new IllegalArgumentException(f);
        });
        return new Arbeitszeitregel(vollzeit, hoechstens, alaMindestens, alaVerguetungGemindertBis);
    }

    /** Whether {@code wochenstunden} are part time under this rule (fewer than the full time). */
    public boolean istTeilzeit(BigDecimal wochenstunden) {
        return wochenstunden != null && wochenstunden.compareTo(vollzeitAb) < 0;
    }

    /** Checks a working time without part-time reason. */
    public Ergebnis pruefe(Anbieterart art, BigDecimal wochenstunden) {
        return pruefe(art, wochenstunden, null, null, null);
    }

    /**
     * Checks a weekly working time.
     *
     * @param art           WfbM or aLA
     * @param wochenstunden agreed hours per week including breaks and accompanying measures
     * @param grund         reason for part time, or {@code null}
     * @param nachweisDatum date of the medical certificate or the request, or {@code null}
     * @param genehmigtAm   date of approval or consent, or {@code null}
     */
    public Ergebnis pruefe(Anbieterart art, BigDecimal wochenstunden, Teilzeitgrund grund, LocalDate nachweisDatum,
            LocalDate genehmigtAm) {
        Objects.requireNonNull(art, "art");
        List<String> fehler = new ArrayList<>();
        List<String> hinweise = new ArrayList<>();
        if (wochenstunden == null) {
            fehler.add("Bitte die Wochenarbeitszeit in Stunden angeben.");
            return new Ergebnis(fehler, hinweise);
        }
        if (wochenstunden.signum() <= 0) {
            fehler.add("Die Wochenarbeitszeit muss mehr als 0 Stunden betragen, nicht " + stunden(wochenstunden)
                    + " Stunden.");
            return new Ergebnis(fehler, hinweise);
        }
        String wvo = art == Anbieterart.ALA ? " i. V. m. § 60 Abs. 2 SGB IX" : "";
        if (wochenstunden.compareTo(hoechstens) > 0) {
            fehler.add("Die Wochenarbeitszeit von " + stunden(wochenstunden) + " Stunden ist zu hoch: höchstens "
                    + stunden(hoechstens) + " Stunden pro Woche einschließlich Pausen und arbeitsbegleitender "
                    + "Maßnahmen (§ 6 Abs. 1 WVO" + wvo + ").");
        }
        boolean teilzeit = wochenstunden.compareTo(vollzeitAb) < 0;
        if (teilzeit && grund == null) {
            fehler.add("Eine Wochenarbeitszeit von " + stunden(wochenstunden) + " Stunden liegt unter der Vollzeit "
                    + "der Einrichtung von " + stunden(vollzeitAb) + " Stunden und braucht einen Teilzeitgrund: Art oder Schwere der "
                    + "Behinderung oder der Erziehungsauftrag (§ 6 Abs. 2 WVO" + wvo + ") oder ein Antrag nach "
                    + "§ 8 TzBfG. Bitte einen Teilzeitgrund wählen.");
        }
        if (art == Anbieterart.ALA && wochenstunden.compareTo(alaMindestens) < 0) {
            fehler.add("Die Wochenarbeitszeit von " + stunden(wochenstunden) + " Stunden liegt unter der "
                    + "Mindestbeschäftigungszeit bei einem anderen Leistungsanbieter von " + stunden(alaMindestens)
                    + " Stunden pro Woche: 3 Stunden täglich wirtschaftlich verwertbare Arbeit einschließlich "
                    + "Pausen und arbeitsbegleitende Maßnahmen (Verwaltungsanweisung aLA Bremen Nr. 4.3). Kann sie "
                    + "nicht mehr erbracht werden, endet die Leistung (Nr. 8).");
        } else if (art == Anbieterart.ALA && wochenstunden.compareTo(alaVerguetungGemindertBis) <= 0) {
            hinweise.add("Bei " + stunden(alaVerguetungGemindertBis) + " Stunden pro Woche oder weniger wird die "
                    + "vereinbarte Vergütung des anderen Leistungsanbieters gemindert (Verwaltungsanweisung aLA "
                    + "Bremen Nr. 4.4); vereinbart sind " + stunden(wochenstunden) + " Stunden.");
        }
        if (grund == null) {
            return new Ergebnis(fehler, hinweise);
        }
        if (!teilzeit) {
            hinweise.add("Bei " + stunden(wochenstunden) + " Stunden ist das Vollzeit (ab " + stunden(vollzeitAb)
                    + " Stunden, § 6 Abs. 1 WVO): der Teilzeitgrund „" + grund.getLabel() + "“ wird nicht gebraucht.");
            return new Ergebnis(fehler, hinweise);
        }
        if (grund == Teilzeitgrund.PFLEGE_ANGEHOERIGER && art == Anbieterart.WFBM) {
            hinweise.add("§ 6 Abs. 2 WVO nennt die Pflege eines Angehörigen nicht (nur Art oder Schwere der "
                    + "Behinderung und den Erziehungsauftrag): die Teilzeit beruht auf der Zustimmung der Werkstatt "
                    + "oder einem Antrag nach § 8 TzBfG.");
        }
        if (nachweisDatum == null) {
            hinweise.add(grund == Teilzeitgrund.ART_SCHWERE_BEHINDERUNG
                    ? "Bitte das Datum des ärztlichen Attests erfassen, das die Teilzeit wegen Art oder Schwere der "
                            + "Behinderung begründet (§ 6 Abs. 2 WVO"
                            + (art == Anbieterart.ALA ? "; beim anderen Leistungsanbieter verlangt die "
                                    + "Verwaltungsanweisung Bremen Nr. 4.4.1 Attest und Stellungnahme" : "") + ")."
                    : "Bitte das Datum des Antrags auf Teilzeit erfassen (" + grund.getLabel() + ", "
                            + grund.getRechtsgrundlage() + ").");
        }
        if (genehmigtAm == null) {
            hinweise.add("Die Teilzeit (" + grund.getLabel() + ") ist noch nicht genehmigt: bitte das Datum der "
                    + "Genehmigung oder Zustimmung erfassen, sobald sie vorliegt.");
        } else if (nachweisDatum != null && genehmigtAm.isBefore(nachweisDatum)) {
            fehler.add("Das Datum der Genehmigung der Teilzeit (" + genehmigtAm.format(DATUM) + ") liegt vor dem "
                    + "Datum des Nachweises (" + nachweisDatum.format(DATUM) + "): bitte beide Daten prüfen.");
        }
        return new Ergebnis(fehler, hinweise);
    }

    /** Hours the German way: 37,5 – 35 – 17,5. */
    public static String stunden(BigDecimal wert) {
        BigDecimal ohneNullen = wert.stripTrailingZeros();
        if (ohneNullen.scale() < 0) {
            ohneNullen = ohneNullen.setScale(0);
        }
        return ohneNullen.toPlainString().replace('.', ',');
    }
}
