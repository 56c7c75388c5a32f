package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Entgeltordnung form (b): fixed levels (Lohnstufen), each with a monthly Steigerungsbetrag (rules.md § 1). The
 * assessment names the level; the amount is the table's, for full time and a whole month. No rounding: the amounts
 * are cents.
 */
public record Lohnstufenordnung(Map<String, BigDecimal> stufen) implements Entgeltordnung {

    public Lohnstufenordnung {
        Objects.requireNonNull(stufen, "stufen");
        if (stufen.isEmpty()) {
            throw new IllegalArgumentException("Eine Entgeltordnung mit Lohnstufen braucht mindestens eine Stufe.");
        }
        Map<String, BigDecimal> kopie = new LinkedHashMap<>();
        stufen.forEach((name, betrag) -> {
            if (name == null || name.isBlank() || betrag == null) {
                throw new IllegalArgumentException("Jede Lohnstufe braucht einen Namen und einen Betrag.");
            }
            BigDecimal cent = Format.cent(betrag, "Der Betrag der Lohnstufe " + name);
            if (cent.signum() < 0) {
                throw new IllegalArgumentException("Der Betrag der Lohnstufe " + name + " kann nicht negativ sein.");
            }
            kopie.put(name, cent);
        });
        stufen = Collections.unmodifiableMap(kopie);
    }

    @Override
    public List<String> pruefe(Bewertung bewertung) {
        if (!(bewertung instanceof Bewertung.Lohnstufe l)) {
            return List.of("Die Entgeltordnung rechnet mit Lohnstufen, die Leistungsbeurteilung enthält "
                    + (bewertung instanceof Bewertung.Punkte ? "Punkte." : "Kriterienwerte."));
        }
        return stufen.containsKey(l.stufe()) ? List.of()
                : List.of("Die Lohnstufe „" + l.stufe() + "“ gibt es in der Entgeltordnung nicht (vorhanden: "
                        + String.join(", ", stufen.keySet()) + ").");
    }

    @Override
    public <K> Map<K, Rechenzeile> steigerungsbetraege(Map<K, Bewertung> bewertungen) {
        pruefeAlle(bewertungen);
        Map<K, Rechenzeile> result = new LinkedHashMap<>();
        bewertungen.forEach((k, b) -> {
            String stufe = ((Bewertung.Lohnstufe) b).stufe();
            result.put(k, Rechenzeile.berechnet(Komponente.STEIGERUNGSBETRAG, "Steigerungsbetrag: Lohnstufe " + stufe,
                    null, null, stufen.get(stufe), true));
        });
        return result;
    }
}
