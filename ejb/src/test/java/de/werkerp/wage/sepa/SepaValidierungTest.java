package de.werkerp.wage.sepa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The check before download: the bundled XSD plus the EPC rules the XSD does not express. */
class SepaValidierungTest {

    private static final Clock UHR = Clock.fixed(Instant.parse("2025-03-26T08:15:30Z"), ZoneId.of("Europe/Berlin"));

    /** A valid file with two payments (10.00 + 20.50), as text, to be spoiled by the tests. */
    private static String gueltig() {
        byte[] datei = SepaUeberweisungsdatei.erzeuge(
                new Auftraggeber("Werkstatt am See", "DE89370400440532013000"), LocalDate.of(2025, 3, 28),
                "MSG-1", List.of(
                        new Zahlung("Anna Schulz", "DE02120300000000202051", null, new BigDecimal("10.00"),
                                "Lohn", "E-1"),
                        new Zahlung("Bernd Kurz", "DE02500105170137075030", "INGDDEFFXXX", new BigDecimal("20.50"),
                                "Lohn", "E-2")), UHR);
        return new String(datei, StandardCharsets.UTF_8);
    }

    private static List<String> pruefe(String xml) {
        List<String> fehler = SepaValidierung.pruefe(xml.getBytes(StandardCharsets.UTF_8));
        fehler.forEach(System.out::println);
        return fehler;
    }

    private static String ersetze(String xml, String alt, String neu) {
        assertTrue(xml.contains(alt), alt);
        return xml.replaceFirst(java.util.regex.Pattern.quote(alt), java.util.regex.Matcher.quoteReplacement(neu));
    }

