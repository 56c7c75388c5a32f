package de.werkerp.reports;

import static de.werkerp.reports.ReportAssertions.assertAllFontsEmbeddedDejaVu;
import static de.werkerp.reports.ReportAssertions.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import de.werkerp.reports.EntgeltabrechnungReport.Data;
import de.werkerp.reports.EntgeltabrechnungReport.Korrektur;
import de.werkerp.reports.EntgeltabrechnungReport.Zeile;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.util.JRElementsVisitor;
import net.sf.jasperreports.engine.util.JRVisitorSupport;

class EntgeltabrechnungReportTest {

    static final YearMonth MAERZ = YearMonth.of(2025, 3);

    /** The lines of the sample payslip; the totals in {@link #data} are summed from them. */
    static List<Zeile> zeilen() {
        return List.of(
                new Zeile("Grundbetrag", "1000", "Grundbetrag", new BigDecimal("133.00"), new BigDecimal("1"),
                        new BigDecimal("133.00")),
                new Zeile("Steigerungsbetrag", "1100", "Steigerungsbetrag (45 Punkte)", new BigDecimal("45"),
                        new BigDecimal("2.60"), new BigDecimal("117.00")),
                new Zeile("Arbeitsförderungsgeld", "1200", "Arbeitsförderungsgeld § 59 SGB IX", null, null,
                        new BigDecimal("52.00")),
                new Zeile("Zulage", "1300", "Zulage Außenarbeitsplatz", new BigDecimal("12"), new BigDecimal("1.50"),
                        new BigDecimal("18.00")),
                new Zeile("Einmalzahlung", "1400", "Jubiläumsprämie 10 Jahre", null, null, new BigDecimal("25.00")),
                new Zeile("Einmalzahlung", "1900", "Nachzahlung aus Rückrechnung", null, null,
                        new BigDecimal("12.00")),
                new Zeile("Abzug", "5100", "Mittagessen", new BigDecimal("18"), new BigDecimal("-2.50"),
                        new BigDecimal("-45.00")));
    }

