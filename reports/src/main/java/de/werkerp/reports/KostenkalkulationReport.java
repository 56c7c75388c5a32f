package de.werkerp.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The aLA cost calculation for the negotiation with the Leistungsträger (seed 003 ch. 6.1, Tab. 1): "Kostenkalkulation
 * für Andere Leistungsanbieter", the offer (places, days, financed absence days), one table with the staff, fixed and
 * variable cost lines and their section sums, the total per year and, as totals row, the cost per place and day;
 * then per place and month/year, the staffing-ratio check and the notes. Anything but a fixed version prints
 * "Entwurf – nicht festgeschrieben" in the subtitle. Laid out by {@link TabellenReport} (A4 portrait, 5 columns).
 */
public final class KostenkalkulationReport {

    /**
     * One table line.
     *
     * @param abschnitt  true for a section heading or section sum (printed without figures except {@code betrag})
     * @param text       the position, e.g. "Gruppenleiter*in/Fachkräfte"
     * @param stunden    hours per week (staff), or null
     * @param vk         FTE (staff), or null
     * @param grundlage  e.g. "200.000,00 € × 2,45 %" (depreciation) or "62.400,00 € je VK" (staff), or null
     * @param betrag     yearly cost, or null for a heading
     */
    public record Zeile(boolean abschnitt, String text, BigDecimal stunden, BigDecimal vk, String grundlage,
            BigDecimal betrag) {
    }

    /**
     * Report input; amounts are euros, the caller formats nothing except {@code zeitraum} and {@link Zeile#grundlage}.
     */
    public record Data(String traegerName, String einrichtung, String bezeichnung, String zeitraum, int fassung,
            String status, boolean festgeschrieben, String festgeschriebenVon, int plaetze, int tage,
            int finanzierteFehltage, BigDecimal vollzeitStunden, List<Zeile> zeilen, BigDecimal gesamtkosten,
            BigDecimal jePlatzJahr, BigDecimal jePlatzMonat, BigDecimal jePlatzTag, List<String> personalschluessel,
            List<String> hinweise, LocalDate erstelltAm) {
        public Data {
            Objects.requireNonNull(einrichtung, "einrichtung");
            Objects.requireNonNull(jePlatzTag, "jePlatzTag");
            zeilen = List.copyOf(zeilen);
            personalschluessel = personalschluessel == null ? List.of() : List.copyOf(personalschluessel);
            hinweise = hinweise == null ? List.of() : List.copyOf(hinweise);
        }
    }

    private KostenkalkulationReport() {
    }

    public static byte[] render(Data d) {
        return TabellenReport.render(tabelle(d));
    }

    static TabellenReport.Data tabelle(Data d) {
        List<String> einleitung = new ArrayList<>();
        einleitung.add("Einrichtung: " + d.einrichtung() + (Formate.hatText(d.bezeichnung()) ? " · " + d.bezeichnung()
                : ""));
        if (Formate.hatText(d.zeitraum())) {
            einleitung.add("Vereinbarungszeitraum: " + d.zeitraum());
        }
        einleitung.add("Bereich: Arbeitsbereich · Belegte Plätze (Prognose): " + d.plaetze() + " · Tage pro Jahr: "
                + d.tage() + " (darin bis zu " + d.finanzierteFehltage() + " Fehltage als Kostentage finanziert) · "
                + "Vollzeit: " + Formate.stunden(d.vollzeitStunden()) + " Stunden pro Woche");
        einleitung.add("Fassung " + d.fassung() + " – " + d.status() + (d.festgeschrieben()
                ? (Formate.hatText(d.festgeschriebenVon()) ? " von " + d.festgeschriebenVon() : "")
                : " (Entwurf – nicht festgeschrieben)"));
        List<List<String>> zeilen = new ArrayList<>();
        for (Zeile z : d.zeilen()) {
            zeilen.add(java.util.Arrays.asList(z.text(), Formate.stunden(z.stunden()),
                    z.vk() == null ? "" : Formate.dezimal(z.vk()), z.grundlage() == null ? "" : z.grundlage(),
                    Formate.euro(z.betrag())));
        }
        zeilen.add(List.of("Gesamtkosten pro Jahr", "", "", "", Formate.euro(d.gesamtkosten())));
        List<String> summe = List.of("Kosten je Platz und Tag", "", "",
                "Gesamtkosten ÷ (" + d.plaetze() + " Plätze × " + d.tage() + " Tage)", Formate.euro(d.jePlatzTag()));
        List<String> hinweise = new ArrayList<>();
        hinweise.add("Kosten je Platz und Monat: " + Formate.euro(d.jePlatzMonat()) + " · je Platz und Jahr: "
                + Formate.euro(d.jePlatzJahr()) + ".");
        if (!d.personalschluessel().isEmpty()) {
            hinweise.add("Personalschlüssel (Muster-Leistungsvereinbarung § 11 Abs. 3):");
            hinweise.addAll(d.personalschluessel());
        }
        hinweise.addAll(d.hinweise());
        hinweise.add("Rundung: jede Zeile auf volle Cent (kaufmännisch); die Beträge je Platz werden aus den "
                + "ungerundeten Gesamtkosten berechnet und einmal auf Cent gerundet.");
        return new TabellenReport.Data(d.traegerName(), "Kostenkalkulation für Andere Leistungsanbieter",
                d.einrichtung() + " · Fassung " + d.fassung() + (d.festgeschrieben() ? "" : " · Entwurf"), null,
                einleitung,
                List.of(new TabellenReport.Spalte("Position", false, 4), new TabellenReport.Spalte("Std./Woche", true, 1),
                        new TabellenReport.Spalte("VK", true, 1), new TabellenReport.Spalte("Grundlage", false, 3),
                        new TabellenReport.Spalte("Kosten pro Jahr", true, 2)),
                zeilen, summe, hinweise, d.erstelltAm());
    }
}
