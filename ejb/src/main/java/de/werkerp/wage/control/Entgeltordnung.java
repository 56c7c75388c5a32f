package de.werkerp.wage.control;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.werkerp.reference.control.Validity;
import de.werkerp.reference.control.ValidityTable;

/**
 * The Einrichtung's pay scheme for the Steigerungsbetrag (§ 221 Abs. 2 SGB IX: "leistungsangemessen", by
 * Arbeitsmenge and Arbeitsgüte in particular), co-determined by the Werkstattrat (§ 5 Abs. 2 Nr. 3 WMVO). The law
 * sets no key; the common forms (rules.md § 1) are:
 * <ul>
 * <li>(a) {@link Punktwertordnung}: points × point value, the point value fixed or budget ÷ sum of points;</li>
 * <li>(b) {@link Lohnstufenordnung}: fixed levels with amounts;</li>
 * <li>(c) {@link Kriterienordnung}: weighted criteria giving points, then (a).</li>
 * </ul>
 * The result is the Steigerungsbetrag for <em>full time and a whole month</em>; part time, partial months and
 * absence are applied afterwards by {@link Entgeltberechnung}. The Einrichtung's scheme is versioned
 * ({@link Fassung}); a version applies to whole months.
 */
public sealed interface Entgeltordnung permits Punktwertordnung, Lohnstufenordnung, Kriterienordnung {

    /** German errors of one person's assessment under this scheme; empty if it can be used. */
    List<String> pruefe(Bewertung bewertung);

    /**
     * The Steigerungsbeträge (full time, whole month) of all persons of the Einrichtung in the month, one
     * {@link Komponente#STEIGERUNGSBETRAG} line per person, in the order of the map. All persons are needed at
     * once because a budget is shared among them.
     *
     * @throws IllegalArgumentException if an assessment does not fit ({@link #pruefe})
     */
    <K> Map<K, Rechenzeile> steigerungsbetraege(Map<K, Bewertung> bewertungen);

    /** Refuses the first assessment that does not fit. */
    default void pruefeAlle(Map<?, Bewertung> bewertungen) {
        for (Map.Entry<?, Bewertung> e : bewertungen.entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException("Für " + e.getKey() + " liegt keine gültige Leistungsbeurteilung "
                        + "vor: ohne sie lässt sich kein Steigerungsbetrag berechnen.");
            }
            List<String> fehler = pruefe(e.getValue());
            if (!fehler.isEmpty()) {
                throw new IllegalArgumentException(fehler.get(0));
            }
        }
    }

    /**
     * One version of an Einrichtung's Entgeltordnung. It applies to whole months: it starts on the 1st and ends on
     * the last day of a month (or is open).
     */
    record Fassung(Validity gueltigkeit, String bezeichnung, Entgeltordnung ordnung) {

        public Fassung {
            Objects.requireNonNull(gueltigkeit, "gueltigkeit");
            Objects.requireNonNull(ordnung, "ordnung");
            if (bezeichnung == null || bezeichnung.isBlank()) {
                throw new IllegalArgumentException("Bitte die Entgeltordnung benennen.");
            }
            if (gueltigkeit.from().getDayOfMonth() != 1) {
                throw new IllegalArgumentException("Eine Entgeltordnung gilt für ganze Monate: „" + bezeichnung
                        + "“ muss an einem Monatsersten beginnen, nicht am " + Format.datum(gueltigkeit.from()) + ".");
            }
            if (gueltigkeit.to() != null && !gueltigkeit.to().equals(YearMonth.from(gueltigkeit.to()).atEndOfMonth())) {
                throw new IllegalArgumentException("Eine Entgeltordnung gilt für ganze Monate: „" + bezeichnung
                        + "“ muss an einem Monatsletzten enden, nicht am " + Format.datum(gueltigkeit.to()) + ".");
            }
        }
    }

    /**
     * The version valid in the month.
     *
     * @throws ValidityTable.MissingReferenceValue if none is
     */
    static Fassung gueltigIm(Collection<Fassung> fassungen, YearMonth monat) {
        return new ValidityTable<>(List.copyOf(fassungen), Fassung::gueltigkeit)
                .require(Grundbetragsregel.stichtag(monat), "die Entgeltordnung");
    }
}
