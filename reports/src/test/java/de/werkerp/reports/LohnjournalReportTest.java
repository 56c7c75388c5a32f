package de.werkerp.reports;

import static de.werkerp.reports.EntgeltabrechnungReportTest.assertContains;
import static de.werkerp.reports.EntgeltabrechnungReportTest.flat;
import static de.werkerp.reports.ReportAssertions.assertAllFontsEmbeddedDejaVu;
import static de.werkerp.reports.ReportAssertions.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import de.werkerp.reports.LohnjournalReport.Data;
import de.werkerp.reports.LohnjournalReport.Summen;
import de.werkerp.reports.LohnjournalReport.Zeile;

class LohnjournalReportTest {

    static final String[] KOPF = {"Personalnummer", "Name", "Bereich", "Kostenstelle", "Grundbetrag",
        "Steigerungsbetrag", "Arbeitsentgelt", "Arbeitsförderungsgeld", "Sonstige Bezüge", "Abzüge", "Auszahlung"};

    /** Three people; per row Arbeitsentgelt = Grund + Steigerung and Auszahlung = Entgelt + AFöG + Sonstige + Abzüge. */
    static List<Zeile> zeilen() {
        return List.of(
                zeile("4711", "Jörg Müller-Lüdenscheid", "Arbeitsbereich", "410", "133.00", "117.00", "52.00", "55.00",
                        "-45.00"),
                zeile("4712", "Anna Schmidt", "Arbeitsbereich", "410", "133.00", "1101.50", "52.00", "0.00", "-60.00"),
                zeile("4713", "Ayşe Yılmaz", "Arbeitsbereich Außenarbeitsplätze", "420", "133.00", "45.25", "52.00",
                        "10.00", "-30.00"));
    }

    private static Zeile zeile(String nr, String name, String bereich, String kst, String grund, String steigerung,
            String afoeg, String sonstige, String abzuege) {
        BigDecimal entgelt = new BigDecimal(grund).add(new BigDecimal(steigerung));
        BigDecimal auszahlung = entgelt.add(new BigDecimal(afoeg)).add(new BigDecimal(sonstige))
                .add(new BigDecimal(abzuege));
        return new Zeile(nr, name, bereich, kst, new BigDecimal(grund), new BigDecimal(steigerung), entgelt,
                new BigDecimal(afoeg), new BigDecimal(sonstige), new BigDecimal(abzuege), auszahlung);
    }

    static Data data(String status, List<Zeile> zeilen) {
        boolean frei = "FREIGEGEBEN".equals(status);
        return new Data("Lebenshilfe Werkstätten Süd gGmbH", "Werkstatt Am Mühlbach", YearMonth.of(2025, 3), status,
                "Petra Klein", LocalDateTime.of(2025, 3, 31, 14, 5), frei ? "Thomas Groß" : null,
                frei ? LocalDateTime.of(2025, 4, 1, 9, 30) : null, zeilen, LocalDate.of(2025, 4, 4));
    }

    @Test
    void totalsAreSums() {
        List<Zeile> zeilen = zeilen();
        assertEquals(new BigDecimal("312.00"), zeilen.get(0).auszahlung());
        assertEquals(new BigDecimal("1226.50"), zeilen.get(1).auszahlung());
        assertEquals(new BigDecimal("210.25"), zeilen.get(2).auszahlung());
        Summen s = LohnjournalReport.summen(zeilen);
        assertEquals(3, s.anzahl());
        assertEquals(new BigDecimal("399.00"), s.grundbetrag());
        assertEquals(new BigDecimal("1263.75"), s.steigerungsbetrag());
        assertEquals(new BigDecimal("1662.75"), s.arbeitsentgelt());
        assertEquals(new BigDecimal("156.00"), s.arbeitsfoerderungsgeld());
        assertEquals(new BigDecimal("65.00"), s.sonstigeBezuege());
        assertEquals(new BigDecimal("-135.00"), s.abzuege());
        assertEquals(new BigDecimal("1748.75"), s.auszahlung());
        assertEquals(s.auszahlung(), s.arbeitsentgelt().add(s.arbeitsfoerderungsgeld()).add(s.sonstigeBezuege())
                .add(s.abzuege()));
    }

