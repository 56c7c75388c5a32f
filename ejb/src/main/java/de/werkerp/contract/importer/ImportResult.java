package de.werkerp.contract.importer;

import java.util.List;

/**
 * The outcome of {@link ImportParser#parse(java.io.Reader)}.
 *
 * @param rows   every data row that has no error of its own, in file order; empty if the header itself is
 *               wrong (unknown, missing or repeated columns), since the rows then cannot be read reliably
 * @param errors every problem found, in file order (line by line); empty means the file may be imported. The
 *               rows of a file with errors must not be imported (all or nothing, the caller's job)
 */
public record ImportResult(List<ImportRow> rows, List<ImportError> errors) {

    public ImportResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** No errors: all {@link #rows()} may be imported. */
    public boolean fehlerfrei() {
        return errors.isEmpty();
    }

    /** The errors of one line of the file (for a dry-run listing per row). */
    public List<ImportError> fehlerInZeile(int zeile) {
        return errors.stream().filter(e -> e.zeile() == zeile).toList();
    }
}
