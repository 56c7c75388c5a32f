package de.werkerp.costing.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two versions of a cost calculation figure by figure (the negotiation asks "what changed since the last
 * agreed calculation?"): yearly costs per section, total, cost per place and year/month/day, FTE. Difference = new −
 * old, exact (both figures have 2 decimals).
 */
public final class Fassungsvergleich {

    /** One compared figure. */
    public record Zeile(String bezeichnung, BigDecimal vorher, BigDecimal jetzt) implements java.io.Serializable {

        public BigDecimal differenz() {
            return jetzt.subtract(vorher);
        }

        public String getBezeichnung() {
            return bezeichnung;
        }

        public BigDecimal getVorher() {
            return vorher;
        }

        public BigDecimal getJetzt() {
            return jetzt;
        }

        public BigDecimal getDifferenz() {
            return differenz();
        }
    }

    private Fassungsvergleich() {
    }

    public static List<Zeile> vergleiche(Kostenkalkulation.Ergebnis vorher, Kostenkalkulation.Ergebnis jetzt) {
        List<Zeile> zeilen = new ArrayList<>();
        zeilen.add(new Zeile("Plätze", BigDecimal.valueOf(vorher.plaetze()), BigDecimal.valueOf(jetzt.plaetze())));
        zeilen.add(new Zeile("Tage pro Jahr", BigDecimal.valueOf(vorher.tage()), BigDecimal.valueOf(jetzt.tage())));
        zeilen.add(new Zeile("Vollzeitkräfte (VK)", vorher.vkGesamt(), jetzt.vkGesamt()));
        zeilen.add(new Zeile("Personalkosten", vorher.personalkosten(), jetzt.personalkosten()));
        zeilen.add(new Zeile("Fixe Kosten", vorher.fixeKosten(), jetzt.fixeKosten()));
        zeilen.add(new Zeile("Variable Kosten (Sachaufwand)", vorher.sachkostenSumme(), jetzt.sachkostenSumme()));
        zeilen.add(new Zeile("Gesamtkosten pro Jahr", vorher.gesamtkosten(), jetzt.gesamtkosten()));
        zeilen.add(new Zeile("Kosten je Platz und Jahr", vorher.jePlatzJahr(), jetzt.jePlatzJahr()));
        zeilen.add(new Zeile("Kosten je Platz und Monat", vorher.jePlatzMonat(), jetzt.jePlatzMonat()));
        zeilen.add(new Zeile("Kosten je Platz und Tag", vorher.jePlatzTag(), jetzt.jePlatzTag()));
        return List.copyOf(zeilen);
    }
}
