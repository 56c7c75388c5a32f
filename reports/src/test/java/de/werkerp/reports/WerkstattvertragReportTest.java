package de.werkerp.reports;

import static de.werkerp.reports.ReportAssertions.assertAllFontsEmbeddedDejaVu;
import static de.werkerp.reports.ReportAssertions.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import de.werkerp.reports.WerkstattvertragReport.Data;

class WerkstattvertragReportTest {

    /** One renderer for the class, so the template is compiled once for all tests. */
    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final LocalDateTime JETZT = LocalDateTime.of(2026, 8, 14, 10, 30);

    private final WerkstattvertragReport report = new WerkstattvertragReport(RENDERER);

    /** Full time in the Arbeitsbereich, with gesetzliche Betreuung and Leistungsträger. */
    static Data arbeitsbereich() {
        return new Data("Lebenshilfe Werkstätten Süd gGmbH", "Mühlenweg 3, 79098 Freiburg im Breisgau",
                "Werkstatt Am Mühlbach", "Werkstatt für behinderte Menschen",
                "Jörg Müller-Lüdenscheid", LocalDate.of(1994, 4, 12), "Lindenstraße 5, 79100 Freiburg",
                "Sabine Groß, Vermögenssorge und Vertretung gegenüber Behörden",
                LocalDate.of(2026, 9, 1), "Arbeitsbereich", "in einer Gruppe der Einrichtung (Montage 1)",
                new BigDecimal("37.5"), null, new BigDecimal("133"),
                "Der Steigerungsbetrag wird nach einem Punktesystem aus Arbeitsmenge, Arbeitsgüte, Ausdauer und "
                        + "Selbstständigkeit bemessen und jährlich überprüft.",
                "Kommunaler Verband für Jugend und Soziales Baden-Württemberg", LocalDate.of(2026, 8, 14));
    }

