package de.werkerp.reports;

import static de.werkerp.reports.ReportAssertions.assertAllFontsEmbeddedDejaVu;
import static de.werkerp.reports.ReportAssertions.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import de.werkerp.reports.StammdatenReport.Data;
import de.werkerp.reports.StammdatenReport.SiteRow;
import de.werkerp.reports.StammdatenReport.UserRow;

class StammdatenReportTest {

    /** One renderer for the class, so the template is compiled once for all tests. */
    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final LocalDateTime ERSTELLT = LocalDateTime.of(2025, 3, 4, 9, 5);

    private final StammdatenReport report = new StammdatenReport(RENDERER);

    @Test
    void rendersSitesAndUsersOnOnePage() throws IOException {
        Data data = new Data("Lebenshilfe Werkstätten Süd gGmbH", LocalDate.of(2025, 3, 1),
                List.of(new SiteRow("WfbM Am Mühlbach", "WfbM", "Hauptwerk Mühlbach", "Mühlenweg 3, 79098 Freiburg", true),
                        new SiteRow("Förderstätte Lindenhof", "Förderstätte", "Haus Lindenhof", "Lindenstraße 12, Hinterhaus, 2. Obergeschoss, Eingang über den Hof, 79100 Freiburg im Breisgau", false)),
                List.of(new UserRow("jmueller", "Jürgen Müller", "Verwaltung, Gruppenleitung", true),
                        new UserRow("sgross", "Sabine Groß", "Fachdienst", false)));

        byte[] pdf = report.render(data, ERSTELLT);
        dump("stammdaten-2x2.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Stammdaten: Betriebsstätten und Benutzer"), text);
            assertTrue(text.contains("Lebenshilfe Werkstätten Süd gGmbH"), text);
            assertTrue(text.contains("Stand: 01.03.2025"), text);
            assertTrue(text.contains("Hauptwerk Mühlbach"), text);
            assertTrue(text.contains("Haus Lindenhof"), text);
            assertTrue(text.contains("Betriebsstätte"), text);
            assertTrue(text.contains("Jürgen Müller"), text);
            assertTrue(text.contains("sgross"), text);
            assertTrue(text.contains("inaktiv"), text);
            assertTrue(text.contains("Erstellt am 04.03.2025 um 09:05 Uhr"), text);
            assertTrue(text.contains("Seite 1 von 1"), text);
            assertFalse(text.contains("Keine Einträge."), text);
            assertAllFontsEmbeddedDejaVu(doc);
        }
    }

    @Test
    void longSiteListSpansPagesWithHeadersAndPageCount() throws IOException {
        List<SiteRow> sites = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            sites.add(new SiteRow("Einrichtung " + i, "WfbM", "Betriebsstätte Nr. " + i, "Straße " + i + ", 79098 Freiburg", i % 7 != 0));
        }
        Data data = new Data("Träger mit vielen Standorten e.V.", LocalDate.of(2025, 1, 31), sites,
                List.of(new UserRow("admin", "Administratorin Özdemir", "Administration", true)));

        byte[] pdf = report.render(data, ERSTELLT);
        dump("stammdaten-120.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Seite 2 von " + pages), text);
            assertTrue(text.contains("Seite " + pages + " von " + pages), text);
            assertTrue(text.contains("Betriebsstätte Nr. 120"), text);
            assertTrue(text.contains("Administratorin Özdemir"), text);

            // column headers repeated on every page that continues the site table
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page2 = stripper.getText(doc);
            assertTrue(page2.contains("Einrichtung") && page2.contains("Anschrift") && page2.contains("Status"), page2);
            assertTrue(page2.contains("Seite 2 von " + pages), page2);
        }
    }

    @Test
    void emptyListsPrintKeineEintraege() throws IOException {
        byte[] pdf = report.render(new Data("Leerer Träger", LocalDate.of(2025, 12, 24), List.of(), List.of()), ERSTELLT);
        dump("stammdaten-leer.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertEquals(2, count(text, "Keine Einträge."), text);
            assertTrue(text.contains("Betriebsstätten (0)"), text);
            assertTrue(text.contains("Benutzer (0)"), text);
            assertFalse(text.contains("Anschrift"), "no empty table header expected: " + text);
            assertTrue(text.contains("Seite 1 von 1"), text);
        }
    }

    @Test
    void emptyUserListOnlyPrintsPlaceholderForUsers() throws IOException {
        byte[] pdf = report.render(new Data("Träger", LocalDate.of(2025, 6, 1),
                List.of(new SiteRow("Werk", "WfbM", "Werk Nord", "Nordweg 1", true)), null), ERSTELLT);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertEquals(1, count(text, "Keine Einträge."), text);
            assertTrue(text.contains("Werk Nord"), text);
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
