package de.werkerp.election.control;

import java.util.ArrayList;
import java.util.List;

/**
 * What follows when the usual headcount has crossed a threshold since the last election (rules.md § 5).
 * <ul>
 * <li>A different number of seats or deputies: the WMVO has no rule like § 13 Abs. 2 Nr. 1 BetrVG (new election when
 * the headcount changes by half); the out-of-cycle reasons of § 12 Abs. 2 WMVO are: members below the prescribed
 * number after the substitutes moved up, resignation, successful challenge, no council. So the council stays as
 * elected and the new size applies at the next regular election (§ 12 Abs. 1).</li>
 * <li>No council (or Frauenbeauftragte) although one must now be elected — an aLA reaching five voters or five women
 * voters (§ 60 Abs. 2 Nr. 5, 6 SGB IX): an election out of cycle (§ 12 Abs. 2 WMVO, no council in office).</li>
 * <li>Release from work (§ 37 Abs. 3, § 39a Abs. 5 WMVO) follows the current headcount: it applies on request from
 * now on, and ends when the headcount falls below the threshold.</li>
 * </ul>
 */
public final class Schwellenwechsel {

    private Schwellenwechsel() {
    }

    /**
     * @param beiWahl thresholds at the last election (null: there was none)
     * @param jetzt   thresholds from today's usual headcount
     * @return German notes, empty if nothing changed
     */
    public static List<String> vergleiche(Wahlschwellen.Ergebnis beiWahl, Wahlschwellen.Ergebnis jetzt) {
        List<String> h = new ArrayList<>();
        if (beiWahl == null) {
            if (jetzt.werkstattratMitglieder() > 0) {
                h.add("Es gibt noch keine abgeschlossene Wahl: ein Werkstattrat mit " + jetzt.werkstattratMitglieder()
                        + " Mitglied(ern) ist zu wählen, auch außerhalb des regelmäßigen Zeitraums "
                        + "(§ 12 Abs. 2 WMVO: kein Werkstattrat).");
            }
            return h;
        }
        if (beiWahl.werkstattratMitglieder() == 0 && jetzt.werkstattratMitglieder() > 0) {
            h.add("Schwelle überschritten: jetzt " + jetzt.wahlberechtigte() + " Wahlberechtigte — eine Vertretung "
                    + "ist zu wählen (§ 60 Abs. 2 Nr. 5 SGB IX), außerhalb des regelmäßigen Zeitraums "
                    + "(§ 12 Abs. 2 WMVO: kein Werkstattrat).");
        } else if (beiWahl.werkstattratMitglieder() != jetzt.werkstattratMitglieder()) {
            h.add("Schwelle überschritten: bei der letzten Wahl " + beiWahl.wahlberechtigte() + " Wahlberechtigte ("
                    + beiWahl.werkstattratMitglieder() + " Sitze), jetzt in der Regel " + jetzt.wahlberechtigte() + " ("
                    + jetzt.werkstattratMitglieder() + " Sitze, § 3 Abs. 1 WMVO). Der Werkstattrat bleibt im Amt; die "
                    + "neue Größe gilt ab der nächsten regelmäßigen Wahl (§ 12 Abs. 1 WMVO; eine Änderung der "
                    + "Beschäftigtenzahl ist kein Grund nach § 12 Abs. 2 WMVO).");
        }
        if (beiWahl.frauenbeauftragte() == 0 && jetzt.frauenbeauftragte() > 0) {
            h.add("Schwelle überschritten: jetzt " + jetzt.wahlberechtigteFrauen() + " wahlberechtigte Frauen — eine "
                    + "Frauenbeauftragte ist zu wählen (§ 60 Abs. 2 Nr. 6 SGB IX).");
        } else if (beiWahl.stellvertreterinnen() != jetzt.stellvertreterinnen()) {
            h.add("Schwelle überschritten: jetzt " + jetzt.stellvertreterinnen() + " statt "
                    + beiWahl.stellvertreterinnen() + " Stellvertreterin(nen) der Frauenbeauftragten (§ 222 Abs. 5, "
                    + "§ 60 Abs. 2 Nr. 6 SGB IX); gilt ab der nächsten regelmäßigen Wahl.");
        }
        freistellung(h, beiWahl.freistellungVorsitz(), jetzt.freistellungVorsitz(),
                "des oder der Vorsitzenden (ab 200 Wahlberechtigten, § 37 Abs. 3 WMVO)");
        freistellung(h, beiWahl.freistellungStellvertretung(), jetzt.freistellungStellvertretung(),
                "der Stellvertretung des Vorsitzes (mehr als 700 Wahlberechtigte, § 37 Abs. 3 WMVO)");
        freistellung(h, beiWahl.freistellungFrauenbeauftragte(), jetzt.freistellungFrauenbeauftragte(),
                "der Frauenbeauftragten (mehr als 200 wahlberechtigte Frauen, § 39a Abs. 5 WMVO)");
        freistellung(h, beiWahl.freistellungErsteStellvertreterin(), jetzt.freistellungErsteStellvertreterin(),
                "der ersten Stellvertreterin (mehr als 700 wahlberechtigte Frauen, § 39a Abs. 5 WMVO)");
        return h;
    }

    private static void freistellung(List<String> h, boolean vorher, boolean jetzt, String wer) {
        if (!vorher && jetzt) {
            h.add("Neu: Anspruch auf Freistellung " + wer + " auf Verlangen, ab sofort.");
        } else if (vorher && !jetzt) {
            h.add("Entfallen: kein Anspruch mehr auf Freistellung " + wer + ".");
        }
    }
}
