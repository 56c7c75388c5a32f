package de.werkerp.reports;

import static de.werkerp.reports.EntgeltabrechnungReportTest.assertContains;
import static de.werkerp.reports.EntgeltabrechnungReportTest.flat;
import static de.werkerp.reports.ReportAssertions.assertAllFontsEmbeddedDejaVu;
import static de.werkerp.reports.ReportAssertions.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import de.werkerp.reports.EntgeltabrechnungReport.Beitrag;
import de.werkerp.reports.EntgeltabrechnungReport.Data;

/** The section "Sozialversicherung" of the payslip and its two sentences in Leichter Sprache. */
class EntgeltabrechnungSozialversicherungTest {

    /**
     * Bezugsgröße 2025: 3.745 €; KV/PV from 20 % = 749,00 € borne by the Werkstatt alone, RV from the Entgelt shared,
     * the difference to 80 % reimbursed by the Bund. Exact amounts with three decimals.
     */
    static List<Beitrag> beitraege() {
        return List.of(
                new Beitrag("Krankenversicherung", "Träger", "Beitrag aus 20 % der Bezugsgröße (§ 235 Abs. 3, "
                        + "§ 251 Abs. 2 SGB V)", new BigDecimal("749.00"), new BigDecimal("14.6"),
                        new BigDecimal("109.354")),
                new Beitrag("KV-Zusatzbeitrag", "Träger", "Zusatzbeitrag (§ 242 SGB V)", new BigDecimal("749.00"),
                        new BigDecimal("2.5"), new BigDecimal("18.725")),
                new Beitrag("Pflegeversicherung", "Träger", "§ 57 Abs. 1, § 59 Abs. 1 SGB XI",
                        new BigDecimal("749.00"), new BigDecimal("3.6"), new BigDecimal("26.964")),
                new Beitrag("Rentenversicherung", "Beschäftigte(r)", "Anteil aus dem Arbeitsentgelt "
                        + "(§ 168 Abs. 1 Nr. 2 SGB VI)", new BigDecimal("312.00"), new BigDecimal("9.3"),
                        new BigDecimal("29.016")),
                new Beitrag("Rentenversicherung", "Träger", "Anteil aus dem Arbeitsentgelt",
                        new BigDecimal("312.00"), new BigDecimal("9.3"), new BigDecimal("29.016")),
                new Beitrag("Rentenversicherung", "Erstattung Bund", "Unterschiedsbetrag zu 80 % der Bezugsgröße "
                        + "(§ 179 Abs. 1 SGB VI)", new BigDecimal("2684.00"), new BigDecimal("18.6"),
                        new BigDecimal("499.224")));
    }

    static Data mitBeitraegen(List<Beitrag> beitraege, BigDecimal traeger) {
        Data b = EntgeltabrechnungReportTest.maerz("FREIGEGEBEN");
        return new Data(b.traegerName(), b.einrichtungName(), b.einrichtungAnschrift(), b.personName(),
                b.personalnummer(), b.personAnschrift(), b.monat(), b.bereich(), b.wochenstunden(), b.ibanMaskiert(),
                b.zeilen(), b.grundbetrag(), b.steigerungsbetrag(), b.arbeitsentgelt(), b.arbeitsfoerderungsgeld(),
                b.sonstigeBezuege(), b.abzuege(), b.auszahlung(), b.hinweise(), b.korrekturen(), b.status(),
                b.erstelltAm(), beitraege, traeger);
    }

    @Test
    void oldConstructorMeansNoBeitraege() {
        Data d = EntgeltabrechnungReportTest.maerz("FREIGEGEBEN");
        assertEquals(List.of(), d.beitraege());
        assertNull(d.beitraegeTraeger());
        assertNull(d.beitraegeTraegerOderSumme());
        assertEquals(List.of(), mitBeitraegen(null, null).beitraege());
    }

    @Test
    void sumsAreExact() {
        Data d = mitBeitraegen(beitraege(), null);
        assertEquals(new BigDecimal("184.059"), d.beitraegeTraegerOderSumme());
        assertEquals(new BigDecimal("29.016"), d.beitraegeBeschaeftigte());
        assertEquals(new BigDecimal("200.00"), mitBeitraegen(beitraege(), new BigDecimal("200.00"))
                .beitraegeTraegerOderSumme());
    }

