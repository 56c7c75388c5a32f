package de.werkerp.social.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.werkerp.social.control.Beitragszeile.Seite;

/**
 * Social-insurance contributions of a worker in the Arbeitsbereich of a WfbM or at an aLA (Personengruppe 107) for
 * one month (rules.md § 3). The year-dependent figures come in as {@link Beitragssaetze}; the 20 % and 80 % below are
 * the statute's own fractions, not yearly figures. BG = monthly Bezugsgröße.
 *
 * <p><b>KV (§ 235 Abs. 3, § 251 Abs. 2, § 242 SGB V)</b><br>
 * Base = Entgelt, at least 20 % BG; KV and PV always use the West value, which is the single value from 2025
 * (one value nationwide in KV since the Rechtsangleichung of 01.01.2001; rules.md § 3). Entgelt not above that
 * minimum: the provider bears all, at the general rate, and the Zusatzbeitrag at the average rate (§ 242 Abs. 3,
 * § 242a SGB V). Above it: the general rate and the Kasse's own Zusatzbeitrag (§ 242 Abs. 1 SGB V) on the actual
 * Entgelt, each half and half (§ 251 Abs. 2 Satz 1 Nr. 2 Halbsatz 2 i. V. m. § 249 Abs. 1 SGB V). If only a
 * one-off payment lifts the Entgelt over the minimum, the provider bears the contribution on the minimum alone and
 * only the excess is split (BSG B 12 P 1/12 R, by analogy with § 20 Abs. 3 Satz 2 SGB IV). Interpretation: on the
 * minimum the Zusatzbeitrag stays at the average rate (the part the provider bears alone, as below the minimum), on
 * the excess it is the Kasse's rate.
 *
 * <p><b>PV (§§ 55, 57, 59, 59a SGB XI)</b><br>
 * Base and split follow KV (§ 57 Abs. 1, § 59 Abs. 1 Satz 1 SGB XI). The childless surcharge (from the month after
 * the 23rd year is completed, § 55 Abs. 3 Satz 1 SGB XI) is always borne by the worker, on the whole base, also
 * while the provider bears the rest (§ 59 Abs. 5 SGB XI; BSG B 12 KR 14/09 R). The reduction for the 2nd to the
 * 5th child under 25 (§ 55 Abs. 3 Satz 4, 5 SGB XI) reduces only the contribution the worker bears; where the
 * provider bears it, there is none (§ 59a SGB XI).
 *
 * <p><b>RV (§ 162 Nr. 2, § 168 Abs. 1 Nr. 2, § 179 Abs. 1, § 228a SGB VI)</b><br>
 * Base = Entgelt, at least 80 % BG; in the Beitrittsgebiet the Ost value as long as there is one (until 2024,
 * § 228a SGB VI), for the 20 % line as well. Entgelt ≤ 20 % BG: the provider bears all. Above 20 % and up to 80 %:
 * half and half on the Entgelt, the provider alone on (80 % BG − Entgelt). Above 80 %: half and half. The Bund
 * refunds the contribution on (80 % BG − Entgelt) (§ 179 Abs. 1 Satz 1), the Leistungsträger the rest of the
 * provider's share (Satz 2). The one-off payment rule of BSG B 12 P 1/12 R concerns KV and PV only: RV tests the
 * whole month's Entgelt including the one-off payment.
 *
 * <p><b>Rounding (BVV § 1 Abs. 2, § 2 Abs. 1)</b><br>
 * No intermediate result is rounded: every {@link Beitragszeile line} is exact. Then, per branch, <em>each party's
 * share is rounded once</em>, commercially to the cent (HALF_UP): provider = round(Σ provider lines), worker =
 * round(Σ worker lines), total = provider + worker. This is BVV § 2 Abs. 1: half-and-half contributions are the
 * rounded half rate applied to the Entgelt, doubled (Satz 1: both shares are the same rounded half); contributions
 * not borne half and half are the sum of the separately computed, rounded shares (Satz 3); a contribution the
 * provider bears alone is the full rate on the base, rounded once (Satz 2 only <em>allows</em> the halving method,
 * which would give 109.36 instead of 109.35 in the worked example). The childless surcharge belongs to the worker's
 * PV share and is rounded together with it. Refunds: Bund = round(contribution on 80 % BG − Entgelt);
 * Leistungsträger = provider's share − Bund, so the refunds add up to the provider's share to the cent.
 * Rejected order "round the branch total, round the worker's share, provider = total − worker": it agrees with the
 * worked example but not with BVV § 2 Abs. 1 Satz 3 (e.g. RV 2025 at 750.05 €: BVV 487.50 + 69.75, the other order
 * 487.51 + 69.75).
 *
 * <p><b>Setting</b><br>
 * {@code arbeitsfoerderungsgeldBeitragspflichtig}: whether the AFöG counts as beitragspflichtiges Arbeitsentgelt,
 * i.e. in the 20 % / 80 % tests and in the base. Default ({@link #STANDARD}) no: the § 59 SGB IX thresholds exclude
 * it and common practice treats it as not beitragspflichtig (rules.md § 3, "open").
 *
 * <p><b>Not covered</b><br>
 * Saxony's different PV split (§ 58 Abs. 3 SGB XI) is unverified for this group: computed without it, with a note.
 * Beitragsbemessungsgrenzen are not applied (no workshop wage comes near them).
 *
 * <p><b>Partial months (SV-Tage, § 223 Abs. 2 SGB V)</b><br>
 * In a month with fewer than 30 {@link Sozialversicherungstage SV-Tage} both minimum bases and the 20 % RV line are
 * prorated ({@code monthly value × SV-Tage ÷ 30}, rounded to the cent, half up); every band comparison, the bases,
 * the difference refunded by the Bund and the contributions use the prorated values (rules.md § 3, worked example
 * 2026 with 10 SV-Tage).
 */
