package de.werkerp.wage.sepa;

import static de.werkerp.wage.sepa.SepaTestdaten.deIban;
import static de.werkerp.wage.sepa.SepaTestdaten.dom;
import static de.werkerp.wage.sepa.SepaTestdaten.wert;
import static de.werkerp.wage.sepa.SepaTestdaten.werte;
import static de.werkerp.wage.sepa.SepaTestdaten.xsdFehler;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import de.werkerp.platform.control.ValidationFailure;

class SepaUeberweisungsdateiTest {

    /** 26 March 2025, 09:15:30 in Germany. */
    private static final Clock UHR = Clock.fixed(Instant.parse("2025-03-26T08:15:30Z"), ZoneId.of("Europe/Berlin"));
    private static final LocalDate AUSFUEHRUNG = LocalDate.of(2025, 3, 28);
    private static final Auftraggeber WERKSTATT = new Auftraggeber("Lebenshilfe Werkstätten Süd gGmbH",
            "DE89 3704 0044 0532 0130 00", "COBADEFFXXX");

    private static List<Zahlung> dreiZahlungen() {
        return List.of(
                new Zahlung("Jörg Müller-Lüdenscheid", "DE02 1203 0000 0000 2020 51", null,
                        new BigDecimal("245.67"), "Arbeitsentgelt März 2025, Werkstatt Hauptstraße", "LOHN-2025-03-0001"),
                new Zahlung("Ute Weiß", "de02500105170137075030", "INGDDEFFXXX",
                        new BigDecimal("180"), "Arbeitsentgelt März 2025", "LOHN-2025-03-0002"),
                new Zahlung("ÖZTÜRK, Ümit", "AT61 1904 3002 3457 3201", null,
                        new BigDecimal("312.5"), null, null));
    }

    private static byte[] dreierDatei() {
        return SepaUeberweisungsdatei.erzeuge(WERKSTATT, AUSFUEHRUNG, "WERKERP-LOHN-2025-03", dreiZahlungen(), UHR);
    }

    @Test
    void a_file_with_three_payments_is_valid_against_the_xsd() throws Exception {
        byte[] datei = dreierDatei();
        System.out.println(new String(datei, StandardCharsets.UTF_8));

        assertEquals(List.of(), xsdFehler(datei), "test copy of the XSD via javax.xml.validation");
        assertEquals(List.of(), SepaValidierung.pruefe(datei), "bundled XSD and EPC rules");
    }

    @Test
    void group_header_and_payment_block_carry_count_and_control_sum() throws Exception {
        Document dom = dom(dreierDatei());
        String grp = "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/";
        String pmt = "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/";

        assertAll(
                () -> assertEquals("WERKERP-LOHN-2025-03", wert(dom, grp + "p:MsgId")),
                () -> assertEquals("2025-03-26T09:15:30+01:00", wert(dom, grp + "p:CreDtTm")),
                () -> assertEquals("3", wert(dom, grp + "p:NbOfTxs")),
                () -> assertEquals("738.17", wert(dom, grp + "p:CtrlSum")), // 245.67 + 180.00 + 312.50
                () -> assertEquals("Lebenshilfe Werkstaetten Sued gGmbH", wert(dom, grp + "p:InitgPty/p:Nm")),
                () -> assertEquals("1", wert(dom, "count(/p:Document/p:CstmrCdtTrfInitn/p:PmtInf)")),
                () -> assertEquals("WERKERP-LOHN-2025-03", wert(dom, pmt + "p:PmtInfId")),
                () -> assertEquals("TRF", wert(dom, pmt + "p:PmtMtd")),
                () -> assertEquals("true", wert(dom, pmt + "p:BtchBookg")),
                () -> assertEquals("3", wert(dom, pmt + "p:NbOfTxs")),
                () -> assertEquals("738.17", wert(dom, pmt + "p:CtrlSum")),
                () -> assertEquals("SEPA", wert(dom, pmt + "p:PmtTpInf/p:SvcLvl/p:Cd")),
                () -> assertEquals("2025-03-28", wert(dom, pmt + "p:ReqdExctnDt/p:Dt")),
                () -> assertEquals("Lebenshilfe Werkstaetten Sued gGmbH", wert(dom, pmt + "p:Dbtr/p:Nm")),
                () -> assertEquals("DE89370400440532013000", wert(dom, pmt + "p:DbtrAcct/p:Id/p:IBAN")),
                () -> assertEquals("COBADEFFXXX", wert(dom, pmt + "p:DbtrAgt/p:FinInstnId/p:BICFI")),
                () -> assertEquals("SLEV", wert(dom, pmt + "p:ChrgBr")),
                () -> assertEquals("3", wert(dom, "count(" + pmt + "p:CdtTrfTxInf)")));
    }

