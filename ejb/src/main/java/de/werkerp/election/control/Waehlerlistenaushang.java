package de.werkerp.election.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When the voter list of an election is posted (ausgelegt), and so when the Werkstattrat may read its names.
 *
 * <p>§ 15 WMVO: the Wahlvorstand draws up the list (family name and first name, birth date only where needed to tell
 * people apart). § 16 WMVO (Bekanntmachung der Liste der Wahlberechtigten): the list is posted for inspection from the
 * start of the election, the Wahlausschreiben (§ 18), until voting ends — the period issue 16 sets and the one of the
 * parallel rule § 2 Abs. 4 WO BetrVG; the wording of § 16 was not at hand, see docs/rollen.md. § 17: objections run two
 * weeks from the Wahlausschreiben. Every worker, the council members too, may then read the names at the notice board; outside
 * that window the council has no task that needs them, so it gets the counts only (least privilege, Art. 5 Abs. 1
 * lit. c GDPR).
 *
 * <p>The window runs from the day of the Wahlausschreiben as it stands in the timeline ({@link Wahlzeitplan}: the day
 * it was issued, or while none is recorded the latest permissible day of § 18 Abs. 1) to election day inclusive
 * (voting ends that day; a postal vote arrives before the count). A cancelled election has no posted list.
 */
public final class Waehlerlistenaushang {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Waehlerlistenaushang() {
    }

    /** The posting period: from the Wahlausschreiben to election day, both inclusive. */
    public record Zeitraum(LocalDate von, LocalDate bis) {
        public Zeitraum {
            Objects.requireNonNull(von, "von");
            Objects.requireNonNull(bis, "bis");
            if (bis.isBefore(von)) {
                throw new IllegalArgumentException("Der Wahltag " + DATUM.format(bis) + " liegt vor dem "
                        + "Wahlausschreiben vom " + DATUM.format(von) + ".");
            }
        }

        /** Whether the list hangs on {@code tag}. */
        public boolean umfasst(LocalDate tag) {
            return !tag.isBefore(von) && !tag.isAfter(bis);
        }

        public String text() {
            return DATUM.format(von) + " bis " + DATUM.format(bis);
        }
    }

    /**
     * The period of an election.
     *
     * @param wahlausschreiben the day of the Wahlausschreiben in the timeline (issued, or latest permissible)
     * @param wahltag          election day
     */
    public static Zeitraum zeitraum(LocalDate wahlausschreiben, LocalDate wahltag) {
        return new Zeitraum(wahlausschreiben, wahltag);
    }

    /** Whether the list is posted on {@code heute}; never for a cancelled election. */
    public static boolean ausgehaengt(LocalDate wahlausschreiben, LocalDate wahltag, boolean abgesagt, LocalDate heute) {
        Objects.requireNonNull(heute, "heute");
        return !abgesagt && zeitraum(wahlausschreiben, wahltag).umfasst(heute);
    }

    /** The German refusal for the council outside the window. */
    public static String nichtAusgehaengt(LocalDate wahlausschreiben, LocalDate wahltag, boolean abgesagt) {
        if (abgesagt) {
            return "Die Wahl ist abgesagt: die Wählerliste hängt nicht aus. Der Werkstattrat sieht nur die Zahl der "
                    + "Wahlberechtigten.";
        }
        return "Die Wählerliste hängt vom " + zeitraum(wahlausschreiben, wahltag).text() + " aus (Wahlausschreiben bis "
                + "Wahltag, §§ 16, 18 WMVO); nur in dieser Zeit sieht der Werkstattrat die Namen, sonst die Zahl der "
                + "Wahlberechtigten.";
    }
}
