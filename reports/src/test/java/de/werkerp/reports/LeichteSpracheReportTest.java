package de.werkerp.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Leichte Sprache (§ 11 BGG): sentences in order, body text at least 14 pt, fonts embedded. */
class LeichteSpracheReportTest {

    @Test
    void saetze_in_14_punkt() throws Exception {
        byte[] pdf = LeichteSpracheReport.render(new LeichteSpracheReport.Data("Werkstätten Musterstadt gGmbH",
                "Wahl-Ausschreiben in Leichter Sprache", "Werkstatt Musterstadt",
                List.of("Wir wählen einen neuen Werkstatt-Rat.", "Die Wahl ist am 12.11.2025.")));
        ReportAssertions.dump("leichte-sprache.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float[] kleinste = {Float.MAX_VALUE};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
                    if (text.contains("Werkstatt-Rat") || text.contains("12.11.2025")) {
                        for (TextPosition p : positions) {
                            kleinste[0] = Math.min(kleinste[0], p.getFontSizeInPt());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(doc);
            assertTrue(text.indexOf("Werkstatt-Rat") < text.indexOf("12.11.2025"), text);
            assertTrue(kleinste[0] >= 14f, "kleinste Schrift " + kleinste[0]);
            ReportAssertions.assertAllFontsEmbeddedDejaVu(doc);
        }
    }
}
