package de.werkerp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Ballot with photos (§§ 20, 21 WMVO): names in the given order, the crosses rule, the photo embedded. */
class StimmzettelReportTest {

    private static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQ"
            + "VR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static long bilder(PDDocument doc) throws java.io.IOException {
        PDPage page = doc.getPage(0);
        long n = 0;
        for (var name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                n++;
            }
        }
        return n;
    }

    @Test
    void stimmzettel_mit_foto() throws Exception {
        byte[] pdf = StimmzettelReport.render(new StimmzettelReport.Data("Werkstätten Musterstadt gGmbH",
                "Stimmzettel – Wahl des Werkstattrats", "Werkstatt Musterstadt – 12.11.2025",
                "Sie dürfen höchstens 5 Kreuze machen, für jede Person höchstens eins (§ 21 WMVO).",
                "Sie dürfen höchstens 5 Kreuze machen. Für jede Person nur 1 Kreuz.", true,
                List.of(new StimmzettelReport.Bewerber("Albers, Anna", "Montage 1", PNG),
                        new StimmzettelReport.Bewerber("Becker, Ben", null, null))));
        ReportAssertions.dump("stimmzettel.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.indexOf("Albers, Anna") < text.indexOf("Becker, Ben"), text);
            assertTrue(text.contains("höchstens 5 Kreuze"), text);
            ReportAssertions.assertAllFontsEmbeddedDejaVu(doc);
            assertTrue(bilder(doc) >= 1, "Foto fehlt");
        }
        byte[] ohne = StimmzettelReport.render(new StimmzettelReport.Data(null, "Stimmzettel", null, null, null, true,
                List.of(new StimmzettelReport.Bewerber("Becker, Ben", null, null))));
        try (PDDocument doc = Loader.loadPDF(ohne)) {
            assertEquals(0, bilder(doc));
        }
        // the template has fewer than the ten text elements ReportAssertions.assertEveryTextElementUsesDejaVuSans
        // expects; the embedded-fonts check above covers the DejaVu rule
    }
}
