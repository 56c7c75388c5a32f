package de.werkerp.wage.sepa;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.werkerp.contract.control.Iban;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.control.ValidationFailure.FieldError;

/**
 * The SEPA credit transfer file for paying out the monthly wages: ISO 20022 {@code pain.001.001.09} as restricted
 * by the EPC SEPA Credit Transfer customer-to-PSP implementation guidelines (EPC132-08 2023 V1.0), the format
 * German banks accept since November 2023 (DFÜ-Abkommen Anlage 3 version 3.7 and later).
 *
 * <p>The file has one payment information block (one debit of the Werkstatt's account, batch booking requested)
 * with one transaction per worker. Free text (names, remittance information) is converted to the EPC Latin
 * character set by {@link SepaZeichensatz} ("Jörg Müller-Lüdenscheid" → "Joerg Mueller-Luedenscheid"); names are
 * cut to 70 characters. Everything is checked before anything is written: all problems are reported together in
 * one {@link ValidationFailure} with German messages naming the worker, so a wage run with a wrong IBAN, a payout
 * of 0 or a negative amount never becomes a file. The result can be checked once more against the bundled XSD
 * with {@link SepaValidierung#pruefe(byte[])}.
 */
public final class SepaUeberweisungsdatei {

    /** XML namespace of pain.001.001.09. */
    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    /** The largest amount of one SEPA credit transfer (EPC rulebook, AT-T002). */
    public static final BigDecimal HOECHSTBETRAG = new BigDecimal("999999999.99");
    /** Names of the originator and beneficiaries are limited to 70 characters by the EPC guidelines. */
    public static final int NAME_HOECHSTLAENGE = 70;
    /** Unstructured remittance information: 140 characters. */
    public static final int VERWENDUNGSZWECK_HOECHSTLAENGE = 140;
    /** The value EPC prescribes where the originator gives no BIC or no end-to-end reference. */
    static final String NICHT_ANGEGEBEN = "NOTPROVIDED";

    private static final ZoneId ZEITZONE = ZoneId.of("Europe/Berlin");
    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern LEERRAUM = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private SepaUeberweisungsdatei() {
    }

    /**
     * The payment file as UTF-8 XML, created now (clock of Europe/Berlin).
     *
     * @param auftraggeber      the Werkstatt paying the wages
     * @param ausfuehrungsdatum requested execution date (the day the wages are debited and sent)
     * @param nachrichtenId     unique id of the file (GrpHdr/MsgId, also used as PmtInfId): 1 to 35 characters
     *                          of the SEPA character set; banks reject a file whose id they have seen before
     * @param zahlungen         the payouts, at least one, each with an amount above 0
     * @throws ValidationFailure with one German message per problem
     */
    public static byte[] erzeuge(Auftraggeber auftraggeber, LocalDate ausfuehrungsdatum, String nachrichtenId,
            List<Zahlung> zahlungen) {
        return erzeuge(auftraggeber, ausfuehrungsdatum, nachrichtenId, zahlungen, Clock.system(ZEITZONE));
    }

    /** As {@link #erzeuge(Auftraggeber, LocalDate, String, List)}, with the creation time (CreDtTm) from the clock. */
    public static byte[] erzeuge(Auftraggeber auftraggeber, LocalDate ausfuehrungsdatum, String nachrichtenId,
            List<Zahlung> zahlungen, Clock uhr) {
        Objects.requireNonNull(uhr, "uhr");
        List<FieldError> fehler = new ArrayList<>();

        if (nachrichtenId == null || nachrichtenId.isBlank()) {
            fehler.add(new FieldError("nachrichtenId", "Bitte die Nachrichten-ID der Datei angeben."));
        } else {
            String f = SepaZeichensatz.fehlerInReferenz(nachrichtenId, "Die Nachrichten-ID");
            if (f != null) {
                fehler.add(new FieldError("nachrichtenId", f));
            }
        }
        if (ausfuehrungsdatum == null) {
            fehler.add(new FieldError("ausfuehrungsdatum", "Bitte das Ausführungsdatum der Überweisungen angeben."));
        }
        Konto konto = auftraggeber == null ? null : pruefeAuftraggeber(auftraggeber, fehler);
        if (auftraggeber == null) {
            fehler.add(new FieldError("auftraggeber", "Bitte den Auftraggeber (Name und IBAN der Werkstatt) angeben."));
        }

        List<Posten> posten = new ArrayList<>();
        if (zahlungen == null || zahlungen.isEmpty()) {
            fehler.add(new FieldError("zahlungen", "Die Datei enthält keine Zahlungen; eine SEPA-Überweisungsdatei "
                    + "braucht mindestens eine Überweisung."));
        } else {
            Map<String, Integer> referenzen = new HashMap<>();
            for (int i = 0; i < zahlungen.size(); i++) {
                Posten p = pruefeZahlung(zahlungen.get(i), i, referenzen, fehler);
                if (p != null) {
                    posten.add(p);
                }
            }
        }

        if (!fehler.isEmpty()) {
            throw new ValidationFailure(fehler);
        }
        return schreibe(konto, ausfuehrungsdatum, nachrichtenId,
                OffsetDateTime.now(uhr).truncatedTo(ChronoUnit.SECONDS), posten);
    }

