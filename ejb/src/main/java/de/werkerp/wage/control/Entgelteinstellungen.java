package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.Objects;

import de.werkerp.contract.control.Arbeitszeitregel;

/**
 * The tenant's (or Einrichtung's) settings for the monthly wage calculation, where the law leaves the choice open
 * or is disputed.
 *
 * @param teilzeit                       part-time reduction ({@link Teilzeitregelung}, disputed)
 * @param wvoTeilzeit                    whether part time under § 6 Abs. 2 WVO is reduced too ({@link WvoTeilzeit},
 *                                       disputed; default: like any part time, rules.md § 1)
 * @param vollzeitStunden                the Einrichtung's full-time hours per week (35–40, § 6 Abs. 1 WVO; default 35):
 *                                       the one threshold of part time, also for the contract check
 *                                       ({@link Arbeitszeitregel#mitVollzeit})
 * @param unentschuldigteFehlzeitKuerzt  whether unexcused absence reduces the Steigerungsbetrag
 *                                       ({@link Fehlzeitenkuerzung}; default on)
 * @param entgeltfortzahlung             paid sick time ({@link Entgeltfortzahlung}; default six weeks per illness)
 * @param afoegAnteiligImTeilmonat       Arbeitsförderungsgeld in a month entered or left in the middle: {@code false}
 *                                       (default) = § 59 SGB IX as worded, the monthly amount on the month's
 *                                       Arbeitsentgelt; {@code true} = that amount × calendar days of the contract ÷
 *                                       calendar days of the month (some Leistungsträger refund it like this)
 */
public record Entgelteinstellungen(Teilzeitregelung teilzeit, WvoTeilzeit wvoTeilzeit, BigDecimal vollzeitStunden,
        boolean unentschuldigteFehlzeitKuerzt, Entgeltfortzahlung entgeltfortzahlung,
        boolean afoegAnteiligImTeilmonat) {

    /**
     * The defaults of rules.md § 1 and the issue: Grundbetrag full, Steigerungsbetrag pro rata, also for part time
     * under § 6 Abs. 2 WVO; 35 h (the statutory lower bound of full time); 42 days.
     */
    public static final Entgelteinstellungen STANDARD = new Entgelteinstellungen(
            Teilzeitregelung.GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG, WvoTeilzeit.STANDARD,
            Arbeitszeitregel.VOLLZEIT_MINDESTENS, true, Entgeltfortzahlung.SECHS_WOCHEN, false);

    /**
     * @throws IllegalArgumentException (German message) if the full time is not 35–40 hours (§ 6 Abs. 1 WVO)
     */
    public Entgelteinstellungen {
        Objects.requireNonNull(teilzeit, "teilzeit");
        Objects.requireNonNull(wvoTeilzeit, "wvoTeilzeit");
        Objects.requireNonNull(entgeltfortzahlung, "entgeltfortzahlung");
        Arbeitszeitregel.vollzeitFehler(vollzeitStunden).ifPresent(f -> {
            throw new IllegalArgumentException(f + " Bitte die Entgelt-Einstellungen der Einrichtung berichtigen.");
        });
    }

    public Entgelteinstellungen mitTeilzeit(Teilzeitregelung regelung) {
        return new Entgelteinstellungen(regelung, wvoTeilzeit, vollzeitStunden, unentschuldigteFehlzeitKuerzt,
                entgeltfortzahlung, afoegAnteiligImTeilmonat);
    }

    public Entgelteinstellungen mitWvoTeilzeit(WvoTeilzeit wvo) {
        return new Entgelteinstellungen(teilzeit, wvo, vollzeitStunden, unentschuldigteFehlzeitKuerzt,
                entgeltfortzahlung, afoegAnteiligImTeilmonat);
    }

    public Entgelteinstellungen mitVollzeitStunden(BigDecimal stunden) {
        return new Entgelteinstellungen(teilzeit, wvoTeilzeit, stunden, unentschuldigteFehlzeitKuerzt,
                entgeltfortzahlung, afoegAnteiligImTeilmonat);
    }

    public Entgelteinstellungen mitUnentschuldigteFehlzeitKuerzt(boolean kuerzt) {
        return new Entgelteinstellungen(teilzeit, wvoTeilzeit, vollzeitStunden, kuerzt, entgeltfortzahlung,
                afoegAnteiligImTeilmonat);
    }

    public Entgelteinstellungen mitEntgeltfortzahlung(Entgeltfortzahlung fortzahlung) {
        return new Entgelteinstellungen(teilzeit, wvoTeilzeit, vollzeitStunden, unentschuldigteFehlzeitKuerzt,
                fortzahlung, afoegAnteiligImTeilmonat);
    }

    public Entgelteinstellungen mitAfoegAnteiligImTeilmonat(boolean anteilig) {
        return new Entgelteinstellungen(teilzeit, wvoTeilzeit, vollzeitStunden, unentschuldigteFehlzeitKuerzt,
                entgeltfortzahlung, anteilig);
    }
}