    @Test
    void transactions_have_amount_in_euro_names_transliterated_and_optional_parts_only_when_given()
            throws Exception {
        Document dom = dom(dreierDatei());
        String tx = "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/p:CdtTrfTxInf";

        assertAll(
                () -> assertEquals(List.of("LOHN-2025-03-0001", "LOHN-2025-03-0002", "NOTPROVIDED"),
                        werte(dom, tx + "/p:PmtId/p:EndToEndId")),
                () -> assertEquals(List.of("245.67", "180.00", "312.50"), werte(dom, tx + "/p:Amt/p:InstdAmt")),
                () -> assertEquals(List.of("EUR", "EUR", "EUR"), werte(dom, tx + "/p:Amt/p:InstdAmt/@Ccy")),
                () -> assertEquals(List.of("Joerg Mueller-Luedenscheid", "Ute Weiss", "OEZTUERK, Uemit"),
                        werte(dom, tx + "/p:Cdtr/p:Nm")),
                () -> assertEquals(List.of("DE02120300000000202051", "DE02500105170137075030",
                        "AT611904300234573201"), werte(dom, tx + "/p:CdtrAcct/p:Id/p:IBAN")),
                // the creditor agent only where a BIC was given
                () -> assertEquals(List.of("INGDDEFFXXX"), werte(dom, tx + "/p:CdtrAgt/p:FinInstnId/p:BICFI")),
                () -> assertEquals("INGDDEFFXXX", wert(dom, tx + "[2]/p:CdtrAgt/p:FinInstnId/p:BICFI")),
                // the remittance information only where one was given
                () -> assertEquals(List.of("Arbeitsentgelt Maerz 2025, Werkstatt Hauptstrasse",
                        "Arbeitsentgelt Maerz 2025"), werte(dom, tx + "/p:RmtInf/p:Ustrd")),
                () -> assertEquals("0", wert(dom, "count(" + tx + "[3]/p:RmtInf)")));
    }

    @Test
    void every_text_of_the_file_is_in_the_epc_latin_character_set() throws Exception {
        Pattern latein = Pattern.compile("[a-zA-Z0-9/\\-?:().,'+ ]*");
        Document dom = dom(dreierDatei());
        List<String> texte = werte(dom, "//*[not(*)]");
        assertEquals(31, texte.size(), "leaf elements");
        for (String text : texte) {
            assertTrue(latein.matcher(text).matches(), () -> "not in the EPC character set: " + text);
        }
        String xml = new String(dreierDatei(), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.chars().allMatch(c -> c < 128), "only ASCII in the file");
    }

    @Test
    void without_bic_the_debtor_agent_is_notprovided() throws Exception {
        Auftraggeber ohneBic = new Auftraggeber("Werkstatt am See", "DE89370400440532013000");
        byte[] datei = SepaUeberweisungsdatei.erzeuge(ohneBic, AUSFUEHRUNG, "M1", dreiZahlungen(), UHR);
        Document dom = dom(datei);
        String agt = "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/p:DbtrAgt/p:FinInstnId/";

        assertEquals("NOTPROVIDED", wert(dom, agt + "p:Othr/p:Id"));
        assertEquals("0", wert(dom, "count(" + agt + "p:BICFI)"));
        assertEquals(List.of(), xsdFehler(datei));
        assertEquals(List.of(), SepaValidierung.pruefe(datei));
    }

    @Test
    void long_names_are_cut_to_70_characters_and_remittance_information_to_140_after_transliteration()
            throws Exception {
        String langerName = "Maximiliane Friederike Anneliese von und zu Hohenzollern-Sigmaringen-Überlingen";
        String zweck = "Ä".repeat(140); // 140 characters as given, 280 after transliteration
        List<Zahlung> zahlungen = List.of(new Zahlung(langerName, deIban("37040044", 1), null,
                new BigDecimal("1.00"), zweck, "E1"));
        byte[] datei = SepaUeberweisungsdatei.erzeuge(WERKSTATT, AUSFUEHRUNG, "M1", zahlungen, UHR);
        Document dom = dom(datei);
        String tx = "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/p:CdtTrfTxInf";

        String name = wert(dom, tx + "/p:Cdtr/p:Nm");
        assertEquals("Maximiliane Friederike Anneliese von und zu Hohenzollern-Sigmaringen-U", name);
        assertEquals(70, name.length());
        assertEquals("AE".repeat(70), wert(dom, tx + "/p:RmtInf/p:Ustrd"));
        assertEquals(List.of(), SepaValidierung.pruefe(datei));
    }

