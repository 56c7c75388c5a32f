package de.werkerp.participation.control;

import de.werkerp.contract.entity.Bereich;
import de.werkerp.participation.entity.Uebergangsart;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counting rules of the yearly figures per Einrichtung that the Leistungsträger ask for (issue 8; seed 000 Nr. 1 and
 * 4: transitions into jobs subject to social insurance are documented per calendar year; seed 002: transitions and
 * key figures).
 *
 * <ul>
 * <li>Headcount by area on the reference date 31 October of the year ({@link #stichtag}), the date of the
 * Bundesagentur's statistics as named in the issue: every person whose phase covers that day counts once in the area
 * of that phase (from and to inclusive; an open end runs on). A person with two phases on that day (not possible in
 * one contract) counts once per area.</li>
 * <li>Transitions (sozialversicherungspflichtig, Budget für Arbeit, Budget für Ausbildung, Inklusionsbetrieb) and
 * returns count in the year of their date ({@code von}).</li>
 * <li>Internships count in every year they overlap (an internship from December to January counts in both years),
 * once each.</li>
 * </ul>
 */
public final class Jahreskennzahlen {

    /** A phase of one person: area, from and to inclusive ({@code bis} may be null). */
    public record Phase(long person, Bereich bereich, LocalDate von, LocalDate bis) {
        public Phase {
            Objects.requireNonNull(bereich, "bereich");
            Objects.requireNonNull(von, "von");
        }
    }

    /** An internship, transition or return with its period ({@code bis} may be null). */
    public record Ereignis(Uebergangsart art, LocalDate von, LocalDate bis) {
        public Ereignis {
            Objects.requireNonNull(art, "art");
            Objects.requireNonNull(von, "von");
        }
    }

    private Jahreskennzahlen() {
    }

    /** 31 October of the year. */
    public static LocalDate stichtag(Year jahr) {
        return jahr.atMonth(10).atDay(31);
    }

    /** People per area on {@code stichtag}; every area is in the map (0 if none). */
    public static Map<Bereich, Integer> kopfzahlen(List<Phase> phasen, LocalDate stichtag) {
        Map<Bereich, Set<Long>> personen = new EnumMap<>(Bereich.class);
        for (Bereich b : Bereich.values()) {
            personen.put(b, new HashSet<>());
        }
        for (Phase p : phasen) {
            if (!p.von().isAfter(stichtag) && (p.bis() == null || !p.bis().isBefore(stichtag))) {
                personen.get(p.bereich()).add(p.person());
            }
        }
        Map<Bereich, Integer> zahlen = new EnumMap<>(Bereich.class);
        personen.forEach((b, s) -> zahlen.put(b, s.size()));
        return zahlen;
    }

    /** Number of internships, transitions and returns per kind in the year; every kind is in the map. */
    public static Map<Uebergangsart, Integer> ereignisse(List<Ereignis> ereignisse, Year jahr) {
        LocalDate anfang = jahr.atDay(1);
        LocalDate ende = jahr.atMonth(12).atEndOfMonth();
        Map<Uebergangsart, Integer> zahlen = new EnumMap<>(Uebergangsart.class);
        for (Uebergangsart a : Uebergangsart.values()) {
            zahlen.put(a, 0);
        }
        for (Ereignis e : ereignisse) {
            boolean zaehlt = e.art() == Uebergangsart.PRAKTIKUM
                    ? !e.von().isAfter(ende) && (e.bis() == null || !e.bis().isBefore(anfang))
                    : e.von().getYear() == jahr.getValue();
            if (zaehlt) {
                zahlen.merge(e.art(), 1, Integer::sum);
            }
        }
        return zahlen;
    }

    /** Sum of the transitions to the general labour market in the map (internships and returns excluded). */
    public static int uebergaengeGesamt(Map<Uebergangsart, Integer> zahlen) {
        return zahlen.entrySet().stream().filter(e -> e.getKey().isAllgemeinerArbeitsmarkt())
                .mapToInt(Map.Entry::getValue).sum();
    }
}
