package de.werkerp.contract.importer;

/**
 * One problem found in the import file.
 *
 * @param zeile   physical line of the file where the record starts (the header is usually line 1, so the first
 *                data row is line 2; a quoted field with line breaks makes a record span several lines, the line
 *                given is its first); 0 for a problem of the whole file ("Die Datei enthält keine Datenzeilen.")
 * @param spalte  the column name as in the header ("geburtsdatum"), or {@code null} if the problem concerns the
 *                whole line or file
 * @param meldung the German message, complete in itself: it starts with "Zeile N, Spalte X: " (or "Zeile N: ")
 *                whenever {@code zeile} is greater than 0, so it can be shown without the other two fields
 */
public record ImportError(int zeile, String spalte, String meldung) implements java.io.Serializable {

    /** A problem in one field of one line: the message is prefixed with "Zeile N, Spalte X: ". */
    static ImportError feld(int zeile, String spalte, String text) {
        return new ImportError(zeile, spalte, "Zeile " + zeile + ", Spalte " + spalte + ": " + text);
    }

    /** A problem of a whole line: the message is prefixed with "Zeile N: ". */
    static ImportError zeile(int zeile, String text) {
        return new ImportError(zeile, null, "Zeile " + zeile + ": " + text);
    }

    /** A problem of the whole file, without a line. */
    static ImportError datei(String text) {
        return new ImportError(0, null, text);
    }
}