    @Test
    void payslipShowsSectionSozialversicherung() throws IOException {
        byte[] pdf = EntgeltabrechnungReport.render(mitBeitraegen(beitraege(), null));
        dump("entgeltabrechnung-sozialversicherung.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "Auszahlung 312,00 €", "Sozialversicherung",
                    "Zweig Wer trägt Bemessungsgrundlage Satz Betrag",
                    "Krankenversicherung", "Beitrag aus 20 % der Bezugsgröße (§ 235 Abs. 3, § 251 Abs. 2 SGB V)",
                    "749,00 € 14,6 % 109,35 €",
                    "KV-Zusatzbeitrag", "749,00 € 2,5 % 18,73 €", // 18,725 rounded HALF_UP
                    "Pflegeversicherung", "749,00 € 3,6 % 26,96 €",
                    "Rentenversicherung", "Beschäftigte(r)", "312,00 € 9,3 % 29,02 €",
                    "Erstattung Bund", "2.684,00 € 18,6 % 499,22 €", "(§ 179 Abs. 1 SGB VI)",
                    "Die Werkstatt trägt in diesem Monat Beiträge von 184,06 € (nicht von Ihrem Entgelt abgezogen).",
                    "Ihr eigener Anteil von 29,02 € wird von Ihrem Entgelt abgezogen.",
                    // still there, in this order after the section
                    "Rückrechnung", "Hinweise", "Seite 1 von ");
            assertFalse(text.contains("18,72 €"), text);
            // the section comes after the totals and before the Rückrechnung
            int auszahlung = text.indexOf("Auszahlung 312,00 €");
            int sv = text.indexOf("Zweig Wer trägt");
            int rueck = text.indexOf("Monat Bezeichnung bisher neu Differenz");
            assertEquals(true, auszahlung < sv && sv < rueck, text);
            assertAllFontsEmbeddedDejaVu(doc);
        }
    }

    /** SV-Tage (§ 223 Abs. 2 SGB V): a partial month says how many, a whole month says 30; also in Leichter Sprache. */
    @Test
    void payslipShowsSvTage() throws IOException {
        Data b = mitBeitraegen(beitraege(), null);
        Data teil = new Data(b.traegerName(), b.einrichtungName(), b.einrichtungAnschrift(), b.personName(),
                b.personalnummer(), b.personAnschrift(), b.monat(), b.bereich(), b.wochenstunden(), b.ibanMaskiert(),
                b.zeilen(), b.grundbetrag(), b.steigerungsbetrag(), b.arbeitsentgelt(), b.arbeitsfoerderungsgeld(),
                b.sonstigeBezuege(), b.abzuege(), b.auszahlung(), b.hinweise(), b.korrekturen(), b.status(),
                b.erstelltAm(), b.beitraege(), null, 10);
        assertContains(text(EntgeltabrechnungReport.render(teil)), "SV-Tage: 10 von 30 (Teilmonat)",
                "gelten anteilig für 10 Tage (§ 223 Abs. 2 SGB V).");
        assertContains(text(EntgeltabrechnungReport.renderLeichteSprache(teil)),
                "Sie waren in diesem Monat nur 10 Tage bei uns.");
        Data voll = new Data(b.traegerName(), b.einrichtungName(), b.einrichtungAnschrift(), b.personName(),
                b.personalnummer(), b.personAnschrift(), b.monat(), b.bereich(), b.wochenstunden(), b.ibanMaskiert(),
                b.zeilen(), b.grundbetrag(), b.steigerungsbetrag(), b.arbeitsentgelt(), b.arbeitsfoerderungsgeld(),
                b.sonstigeBezuege(), b.abzuege(), b.auszahlung(), b.hinweise(), b.korrekturen(), b.status(),
                b.erstelltAm(), b.beitraege(), null, 30);
        assertContains(text(EntgeltabrechnungReport.render(voll)), "SV-Tage: 30 (voller Monat, § 223 Abs. 2 SGB V).");
        assertFalse(text(EntgeltabrechnungReport.renderLeichteSprache(voll)).contains("nur 30 Tage"));
    }

    @Test
    void givenTraegerTotalIsPrintedAndSpecialCharactersAreSafe() throws IOException {
        List<Beitrag> beitraege = List.of(new Beitrag("Krankenversicherung", "Träger", "KV <Pauschale> & Co",
                null, null, new BigDecimal("10")));
        String text = text(EntgeltabrechnungReport.render(mitBeitraegen(beitraege, new BigDecimal("1234.5"))));
        assertContains(text, "KV <Pauschale> & Co", "10,00 €",
                "Die Werkstatt trägt in diesem Monat Beiträge von 1.234,50 € (nicht von Ihrem Entgelt abgezogen).");
        assertFalse(text.contains("Ihr eigener Anteil"), text);
    }

    @Test
    void withoutBeitraegeNoSection() throws IOException {
        String text = text(EntgeltabrechnungReport.render(mitBeitraegen(List.of(), new BigDecimal("99"))));
        assertFalse(text.contains("Zweig Wer trägt"), text);
        assertFalse(text.contains("Die Werkstatt trägt"), text);
        String ls = text(EntgeltabrechnungReport.renderLeichteSprache(mitBeitraegen(null, null)));
        assertFalse(ls.contains("Versicherung"), ls);
    }

    @Test
    void leichteSpracheSaysWhatTheWerkstattPaysAndWhatIsDeducted() throws IOException {
        byte[] pdf = EntgeltabrechnungReport.renderLeichteSprache(mitBeitraegen(beitraege(), null));
        dump("entgeltabrechnung-leichte-sprache-sozialversicherung.pdf", pdf);
        String text = text(pdf);
        assertContains(text, "Sie bekommen: 312,00 €.",
                "Die Werkstatt bezahlt für Sie Beiträge zur Kranken-Versicherung, Pflege-Versicherung und "
                        + "Renten-Versicherung: 184,06 €.",
                "Von Ihrem Geld werden 29,02 € für die Versicherung abgezogen.");
        assertFalse(text.contains("Sozialversicherung"), text);

        // no worker share: only the first sentence
        List<Beitrag> nurTraeger = beitraege().stream().filter(b -> b.seite().equals("Träger")).toList();
        String ohne = text(EntgeltabrechnungReport.renderLeichteSprache(mitBeitraegen(nurTraeger, null)));
        assertContains(ohne, "Renten-Versicherung: 184,06 €.");
        assertFalse(ohne.contains("Von Ihrem Geld werden"), ohne);
    }

    @Test
    void versicherungenInLeichterSprache() {
        assertEquals("Kranken-Versicherung", EntgeltabrechnungReport.versicherungen(List.of(
                new Beitrag("KV-Zusatzbeitrag", "Träger", null, null, null, BigDecimal.ONE),
                new Beitrag("Krankenversicherung", "Träger", null, null, null, BigDecimal.ONE))));
        assertEquals("Kranken-Versicherung und Renten-Versicherung", EntgeltabrechnungReport.versicherungen(
                List.of(new Beitrag("Rentenversicherung", "Träger", null, null, null, BigDecimal.ONE),
                        new Beitrag("Krankenversicherung", "Träger", null, null, null, BigDecimal.ONE))));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(doc));
        }
    }
}
