package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Entgeltordnung form (a): Steigerungsbetrag = points × point value (rules.md § 1). The point value is either fixed
 * ({@link Fest}) or derived from the money available for Steigerungsbeträge in the month ({@link AusBudget}):
 * point value = budget ÷ sum of the points of all persons.
 *
 * <p>Rounding:
 * <ul>
 * <li>Fixed point value: points × point value, to the cent, HALF_UP (commercial).</li>
 * <li>Budget: the sum of the amounts must never exceed the budget, which commercial rounding cannot promise
 * (point value rounded down to 4 decimals, each amount rounded HALF_UP: 3 × 1 point on a budget of 10.01 € gives
 * point value 3.3366 € and 3 × 3.34 € = 10.02 €). Hence two methods, a setting ({@link Budgetrundung}):
 * <ul>
 * <li>{@link Budgetrundung#PUNKTWERT_ABGERUNDET}: point value rounded <em>down</em> to 4 decimals, each amount
 * points × point value rounded <em>down</em> to the cent. Each amount is reproducible with a pocket calculator;
 * the sum stays at or below the budget, a few cents may remain.</li>
 * <li>{@link Budgetrundung#RESTCENT_VERTEILUNG}: each person's exact share (points × budget ÷ sum of points) rounded
 * down to the cent; the remaining cents go one each to the largest remainders (Hare–Niemeyer; on equal remainders
 * to the earlier person in the map's order). The sum equals the budget exactly.</li>
 * </ul></li>
 * </ul>
 * The budget is shared among the full points of everybody passed in: amounts later reduced for part time, a partial
 * month or absence leave the difference in the Arbeitsergebnis (the sum stays below the budget).
 */
public record Punktwertordnung(Punktwert punktwert) implements Entgeltordnung {

    /** How the point value is set. */
    public sealed interface Punktwert permits Fest, AusBudget {
    }

    /** A fixed point value in euros per point. */
    public record Fest(BigDecimal euroJePunkt) implements Punktwert {
        public Fest {
            Objects.requireNonNull(euroJePunkt, "euroJePunkt");
            if (euroJePunkt.signum() < 0) {
                throw new IllegalArgumentException("Der Punktwert kann nicht negativ sein.");
            }
        }
    }

    /** The month's budget for Steigerungsbeträge, shared by points. */
    public record AusBudget(BigDecimal budget, Budgetrundung rundung) implements Punktwert {
        public AusBudget {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(rundung, "rundung");
            budget = Format.cent(budget, "Das Budget für die Steigerungsbeträge");
            if (budget.signum() < 0) {
                throw new IllegalArgumentException("Das Budget für die Steigerungsbeträge kann nicht negativ sein.");
            }
        }
    }

    /** How a budget is rounded so that it is never exceeded (see the class comment). */
    public enum Budgetrundung {
        PUNKTWERT_ABGERUNDET, RESTCENT_VERTEILUNG
    }

    public Punktwertordnung {
        Objects.requireNonNull(punktwert, "punktwert");
    }

    public static Punktwertordnung fest(BigDecimal euroJePunkt) {
        return new Punktwertordnung(new Fest(euroJePunkt));
    }

    public static Punktwertordnung ausBudget(BigDecimal budget, Budgetrundung rundung) {
        return new Punktwertordnung(new AusBudget(budget, rundung));
    }

    @Override
    public List<String> pruefe(Bewertung bewertung) {
        return bewertung instanceof Bewertung.Punkte ? List.of()
                : List.of("Die Entgeltordnung rechnet mit Punkten, die Leistungsbeurteilung enthält "
                        + (bewertung instanceof Bewertung.Lohnstufe ? "eine Lohnstufe." : "Kriterienwerte."));
    }

    @Override
    public <K> Map<K, Rechenzeile> steigerungsbetraege(Map<K, Bewertung> bewertungen) {
        pruefeAlle(bewertungen);
        Map<K, BigDecimal> punkte = new LinkedHashMap<>();
        Map<K, String> texte = new LinkedHashMap<>();
        bewertungen.forEach((k, b) -> {
            BigDecimal p = ((Bewertung.Punkte) b).punkte();
            punkte.put(k, p);
            texte.put(k, Format.zahl(p) + " Punkte");
        });
        return betraege(punktwert, punkte, texte);
    }

    /** Amounts for given points; {@code texte} describe the points of each person for the label. */
    static <K> Map<K, Rechenzeile> betraege(Punktwert punktwert, Map<K, BigDecimal> punkte, Map<K, String> texte) {
        Map<K, Rechenzeile> result = new LinkedHashMap<>();
        if (punktwert instanceof Fest fest) {
            punkte.forEach((k, p) -> result.put(k, zeile(texte.get(k) + " × Punktwert "
                    + Format.punktwert(fest.euroJePunkt()), p, fest.euroJePunkt(),
                    p.multiply(fest.euroJePunkt()).setScale(2, RoundingMode.HALF_UP))));
            return result;
        }
        AusBudget a = (AusBudget) punktwert;
        BigDecimal summe = punkte.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String budgetText = "Budget " + Format.euro(a.budget()) + " ÷ " + Format.zahl(summe) + " Punkte";
        if (summe.signum() == 0) {
            punkte.forEach((k, p) -> result.put(k, zeile(texte.get(k) + " (" + budgetText
                    + ": keine Punkte zu verteilen)", p, BigDecimal.ZERO, BigDecimal.ZERO)));
            return result;
        }
        if (a.rundung() == Budgetrundung.PUNKTWERT_ABGERUNDET) {
            BigDecimal wert = a.budget().divide(summe, 4, RoundingMode.DOWN);
            punkte.forEach((k, p) -> result.put(k, zeile(texte.get(k) + " × Punktwert " + Format.punktwert(wert) + " ("
                    + budgetText + ", Punktwert und Betrag abgerundet)", p, wert,
                    p.multiply(wert).setScale(2, RoundingMode.DOWN))));
            return result;
        }
        // Hare–Niemeyer in cents, with exact remainders (all relative to the same divisor, the sum of points)
        BigDecimal cent = a.budget().movePointRight(2);
        List<K> keys = new ArrayList<>(punkte.keySet());
        Map<K, BigDecimal> ganze = new LinkedHashMap<>();
        Map<K, BigDecimal> reste = new LinkedHashMap<>();
        BigDecimal verteilt = BigDecimal.ZERO;
        for (K k : keys) {
            BigDecimal zaehler = punkte.get(k).multiply(cent);
            BigDecimal[] qr = zaehler.divideAndRemainder(summe);
            ganze.put(k, qr[0]);
            reste.put(k, qr[1]);
            verteilt = verteilt.add(qr[0]);
        }
        int restcent = cent.subtract(verteilt).intValueExact();
        List<K> nachRest = new ArrayList<>(keys);
        nachRest.sort(Comparator.comparing((K k) -> reste.get(k)).reversed()); // stable: ties keep map order
        List<K> mitRestcent = nachRest.subList(0, restcent);
        BigDecimal faktor = a.budget().divide(summe, 6, RoundingMode.HALF_UP);
        for (K k : keys) {
            boolean plus = mitRestcent.contains(k);
            BigDecimal betrag = ganze.get(k).add(plus ? BigDecimal.ONE : BigDecimal.ZERO).movePointLeft(2);
            result.put(k, zeile(texte.get(k) + " × (" + budgetText + "), Restcent-Verteilung"
                    + (plus ? ": + 0,01 €" : ""), punkte.get(k), faktor, betrag));
        }
        return result;
    }

    private static Rechenzeile zeile(String text, BigDecimal basis, BigDecimal faktor, BigDecimal betrag) {
        return Rechenzeile.berechnet(Komponente.STEIGERUNGSBETRAG, "Steigerungsbetrag: " + text, basis, faktor,
                betrag.setScale(2), true);
    }
}
