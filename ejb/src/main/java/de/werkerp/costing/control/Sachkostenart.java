package de.werkerp.costing.control;

/**
 * The variable costs (Sachkosten) of seed 003 Tab. 1 ("Variable Kosten") with the remarks of Tab. 2, in that order.
 * Only costs of the aLA itself count, never production costs (seed 003 ch. 6.1 "Sachkosten").
 */
public enum Sachkostenart {
    BRENNSTOFFE("Brennstoffe", "Kosten für die Wärmeversorgung der Einrichtung."),
    UEBRIGE_ENERGIE("Übrige Energie", "Kosten für Strom, Gas etc. für das Betreiben der Einrichtung."),
    WASSER("Wasser/Abwasser", "Kosten des Verbrauchs und Gebühren für die Entwässerung."),
    TREIBSTOFFE("Treibstoffe", "Treibstoffe und Schmiermittel für die Fahrzeuge und Geräte der Einrichtung, nicht "
            + "jedoch Reisekosten."),
    MATERIAL("Allgemeiner Materialaufwand", "Reinigungs- und Hausverbrauchsmaterial, Kleinwerkzeuge bis 51 €; GWG "
            + "zwischen 51 € und 410 € gehören zu den Inventarzugängen."),
    FREMDE_LEISTUNGEN("Fremde Leistungen", "Leistungen Dritter im Wirtschaftsdienst (Wäscherei, Reinigung, "
            + "Gartenpflege …); die Personalanteile gehören zum Wirtschaftsdienst."),
    PFLEGERISCHER_SACHAUFWAND("Pflegerischer Sachaufwand", "Allgemeine Pflege, nicht Hilfsmittel im Sinne des "
            + "§ 33 SGB V."),
    BETREUUNG("Unmittelbare Betreuungskosten", "Hausapotheke, soziale Betreuung, Sachaufwand für begleitende "
            + "Maßnahmen, Sportangebote."),
    LEHRMITTEL("Lehr- und Lernmittel", "Lehr- und Lernmittel sowie Übungsmaterial für die Beschäftigten."),
    VERWALTUNG("Sächlicher Verwaltungsaufwand", "Bürobedarf, Bankgebühren (keine Zinsen), Porto, Telefon, "
            + "Reisekosten der Mitarbeiter*innen, Fachliteratur, Aufwand für den Beschäftigtenrat."),
    ZENTRALE_LEISTUNGEN("Zentrale Leistungen", "Umlage der Zentralverwaltung, Rechts- und Steuerberatung, "
            + "Prüfungsgebühren, Lohnabrechnung durch Dritte."),
    STEUERN_VERSICHERUNG("Steuern, Abgaben, Versicherung", "Betriebssteuern, Gebühren und Abgaben, Versicherungen, "
            + "Beiträge zur Berufsgenossenschaft für die Beschäftigten.");

    private final String label;
    private final String bemerkung;

    Sachkostenart(String label, String bemerkung) {
        this.label = label;
        this.bemerkung = bemerkung;
    }

    public String getLabel() {
        return label;
    }

    /** The remark of seed 003 Tab. 2 (shortened). */
    public String getBemerkung() {
        return bemerkung;
    }
}
