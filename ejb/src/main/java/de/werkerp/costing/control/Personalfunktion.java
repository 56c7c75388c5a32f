package de.werkerp.costing.control;

import de.werkerp.participation.control.Personalschluessel;

/**
 * The staff functions of the cost calculation, in the order of seed 003 Tab. 1 ("Personalkosten"), each with the
 * staffing ratio of seed 001 § 11 Abs. 3 it is checked against ({@link Personalschluessel}), where there is one.
 * Wirtschaftsdienst and "Weiteres Personal" have no ratio in seed 001 ("Hauswirtschaft/Haustechnik: nach
 * Vereinbarung"); Tab. 1's "Begleitender Dienst (Personalschlüssel 1:120)" is the Sozialdienst of seed 001
 * (§ 10 WVO). QM/IT/Datenschutz/Arbeitssicherheit, Hilfskräfte and Werkstattrat are not rows of Tab. 1 but have a
 * ratio in seed 001, so they can be entered too.
 */
public enum Personalfunktion {
    LEITUNG("Leitung", Personalschluessel.Funktion.WERKSTATTLEITUNG),
    GRUPPENLEITUNG("Gruppenleiter*in/Fachkräfte", Personalschluessel.Funktion.GRUPPENLEITUNG),
    BEGLEITENDER_DIENST("Begleitender Dienst", Personalschluessel.Funktion.SOZIALDIENST),
    ARBEITSVORBEREITUNG("Arbeitsvorbereiter*in", Personalschluessel.Funktion.ARBEITSVORBEREITUNG),
    PFLEGE("Unterstützung/Assistenz/Pflege", Personalschluessel.Funktion.PFLEGE),
    WIRTSCHAFTSDIENST("Wirtschaftsdienst", null),
    WEITERES_PERSONAL("Weiteres Personal", null),
    VERWALTUNG("Verwaltung", Personalschluessel.Funktion.VERWALTUNG),
    QM_IT_DATENSCHUTZ("QM, IT, Datenschutz, Arbeitssicherheit",
            Personalschluessel.Funktion.QM_IT_DATENSCHUTZ_ARBEITSSICHERHEIT),
    HILFSKRAEFTE("Hilfskräfte", Personalschluessel.Funktion.HILFSKRAEFTE),
    WERKSTATTRAT("Unterstützung Werkstattrat/Beschäftigtenrat", Personalschluessel.Funktion.WERKSTATTRAT);

    private final String label;
    private final Personalschluessel.Funktion schluessel;

    Personalfunktion(String label, Personalschluessel.Funktion schluessel) {
        this.label = label;
        this.schluessel = schluessel;
    }

    public String getLabel() {
        return label;
    }

    /** The ratio of seed 001 § 11 Abs. 3 this function counts for, or {@code null} ("nach Vereinbarung"). */
    public Personalschluessel.Funktion schluessel() {
        return schluessel;
    }
}
