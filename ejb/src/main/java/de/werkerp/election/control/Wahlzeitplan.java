package de.werkerp.election.control;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The timeline of one election and the checks of the chosen dates (rules.md § 5, WMVO), built on {@link Wahlfristen}
 * (which states the counting and the weekend rule, § 193 BGB).
 * <ul>
 * <li>Regular elections every four years between 1 October and 30 November (§ 12 Abs. 1 WMVO: 2021, 2025, 2029 …);
 * a regular election on another day is refused. An election out of cycle (§ 12 Abs. 2 WMVO) needs its reason.</li>
 * <li>Wahlvorstand appointed at the latest 10 weeks before the term ends (§ 13 WMVO); checked if a date is given and a
 * council's term ends (with no council in office, § 12 Abs. 2 Nr. 4, there is no term end to count from).</li>
 * <li>Election day (§ 14), Wahlausschreiben (§ 18): through {@link Wahlfristen}; its German messages name the rule.</li>
 * <li>Term (§ 29 WMVO): four years; it begins with the announcement of the result or, while a council is still in
 * office, when its term ends; a regular term ends at the latest on 30 November of the next regular election year. A
 * council elected out of cycle stays until the next regular elections; if its term began less than a year before
 * the next regular period (1 October), it stays until the one after (our reading of § 12 Abs. 3 WMVO, as
 * § 13 Abs. 3 BetrVG).</li>
 * </ul>
 */
public final class Wahlzeitplan {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** A regular election year (§ 12 Abs. 1 WMVO); the cycle is four years. */
    static final int REGELWAHLJAHR = 2025;

    /** One entry of the timeline. */
    public record Termin(LocalDate datum, String ereignis, String regel) {
        public String getDatumText() {
            return DATUM.format(datum);
        }

        public String getEreignis() {
            return ereignis;
        }

        public String getRegel() {
            return regel;
        }
    }

    /** Timeline and term of the new council. */
    public record Plan(Wahlfristen.Fristen fristen, List<Termin> termine, LocalDate amtszeitBeginn,
            LocalDate amtszeitEnde, int naechsteRegelwahl) {
    }

    private Wahlzeitplan() {
    }

    /** Whether {@code jahr} is a regular election year. */
    public static boolean regelwahljahr(int jahr) {
        return Math.floorMod(jahr - REGELWAHLJAHR, 4) == 0;
    }

    /** The first regular election year whose period (1.10.–30.11.) ends on or after {@code tag}. */
    public static int naechsteRegelwahl(LocalDate tag) {
        int jahr = tag.getYear();
        while (!regelwahljahr(jahr) || tag.isAfter(LocalDate.of(jahr, Month.NOVEMBER, 30))) {
            jahr++;
        }
        return jahr;
    }

