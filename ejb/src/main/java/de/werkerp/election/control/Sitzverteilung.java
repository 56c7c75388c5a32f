package de.werkerp.election.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Result of a majority election (rules.md § 5; §§ 21, 23 WMVO): every voter has as many votes as there are seats and
 * at most one per candidate; the candidates with the most votes are elected; on equal votes the lot decides. The same
 * rule elects the Frauenbeauftragte and her deputies (§ 222 Abs. 5 SGB IX, §§ 39a–39c WMVO): seats = 1 + deputies, the
 * first place is the Frauenbeauftragte, the next places the deputies in order.
 * <ul>
 * <li>Plausibility: invalid ballots ≤ ballots cast; votes of a candidate ≤ valid ballots (one vote per candidate and
 * ballot); all votes ≤ valid ballots × seats (as many votes as seats). Otherwise a {@link Wahlfehler}.</li>
 * <li>Ties: every group of candidates with equal votes (more than 0) is ordered by lot — the order matters for the
 * seats at the boundary and for the order of the substitutes. Each draw is returned as {@link Losentscheid} to be
 * recorded. The draw is injected ({@link Los}): {@link Los#zufaellig()} uses {@link SecureRandom},
 * {@link Los#festgelegt(List)} records a manual draw done by the Wahlvorstand.</li>
 * <li>Candidates without a vote are neither elected nor substitutes.</li>
 * <li>Declining (§ 24 WMVO: the person elected may decline within three working days after being notified; silence
 * counts as acceptance): {@link #besetzung(Ergebnis, Set)} gives the members and substitutes when the declining
 * candidates are removed — the next candidate moves up.</li>
 * <li>Gender share (§ 3 Abs. 2 WMVO: "sollen … vertreten sein"): a target shown, never enforced
 * ({@link #zielFrauen}).</li>
 * </ul>
 */
public final class Sitzverteilung {

    /** A candidate with the votes counted. */
    public record Kandidat(long id, String name, boolean frau, int stimmen) {
        public Kandidat {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A draw among candidates with equal votes: the order that came out, who drew. */
    public record Losentscheid(int stimmen, List<String> gleichauf, List<String> reihenfolge) {
        public String text() {
            return "Losentscheid bei je " + stimmen + " Stimmen zwischen " + String.join(", ", gleichauf)
                    + ": Reihenfolge " + String.join(", ", reihenfolge) + " (§ 23 WMVO).";
        }
    }

    /** The ranking: candidates with votes in final order (after draws), the number of seats and the draws. */
    public record Ergebnis(List<Kandidat> reihenfolge, int sitze, int stimmzettel, int ungueltig,
            List<Losentscheid> lose) {
        public int gueltig() {
            return stimmzettel - ungueltig;
        }
    }

    /** Members (elected, in order) and substitutes (in order) after declining candidates were removed. */
    public record Besetzung(List<Kandidat> gewaehlt, List<Kandidat> ersatz) {
    }

    /** Orders candidates with equal votes. */
    @FunctionalInterface
    public interface Los {
        /** @return the same candidates in the drawn order */
        List<Kandidat> ziehe(List<Kandidat> gleichauf);

        /** A random draw with {@link SecureRandom}. */
        static Los zufaellig() {
            return zufaellig(new SecureRandom());
        }

        /** A random draw with the given source (tests pass a seeded {@link Random}). */
        static Los zufaellig(Random zufall) {
            return gleichauf -> {
                List<Kandidat> l = new ArrayList<>(gleichauf);
                Collections.shuffle(l, zufall);
                return l;
            };
        }

        /** A manual draw: the candidates' ids in the drawn order (may contain ids of other groups). */
        static Los festgelegt(List<Long> gezogeneReihenfolge) {
            return gleichauf -> {
                List<Kandidat> l = new ArrayList<>(gleichauf);
                for (Kandidat k : l) {
                    if (!gezogeneReihenfolge.contains(k.id())) {
                        throw new Wahlfehler("los", "Für den Losentscheid fehlt die gezogene Reihenfolge für "
                                + k.name() + " (§ 23 WMVO).");
                    }
                }
                l.sort(Comparator.comparingInt(k -> gezogeneReihenfolge.indexOf(k.id())));
                return l;
            };
        }
    }

    private Sitzverteilung() {
    }

    /**
     * @param kandidaten  admitted candidates with their votes
     * @param sitze       seats to fill (at least 1)
     * @param stimmzettel ballots cast
     * @param ungueltig   invalid ballots among them
     * @param los         the draw for ties
     */
    public static Ergebnis verteile(List<Kandidat> kandidaten, int sitze, int stimmzettel, int ungueltig, Los los) {
        Objects.requireNonNull(los, "los");
        if (sitze < 1) {
            throw new Wahlfehler("sitze", "Es ist kein Sitz zu vergeben.");
        }
        if (stimmzettel < 0 || ungueltig < 0) {
            throw new Wahlfehler("stimmzettel", "Die Zahl der Stimmzettel darf nicht negativ sein.");
        }
        if (ungueltig > stimmzettel) {
            throw new Wahlfehler("ungueltig", "Es können nicht mehr ungültige Stimmzettel (" + ungueltig
                    + ") als abgegebene (" + stimmzettel + ") sein.");
        }
        int gueltig = stimmzettel - ungueltig;
        long summe = 0;
        for (Kandidat k : kandidaten) {
            if (k.stimmen() < 0) {
                throw new Wahlfehler("stimmen", "Die Stimmen für " + k.name() + " dürfen nicht negativ sein.");
            }
            if (k.stimmen() > gueltig) {
                throw new Wahlfehler("stimmen", k.name() + " hat " + k.stimmen() + " Stimmen, es gibt aber nur "
                        + gueltig + " gültige Stimmzettel: jeder Stimmzettel hat höchstens eine Stimme je Bewerber "
                        + "(§ 21 WMVO).");
            }
            summe += k.stimmen();
        }
        if (summe > (long) gueltig * sitze) {
            throw new Wahlfehler("stimmen", "Es sind " + summe + " Stimmen erfasst, bei " + gueltig
                    + " gültigen Stimmzetteln mit je höchstens " + sitze + " Stimmen sind höchstens "
                    + (long) gueltig * sitze + " möglich (§ 21 WMVO: so viele Stimmen wie Sitze).");
        }
        List<Kandidat> mitStimmen = kandidaten.stream().filter(k -> k.stimmen() > 0)
                .sorted(Comparator.comparingInt(Kandidat::stimmen).reversed().thenComparing(Kandidat::name))
                .toList();
        List<Kandidat> reihenfolge = new ArrayList<>();
        List<Losentscheid> lose = new ArrayList<>();
        int i = 0;
        while (i < mitStimmen.size()) {
            int stimmen = mitStimmen.get(i).stimmen();
            int j = i;
            while (j < mitStimmen.size() && mitStimmen.get(j).stimmen() == stimmen) {
                j++;
            }
            List<Kandidat> gruppe = mitStimmen.subList(i, j);
            if (gruppe.size() == 1) {
                reihenfolge.add(gruppe.get(0));
            } else {
                List<Kandidat> gezogen = los.ziehe(List.copyOf(gruppe));
                if (gezogen.size() != gruppe.size() || !new HashSet<>(gezogen).equals(new HashSet<>(gruppe))) {
                    throw new IllegalStateException("Der Losentscheid muss genau die gleichauf liegenden Bewerber ordnen.");
                }
                reihenfolge.addAll(gezogen);
                lose.add(new Losentscheid(stimmen, namen(gruppe), namen(gezogen)));
            }
            i = j;
        }
        return new Ergebnis(List.copyOf(reihenfolge), sitze, stimmzettel, ungueltig, List.copyOf(lose));
    }

    /** Members and substitutes when the candidates in {@code abgelehnt} (ids) declined: the next moves up. */
    public static Besetzung besetzung(Ergebnis ergebnis, Set<Long> abgelehnt) {
        List<Kandidat> bleiben = ergebnis.reihenfolge().stream().filter(k -> !abgelehnt.contains(k.id())).toList();
        int n = Math.min(ergebnis.sitze(), bleiben.size());
        return new Besetzung(List.copyOf(bleiben.subList(0, n)), List.copyOf(bleiben.subList(n, bleiben.size())));
    }

    /**
     * Target number of women among {@code sitze} seats by their share among the voters (§ 3 Abs. 2 WMVO), rounded
     * half up; shown, not enforced.
     */
    public static int zielFrauen(int sitze, int wahlberechtigte, int frauen) {
        if (wahlberechtigte <= 0) {
            return 0;
        }
        return (int) Math.round((double) sitze * frauen / wahlberechtigte);
    }

    /**
     * Last day to decline (§ 24 WMVO): three working days after the notification (Monday to Friday, without the given
     * public holidays); whoever has not declined by then has accepted.
     */
    public static java.time.LocalDate annahmeBis(java.time.LocalDate benachrichtigt, Set<java.time.LocalDate> feiertage) {
        java.time.LocalDate t = benachrichtigt;
        int n = 0;
        while (n < 3) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != java.time.DayOfWeek.SATURDAY && t.getDayOfWeek() != java.time.DayOfWeek.SUNDAY
                    && !feiertage.contains(t)) {
                n++;
            }
        }
        return t;
    }

    private static List<String> namen(List<Kandidat> l) {
        return l.stream().map(Kandidat::name).collect(Collectors.toList());
    }
}
