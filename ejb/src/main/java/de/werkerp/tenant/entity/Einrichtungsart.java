package de.werkerp.tenant.entity;

/** Kind of Einrichtung: a Werkstatt für behinderte Menschen (§ 219 SGB IX) or an anderer Leistungsanbieter (§ 60 SGB IX). */
public enum Einrichtungsart {
    WFBM("WfbM"), ALA("anderer Leistungsanbieter");

    private final String label;

    Einrichtungsart(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
