package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entgeltordnung form (c): weighted criteria (rules.md § 1; § 221 Abs. 2 SGB IX names "Arbeitsmenge und
 * Arbeitsgüte", common further criteria are Selbständigkeit, Vielseitigkeit, Zuverlässigkeit …). Each criterion
 * has a scale and a weight; points = Σ value × weight (exact, no rounding), then the Steigerungsbetrag follows form
 * (a), {@link Punktwertordnung}, with a fixed or budget-derived point value and its rounding. Every criterion must
 * be assessed, on its scale; unknown criteria are refused.
 */
public record Kriterienordnung(List<Kriterium> kriterien, Punktwertordnung.Punktwert punktwert)
        implements Entgeltordnung {

    /** A criterion with its scale (inclusive) and weight. */
    public record Kriterium(String name, BigDecimal skalaVon, BigDecimal skalaBis, BigDecimal gewicht) {
        public Kriterium {
            Objects.requireNonNull(skalaVon, "skalaVon");
            Objects.requireNonNull(skalaBis, "skalaBis");
            Objects.requireNonNull(gewicht, "gewicht");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Jedes Kriterium braucht einen Namen.");
            }
            if (skalaBis.compareTo(skalaVon) < 0 || skalaVon.signum() < 0) {
                throw new IllegalArgumentException("Die Skala von „" + name + "“ muss bei 0 oder mehr beginnen und "
                        + "darf nicht absteigen.");
            }
            if (gewicht.signum() < 0) {
                throw new IllegalArgumentException("Das Gewicht von „" + name + "“ kann nicht negativ sein.");
            }
        }
    }

    public Kriterienordnung {
        Objects.requireNonNull(punktwert, "punktwert");
        kriterien = List.copyOf(kriterien);
        if (kriterien.isEmpty()) {
            throw new IllegalArgumentException("Eine Entgeltordnung mit Kriterien braucht mindestens ein Kriterium.");
        }
        Set<String> namen = new HashSet<>();
        for (Kriterium k : kriterien) {
            if (!namen.add(k.name())) {
                throw new IllegalArgumentException("Das Kriterium „" + k.name() + "“ ist doppelt.");
            }
        }
    }

    @Override
    public List<String> pruefe(Bewertung bewertung) {
        if (!(bewertung instanceof Bewertung.Kriterienwerte w)) {
            return List.of("Die Entgeltordnung rechnet mit gewichteten Kriterien, die Leistungsbeurteilung enthält "
                    + (bewertung instanceof Bewertung.Punkte ? "Punkte." : "eine Lohnstufe."));
        }
        List<String> fehler = new ArrayList<>();
        for (Kriterium k : kriterien) {
            BigDecimal wert = w.werte().get(k.name());
            if (wert == null) {
                fehler.add("Das Kriterium „" + k.name() + "“ ist nicht bewertet.");
            } else if (wert.compareTo(k.skalaVon()) < 0 || wert.compareTo(k.skalaBis()) > 0) {
                fehler.add("Der Wert " + Format.zahl(wert) + " für „" + k.name() + "“ liegt außerhalb der Skala "
                        + Format.zahl(k.skalaVon()) + " bis " + Format.zahl(k.skalaBis()) + ".");
            }
        }
        Set<String> bekannt = kriterien.stream().map(Kriterium::name).collect(Collectors.toSet());
        for (String name : w.werte().keySet()) {
            if (!bekannt.contains(name)) {
                fehler.add("Das Kriterium „" + name + "“ gibt es in der Entgeltordnung nicht.");
            }
        }
        return fehler;
    }

    /** The points of one assessment: Σ value × weight. */
    public BigDecimal punkte(Bewertung.Kriterienwerte werte) {
        return kriterien.stream().map(k -> werte.werte().get(k.name()).multiply(k.gewicht()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public <K> Map<K, Rechenzeile> steigerungsbetraege(Map<K, Bewertung> bewertungen) {
        pruefeAlle(bewertungen);
        Map<K, BigDecimal> punkte = new LinkedHashMap<>();
        Map<K, String> texte = new LinkedHashMap<>();
        bewertungen.forEach((key, b) -> {
            Bewertung.Kriterienwerte w = (Bewertung.Kriterienwerte) b;
            BigDecimal p = punkte(w);
            punkte.put(key, p);
            texte.put(key, Format.zahl(p) + " Punkte (" + kriterien.stream()
                    .map(k -> k.name() + " " + Format.zahl(w.werte().get(k.name())) + " × " + Format.zahl(k.gewicht()))
                    .collect(Collectors.joining(" + ")) + ")");
        });
        return Punktwertordnung.betraege(punktwert, punkte, texte);
    }
}
