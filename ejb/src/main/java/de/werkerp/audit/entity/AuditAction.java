package de.werkerp.audit.entity;

/** What an audit entry records. The names are stored (check constraint in V18). */
public enum AuditAction {
    ANGELEGT("angelegt"), GEAENDERT("geändert"), GELOESCHT("gelöscht"),
    /** A JPQL bulk update or delete, or a block of inserted result rows: what, how many, which selection. */
    MASSENAENDERUNG("Massenänderung"),
    /** A status change of a run, an invoice or a tenant (e.g. Entgeltlauf freigegeben, Träger deaktiviert). */
    STATUS("Status geändert"),
    IMPORT("Import"),
    ANMELDUNG("Anmeldung"),
    ANMELDUNG_FEHLGESCHLAGEN("Anmeldung fehlgeschlagen"),
    /** Special-category data was read (Teilhabe page or report, illness spells): who, when, which person. */
    LESEN("Lesen");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
