package de.werkerp.reports;

import static de.werkerp.reports.EntgeltabrechnungReportTest.assertContains;
import static de.werkerp.reports.EntgeltabrechnungReportTest.flat;
import static de.werkerp.reports.ReportAssertions.assertAllFontsEmbeddedDejaVu;
import static de.werkerp.reports.ReportAssertions.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import de.werkerp.reports.TabellenReport.Data;
import de.werkerp.reports.TabellenReport.Spalte;

class TabellenReportTest {

    static final List<Spalte> SPALTEN = List.of(new Spalte("Name", false, 3), new Spalte("Personalnummer", false, 2),
            new Spalte("Tage", true, 1), new Spalte("Betrag", true, 2));

    static Data forderung(List<List<String>> zeilen) {
        return new Data("Lebenshilfe Werkstätten Süd gGmbH", "Erstattung Rentenversicherungsbeiträge § 179 SGB VI",
                "Werkstatt Musterstadt · März 2025",
                List.of("Deutsche Rentenversicherung Bund", "Referat Erstattungen", "10704 Berlin"),
                List.of("Sehr geehrte Damen und Herren,",
                        "wir beantragen die Erstattung der folgenden Beiträge für März 2025."),
                SPALTEN, zeilen, List.of("Summe", "", "42", "1.497,66 €"),
                List.of("Bitte überweisen Sie den Betrag auf unser Konto DE12 3456 7890 1234 5678 90.",
                        "Mit freundlichen Grüßen"),
                LocalDate.of(2025, 4, 4));
    }

    static List<List<String>> dreiZeilen() {
        return List.of(
                List.of("Jörg Müller-Lüdenscheid", "4711", "20", "499,22 €"),
                List.of("Ayşe Yılmaz", "4713", "21", "499,22 €"),
                Arrays.asList("Anna Schmidt", null, "1", "499,22 €"));
    }

