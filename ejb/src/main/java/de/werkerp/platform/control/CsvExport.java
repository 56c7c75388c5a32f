package de.werkerp.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file WerkERP writes: UTF-8, ";" as separator, CRLF, one header line, written by Apache Commons CSV
 * (a value with ";", a quote or a line break is quoted, quotes doubled).
 *
 * <p><b>CSV injection</b> (OWASP "CSV Injection"): a spreadsheet treats a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula. Every text cell starting so gets a single quote in
 * front ({@code =1+1} → {@code '=1+1}), which Excel and LibreOffice show as text. <b>Numbers stay numbers</b>: a
 * {@link BigDecimal} or other {@link Number} is written as a number with a decimal comma ({@code -12,50}), and a text
 * cell that is exactly a number ({@code -12,50}, {@code -1234.5}, {@code 7}) is left as it is: a plain number is no
 * formula, and the accounting exports need deductions as negative amounts that a spreadsheet can sum. "+49…" is not
 * such a number (a plus sign is not written by us) and is neutralised.
 */
public final class CsvExport {

    /** Semicolon, double quote, CRLF; quoted only where needed. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    /** An optional minus, digits (German thousands dots allowed), an optional decimal comma or point and digits. */
    private static final Pattern ZAHL = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)([.,]\\d+)?");

    private CsvExport() {
    }

    /** The file as text: the header line, then one line per row. */
    public static String text(List<String> kopf, List<? extends List<?>> zeilen) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(kopf.stream().map(CsvExport::zelle).toList());
            for (List<?> zeile : zeilen) {
                List<String> zellen = new ArrayList<>(zeile.size());
                for (Object wert : zeile) {
                    zellen.add(zelle(wert));
                }
                printer.printRecord(zellen);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** The file as UTF-8 bytes (no byte order mark). */
    public static byte[] bytes(List<String> kopf, List<? extends List<?>> zeilen) {
        return text(kopf, zeilen).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One cell as written (before quoting): {@code null} → empty; a {@link BigDecimal} → plain with decimal comma;
     * another number → its digits; text → {@link #neutralisiert(String)}.
     */
    public static String zelle(Object wert) {
        if (wert == null) {
            return "";
        }
        if (wert instanceof BigDecimal b) {
            return b.toPlainString().replace('.', ',');
        }
        if (wert instanceof Number n) {
            return n.toString().replace('.', ',');
        }
        return neutralisiert(wert.toString());
    }

    /** Text that a spreadsheet would read as a formula, with a single quote in front; numbers and all else as is. */
    public static String neutralisiert(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char c = text.charAt(0);
        boolean gefaehrlich = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (!gefaehrlich || ZAHL.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
