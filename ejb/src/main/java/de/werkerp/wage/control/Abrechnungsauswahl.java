package de.werkerp.wage.control;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the table of statements on the run page shows of a run: the column filters and the sort order, turned into
 * JPQL conditions over {@code Abrechnung a} so that a run of 15,000 people is filtered, sorted, counted and paged in
 * the database (the page holds 50 rows, not 15,000). The comparison with the previous month (new, changed,
 * unchanged payout) is a condition on the statement of the same person in the previous month's run(s), parameter
 * {@code :vorlaeufe}.
 *
 * @param name contains (case-insensitive), blank: any; likewise {@code personalnummer}, {@code bereich},
 *        {@code gruppe} and {@code hinweis} (the notes, and "Anwesenheit fehlt")
 * @param veraenderung the payout compared with the previous month, null: any
 * @param sortierung the sort column, null: name
 */
public record Abrechnungsauswahl(String name, String personalnummer, String bereich, String gruppe, String hinweis,
        Veraenderung veraenderung, Spalte sortierung, boolean absteigend) implements Serializable {

    /** The text the run page shows for a statement whose attendance is missing (also matched by the filter). */
    public static final String ANWESENHEIT_FEHLT = "Anwesenheit fehlt";

    /** The payout compared with the previous month's. */
    public enum Veraenderung {
        /** No statement in the previous month. */
        NEU("neu"),
        /** A different payout. */
        GEAENDERT("geändert"),
        /** The same payout. */
        UNVERAENDERT("unverändert");

        private final String text;

        Veraenderung(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        /** "neu", "geändert" (or "geaendert"), "unverändert" (or "unveraendert"), any case; else empty. */
        public static Optional<Veraenderung> aus(String eingabe) {
            if (eingabe == null) {
                return Optional.empty();
            }
            String t = eingabe.strip().toLowerCase(Locale.GERMAN).replace("ae", "ä");
            for (Veraenderung v : values()) {
                if (v.text.equals(t)) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }
    }

    /** The sortable columns and their JPQL expression. */
    public enum Spalte {
        NAME("a.name"),
        PERSONALNUMMER("a.personalnummer"),
        BEREICH("a.bereich"),
        GRUPPE("a.gruppe"),
        GRUNDBETRAG("a.grundbetrag"),
        STEIGERUNGSBETRAG("a.steigerungsbetrag"),
        ARBEITSENTGELT("a.arbeitsentgelt"),
        ARBEITSFOERDERUNGSGELD("a.arbeitsfoerderungsgeld"),
        SONSTIGE_BEZUEGE("a.sonstigeBezuege"),
        ABZUEGE("a.abzuege"),
        AUSZAHLUNG("a.auszahlung"),
        /** Missing attendance first (its text leads), then the notes. */
        HINWEISE("a.anwesenheitFehlt");

        private final String ausdruck;

        Spalte(String ausdruck) {
            this.ausdruck = ausdruck;
        }
    }

    /** Everything, by name. */
    public static Abrechnungsauswahl alle() {
        return new Abrechnungsauswahl(null, null, null, null, null, null, Spalte.NAME, false);
    }

    /**
     * The conditions after {@code WHERE a.lauf.id = :lauf} (each starting with " AND"), with the parameters of
     * {@link #parameter(boolean)}.
     *
     * @param mitVormonat whether the run has a previous month's run (else every statement is new)
     */
    public String bedingungen(boolean mitVormonat) {
        StringBuilder b = new StringBuilder();
        if (gesetzt(name)) {
            b.append(" AND LOWER(a.name) LIKE :name");
        }
        if (gesetzt(personalnummer)) {
            b.append(" AND LOWER(a.personalnummer) LIKE :personalnummer");
        }
        if (gesetzt(bereich)) {
            b.append(" AND LOWER(a.bereich) LIKE :bereich");
        }
        if (gesetzt(gruppe)) {
            b.append(" AND LOWER(a.gruppe) LIKE :gruppe");
        }
        if (gesetzt(hinweis)) {
            b.append(fehltPasst() ? " AND (LOWER(a.hinweise) LIKE :hinweis OR a.anwesenheitFehlt = TRUE)"
                    : " AND LOWER(a.hinweise) LIKE :hinweis");
        }
        if (veraenderung != null) {
            String vormonat = "SELECT v.id FROM Abrechnung v WHERE v.lauf.id IN :vorlaeufe"
                    + " AND v.beschaeftigterId = a.beschaeftigterId";
            b.append(switch (veraenderung) {
                case NEU -> mitVormonat ? " AND NOT EXISTS (" + vormonat + ")" : "";
                case GEAENDERT -> mitVormonat ? " AND EXISTS (" + vormonat + " AND v.auszahlung <> a.auszahlung)"
                        : " AND 1 = 0";
                case UNVERAENDERT -> mitVormonat ? " AND EXISTS (" + vormonat + " AND v.auszahlung = a.auszahlung)"
                        : " AND 1 = 0";
            });
        }
        return b.toString();
    }

    /** The parameters of {@link #bedingungen(boolean)} except {@code :lauf} and {@code :vorlaeufe}. */
    public Map<String, Object> parameter() {
        Map<String, Object> p = new LinkedHashMap<>();
        putLike(p, "name", name);
        putLike(p, "personalnummer", personalnummer);
        putLike(p, "bereich", bereich);
        putLike(p, "gruppe", gruppe);
        putLike(p, "hinweis", hinweis);
        return p;
    }

    /** Whether {@link #bedingungen(boolean)} uses {@code :vorlaeufe}. */
    public boolean brauchtVorlaeufe(boolean mitVormonat) {
        return mitVormonat && veraenderung != null;
    }

    /** The ORDER BY expression; ties by name and id, so that pages do not overlap. */
    public String ordnung() {
        Spalte s = sortierung == null ? Spalte.NAME : sortierung;
        String richtung = absteigend ? " DESC" : "";
        String erst = s == Spalte.HINWEISE ? "a.anwesenheitFehlt" + (absteigend ? "" : " DESC") + ", a.hinweise"
                + richtung : s.ausdruck + richtung;
        return s == Spalte.NAME ? erst + ", a.id" + richtung : erst + ", a.name, a.id";
    }

    /** The filter text matches the shown "Anwesenheit fehlt". */
    private boolean fehltPasst() {
        return ANWESENHEIT_FEHLT.toLowerCase(Locale.ROOT).contains(hinweis.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean gesetzt(String s) {
        return s != null && !s.isBlank();
    }

    private static void putLike(Map<String, Object> p, String key, String text) {
        if (gesetzt(text)) {
            p.put(key, like(text));
        }
    }

    /** A LIKE pattern "contains", case-insensitive, with the wildcards of the text escaped. */
    static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