    @Test
    void rendersLandscapePdfWithAllPeopleAndTotals() throws IOException {
        byte[] pdf = LohnjournalReport.renderPdf(data("FREIGEGEBEN", zeilen()));
        dump("lohnjournal.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            // JasperReports writes a landscape page as portrait MediaBox with /Rotate 90
            PDRectangle box = doc.getPage(0).getMediaBox();
            boolean rotated = doc.getPage(0).getRotation() % 180 != 0;
            assertTrue(rotated ? box.getHeight() > box.getWidth() : box.getWidth() > box.getHeight(),
                    "landscape expected: " + box + ", rotation " + doc.getPage(0).getRotation());
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Lohnjournal März 2025", "Lebenshilfe Werkstätten Süd gGmbH – Werkstatt Am Mühlbach",
                    "Status: Freigegeben", "Berechnet von Petra Klein am 31.03.2025 um 14:05 Uhr",
                    "Freigegeben von Thomas Groß am 01.04.2025 um 09:30 Uhr",
                    "Pers.-Nr.", "Name", "Bereich", "Kostenstelle", "Grundbetrag", "Auszahlung",
                    "4711 Jörg Müller-Lüdenscheid Arbeitsbereich 410 133,00 € 117,00 € 250,00 € 52,00 € 55,00 € "
                            + "-45,00 € 312,00 €",
                    "4712 Anna Schmidt Arbeitsbereich 410 133,00 € 1.101,50 € 1.234,50 € 52,00 € 0,00 € -60,00 € "
                            + "1.226,50 €",
                    "Ayşe Yılmaz", "133,00 € 45,25 € 178,25 € 52,00 € 10,00 € -30,00 € 210,25 €",
                    "Summe 3 Personen 399,00 € 1.263,75 € 1.662,75 € 156,00 € 65,00 € -135,00 € 1.748,75 €",
                    "Erstellt am 04.04.2025", "Seite 1 von 1");
            assertFalse(text.contains("Entwurf"), text);
            assertFalse(text.contains("Keine Einträge."), text);
            assertAllFontsEmbeddedDejaVu(doc);
        }
    }

    @Test
    void draftAndManyPeopleSpanPagesWithHeaders() throws IOException {
        List<Zeile> zeilen = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            zeilen.add(zeile(String.valueOf(5000 + i), "Person Nr. " + i, "Arbeitsbereich", "410", "133.00", "10.00",
                    "52.00", "0.00", "0.00"));
        }
        byte[] pdf = LohnjournalReport.renderPdf(data("BERECHNET", zeilen));
        dump("lohnjournal-90.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            String text = flat(new PDFTextStripper().getText(doc));
            // 90 × 133,00 = 11.970,00; 90 × 195,00 = 17.550,00
            assertContains(text, "Status: Entwurf – noch nicht freigegeben (Berechnet)", "Person Nr. 90",
                    "Summe 90 Personen 11.970,00 €", "17.550,00 €", "Seite " + pages + " von " + pages);
            assertFalse(text.contains("Freigegeben von"), text);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page2 = flat(stripper.getText(doc));
            assertContains(page2, "Lohnjournal März 2025 – Werkstatt Am Mühlbach – Entwurf – noch nicht freigegeben",
                    "Pers.-Nr. Name Bereich Kostenstelle Grundbetrag");
        }
    }

    @Test
    void emptyJournalPrintsKeineEintraegeAndZeroTotals() throws IOException {
        try (PDDocument doc = Loader.loadPDF(LohnjournalReport.renderPdf(data("BERECHNET", List.of())))) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Keine Einträge.", "Summe 0 Personen 0,00 €", "Seite 1 von 1");
        }
    }

    @Test
    void xlsxHasHeaderRowNumericCellsAndTotalsRow() throws IOException {
        byte[] xlsx = LohnjournalReport.renderXlsx(data("FREIGEGEBEN", zeilen()));
        dump("lohnjournal.xlsx", xlsx);
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, java.util.Arrays.copyOf(xlsx, 4), "zip (OOXML) expected");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Lohnjournal", sheet.getSheetName());
            DataFormatter formatter = new DataFormatter();

            assertEquals("Lohnjournal März 2025", formatter.formatCellValue(sheet.getRow(0).getCell(0)));
            Row header = findRow(sheet, "Personalnummer");
            assertNotNull(header, "header row");
            assertEquals(List.of(KOPF), texts(header, formatter), "header row");
            int auszahlung = KOPF.length - 1;

            Row first = sheet.getRow(header.getRowNum() + 1);
            assertEquals("4711", formatter.formatCellValue(first.getCell(0)));
            assertEquals("Jörg Müller-Lüdenscheid", formatter.formatCellValue(first.getCell(1)));
            for (int c = 4; c < KOPF.length; c++) {
                assertEquals(CellType.NUMERIC, first.getCell(c).getCellType(), KOPF[c] + " must be numeric");
            }
            assertEquals(133.00, first.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(-45.00, first.getCell(9).getNumericCellValue(), 1e-9);
            assertEquals(312.00, first.getCell(auszahlung).getNumericCellValue(), 1e-9);
            assertEquals(1226.50, sheet.getRow(header.getRowNum() + 2).getCell(auszahlung).getNumericCellValue(), 1e-9);
            assertTrue(first.getCell(4).getCellStyle().getDataFormatString().contains("0.00"),
                    first.getCell(4).getCellStyle().getDataFormatString());

            Row summe = findRow(sheet, "Summe");
            assertNotNull(summe, "totals row");
            assertEquals(header.getRowNum() + 4, summe.getRowNum(), "totals right after the three people");
            assertEquals("3 Personen", formatter.formatCellValue(summe.getCell(2)));
            double[] expected = {399.00, 1263.75, 1662.75, 156.00, 65.00, -135.00, 1748.75};
            for (int i = 0; i < expected.length; i++) {
                Cell cell = summe.getCell(4 + i);
                assertEquals(CellType.NUMERIC, cell.getCellType(), KOPF[4 + i]);
                assertEquals(expected[i], cell.getNumericCellValue(), 1e-9, KOPF[4 + i]);
            }
            assertEquals(summe.getRowNum(), sheet.getLastRowNum(), "no page footer in the sheet");
        }
    }

    /** CSV injection does not apply to the XLSX: a name like "=1+1" is a text cell, never a formula. */
    @Test
    void xlsxWritesAFormulaLikeNameAsTextAndAmountsAsNumbers() throws IOException {
        List<Zeile> zeilen = List.of(zeile("4714", "=1+1", "Arbeitsbereich", "@SUM(A1)", "133.00", "10.00", "52.00",
                "0.00", "-12.50"));
        byte[] xlsx = LohnjournalReport.renderXlsx(data("FREIGEGEBEN", zeilen));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = findRow(workbook.getSheetAt(0), "4714");
            assertNotNull(row, "row of 4714");
            boolean name = false;
            boolean minus = false;
            for (Cell cell : row) {
                assertFalse(cell.getCellType() == CellType.FORMULA, "no formula cells: " + cell);
                name |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("=1+1");
                minus |= cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == -12.5;
            }
            assertTrue(name, "the name is a text cell");
            assertTrue(minus, "the deduction is a number");
        }
    }

    @Test
    void everyTextElementUsesDejaVuSans() {
        ReportAssertions.assertEveryTextElementUsesDejaVuSans(
                ReportRenderer.getDefault().compiledReport(LohnjournalReport.TEMPLATE));
    }

    private static Row findRow(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && firstCell.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        return null;
    }

    private static List<String> texts(Row row, DataFormatter formatter) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(formatter.formatCellValue(row.getCell(c)));
        }
        return texts;
    }
}
