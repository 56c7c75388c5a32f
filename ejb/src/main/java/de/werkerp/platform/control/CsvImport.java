package de.werkerp.platform.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the small semicolon-separated imports (attendance, payments, Arbeitsergebnis balances) with Apache Commons
 * CSV: RFC 4180 quoting (a field in double quotes may hold ";", doubled quotes and line breaks), CRLF or LF, a byte
 * order mark at the start skipped. The people import has its own reader with detailed messages
 * ({@code contract.importer.CsvLeser}).
 */
public final class CsvImport {

    /** One record: the physical line it starts on (1-based) and its fields. */
    public record Zeile(int nummer, List<String> felder) {

        /** Whether every field is blank (an empty line or ";;;"). */
        public boolean leer() {
            return felder.stream().allMatch(String::isBlank);
        }

        /** "Zeile N: " for messages. */
        public String wo() {
            return "Zeile " + nummer + ": ";
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setIgnoreEmptyLines(false)
            .get();

    private CsvImport() {
    }

    /**
     * All records of the text, the header line included (the caller skips it).
     *
     * @throws ValidationFailure (field "datei") if a quote is not closed or text follows a closing quote
     */
    public static List<Zeile> lesen(String text) {
        String ohneBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Zeile> zeilen = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(ohneBom)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                // counted before the record is read: the line breaks of all records before it
                long vorher = parser.getCurrentLineNumber();
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                } catch (UncheckedIOException e) {
                    throw new ValidationFailure("datei", "Zeile " + (vorher + 1) + ": die Anführungszeichen stimmen "
                            + "nicht (ein Feld in Anführungszeichen muss mit einem Anführungszeichen enden, direkt vor "
                            + "dem Semikolon oder dem Zeilenende; ein Anführungszeichen im Text wird verdoppelt).");
                }
                CSVRecord satz = it.next();
                zeilen.add(new Zeile((int) vorher + 1, satz.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return zeilen;
    }
}
