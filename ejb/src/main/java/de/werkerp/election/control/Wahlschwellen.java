package de.werkerp.election.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Size of the Werkstattrat and of the office of the Frauenbeauftragte, and the release from work that follows from
 * the headcount (rules.md § 5). All counts are the "in der Regel" headcount of voters (§ 3 Abs. 1 WMVO), i.e. the
 * usual number, not the number on a single day; deciding it is the Wahlvorstand's job, this rule only maps it.
 *
 * <p>Boundaries, following the wording of the law:
 * <ul>
 * <li><b>Werkstattrat</b> (§ 3 Abs. 1 WMVO): "bis zu 200 Wahlberechtigten" 3 members (200 included), "201 bis 400" 5,
 * "401 bis 700" 7, "701 bis 1 000" 9, "1 001 bis 1 500" 11, "mehr als 1 500" 13. A WfbM always has a Werkstattrat
 * (§ 222 Abs. 1 SGB IX, § 2 WMVO); the table has no lower limit, so even a WfbM with 0 voters is shown with 3 seats
 * (the first line "bis zu 200" starts at 0).</li>
 * <li><b>aLA</b> (§ 60 Abs. 2 Nr. 5 SGB IX): a representation "ab fünf Wahlberechtigten" (5 included), "bei bis zu
 * 20 Wahlberechtigten aus einem Mitglied" (20 included); from 21 the WfbM table applies (21–200 → 3). Below 5: none.</li>
 * <li><b>Frauenbeauftragte WfbM</b> (§ 222 Abs. 5 SGB IX): "in jeder Werkstatt eine Frauenbeauftragte und eine
 * Stellvertreterin" — regardless of the number of women; "mehr als 700 wahlberechtigten Frauen" a second deputy
 * (701 and up), "mehr als 1 000" "bis zu drei" deputies (1,001 and up): 3 is shown as the maximum that may be
 * elected.</li>
 * <li><b>Frauenbeauftragte aLA</b> (§ 60 Abs. 2 Nr. 6 SGB IX): "ab fünf wahlberechtigten Frauen" (5 included),
 * "eine Stellvertreterin ab 20 wahlberechtigten Frauen" (20 included). The Maßgabe only replaces the lower end of
 * § 222 Abs. 5 Satz 1 ("in jeder Werkstatt"); the further deputies of Satz 2 (more than 700 / 1,000 women) are
 * applied to an aLA too, as Nr. 5 leaves the WfbM table in force above 20 voters.</li>
 * <li><b>Release of the chair</b> (§ 37 Abs. 3 WMVO as stated in rules.md § 5: "from 200 voters"): 200 included.
 * <b>Deputy chair</b>: "above 700" → 701 and up. Both only "auf Verlangen" (on request): the flags mean "entitled
 * on request", not "released".</li>
 * <li><b>Release of the Frauenbeauftragte</b> (§ 39a Abs. 5 WMVO, rules.md § 5: "above 200 women voters"): 201 and
 * up; <b>first deputy</b> "above 700": 701 and up.</li>
 * <li><b>Training</b> (§ 37 Abs. 4 WMVO, for the Frauenbeauftragte with § 39a Abs. 5): 15 days per term, 20 for
 * persons holding the office for the first time — independent of the headcount.</li>
 * </ul>
 * The legal texts of § 37 and § 39a WMVO are not in the project's seed 003; their thresholds are taken from rules.md
 * § 5, which distinguishes "from 200" (chair) from "above 200" (Frauenbeauftragte). Should the official wording
 * differ, only the two comparisons in {@link #fuer} change.
 */
public final class Wahlschwellen {

    /** Training days per term (§ 37 Abs. 4 Satz 1 WMVO). */
    public static final int SCHULUNGSTAGE = 15;
    /** Training days per term for first-time members (§ 37 Abs. 4 Satz 2 WMVO). */
    public static final int SCHULUNGSTAGE_ERSTMALIG = 20;

    /**
     * The result: seats, offices, release flags, training days and one German explanation line per decision, each
     * citing its paragraph.
     */
    public record Ergebnis(Einrichtungsart art, int wahlberechtigte, int wahlberechtigteFrauen,
            int werkstattratMitglieder, int frauenbeauftragte, int stellvertreterinnen, boolean freistellungVorsitz,
            boolean freistellungStellvertretung, boolean freistellungFrauenbeauftragte,
            boolean freistellungErsteStellvertreterin, int schulungstage, int schulungstageErstmalig,
            List<String> erlaeuterungen) {

        public Ergebnis {
            Objects.requireNonNull(art, "art");
            erlaeuterungen = List.copyOf(erlaeuterungen);
        }
    }

    private Wahlschwellen() {
    }

    /**
     * Computes the thresholds.
     *
     * @param art                   WfbM or aLA
     * @param wahlberechtigte       usual number of voters (§ 10 WMVO), at least 0
     * @param wahlberechtigteFrauen usual number of women voters, 0 to {@code wahlberechtigte}
     * @throws IllegalArgumentException with a German message for a missing kind, negative numbers or more women than
     *                                  voters
     */
    public static Ergebnis fuer(Einrichtungsart art, int wahlberechtigte, int wahlberechtigteFrauen) {
        if (art == null) {
            throw new IllegalArgumentException("Die Einrichtungsart (WfbM oder anderer Leistungsanbieter) fehlt.");
        }
        if (wahlberechtigte < 0) {
            throw new IllegalArgumentException("Die Zahl der Wahlberechtigten darf nicht negativ sein (angegeben: "
                    + wahlberechtigte + ").");
        }
        if (wahlberechtigteFrauen < 0) {
            throw new IllegalArgumentException("Die Zahl der wahlberechtigten Frauen darf nicht negativ sein "
                    + "(angegeben: " + wahlberechtigteFrauen + ").");
        }
        if (wahlberechtigteFrauen > wahlberechtigte) {
            throw new IllegalArgumentException("Es können nicht mehr wahlberechtigte Frauen (" + wahlberechtigteFrauen
                    + ") als Wahlberechtigte insgesamt (" + wahlberechtigte + ") sein.");
        }
        List<String> zeilen = new ArrayList<>();
        boolean ala = art == Einrichtungsart.ALA;

        int mitglieder;
        if (ala && wahlberechtigte < 5) {
            mitglieder = 0;
            zeilen.add("Bei " + wahlberechtigte + " Wahlberechtigten wird keine Vertretung gewählt: erst ab fünf "
                    + "Wahlberechtigten (§ 60 Abs. 2 Nr. 5 SGB IX).");
        } else if (ala && wahlberechtigte <= 20) {
            mitglieder = 1;
            zeilen.add("Bei " + wahlberechtigte + " Wahlberechtigten besteht die Vertretung aus einem Mitglied: bei "
                    + "bis zu 20 Wahlberechtigten (§ 60 Abs. 2 Nr. 5 SGB IX).");
        } else {
            mitglieder = mitgliederNachTabelle(wahlberechtigte);
            zeilen.add("Bei " + wahlberechtigte + " Wahlberechtigten besteht der Werkstattrat aus " + mitglieder
                    + " Mitgliedern (§ 3 Abs. 1 Nr. " + tabellenzeile(wahlberechtigte) + " WMVO"
                    + (ala ? " i. V. m. § 60 Abs. 2 Nr. 5 SGB IX" : "") + ").");
        }

        int frauenbeauftragte;
        int stellvertreterinnen;
        if (ala && wahlberechtigteFrauen < 5) {
            frauenbeauftragte = 0;
            stellvertreterinnen = 0;
            zeilen.add("Bei " + wahlberechtigteFrauen + " wahlberechtigten Frauen wird keine Frauenbeauftragte "
                    + "gewählt: erst ab fünf wahlberechtigten Frauen (§ 60 Abs. 2 Nr. 6 SGB IX).");
        } else {
            frauenbeauftragte = 1;
            if (ala && wahlberechtigteFrauen < 20) {
                stellvertreterinnen = 0;
                zeilen.add("Bei " + wahlberechtigteFrauen + " wahlberechtigten Frauen wird eine Frauenbeauftragte "
                        + "ohne Stellvertreterin gewählt: eine Stellvertreterin erst ab 20 wahlberechtigten Frauen "
                        + "(§ 60 Abs. 2 Nr. 6 SGB IX).");
            } else if (wahlberechtigteFrauen > 1000) {
                stellvertreterinnen = 3;
                zeilen.add("Bei " + wahlberechtigteFrauen + " wahlberechtigten Frauen werden eine Frauenbeauftragte "
                        + "und bis zu drei Stellvertreterinnen gewählt: mehr als 1.000 wahlberechtigte Frauen "
                        + "(§ 222 Abs. 5 Satz 2 SGB IX" + (ala ? " i. V. m. § 60 Abs. 2 SGB IX" : "") + ").");
            } else if (wahlberechtigteFrauen > 700) {
                stellvertreterinnen = 2;
                zeilen.add("Bei " + wahlberechtigteFrauen + " wahlberechtigten Frauen werden eine Frauenbeauftragte "
                        + "und zwei Stellvertreterinnen gewählt: mehr als 700 wahlberechtigte Frauen "
                        + "(§ 222 Abs. 5 Satz 2 SGB IX" + (ala ? " i. V. m. § 60 Abs. 2 SGB IX" : "") + ").");
            } else {
                stellvertreterinnen = 1;
                zeilen.add(ala
                        ? "Bei " + wahlberechtigteFrauen + " wahlberechtigten Frauen werden eine Frauenbeauftragte "
                                + "und eine Stellvertreterin gewählt: ab 20 wahlberechtigten Frauen "
                                + "(§ 60 Abs. 2 Nr. 6 SGB IX)."
                        : "In jeder Werkstatt werden eine Frauenbeauftragte und eine Stellvertreterin gewählt "
                                + "(§ 222 Abs. 5 Satz 1 SGB IX).");
            }
        }

        String bezug = ala ? " i. V. m. § 60 Abs. 2 SGB IX" : "";
        boolean vorsitz = mitglieder > 0 && wahlberechtigte >= 200;
        boolean stellvertretung = mitglieder > 0 && wahlberechtigte > 700;
        zeilen.add(vorsitz
                ? "Der oder die Vorsitzende des Werkstattrats ist auf Verlangen von der Tätigkeit freizustellen: ab "
                        + "200 Wahlberechtigten (§ 37 Abs. 3 WMVO" + bezug + ")."
                : "Keine Freistellung des oder der Vorsitzenden: erst ab 200 Wahlberechtigten (§ 37 Abs. 3 WMVO"
                        + bezug + ").");
        zeilen.add(stellvertretung
                ? "Auch die Stellvertretung des Vorsitzes ist auf Verlangen freizustellen: mehr als 700 "
                        + "Wahlberechtigte (§ 37 Abs. 3 WMVO" + bezug + ")."
                : "Keine Freistellung der Stellvertretung des Vorsitzes: erst bei mehr als 700 Wahlberechtigten "
                        + "(§ 37 Abs. 3 WMVO" + bezug + ").");
        boolean frau = frauenbeauftragte > 0 && wahlberechtigteFrauen > 200;
        boolean ersteStellvertreterin = stellvertreterinnen > 0 && wahlberechtigteFrauen > 700;
        zeilen.add(frau
                ? "Die Frauenbeauftragte ist auf Verlangen von der Tätigkeit freizustellen: mehr als 200 "
                        + "wahlberechtigte Frauen (§ 39a Abs. 5 WMVO" + bezug + ")."
                : "Keine Freistellung der Frauenbeauftragten: erst bei mehr als 200 wahlberechtigten Frauen "
                        + "(§ 39a Abs. 5 WMVO" + bezug + ").");
        zeilen.add(ersteStellvertreterin
                ? "Auch die erste Stellvertreterin ist auf Verlangen freizustellen: mehr als 700 wahlberechtigte "
                        + "Frauen (§ 39a Abs. 5 WMVO" + bezug + ")."
                : "Keine Freistellung der ersten Stellvertreterin: erst bei mehr als 700 wahlberechtigten Frauen "
                        + "(§ 39a Abs. 5 WMVO" + bezug + ").");
        if (mitglieder > 0 || frauenbeauftragte > 0) {
            zeilen.add("Schulung: " + SCHULUNGSTAGE + " Tage je Amtszeit, " + SCHULUNGSTAGE_ERSTMALIG
                    + " Tage bei erstmaliger Amtsübernahme (§ 37 Abs. 4 WMVO, für Frauenbeauftragte mit § 39a "
                    + "Abs. 5 WMVO).");
        }
        boolean gremium = mitglieder > 0 || frauenbeauftragte > 0;
        return new Ergebnis(art, wahlberechtigte, wahlberechtigteFrauen, mitglieder, frauenbeauftragte,
                stellvertreterinnen, vorsitz, stellvertretung, frau, ersteStellvertreterin,
                gremium ? SCHULUNGSTAGE : 0, gremium ? SCHULUNGSTAGE_ERSTMALIG : 0, zeilen);
    }

    /** § 3 Abs. 1 WMVO: the seat table. */
    private static int mitgliederNachTabelle(int wahlberechtigte) {
        return switch (tabellenzeile(wahlberechtigte)) {
            case 1 -> 3;
            case 2 -> 5;
            case 3 -> 7;
            case 4 -> 9;
            case 5 -> 11;
            default -> 13;
        };
    }

    /** Number of the line of § 3 Abs. 1 WMVO ("bis zu 200", "201 bis 400", ... "mehr als 1 500"). */
    private static int tabellenzeile(int wahlberechtigte) {
        if (wahlberechtigte <= 200) {
            return 1;
        }
        if (wahlberechtigte <= 400) {
            return 2;
        }
        if (wahlberechtigte <= 700) {
            return 3;
        }
        if (wahlberechtigte <= 1000) {
            return 4;
        }
        if (wahlberechtigte <= 1500) {
            return 5;
        }
        return 6;
    }
}
