package de.werkerp.social.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The stored contribution lines keep every branch's base, rate and exact amount (rules.md § 3 worked example). */
class BeitraegeJsonTest {

    @Test
    void worked_example_2025_survives_storage_to_the_last_digit() {
        // rules.md § 3: 03/2025, Entgelt 250,00 €, childless, age 30, Kasse 2,5 %
        Beitragssaetze saetze = new Beitragssaetze(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                new BigDecimal("3745.00"), null, new BigDecimal("14.600"), new BigDecimal("2.5"), new BigDecimal("3.6"),
                new BigDecimal("0.6"), new BigDecimal("0.25"), new BigDecimal("18.600"));
        Beitraege b = Sozialversicherungsbeitraege.STANDARD.berechne(new Beitragsfall(YearMonth.of(2025, 3),
                new BigDecimal("250.00"), null, null, LocalDate.of(1995, 5, 10), true, 0, false, false,
                new BigDecimal("2.5")), saetze);
        List<BeitraegeJson.Zeile> zeilen = BeitraegeJson.lies(BeitraegeJson.schreibe(b));
        int erwartet = b.kv().zeilen().size() + b.kvZusatzbeitrag().zeilen().size() + b.pv().zeilen().size()
                + b.rv().zeilen().size();
        assertEquals(erwartet, zeilen.size());
        BeitraegeJson.Zeile kv = zeilen.get(0);
        assertEquals(b.kv().zweig(), kv.zweig());
        assertEquals("Träger", kv.seite());
        assertEquals(0, new BigDecimal("749.00").compareTo(kv.bemessungsgrundlage()));
        assertEquals(b.kv().zeilen().get(0).betrag(), kv.betrag());
        BigDecimal pvBeschaeftigter = zeilen.stream().filter(z -> z.zweig().equals(b.pv().zweig())
                && z.seite().startsWith("Beschäftigte")).map(BeitraegeJson.Zeile::betrag)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("4.49"), pvBeschaeftigter.setScale(2, java.math.RoundingMode.HALF_UP));
        assertTrue(zeilen.stream().anyMatch(z -> z.zweig().equals("Rentenversicherung")));
        assertEquals(List.of(), BeitraegeJson.lies(null));
    }
}
