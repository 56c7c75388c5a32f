package de.werkerp.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * The invoice as XRechnung (EN 16931 CII, CIUS XRechnung 3.0), validated with the Mustang validator (XML schema,
 * EN 16931 and XRechnung Schematron). The lines are a realistic month: daily rates, a part-time reduced rate, a
 * pro-rata monthly lump sum and a credit correction of the previous month.
 */
class XRechnungTest {

    static XRechnung.Rechnung beispiel() {
        XRechnung.Verkaeufer v = new XRechnung.Verkaeufer(new XRechnung.Partei("Werkstatt Musterstadt gGmbH",
                "Industriestraße 12", "12345", "Musterstadt"), "IK 590123456", "12/345/67890", "Erika Abrechnung", "+49 30 1234567",
                "abrechnung@werkstatt-musterstadt.example", "DE89 3704 0044 0532 0130 00", null);
        XRechnung.Partei lt = new XRechnung.Partei("Amt für Soziale Dienste & Teilhabe", "Rembertiring 39", "28195",
                "Bremen");
        LocalDate von = LocalDate.of(2025, 3, 1);
        LocalDate bis = LocalDate.of(2025, 3, 31);
        List<XRechnung.Position> zeilen = List.of(
                new XRechnung.Position("Muster, Anna – Tagessatz", "Az. B-1, Haushaltsstelle 3419.681 17-1",
                        new BigDecimal("21"), "DAY", new BigDecimal("85.40"), new BigDecimal("1793.40"), von, bis),
                new XRechnung.Position("Beispiel, Ben – Tagessatz (Teilzeit)", "Az. B-2", new BigDecimal("20"), "DAY",
                        new BigDecimal("64.05"), new BigDecimal("1281.00"), von, bis),
                new XRechnung.Position("Probe, Paula – Monatspauschale", "ab 16.03.2025", new BigDecimal("0.5161"),
                        "MON", new BigDecimal("1850.00"), new BigDecimal("954.79"), LocalDate.of(2025, 3, 16), bis),
                new XRechnung.Position("Muster, Anna – Korrektur Februar 2025", "bisher 1.708,00 €, neu 1.537,20 €",
                        BigDecimal.ONE, "C62", new BigDecimal("-170.80"), new BigDecimal("-170.80"),
                        LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)));
        return new XRechnung.Rechnung("RE-202503-1-2", LocalDate.of(2025, 4, 2), LocalDate.of(2025, 5, 2),
                "04011000-12345-67", v, lt, zeilen, List.of("Leistungsabrechnung März 2025, Haushaltsstelle "
                        + "3419.681 17-1"));
    }

    @Test
    void the_xml_validates_as_xrechnung() {
        XRechnung.Rechnung r = beispiel();
        assertEquals(new BigDecimal("3858.39"), r.summe()); // 1.793,40 + 1.281,00 + 954,79 − 170,80
        String xml = XRechnung.cii(r);
        assertTrue(xml.contains("<ram:DuePayableAmount>3858.39</ram:DuePayableAmount>"), xml);
        assertTrue(xml.contains("&amp; Teilhabe"), "escaped");
        // the credit line: quantity −1 at the positive price (BR-27)
        assertTrue(xml.contains("<ram:BilledQuantity unitCode=\"C62\">-1</ram:BilledQuantity>"), xml);
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String bericht = validator.validate(xml.getBytes(StandardCharsets.UTF_8), "RE-202503-1-2.xml");
        assertTrue(bericht.contains("<summary status=\"valid\"/>"), bericht);
        assertTrue(bericht.contains("XRechnung") || bericht.contains("xrechnung"), bericht);
    }

    @Test
    void without_leitweg_id_there_is_no_xrechnung() {
        XRechnung.Rechnung r = beispiel();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new XRechnung.Rechnung(
                r.nummer(), r.datum(), r.faellig(), " ", r.verkaeufer(),
                r.kaeufer(), r.positionen(), r.hinweise()));
        assertTrue(e.getMessage().contains("Leitweg-ID"));
    }
}
