package de.werkerp.contract.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Gaps and overlaps in the Bewilligungen (approvals) of a contract, and approvals about to run out.
 *
 * <p>Services in the Arbeitsbereich are provided on the basis of the Leistungsträger's approval in the
 * Gesamtplanverfahren (§§ 117–121 SGB IX), as a rule for two years (Bremen Verwaltungsanweisung aLA Nr. 5;
 * rules.md § 7; seed 001: Teilhabebericht usually every two years). A day of the contract without approval is
 * a day nobody has agreed to pay for; two approvals for the same area on the same day are contradictory.
 *
 * <ul>
 * <li>{@link #pruefe(Zeitraum)}: the days of a period (a contract period, a billing month) that no approval
 * covers, as ranges, and the overlaps within that period. Any approval covers a day, whatever its area: filter
 * the list first to check one area. An overlap of two approvals for the same area is an error, one of
 * different areas (e.g. Berufsbildungsbereich and Arbeitsbereich on the day of the change) a note.</li>
 * <li>{@link #laeuftAusInnerhalb(LocalDate, int)}: approvals whose last day lies from today up to and including
 * today + N days; the warning window is {@value #WARNFRIST_TAGE} days by default. An approval without end never
 * runs out; one that ended before today is a gap, not a warning.</li>
 * </ul>
 * All periods include their first and last day; an approval without end ({@code bis == null}) is open.
 */
public record Bewilligungsluecken(List<Bewilligung> bewilligungen) {

    /** Default warning window before an approval ends, in days. */
    public static final int WARNFRIST_TAGE = 90;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * One approval.
     *
     * @param bezeichnung for messages, e.g. the Aktenzeichen
     * @param bereich     the area it is for (e.g. "Arbeitsbereich"); {@code null} counts as one common area
     * @param von         first day, required
     * @param bis         last day, or {@code null} if open
     */
    public record Bewilligung(String bezeichnung, String bereich, LocalDate von, LocalDate bis) {

        public Bewilligung {
            Objects.requireNonNull(von, "von");
            if (bis != null && bis.isBefore(von)) {
                throw new IllegalArgumentException("Die Bewilligung " + (bezeichnung == null ? "" : bezeichnung + " ")
                        + "endet am " + bis.format(DATUM) + ", vor ihrem Beginn am " + von.format(DATUM) + ".");
            }
        }

        boolean umfasst(LocalDate tag) {
            return !tag.isBefore(von) && (bis == null || !tag.isAfter(bis));
        }

        String name() {
            return bezeichnung == null || bezeichnung.isBlank() ? "vom " + von.format(DATUM) : bezeichnung;
        }
    }

    /** A period of days, first and last day included. */
    public record Zeitraum(LocalDate von, LocalDate bis) {

        public Zeitraum {
            Objects.requireNonNull(von, "von");
            Objects.requireNonNull(bis, "bis");
            if (bis.isBefore(von)) {
                throw new IllegalArgumentException("Der Zeitraum endet am " + bis.format(DATUM) + ", vor seinem Beginn "
                        + "am " + von.format(DATUM) + ".");
            }
        }

        /** Number of days, both ends included. */
        public long tage() {
            return ChronoUnit.DAYS.between(von, bis) + 1;
        }

        @Override
        public String toString() {
            return von.format(DATUM) + "–" + bis.format(DATUM);
        }
    }

    /** Two approvals covering the same days. */
    public record Ueberschneidung(Bewilligung erste, Bewilligung zweite, Zeitraum zeitraum) {

        public boolean gleicherBereich() {
            return Objects.equals(erste.bereich(), zweite.bereich());
        }
    }

    /** Gaps and overlaps within the period checked, with German messages: errors and notes. */
    public record Ergebnis(List<Zeitraum> luecken, List<Ueberschneidung> ueberschneidungen, List<String> fehler,
            List<String> hinweise) {

        public Ergebnis {
            luecken = List.copyOf(luecken);
            ueberschneidungen = List.copyOf(ueberschneidungen);
            fehler = List.copyOf(fehler);
            hinweise = List.copyOf(hinweise);
        }

        /** Every day covered and no overlap within the same area. */
        public boolean lueckenlos() {
            return luecken.isEmpty() && fehler.isEmpty();
        }
    }

    public Bewilligungsluecken {
        bewilligungen = List.copyOf(Objects.requireNonNull(bewilligungen, "bewilligungen"));
    }

    /** Gaps and overlaps within {@code pruefzeitraum}. */
    public Ergebnis pruefe(Zeitraum pruefzeitraum) {
        Objects.requireNonNull(pruefzeitraum, "pruefzeitraum");
        List<Bewilligung> sortiert = bewilligungen.stream()
                .filter(b -> beruehrt(b, pruefzeitraum))
                .sorted(Comparator.comparing(Bewilligung::von))
                .toList();

        List<Zeitraum> luecken = new ArrayList<>();
        LocalDate offenAb = pruefzeitraum.von(); // first day not yet known to be covered
        boolean bisEndeGedeckt = false;
        for (Bewilligung b : sortiert) {
            if (b.von().isAfter(offenAb)) {
                luecken.add(new Zeitraum(offenAb, b.von().minusDays(1)));
            }
            if (b.bis() == null || !b.bis().isBefore(pruefzeitraum.bis())) {
                bisEndeGedeckt = true;
                break;
            }
            if (!b.bis().isBefore(offenAb)) {
                offenAb = b.bis().plusDays(1);
            }
        }
        if (!bisEndeGedeckt) {
            luecken.add(new Zeitraum(offenAb, pruefzeitraum.bis()));
        }

        List<Ueberschneidung> ueberschneidungen = new ArrayList<>();
        for (int i = 0; i < sortiert.size(); i++) {
            for (int j = i + 1; j < sortiert.size(); j++) {
                Bewilligung a = sortiert.get(i);
                Bewilligung b = sortiert.get(j);
                LocalDate von = max(a.von(), b.von(), pruefzeitraum.von());
                LocalDate bis = min(a.bis(), b.bis(), pruefzeitraum.bis());
                if (!von.isAfter(bis)) {
                    ueberschneidungen.add(new Ueberschneidung(a, b, new Zeitraum(von, bis)));
                }
            }
        }

        List<String> fehler = new ArrayList<>();
        List<String> hinweise = new ArrayList<>();
        for (Zeitraum l : luecken) {
            fehler.add("Für " + (l.tage() == 1 ? "den " + l.von().format(DATUM) : "die Zeit " + l + " ("
                    + l.tage() + " Tage)") + " liegt keine Bewilligung vor.");
        }
        for (Ueberschneidung u : ueberschneidungen) {
            String bereiche = u.gleicherBereich()
                    ? (u.erste().bereich() == null ? "" : " (" + u.erste().bereich() + ")")
                    : " (" + bereich(u.erste()) + " und " + bereich(u.zweite()) + ")";
            String text = "Die Bewilligungen " + u.erste().name() + " und " + u.zweite().name() + bereiche
                    + " überschneiden sich " + (u.zeitraum().tage() == 1 ? "am " + u.zeitraum().von().format(DATUM)
                            : "vom " + u.zeitraum().von().format(DATUM) + " bis " + u.zeitraum().bis().format(DATUM));
            if (u.gleicherBereich()) {
                fehler.add(text + ": für denselben Bereich darf nur eine Bewilligung gelten, bitte eine anpassen.");
            } else {
                hinweise.add(text + ": bitte prüfen, ob das gewollt ist.");
            }
        }
        return new Ergebnis(luecken, ueberschneidungen, fehler, hinweise);
    }

    /** Approvals ending within the default warning window of {@value #WARNFRIST_TAGE} days from {@code heute}. */
    public List<Bewilligung> laeuftAusInnerhalb(LocalDate heute) {
        return laeuftAusInnerhalb(heute, WARNFRIST_TAGE);
    }

    /**
     * Approvals whose last day lies between {@code heute} and {@code heute + tage}, both included, sorted by their
     * end. Whether a follow-up approval exists is not considered: see {@link #ohneAnschlussInnerhalb}.
     */
    public List<Bewilligung> laeuftAusInnerhalb(LocalDate heute, int tage) {
        Objects.requireNonNull(heute, "heute");
        if (tage < 0) {
            throw new IllegalArgumentException("Die Warnfrist darf nicht negativ sein: " + tage + " Tage.");
        }
        LocalDate grenze = heute.plusDays(tage);
        return bewilligungen.stream()
                .filter(b -> b.bis() != null && !b.bis().isBefore(heute) && !b.bis().isAfter(grenze))
                .sorted(Comparator.comparing(Bewilligung::bis).thenComparing(Bewilligung::von))
                .toList();
    }

    /**
     * Like {@link #laeuftAusInnerhalb(LocalDate, int)}, but without the approvals whose next day is already covered
     * by another approval for the same area: those need no renewal.
     */
    public List<Bewilligung> ohneAnschlussInnerhalb(LocalDate heute, int tage) {
        return laeuftAusInnerhalb(heute, tage).stream()
                .filter(b -> bewilligungen.stream().noneMatch(andere -> andere != b
                        && Objects.equals(andere.bereich(), b.bereich()) && andere.umfasst(b.bis().plusDays(1))))
                .toList();
    }

    private static String bereich(Bewilligung b) {
        return b.bereich() == null ? "ohne Bereich" : b.bereich();
    }

    private static boolean beruehrt(Bewilligung b, Zeitraum z) {
        return !b.von().isAfter(z.bis()) && (b.bis() == null || !b.bis().isBefore(z.von()));
    }

    private static LocalDate max(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate m = a.isAfter(b) ? a : b;
        return m.isAfter(c) ? m : c;
    }

    /** The earliest of the dates; {@code null} means open and is ignored (c is never null). */
    private static LocalDate min(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate m = c;
        if (a != null && a.isBefore(m)) {
            m = a;
        }
        if (b != null && b.isBefore(m)) {
            m = b;
        }
        return m;
    }
}
