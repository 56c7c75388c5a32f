package de.werkerp.wage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The totals of a statement are the sums of its lines, to the cent, with two decimals also when empty. */
class EntgeltabrechnungTest {

    @Test
    void totals_are_the_sums_of_the_lines_with_two_decimals() {
        List<Rechenzeile> zeilen = List.of(
                Rechenzeile.berechnet(Komponente.GRUNDBETRAG, "Grundbetrag", null, null, new BigDecimal("133.00"), true),
                Rechenzeile.berechnet(Komponente.STEIGERUNGSBETRAG, "Steigerungsbetrag", null, null,
                        new BigDecimal("30.5"), true),
                Rechenzeile.berechnet(Komponente.ARBEITSFOERDERUNGSGELD, "AFöG", null, null, new BigDecimal("52.00"),
                        false),
                new Rechenzeile(Komponente.ABZUG, "800", "Mittagessen", null, null, new BigDecimal("-21.40"), false),
                new Rechenzeile(Komponente.SOZIALVERSICHERUNG, "SV-PV", "Pflege", null, null, new BigDecimal("-1.87"),
                        false));
        Entgeltabrechnung a = Entgeltabrechnung.aus(YearMonth.of(2026, 3), Bereich.AB, zeilen, List.of());
        assertEquals(new BigDecimal("133.00"), a.grundbetrag());
        assertEquals(new BigDecimal("30.50"), a.steigerungsbetrag());
        assertEquals(new BigDecimal("163.50"), a.arbeitsentgelt());
        assertEquals(new BigDecimal("52.00"), a.arbeitsfoerderungsgeld());
        assertEquals(new BigDecimal("0.00"), a.sonstigeBezuege());
        assertEquals(new BigDecimal("-23.27"), a.abzuege());
        assertEquals(new BigDecimal("192.23"), a.auszahlung());
        assertEquals(new BigDecimal("0.00"), Entgeltabrechnung.summe(List.of(), z -> true));
        assertEquals(new BigDecimal("0.00"), Entgeltabrechnung.summe(zeilen, z -> false));
    }
}
