package de.werkerp.billing.control;

/**
 * Kind of fee agreed in a Vergütungsvereinbarung (§ 125 Abs. 3 SGB IX: Vergütung as Pauschalen and Beträge for the
 * services; seed 003 chapter 6.1: Betreuungstagessatz; seed 004 section 12: monthly rates).
 */
public enum Satzart {
    /** A rate per cost day (attendance day or financed absence day). */
    TAGESSATZ("Tagessatz je Anwesenheitstag", "Tage"),
    /** A monthly lump sum, pro rata for partial months. */
    MONATSPAUSCHALE("Monatspauschale", "Monate"),
    /** A rate per hour of individual service (e.g. Jobcoaching), hours as recorded. */
    FACHLEISTUNGSSTUNDE("Fachleistungsstunde", "Stunden");

    private final String label;
    private final String einheit;

    Satzart(String label, String einheit) {
        this.label = label;
        this.einheit = einheit;
    }

    public String getLabel() {
        return label;
    }

    public String getEinheit() {
        return einheit;
    }
}
