package de.werkerp.reports;

import static de.werkerp.reports.EntgeltabrechnungReportTest.assertContains;
import static de.werkerp.reports.EntgeltabrechnungReportTest.flat;
import static de.werkerp.reports.ReportAssertions.assertAllFontsEmbeddedDejaVu;
import static de.werkerp.reports.ReportAssertions.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import de.werkerp.reports.ArbeitsergebnisReport.Balken;
import de.werkerp.reports.ArbeitsergebnisReport.Data;
import de.werkerp.reports.ArbeitsergebnisReport.Pruefung;
import de.werkerp.reports.ArbeitsergebnisReport.Zeile;
import de.werkerp.reports.ArbeitsergebnisReport.Zuordnung;

class ArbeitsergebnisReportTest {

    static BigDecimal b(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static List<Zeile> positionen() {
        return List.of(
                new Zeile("I.1", "Umsatzerlöse aus Produktion und Dienstleistung", b("1845320.50"), b("1790000.00"), false),
                new Zeile("I.2", "Sonstige betriebliche Erträge", b("42180.00"), b("39500.00"), false),
                new Zeile("I", "Erträge", b("1887500.50"), b("1829500.00"), true),
                new Zeile("II.1", "Materialaufwand", b("612400.00"), b("598000.00"), false),
                new Zeile("II.2", "Sonstige Kosten des Arbeitsbereichs", b("475100.50"), null, false),
                new Zeile("II", "Kosten", b("1087500.50"), b("1068250.00"), true),
                new Zeile("III", "Arbeitsergebnis", b("800000.00"), b("761250.00"), true));
    }

    static List<Pruefung> pruefungen() {
        return List.of(
                new Pruefung("Mindestquote Arbeitsentgelte", true,
                        "Die Arbeitsentgelte betragen 73,0 % des Arbeitsergebnisses (mindestens 70 %)."),
                new Pruefung("Höchstbetrag der Rücklage", true, "Die Rücklage liegt unter dem Höchstbetrag."),
                new Pruefung("Vergütungen der Leistungsträger", false,
                        "Aus den Vergütungen ist ein Verlust entstanden; er darf nicht aus dem Arbeitsergebnis "
                                + "ausgeglichen werden."));
    }

    static List<Zuordnung> zuordnung() {
        return List.of(
                new Zuordnung("Konten", "4000", "4499", "I.1 Umsatzerlöse aus Produktion und Dienstleistung"),
                new Zuordnung("Konten", "4900", null, "I.2 Sonstige betriebliche Erträge"),
                new Zuordnung("Kostenstelle", "410", "419", "Arbeitsbereich"),
                new Zuordnung("Kostenstelle", "900", null, "nicht Arbeitsbereich"));
    }

    static Data data(String status) {
        boolean frei = "Freigegeben".equals(status);
        return new Data("Lebenshilfe Werkstätten Süd gGmbH", "Werkstatt Am Mühlbach", 2024, frei ? 2 : 1, status,
                frei ? "Thomas Groß" : null, frei ? LocalDateTime.of(2025, 3, 12, 10, 15) : null,
                frei ? "Nachbuchung Materialaufwand nach Prüfung" : null, positionen(), pruefungen(),
                b("1887500.50"), b("1087500.50"), b("800000.00"), b("584000.00"), b("560000.00"), b("73.0"),
                b("310000.00"), b("96000.00"), b("406000.00"), b("438000.00"), b("120000.00"),
                b("-12500.00"), null, zuordnung(), LocalDate.of(2025, 3, 14));
    }

    /** A loss year: Kosten above Erträge, money taken from the Rücklage, no share given. */
    static Data verlustjahr() {
        return new Data("Lebenshilfe Werkstätten Süd gGmbH", "Werkstatt Am Mühlbach", 2024, 1, "Entwurf", null,
                null, null,
                List.of(new Zeile("I", "Erträge", b("1500000.00"), b("1600000.00"), true),
                        new Zeile("II", "Kosten", b("1535000.00"), b("1450000.00"), true),
                        new Zeile("III", "Arbeitsergebnis", b("-35000.00"), b("150000.00"), true)),
                List.of(new Pruefung("Mindestquote Arbeitsentgelte", false,
                        "Kein positives Arbeitsergebnis; die Entgelte wurden aus der Rücklage gezahlt.")),
                b("1500000.00"), b("1535000.00"), b("-35000.00"), b("520000.00"), null, null,
                b("600000.00"), b("-40000.00"), b("560000.00"), b("600000.00"), b("0.00"),
                b("3000.00"), "Ausfall eines Großkunden; Entgelte aus der Rücklage gesichert.", List.of(),
                LocalDate.of(2025, 3, 14));
    }

    @Test
    void rendersStatementWithPositionsVerwendungChecksAndAppendix() throws IOException {
        byte[] pdf = ArbeitsergebnisReport.render(data("Freigegeben"));
        dump("arbeitsergebnis.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages(), "statement on page 1, appendix on page 2");
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Lebenshilfe Werkstätten Süd gGmbH", "Einrichtung: Werkstatt Am Mühlbach",
                    "Arbeitsergebnisrechnung 2024 nach § 12 WVO", "Fassung 2 – Status: Freigegeben",
                    "Freigegeben von Thomas Groß am 12.03.2025 um 10:15 Uhr",
                    "Änderungsgrund: Nachbuchung Materialaufwand nach Prüfung",
                    "Position Bezeichnung 2024 Vorjahr Veränderung",
                    "I.1 Umsatzerlöse aus Produktion und Dienstleistung 1.845.320,50 € 1.790.000,00 € 55.320,50 €",
                    "I.2 Sonstige betriebliche Erträge 42.180,00 € 39.500,00 € 2.680,00 €",
                    "I Erträge 1.887.500,50 € 1.829.500,00 € 58.000,50 €",
                    "II.1 Materialaufwand 612.400,00 € 598.000,00 € 14.400,00 €",
                    "II.2 Sonstige Kosten des Arbeitsbereichs 475.100,50 €",
                    "II Kosten 1.087.500,50 € 1.068.250,00 € 19.250,50 €",
                    "III Arbeitsergebnis 800.000,00 € 761.250,00 € 38.750,00 €",
                    "Verwendung des Arbeitsergebnisses", "Arbeitsergebnis 800.000,00 €",
                    "Arbeitsentgelte der Beschäftigten 584.000,00 €",
                    "Mindestbetrag der Arbeitsentgelte (70 % des Arbeitsergebnisses) 560.000,00 €",
                    "Anteil der Arbeitsentgelte am Arbeitsergebnis 73,0 % mindestens 70 % erreicht",
                    "Ertragsschwankungsrücklage am Anfang des Jahres 310.000,00 €",
                    "Zuführung zur Rücklage 96.000,00 €",
                    "Ertragsschwankungsrücklage am Ende des Jahres 406.000,00 €",
                    "Höchstbetrag der Rücklage 438.000,00 €",
                    "Ersatz- und Modernisierungsinvestitionen 120.000,00 €",
                    "Prüfungen", "✓ Mindestquote Arbeitsentgelte Die Arbeitsentgelte betragen 73,0 %",
                    "✓ Höchstbetrag der Rücklage", "! Vergütungen der Leistungsträger Aus den Vergütungen",
                    "Nachweis nach § 58 Abs. 4 SGB IX", "Ergebnis aus den Vergütungen: Verlust 12.500,00 €",
                    "Erstellt am 14.03.2025", "Seite 1 von 2", "Seite 2 von 2");
            assertFalse(text.contains("Entwurf"), text);
            // the II.2 line has no Vorjahr, so no Veränderung either
            assertFalse(text.contains("475.100,50 € 0,00"), text);

            String seite1 = seite(doc, 1);
            String seite2 = seite(doc, 2);
            assertFalse(seite1.contains("Anlage"), seite1);
            assertContains(seite2, "Anlage: Zuordnung der Konten und Kostenstellen",
                    "Art Konten / Kostenstellen Zuordnung",
                    "Konten 4000 – 4499 I.1 Umsatzerlöse aus Produktion und Dienstleistung",
                    "Konten 4900 I.2 Sonstige betriebliche Erträge", "Kostenstelle 410 – 419 Arbeitsbereich",
                    "Kostenstelle 900 nicht Arbeitsbereich",
                    "Arbeitsergebnisrechnung 2024 nach § 12 WVO – Werkstatt Am Mühlbach");
            assertAllFontsEmbeddedDejaVu(doc);
        }
    }