    @Test
    void rendersContractWithAllSectionsAndLeichteSprache() throws IOException {
        byte[] pdf = report.render(arbeitsbereich(), JETZT);
        dump("werkstattvertrag-arbeitsbereich.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Werkstattvertrag", "nach § 221 SGB IX", "Vertragsparteien",
                    "Lebenshilfe Werkstätten Süd gGmbH", "Mühlenweg 3, 79098 Freiburg im Breisgau",
                    "Werkstatt Am Mühlbach (Werkstatt für behinderte Menschen)",
                    "Jörg Müller-Lüdenscheid, geboren am 12.04.1994", "Lindenstraße 5, 79100 Freiburg",
                    "Gesetzliche Betreuung: Sabine Groß, Vermögenssorge und Vertretung gegenüber Behörden",
                    "§ 1 Beginn und Bereich", "Das Werkstattverhältnis beginnt am 01.09.2026.",
                    "im Arbeitsbereich der Einrichtung Werkstatt Am Mühlbach",
                    "Die Beschäftigung findet in einer Gruppe der Einrichtung (Montage 1) statt.",
                    "Kommunaler Verband für Jugend und Soziales Baden-Württemberg",
                    "§ 2 Arbeitszeit", "Die wöchentliche Arbeitszeit beträgt 37,5 Stunden.",
                    "Die Beschäftigung erfolgt in Vollzeit.",
                    "§ 3 Arbeitsentgelt", "Grundbetrag von 133,00 €", "Steigerungsbetrag",
                    "Punktesystem aus Arbeitsmenge, Arbeitsgüte, Ausdauer und Selbstständigkeit",
                    "Arbeitsförderungsgeld nach § 59 SGB IX",
                    "§ 4 Mitwirkung", "Werkstattrat", "Frauenbeauftragte",
                    "§ 5 Beendigung", "Lösungserklärung", "§ 221 Abs. 7 SGB IX", "Regelaltersgrenze",
                    "Ort, Datum", "Träger", "Beschäftigte/r", "gesetzliche Betreuung (falls bestellt)",
                    "Das Wichtigste in Leichter Sprache", "Sie arbeiten ab dem 01.09.2026 bei uns.",
                    "Sie arbeiten 37,5 Stunden in der Woche.", "Sie bekommen jeden Monat Geld für Ihre Arbeit.",
                    "Sie bekommen mindestens 133,00 € im Monat.",
                    "Ihre Betreuerin oder Ihr Betreuer unterschreibt auch.",
                    "Erstellt am 14.08.2026", "Seite 1 von " + pages, "Seite " + pages + " von " + pages);
            assertFalse(text.contains("Teilzeit aus folgendem Grund"), text);
            assertFalse(text.contains(WerkstattvertragReport.SATZ_KEIN_ENTGELT), text);

            // the Leichte-Sprache part has a page of its own, after the signatures
            String last = flat(pageText(doc, pages));
            assertTrue(last.startsWith("Werkstattvertrag nach § 221 SGB IX – Jörg Müller-Lüdenscheid"), last);
            assertTrue(last.contains("Das Wichtigste in Leichter Sprache"), last);
            assertFalse(last.contains("§ 5 Beendigung") || last.contains("Ort, Datum"), last);
            String vertrag = flat(pageText(doc, pages - 1));
            assertTrue(vertrag.contains("gesetzliche Betreuung (falls bestellt)"), vertrag);
            assertFalse(vertrag.contains("Leichter Sprache"), vertrag);
            assertEquals(3, pages, "contract on two pages, Leichte Sprache on the third");
            assertAllFontsEmbeddedDejaVu(doc);
        }
    }

    @Test
    void partTimePrintsHoursAndReason() throws IOException {
        Data base = arbeitsbereich();
        Data data = new Data(base.traegerName(), base.traegerAnschrift(), base.einrichtungName(),
                base.einrichtungsart(), "Anna Schmidt", base.geburtsdatum(), base.personAnschrift(), null,
                LocalDate.of(2026, 10, 15), "Arbeitsbereich", "auf einem ausgelagerten Arbeitsplatz bei der Gärtnerei "
                        + "Grünwald GmbH", new BigDecimal("25.00"),
                "Die Belastbarkeit ist nach ärztlicher Stellungnahme auf fünf Stunden täglich begrenzt",
                new BigDecimal("1234.5"), null, null, null);

        byte[] pdf = report.render(data, JETZT);
        dump("werkstattvertrag-teilzeit.pdf", pdf);

        String text = text(pdf);
        assertContains(text, "Anna Schmidt", "15.10.2026", "Die wöchentliche Arbeitszeit beträgt 25 Stunden.",
                "Die Beschäftigung erfolgt in Teilzeit aus folgendem Grund: Die Belastbarkeit ist nach ärztlicher "
                        + "Stellungnahme auf fünf Stunden täglich begrenzt.",
                "Grundbetrag von 1.234,50 €", "nach Arbeitsmenge und Arbeitsgüte, und nach der Entgeltordnung der "
                        + "Werkstatt.",
                "Sie arbeiten 25 Stunden in der Woche.", "Das ist Teil-Zeit.",
                "Erstellt am 14.08.2026");
        assertFalse(text.contains("Vollzeit"), text);
        assertFalse(text.contains("Gesetzliche Betreuung:"), text);
        assertFalse(text.contains("Leistungsträger:"), text);
        assertFalse(text.contains("unterschreibt auch"), text);
    }

    @Test
    void withoutGrundbetragNoArbeitsentgeltIsPaid() throws IOException {
        Data base = arbeitsbereich();
        Data data = new Data(base.traegerName(), base.traegerAnschrift(), base.einrichtungName(),
                base.einrichtungsart(), base.personName(), base.geburtsdatum(), base.personAnschrift(), null,
                LocalDate.of(2026, 9, 1), "Eingangsverfahren", "in der Gruppe Berufliche Bildung",
                new BigDecimal("37.5"), null, null, null, "Bundesagentur für Arbeit", null);

        byte[] pdf = report.render(data, JETZT);
        dump("werkstattvertrag-eingangsverfahren.pdf", pdf);

        String text = text(pdf);
        assertContains(text, WerkstattvertragReport.SATZ_KEIN_ENTGELT, "Bundesagentur für Arbeit",
                "im Eingangsverfahren der Einrichtung", "In dieser Zeit bekommen Sie kein Geld von uns.",
                "Sie bekommen Geld von: Bundesagentur für Arbeit", "37,5 Stunden",
                "Erstellt am 14.08.2026"); // no erstelltAm in the data: date of the creation time
        assertFalse(text.contains("€"), text);
        assertFalse(text.contains("Grundbetrag von"), text);
        assertFalse(text.contains("Arbeitsförderungsgeld"), text);
        assertFalse(text.contains("Sie bekommen jeden Monat Geld"), text);
    }

    @Test
    void umlautNameRenders() throws IOException {
        String text = text(report.render(arbeitsbereich(), JETZT));
        assertTrue(text.contains("Jörg Müller-Lüdenscheid"), text);
    }

    @Test
    void longTextsWrapInsteadOfBeingClipped() throws IOException {
        Data base = arbeitsbereich();
        String lang = "Die Entgeltordnung sieht vor, dass " + "die Arbeitsleistung regelmäßig gemeinsam besprochen wird "
                .repeat(12) + "SCHLUSSWORTENTGELT";
        Data data = new Data(base.traegerName() + " – Gemeinnützige Gesellschaft für Teilhabe am Arbeitsleben und "
                        + "Bildung mbH", base.traegerAnschrift() + ", Hinterhaus, Eingang über den Hof, 2. Obergeschoss",
                base.einrichtungName(), base.einrichtungsart(), base.personName(), base.geburtsdatum(),
                base.personAnschrift(), base.betreuung() + ", Gesundheitssorge, Aufenthaltsbestimmung, Wohnungs"
                        + "angelegenheiten, Postangelegenheiten SCHLUSSWORTBETREUUNG",
                base.beginn(), base.bereich(), "auf einem betriebsintegrierten Arbeitsplatz ".repeat(6)
                        + "SCHLUSSWORTPLATZ", base.wochenstunden(), "Gesundheit ".repeat(30) + "SCHLUSSWORTGRUND",
                base.grundbetrag(), lang, base.leistungstraeger(), base.erstelltAm());

        byte[] pdf = report.render(data, JETZT);
        dump("werkstattvertrag-lange-texte.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Bildung mbH", "2. Obergeschoss", "SCHLUSSWORTBETREUUNG", "SCHLUSSWORTPLATZ",
                    "SCHLUSSWORTGRUND.", "SCHLUSSWORTENTGELT.", "gesetzliche Betreuung (falls bestellt)",
                    "Seite 1 von " + doc.getNumberOfPages());
        }
    }

    @Test
    void formatsGermanNumbers() {
        assertEquals("37,5", WerkstattvertragReport.stunden(new BigDecimal("37.50")));
        assertEquals("40", WerkstattvertragReport.stunden(new BigDecimal("40")));
        assertEquals("133,00 €", WerkstattvertragReport.euro(new BigDecimal("133")));
        assertEquals("1.234,50 €", WerkstattvertragReport.euro(new BigDecimal("1234.5")));
    }

    @Test
    void everyTextElementUsesDejaVuSans() {
        ReportAssertions.assertEveryTextElementUsesDejaVuSans(RENDERER.compiledReport(WerkstattvertragReport.TEMPLATE));
    }

    private String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(doc));
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    /** Joins wrapped lines: every run of white space becomes one space. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void assertContains(String text, String... expected) {
        List<String> missing = new ArrayList<>();
        for (String e : expected) {
            if (!text.contains(e)) {
                missing.add(e);
            }
        }
        assertEquals(List.of(), missing, text);
    }

}