    @Test
    void rendersTitleRecipientParagraphsCellsAndTotals() throws IOException {
        byte[] pdf = TabellenReport.render(forderung(dreiZeilen()));
        dump("tabelle.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertFalse(querformat(page), "portrait");
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Lebenshilfe Werkstätten Süd gGmbH",
                    "Deutsche Rentenversicherung Bund Referat Erstattungen 10704 Berlin",
                    "Erstattung Rentenversicherungsbeiträge § 179 SGB VI", "Werkstatt Musterstadt · März 2025",
                    "Sehr geehrte Damen und Herren, wir beantragen die Erstattung der folgenden Beiträge für März 2025.",
                    "Name Personalnummer Tage Betrag",
                    "Jörg Müller-Lüdenscheid 4711 20 499,22 €", "Ayşe Yılmaz 4713 21 499,22 €",
                    "Anna Schmidt 1 499,22 €", "Summe 42 1.497,66 €",
                    "Bitte überweisen Sie den Betrag auf unser Konto DE12 3456 7890 1234 5678 90.",
                    "Mit freundlichen Grüßen", "Erstellt am 04.04.2025", "Seite 1 von 1");
            // order: recipient, title, introduction, table, totals, closing
            assertTrue(text.indexOf("10704 Berlin") < text.indexOf("Erstattung Rentenversicherungsbeiträge"));
            assertTrue(text.indexOf("folgenden Beiträge") < text.indexOf("Name Personalnummer"));
            assertTrue(text.indexOf("Summe 42") < text.indexOf("Bitte überweisen"));
            assertFalse(text.contains("Keine Einträge"), text);
            assertAllFontsEmbeddedDejaVu(doc);
        }
    }

    @Test
    void manyRowsSpanPagesWithRepeatedHeaderAndPageNumbers() throws IOException {
        List<List<String>> zeilen = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            zeilen.add(List.of("Person Nr. " + i, String.valueOf(5000 + i), "1", "9,98 €"));
        }
        byte[] pdf = TabellenReport.render(forderung(zeilen));
        dump("tabelle-lang.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            String text = flat(new PDFTextStripper().getText(doc));
            for (int i = 1; i <= 150; i++) {
                assertTrue(text.contains("Person Nr. " + i + " " + (5000 + i) + " 1 9,98 €"), "row " + i);
            }
            assertContains(text, "Summe 42 1.497,66 €", "Mit freundlichen Grüßen", "Seite 1 von " + pages,
                    "Seite " + pages + " von " + pages);
            for (int p = 2; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = flat(stripper.getText(doc));
                assertContains(page, "Erstattung Rentenversicherungsbeiträge § 179 SGB VI – Werkstatt Musterstadt",
                        "Seite " + p + " von " + pages);
                if (page.contains("Person Nr.")) {
                    assertContains(page, "Name Personalnummer Tage Betrag");
                }
            }
            assertAllFontsEmbeddedDejaVu(doc);
        }
    }

    @Test
    void moreThanSixColumnsIsLandscape() throws IOException {
        List<Spalte> spalten = new ArrayList<>();
        List<String> zeile = new ArrayList<>();
        List<String> summe = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            spalten.add(new Spalte("Spalte " + i, i > 2, i == 1 ? 3 : 1));
            zeile.add("Wert " + i);
            summe.add(i == 1 ? "Summe" : "S" + i);
        }
        Data data = new Data(null, "Summenliste", null, null, null, spalten, List.of(zeile, zeile), summe, null,
                LocalDate.of(2025, 4, 4));
        try (PDDocument doc = Loader.loadPDF(TabellenReport.render(data))) {
            PDPage page = doc.getPage(0);
            assertTrue(querformat(page), "landscape");
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Summenliste", "Spalte 1 Spalte 2 Spalte 3", "Spalte 9",
                    "Wert 1 Wert 2 Wert 3 Wert 4 Wert 5 Wert 6 Wert 7 Wert 8 Wert 9",
                    "Summe S2 S3 S4 S5 S6 S7 S8 S9", "Seite 1 von 1");
        }
        assertTrue(TabellenReport.Layout.of(spalten).quer());
        assertFalse(TabellenReport.Layout.of(SPALTEN).quer());
    }

    @Test
    void emptyTableSaysSo() throws IOException {
        Data data = new Data("Träger", "Leere Liste", null, null, null, List.of(new Spalte("A", false, 1)), null,
                null, null, null);
        String text = flat(new PDFTextStripper().getText(Loader.loadPDF(TabellenReport.render(data))));
        assertContains(text, "Leere Liste", "A", "Keine Einträge.", "Erstellt am ", "Seite 1 von 1");
    }

    @Test
    void widthsFromWeightsFillTheLineAndLayoutsAreCompiledOnce() {
        TabellenReport.Layout l = TabellenReport.Layout.of(SPALTEN);
        assertEquals(4, l.spalten());
        int summe = Arrays.stream(l.breite()).sum();
        assertEquals(500, summe);
        assertEquals(3 * 500 / 8, l.breite()[0]);
        assertEquals(l.x()[3] + l.breite()[3], 500);
        assertEquals("TabellenReport:P:187L,125L,62R,126R", l.key());
        assertSame(TabellenReport.compiled(forderung(dreiZeilen())), TabellenReport.compiled(forderung(List.of())));
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Data(null, "T", null, null, null, List.of(),
                null, null, null, null));
        List<Spalte> elf = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            elf.add(new Spalte("S", false, 1));
        }
        assertThrows(IllegalArgumentException.class, () -> new Data(null, "T", null, null, null, elf,
                null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Data(null, "T", null, null, null, SPALTEN,
                List.of(List.of("nur eine Zelle")), null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Data(null, "T", null, null, null, SPALTEN,
                null, List.of("Summe"), null, null));
        assertThrows(NullPointerException.class, () -> new Data(null, null, null, null, null, SPALTEN,
                null, null, null, null));
    }

    /** JasperReports writes a landscape page as portrait MediaBox with /Rotate 90. */
    private static boolean querformat(PDPage page) {
        boolean rotated = page.getRotation() % 180 != 0;
        return rotated != page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
    }

    @Test
    void everyTextElementUsesDejaVuSans() {
        ReportAssertions.assertEveryTextElementUsesDejaVuSans(TabellenReport.compiled(forderung(dreiZeilen())));
    }
}