    /** Payslip with consistent totals: Arbeitsentgelt = Grund + Steigerung; Auszahlung = sum of all lines. */
    static Data data(String status, List<Zeile> zeilen, List<Korrektur> korrekturen) {
        BigDecimal grund = summe(zeilen, "Grundbetrag");
        BigDecimal steigerung = summe(zeilen, "Steigerungsbetrag");
        BigDecimal afoeg = summe(zeilen, "Arbeitsförderungsgeld");
        BigDecimal abzuege = summe(zeilen, "Abzug").add(summe(zeilen, "Sozialversicherung"));
        BigDecimal sonstige = summe(zeilen, "Zulage").add(summe(zeilen, "Einmalzahlung"));
        BigDecimal auszahlung = zeilen.stream().map(Zeile::betrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Data("Lebenshilfe Werkstätten Süd gGmbH", "Werkstatt Am Mühlbach",
                "Mühlenweg 3, 79098 Freiburg im Breisgau", "Jörg Müller-Lüdenscheid", "4711",
                "Lindenstraße 5, 79100 Freiburg", MAERZ, "Arbeitsbereich", new BigDecimal("37.5"),
                "DE12 **** **** **** **34 56", zeilen, grund, steigerung, grund.add(steigerung), afoeg, sonstige,
                abzuege, auszahlung,
                List.of("Die Nachzahlung für Januar 2025 ergibt sich aus der neuen Leistungsbeurteilung."),
                korrekturen, status, LocalDate.of(2025, 4, 4));
    }

    static Data maerz(String status) {
        return data(status, zeilen(), List.of(
                new Korrektur(YearMonth.of(2025, 1), "Steigerungsbetrag", new BigDecimal("105.00"),
                        new BigDecimal("117.00"), new BigDecimal("12.00"))));
    }

    private static BigDecimal summe(List<Zeile> zeilen, String komponente) {
        return zeilen.stream().filter(z -> z.komponente().equals(komponente)).map(Zeile::betrag)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void sampleTotalsAreConsistent() {
        Data d = maerz("FREIGEGEBEN");
        assertEquals(new BigDecimal("250.00"), d.arbeitsentgelt());
        assertEquals(new BigDecimal("55.00"), d.sonstigeBezuege());
        assertEquals(new BigDecimal("-45.00"), d.abzuege());
        assertEquals(new BigDecimal("312.00"), d.auszahlung());
        assertEquals(d.auszahlung(), d.arbeitsentgelt().add(d.arbeitsfoerderungsgeld()).add(d.sonstigeBezuege())
                .add(d.abzuege()));
    }

    @Test
    void rendersPayslipWithAllLinesTotalsRueckrechnungAndHinweise() throws IOException {
        byte[] pdf = EntgeltabrechnungReport.render(maerz("FREIGEGEBEN"));
        dump("entgeltabrechnung-freigegeben.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertEquals(1, pages);
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Entgeltabrechnung März 2025", "Lebenshilfe Werkstätten Süd gGmbH",
                    "Werkstatt Am Mühlbach", "Mühlenweg 3, 79098 Freiburg im Breisgau",
                    "Jörg Müller-Lüdenscheid", "Lindenstraße 5", "79100 Freiburg",
                    "Personalnummer:", "4711", "Monat:", "März 2025", "Bereich:", "Arbeitsbereich",
                    "Wochenstunden:", "37,5",
                    // table
                    "Lohnart", "Bezeichnung", "Basis", "Faktor", "Betrag",
                    "1000 Grundbetrag 133,00 1,00 133,00 €",
                    "1100 Steigerungsbetrag (45 Punkte) 45,00 2,60 117,00 €",
                    "1200 Arbeitsförderungsgeld § 59 SGB IX 52,00 €",
                    "1300 Zulage Außenarbeitsplatz 12,00 1,50 18,00 €",
                    "1400 Jubiläumsprämie 10 Jahre 25,00 €",
                    "1900 Nachzahlung aus Rückrechnung 12,00 €",
                    "5100 Mittagessen 18,00 -2,50 -45,00 €",
                    // totals
                    "Grundbetrag 133,00 €", "Steigerungsbetrag 117,00 €", "Arbeitsentgelt 250,00 €",
                    "Arbeitsförderungsgeld 52,00 €", "Sonstige Bezüge 55,00 €", "Abzüge -45,00 €",
                    "Auszahlung 312,00 €", "Überweisung auf IBAN DE12 **** **** **** **34 56",
                    // Rückrechnung
                    "Rückrechnung", "Monat Bezeichnung bisher neu Differenz",
                    "Januar 2025 Steigerungsbetrag 105,00 € 117,00 € 12,00 €", "Summe der Differenzen 12,00 €",
                    "Für frühere Monate wurde das Entgelt neu berechnet.",
                    // Hinweise, status, footer
                    "Hinweise", "Die Nachzahlung für Januar 2025 ergibt sich aus der neuen Leistungsbeurteilung.",
                    "Status: Freigegeben", "Erstellt am 04.04.2025", "Seite 1 von 1");
            assertFalse(text.contains("Entwurf"), text);
            assertAllFontsEmbeddedDejaVu(doc);
        }
    }

    @Test
    void draftIsMarkedVisibly() throws IOException {
        byte[] pdf = EntgeltabrechnungReport.render(maerz("BERECHNET"));
        dump("entgeltabrechnung-entwurf.pdf", pdf);

        String text = text(pdf);
        assertContains(text, "Entwurf – noch nicht freigegeben (Status: Berechnet)", "Auszahlung 312,00 €");
        assertFalse(text.contains("Status: Freigegeben"), text);

        String freigegeben = text(EntgeltabrechnungReport.render(maerz("FREIGEGEBEN")));
        assertFalse(freigegeben.contains("Entwurf"), freigegeben);
        assertFalse(freigegeben.contains("noch nicht freigegeben"), freigegeben);
    }

    @Test
    void withoutKorrekturenHinweiseAndIbanTheseSectionsAreLeftOut() throws IOException {
        Data base = maerz("FREIGEGEBEN");
        Data data = new Data(base.traegerName(), base.einrichtungName(), base.einrichtungAnschrift(),
                base.personName(), base.personalnummer(), base.personAnschrift(), base.monat(), base.bereich(),
                base.wochenstunden(), null, base.zeilen(), base.grundbetrag(), base.steigerungsbetrag(),
                base.arbeitsentgelt(), base.arbeitsfoerderungsgeld(), base.sonstigeBezuege(), base.abzuege(),
                base.auszahlung(), null, null, base.status(), base.erstelltAm());
        String text = text(EntgeltabrechnungReport.render(data));
        assertContains(text, "Auszahlung 312,00 €", "Seite 1 von 1");
        assertFalse(text.contains("Für frühere Monate"), text); // the line "Nachzahlung aus Rückrechnung" stays
        assertFalse(text.contains("Monat Bezeichnung bisher neu Differenz"), text);
        assertFalse(text.contains("Hinweise"), text);
        assertFalse(text.contains("IBAN"), text);
        assertFalse(text.contains("Summe der Differenzen"), text);
    }

    @Test
    void manyLinesSpanPagesWithRepeatedHeader() throws IOException {
        List<Zeile> zeilen = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            zeilen.add(new Zeile("Zulage", String.valueOf(2000 + i), "Zulage Nr. " + i, null, null, new BigDecimal("1.25")));
        }
        Data data = data("BERECHNET", zeilen, List.of());
        try (PDDocument doc = Loader.loadPDF(EntgeltabrechnungReport.render(data))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Zulage Nr. 80", "Sonstige Bezüge 100,00 €", "Auszahlung 100,00 €",
                    "Seite " + pages + " von " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page2 = flat(stripper.getText(doc));
            assertContains(page2, "Entgeltabrechnung März 2025 – Jörg Müller-Lüdenscheid (4711)",
                    "Lohnart Bezeichnung Basis Faktor Betrag", "Entwurf – noch nicht freigegeben");
        }
    }