    @Test
    void fifteen_hundred_payments_are_valid_and_quick() throws Exception {
        List<Zahlung> zahlungen = new ArrayList<>();
        BigDecimal summe = BigDecimal.ZERO;
        for (int i = 1; i <= 1500; i++) {
            BigDecimal betrag = new BigDecimal(i * 37 % 50_000 + 100).movePointLeft(2); // 1.37 … 500.99
            summe = summe.add(betrag);
            zahlungen.add(new Zahlung("Beschäftigte Nr. " + i + " Jürgen Groß", deIban("37040044", 1_000_000L + i),
                    i % 3 == 0 ? "COBADEFFXXX" : null, betrag, "Arbeitsentgelt März 2025 Pers.-Nr. " + i,
                    "LOHN-2025-03-" + i));
        }

        byte[][] datei = new byte[1][];
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            datei[0] = SepaUeberweisungsdatei.erzeuge(WERKSTATT, AUSFUEHRUNG, "WERKERP-LOHN-GROSS", zahlungen, UHR);
        });
        long erzeugt = System.nanoTime();
        List<String> pruefung = SepaValidierung.pruefe(datei[0]);
        long geprueft = System.nanoTime();
        System.out.printf("SEPA file with 1500 payments: %d bytes, written in %d ms, checked in %d ms%n",
                datei[0].length, (erzeugt - start) / 1_000_000, (geprueft - erzeugt) / 1_000_000);

        assertEquals(List.of(), pruefung);
        assertEquals(List.of(), xsdFehler(datei[0]));
        Document dom = dom(datei[0]);
        assertEquals("1500", wert(dom, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs"));
        assertEquals(summe.toPlainString(), wert(dom, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum"));
        assertEquals(summe.toPlainString(), wert(dom, "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/p:CtrlSum"));
    }

    // --- refused input -------------------------------------------------------------------------------------------

    private static ValidationFailure abgelehnt(List<Zahlung> zahlungen) {
        return assertThrows(ValidationFailure.class,
                () -> SepaUeberweisungsdatei.erzeuge(WERKSTATT, AUSFUEHRUNG, "M1", zahlungen, UHR));
    }

    private static Zahlung zahlung(String name, String iban, String betrag) {
        return new Zahlung(name, iban, null, betrag == null ? null : new BigDecimal(betrag), "Lohn", null);
    }

    @Test
    void a_payout_of_zero_is_refused_naming_the_worker() {
        ValidationFailure e = abgelehnt(List.of(zahlung("Anna Schäfer", "DE89370400440532013000", "10.00"),
                zahlung("Jörg Müller", "DE02120300000000202051", "0.00")));
        assertEquals(List.of(new ValidationFailure.FieldError("zahlungen[1].betrag",
                "Zahlung 2 an Jörg Müller: Der Betrag ist 0,00 €. Eine Auszahlung von 0 ist keine Überweisung; "
                        + "bitte die Zahlung weglassen.")), e.errors());
    }

    @Test
    void a_negative_amount_is_refused_naming_the_worker() {
        ValidationFailure e = abgelehnt(List.of(zahlung("Jörg Müller", "DE02120300000000202051", "-12.5")));
        assertEquals("zahlungen[0].betrag", e.errors().get(0).field());
        assertEquals("Zahlung 1 an Jörg Müller: Der Betrag -12,50 € ist negativ. Eine SEPA-Überweisung zahlt nur "
                + "Beträge über 0,00 € aus; eine Rückforderung ist keine Überweisung.", e.errors().get(0).message());
    }

    @Test
    void fractions_of_a_cent_and_amounts_above_the_sepa_limit_are_refused() {
        ValidationFailure e = abgelehnt(List.of(zahlung("A", "DE02120300000000202051", "10.005"),
                zahlung("B", "DE02120300000000202051", "1000000000.00"),
                zahlung("C", "DE02120300000000202051", null)));
        assertEquals(List.of(
                "Zahlung 1 an A: Der Betrag 10,005 € hat mehr als zwei Nachkommastellen; bitte auf den Cent genau "
                        + "angeben.",
                "Zahlung 2 an B: Der Betrag 1.000.000.000,00 € ist zu hoch; eine SEPA-Überweisung ist auf "
                        + "höchstens 999.999.999,99 € begrenzt.",
                "Zahlung 3 an C: Bitte den Betrag angeben."),
                e.errors().stream().map(ValidationFailure.FieldError::message).toList());
    }

    @Test
    void an_invalid_iban_is_refused_naming_the_worker() {
        ValidationFailure e = abgelehnt(List.of(zahlung("Jörg Müller", "DE89 3704 0044 0532 0130 01", "10.00"),
                zahlung("Ute Weiß", "DE8937040044053201300", "10.00")));
        assertEquals(List.of("zahlungen[0].iban", "zahlungen[1].iban"),
                e.errors().stream().map(ValidationFailure.FieldError::field).toList());
        assertEquals("Zahlung 1 an Jörg Müller: Die Prüfziffer der IBAN stimmt nicht (ISO 13616, Modulo 97): "
                + "bitte die IBAN auf Tipp- und Zahlendreher prüfen.", e.errors().get(0).message());
        assertTrue(e.errors().get(1).message().startsWith("Zahlung 2 an Ute Weiß: Eine IBAN aus Deutschland (DE) "
                + "hat 22 Zeichen"), e.errors().get(1).message());
    }

    @Test
    void an_empty_list_is_refused() {
        ValidationFailure e = abgelehnt(List.of());
        assertEquals(List.of(new ValidationFailure.FieldError("zahlungen", "Die Datei enthält keine Zahlungen; "
                + "eine SEPA-Überweisungsdatei braucht mindestens eine Überweisung.")), e.errors());
        assertThrows(ValidationFailure.class,
                () -> SepaUeberweisungsdatei.erzeuge(WERKSTATT, AUSFUEHRUNG, "M1", null, UHR));
    }

    @Test
    void a_message_id_longer_than_35_characters_is_refused() {
        String id = "WERKERP-LOHNLAUF-2025-03-MANDANT-4711"; // 37
        ValidationFailure e = assertThrows(ValidationFailure.class,
                () -> SepaUeberweisungsdatei.erzeuge(WERKSTATT, AUSFUEHRUNG, id, dreiZahlungen(), UHR));
        assertEquals(List.of(new ValidationFailure.FieldError("nachrichtenId", "Die Nachrichten-ID „" + id
                + "“ ist 37 Zeichen lang, erlaubt sind höchstens 35.")), e.errors());
    }

    @Test
    void message_id_and_references_must_keep_to_the_epc_rules() {
        ValidationFailure e = assertThrows(ValidationFailure.class,
                () -> SepaUeberweisungsdatei.erzeuge(WERKSTATT, AUSFUEHRUNG, "Lohn_März", List.of(
                        new Zahlung("A", "DE02120300000000202051", null, BigDecimal.ONE, null, "/E1"),
                        new Zahlung("B", "DE02120300000000202051", null, BigDecimal.ONE, null, "E2"),
                        new Zahlung("C", "DE02120300000000202051", null, BigDecimal.ONE, null, "E2")), UHR));
        assertEquals(List.of(
                "Die Nachrichten-ID „Lohn_März“ enthält das Zeichen „_“; erlaubt sind nur a–z, A–Z, 0–9, "
                        + "Leerzeichen und / - ? : ( ) . , ' + (SEPA-Zeichensatz).",
                "Zahlung 1 an A: Die Ende-zu-Ende-Referenz „/E1“ darf nicht mit „/“ beginnen oder enden und kein "
                        + "„//“ enthalten (EPC-Regel für Referenzen).",
                "Zahlung 3 an C: Die Ende-zu-Ende-Referenz „E2“ hat schon Zahlung 2; jede Zahlung braucht eine "
                        + "eigene Referenz, damit Rückläufer zugeordnet werden können."),
                e.errors().stream().map(ValidationFailure.FieldError::message).toList());
    }

    @Test
    void all_problems_are_reported_together() {
        ValidationFailure e = assertThrows(ValidationFailure.class, () -> SepaUeberweisungsdatei.erzeuge(
                new Auftraggeber(" ", "DE00", "COBA"), null, null, List.of(
                        new Zahlung("李小龙", "DE02120300000000202051", "XX", new BigDecimal("5"), "x".repeat(141),
                                null)), UHR));
        assertEquals(List.of("nachrichtenId", "ausfuehrungsdatum", "auftraggeber.name", "auftraggeber.iban",
                "auftraggeber.bic", "zahlungen[0].empfaengerName", "zahlungen[0].bic",
                "zahlungen[0].verwendungszweck"),
                e.errors().stream().map(ValidationFailure.FieldError::field).toList());
        e.errors().forEach(f -> System.out.println(f.field() + ": " + f.message()));
        assertTrue(e.errors().get(5).message().contains("„李小龙“ enthält kein Zeichen"), e.errors().get(5).message());
        assertEquals("Zahlung 1 an 李小龙: Der Verwendungszweck hat 141 Zeichen, erlaubt sind höchstens 140.",
                e.errors().get(7).message());
    }

    // --- the XSD copies ------------------------------------------------------------------------------------------

    @Test
    void the_bundled_xsd_is_the_same_as_the_test_copy() throws Exception {
        byte[] test = SepaTestdaten.lies(SepaTestdaten.TEST_XSD);
        byte[] anwendung = SepaTestdaten.lies("/de/werkerp/wage/sepa/" + SepaValidierung.XSD);
        assertTrue(test.length > 100_000, "the full XSD with its annotations");
        assertArrayEquals(test, anwendung);
        assertTrue(new String(test, StandardCharsets.UTF_8).contains("Document_EPC132-08_2023_V1.0_SCT_C2PSP"),
                Arrays.toString(Arrays.copyOf(test, 20)));
    }
}
