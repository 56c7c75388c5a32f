package de.werkerp.wage.sepa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import de.werkerp.contract.control.Iban;

/**
 * Checks a SEPA credit transfer file before it is offered for download: against the bundled XSD
 * ({@code pain.001.001.09.xsd}, ISO 20022 restricted by the EPC SCT implementation guidelines 2023) and against the
 * EPC rules the XSD does not express:
 * <ul>
 * <li>only the currency EUR;</li>
 * <li>NbOfTxs and CtrlSum of the group header and of each payment information block match the transactions;</li>
 * <li>all text uses the EPC Latin character set (a–z A–Z 0–9 / - ? : ( ) . , ' + and space);</li>
 * <li>references (MsgId, PmtInfId, InstrId, EndToEndId) neither start nor end with "/" nor contain "//";</li>
 * <li>IBANs have correct check digits (ISO 13616, modulo 97);</li>
 * <li>the debtor agent has either a BICFI or Othr/Id "NOTPROVIDED";</li>
 * <li>remittance information is either unstructured or structured, not both;</li>
 * <li>payment type information is given for the block or for every transaction.</li>
 * </ul>
 * The EPC rules are checked only if the file is valid against the XSD, so that one mistake is not reported twice.
 * Messages are German and start with the line and the element path, e.g.
 * "Zeile 40, PmtInf[1]/CdtTrfTxInf[3]/Amt/InstdAmt: …"; the XSD messages are the German ones of the JDK's
 * validator. The compiled schema is shared; the class is thread-safe.
 */
public final class SepaValidierung {

    /** Classpath resource of the XSD, next to this class. */
    static final String XSD = "pain.001.001.09.xsd";

    private static final String XERCES_LOCALE = "http://apache.org/xml/properties/locale";
    private static final Locale DEUTSCH = Locale.GERMAN;
    /** More messages than this are summarised: a file with 1,500 wrong names need not list all of them. */
    static final int HOECHSTENS_MELDUNGEN = 100;

    private SepaValidierung() {
    }

    /** The German problems of the file; empty if the file is a valid SEPA credit transfer file. */
    public static List<String> pruefe(byte[] datei) {
        if (datei == null || datei.length == 0) {
            return List.of("Die Datei ist leer.");
        }
        List<String> fehler = new ArrayList<>();
        Pruefer pruefer = new Pruefer(fehler);
        try {
            ValidatorHandler validator = Schemas.SCHEMA.newValidatorHandler();
            validator.setProperty(XERCES_LOCALE, DEUTSCH);
            validator.setErrorHandler(pruefer);
            validator.setContentHandler(pruefer.nachDerPruefung());
            XMLReader leser = saxParser();
            leser.setContentHandler(new Pfad(pruefer, validator));
            leser.setErrorHandler(pruefer);
            leser.parse(new InputSource(new ByteArrayInputStream(datei)));
        } catch (SAXParseException e) {
            // already reported by fatalError
        } catch (SAXException e) {
            fehler.add("Die Datei ist kein lesbares XML: " + e.getMessage());
        } catch (IOException e) {
            fehler.add("Die Datei konnte nicht gelesen werden: " + e.getMessage());
        }
        if (fehler.isEmpty()) {
            pruefer.pruefeEpcRegeln();
        }
        if (fehler.size() > HOECHSTENS_MELDUNGEN) {
            int weitere = fehler.size() - HOECHSTENS_MELDUNGEN;
            fehler.subList(HOECHSTENS_MELDUNGEN, fehler.size()).clear();
            fehler.add("… und " + weitere + " weitere Fehler.");
        }
        return List.copyOf(fehler);
    }

