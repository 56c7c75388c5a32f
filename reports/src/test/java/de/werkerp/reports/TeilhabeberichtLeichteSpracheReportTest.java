package de.werkerp.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The Leichte-Sprache version of the Teilhabebericht: the texts, embedded DejaVu fonts, nothing below 14 pt. */
class TeilhabeberichtLeichteSpracheReportTest {

    @Test
    void textUndSchriftgroesse() throws IOException {
        byte[] pdf = TeilhabeberichtLeichteSpracheReport.render(new TeilhabeberichtLeichteSpracheReport.Data(
                "Werkstätten Musterstadt gGmbH", "Ihr Teilhabe-Bericht", List.of(
                        new TeilhabeberichtLeichteSpracheReport.Abschnitt("Ihr Ziel: Allein mit dem Bus fahren",
                                List.of("Das haben Sie zum Teil geschafft.", "Sie fahren an 3 von 5 Tagen allein.")),
                        new TeilhabeberichtLeichteSpracheReport.Abschnitt("Was wir als Nächstes tun wollen",
                                List.of("Weiter üben."))),
                LocalDate.of(2026, 1, 15)));
        ReportAssertions.dump("teilhabebericht-leichte-sprache.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Float> groessen = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> groessen.add(p.getFontSizeInPt()));
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(doc);
            assertTrue(text.contains("Ihr Teilhabe-Bericht"), text);
            assertTrue(text.contains("Ihr Ziel: Allein mit dem Bus fahren"), text);
            assertTrue(text.contains("Das haben Sie zum Teil geschafft."), text);
            assertTrue(text.contains("Seite 1 von 1"), text);
            assertTrue(!groessen.isEmpty());
            assertTrue(groessen.stream().allMatch(g -> g >= 13.9f), groessen.toString());
            ReportAssertions.assertAllFontsEmbeddedDejaVu(doc);
        }
    }
}
