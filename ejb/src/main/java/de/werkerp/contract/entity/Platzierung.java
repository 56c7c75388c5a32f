package de.werkerp.contract.entity;

/** Where a person works within a phase: in-house group or outside places (§ 219 Abs. 1 SGB IX: ausgelagerte Plätze). */
public enum Platzierung {
    GRUPPE("in einer Gruppe der Einrichtung", false),
    AUSGELAGERT("ausgelagerter Arbeitsplatz", true),
    BETRIEBSINTEGRIERT("betriebsintegrierter Arbeitsplatz (BiAp/BiB)", true),
    WERKSTATT_TRANSFER("Werkstatt-Transfer", false);

    private final String label;
    private final boolean beiArbeitgeber;

    Platzierung(String label, boolean beiArbeitgeber) {
        this.label = label;
        this.beiArbeitgeber = beiArbeitgeber;
    }

    public String getLabel() {
        return label;
    }

    /** Whether the place is at an employer of the general labour market (whose name is then required). */
    public boolean isBeiArbeitgeber() {
        return beiArbeitgeber;
    }
}
