package de.werkerp.election.entity;

/** Reason for an election out of cycle (§ 12 Abs. 2 WMVO). */
public enum Anlass {
    MITGLIEDER_GESUNKEN("Zahl der Mitglieder nach Nachrücken unter die vorgeschriebene Zahl gesunken (§ 12 Abs. 2 Nr. 1 WMVO)"), RUECKTRITT("Rücktritt des Werkstattrats (§ 12 Abs. 2 Nr. 2 WMVO)"), ANFECHTUNG("Wahl erfolgreich angefochten (§ 12 Abs. 2 Nr. 3 WMVO)"), KEIN_WERKSTATTRAT("Kein Werkstattrat vorhanden (§ 12 Abs. 2 Nr. 4 WMVO)");

    private final String label;

    Anlass(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
