package de.werkerp.platform.entity;

/**
 * The roles of WerkERP. Least privilege: each role sees only what its work needs.
 * {@link #OPERATOR} runs the installation and belongs to no tenant.
 */
public enum Role {
    TENANT_ADMIN("Trägeradministration"),
    PAYROLL("Entgelt"),
    MANAGEMENT("Leitung"),
    SOCIAL_SERVICE("Sozialdienst"),
    /** Werkstattrat and Frauenbeauftragte: aggregated figures and election data only. */
    COUNCIL("Werkstattrat / Frauenbeauftragte"),
    /**
     * Member of a Wahlvorstand (§ 13 WMVO; usually workers, not staff): runs the election projects of its tenant —
     * voter lists (names, eligibility), nominations, count, result — and never sees wages or health data.
     */
    ELECTION_BOARD("Wahlvorstand"),
    /** Read-only auditor. */
    AUDITOR("Prüfer (nur lesen)"),
    OPERATOR("Betrieb");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }

    public String getName() {
        return name();
    }
}
