package de.werkerp.reference.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.werkerp.platform.control.ValidationFailure.FieldError;

/**
 * The operator's entry of the social-insurance figures for a period, usually a calendar year (rules.md § 3: the
 * Sozialversicherungs-Rechengrößenverordnung and the BMG's average Zusatzbeitrag, § 242a Abs. 2 SGB V, published in
 * the autumn). Every figure is required (no guessed year); the source is required as well: the legal basis
 * ({@code rechtsquelle}, e.g. "SVBezGrV 2027; § 242a SGB V") and where it was published ({@code fundstelle}, e.g.
 * "BGBl. 2026 I Nr. 123"). Periods start on the first and end on the last day of a month (the figures change only at
 * the start of a month). The Bezugsgröße Ost exists only until 2024 (§ 18 Abs. 2 SGB IV; one value from 2025).
 * Rates are percentages as the law states them (14.6 = 14.6 %), at most three decimals.
 */
public record RechengroessenEingabe(LocalDate gueltigAb, LocalDate gueltigBis, BigDecimal bezugsgroesseWest,
        BigDecimal bezugsgroesseOst, BigDecimal kvAllgemeinerSatz, BigDecimal kvZusatzbeitragDurchschnitt,
        BigDecimal pvSatz, BigDecimal pvZuschlagKinderlos, BigDecimal pvAbschlagJeKind, BigDecimal rvSatz,
        String rechtsquelle, String fundstelle) {

    /** The first year with one Bezugsgröße for the whole country (rules.md § 3). */
    public static final int EINHEITLICHE_BEZUGSGROESSE_AB = 2025;

    public RechengroessenEingabe {
        rechtsquelle = rechtsquelle == null ? null : rechtsquelle.strip();
        fundstelle = fundstelle == null ? null : fundstelle.strip();
    }

    /** Every problem of the entry, one German message per field; empty when it may be stored. */
    public List<FieldError> pruefe() {
        List<FieldError> fehler = new ArrayList<>();
        if (gueltigAb == null) {
            fehler.add(new FieldError("gueltigAb", "Bitte angeben, ab wann die Werte gelten."));
        } else if (gueltigAb.getDayOfMonth() != 1) {
            fehler.add(new FieldError("gueltigAb", "Die Werte gelten ab dem Ersten eines Monats."));
        }
        if (gueltigBis != null && gueltigBis.getDayOfMonth() != gueltigBis.lengthOfMonth()) {
            fehler.add(new FieldError("gueltigBis", "Die Werte gelten bis zum Letzten eines Monats."));
        } else if (gueltigBis != null && gueltigAb != null && gueltigBis.isBefore(gueltigAb)) {
            fehler.add(new FieldError("gueltigBis", "„Gültig bis“ liegt vor „gültig ab“."));
        }
        betrag(fehler, "bezugsgroesseWest", bezugsgroesseWest, true,
                "die monatliche Bezugsgröße (West bzw. bundeseinheitlich, § 18 SGB IV)");
        betrag(fehler, "bezugsgroesseOst", bezugsgroesseOst, false, "die Bezugsgröße Ost (§ 18 Abs. 2 SGB IV)");
        if (bezugsgroesseOst != null && gueltigAb != null && gueltigAb.getYear() >= EINHEITLICHE_BEZUGSGROESSE_AB) {
            fehler.add(new FieldError("bezugsgroesseOst", "Ab " + EINHEITLICHE_BEZUGSGROESSE_AB + " gibt es nur "
                    + "eine Bezugsgröße; bitte das Feld „Bezugsgröße Ost“ leer lassen."));
        }
        satz(fehler, "kvAllgemeinerSatz", kvAllgemeinerSatz, false, "30",
                "den allgemeinen Beitragssatz der Krankenversicherung (§ 241 SGB V)");
        satz(fehler, "kvZusatzbeitragDurchschnitt", kvZusatzbeitragDurchschnitt, true, "10",
                "den durchschnittlichen Zusatzbeitragssatz (§ 242a SGB V)");
        satz(fehler, "pvSatz", pvSatz, false, "10", "den Beitragssatz der Pflegeversicherung (§ 55 Abs. 1 SGB XI)");
        satz(fehler, "pvZuschlagKinderlos", pvZuschlagKinderlos, true, "5",
                "den Beitragszuschlag für Kinderlose (§ 55 Abs. 3 SGB XI)");
        satz(fehler, "pvAbschlagJeKind", pvAbschlagJeKind, true, "5",
                "den Beitragsabschlag je Kind (§ 55 Abs. 3 Satz 4 SGB XI; 0, wenn es keinen gibt)");
        satz(fehler, "rvSatz", rvSatz, false, "30", "den Beitragssatz der Rentenversicherung (§ 158 SGB VI)");
        text(fehler, "rechtsquelle", rechtsquelle, 300,
                "die Rechtsgrundlage angeben (z. B. „SVBezGrV 2027; § 242a SGB V; § 55 SGB XI“).");
        text(fehler, "fundstelle", fundstelle, 200,
                "die Fundstelle der Verordnung bzw. Bekanntmachung angeben (z. B. „BGBl. 2026 I Nr. 350“).");
        return fehler;
    }

    public Validity validity() {
        return new Validity(gueltigAb, gueltigBis);
    }

    private static void betrag(List<FieldError> fehler, String feld, BigDecimal wert, boolean pflicht, String was) {
        if (wert == null) {
            if (pflicht) {
                fehler.add(new FieldError(feld, "Bitte " + was + " angeben."));
            }
        } else if (wert.signum() <= 0 || wert.compareTo(new BigDecimal("100000")) > 0) {
            fehler.add(new FieldError(feld, "Bitte für " + was + " einen Betrag über 0 und bis 100.000 € angeben."));
        } else if (wert.stripTrailingZeros().scale() > 2) {
            fehler.add(new FieldError(feld, "Beträge werden in Euro und Cent angegeben (höchstens zwei Nachkommastellen)."));
        }
    }

    private static void satz(List<FieldError> fehler, String feld, BigDecimal wert, boolean nullErlaubt,
            String hoechstens, String was) {
        if (wert == null) {
            fehler.add(new FieldError(feld, "Bitte " + was + " in Prozent angeben."));
        } else if ((nullErlaubt ? wert.signum() < 0 : wert.signum() <= 0)
                || wert.compareTo(new BigDecimal(hoechstens)) > 0) {
            fehler.add(new FieldError(feld, "Der Wert für " + was + " ist nicht plausibel (" + (nullErlaubt
                    ? "0" : "über 0") + " bis " + hoechstens + " %)."));
        } else if (wert.stripTrailingZeros().scale() > 3) {
            fehler.add(new FieldError(feld, "Sätze haben höchstens drei Nachkommastellen."));
        }
    }

    private static void text(List<FieldError> fehler, String feld, String wert, int laenge, String bitte) {
        if (wert == null || wert.isEmpty()) {
            fehler.add(new FieldError(feld, "Bitte " + bitte));
        } else if (wert.length() > laenge) {
            fehler.add(new FieldError(feld, "Höchstens " + laenge + " Zeichen."));
        }
    }
}
