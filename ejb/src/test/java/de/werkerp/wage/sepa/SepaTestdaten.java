package de.werkerp.wage.sepa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Helpers for the SEPA tests: IBANs, XSD validation with the test copy of the XSD, XPath. */
final class SepaTestdaten {

    /** The copy of the official XSD for the tests (src/test/resources/sepa). */
    static final String TEST_XSD = "/sepa/pain.001.001.09.xsd";

    private static Schema schema;

    private SepaTestdaten() {
    }

    /** A German IBAN with correct check digits for Bankleitzahl and account number (ISO 7064 MOD 97-10). */
    static String deIban(String blz, long kontonummer) {
        return de.werkerp.contract.control.Iban.deutsch(blz, String.valueOf(kontonummer));
    }

    /** The XSD errors of the file, checked with javax.xml.validation against the test copy of the XSD. */
    static synchronized List<String> xsdFehler(byte[] datei) throws Exception {
        if (schema == null) {
            URL url = SepaTestdaten.class.getResource(TEST_XSD);
            if (url == null) {
                throw new IllegalStateException(TEST_XSD + " fehlt");
            }
            SchemaFactory fabrik = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            try (InputStream in = url.openStream()) {
                schema = fabrik.newSchema(new StreamSource(in, url.toExternalForm()));
            }
        }
        List<String> fehler = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                fehler.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(datei)));
        return fehler;
    }

    /** The file parsed to DOM (namespace-aware). */
    static Document dom(byte[] datei) throws Exception {
        DocumentBuilderFactory fabrik = DocumentBuilderFactory.newInstance();
        fabrik.setNamespaceAware(true);
        return fabrik.newDocumentBuilder().parse(new ByteArrayInputStream(datei));
    }

    /** XPath with the prefix "p" for the pain.001.001.09 namespace. */
    static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "p".equals(prefix) ? SepaUeberweisungsdatei.NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
        return xpath;
    }

    static String wert(Document dom, String ausdruck) throws Exception {
        return xpath().evaluate(ausdruck, dom);
    }

    static List<String> werte(Document dom, String ausdruck) throws Exception {
        NodeList knoten = (NodeList) xpath().evaluate(ausdruck, dom, XPathConstants.NODESET);
        List<String> werte = new ArrayList<>();
        for (int i = 0; i < knoten.getLength(); i++) {
            werte.add(knoten.item(i).getTextContent());
        }
        return werte;
    }

    static byte[] lies(String ressource) throws IOException {
        try (InputStream in = SepaTestdaten.class.getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IllegalStateException(ressource + " fehlt");
            }
            return in.readAllBytes();
        }
    }
}
