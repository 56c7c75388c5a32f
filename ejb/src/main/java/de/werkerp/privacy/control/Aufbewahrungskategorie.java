package de.werkerp.privacy.control;

/**
 * The data categories with a retention period of their own (V23 {@code ref_aufbewahrungsfrist} holds the default
 * years and the legal basis; docs/datenschutz.md explains the choice). Each names the event its period runs from.
 */
public enum Aufbewahrungskategorie {
    STAMMDATEN_VERTRAG("Stammdaten und Werkstattverträge (Phasen, Arbeitszeiten, Bewilligungen)",
            "Ende des Kalenderjahres, in dem der letzte Werkstattvertrag endete", Beginn.JAHRESENDE),
    ENTGELT("Entgeltabrechnungen, Lohnkonto, Anwesenheit, Lohnposten, Beurteilungen, Sozialversicherung",
            "Ende des Kalenderjahres der letzten Entgeltabrechnung bzw. Anwesenheit", Beginn.JAHRESENDE),
    LEISTUNGSABRECHNUNG("Leistungsabrechnung (Rechnungspositionen)",
            "Ende des Kalenderjahres des letzten abgerechneten Leistungsmonats", Beginn.JAHRESENDE),
    ARBEITSUNFAEHIGKEIT("Arbeitsunfähigkeit (Zeiträume, Krankheitstage)",
            "Ende des Kalenderjahres, in dem die letzte Arbeitsunfähigkeit endete", Beginn.JAHRESENDE),
    TEILHABE("Teilhabeplanung und Teilhabeberichte",
            "Ende des Kalenderjahres, in dem der letzte Werkstattvertrag endete", Beginn.JAHRESENDE),
    WAHL("Wahlakten (Wahlvorschläge, Wahlvorstand)",
            "Ende der Amtszeit des gewählten Werkstattrats (bei abgesagter Wahl: Tag der Absage)", Beginn.TAG);

    /** How the period is counted from its event. */
    public enum Beginn {
        /** From the end of the calendar year of the event (§ 147 Abs. 4 AO, § 257 Abs. 5 HGB). */
        JAHRESENDE,
        /** From the day of the event itself. */
        TAG
    }

    private final String label;
    private final String anlass;
    private final Beginn beginn;

    Aufbewahrungskategorie(String label, String anlass, Beginn beginn) {
        this.label = label;
        this.anlass = anlass;
        this.beginn = beginn;
    }

    public String getLabel() {
        return label;
    }

    /** The event the period runs from, in German. */
    public String getAnlass() {
        return anlass;
    }

    public Beginn beginn() {
        return beginn;
    }
}
