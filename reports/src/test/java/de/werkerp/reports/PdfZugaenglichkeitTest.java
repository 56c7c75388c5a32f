package de.werkerp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Accessible PDFs (issue 17 item 1): every document is tagged (MarkInfo/Marked, a structure tree, German as the
 * language), has a real title that the viewer shows instead of the file name, and Leichte-Sprache documents set all
 * their text in at least 14 pt.
 */
class PdfZugaenglichkeitTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();

    @Test
    void tabelle_ist_getaggt_mit_titel() throws IOException {
        byte[] pdf = TabellenReport.render(TabellenReportTest.forderung(List.of(
                List.of("Erika Muster", "1001", "21", "748,83 €"))));
        assertZugaenglich(pdf, "Erstattung Rentenversicherungsbeiträge § 179 SGB VI – Werkstatt Musterstadt · März 2025");
    }

    @Test
    void entgeltabrechnung_ist_getaggt_mit_titel() throws IOException {
        assertZugaenglich(EntgeltabrechnungReport.render(EntgeltabrechnungReportTest.maerz("Freigegeben")),
                "Entgeltabrechnung März 2025");
    }

    @Test
    void stammdaten_und_vertrag_haben_einen_echten_titel() throws IOException {
        byte[] stammdaten = new StammdatenReport(RENDERER).render(new StammdatenReport.Data("Träger Süd",
                LocalDate.of(2025, 5, 2), List.of(new StammdatenReport.SiteRow("Einrichtung", "WfbM", "Süd", "Südweg 1",
                        true)), List.of(new StammdatenReport.UserRow("user", "Über Nutzer", "Verwaltung", true))),
                LocalDateTime.of(2025, 5, 2, 12, 0));
        assertZugaenglich(stammdaten, "Stammdaten: Betriebsstätten und Benutzer – Träger Süd");
        byte[] vertrag = new WerkstattvertragReport(RENDERER).render(WerkstattvertragReportTest.arbeitsbereich(),
                LocalDateTime.of(2026, 8, 14, 10, 30));
        assertZugaenglich(vertrag, "Werkstattvertrag – Jörg Müller-Lüdenscheid");
    }

    @Test
    void leichte_sprache_ueberall_mindestens_14_punkt() throws IOException {
        byte[] wahl = LeichteSpracheReport.render(new LeichteSpracheReport.Data("Werkstätten Musterstadt gGmbH",
                "Wahl-Ausschreiben in Leichter Sprache", "Werkstatt Musterstadt",
                List.of("Wir wählen einen neuen Werkstatt-Rat.", "Die Wahl ist am 12.11.2025.")));
        assertZugaenglich(wahl, "Wahl-Ausschreiben in Leichter Sprache – Werkstatt Musterstadt");
        assertMindestens14Punkt(wahl);

        byte[] geld = EntgeltabrechnungReport.renderLeichteSprache(EntgeltabrechnungReportTest.maerz("Freigegeben"));
        assertZugaenglich(geld, "Ihr Geld für März 2025");
        assertMindestens14Punkt(geld);

        byte[] ergebnis = ArbeitsergebnisReport.renderLeichteSprache(ArbeitsergebnisReportTest.data("Freigegeben"));
        assertTagged(ergebnis);
        assertMindestens14Punkt(ergebnis);

        byte[] teilhabe = TeilhabeberichtLeichteSpracheReport.render(new TeilhabeberichtLeichteSpracheReport.Data(
                "Werkstätten Musterstadt gGmbH", "Ihr Teilhabe-Bericht", List.of(
                        new TeilhabeberichtLeichteSpracheReport.Abschnitt("Ihr Ziel: Allein mit dem Bus fahren",
                                List.of("Das haben Sie zum Teil geschafft."))), LocalDate.of(2026, 1, 15)));
        assertZugaenglich(teilhabe, "Ihr Teilhabe-Bericht");
        assertMindestens14Punkt(teilhabe);
    }

    @Test
    void titel_aus_den_parametern() {
        assertEquals("Eigener Titel", ReportRenderer.pdfTitel(java.util.Map.of(ReportRenderer.PDF_TITEL, " Eigener Titel ",
                "TITEL", "anderer")));
        assertEquals("Rechnung 7 – März 2025", ReportRenderer.pdfTitel(java.util.Map.of("TITEL", "Rechnung 7",
                "UNTERTITEL", "März 2025")));
        assertEquals(null, ReportRenderer.pdfTitel(java.util.Map.of("ANDERES", "x")));
    }

    private static void assertZugaenglich(byte[] pdf, String titel) throws IOException {
        assertTagged(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(titel, doc.getDocumentInformation().getTitle());
            COSDictionary prefs = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.VIEWER_PREFERENCES);
            assertNotNull(prefs, "ViewerPreferences");
            assertEquals(COSBoolean.TRUE, prefs.getDictionaryObject(COSName.getPDFName("DisplayDocTitle")));
        }
    }

    private static void assertTagged(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertNotNull(catalog.getMarkInfo(), "MarkInfo");
            assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo/Marked");
            assertNotNull(catalog.getStructureTreeRoot(), "StructTreeRoot");
            assertTrue(!catalog.getStructureTreeRoot().getKids().isEmpty(),
                    "structure tree has elements");
            assertEquals("de-DE", catalog.getLanguage());
        }
    }

    private static void assertMindestens14Punkt(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float[] kleinste = {Float.MAX_VALUE};
            int[] zeichen = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            kleinste[0] = Math.min(kleinste[0], p.getFontSizeInPt());
                            zeichen[0]++;
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
            assertTrue(zeichen[0] > 20, "text found: " + zeichen[0]);
            assertTrue(kleinste[0] >= 14f, "kleinste Schrift " + kleinste[0] + " pt");
        }
    }
}
