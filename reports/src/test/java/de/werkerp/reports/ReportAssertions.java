package de.werkerp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRElementsVisitor;
import net.sf.jasperreports.engine.util.JRVisitorSupport;

/** Checks shared by the report tests: fonts in the template and in the PDF, and the optional sample dump. */
final class ReportAssertions {

    private ReportAssertions() {
    }

    /** Every font in the PDF is an embedded DejaVu font (from jasperreports-fonts, not the system). */
    static void assertAllFontsEmbeddedDejaVu(PDDocument doc) throws IOException {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts++;
                assertTrue(font.isEmbedded(), "font not embedded: " + font.getName());
                assertTrue(font.getName().contains("DejaVu"), "unexpected font: " + font.getName());
            }
        }
        assertTrue(fonts > 0, "no fonts found");
    }

    /** Every text element of the template uses "DejaVu Sans" (more than ten elements are visited). */
    static void assertEveryTextElementUsesDejaVuSans(JasperReport compiled) {
        List<String> offenders = new ArrayList<>();
        int[] checked = {0};
        JRElementsVisitor.visitReport(compiled, new JRVisitorSupport() {
            @Override
            public void visitStaticText(JRStaticText text) {
                check(text);
            }

            @Override
            public void visitTextField(JRTextField text) {
                check(text);
            }

            private void check(JRTextElement element) {
                checked[0]++;
                if (!"DejaVu Sans".equals(element.getFontName())) {
                    offenders.add(element.getUUID() + ": " + element.getFontName());
                }
            }
        });
        assertTrue(checked[0] > 10, "visited " + checked[0]);
        assertEquals(List.of(), offenders);
    }

    /** {@code mvn test -Dwerkerp.reports.dump=true} writes the PDFs to target/report-samples for a look. */
    static void dump(String fileName, byte[] pdf) throws IOException {
        if (Boolean.getBoolean("werkerp.reports.dump")) {
            Path dir = Files.createDirectories(Path.of("target", "report-samples"));
            Files.write(dir.resolve(fileName), pdf);
        }
    }
}
