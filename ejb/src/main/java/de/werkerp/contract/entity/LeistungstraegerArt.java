package de.werkerp.contract.entity;

/** Kind of Leistungsträger (§ 6 SGB IX; § 63 SGB IX for the Werkstatt services). */
public enum LeistungstraegerArt {
    EINGLIEDERUNGSHILFE("Träger der Eingliederungshilfe"),
    BUNDESAGENTUR("Bundesagentur für Arbeit"),
    RENTENVERSICHERUNG("Träger der Rentenversicherung"),
    UNFALLVERSICHERUNG("Träger der Unfallversicherung"),
    KRIEGSOPFERFUERSORGE("Träger der Kriegsopferfürsorge"),
    SONSTIGE("sonstiger Leistungsträger");

    private final String label;

    LeistungstraegerArt(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
