package de.werkerp.billing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The invoice as XRechnung 3.0 in the UN/CEFACT CII syntax (EN 16931-1, CIUS XRechnung of KoSIT): the format public
 * Leistungsträger must accept (E-Rechnungsverordnung of the Bund, § 27 UStG-independent; the Länder rules alike).
 * <p>
 * The services are VAT-exempt (§ 4 Nr. 16 Buchst. c/l UStG, Leistungen der Eingliederungshilfe): every line carries
 * VAT category E at 0 % with the exemption reason, so the seller's tax number (BT-32) is required (BR-E-02). A
 * correction line with a negative difference is written as quantity −1 at the positive price (BR-27: the net price
 * must not be negative). Amounts are euros with two decimals; the totals are the sums of the lines (BR-CO-10).
 * Plain Java, no library: the test validates the output with the Mustang validator (EN 16931 and XRechnung
 * Schematron).
 */
public final class XRechnung {

    public static final String STEUERBEFREIUNG = "Steuerfrei nach § 4 Nr. 16 UStG (Leistungen der Eingliederungshilfe)";
    private static final DateTimeFormatter D102 = DateTimeFormatter.BASIC_ISO_DATE;

    /** An address. */
    public record Partei(String name, String strasse, String plz, String ort) {
    }

    /** The seller (the Einrichtung's invoicing party); {@code kennung}: seller identifier BT-29, e.g. the IK. */
    public record Verkaeufer(Partei partei, String kennung, String steuernummer, String kontaktName, String telefon, String email,
            String iban, String bic) {
    }

    /**
     * One line.
     *
     * @param einheit UN/ECE Rec 20 code: DAY, MON, HUR, C62
     */
    public record Position(String name, String beschreibung, BigDecimal menge, String einheit, BigDecimal preis,
            BigDecimal betrag, LocalDate von, LocalDate bis) {
    }

