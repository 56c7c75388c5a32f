package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Figures of rules.md §§ 1–2 as test data (in the application they come from the reference tables). */
final class Testdaten {

    private Testdaten() {
    }

    /** § 59 Abs. 1 SGB IX, unchanged since 2017: 52 € up to 299 €, ceiling 351 €. */
    static final Arbeitsfoerderungsgeld AFOEG = new Arbeitsfoerderungsgeld(
            new BigDecimal("52.00"), new BigDecimal("299.00"), new BigDecimal("351.00"));

    /** Statutory Grundbetrag from 01.08.2024 (§ 221 Abs. 2 SGB IX, = Ausbildungsgeld § 125 SGB III). */
    static final BigDecimal GRUNDBETRAG_2025 = new BigDecimal("133.00");

    static final YearMonth MAERZ_2025 = YearMonth.of(2025, 3);

    static BigDecimal euro(String betrag) {
        return new BigDecimal(betrag);
    }

    /** Arbeitsbereich, whole month, full time, statutory Grundbetrag 133.00. */
    static Entgelteingabe eingabe(YearMonth monat, String steigerungsbetrag) {
        return Entgelteingabe.fuer(monat, Bereich.AB, GRUNDBETRAG_2025,
                Rechenzeile.steigerungsbetrag(euro(steigerungsbetrag)));
    }

    static Entgeltabrechnung standard(Entgelteingabe eingabe) {
        return new Entgeltberechnung(Entgelteinstellungen.STANDARD, AFOEG).berechne(eingabe);
    }

    static Entgeltabrechnung mit(Entgelteinstellungen einstellungen, Entgelteingabe eingabe) {
        return new Entgeltberechnung(einstellungen, AFOEG).berechne(eingabe);
    }
}
