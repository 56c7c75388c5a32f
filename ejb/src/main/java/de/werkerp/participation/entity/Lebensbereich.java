package de.werkerp.participation.entity;

/** The life areas of § 118 Abs. 1 SGB IX (ICF chapters) a goal belongs to. */
public enum Lebensbereich {
    LERNEN("Lernen und Wissensanwendung"),
    ALLGEMEINE_AUFGABEN("Allgemeine Aufgaben und Anforderungen"),
    KOMMUNIKATION("Kommunikation"),
    MOBILITAET("Mobilität"),
    SELBSTVERSORGUNG("Selbstversorgung"),
    HAEUSLICHES_LEBEN("Häusliches Leben"),
    BEZIEHUNGEN("Interpersonelle Interaktionen und Beziehungen"),
    BEDEUTENDE_LEBENSBEREICHE("Bedeutende Lebensbereiche (Arbeit, Bildung)"),
    GEMEINSCHAFTSLEBEN("Gemeinschafts-, soziales und staatsbürgerliches Leben");

    private final String label;

    Lebensbereich(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public String getName() {
        return name();
    }
}
