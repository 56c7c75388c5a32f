package de.werkerp.wage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** § 59 Abs. 1 SGB IX: 52 € up to an Arbeitsentgelt of 299 €, above that 351 € − Arbeitsentgelt, not below 0. */
class ArbeitsfoerderungsgeldTest {

    /** Figures valid since 2017 (rules.md § 2); in the application they come from ref_arbeitsfoerderungsgeld. */
    private final Arbeitsfoerderungsgeld afoeg = new Arbeitsfoerderungsgeld(
            new BigDecimal("52.00"), new BigDecimal("299.00"), new BigDecimal("351.00"));

    @ParameterizedTest(name = "§ 59 SGB IX: Arbeitsentgelt {0} → AFöG {1}")
    @CsvSource({
            // the table of rules.md § 2
            "250.00, 52.00",
            "299.00, 52.00",
            "300.00, 51.00",
            "351.00, 0.00",
            "400.00, 0.00",
            // own edge cases: nothing earned, one cent above the full-amount limit, one cent below the ceiling
            "0.00, 52.00",
            "299.01, 51.99",
            "350.99, 0.01"})
    void worked_examples(String entgelt, String expected) {
        assertEquals(new BigDecimal(expected), afoeg.fuer(new BigDecimal(entgelt)));
    }

    @Test
    void a_negative_arbeitsentgelt_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> afoeg.fuer(new BigDecimal("-1.00")));
        assertEquals("Das Arbeitsentgelt darf nicht negativ sein.", e.getMessage());
    }
}