public record Sozialversicherungsbeitraege(boolean arbeitsfoerderungsgeldBeitragspflichtig) {

    /** AFöG not counted (rules.md § 3). */
    public static final Sozialversicherungsbeitraege STANDARD = new Sozialversicherungsbeitraege(false);

    /** Minimum base KV/PV, and the RV line up to which the provider bears all (§ 235 Abs. 3 SGB V, § 168 SGB VI). */
    static final BigDecimal ZWANZIG_PROZENT = new BigDecimal("0.20");
    /** Minimum base RV (§ 162 Nr. 2 SGB VI). */
    static final BigDecimal ACHTZIG_PROZENT = new BigDecimal("0.80");
    /** Reductions count from the 2nd to the 5th child under 25: at most 4 (§ 55 Abs. 3 Satz 4 SGB XI). */
    static final int HOECHSTENS_ABSCHLAEGE = 4;
    /** The surcharge applies after the month in which the 23rd year is completed (§ 55 Abs. 3 Satz 1 SGB XI). */
    static final int ZUSCHLAG_NACH_LEBENSJAHR = 23;

    private static final BigDecimal ZWEI = new BigDecimal("2");

    /**
     * Computes the month's contributions.
     *
     * @param fall   the worker and month
     * @param saetze the figures valid for the whole month, or {@code null} if none are stored (then a German error
     *               names what is missing: nothing is guessed)
     * @throws IllegalArgumentException with a German message when figures or needed facts are missing
     */
    public Beitraege berechne(Beitragsfall fall, Beitragssaetze saetze) {
        Objects.requireNonNull(fall, "fall");
        YearMonth monat = fall.monat();
        if (saetze == null) {
            throw new IllegalArgumentException("Für " + Format.monat(monat) + " sind keine Rechengrößen der "
                    + "Sozialversicherung hinterlegt. Es fehlen: Bezugsgröße (§ 18 SGB IV), allgemeiner Beitragssatz "
                    + "und durchschnittlicher Zusatzbeitragssatz der Krankenversicherung (§§ 241, 242a SGB V), "
                    + "Beitragssatz, Beitragszuschlag für Kinderlose und Beitragsabschlag je Kind der "
                    + "Pflegeversicherung (§ 55 SGB XI), Beitragssatz der Rentenversicherung (§ 158 SGB VI). "
                    + "Beiträge werden nicht geschätzt: bitte die Werte für " + monat.getYear() + " unter "
                    + "Stammdaten › Rechengrößen erfassen.");
        }
        if (!saetze.giltFuer(monat)) {
            throw new IllegalArgumentException("Die übergebenen Rechengrößen gelten " + saetze.gueltigkeit()
                    + ", nicht für den ganzen Monat " + Format.monat(monat) + ": bitte die für diesen Monat gültigen "
                    + "Rechengrößen verwenden.");
        }
        List<String> hinweise = new ArrayList<>();
        BigDecimal laufend = fall.laufendesEntgelt();
        if (arbeitsfoerderungsgeldBeitragspflichtig) {
            if (fall.arbeitsfoerderungsgeld() == null) {
                throw new IllegalArgumentException("Nach der Einstellung zählt das Arbeitsförderungsgeld als "
                        + "beitragspflichtiges Arbeitsentgelt: bitte das Arbeitsförderungsgeld des Monats "
                        + "angeben (0,00 €, wenn keines gezahlt wird).");
            }
            laufend = laufend.add(fall.arbeitsfoerderungsgeld());
        }
        BigDecimal entgelt = laufend.add(fall.einmalzahlung());

        int svTage = fall.svTage();
        BigDecimal mindestKv = Sozialversicherungstage.anteilig(
                cent(saetze.bezugsgroesseWest().multiply(ZWANZIG_PROZENT)), svTage);
        Tragung tragungKv = entgelt.compareTo(mindestKv) <= 0 ? Tragung.TRAEGER_ALLEIN
                : laufend.compareTo(mindestKv) <= 0 ? Tragung.EINMALZAHLUNG_UEBER_MINDESTBETRAG : Tragung.HAELFTIG;
        BigDecimal basisKv = entgelt.max(mindestKv);
        BigDecimal ueberMindest = entgelt.subtract(mindestKv);
        if (tragungKv != Tragung.TRAEGER_ALLEIN && fall.kvZusatzbeitragKasse() == null) {
            throw new IllegalArgumentException("Das Arbeitsentgelt von " + Format.euro(entgelt) + " übersteigt den "
                    + "Mindestbetrag von " + Format.euro(mindestKv) + " (20 % der Bezugsgröße, § 235 Abs. 3 SGB V): "
                    + "die Beiträge werden geteilt und der Zusatzbeitrag richtet sich nach dem Satz der Krankenkasse "
                    + "(§ 242 Abs. 1 SGB V). Es fehlt der Zusatzbeitragssatz der Krankenkasse: bitte erfassen, er "
                    + "wird nicht geschätzt.");
        }

        Beitragsanteile kv = kv(tragungKv, basisKv, mindestKv, ueberMindest, saetze);
        Beitragsanteile zusatz = zusatzbeitrag(tragungKv, basisKv, mindestKv, ueberMindest, saetze,
                fall.kvZusatzbeitragKasse());
        Beitragsanteile pv = pv(tragungKv, basisKv, mindestKv, ueberMindest, saetze, fall);
        Rentenbeitrag rv = rv(entgelt, saetze, fall.beitrittsgebiet(), svTage);

        if (fall.sachsen()) {
            hinweise.add("Beschäftigungsort in Sachsen: ob die abweichende Beitragstragung der Pflegeversicherung "
                    + "(§ 58 Abs. 3 SGB XI) für Beschäftigte in Werkstätten gilt, ist ungeprüft. Gerechnet ist ohne "
                    + "sie; bitte mit der Pflegekasse klären.");
        }
        BigDecimal abzug = kv.beschaeftigter().add(zusatz.beschaeftigter()).add(pv.beschaeftigter())
                .add(rv.beschaeftigter());
        if (svTage < Sozialversicherungstage.VOLLER_MONAT) {
            hinweise.add("Teilmonat mit " + svTage + " SV-Tagen: die Mindestbemessungsgrundlagen (20 % und 80 % der "
                    + "Bezugsgröße) sind auf " + svTage + "/30 gekürzt (§ 223 Abs. 2 SGB V).");
        }
        return new Beitraege(monat, entgelt, kv, zusatz, pv, rv, abzug, hinweise, svTage);
    }

