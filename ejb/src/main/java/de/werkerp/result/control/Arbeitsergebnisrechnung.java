package de.werkerp.result.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Arbeitsergebnisrechnung of one Einrichtung's Arbeitsbereich and business year (§ 12 Abs. 1 Satz 4, Abs. 4, 5
 * WVO; § 58 Abs. 4 SGB IX), as computed by {@link Arbeitsergebnis#berechne}. All amounts in euros to the cent
 * (scale 2).
 *
 * @param jahr                      the business year
 * @param positionen                every {@link Position} with its amount, in the order of the statement; IV.2 is
 *                                  signed (Zuführung +, Entnahme −)
 * @param ertraege                  Summe I
 * @param kosten                    Summe II
 * @param arbeitsergebnis           III = I − II; negative in a loss year
 * @param entgelte                  the Arbeitsentgelte paid in the year (IV.1; Grund- + Steigerungsbeträge, no AFöG)
 * @param entgelteMonatsdurchschnitt {@code entgelte} ÷ 12, HALF_UP to the cent (shown; the cap is computed from the
 *                                  exact value)
 * @param mindestbetragEntgelte     70 % of a positive Arbeitsergebnis, HALF_UP to the cent; 0.00 otherwise
 * @param anteilEntgelte            {@code entgelte} ÷ {@code arbeitsergebnis} in %, HALF_UP to 2 decimals;
 *                                  {@code null} if the Arbeitsergebnis is not positive
 * @param ruecklageAnfang           Ertragsschwankungsrücklage at the start of the year
 * @param zufuehrungRuecklage       IV.2, signed
 * @param ruecklageEnde             {@code ruecklageAnfang + zufuehrungRuecklage}; carried into the next year
 * @param ruecklageHoechstbetrag    the Arbeitsentgelte for six months: 6 × ({@code entgelte} ÷ 12), HALF_UP to the
 *                                  cent (§ 12 Abs. 5 Nr. 2 WVO)
 * @param ruecklageUeberHoechstbetrag whether {@code ruecklageEnde} exceeds the cap
 * @param investitionen             IV.3
 * @param nichtVerwendet            {@code arbeitsergebnis − entgelte − zufuehrungRuecklage − investitionen} if not
 *                                  negative, else 0.00
 * @param fehlbetrag                the same difference's amount if negative (the Verwendung exceeds the
 *                                  Arbeitsergebnis plus Entnahme), else 0.00
 * @param verguetungen              I.3
 * @param verguetungsKosten         the costs the Vergütungen are meant to cover (see {@link Arbeitsergebnis})
 * @param verguetungsergebnis       {@code verguetungen − verguetungsKosten}: positive = gain, negative = loss through
 *                                  the Vergütungen (§ 58 Abs. 4 Satz 2 SGB IX)
 * @param verguetungsKostenGesondert whether {@code verguetungsKosten} were given rather than taken as II.1 + II.3
 * @param begruendung               the justification of a share of the Arbeitsentgelte below 70 %, or {@code null}
 * @param pruefungen                the five checks in the order of {@link Pruefung.Code}
 */
public record Arbeitsergebnisrechnung(int jahr, Map<Position, BigDecimal> positionen, BigDecimal ertraege,
        BigDecimal kosten, BigDecimal arbeitsergebnis, BigDecimal entgelte, BigDecimal entgelteMonatsdurchschnitt,
        BigDecimal mindestbetragEntgelte, BigDecimal anteilEntgelte, BigDecimal ruecklageAnfang,
        BigDecimal zufuehrungRuecklage, BigDecimal ruecklageEnde, BigDecimal ruecklageHoechstbetrag,
        boolean ruecklageUeberHoechstbetrag, BigDecimal investitionen, BigDecimal nichtVerwendet,
        BigDecimal fehlbetrag, BigDecimal verguetungen, BigDecimal verguetungsKosten, BigDecimal verguetungsergebnis,
        boolean verguetungsKostenGesondert, String begruendung, List<Pruefung> pruefungen) {

    public Arbeitsergebnisrechnung {
        Objects.requireNonNull(positionen, "positionen");
        Objects.requireNonNull(pruefungen, "pruefungen");
        positionen = Collections.unmodifiableMap(new EnumMap<>(positionen));
        pruefungen = List.copyOf(pruefungen);
    }

    /** The amount of one position (0.00 if none was given). */
    public BigDecimal betrag(Position position) {
        return positionen.get(position);
    }

    /** III &lt; 0. */
    public boolean verlustjahr() {
        return arbeitsergebnis.signum() < 0;
    }

    /** The check with this code. */
    public Pruefung pruefung(Pruefung.Code code) {
        return pruefungen.stream().filter(p -> p.code() == code).findFirst().orElseThrow();
    }

    /** Whether no check warns. */
    public boolean alleOk() {
        return pruefungen.stream().allMatch(Pruefung::ok);
    }
}