    /** The invoice. */
    public record Rechnung(String nummer, LocalDate datum, LocalDate faellig, String kaeuferreferenz, Verkaeufer verkaeufer, Partei kaeufer,
            List<Position> positionen, List<String> hinweise) {
        public Rechnung {
            Objects.requireNonNull(nummer, "nummer");
            Objects.requireNonNull(verkaeufer, "verkaeufer");
            Objects.requireNonNull(kaeufer, "kaeufer");
            if (kaeuferreferenz == null || kaeuferreferenz.isBlank()) {
                throw new IllegalArgumentException("Für die XRechnung fehlt die Leitweg-ID des Leistungsträgers "
                        + "(Käuferreferenz, BT-10): bitte in der Vergütungsvereinbarung eintragen.");
            }
            positionen = List.copyOf(positionen);
            hinweise = hinweise == null ? List.of() : List.copyOf(hinweise);
        }

        public BigDecimal summe() {
            return positionen.stream().map(Position::betrag).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    private XRechnung() {
    }

    /** The CII XML (UTF-8). */
    public static String cii(Rechnung r) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\""
                + " xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\""
                + " xmlns:qdt=\"urn:un:unece:uncefact:data:standard:QualifiedDataType:100\""
                + " xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">\n");
        x.append("<rsm:ExchangedDocumentContext>");
        x.append("<ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
                + "</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>");
        x.append("<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#"
                + "urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>");
        x.append("</rsm:ExchangedDocumentContext>\n");
        x.append("<rsm:ExchangedDocument>");
        tag(x, "ram:ID", r.nummer());
        tag(x, "ram:TypeCode", "380");
        x.append("<ram:IssueDateTime>").append(datum(r.datum())).append("</ram:IssueDateTime>");
        for (String h : r.hinweise()) {
            x.append("<ram:IncludedNote>");
            tag(x, "ram:Content", h);
            x.append("</ram:IncludedNote>");
        }
        x.append("</rsm:ExchangedDocument>\n");
        x.append("<rsm:SupplyChainTradeTransaction>\n");
        int n = 0;
        for (Position p : r.positionen()) {
            boolean gutschrift = p.betrag().signum() < 0 && p.preis().signum() <= 0;
            BigDecimal menge = gutschrift ? BigDecimal.ONE.negate() : p.menge();
            BigDecimal preis = gutschrift ? p.betrag().negate() : p.preis();
            x.append("<ram:IncludedSupplyChainTradeLineItem>");
            x.append("<ram:AssociatedDocumentLineDocument>");
            tag(x, "ram:LineID", String.valueOf(++n));
            x.append("</ram:AssociatedDocumentLineDocument>");
            x.append("<ram:SpecifiedTradeProduct>");
            tag(x, "ram:Name", p.name());
            if (p.beschreibung() != null && !p.beschreibung().isBlank()) {
                tag(x, "ram:Description", p.beschreibung());
            }
            x.append("</ram:SpecifiedTradeProduct>");
            x.append("<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>");
            tag(x, "ram:ChargeAmount", preis.setScale(2, RoundingMode.HALF_UP).toPlainString());
            x.append("</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>");
            x.append("<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode=\"").append(esc(p.einheit()))
                    .append("\">").append(menge.stripTrailingZeros().toPlainString())
                    .append("</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>");
            x.append("<ram:SpecifiedLineTradeSettlement>");
            x.append("<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>E</ram:CategoryCode>"
                    + "<ram:RateApplicablePercent>0</ram:RateApplicablePercent></ram:ApplicableTradeTax>");
            zeitraum(x, p.von(), p.bis());
            x.append("<ram:SpecifiedTradeSettlementLineMonetarySummation>");
            tag(x, "ram:LineTotalAmount", betrag(p.betrag()));
            x.append("</ram:SpecifiedTradeSettlementLineMonetarySummation>");
            x.append("</ram:SpecifiedLineTradeSettlement>");
            x.append("</ram:IncludedSupplyChainTradeLineItem>\n");
        }
        Verkaeufer v = r.verkaeufer();
        x.append("<ram:ApplicableHeaderTradeAgreement>");
        tag(x, "ram:BuyerReference", r.kaeuferreferenz());
        x.append("<ram:SellerTradeParty>");
        tag(x, "ram:ID", v.kennung());
        tag(x, "ram:Name", v.partei().name());
        x.append("<ram:DefinedTradeContact>");
        tag(x, "ram:PersonName", v.kontaktName());
        x.append("<ram:TelephoneUniversalCommunication>");
        tag(x, "ram:CompleteNumber", v.telefon());
        x.append("</ram:TelephoneUniversalCommunication><ram:EmailURIUniversalCommunication>");
        tag(x, "ram:URIID", v.email());
        x.append("</ram:EmailURIUniversalCommunication></ram:DefinedTradeContact>");
        adresse(x, v.partei());
        x.append("<ram:URIUniversalCommunication><ram:URIID schemeID=\"EM\">").append(esc(v.email()))
                .append("</ram:URIID></ram:URIUniversalCommunication>");
        x.append("<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"FC\">").append(esc(v.steuernummer()))
                .append("</ram:ID></ram:SpecifiedTaxRegistration>");
        x.append("</ram:SellerTradeParty>");
        x.append("<ram:BuyerTradeParty>");
        tag(x, "ram:Name", r.kaeufer().name());
        adresse(x, r.kaeufer());
        x.append("<ram:URIUniversalCommunication><ram:URIID schemeID=\"0204\">").append(esc(r.kaeuferreferenz()))
                .append("</ram:URIID></ram:URIUniversalCommunication>");
        x.append("</ram:BuyerTradeParty>");
        x.append("</ram:ApplicableHeaderTradeAgreement>\n");
        x.append("<ram:ApplicableHeaderTradeDelivery/>\n");
        String summe = betrag(r.summe());
        x.append("<ram:ApplicableHeaderTradeSettlement>");
        tag(x, "ram:PaymentReference", r.nummer());
        tag(x, "ram:InvoiceCurrencyCode", "EUR");
        x.append("<ram:SpecifiedTradeSettlementPaymentMeans>");
        tag(x, "ram:TypeCode", "58");
        x.append("<ram:PayeePartyCreditorFinancialAccount>");
        tag(x, "ram:IBANID", v.iban().replace(" ", ""));
        x.append("</ram:PayeePartyCreditorFinancialAccount>");
        if (v.bic() != null && !v.bic().isBlank()) {
            x.append("<ram:PayeeSpecifiedCreditorFinancialInstitution>");
            tag(x, "ram:BICID", v.bic());
            x.append("</ram:PayeeSpecifiedCreditorFinancialInstitution>");
        }
        x.append("</ram:SpecifiedTradeSettlementPaymentMeans>");
        x.append("<ram:ApplicableTradeTax>");
        tag(x, "ram:CalculatedAmount", "0.00");
        tag(x, "ram:TypeCode", "VAT");
        tag(x, "ram:ExemptionReason", STEUERBEFREIUNG);
        tag(x, "ram:BasisAmount", summe);
        tag(x, "ram:CategoryCode", "E");
        tag(x, "ram:RateApplicablePercent", "0");
        x.append("</ram:ApplicableTradeTax>");
        // the invoice period covers every line's period (PEPPOL-EN16931-R110/R111), corrections of earlier months too
        zeitraum(x, r.positionen().stream().map(Position::von).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null), r.positionen().stream().map(Position::bis).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null));
        x.append("<ram:SpecifiedTradePaymentTerms>");
        tag(x, "ram:Description", "Zahlbar ohne Abzug bis " + r.faellig().format(DateTimeFormatter.ofPattern(
                "dd.MM.yyyy")) + ".");
        x.append("<ram:DueDateDateTime>").append(datum(r.faellig())).append("</ram:DueDateDateTime>");
        x.append("</ram:SpecifiedTradePaymentTerms>");
        x.append("<ram:SpecifiedTradeSettlementHeaderMonetarySummation>");
        tag(x, "ram:LineTotalAmount", summe);
        tag(x, "ram:TaxBasisTotalAmount", summe);
        x.append("<ram:TaxTotalAmount currencyID=\"EUR\">0.00</ram:TaxTotalAmount>");
        tag(x, "ram:GrandTotalAmount", summe);
        tag(x, "ram:DuePayableAmount", summe);
        x.append("</ram:SpecifiedTradeSettlementHeaderMonetarySummation>");
        x.append("</ram:ApplicableHeaderTradeSettlement>\n");
        x.append("</rsm:SupplyChainTradeTransaction>\n");
        x.append("</rsm:CrossIndustryInvoice>\n");
        return x.toString();
    }

    private static void adresse(StringBuilder x, Partei p) {
        x.append("<ram:PostalTradeAddress>");
        tag(x, "ram:PostcodeCode", p.plz());
        tag(x, "ram:LineOne", p.strasse());
        tag(x, "ram:CityName", p.ort());
        tag(x, "ram:CountryID", "DE");
        x.append("</ram:PostalTradeAddress>");
    }

    private static void zeitraum(StringBuilder x, LocalDate von, LocalDate bis) {
        if (von == null || bis == null) {
            return;
        }
        x.append("<ram:BillingSpecifiedPeriod><ram:StartDateTime>").append(datum(von))
                .append("</ram:StartDateTime><ram:EndDateTime>").append(datum(bis))
                .append("</ram:EndDateTime></ram:BillingSpecifiedPeriod>");
    }

    private static String datum(LocalDate d) {
        return "<udt:DateTimeString format=\"102\">" + d.format(D102) + "</udt:DateTimeString>";
    }

    private static String betrag(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void tag(StringBuilder x, String name, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        x.append('<').append(name).append('>').append(esc(text)).append("</").append(name).append('>');
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