    private static Beitragsanteile kv(Tragung tragung, BigDecimal basis, BigDecimal mindest, BigDecimal ueber,
            Beitragssaetze s) {
        BigDecimal satz = s.kvAllgemeinerSatz();
        List<Beitragszeile> z = new ArrayList<>();
        switch (tragung) {
        case TRAEGER_ALLEIN -> z.add(Beitragszeile.aus(Seite.TRAEGER, "Krankenversicherung, allgemeiner Beitragssatz "
                + "auf den Mindestbetrag von 20 % der Bezugsgröße, vom Träger allein getragen (§ 235 Abs. 3, "
                + "§ 251 Abs. 2 Satz 1 Nr. 2 SGB V)", basis, satz));
        case EINMALZAHLUNG_UEBER_MINDESTBETRAG -> {
            z.add(Beitragszeile.aus(Seite.TRAEGER, "Krankenversicherung bis zum Mindestbetrag, vom Träger allein "
                    + "getragen (§ 251 Abs. 2 Satz 1 Nr. 2 SGB V; BSG B 12 P 1/12 R)", mindest, satz));
            z.add(Beitragszeile.aus(Seite.TRAEGER, "Krankenversicherung auf den durch die Einmalzahlung "
                    + "übersteigenden Betrag, halber Beitragssatz (§ 249 Abs. 1 SGB V; BSG B 12 P 1/12 R)", ueber,
                    halb(satz)));
            z.add(Beitragszeile.aus(Seite.BESCHAEFTIGTER, "Krankenversicherung auf den durch die Einmalzahlung "
                    + "übersteigenden Betrag, halber Beitragssatz (§ 249 Abs. 1 SGB V; BSG B 12 P 1/12 R)", ueber,
                    halb(satz)));
        }
        default -> {
            String text = "Krankenversicherung auf das Arbeitsentgelt, halber allgemeiner Beitragssatz "
                    + "(§ 251 Abs. 2 Satz 1 Nr. 2 Halbsatz 2 i. V. m. § 249 Abs. 1 SGB V)";
            z.add(Beitragszeile.aus(Seite.TRAEGER, text, basis, halb(satz)));
            z.add(Beitragszeile.aus(Seite.BESCHAEFTIGTER, text, basis, halb(satz)));
        }
        }
        return anteile("Krankenversicherung", tragung, basis, z);
    }

