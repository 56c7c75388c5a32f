package de.werkerp.audit.entity;

public enum AuditAction {
    ANGELEGT("angelegt"), GEAENDERT("geändert"), GELOESCHT("gelöscht");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
