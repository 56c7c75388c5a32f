package de.werkerp.result.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Arbeitsergebnisrechnung of the Arbeitsbereich of one Einrichtung and business year (rules.md § 4; § 12 WVO;
 * § 58 Abs. 4 SGB IX; scheme of seed 003, Tab. 4). Plain Java: the caller supplies the position totals (from the
 * accounts, the cost-centre accounting of § 12 Abs. 1 Satz 2 WVO and adjustments), the Arbeitsentgelte paid and the
 * planned Verwendung.
 *
 * <p><b>III. Arbeitsergebnis (§ 12 Abs. 4 WVO)</b> = Summe I (Umsatzerlöse; Zins- und sonstige Erträge aus der
 * wirtschaftlichen Tätigkeit; Kostensätze/Vergütungen der Rehabilitationsträger) − Summe II (notwendige Kosten des
 * laufenden Betriebs, fachlich/werkstattspezifisch and unternehmensüblich). Arbeitsentgelte and
 * Arbeitsförderungsgeld are never costs (§ 12 Abs. 4 Satz 3 WVO): they are not positions of II. The result may be
 * negative (loss year).
 *
 * <p><b>IV. Verwendung (§ 12 Abs. 5 WVO)</b>
 * <ul>
 * <li>Nr. 1, Arbeitsentgelte "in der Regel im Umfang von mindestens 70 vom Hundert des Arbeitsergebnisses":
 * {@code mindestbetragEntgelte} = 70 % of a positive Arbeitsergebnis, HALF_UP to the cent; the check compares the
 * wages paid with this amount, so exactly the Mindestbetrag is enough and one cent less warns. As the rule holds only
 * "in der Regel", a lower share is a warning, not an error; with a justification it stays a warning, marked as
 * begründet. The share is shown as {@code anteilEntgelte} (%, 2 decimals, HALF_UP). Without a positive
 * Arbeitsergebnis the rule has nothing to apply to: Mindestbetrag 0.00, share {@code null}.</li>
 * <li>Nr. 2, Ertragsschwankungsrücklage "höchstens eines Betrages, der zur Zahlung der Arbeitsentgelte … für sechs
 * Monate erforderlich ist". <em>Basis chosen:</em> the Arbeitsentgelte actually paid in the year of the statement
 * (Grund- + Steigerungsbeträge, § 221 Abs. 2 SGB IX, without AFöG): six times the average month, i.e.
 * {@code entgelte × 6 ÷ 12}, computed exactly and rounded once HALF_UP to the cent (not six times the rounded
 * average). The average is over all twelve calendar months, so months without wages (e.g. a workshop opened during
 * the year) lower it. The cap limits the balance at the end of the year ({@code ruecklageAnfang +
 * zufuehrungRuecklage}); the balance is carried from year to year by the caller. A balance above the cap warns.
 * An Entnahme larger than the balance is refused.</li>
 * <li>Nr. 3, Ersatz- und Modernisierungsinvestitionen (not new places: the caller's responsibility).</li>
 * <li>Remainder = Arbeitsergebnis − Arbeitsentgelte − Zuführung (+ Entnahme) − Investitionen. If negative, the
 * Verwendung exceeds the Arbeitsergebnis plus the Entnahme: shown as {@code fehlbetrag} with a warning.</li>
 * </ul>
 *
 * <p><b>Vergütungsergebnis (§ 58 Abs. 4 SGB IX)</b>: "die Auswirkungen der Vergütungen auf die Höhe des
 * Arbeitsergebnisses … getrennt ausgewiesen, ob sich durch die Vergütung Verluste oder Gewinne ergeben". The law
 * does not define the computation; this is a presentation, not a rule. <em>Definition chosen:</em> Vergütungen
 * (I.3) minus the costs they are meant to cover. By § 58 Abs. 3 Satz 2 SGB IX the Vergütungen cover the costs of the
 * fachliche Anforderungen and the werkstattspezifischen costs of the economic activity, which the scheme of Tab. 4
 * books as II.1 (Personal fachlich/werkstattspezifisch) and II.3 (Sachkosten fachlich/werkstattspezifisch); the
 * unternehmensüblichen costs II.2 and II.4 are, by § 12 Abs. 4 Satz 3 WVO, exactly those the Rehabilitationsträger do
 * not bear. So by default {@code verguetungsergebnis = I.3 − (II.1 + II.3)}; if the Einrichtung has determined the
 * costs financed by the Vergütungen otherwise (cost-centre accounting), it passes them as
 * {@link Eingabe#verguetungsKosten()} and they replace II.1 + II.3. A positive value is a gain, a negative one a loss
 * through the Vergütungen; a loss warns, because § 58 Abs. 4 Satz 3 SGB IX forbids using the Arbeitsergebnis to lower
 * the Vergütungen, and a loss means the workers' Arbeitsergebnis carries costs the Vergütungen should cover.
 *
 * <p>Amounts are euros to the full cent; the inputs of I and II, the wages, the reserve balance, the investments and
 * the costs of the Vergütungen must not be negative. Invalid input is refused with an {@link Eingabefehler} (an
 * {@link IllegalArgumentException}) carrying a German message.
 */
public final class Arbeitsergebnis {

    /** § 12 Abs. 5 Nr. 1 WVO: 70 vom Hundert. */
    static final BigDecimal MINDESTQUOTE = new BigDecimal("0.70");
    /** § 12 Abs. 5 Nr. 2 WVO: sechs Monate. */
    static final int RUECKLAGE_MONATE = 6;
    /** The WVO dates from 13.08.1980. */
    static final int ERSTES_JAHR = 1980;
    static final int LETZTES_JAHR = 2100;

    private static final BigDecimal ZWOELF = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDERT = BigDecimal.valueOf(100);
    private static final BigDecimal NULL = new BigDecimal("0.00");

    private Arbeitsergebnis() {
    }

    /**
     * The input of one statement.
     *
     * @param jahr                the business year (1980–2100)
     * @param betraege            the totals of the positions of I and II, each ≥ 0 (Erträge and Kosten positive); a
     *                            missing position counts 0.00; positions of IV are not allowed here (they come from
     *                            the fields below)
     * @param entgelteMonatlich   the Arbeitsentgelte paid in each month of the year (12 values, Grund- +
     *                            Steigerungsbeträge without AFöG), or empty/{@code null} if {@code entgelteJahr} is
     *                            given
     * @param entgelteJahr        the year's total of the Arbeitsentgelte, or {@code null} if the months are given; if
     *                            both are given they must agree
     * @param ruecklageAnfang     Ertragsschwankungsrücklage at the start of the year (≥ 0; {@code null} = 0.00)
     * @param zufuehrungRuecklage IV.2: Zuführung (positive) or Entnahme (negative); {@code null} = 0.00
     * @param investitionen       IV.3, ≥ 0; {@code null} = 0.00
     * @param begruendung         justification of a share of the Arbeitsentgelte below 70 %, or {@code null}
     * @param verguetungsKosten   the costs the Vergütungen are meant to cover, if determined (≥ 0); {@code null} =
     *                            II.1 + II.3
     */
    public record Eingabe(int jahr, Map<Position, BigDecimal> betraege, List<BigDecimal> entgelteMonatlich,
            BigDecimal entgelteJahr, BigDecimal ruecklageAnfang, BigDecimal zufuehrungRuecklage,
            BigDecimal investitionen, String begruendung, BigDecimal verguetungsKosten) {

        public Eingabe {
            if (jahr < ERSTES_JAHR || jahr > LETZTES_JAHR) {
                throw new Eingabefehler("jahr", "Das Geschäftsjahr " + jahr + " ist ungültig (erlaubt: "
                        + ERSTES_JAHR + " bis " + LETZTES_JAHR + ").");
            }
            Map<Position, BigDecimal> kopie = new EnumMap<>(Position.class);
            if (betraege != null) {
                for (Map.Entry<Position, BigDecimal> e : betraege.entrySet()) {
                    Position p = Objects.requireNonNull(e.getKey(), "position");
                    if (p.gruppe() == Position.Gruppe.VERWENDUNG) {
                        throw new Eingabefehler(p.code(), "Die Position " + p.code() + " („" + p.getLabel() + "“) "
                                + "ist eine Verwendung des Arbeitsergebnisses und wird nicht als Ertrag oder Kosten "
                                + "erfasst: bitte Arbeitsentgelte, Rücklage und Investitionen gesondert angeben.");
                    }
                    kopie.put(p, cent(p.code(), "Der Betrag der Position " + p.code() + " („" + p.getLabel()
                            + "“)", e.getValue(), false));
                }
            }
            betraege = Collections.unmodifiableMap(kopie);
            List<BigDecimal> monate = new ArrayList<>();
            if (entgelteMonatlich != null && !entgelteMonatlich.isEmpty()) {
                if (entgelteMonatlich.size() != 12) {
                    throw new Eingabefehler("entgelteMonatlich", "Bitte die Arbeitsentgelte aller 12 Monate angeben "
                            + "(0,00 für Monate ohne Entgelt), nicht " + entgelteMonatlich.size() + ".");
                }
                for (int i = 0; i < 12; i++) {
                    BigDecimal m = entgelteMonatlich.get(i);
                    if (m == null) {
                        throw new Eingabefehler("entgelteMonatlich", "Für den Monat " + (i + 1) + " fehlt der "
                                + "Betrag der Arbeitsentgelte (0,00 für einen Monat ohne Entgelt).");
                    }
                    monate.add(cent("entgelteMonatlich", "Der Betrag der Arbeitsentgelte des Monats " + (i + 1), m, false));
                }
            }
            entgelteMonatlich = List.copyOf(monate);
            if (entgelteJahr != null) {
                entgelteJahr = cent("entgelteJahr", "Die Jahressumme der Arbeitsentgelte", entgelteJahr, false);
                if (!monate.isEmpty() && summe(monate).compareTo(entgelteJahr) != 0) {
                    throw new Eingabefehler("entgelteJahr", "Die Arbeitsentgelte des Jahres ("
                            + Format.euro(entgelteJahr) + ") stimmen nicht mit der Summe der Monate ("
                            + Format.euro(summe(monate)) + ") überein: bitte nur eines angeben oder korrigieren.");
                }
            } else if (monate.isEmpty()) {
                throw new Eingabefehler("entgelteMonatlich", "Bitte die im Jahr gezahlten Arbeitsentgelte angeben "
                        + "(12 Monatsbeträge oder die Jahressumme; Grund- und Steigerungsbeträge ohne "
                        + "Arbeitsförderungsgeld).");
            } else {
                entgelteJahr = summe(monate);
            }
            ruecklageAnfang = cent("ruecklageAnfang", "Der Stand der Ertragsschwankungsrücklage zu Beginn des "
                    + "Jahres", ruecklageAnfang == null ? NULL : ruecklageAnfang, false);
            zufuehrungRuecklage = cent("zufuehrungRuecklage", "Die Zuführung zur oder Entnahme aus der "
                    + "Ertragsschwankungsrücklage", zufuehrungRuecklage == null ? NULL : zufuehrungRuecklage, true);
            investitionen = cent("investitionen", "Der Betrag der Ersatz- und Modernisierungsinvestitionen",
                    investitionen == null ? NULL : investitionen, false);
            if (verguetungsKosten != null) {
                verguetungsKosten = cent("verguetungsKosten", "Der Betrag der durch die Vergütungen zu deckenden Kosten",
                        verguetungsKosten, false);
            }
            begruendung = begruendung == null || begruendung.isBlank() ? null : begruendung.strip();
            if (ruecklageAnfang.add(zufuehrungRuecklage).signum() < 0) {
                throw new Eingabefehler("zufuehrungRuecklage", "Die Entnahme aus der Ertragsschwankungsrücklage ("
                        + Format.euro(zufuehrungRuecklage.negate()) + ") ist höher als ihr Stand zu Beginn des Jahres ("
                        + Format.euro(ruecklageAnfang) + ").");
            }
        }

        /** The amount of a position of I or II (0.00 if not given). */
        public BigDecimal betrag(Position position) {
            return betraege.getOrDefault(position, NULL);
        }
    }

    /** Computes the statement, its Verwendung and the checks. */
    public static Arbeitsergebnisrechnung berechne(Eingabe e) {
        Objects.requireNonNull(e, "eingabe");
        Map<Position, BigDecimal> positionen = new EnumMap<>(Position.class);
        BigDecimal ertraege = NULL;
        BigDecimal kosten = NULL;
        for (Position p : Position.values()) {
            if (p.gruppe() == Position.Gruppe.ERTRAG) {
                ertraege = ertraege.add(e.betrag(p));
                positionen.put(p, e.betrag(p));
            } else if (p.gruppe() == Position.Gruppe.KOSTEN) {
                kosten = kosten.add(e.betrag(p));
                positionen.put(p, e.betrag(p));
            }
        }
        BigDecimal ergebnis = ertraege.subtract(kosten);
        BigDecimal entgelte = e.entgelteJahr();
        BigDecimal zufuehrung = e.zufuehrungRuecklage();
        BigDecimal investitionen = e.investitionen();
        positionen.put(Position.IV_1, entgelte);
        positionen.put(Position.IV_2, zufuehrung);
        positionen.put(Position.IV_3, investitionen);

        boolean positiv = ergebnis.signum() > 0;
        BigDecimal mindestbetrag = positiv ? ergebnis.multiply(MINDESTQUOTE).setScale(2, RoundingMode.HALF_UP) : NULL;
        BigDecimal anteil = positiv ? entgelte.multiply(HUNDERT).divide(ergebnis, 2, RoundingMode.HALF_UP) : null;
        BigDecimal durchschnitt = entgelte.divide(ZWOELF, 2, RoundingMode.HALF_UP);
        BigDecimal hoechstbetrag = entgelte.multiply(BigDecimal.valueOf(RUECKLAGE_MONATE))
                .divide(ZWOELF, 2, RoundingMode.HALF_UP);
        BigDecimal ruecklageEnde = e.ruecklageAnfang().add(zufuehrung);
        boolean ueberHoechstbetrag = ruecklageEnde.compareTo(hoechstbetrag) > 0;
        BigDecimal rest = ergebnis.subtract(entgelte).subtract(zufuehrung).subtract(investitionen);
        BigDecimal nichtVerwendet = rest.max(NULL);
        BigDecimal fehlbetrag = rest.negate().max(NULL);
        boolean gesondert = e.verguetungsKosten() != null;
        BigDecimal verguetungen = e.betrag(Position.I_3);
        BigDecimal verguetungsKosten = gesondert ? e.verguetungsKosten()
                : e.betrag(Position.II_1).add(e.betrag(Position.II_3));
        BigDecimal verguetungsergebnis = verguetungen.subtract(verguetungsKosten);

        List<Pruefung> pruefungen = List.of(
                entgeltquote(ergebnis, entgelte, mindestbetrag, anteil, e.begruendung()),
                ruecklage(ruecklageEnde, hoechstbetrag, durchschnitt),
                verlustjahr(ertraege, kosten, ergebnis),
                verwendung(ergebnis, entgelte, zufuehrung, investitionen, nichtVerwendet, fehlbetrag),
                verguetung(verguetungen, verguetungsKosten, verguetungsergebnis, gesondert));
        return new Arbeitsergebnisrechnung(e.jahr(), positionen, ertraege, kosten, ergebnis, entgelte, durchschnitt,
                mindestbetrag, anteil, e.ruecklageAnfang(), zufuehrung, ruecklageEnde, hoechstbetrag,
                ueberHoechstbetrag, investitionen, nichtVerwendet, fehlbetrag, verguetungen, verguetungsKosten,
                verguetungsergebnis, gesondert, e.begruendung(), pruefungen);
    }

    private static Pruefung entgeltquote(BigDecimal ergebnis, BigDecimal entgelte, BigDecimal mindestbetrag,
            BigDecimal anteil, String begruendung) {
        if (ergebnis.signum() <= 0) {
            return new Pruefung(Pruefung.Code.ENTGELTQUOTE, true, "Kein positives Arbeitsergebnis: die Regel, "
                    + "mindestens 70 % des Arbeitsergebnisses als Arbeitsentgelte zu zahlen (§ 12 Abs. 5 Nr. 1 WVO), "
                    + "ist nicht anwendbar.");
        }
        if (entgelte.compareTo(mindestbetrag) >= 0) {
            return new Pruefung(Pruefung.Code.ENTGELTQUOTE, true, "Die Arbeitsentgelte (" + Format.euro(entgelte)
                    + ") betragen " + Format.prozent(anteil) + " des Arbeitsergebnisses (" + Format.euro(ergebnis)
                    + ") und erreichen den Mindestbetrag von " + Format.euro(mindestbetrag) + " (70 %, § 12 Abs. 5 "
                    + "Nr. 1 WVO).");
        }
        String unter = "Die Arbeitsentgelte (" + Format.euro(entgelte) + ") liegen um "
                + Format.euro(mindestbetrag.subtract(entgelte)) + " unter dem Mindestbetrag von "
                + Format.euro(mindestbetrag) + " (70 % des Arbeitsergebnisses von " + Format.euro(ergebnis)
                + "; in der Regel mindestens 70 %, § 12 Abs. 5 Nr. 1 WVO); Anteil " + Format.prozent(anteil) + ".";
        if (begruendung == null) {
            return new Pruefung(Pruefung.Code.ENTGELTQUOTE, false, unter + " Bitte die Abweichung begründen.");
        }
        return new Pruefung(Pruefung.Code.ENTGELTQUOTE, false, "Begründete Abweichung: " + unter + " Begründung: „"
                + begruendung + "“");
    }

    private static Pruefung ruecklage(BigDecimal ende, BigDecimal hoechstbetrag, BigDecimal durchschnitt) {
        String grenze = "Höchstbetrag " + Format.euro(hoechstbetrag) + " (Arbeitsentgelte für sechs Monate, § 12 "
                + "Abs. 5 Nr. 2 WVO: 6 × durchschnittliches Monatsentgelt des Jahres von " + Format.euro(durchschnitt)
                + ")";
        if (ende.compareTo(hoechstbetrag) <= 0) {
            return new Pruefung(Pruefung.Code.RUECKLAGE_HOECHSTBETRAG, true, "Ertragsschwankungsrücklage am "
                    + "Jahresende " + Format.euro(ende) + ", " + grenze + ".");
        }
        return new Pruefung(Pruefung.Code.RUECKLAGE_HOECHSTBETRAG, false, "Die Ertragsschwankungsrücklage am "
                + "Jahresende (" + Format.euro(ende) + ") übersteigt den " + grenze + " um "
                + Format.euro(ende.subtract(hoechstbetrag)) + ". Der übersteigende Betrag ist für Arbeitsentgelte "
                + "oder Ersatz- und Modernisierungsinvestitionen zu verwenden.");
    }

    private static Pruefung verlustjahr(BigDecimal ertraege, BigDecimal kosten, BigDecimal ergebnis) {
        if (ergebnis.signum() >= 0) {
            return new Pruefung(Pruefung.Code.VERLUSTJAHR, true, "Kein Verlustjahr: Arbeitsergebnis "
                    + Format.euro(ergebnis) + ".");
        }
        return new Pruefung(Pruefung.Code.VERLUSTJAHR, false, "Verlustjahr: die notwendigen Kosten ("
                + Format.euro(kosten) + ") übersteigen die Erträge (" + Format.euro(ertraege) + ") um "
                + Format.euro(ergebnis.negate()) + " (§ 12 Abs. 4 WVO). Die Arbeitsentgelte sind dennoch zu zahlen; "
                + "zum Ausgleich dient die Ertragsschwankungsrücklage (Entnahme, § 12 Abs. 5 Nr. 2 WVO).");
    }

    private static Pruefung verwendung(BigDecimal ergebnis, BigDecimal entgelte, BigDecimal zufuehrung,
            BigDecimal investitionen, BigDecimal nichtVerwendet, BigDecimal fehlbetrag) {
        BigDecimal entnahme = zufuehrung.negate().max(NULL);
        BigDecimal verwendet = entgelte.add(zufuehrung.max(NULL)).add(investitionen);
        BigDecimal verfuegbar = ergebnis.add(entnahme);
        String rechnung = "Arbeitsergebnis " + Format.euro(ergebnis)
                + (entnahme.signum() > 0 ? " zuzüglich Entnahme aus der Rücklage " + Format.euro(entnahme) : "")
                + ", verwendet " + Format.euro(verwendet) + " (Arbeitsentgelte " + Format.euro(entgelte)
                + (zufuehrung.signum() > 0 ? ", Zuführung zur Rücklage " + Format.euro(zufuehrung) : "")
                + ", Investitionen " + Format.euro(investitionen) + ")";
        if (fehlbetrag.signum() == 0) {
            return new Pruefung(Pruefung.Code.VERWENDUNG_UEBERSTEIGT_ERGEBNIS, true, rechnung + "; nicht verwendet "
                    + Format.euro(nichtVerwendet) + (nichtVerwendet.signum() > 0 ? " (nur für Zwecke der Werkstatt "
                    + "nach § 12 Abs. 5 WVO zu verwenden)." : "."));
        }
        return new Pruefung(Pruefung.Code.VERWENDUNG_UEBERSTEIGT_ERGEBNIS, false, "Die Verwendung übersteigt das "
                + "verfügbare Arbeitsergebnis (" + Format.euro(verfuegbar) + ") um " + Format.euro(fehlbetrag) + ": "
                + rechnung + ". Bitte die Verwendung kürzen oder eine Entnahme aus der Ertragsschwankungsrücklage "
                + "vorsehen (§ 12 Abs. 5 WVO).");
    }

    private static Pruefung verguetung(BigDecimal verguetungen, BigDecimal kosten, BigDecimal ergebnis,
            boolean gesondert) {
        String rechnung = "Vergütungen der Rehabilitationsträger (I.3) " + Format.euro(verguetungen)
                + " abzüglich der durch sie zu deckenden Kosten " + Format.euro(kosten) + (gesondert
                        ? " (gesondert ermittelt)" : " (II.1 + II.3, fachliche und werkstattspezifische Kosten)");
        if (ergebnis.signum() > 0) {
            return new Pruefung(Pruefung.Code.VERGUETUNGSERGEBNIS, true, "Gewinn durch die Vergütungen (§ 58 Abs. 4 "
                    + "SGB IX): " + Format.euro(ergebnis) + " = " + rechnung + ".");
        }
        if (ergebnis.signum() == 0) {
            return new Pruefung(Pruefung.Code.VERGUETUNGSERGEBNIS, true, "Die Vergütungen ergeben weder Gewinn noch "
                    + "Verlust (§ 58 Abs. 4 SGB IX): " + rechnung + ".");
        }
        return new Pruefung(Pruefung.Code.VERGUETUNGSERGEBNIS, false, "Verlust durch die Vergütungen (§ 58 Abs. 4 "
                + "SGB IX): " + Format.euro(ergebnis.negate()) + "; " + rechnung + ". Das Arbeitsergebnis darf nicht "
                + "zur Minderung der Vergütungen verwendet werden (§ 58 Abs. 4 Satz 3 SGB IX).");
    }

    /** Checks an amount: full cents, not negative unless allowed; returns it with scale 2. */
    static BigDecimal cent(String feld, String was, BigDecimal betrag, boolean negativErlaubt) {
        if (betrag == null) {
            throw new Eingabefehler(feld, was + " fehlt (bitte 0,00 angeben, wenn es keinen gibt).");
        }
        if (betrag.stripTrailingZeros().scale() > 2) {
            throw new Eingabefehler(feld, was + " muss auf volle Cent lauten, nicht " + betrag.toPlainString() + ".");
        }
        if (!negativErlaubt && betrag.signum() < 0) {
            throw new Eingabefehler(feld, was + " darf nicht negativ sein (" + Format.euro(betrag) + ").");
        }
        return betrag.setScale(2);
    }

    private static BigDecimal summe(List<BigDecimal> betraege) {
        return betraege.stream().reduce(NULL, BigDecimal::add);
    }
}