    private static Beitragsanteile zusatzbeitrag(Tragung tragung, BigDecimal basis, BigDecimal mindest,
            BigDecimal ueber, Beitragssaetze s, BigDecimal kasse) {
        BigDecimal durchschnitt = s.kvZusatzbeitragDurchschnitt();
        List<Beitragszeile> z = new ArrayList<>();
        switch (tragung) {
        case TRAEGER_ALLEIN -> z.add(Beitragszeile.aus(Seite.TRAEGER, "Zusatzbeitrag zum durchschnittlichen "
                + "Zusatzbeitragssatz, vom Träger allein getragen (§ 242 Abs. 3, § 242a, § 251 Abs. 2 SGB V)", basis,
                durchschnitt));
        case EINMALZAHLUNG_UEBER_MINDESTBETRAG -> {
            z.add(Beitragszeile.aus(Seite.TRAEGER, "Zusatzbeitrag bis zum Mindestbetrag zum durchschnittlichen "
                    + "Zusatzbeitragssatz, vom Träger allein getragen (§ 242 Abs. 3, § 242a SGB V; "
                    + "BSG B 12 P 1/12 R)", mindest, durchschnitt));
            String text = "Zusatzbeitrag der Krankenkasse auf den durch die Einmalzahlung übersteigenden Betrag, "
                    + "halber Satz (§ 242 Abs. 1, § 249 Abs. 1 SGB V; BSG B 12 P 1/12 R)";
            z.add(Beitragszeile.aus(Seite.TRAEGER, text, ueber, halb(kasse)));
            z.add(Beitragszeile.aus(Seite.BESCHAEFTIGTER, text, ueber, halb(kasse)));
        }
        default -> {
            String text = "Zusatzbeitrag der Krankenkasse, halber Satz (§ 242 Abs. 1, § 249 Abs. 1 SGB V)";
            z.add(Beitragszeile.aus(Seite.TRAEGER, text, basis, halb(kasse)));
            z.add(Beitragszeile.aus(Seite.BESCHAEFTIGTER, text, basis, halb(kasse)));
        }
        }
        return anteile("Zusatzbeitrag Krankenversicherung", tragung, basis, z);
    }

