package de.werkerp.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The negotiation PDF of the cost calculation shows the lines, the total and the cost per place and day. */
class KostenkalkulationReportTest {

    @Test
    void pdf_shows_lines_total_and_cost_per_place_and_day() throws Exception {
        var data = new KostenkalkulationReport.Data("Träger Test gGmbH", "Grüne Arbeit (aLA)", "Kalkulation 2026",
                "01.01.2026 bis 31.12.2026", 2, "Entwurf", false, null, 12, 250, 60, new BigDecimal("39"),
                List.of(new KostenkalkulationReport.Zeile(true, "Personalkosten", null, null, null, null),
                        new KostenkalkulationReport.Zeile(false, "Gruppenleiter*in/Fachkräfte", new BigDecimal("39"),
                                new BigDecimal("1.00"), "62.400,00 € je VK", new BigDecimal("62400.00")),
                        new KostenkalkulationReport.Zeile(false, "Abschreibung Gebäude", null, null,
                                "200.000,00 € × 2,45 %", new BigDecimal("4900.00"))),
                new BigDecimal("116600.00"), new BigDecimal("9716.67"), new BigDecimal("809.72"),
                new BigDecimal("38.87"), List.of("Gruppenleitung: Personalschlüssel erfüllt"), List.of("Hinweis A"),
                LocalDate.of(2026, 1, 5));
        byte[] pdf = KostenkalkulationReport.render(data);
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Kostenkalkulation für Andere Leistungsanbieter"), text);
        assertTrue(text.contains("Kosten je Platz und Tag") && text.contains("38,87 €"), text);
        assertTrue(text.contains("116.600,00 €") && text.contains("62.400,00 €"), text);
        assertTrue(text.contains("Entwurf"), text);
        assertTrue(text.contains("809,72 €") && text.contains("Gruppenleitung: Personalschlüssel erfüllt"), text);
    }
}
