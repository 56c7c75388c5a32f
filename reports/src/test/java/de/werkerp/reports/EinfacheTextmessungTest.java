package de.werkerp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPropertiesUtil;

/**
 * The shared renderer measures simple texts with JasperReports' fast measurer ({@link ReportRenderer#SIMPLE_TEXT}),
 * which made a payslip a third cheaper; the payslips must read exactly as with the full measurer.
 */
class EinfacheTextmessungTest {

    private static final ReportRenderer VOLL = new ReportRenderer(DefaultJasperReportsContext.getInstance());

    @Test
    void sharedRendererUsesTheSimpleMeasurerTheGlobalContextIsUntouched() {
        assertTrue(JRPropertiesUtil.getInstance(ReportRenderer.getDefault().context())
                .getBooleanProperty(ReportRenderer.SIMPLE_TEXT));
        assertEquals(null, DefaultJasperReportsContext.getInstance().getProperty(ReportRenderer.SIMPLE_TEXT));
    }

    @Test
    void payslipsReadTheSameWithBothMeasurers() throws IOException {
        EntgeltabrechnungReport.Data mitSv = EntgeltabrechnungSozialversicherungTest.mitBeitraegen(
                EntgeltabrechnungSozialversicherungTest.beitraege(), null);
        for (EntgeltabrechnungReport.Data d : new EntgeltabrechnungReport.Data[] {mitSv,
            EntgeltabrechnungReportTest.maerz("BERECHNET")}) {
            assertSameText(EntgeltabrechnungReport.render(d, VOLL), EntgeltabrechnungReport.render(d));
            assertSameText(EntgeltabrechnungReport.renderLeichteSprache(d, VOLL),
                    EntgeltabrechnungReport.renderLeichteSprache(d));
        }
    }

    private static void assertSameText(byte[] voll, byte[] einfach) throws IOException {
        try (PDDocument a = Loader.loadPDF(voll); PDDocument b = Loader.loadPDF(einfach)) {
            assertEquals(a.getNumberOfPages(), b.getNumberOfPages());
            String text = new PDFTextStripper().getText(a);
            assertTrue(text.length() > 200, text);
            assertEquals(text, new PDFTextStripper().getText(b));
        }
    }
}