    /**
     * @param regulaer            regular election (§ 12 Abs. 1) or out of cycle (§ 12 Abs. 2)
     * @param wahltag             election day
     * @param amtszeitEndeAlt     last day of the current council's term; {@code null} if no council is in office
     * @param wahlvorstandBestellt day the Wahlvorstand was appointed, or {@code null}
     * @param erlassAusschreiben  day the Wahlausschreiben is issued, or {@code null} (latest permissible)
     * @throws Wahlfehler with the field and a German message naming the rule broken
     */
    public static Plan plane(boolean regulaer, LocalDate wahltag, LocalDate amtszeitEndeAlt,
            LocalDate wahlvorstandBestellt, LocalDate erlassAusschreiben, Set<LocalDate> feiertage) {
        if (wahltag == null) {
            throw new Wahlfehler("wahltag", "Bitte geben Sie den Wahltag an.");
        }
        Wahlanlage.pruefeRegelzeitraum(regulaer, wahltag);
        // without a council in office the deadlines counted from the term's end do not apply; a far end date
        // keeps § 14 open and the other deadlines (§§ 17–20, 25, 27, 32) are counted from the election day
        LocalDate ende = amtszeitEndeAlt != null ? amtszeitEndeAlt : wahltag.plusYears(1);
        Wahlfristen.Fristen f;
        try {
            f = Wahlfristen.berechne(wahltag, ende, erlassAusschreiben, feiertage);
        } catch (IllegalArgumentException e) {
            throw new Wahlfehler(e.getMessage().contains("§ 18") ? "erlassWahlausschreiben" : "wahltag",
                    e.getMessage());
        }
        if (amtszeitEndeAlt != null && wahlvorstandBestellt != null
                && wahlvorstandBestellt.isAfter(f.wahlvorstandSpaetestens())) {
            throw new Wahlfehler("wahlvorstandBestellt", "Der Wahlvorstand wurde am "
                    + DATUM.format(wahlvorstandBestellt) + " zu spät bestellt: spätestens zehn Wochen vor Ende der "
                    + "Amtszeit, also bis " + DATUM.format(f.wahlvorstandSpaetestens()) + " (§ 13 WMVO).");
        }
        if (erlassAusschreiben != null && wahlvorstandBestellt != null && erlassAusschreiben.isBefore(wahlvorstandBestellt)) {
            throw new Wahlfehler("erlassWahlausschreiben", "Das Wahlausschreiben kann nicht vor der Bestellung des "
                    + "Wahlvorstands erlassen werden (§ 18 WMVO: der Wahlvorstand erlässt es).");
        }
        List<Termin> t = new ArrayList<>();
        if (amtszeitEndeAlt != null) {
            t.add(new Termin(f.wahlvorstandSpaetestens(), "Wahlvorstand bestellt (spätestens)", "§ 13 WMVO"));
        }
        if (wahlvorstandBestellt != null) {
            t.add(new Termin(wahlvorstandBestellt, "Wahlvorstand bestellt", "§ 13 WMVO"));
        }
        LocalDate erlass = erlassAusschreiben != null ? erlassAusschreiben : f.wahlausschreibenSpaetestens();
        t.add(new Termin(erlass, erlassAusschreiben != null ? "Wahlausschreiben erlassen"
                : "Wahlausschreiben (spätestens)", "§ 18 WMVO"));
        t.add(new Termin(f.einspruchWahlvorschlagBis(), "Ende der Frist für Einsprüche gegen die Wählerliste und für "
                + "Wahlvorschläge", "§§ 17, 19 WMVO, § 193 BGB"));
        t.add(new Termin(f.bewerberBekanntmachungSpaetestens(), "Bekanntmachung der Bewerberinnen und Bewerber "
                + "(spätestens)", "§ 20 WMVO"));
        t.add(new Termin(wahltag, "Wahltag, Auszählung und Bekanntgabe des Ergebnisses", "§§ 21–23 WMVO"));
        if (amtszeitEndeAlt != null) {
            t.add(new Termin(f.wahltagSpaetestens(), "Spätester Wahltag", "§ 14 WMVO"));
        }
        t.add(new Termin(f.ersteSitzungSpaetestens(), "Konstituierende Sitzung (spätestens)", "§ 32 WMVO"));
        t.add(new Termin(f.aushangErgebnisBis(), "Aushang des Ergebnisses bis", "§ 25 WMVO"));
        t.add(new Termin(f.anfechtungBis(), "Ende der Anfechtungsfrist", "§ 27 WMVO, § 193 BGB"));
        if (amtszeitEndeAlt != null) {
            t.add(new Termin(amtszeitEndeAlt, "Ende der Amtszeit des bisherigen Werkstattrats", "§ 29 WMVO"));
        }
        t.sort((a, b) -> a.datum().compareTo(b.datum()));

        LocalDate beginn = amtszeitEndeAlt != null && amtszeitEndeAlt.isAfter(wahltag) ? amtszeitEndeAlt.plusDays(1)
                : wahltag;
        int regelJahr = naechsteRegelwahl(beginn.plusDays(1));
        if (regulaer) {
            regelJahr = naechsteRegelwahl(LocalDate.of(wahltag.getYear(), 12, 1));
        } else if (!beginn.isBefore(LocalDate.of(regelJahr, Month.OCTOBER, 1).minusYears(1))) {
            regelJahr += 4;
        }
        LocalDate endeNeu = LocalDate.of(regelJahr, Month.NOVEMBER, 30);
        if (regulaer && beginn.plusYears(4).minusDays(1).isBefore(endeNeu)) {
            endeNeu = beginn.plusYears(4).minusDays(1);
        }
        t.add(new Termin(beginn, "Beginn der Amtszeit des neuen Werkstattrats", "§ 29 WMVO"));
        t.add(new Termin(endeNeu, "Ende der Amtszeit (spätestens)", "§ 29 WMVO"));
        t.sort((a, b) -> a.datum().compareTo(b.datum()));
        return new Plan(f, List.copyOf(t), beginn, endeNeu, regelJahr);
    }
}