    /** Replaces the first match of the regular expression (across lines). */
    private static String ersetzeMuster(String xml, String muster, String neu) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(muster, java.util.regex.Pattern.DOTALL)
                .matcher(xml);
        assertTrue(m.find(), muster);
        return m.replaceFirst(java.util.regex.Matcher.quoteReplacement(neu));
    }

    /** The line (from 1) of the first occurrence of the text. */
    private static int zeile(String xml, String text) {
        int i = xml.indexOf(text);
        assertTrue(i >= 0, text);
        return (int) xml.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void a_generated_file_has_no_problems() {
        assertEquals(List.of(), pruefe(gueltig()));
    }

    @Test
    void an_xsd_violation_is_reported_in_german_with_line_and_element() {
        List<String> fehler = pruefe(ersetze(gueltig(), "<MsgId>MSG-1</MsgId>",
                "<MsgId>MSG-123456789012345678901234567890-LONG</MsgId>"));
        assertEquals(2, fehler.size(), fehler.toString());
        assertTrue(fehler.get(0).startsWith("Zeile 5, GrpHdr/MsgId: cvc-maxLength-valid: Wert "
                + "'MSG-123456789012345678901234567890-LONG' mit Länge = '39' ist nicht Facet-gültig in Bezug auf "
                + "maxLength '35'"), fehler.get(0));
    }

    @Test
    void a_missing_mandatory_element_is_named() {
        List<String> fehler = pruefe(ersetze(gueltig(), "<CtrlSum>30.50</CtrlSum>", ""));
        assertEquals(1, fehler.size(), fehler.toString());
        assertTrue(fehler.get(0).contains("GrpHdr") && fehler.get(0).contains("'{CtrlSum}' wird erwartet"),
                fehler.get(0));
    }

    @Test
    void control_sum_and_number_of_transactions_must_match() {
        String xml = ersetze(gueltig(), "<CtrlSum>30.50</CtrlSum>", "<CtrlSum>30.05</CtrlSum>"); // GrpHdr
        int block = xml.indexOf("<PmtInf>");
        xml = xml.substring(0, block) + ersetze(xml.substring(block), "<NbOfTxs>2</NbOfTxs>", "<NbOfTxs>3</NbOfTxs>");
        assertEquals(List.of(
                "Zeile " + zeile(xml, "<PmtInf>") + ", PmtInf[1]: NbOfTxs gibt 3 Überweisungen an, der Block "
                        + "enthält 2.",
                "GrpHdr/CtrlSum ist 30.05, die Beträge der Datei ergeben 30.50."), pruefe(xml));
    }

    @Test
    void only_euro_is_allowed() {
        String xml = ersetze(gueltig(), "Ccy=\"EUR\">20.50", "Ccy=\"USD\">20.50");
        assertEquals(List.of("Zeile " + zeile(xml, "USD") + ", PmtInf[1]/CdtTrfTxInf[2]/Amt/InstdAmt: Nur die "
                + "Währung EUR ist erlaubt, nicht „USD“ (EPC-Regel)."), pruefe(xml));
    }

    @Test
    void umlauts_and_other_characters_outside_the_epc_set_are_reported() {
        String xml = ersetze(gueltig(), "<Nm>Bernd Kurz</Nm>", "<Nm>Bernd Kürz &amp; Co</Nm>");
        List<String> fehler = pruefe(xml);
        assertEquals(1, fehler.size(), fehler.toString());
        assertTrue(fehler.get(0).startsWith("Zeile " + zeile(xml, "Kürz") + ", PmtInf[1]/CdtTrfTxInf[2]/Cdtr/Nm: "
                + "Das Zeichen „ü“ in „Bernd Kürz & Co“ gehört nicht zum SEPA-Zeichensatz"), fehler.get(0));
    }

    @Test
    void a_wrong_iban_check_digit_is_found_although_the_xsd_pattern_matches() {
        String xml = ersetze(gueltig(), "DE02120300000000202051", "DE03120300000000202051");
        assertEquals(List.of("Zeile " + zeile(xml, "DE03") + ", PmtInf[1]/CdtTrfTxInf[1]/CdtrAcct/Id/IBAN: Die "
                + "Prüfziffer der IBAN stimmt nicht (ISO 13616, Modulo 97): bitte die IBAN auf Tipp- und "
                + "Zahlendreher prüfen."), pruefe(xml));
    }

    @Test
    void epc_rules_for_debtor_agent_payment_type_and_references() {
        String xml = ersetzeMuster(gueltig(), "<Othr>\\s*<Id>NOTPROVIDED</Id>\\s*</Othr>", "");
        xml = ersetzeMuster(xml, "<PmtTpInf>.*?</PmtTpInf>", "");
        xml = ersetze(xml, "<EndToEndId>E-1</EndToEndId>", "<EndToEndId>E//1</EndToEndId>");
        List<String> fehler = pruefe(xml);
        assertEquals(3, fehler.size(), fehler.toString());
        assertTrue(fehler.get(0).contains("CdtTrfTxInf[1]/PmtId/EndToEndId: Die Referenz „E//1“ darf nicht"),
                fehler.get(0));
        assertTrue(fehler.get(1).endsWith("PmtInf[1]: DbtrAgt/FinInstnId braucht entweder die BIC (BICFI) oder "
                + "Othr/Id „NOTPROVIDED“ (EPC-Regel)."), fehler.get(1));
        assertTrue(fehler.get(2).contains("PmtTpInf (mit SvcLvl/Cd „SEPA“) fehlt"), fehler.get(2));
    }

    @Test
    void something_that_is_not_xml_is_reported_not_thrown() {
        assertEquals(List.of("Die Datei ist leer."), SepaValidierung.pruefe(new byte[0]));
        List<String> fehler = pruefe("IBAN;Betrag\nDE02120300000000202051;10,00\n");
        assertEquals(1, fehler.size(), fehler.toString());
        assertTrue(fehler.get(0).startsWith("Zeile 1: Die Datei ist kein gültiges XML: "), fehler.get(0));
        List<String> abgeschnitten = pruefe(gueltig().substring(0, 500));
        assertTrue(abgeschnitten.get(abgeschnitten.size() - 1).contains("kein gültiges XML"),
                abgeschnitten.toString());
    }

    @Test
    void a_doctype_is_refused_so_no_external_entity_is_read() {
        String xml = gueltig().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Document [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]>")
                .replace("<Nm>Anna Schulz</Nm>", "<Nm>&x;</Nm>");
        List<String> fehler = pruefe(xml);
        assertEquals(1, fehler.size(), fehler.toString());
        assertTrue(fehler.get(0).contains("DOCTYPE"), fehler.get(0));
    }

    @Test
    void a_file_of_another_format_is_refused() {
        String xml = gueltig().replace("pain.001.001.09", "pain.001.001.03");
        List<String> fehler = pruefe(xml);
        assertEquals("Zeile 2: Die Datei ist keine SEPA-Überweisungsdatei im Format pain.001.001.09: sie beginnt "
                + "mit dem Element „Document“ im Namensraum „urn:iso:std:iso:20022:tech:xsd:pain.001.001.03“, "
                + "erwartet ist „Document“ im Namensraum „urn:iso:std:iso:20022:tech:xsd:pain.001.001.09“.",
                fehler.get(0));
    }

    @Test
    void many_problems_are_summarised_after_a_hundred_messages() {
        StringBuilder xml = new StringBuilder(gueltig());
        int ende = xml.indexOf("</PmtInf>");
        String transaktion = xml.substring(xml.indexOf("<CdtTrfTxInf>"), xml.indexOf("<CdtTrfTxInf>",
                xml.indexOf("<CdtTrfTxInf>") + 1)).replace("Anna Schulz", "Änne Schütz");
        xml.insert(ende, transaktion.repeat(150));
        List<String> fehler = pruefe(xml.toString());
        assertEquals(SepaValidierung.HOECHSTENS_MELDUNGEN + 1, fehler.size());
        assertTrue(fehler.get(0).contains("PmtInf[1]/CdtTrfTxInf[3]/Cdtr/Nm: Das Zeichen „Ä“"), fehler.get(0));
        // 150 names + wrong NbOfTxs and CtrlSum in the block and in the group header
        assertEquals("… und 54 weitere Fehler.", fehler.get(SepaValidierung.HOECHSTENS_MELDUNGEN));
    }
}