    @Test
    void draftShowsMarkerAndNoRelease() throws IOException {
        try (PDDocument doc = Loader.loadPDF(ArbeitsergebnisReport.render(data("Geprüft")))) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Fassung 1 – Status: Geprüft", "Entwurf – nicht freigegeben");
            assertFalse(text.contains("Freigegeben von"), text);
            assertFalse(text.contains("Änderungsgrund"), text);
        }
    }

    @Test
    void lossYearStatementShowsNegativeResultAndJustification() throws IOException {
        byte[] pdf = ArbeitsergebnisReport.render(verlustjahr());
        dump("arbeitsergebnis-verlust.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Fassung 1 – Status: Entwurf", "Entwurf – nicht freigegeben",
                    "III Arbeitsergebnis -35.000,00 € 150.000,00 € -185.000,00 €",
                    "Entnahme aus der Rücklage -40.000,00 €",
                    "Begründung zum Anteil der Arbeitsentgelte: Ausfall eines Großkunden",
                    "! Mindestquote Arbeitsentgelte", "Ergebnis aus den Vergütungen: Gewinn 3.000,00 €",
                    "Keine Zuordnungen hinterlegt.");
            assertFalse(text.contains("Anteil der Arbeitsentgelte am Arbeitsergebnis"), text);
        }
    }

    @Test
    void leichteSpracheShowsSentencesRuleAndBars() throws IOException {
        byte[] pdf = ArbeitsergebnisReport.renderLeichteSprache(data("Freigegeben"));
        dump("arbeitsergebnis-leichte-sprache.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Das Geld der Werkstatt im Jahr 2024", "Werkstatt: Werkstatt Am Mühlbach",
                    "Das hat die Werkstatt eingenommen: 1.887.500,50 €.",
                    "Das hat die Werkstatt ausgegeben: 1.087.500,50 €.",
                    "Das ist übrig: 800.000,00 €. Das heißt Arbeits-Ergebnis.",
                    "So viel Geld haben die Beschäftigten als Lohn bekommen: 584.000,00 €.",
                    "Das sind 73 von 100 Euro vom Arbeits-Ergebnis.",
                    "Die Regel sagt: mindestens 70 von 100 Euro.",
                    "Für schlechte Zeiten legt die Werkstatt Geld zurück: 96.000,00 €.",
                    "Jetzt hat die Werkstatt dafür 406.000,00 € zurückgelegt.",
                    "Das Geld als Bild:", "Eingenommen: 1.887.500,50 €", "Ausgegeben: 1.087.500,50 €",
                    "Übrig: 800.000,00 €", "Lohn: 584.000,00 €", "Seite 1 von 1");
            assertFalse(text.contains("Entwurf"), text);
            assertFalse(text.contains("fehlen"), text);
            assertTrue(kleinsteSchrift(doc) >= 14f, "smallest font " + kleinsteSchrift(doc));
            assertAllFontsEmbeddedDejaVu(doc);
        }
    }

    @Test
    void barWidthsAreProportional() {
        List<Balken> balken = ArbeitsergebnisReport.balken(data("Freigegeben"));
        assertEquals(List.of("Eingenommen", "Ausgegeben", "Übrig", "Lohn"), balken.stream().map(Balken::name).toList());
        // 400 pt for the largest amount, the others × amount / 1.887.500,50, rounded to 5 pt
        assertEquals(List.of(400, 230, 170, 125), balken.stream().map(Balken::breite).toList());
        assertEquals(0, ArbeitsergebnisReport.breite(BigDecimal.ZERO, b("100")));
        assertEquals(5, ArbeitsergebnisReport.breite(b("0.01"), b("100000")), "a tiny amount still shows");
        assertEquals(0, ArbeitsergebnisReport.breite(b("5"), BigDecimal.ZERO));
    }

    @Test
    void leichteSpracheLossYearAndDraft() throws IOException {
        byte[] pdf = ArbeitsergebnisReport.renderLeichteSprache(verlustjahr());
        dump("arbeitsergebnis-leichte-sprache-verlust.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Achtung: Das ist ein Entwurf.", "Die Zahlen können sich noch ändern.",
                    "In diesem Jahr hat die Werkstatt mehr ausgegeben als eingenommen: 35.000,00 € fehlen.",
                    "So viel Geld haben die Beschäftigten als Lohn bekommen: 520.000,00 €.",
                    "Die Regel sagt: mindestens 70 von 100 Euro.",
                    "Für schlechte Zeiten hat die Werkstatt Geld zurückgelegt.",
                    "In diesem Jahr hat sie davon 40.000,00 € gebraucht.", "Fehlt: 35.000,00 €");
            assertFalse(text.contains("Das ist übrig"), text);
            assertFalse(text.contains("Das sind"), text);
            assertTrue(kleinsteSchrift(doc) >= 14f, "smallest font " + kleinsteSchrift(doc));
        }
        List<Balken> balken = ArbeitsergebnisReport.balken(verlustjahr());
        assertEquals("Fehlt", balken.get(2).name());
        assertTrue(balken.get(2).negativ());
        assertEquals(new BigDecimal("35000.00"), balken.get(2).betrag());
    }

    @Test
    void shareIsRoundedWithoutCrossingTheRule() {
        assertEquals("73", ArbeitsergebnisReport.vonHundert(b("72.6")));
        assertEquals("70", ArbeitsergebnisReport.vonHundert(b("70.0")));
        assertEquals("69,6", ArbeitsergebnisReport.vonHundert(b("69.6")));
        assertEquals("69,9", ArbeitsergebnisReport.vonHundert(b("69.96")));
        assertEquals("69", ArbeitsergebnisReport.vonHundert(b("69.4")));
        assertEquals(new BigDecimal("73.00"), ArbeitsergebnisReport.anteil(new Data(null, null, 2024, 1, null, null,
                null, null, null, null, null, null, b("800000"), b("584000"), null, null, null, null, null, null,
                null, null, null, null, null)));
    }

    @Test
    void xlsxHasNumericCellsForPositionsAndVerwendung() throws IOException {
        byte[] xlsx = ArbeitsergebnisReport.renderXlsx(data("Freigegeben"));
        dump("arbeitsergebnis.xlsx", xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Arbeitsergebnis", sheet.getSheetName());
            DataFormatter formatter = new DataFormatter();
            assertEquals("Arbeitsergebnisrechnung 2024 nach § 12 WVO",
                    formatter.formatCellValue(sheet.getRow(0).getCell(0)));

            Row kopf = findRow(sheet, 0, "Position");
            assertNotNull(kopf, "header row");
            assertEquals(List.of("Position", "Bezeichnung", "2024", "Vorjahr", "Veränderung"), texts(kopf, formatter));

            Row iii = findRow(sheet, 0, "III");
            assertNotNull(iii, "position III");
            assertEquals("Arbeitsergebnis", formatter.formatCellValue(iii.getCell(1)));
            assertNumeric(iii.getCell(2), 800000.00);
            assertNumeric(iii.getCell(3), 761250.00);
            assertNumeric(iii.getCell(4), 38750.00);
            assertTrue(iii.getCell(2).getCellStyle().getDataFormatString().contains("0.00"),
                    iii.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(kopf.getRowNum() + 7, iii.getRowNum(), "seven positions right after the header");

            Row ii2 = findRow(sheet, 0, "II.2");
            assertNumeric(ii2.getCell(2), 475100.50);
            Cell leer = ii2.getCell(3);
            assertTrue(leer == null || leer.getCellType() == CellType.BLANK
                    || formatter.formatCellValue(leer).isEmpty(), "no Vorjahr");

            Row ergebnis = findRow(sheet, 1, "Arbeitsergebnis", iii.getRowNum() + 1);
            assertNotNull(ergebnis, "Verwendung: Arbeitsergebnis");
            assertNumeric(ergebnis.getCell(2), 800000.00);
            assertNumeric(findRow(sheet, 1, "Erträge", iii.getRowNum() + 1).getCell(2), 1887500.50);
            assertNumeric(findRow(sheet, 1, "Arbeitsentgelte der Beschäftigten", 0).getCell(2), 584000.00);
            assertNumeric(findRow(sheet, 1, "Anteil der Arbeitsentgelte am Arbeitsergebnis (%)", 0).getCell(2), 73.0);
            assertNumeric(findRow(sheet, 1, "Zuführung zur Rücklage", 0).getCell(2), 96000.00);
            assertNumeric(findRow(sheet, 1, "Ertragsschwankungsrücklage am Ende des Jahres", 0).getCell(2), 406000.00);
            assertNumeric(findRow(sheet, 1, "Ersatz- und Modernisierungsinvestitionen", 0).getCell(2), 120000.00);
            assertNumeric(findRow(sheet, 1, "Ergebnis aus den Vergütungen (§ 58 Abs. 4 SGB IX)", 0).getCell(2),
                    -12500.00);

            assertNotNull(findRow(sheet, 0, "Prüfungen"), "section Prüfungen");
            Row hinweis = findRow(sheet, 0, "Hinweis");
            assertNotNull(hinweis);
            assertEquals("Vergütungen der Leistungsträger", formatter.formatCellValue(hinweis.getCell(1)));
            assertTrue(formatter.formatCellValue(hinweis.getCell(2)).startsWith("Aus den Vergütungen"));
            assertEquals("Mindestquote Arbeitsentgelte",
                    formatter.formatCellValue(findRow(sheet, 0, "OK").getCell(1)));
            Row konten = findRow(sheet, 0, "Kostenstelle");
            assertEquals("410 – 419", formatter.formatCellValue(konten.getCell(1)));
            assertEquals("Arbeitsbereich", formatter.formatCellValue(konten.getCell(2)));
        }
    }

    @Test
    void everyTextElementUsesDejaVuSans() {
        for (String template : List.of(ArbeitsergebnisReport.TEMPLATE, ArbeitsergebnisReport.TEMPLATE_LEICHTE_SPRACHE,
                ArbeitsergebnisReport.TEMPLATE_XLSX)) {
            ReportAssertions.assertEveryTextElementUsesDejaVuSans(ReportRenderer.getDefault().compiledReport(template));
        }
    }

    @Test
    void emptyListsStillRender() throws IOException {
        Data leer = new Data(null, null, 2024, 1, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        try (PDDocument doc = Loader.loadPDF(ArbeitsergebnisReport.render(leer))) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Arbeitsergebnisrechnung 2024 nach § 12 WVO", "Keine Positionen.",
                    "Keine Prüfungen.", "Keine Zuordnungen hinterlegt.", "Fassung 1 – Status: Entwurf");
        }
        try (PDDocument doc = Loader.loadPDF(ArbeitsergebnisReport.renderLeichteSprache(leer))) {
            assertContains(flat(new PDFTextStripper().getText(doc)), "Das Geld der Werkstatt im Jahr 2024");
        }
        assertNull(ArbeitsergebnisReport.freigabeText(leer));
        assertTrue(ArbeitsergebnisReport.renderXlsx(leer).length > 0);
    }

    private static void assertNumeric(Cell cell, double expected) {
        assertNotNull(cell);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "numeric cell expected at " + cell.getAddress());
        assertEquals(expected, cell.getNumericCellValue(), 1e-9);
    }

    private static String seite(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return flat(stripper.getText(doc));
    }

    /** The smallest font size (pt) of any character in the document. */
    private static float kleinsteSchrift(PDDocument doc) throws IOException {
        float[] min = {Float.MAX_VALUE};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition p : positions) {
                    if (!p.getUnicode().isBlank()) {
                        min[0] = Math.min(min[0], p.getFontSizeInPt());
                    }
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
        return min[0];
    }

    private static Row findRow(Sheet sheet, int column, String text) {
        return findRow(sheet, column, text, 0);
    }

    private static Row findRow(Sheet sheet, int column, String text, int fromRow) {
        for (Row row : sheet) {
            if (row.getRowNum() < fromRow) {
                continue;
            }
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
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