    /** Converted and checked data of the originator. */
    private record Konto(String name, String iban, String bic) {
    }

    /** Converted and checked data of one transaction. */
    private record Posten(String endToEndId, BigDecimal betrag, String bic, String name, String iban,
            String verwendungszweck) {
    }

    private static Konto pruefeAuftraggeber(Auftraggeber a, List<FieldError> fehler) {
        String name = name(a.name(), "auftraggeber.name", "Auftraggeber: ", "des Auftraggebers", fehler);
        String iban = iban(a.iban(), "auftraggeber.iban", "Auftraggeber: ", fehler);
        String bic = bic(a.bic(), "auftraggeber.bic", "Auftraggeber: ", fehler);
        return new Konto(name, iban, bic);
    }

    private static Posten pruefeZahlung(Zahlung z, int i, Map<String, Integer> referenzen, List<FieldError> fehler) {
        String feld = "zahlungen[" + i + "]";
        if (z == null) {
            fehler.add(new FieldError(feld, "Zahlung " + (i + 1) + " fehlt (null)."));
            return null;
        }
        String wer = "Zahlung " + (i + 1)
                + (z.empfaengerName() == null || z.empfaengerName().isBlank() ? "" : " an " + z.empfaengerName().strip())
                + ": ";
        String name = name(z.empfaengerName(), feld + ".empfaengerName", wer, "des Empfängers", fehler);
        String iban = iban(z.iban(), feld + ".iban", wer, fehler);
        String bic = bic(z.bic(), feld + ".bic", wer, fehler);
        BigDecimal betrag = betrag(z.betrag(), feld + ".betrag", wer, fehler);
        String zweck = verwendungszweck(z.verwendungszweck(), feld + ".verwendungszweck", wer, fehler);

        String referenz = z.endToEndId() == null || z.endToEndId().isBlank() ? NICHT_ANGEGEBEN : z.endToEndId();
        String f = SepaZeichensatz.fehlerInReferenz(referenz, "Die Ende-zu-Ende-Referenz");
        if (f != null) {
            fehler.add(new FieldError(feld + ".endToEndId", wer + f));
        } else if (!NICHT_ANGEGEBEN.equals(referenz)) {
            Integer frueher = referenzen.putIfAbsent(referenz, i);
            if (frueher != null) {
                fehler.add(new FieldError(feld + ".endToEndId", wer + "Die Ende-zu-Ende-Referenz „" + referenz
                        + "“ hat schon Zahlung " + (frueher + 1) + "; jede Zahlung braucht eine eigene Referenz, "
                        + "damit Rückläufer zugeordnet werden können."));
            }
        }
        return new Posten(referenz, betrag, bic, name, iban, zweck);
    }

    private static String name(String roh, String feld, String wer, String wessen, List<FieldError> fehler) {
        if (roh == null || roh.isBlank()) {
            fehler.add(new FieldError(feld, wer + "Bitte den Namen " + wessen + " angeben."));
            return null;
        }
        String name = SepaZeichensatz.umschreiben(roh, NAME_HOECHSTLAENGE);
        if (name.isEmpty()) {
            fehler.add(new FieldError(feld, wer + "Der Name " + wessen + " „" + roh.strip() + "“ enthält kein "
                    + "Zeichen, das in einer SEPA-Datei erlaubt ist (a–z, A–Z, 0–9); bitte in lateinischer Schrift "
                    + "angeben."));
            return null;
        }
        return name;
    }