    private static XMLReader saxParser() throws SAXException {
        try {
            SAXParserFactory fabrik = SAXParserFactory.newDefaultInstance();
            fabrik.setNamespaceAware(true);
            fabrik.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // a payment file has no DTD: refusing it keeps external entities (XXE) out
            fabrik.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            fabrik.setFeature("http://xml.org/sax/features/external-general-entities", false);
            fabrik.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            XMLReader leser = fabrik.newSAXParser().getXMLReader();
            leser.setProperty(XERCES_LOCALE, DEUTSCH);
            return leser;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The compiled XSD, loaded on first use. */
    private static final class Schemas {
        static final Schema SCHEMA = lade();

        private static Schema lade() {
            URL url = SepaValidierung.class.getResource(XSD);
            if (url == null) {
                throw new IllegalStateException("Das XSD " + XSD + " fehlt im Klassenpfad neben "
                        + SepaValidierung.class.getName() + ".");
            }
            try (InputStream in = url.openStream()) {
                SchemaFactory fabrik = SchemaFactory.newDefaultInstance();
                fabrik.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                fabrik.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                fabrik.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return fabrik.newSchema(new StreamSource(in, url.toExternalForm()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SAXException e) {
                throw new IllegalStateException("Das XSD " + XSD + " ist fehlerhaft: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Sits between the parser and the validator: keeps the element path (with positions of repeated elements)
     * up to date before the validator sees an event, so that its error messages can name the element.
     */
    private static final class Pfad extends DefaultHandler {
        private final Pruefer pruefer;
        private final ValidatorHandler weiter;

        Pfad(Pruefer pruefer, ValidatorHandler weiter) {
            this.pruefer = pruefer;
            this.weiter = weiter;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            pruefer.ort = locator;
            weiter.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            weiter.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            weiter.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            weiter.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            weiter.endPrefixMapping(prefix);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (pruefer.namen.isEmpty()
                    && !(SepaUeberweisungsdatei.NAMESPACE.equals(uri) && "Document".equals(localName))) {
                pruefer.fehler.add("Zeile " + pruefer.zeile() + ": Die Datei ist keine SEPA-Überweisungsdatei im "
                        + "Format pain.001.001.09: sie beginnt mit dem Element „" + qName + "“"
                        + (uri.isEmpty() ? " ohne Namensraum" : " im Namensraum „" + uri + "“") + ", erwartet ist "
                        + "„Document“ im Namensraum „" + SepaUeberweisungsdatei.NAMESPACE + "“.");
            }
            pruefer.betreten(localName);
            weiter.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            weiter.endElement(uri, localName, qName);
            pruefer.verlassen();
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            weiter.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            weiter.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            weiter.processingInstruction(target, data);
        }
    }

    /** Collects the XSD errors and the values needed for the EPC rules. */
    private static final class Pruefer implements ErrorHandler {
        private final List<String> fehler;
        private final List<String> epcFehler = new ArrayList<>();
        private Locator ort;

        /** Current path: element names and, per level, how often each child name has occurred. */
        private final Deque<String> namen = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> zaehler = new ArrayDeque<>();
        private final Deque<Integer> positionen = new ArrayDeque<>();

        // values for the EPC rules, kept while the document is read
        private Long kopfAnzahl;
        private BigDecimal kopfSumme;
        private int anzahlGesamt;
        private BigDecimal summeGesamt = BigDecimal.ZERO;
        private Block block;

        /** One PmtInf being read. */
        private static final class Block {
            String pfad;
            int zeile;
            Long anzahl;
            BigDecimal summe;
            int gezaehlt;
            BigDecimal summiert = BigDecimal.ZERO;
            boolean zahlungsart;
            int transaktionenOhneZahlungsart;
            boolean bicOderOthr;
        }

        Pruefer(List<String> fehler) {
            this.fehler = fehler;
            zaehler.push(new HashMap<>());
        }

        void betreten(String name) {
            int position = zaehler.peek().merge(name, 1, Integer::sum);
            namen.addLast(name);
            positionen.addLast(position);
            zaehler.push(new HashMap<>());
        }

        void verlassen() {
            namen.removeLast();
            positionen.removeLast();
            zaehler.pop();
        }

        /** "PmtInf[1]/CdtTrfTxInf[3]/Amt", without Document/CstmrCdtTrfInitn; positions for the repeated ones. */
        String pfad() {
            StringBuilder sb = new StringBuilder();
            var n = namen.iterator();
            var p = positionen.iterator();
            int ebene = 0;
            while (n.hasNext()) {
                String name = n.next();
                int position = p.next();
                if (ebene++ < 2 && (name.equals("Document") || name.equals("CstmrCdtTrfInitn"))) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append('/');
                }
                sb.append(name);
                if (name.equals("PmtInf") || name.equals("CdtTrfTxInf")) {
                    sb.append('[').append(position).append(']');
                }
            }
            return sb.length() == 0 ? String.join("/", namen) : sb.toString();
        }

        private String wo(int zeile) {
            String pfad = pfad();
            return "Zeile " + zeile + (pfad.isEmpty() ? "" : ", " + pfad) + ": ";
        }

        private int zeile() {
            return ort == null ? 0 : ort.getLineNumber();
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a file invalid
        }

        @Override
        public void error(SAXParseException e) {
            fehler.add(wo(e.getLineNumber()) + lesbar(e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            fehler.add("Zeile " + e.getLineNumber() + ": Die Datei ist kein gültiges XML: " + lesbar(e.getMessage()));
            throw e;
        }

        /** Removes the namespace from the validator's element names: {"urn:…":CreDtTm} → CreDtTm. */
        private static String lesbar(String meldung) {
            return meldung == null ? "" : meldung.replace("\"" + SepaUeberweisungsdatei.NAMESPACE + "\":", "");
        }

        /** Receives the events after the validator has checked them: collects the values for the EPC rules. */
        DefaultHandler nachDerPruefung() {
            return new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private String waehrung;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    text.setLength(0);
                    String eltern = namen.size() >= 2 ? elternName() : "";
                    if (localName.equals("PmtInf")) {
                        block = new Block();
                        block.pfad = pfad();
                        block.zeile = zeile();
                    } else if (localName.equals("InstdAmt")) {
                        waehrung = atts.getValue("Ccy");
                    } else if (localName.equals("PmtTpInf") && block != null) {
                        if (eltern.equals("PmtInf")) {
                            block.zahlungsart = true;
                        }
                    } else if (localName.equals("Strd") && eltern.equals("RmtInf") && hatGeschwister("Ustrd")) {
                        epcFehler.add(wo(zeile()) + "Der Verwendungszweck darf entweder unstrukturiert (Ustrd) "
                                + "oder strukturiert (Strd) sein, nicht beides (EPC-Regel).");
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    text.append(ch, start, length);
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    String wert = text.toString();
                    text.setLength(0);
                    String eltern = elternName();
                    int zeile = zeile();
                    if (!wert.isBlank() && !SepaZeichensatz.gueltig(wert)) {
                        epcFehler.add(wo(zeile) + "Das Zeichen „" + SepaZeichensatz.erstesUngueltigesZeichen(wert)
                                + "“ in „" + wert + "“ gehört nicht zum SEPA-Zeichensatz (a–z, A–Z, 0–9, Leerzeichen "
                                + "und / - ? : ( ) . , ' +); Umlaute und ß sind umzuschreiben (ä → ae, ß → ss).");
                    }
                    switch (localName) {
                        case "MsgId", "PmtInfId", "InstrId", "EndToEndId" -> {
                            if (wert.startsWith("/") || wert.endsWith("/") || wert.contains("//")) {
                                epcFehler.add(wo(zeile) + "Die Referenz „" + wert + "“ darf nicht mit „/“ beginnen "
                                        + "oder enden und kein „//“ enthalten (EPC-Regel).");
                            }
                        }
                        case "NbOfTxs" -> {
                            Long n = zahl(wert);
                            if (eltern.equals("GrpHdr")) {
                                kopfAnzahl = n;
                            } else if (block != null) {
                                block.anzahl = n;
                            }
                        }
                        case "CtrlSum" -> {
                            BigDecimal s = dezimal(wert);
                            if (eltern.equals("GrpHdr")) {
                                kopfSumme = s;
                            } else if (block != null) {
                                block.summe = s;
                            }
                        }
                        case "InstdAmt" -> {
                            if (!"EUR".equals(waehrung)) {
                                epcFehler.add(wo(zeile) + "Nur die Währung EUR ist erlaubt, nicht „" + waehrung
                                        + "“ (EPC-Regel).");
                            }
                            BigDecimal betrag = dezimal(wert);
                            if (betrag != null) {
                                summeGesamt = summeGesamt.add(betrag);
                                if (block != null) {
                                    block.summiert = block.summiert.add(betrag);
                                }
                            }
                        }
                        case "IBAN" -> Iban.fehler(wert).ifPresent(f -> epcFehler.add(wo(zeile) + f));
                        case "BICFI", "Othr" -> {
                            if (block != null && eltern.equals("FinInstnId") && grosselternName().equals("DbtrAgt")) {
                                block.bicOderOthr = true;
                            }
                        }
                        case "Id" -> {
                            if (eltern.equals("Othr") && namen.size() >= 4 && vorfahr(3).equals("DbtrAgt")
                                    && !SepaUeberweisungsdatei.NICHT_ANGEGEBEN.equals(wert)) {
                                epcFehler.add(wo(zeile) + "Ohne BIC der Auftraggeberbank ist hier nur "
                                        + "„NOTPROVIDED“ erlaubt, nicht „" + wert + "“ (EPC-Regel).");
                            }
                        }
                        case "CdtTrfTxInf" -> {
                            anzahlGesamt++;
                            if (block != null) {
                                block.gezaehlt++;
                                if (!zaehler.peek().containsKey("PmtTpInf")) {
                                    block.transaktionenOhneZahlungsart++;
                                }
                            }
                        }
                        case "PmtInf" -> {
                            pruefeBlock(block);
                            block = null;
                        }
                        default -> {
                            // nothing to collect
                        }
                    }
                }
            };
        }

        /** The number, or {@code null} if it is none (then the XSD has reported it). */
        private static Long zahl(String wert) {
            try {
                return Long.valueOf(wert.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The decimal number, or {@code null} if it is none (then the XSD has reported it). */
        private static BigDecimal dezimal(String wert) {
            try {
                return new BigDecimal(wert.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private String elternName() {
            return vorfahr(1);
        }

        private String grosselternName() {
            return vorfahr(2);
        }

        /** The name of the element {@code stufen} levels above the current one (0: the current one). */
        private String vorfahr(int stufen) {
            var it = namen.descendingIterator();
            for (int i = 0; i < stufen && it.hasNext(); i++) {
                it.next();
            }
            return it.hasNext() ? it.next() : "";
        }

        /** Whether the parent of the current element has already had a child of that name. */
        private boolean hatGeschwister(String name) {
            var it = zaehler.iterator();
            it.next(); // the current element's children
            return it.hasNext() && it.next().containsKey(name);
        }

        private void pruefeBlock(Block b) {
            String wo = "Zeile " + b.zeile + ", " + b.pfad + ": ";
            if (b.anzahl != null && b.anzahl != b.gezaehlt) { // unboxed: compares the numbers
                epcFehler.add(wo + "NbOfTxs gibt " + b.anzahl + " Überweisungen an, der Block enthält "
                        + b.gezaehlt + ".");
            }
            if (b.summe != null && b.summe.compareTo(b.summiert) != 0) {
                epcFehler.add(wo + "CtrlSum ist " + b.summe.toPlainString() + ", die Beträge ergeben "
                        + b.summiert.toPlainString() + ".");
            }
            if (!b.bicOderOthr) {
                epcFehler.add(wo + "DbtrAgt/FinInstnId braucht entweder die BIC (BICFI) oder Othr/Id "
                        + "„NOTPROVIDED“ (EPC-Regel).");
            }
            if (!b.zahlungsart && b.transaktionenOhneZahlungsart > 0) {
                epcFehler.add(wo + "PmtTpInf (mit SvcLvl/Cd „SEPA“) fehlt: sie muss im Block oder bei jeder "
                        + "Überweisung stehen (EPC-Regel).");
            }
        }

        /** Adds the problems by the EPC rules; called only when the file is valid against the XSD. */
        void pruefeEpcRegeln() {
            if (kopfAnzahl != null && kopfAnzahl != anzahlGesamt) { // unboxed: compares the numbers
                epcFehler.add("GrpHdr/NbOfTxs gibt " + kopfAnzahl + " Überweisungen an, die Datei enthält "
                        + anzahlGesamt + ".");
            }
            if (kopfSumme != null && kopfSumme.compareTo(summeGesamt) != 0) {
                epcFehler.add("GrpHdr/CtrlSum ist " + kopfSumme.toPlainString() + ", die Beträge der Datei ergeben "
                        + summeGesamt.toPlainString() + ".");
            }
            fehler.addAll(epcFehler);
        }
    }
}
