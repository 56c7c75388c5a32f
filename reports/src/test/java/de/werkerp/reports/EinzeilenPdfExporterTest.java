package de.werkerp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;

/**
 * The one-line shortcut of {@link EinzeilenPdfExporter} must not change a document: every glyph at the same place, in
 * the same font and size, the same text and the same tagged structure as JasperReports' own renderer writes it.
 */
class EinzeilenPdfExporterTest {

    private static final ReportRenderer EIGEN = new ReportRenderer(DefaultJasperReportsContext.getInstance(), false);

    @Test
    void payslipWithSocialInsuranceLooksTheSameGlyphByGlyph() throws IOException {
        ReportRenderer direkt = new ReportRenderer(DefaultJasperReportsContext.getInstance(), true);
        EntgeltabrechnungReport.Data data = LohnzettelLast.person(7);
        vergleiche(r -> EntgeltabrechnungReport.render(data, r), direkt);
        assertTrue(direkt.einzeiligCount() > 40, "most texts of a payslip are one line: " + direkt.einzeiligCount());
    }

    @Test
    void payslipWithCorrectionsDraftAndLeichteSpracheLookTheSame() throws IOException {
        ReportRenderer direkt = new ReportRenderer(DefaultJasperReportsContext.getInstance(), true);
        EntgeltabrechnungReport.Data maerz = EntgeltabrechnungReportTest.maerz("BERECHNET");
        vergleiche(r -> EntgeltabrechnungReport.render(maerz, r), direkt);
        vergleiche(r -> EntgeltabrechnungReport.renderLeichteSprache(maerz, r), direkt);
        EntgeltabrechnungReport.Data sv = EntgeltabrechnungSozialversicherungTest.mitBeitraegen(
                EntgeltabrechnungSozialversicherungTest.beitraege(), null);
        vergleiche(r -> EntgeltabrechnungReport.renderLeichteSprache(sv, r), direkt);
        assertTrue(direkt.einzeiligCount() > 0);
    }

    @Test
    void tableReportWithUmlautsLooksTheSame() throws IOException {
        ReportRenderer direkt = new ReportRenderer(DefaultJasperReportsContext.getInstance(), true);
        StammdatenReport.Data data = new StammdatenReport.Data("Träger Ä Ö Ü ß – „Süd“ 12,50 €", LocalDate.of(2025, 5, 2),
                List.of(new StammdatenReport.SiteRow("Einrichtung mit einem sehr langen Namen, der in der Spalte"
                        + " sicher umbrechen muss, weil er so lang ist", "WfbM", "Betriebsstätte Süd", "Südweg 1",
                        true)),
                List.of(new StammdatenReport.UserRow("user", " Über Nutzer ", "Verwaltung", true)));
        vergleiche(r -> new StammdatenReport(r).render(data, LocalDateTime.of(2025, 5, 2, 12, 0)), direkt);
        assertTrue(direkt.einzeiligCount() > 0);
    }

    @Test
    void onlyPlainLeftToRightCharactersWithoutOuterBlanksTakeTheShortcut() {
        assertTrue(EinzeilenPdfExporter.einfacheZeichen("Grundbetrag 1.234,56 € – „Süß“ Ωμέγα Жуков"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen(""));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen(" links"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("rechts "));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("rechts\u00A0"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("zwei\nZeilen"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("Tab\tStopp"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("Trenn\u00ADstrich"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("שלום"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("مرحبا"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("a\u200Fb"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("a\u202Eb"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("a\u2066b"));
        assertFalse(EinzeilenPdfExporter.einfacheZeichen("Emoji \uD83D\uDE00"));
    }

    /** Renders with JasperReports' own text renderers and with the shortcut and compares glyphs and structure. */
    private static void vergleiche(Function<ReportRenderer, byte[]> render, ReportRenderer direkt) throws IOException {
        byte[] eigen = render.apply(EIGEN);
        long vorher = direkt.einzeiligCount();
        byte[] kurz = render.apply(direkt);
        assertTrue(direkt.einzeiligCount() > vorher, "the shortcut was taken");
        try (PDDocument a = Loader.loadPDF(eigen); PDDocument b = Loader.loadPDF(kurz)) {
            assertEquals(a.getNumberOfPages(), b.getNumberOfPages());
            List<String> glyphenA = glyphen(a);
            List<String> glyphenB = glyphen(b);
            assertTrue(glyphenA.size() > 100, "glyphs " + glyphenA.size());
            assertEquals(glyphenA.size(), glyphenB.size(), "number of glyphs");
            for (int i = 0; i < glyphenA.size(); i++) {
                assertEquals(glyphenA.get(i), glyphenB.get(i), "glyph " + i);
            }
            assertEquals(new PDFTextStripper().getText(a), new PDFTextStripper().getText(b));
            assertEquals(struktur(a), struktur(b), "tagged structure");
            assertTrue(b.getDocumentCatalog().getMarkInfo().isMarked(), "still a tagged PDF");
        }
    }

    /** Every glyph: page, character, position (to 1/100 pt), font (without subset prefix) and size. */
    private static List<String> glyphen(PDDocument doc) throws IOException {
        List<String> glyphen = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    String font = p.getFont().getName();
                    glyphen.add(String.format(java.util.Locale.ROOT, "%d %s x=%.2f y=%.2f w=%.2f %s %.2f",
                            getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                            font.substring(font.indexOf('+') + 1), p.getFontSizeInPt()));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        return glyphen;
    }

    /** The structure tree as text: element types and their nesting. */
    private static String struktur(PDDocument doc) {
        StringBuilder b = new StringBuilder();
        struktur(doc.getDocumentCatalog().getStructureTreeRoot(), b);
        return b.toString();
    }

    private static void struktur(PDStructureNode knoten, StringBuilder b) {
        for (Object kind : knoten.getKids()) {
            if (kind instanceof PDStructureElement e) {
                b.append('(').append(e.getStructureType());
                struktur(e, b);
                b.append(')');
            } else {
                b.append('.');
            }
        }
    }
}
