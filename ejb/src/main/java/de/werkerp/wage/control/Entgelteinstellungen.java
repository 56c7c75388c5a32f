package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The tenant's (or Einrichtung's) settings for the monthly wage calculation, where the law leaves the choice open
 * or is disputed.
 *
 * @param teilzeit                       part-time reduction ({@link Teilzeitregelung}, disputed)
 * @param vollzeitStunden                the Einrichtung's full-time hours per week (35–40, § 6 Abs. 1 WVO; default 35)
 * @param unentschuldigteFehlzeitKuerzt  whether unexcused absence reduces the Steigerungsbetrag
 *                                       ({@link Fehlzeitenkuerzung}; default on)
 * @param entgeltfortzahlung             paid sick time ({@link Entgeltfortzahlung}; default six weeks per illness)
 * @param afoegAnteiligImTeilmonat       Arbeitsförderungsgeld in a month entered or left in the middle: {@code false}
 *                                       (default) = § 59 SGB IX as worded, the monthly amount on the month's
 *                                       Arbeitsentgelt; {@code true} = that amount × calendar days of the contract ÷
 *                                       calendar days of the month (some Leistungsträger refund it like this)
 */
public record Entgelteinstellungen(Teilzeitregelung teilzeit, BigDecimal vollzeitStunden,
        boolean unentschuldigteFehlzeitKuerzt, Entgeltfortzahlung entgeltfortzahlung,
        boolean afoegAnteiligImTeilmonat) {

    /** The defaults of rules.md § 1 and the issue: Grundbetrag full, Steigerungsbetrag pro rata; 35 h; 42 days. */
    public static final Entgelteinstellungen STANDARD = new Entgelteinstellungen(
            Teilzeitregelung.GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, new BigDecimal("35"), true,
            Entgeltfortzahlung.SECHS_WOCHEN, false);

    public Entgelteinstellungen {
        Objects.requireNonNull(teilzeit, "teilzeit");
        Objects.requireNonNull(vollzeitStunden, "vollzeitStunden");
        Objects.requireNonNull(entgeltfortzahlung, "entgeltfortzahlung");
        if (vollzeitStunden.signum() <= 0) {
            throw new IllegalArgumentException("Die Vollzeit der Einrichtung muss mehr als 0 Stunden pro Woche betragen.");
        }
    }

    public Entgelteinstellungen mitTeilzeit(Teilzeitregelung regelung) {
        return new Entgelteinstellungen(regelung, vollzeitStunden, unentschuldigteFehlzeitKuerzt, entgeltfortzahlung,
                afoegAnteiligImTeilmonat);
    }

    public Entgelteinstellungen mitVollzeitStunden(BigDecimal stunden) {
        return new Entgelteinstellungen(teilzeit, stunden, unentschuldigteFehlzeitKuerzt, entgeltfortzahlung,
                afoegAnteiligImTeilmonat);
    }

    public Entgelteinstellungen mitUnentschuldigteFehlzeitKuerzt(boolean kuerzt) {
        return new Entgelteinstellungen(teilzeit, vollzeitStunden, kuerzt, entgeltfortzahlung,
                afoegAnteiligImTeilmonat);
    }

    public Entgelteinstellungen mitEntgeltfortzahlung(Entgeltfortzahlung fortzahlung) {
        return new Entgelteinstellungen(teilzeit, vollzeitStunden, unentschuldigteFehlzeitKuerzt, fortzahlung,
                afoegAnteiligImTeilmonat);
    }

    public Entgelteinstellungen mitAfoegAnteiligImTeilmonat(boolean anteilig) {
        return new Entgelteinstellungen(teilzeit, vollzeitStunden, unentschuldigteFehlzeitKuerzt, entgeltfortzahlung,
                anteilig);
    }
}
