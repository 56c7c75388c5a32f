package de.werkerp.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import de.werkerp.reports.StammdatenReport.Data;
import de.werkerp.reports.StammdatenReport.SiteRow;
import de.werkerp.reports.StammdatenReport.UserRow;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;

class ReportRendererTest {

    private static final Data DATA = new Data("Träger Ä Ö Ü ß", LocalDate.of(2025, 5, 2),
            List.of(new SiteRow("Einrichtung", "WfbM", "Betriebsstätte Süd", "Südweg 1", true)),
            List.of(new UserRow("user", "Über Nutzer", "Verwaltung", true)));
    private static final LocalDateTime ERSTELLT = LocalDateTime.of(2025, 5, 2, 12, 0);

    @Test
    void compilesTemplateOnceAndCachesIt() throws IOException {
        ReportRenderer renderer = new ReportRenderer();
        StammdatenReport report = new StammdatenReport(renderer);
        assertEquals(0, renderer.compileCount());

        long t0 = System.nanoTime();
        byte[] first = report.render(DATA, ERSTELLT);
        long t1 = System.nanoTime();
        byte[] second = report.render(DATA, ERSTELLT);
        long t2 = System.nanoTime();
        System.out.printf("StammdatenReport render time: first (with compile) %d ms, second (cached) %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

        assertEquals(1, renderer.compileCount());
        assertSame(renderer.compiledReport(StammdatenReport.TEMPLATE), renderer.compiledReport(StammdatenReport.TEMPLATE));
        assertEquals(1, renderer.compileCount());
        assertEquals(text(first), text(second));
    }

    @Test
    void rendersConcurrentlyWithOneCompilation() throws Exception {
        ReportRenderer renderer = new ReportRenderer();
        StammdatenReport report = new StammdatenReport(renderer);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> report.render(DATA, ERSTELLT)));
            }
            String expected = null;
            for (Future<byte[]> result : results) {
                String text = text(result.get());
                if (expected == null) {
                    expected = text;
                }
                assertEquals(expected, text);
            }
            assertTrue(expected.contains("Träger Ä Ö Ü ß"), expected);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, renderer.compileCount());
    }

    @Test
    void fontExtensionProvidesDejaVuSansFromJar() {
        FontFamily dejaVu = DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class).stream()
                .filter(family -> "DejaVu Sans".equals(family.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("jasperreports-fonts not on the classpath"));
        assertTrue(dejaVu.isPdfEmbedded(), "DejaVu Sans must be PDF-embedded");
    }

    @Test
    void everyTextElementUsesDejaVuSans() {
        ReportAssertions.assertEveryTextElementUsesDejaVuSans(ReportRenderer.getDefault().compiledReport(StammdatenReport.TEMPLATE));
    }

    @Test
    void unknownTemplateIsReported() {
        ReportRenderer renderer = new ReportRenderer();
        ReportException e = assertThrows(ReportException.class,
                () -> renderer.renderPdf("GibtEsNicht", Map.of(), List.of()));
        assertTrue(e.getMessage().contains("/de/werkerp/reports/GibtEsNicht.jrxml"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> renderer.compiledReport("../etc/passwd"));
        assertEquals(0, renderer.compileCount());
    }

    @Test
    void pdfIsAPdf() {
        byte[] pdf = new StammdatenReport().render(DATA);
        assertArrayEquals("%PDF".getBytes(), java.util.Arrays.copyOf(pdf, 4));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