    private static String iban(String roh, String feld, String wer, List<FieldError> fehler) {
        Optional<String> f = Iban.fehler(roh);
        if (f.isPresent()) {
            fehler.add(new FieldError(feld, wer + f.get()));
            return null;
        }
        return Iban.normalisiert(roh);
    }

    private static String bic(String roh, String feld, String wer, List<FieldError> fehler) {
        if (roh == null || roh.isBlank()) {
            return null;
        }
        String bic = LEERRAUM.matcher(roh).replaceAll("").toUpperCase(Locale.ROOT);
        if (!BIC.matcher(bic).matches()) {
            fehler.add(new FieldError(feld, wer + "Die BIC „" + roh.strip() + "“ ist ungültig: sie hat 8 oder 11 "
                    + "Zeichen (4 Buchstaben/Ziffern für die Bank, 2 Buchstaben Ländercode, 2 Zeichen Ort, "
                    + "optional 3 Zeichen Filiale), z. B. COBADEFFXXX. Ohne BIC das Feld leer lassen."));
            return null;
        }
        return bic;
    }

    private static BigDecimal betrag(BigDecimal betrag, String feld, String wer, List<FieldError> fehler) {
        if (betrag == null) {
            fehler.add(new FieldError(feld, wer + "Bitte den Betrag angeben."));
            return null;
        }
        if (betrag.signum() == 0) {
            fehler.add(new FieldError(feld, wer + "Der Betrag ist 0,00 €. Eine Auszahlung von 0 ist keine "
                    + "Überweisung; bitte die Zahlung weglassen."));
            return null;
        }
        if (betrag.signum() < 0) {
            fehler.add(new FieldError(feld, wer + "Der Betrag " + euro(betrag) + " ist negativ. Eine "
                    + "SEPA-Überweisung zahlt nur Beträge über 0,00 € aus; eine Rückforderung ist keine Überweisung."));
            return null;
        }
        if (betrag.stripTrailingZeros().scale() > 2) {
            fehler.add(new FieldError(feld, wer + "Der Betrag " + betrag.toPlainString().replace('.', ',')
                    + " € hat mehr als zwei Nachkommastellen; bitte auf den Cent genau angeben."));
            return null;
        }
        if (betrag.compareTo(HOECHSTBETRAG) > 0) {
            fehler.add(new FieldError(feld, wer + "Der Betrag " + euro(betrag) + " ist zu hoch; eine "
                    + "SEPA-Überweisung ist auf höchstens " + euro(HOECHSTBETRAG) + " begrenzt."));
            return null;
        }
        return betrag.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String verwendungszweck(String roh, String feld, String wer, List<FieldError> fehler) {
        if (roh == null || roh.isBlank()) {
            return null;
        }
        String zweck = roh.strip();
        if (zweck.length() > VERWENDUNGSZWECK_HOECHSTLAENGE) {
            fehler.add(new FieldError(feld, wer + "Der Verwendungszweck hat " + zweck.length() + " Zeichen, "
                    + "erlaubt sind höchstens " + VERWENDUNGSZWECK_HOECHSTLAENGE + "."));
            return null;
        }
        // umlauts become two letters: what no longer fits is cut off rather than refused
        String umgeschrieben = SepaZeichensatz.umschreiben(zweck, VERWENDUNGSZWECK_HOECHSTLAENGE);
        return umgeschrieben.isEmpty() ? null : umgeschrieben;
    }

    private static String euro(BigDecimal betrag) {
        DecimalFormat format = new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(betrag);
    }

    // --- writing -------------------------------------------------------------------------------------------------

    private static byte[] schreibe(Konto konto, LocalDate ausfuehrungsdatum, String nachrichtenId,
            OffsetDateTime erstellt, List<Posten> posten) {
        String anzahl = Integer.toString(posten.size());
        String summe = posten.stream().map(Posten::betrag).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        ByteArrayOutputStream puffer = new ByteArrayOutputStream(1024 + posten.size() * 700);
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(puffer, "UTF-8");
            Xml x = new Xml(w);
            w.writeStartDocument("UTF-8", "1.0");
            x.auf("Document");
            w.writeDefaultNamespace(NAMESPACE);
            x.auf("CstmrCdtTrfInitn");

            x.auf("GrpHdr");
            x.feld("MsgId", nachrichtenId);
            x.feld("CreDtTm", erstellt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            x.feld("NbOfTxs", anzahl);
            x.feld("CtrlSum", summe);
            x.auf("InitgPty");
            x.feld("Nm", konto.name());
            x.zu(); // InitgPty
            x.zu(); // GrpHdr

            x.auf("PmtInf");
            x.feld("PmtInfId", nachrichtenId);
            x.feld("PmtMtd", "TRF");
            x.feld("BtchBookg", "true");
            x.feld("NbOfTxs", anzahl);
            x.feld("CtrlSum", summe);
            x.auf("PmtTpInf");
            x.auf("SvcLvl");
            x.feld("Cd", "SEPA");
            x.zu(); // SvcLvl
            x.zu(); // PmtTpInf
            x.auf("ReqdExctnDt");
            x.feld("Dt", ausfuehrungsdatum.toString());
            x.zu(); // ReqdExctnDt
            x.auf("Dbtr");
            x.feld("Nm", konto.name());
            x.zu(); // Dbtr
            x.auf("DbtrAcct");
            x.auf("Id");
            x.feld("IBAN", konto.iban());
            x.zu(); // Id
            x.zu(); // DbtrAcct
            x.auf("DbtrAgt");
            x.auf("FinInstnId");
            if (konto.bic() != null) {
                x.feld("BICFI", konto.bic());
            } else {
                x.auf("Othr");
                x.feld("Id", NICHT_ANGEGEBEN);
                x.zu(); // Othr
            }
            x.zu(); // FinInstnId
            x.zu(); // DbtrAgt
            x.feld("ChrgBr", "SLEV");

            for (Posten p : posten) {
                x.auf("CdtTrfTxInf");
                x.auf("PmtId");
                x.feld("EndToEndId", p.endToEndId());
                x.zu(); // PmtId
                x.auf("Amt");
                x.einruecken();
                w.writeStartElement("InstdAmt");
                w.writeAttribute("Ccy", "EUR");
                w.writeCharacters(p.betrag().toPlainString());
                w.writeEndElement();
                x.zu(); // Amt
                if (p.bic() != null) {
                    x.auf("CdtrAgt");
                    x.auf("FinInstnId");
                    x.feld("BICFI", p.bic());
                    x.zu(); // FinInstnId
                    x.zu(); // CdtrAgt
                }
                x.auf("Cdtr");
                x.feld("Nm", p.name());
                x.zu(); // Cdtr
                x.auf("CdtrAcct");
                x.auf("Id");
                x.feld("IBAN", p.iban());
                x.zu(); // Id
                x.zu(); // CdtrAcct
                if (p.verwendungszweck() != null) {
                    x.auf("RmtInf");
                    x.feld("Ustrd", p.verwendungszweck());
                    x.zu(); // RmtInf
                }
                x.zu(); // CdtTrfTxInf
            }

            x.zu(); // PmtInf
            x.zu(); // CstmrCdtTrfInitn
            x.zu(); // Document
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Die SEPA-Datei konnte nicht geschrieben werden: " + e.getMessage(), e);
        }
        return puffer.toByteArray();
    }

    /** Element writing with two-space indentation (StAX itself does not indent). */
    private static final class Xml {
        private final XMLStreamWriter w;
        private int tiefe;

        Xml(XMLStreamWriter w) {
            this.w = w;
        }

        void auf(String name) throws XMLStreamException {
            einruecken();
            w.writeStartElement(name);
            tiefe++;
        }

        void zu() throws XMLStreamException {
            tiefe--;
            einruecken();
            w.writeEndElement();
        }

        void feld(String name, String text) throws XMLStreamException {
            einruecken();
            w.writeStartElement(name);
            w.writeCharacters(text);
            w.writeEndElement();
        }

        void einruecken() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(tiefe));
        }
    }
}