    private static Beitragsanteile pv(Tragung tragung, BigDecimal basis, BigDecimal mindest, BigDecimal ueber,
            Beitragssaetze s, Beitragsfall fall) {
        BigDecimal satz = s.pvSatz();
        int kinderMitAbschlag = Math.min(Math.max(fall.kinderUnter25() - 1, 0), HOECHSTENS_ABSCHLAEGE);
        BigDecimal abschlag = s.pvAbschlagJeKind().multiply(BigDecimal.valueOf(kinderMitAbschlag));
        String abschlagText = "Beitragsabschlag für " + fall.kinderUnter25() + " Kinder unter 25 ("
                + kinderMitAbschlag + " × " + Format.prozent(s.pvAbschlagJeKind()) + "), nur auf den vom Mitglied "
                + "getragenen Beitrag (§ 55 Abs. 3 Satz 4, § 59a Satz 1 SGB XI)";
        List<Beitragszeile> z = new ArrayList<>();
        switch (tragung) {
        case TRAEGER_ALLEIN -> {
            z.add(Beitragszeile.aus(Seite.TRAEGER, "Pflegeversicherung auf den Mindestbetrag, vom Träger allein "
                    + "getragen (§ 57 Abs. 1, § 59 Abs. 1 Satz 1 SGB XI i. V. m. § 251 Abs. 2 SGB V)", basis, satz));
            if (abschlag.signum() > 0) {
                z.add(new Beitragszeile(Seite.BESCHAEFTIGTER, "Beitragsabschlag für " + fall.kinderUnter25()
                        + " Kinder unter 25 entfällt: der Träger trägt den Beitrag allein (§ 59a Satz 2 SGB XI)",
                        null, null, BigDecimal.ZERO.setScale(2)));
            }
        }
        case EINMALZAHLUNG_UEBER_MINDESTBETRAG -> {
            z.add(Beitragszeile.aus(Seite.TRAEGER, "Pflegeversicherung bis zum Mindestbetrag, vom Träger allein "
                    + "getragen (§ 59 Abs. 1 Satz 1 SGB XI; BSG B 12 P 1/12 R)", mindest, satz));
            String text = "Pflegeversicherung auf den durch die Einmalzahlung übersteigenden Betrag, halber "
                    + "Beitragssatz (§ 59 Abs. 1 Satz 1 SGB XI i. V. m. § 249 Abs. 1 SGB V; BSG B 12 P 1/12 R)";
            z.add(Beitragszeile.aus(Seite.TRAEGER, text, ueber, halb(satz)));
            z.add(Beitragszeile.aus(Seite.BESCHAEFTIGTER, text, ueber, halb(satz)));
            if (abschlag.signum() > 0) {
                z.add(Beitragszeile.aus(Seite.BESCHAEFTIGTER, abschlagText, ueber, abschlag.negate()));
            }
        }
        default -> {
            String text = "Pflegeversicherung auf das Arbeitsentgelt, halber Beitragssatz (§ 59 Abs. 1 Satz 1 "
                    + "SGB XI i. V. m. § 249 Abs. 1 SGB V)";
            z.add(Beitragszeile.aus(Seite.TRAEGER, text, basis, halb(satz)));
            z.add(Beitragszeile.aus(Seite.BESCHAEFTIGTER, text, basis, halb(satz)));
            if (abschlag.signum() > 0) {
                z.add(Beitragszeile.aus(Seite.BESCHAEFTIGTER, abschlagText, basis, abschlag.negate()));
            }
        }
        }
        if (zuschlagKinderlos(fall)) {
            z.add(Beitragszeile.aus(Seite.BESCHAEFTIGTER, "Beitragszuschlag für Kinderlose, vom Beschäftigten "
                    + "allein getragen (§ 55 Abs. 3 Satz 1, § 59 Abs. 5 SGB XI; BSG B 12 KR 14/09 R)", basis,
                    s.pvZuschlagKinderlos()));
        }
        return anteile("Pflegeversicherung", tragung, basis, z);
    }

    /**
     * The surcharge applies from the month after the one in which the 23rd year of life is completed; a year of
     * life is completed at the end of the day before the birthday (§ 26 Abs. 1 SGB X, § 187 Abs. 2 Satz 2, § 188
     * Abs. 2 BGB): born on 1 March, the surcharge starts in March of the year of the 23rd birthday.
     */
    static boolean zuschlagKinderlos(Beitragsfall fall) {
        if (!fall.kinderlos()) {
            return false;
        }
        if (fall.geburtsdatum() == null) {
            throw new IllegalArgumentException("Bitte das Geburtsdatum erfassen: kinderlose Versicherte zahlen ab "
                    + "dem Monat nach Vollendung des 23. Lebensjahres den Beitragszuschlag zur Pflegeversicherung "
                    + "(§ 55 Abs. 3 Satz 1 SGB XI).");
        }
        YearMonth vollendet = YearMonth.from(fall.geburtsdatum().plusYears(ZUSCHLAG_NACH_LEBENSJAHR).minusDays(1));
        return fall.monat().isAfter(vollendet);
    }

