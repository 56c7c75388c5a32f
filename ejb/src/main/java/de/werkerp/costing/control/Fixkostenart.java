package de.werkerp.costing.control;

/**
 * The fixed costs of seed 003 Tab. 1 ("Investitionskostenbetrag") and chapter 6.1 "Fixe Kosten". For the two kinds
 * of depreciation the amount entered is the depreciable base (Anschaffungs- oder Herstellungskosten of the buildings
 * or inventory used by the aLA); the yearly cost is base × rate, linear (buildings 2.45 %, inventory incl. GWG
 * 12.5 % per year as defaults of the calculation). For the others the amount entered is the yearly cost.
 */
public enum Fixkostenart {
    ABSCHREIBUNG_GEBAEUDE("Abschreibung Gebäude", true),
    ABSCHREIBUNG_INVENTAR("Abschreibung Inventar", true),
    INSTANDHALTUNG("Instandhaltung/Instandsetzung", false),
    ZINSEN("Zinsen im Rahmen öffentlicher Förderungen", false),
    MIETE("Miete/Leasing/Pacht", false);

    private final String label;
    private final boolean abschreibung;

    Fixkostenart(String label, boolean abschreibung) {
        this.label = label;
        this.abschreibung = abschreibung;
    }

    public String getLabel() {
        return label;
    }

    /** {@code true}: the amount is the depreciable base, the yearly cost is base × rate. */
    public boolean isAbschreibung() {
        return abschreibung;
    }
}
