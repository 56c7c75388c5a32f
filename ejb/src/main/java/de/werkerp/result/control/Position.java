package de.werkerp.result.control;

import java.util.Arrays;
import java.util.List;

/**
 * The positions of the Arbeitsergebnisrechnung of the Arbeitsbereich (§ 12 Abs. 4, 5 WVO), after the scheme of the
 * handbook (seed 003, Tab. 4) with the Zins- und sonstigen Erträge of § 12 Abs. 4 Satz 2 WVO as a position of its own:
 * I. Erträge, II. notwendige Kosten des laufenden Betriebs, III. Arbeitsergebnis = I − II (computed, no position),
 * IV. Verwendung.
 *
 * <p>Not costs (§ 12 Abs. 4 Satz 3 WVO, last half-sentence): the Arbeitsentgelte (§ 221 Abs. 2 SGB IX) and the
 * Arbeitsförderungsgeld (§ 59 SGB IX). The Arbeitsentgelte appear only as Verwendung ({@link #IV_1}); the AFöG, which
 * the Rehabilitationsträger refund, appears nowhere. The codes are stored with bookings and adjustments
 * ({@code ErgebnisdatenService.POSITIONEN}): do not change them.
 */
public enum Position {

    I_1("I.1", "Umsatzerlöse des Arbeitsbereichs", Gruppe.ERTRAG),
    I_2("I.2", "Zins- und sonstige Erträge aus der wirtschaftlichen Tätigkeit", Gruppe.ERTRAG),
    I_3("I.3", "Kostensätze/Vergütungen der Rehabilitationsträger (Arbeitsbereich)", Gruppe.ERTRAG),
    II_1("II.1", "Personalaufwand zur Erfüllung der fachlichen und werkstattspezifischen Anforderungen", Gruppe.KOSTEN),
    II_2("II.2", "Personalaufwand zur Erfüllung der unternehmensüblichen wirtschaftlichen Betätigung", Gruppe.KOSTEN),
    II_3("II.3", "Sachkosten zur Erfüllung der fachlichen und werkstattspezifischen Anforderungen", Gruppe.KOSTEN),
    II_4("II.4", "Sachkosten zur Erfüllung der unternehmensüblichen wirtschaftlichen Betätigung", Gruppe.KOSTEN),
    IV_1("IV.1", "Arbeitsentgelte (Grund- und Steigerungsbeträge, § 221 Abs. 2 SGB IX)", Gruppe.VERWENDUNG),
    IV_2("IV.2", "Zuführung (+) / Entnahme (−) Ertragsschwankungsrücklage", Gruppe.VERWENDUNG),
    IV_3("IV.3", "Ersatz- und Modernisierungsinvestitionen", Gruppe.VERWENDUNG);

    /** The sections of the statement; III (the Arbeitsergebnis) is computed and has no positions. */
    public enum Gruppe {
        ERTRAG("I. Erträge"),
        KOSTEN("II. Notwendige Kosten des laufenden Betriebs"),
        VERWENDUNG("IV. Verwendung des Arbeitsergebnisses (§ 12 Abs. 5 WVO)");

        private final String label;

        Gruppe(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    private final String code;
    private final String label;
    private final Gruppe gruppe;

    Position(String code, String label, Gruppe gruppe) {
        this.code = code;
        this.label = label;
        this.gruppe = gruppe;
    }

    /** "I.1" … "IV.3". */
    public String code() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public Gruppe gruppe() {
        return gruppe;
    }

    public Gruppe getGruppe() {
        return gruppe;
    }

    /** The positions of one section, in the order of the statement. */
    public static List<Position> von(Gruppe gruppe) {
        return Arrays.stream(values()).filter(p -> p.gruppe == gruppe).toList();
    }

    /** The position with the code ("II.3"). */
    public static Position vonCode(String code) {
        for (Position p : values()) {
            if (p.code.equals(code == null ? null : code.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("„" + code + "“ ist keine Position der Arbeitsergebnisrechnung (I.1 bis "
                + "I.3, II.1 bis II.4, IV.1 bis IV.3).");
    }
}