    private static Rentenbeitrag rv(BigDecimal entgelt, Beitragssaetze s, boolean beitrittsgebiet, int svTage) {
        boolean ost = beitrittsgebiet && s.bezugsgroesseOst() != null;
        BigDecimal bezugsgroesse = ost ? s.bezugsgroesseOst() : s.bezugsgroesseWest();
        String bg = (ost ? "Bezugsgröße Ost, § 228a SGB VI" : beitrittsgebiet ? "bundeseinheitlichen Bezugsgröße"
                : "Bezugsgröße") + (svTage < Sozialversicherungstage.VOLLER_MONAT ? " für " + svTage + " SV-Tage" : "");
        BigDecimal grenze20 = Sozialversicherungstage.anteilig(cent(bezugsgroesse.multiply(ZWANZIG_PROZENT)), svTage);
        BigDecimal grenze80 = Sozialversicherungstage.anteilig(cent(bezugsgroesse.multiply(ACHTZIG_PROZENT)), svTage);
        BigDecimal satz = s.rvSatz();
        BigDecimal basis = entgelt.max(grenze80);
        BigDecimal differenz = grenze80.subtract(entgelt).max(BigDecimal.ZERO);
        List<Beitragszeile> z = new ArrayList<>();
        Tragung tragung;
        if (entgelt.compareTo(grenze20) <= 0) {
            tragung = Tragung.TRAEGER_ALLEIN;
            z.add(Beitragszeile.aus(Seite.TRAEGER, "Rentenversicherung auf 80 % der " + bg + ", vom Träger allein "
                    + "getragen, weil das Arbeitsentgelt 20 % der Bezugsgröße (" + Format.euro(grenze20)
                    + ") nicht übersteigt (§ 162 Nr. 2, § 168 Abs. 1 Nr. 2 SGB VI)", basis, satz));
        } else {
            tragung = entgelt.compareTo(grenze80) <= 0 ? Tragung.HAELFTIG_MIT_AUFSTOCKUNG : Tragung.HAELFTIG;
            String text = "Rentenversicherung auf das Arbeitsentgelt, halber Beitragssatz (§ 168 Abs. 1 Nr. 2 SGB VI)";
            z.add(Beitragszeile.aus(Seite.TRAEGER, text, entgelt, halb(satz)));
            z.add(Beitragszeile.aus(Seite.BESCHAEFTIGTER, text, entgelt, halb(satz)));
            if (differenz.signum() > 0) {
                z.add(Beitragszeile.aus(Seite.TRAEGER, "Rentenversicherung auf den Unterschied zwischen 80 % der "
                        + bg + " (" + Format.euro(grenze80) + ") und dem Arbeitsentgelt, vom Träger allein getragen "
                        + "(§ 162 Nr. 2, § 168 Abs. 1 Nr. 2 SGB VI)", differenz, satz));
            }
        }
        BigDecimal traeger = summe(z, Seite.TRAEGER);
        BigDecimal beschaeftigter = summe(z, Seite.BESCHAEFTIGTER);
        BigDecimal bund = BigDecimal.ZERO.setScale(2);
        if (differenz.signum() > 0) {
            Beitragszeile zeileBund = Beitragszeile.aus(Seite.ERSTATTUNG_BUND, "Erstattung durch den Bund: Beitrag "
                    + "auf 80 % der " + bg + " abzüglich des Arbeitsentgelts (§ 179 Abs. 1 Satz 1 SGB VI)", differenz,
                    satz);
            z.add(zeileBund);
            bund = cent(zeileBund.betrag());
        }
        BigDecimal leistungstraeger = traeger.subtract(bund);
        z.add(new Beitragszeile(Seite.ERSTATTUNG_LEISTUNGSTRAEGER, "Erstattung durch den Leistungsträger: "
                + "Trägeranteil " + Format.euro(traeger) + " abzüglich Erstattung des Bundes " + Format.euro(bund)
                + " (§ 179 Abs. 1 Satz 2 SGB VI)", null, null, leistungstraeger));
        return new Rentenbeitrag(tragung, basis, traeger, beschaeftigter, bund, leistungstraeger, z);
    }

    private static Beitragsanteile anteile(String zweig, Tragung tragung, BigDecimal basis, List<Beitragszeile> z) {
        return new Beitragsanteile(zweig, tragung, basis, summe(z, Seite.TRAEGER), summe(z, Seite.BESCHAEFTIGTER), z);
    }

    /** One party's share: the exact sum of its lines, rounded once to the cent (BVV § 2 Abs. 1). */
    private static BigDecimal summe(List<Beitragszeile> zeilen, Seite seite) {
        return cent(zeilen.stream().filter(z -> z.seite() == seite).map(Beitragszeile::betrag)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal halb(BigDecimal satz) {
        return satz.divide(ZWEI);
    }

    private static BigDecimal cent(BigDecimal betrag) {
        return betrag.setScale(2, RoundingMode.HALF_UP);
    }
}
