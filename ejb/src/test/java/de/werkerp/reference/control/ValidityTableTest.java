package de.werkerp.reference.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Reference values answer "valid on date D". Worked example: the Grundbetrag of § 221 Abs. 2 SGB IX
 * (= Ausbildungsgeld, § 125 SGB III) rose from 126 € to 133 € on 1 August 2024 (rules.md § 1).
 */
class ValidityTableTest {

    record Amount(Validity validity, BigDecimal value) {
    }

    private static Amount amount(String from, String to, String value) {
        return new Amount(new Validity(LocalDate.parse(from), to == null ? null : LocalDate.parse(to)), new BigDecimal(value));
    }

    private final ValidityTable<Amount> grundbetrag = new ValidityTable<>(List.of(
            amount("2024-08-01", null, "133.00"),
            amount("2023-01-01", "2024-07-31", "126.00"),
            amount("2022-01-01", "2022-12-31", "109.00")), Amount::validity);

    @Test
    void grundbetrag_changes_on_2024_08_01() {
        assertEquals(new BigDecimal("126.00"), grundbetrag.require(LocalDate.of(2024, 7, 31), "Grundbetrag").value());
        assertEquals(new BigDecimal("133.00"), grundbetrag.require(LocalDate.of(2024, 8, 1), "Grundbetrag").value());
        assertEquals(new BigDecimal("133.00"), grundbetrag.require(LocalDate.of(2026, 11, 23), "Grundbetrag").value());
        assertEquals(new BigDecimal("109.00"), grundbetrag.require(LocalDate.of(2022, 12, 31), "Grundbetrag").value());
    }

    @Test
    void a_date_without_value_is_named_not_guessed() {
        assertTrue(grundbetrag.validOn(LocalDate.of(2021, 12, 31)).isEmpty());
        ValidityTable.MissingReferenceValue e = assertThrows(ValidityTable.MissingReferenceValue.class,
                () -> grundbetrag.require(LocalDate.of(2021, 12, 31), "den Grundbetrag"));
        assertEquals("Für den Grundbetrag ist am 31.12.2021 kein Wert hinterlegt.", e.getMessage());
    }

    @Test
    void overlapping_periods_are_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ValidityTable<>(List.of(
                amount("2023-01-01", "2024-08-01", "126.00"),
                amount("2024-08-01", null, "133.00")), Amount::validity));
        assertTrue(e.getMessage().startsWith("Gültigkeitszeiträume überschneiden sich"));
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Validity(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 7, 31)));
    }

    @Test
    void open_ended_periods_overlap_everything_after_their_start() {
        Validity open = new Validity(LocalDate.of(2024, 8, 1), null);
        assertTrue(open.overlaps(new Validity(LocalDate.of(2030, 1, 1), null)));
        assertTrue(!open.overlaps(new Validity(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 7, 31))));
    }
}