    @Test
    void leichteSpracheExplainsEveryItem() throws IOException {
        byte[] pdf = EntgeltabrechnungReport.renderLeichteSprache(maerz("FREIGEGEBEN"));
        dump("entgeltabrechnung-leichte-sprache.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Ihr Geld für März 2025", "Jörg Müller-Lüdenscheid",
                    "Grundbetrag: 133,00 €. Das Geld bekommen alle im Arbeitsbereich.",
                    "Steigerungsbetrag: 117,00 €. Das Geld bekommen Sie für Ihre Arbeit.",
                    "Arbeitsförderungsgeld: 52,00 €. Das Geld bezahlt der Kosten-Träger. "
                            + "Die Werkstatt gibt es an Sie weiter.",
                    "Zulage Außenarbeitsplatz: 18,00 €. Das Geld bekommen Sie extra.",
                    "Jubiläumsprämie 10 Jahre: 25,00 €. Das Geld bekommen Sie nur einmal.",
                    "Nachzahlung aus Rückrechnung: 12,00 €.",
                    "Abzug Mittagessen: -45,00 €.",
                    "Sie bekommen: 312,00 €. Das Geld kommt auf Ihr Konto.",
                    "Im Januar 2025 war Ihr Geld falsch. Sie bekommen jetzt 12,00 € mehr.",
                    "Erstellt am 04.04.2025", "Seite 1 von ");
            assertFalse(text.contains("Entwurf"), text);
            assertFalse(text.contains("Sozialversicherung"), "only items that are there: " + text);
            assertAllFontsEmbeddedDejaVu(doc);
        }
    }

    @Test
    void leichteSpracheOnlyItemsThatAreThereAndLessAfterCorrection() throws IOException {
        List<Zeile> zeilen = List.of(
                new Zeile("Grundbetrag", null, "Grundbetrag", null, null, new BigDecimal("133.00")),
                new Zeile("Sozialversicherung", null, "Eigenanteil Sozialversicherung", null, null,
                        new BigDecimal("-8.50")));
        Data data = data("BERECHNET", zeilen, List.of(
                new Korrektur(YearMonth.of(2025, 2), "Steigerungsbetrag", new BigDecimal("60.00"),
                        new BigDecimal("50.00"), null),
                new Korrektur(YearMonth.of(2025, 2), "Arbeitsförderungsgeld", new BigDecimal("52.00"),
                        new BigDecimal("52.00"), new BigDecimal("0.00"))));
        byte[] pdf = EntgeltabrechnungReport.renderLeichteSprache(data);
        dump("entgeltabrechnung-leichte-sprache-entwurf.pdf", pdf);

        String text = text(pdf);
        assertContains(text, "Ihr Geld für März 2025", "Achtung: Das ist ein Entwurf.",
                "Grundbetrag: 133,00 €. Das Geld bekommen alle im Arbeitsbereich.",
                "Eigenanteil Sozialversicherung: -8,50 €.", "Sie bekommen: 124,50 €.",
                "Im Februar 2025 war Ihr Geld falsch. Sie bekommen jetzt 10,00 € weniger.");
        assertFalse(text.contains("Steigerungsbetrag:"), text);
        assertFalse(text.contains("Arbeitsförderungsgeld:"), text);
        assertFalse(text.contains("Januar"), text);
    }

    @Test
    void leichteSpracheUsesLargePrint() {
        List<String> small = new ArrayList<>();
        int[] checked = {0};
        JRElementsVisitor.visitReport(ReportRenderer.getDefault()
                .compiledReport(EntgeltabrechnungReport.TEMPLATE_LEICHTE_SPRACHE), new JRVisitorSupport() {
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
                        if (element.getFontSize() < 14f) {
                            small.add(element.getUUID() + ": " + element.getFontSize());
                        }
                    }
                });
        assertTrue(checked[0] > 5, "visited " + checked[0]);
        assertEquals(List.of(), small);
    }

    @Test
    void everyTextElementUsesDejaVuSans() {
        ReportAssertions.assertEveryTextElementUsesDejaVuSans(
                ReportRenderer.getDefault().compiledReport(EntgeltabrechnungReport.TEMPLATE));
    }

    @Test
    void postenNameDoesNotRepeatTheComponent() {
        assertEquals("Abzug Mittagessen", EntgeltabrechnungReport.postenName(
                new Zeile("Abzug", null, "Mittagessen", null, null, BigDecimal.ONE)));
        assertEquals("Abzug Mittagessen", EntgeltabrechnungReport.postenName(
                new Zeile("Abzug", null, "Abzug Mittagessen", null, null, BigDecimal.ONE)));
        assertEquals("Jubiläumsprämie", EntgeltabrechnungReport.postenName(
                new Zeile("Einmalzahlung", null, "Jubiläumsprämie", null, null, BigDecimal.ONE)));
        assertEquals("Einmalzahlung", EntgeltabrechnungReport.postenName(
                new Zeile("Einmalzahlung", null, " ", null, null, BigDecimal.ONE)));
    }

    /**
     * 1,500 payslips are rendered one PDF each in a loop; prints the time per payslip, single-threaded and with two
     * threads (no assertion on timing: build machines differ).
     */
    @Test
    void measureRenderTime() throws Exception {
        Data data = maerz("FREIGEGEBEN");
        for (int i = 0; i < 100; i++) { // warm-up (compile, fonts, JIT)
            EntgeltabrechnungReport.render(data);
            EntgeltabrechnungReport.renderLeichteSprache(data);
        }
        int n = 200;
        long bytes = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            bytes += EntgeltabrechnungReport.render(data).length;
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            EntgeltabrechnungReport.renderLeichteSprache(data);
        }
        long t2 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> EntgeltabrechnungReport.render(data)));
            }
            for (Future<byte[]> result : results) {
                assertTrue(result.get().length > 0);
            }
        } finally {
            pool.shutdown();
        }
        long t3 = System.nanoTime();
        double single = (t1 - t0) / 1e6 / n;
        double parallel = (t3 - t2) / 1e6 / n;
        System.out.printf(Locale.ROOT, "EntgeltabrechnungReport: %d payslips in %d ms = %.1f ms each, 1,500 = %.1f s "
                + "(one thread; two threads: %.1f ms each, 1,500 = %.1f s); Leichte Sprache %.1f ms each; "
                + "PDF %d bytes%n", n, (t1 - t0) / 1_000_000, single, single * 1.5, parallel, parallel * 1.5,
                (t2 - t1) / 1e6 / n, bytes / n);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(doc));
        }
    }

    /** Joins wrapped lines: every run of white space becomes one space. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static void assertContains(String text, String... expected) {
        List<String> missing = new ArrayList<>();
        for (String e : expected) {
            if (!text.contains(e)) {
                missing.add(e);
            }
        }
        assertEquals(List.of(), missing, text);
    }
}
