package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Correction of a closed month (Rückrechnung): the old and the new statement of the same person and month are
 * compared component by component (old, new, difference), and the difference of the payout is paid — or
 * reclaimed — in the next open month.
 *
 * <p>Rows, in this order: Grundbetrag, Steigerungsbetrag, Arbeitsentgelt, Arbeitsförderungsgeld, then one row per
 * pay item and contribution (by component and Lohnart, or label where a line has no Lohnart), then Auszahlung.
 *
 * <p>The Arbeitsentgelt difference belongs to the corrected month (Entstehungsprinzip, § 22 Abs. 1 SGB IV): the
 * contributions of that month are those of the new statement. The transfer item of the next month
 * ({@link #alsLohnposten}) is therefore <em>not</em> Arbeitsentgelt, otherwise it would be counted twice. The AFöG
 * difference is part of the payout difference and is claimed from (or repaid to) the Leistungsträger for the
 * corrected month.
 */
public record Rueckrechnung(YearMonth monat, List<Differenz> differenzen) {

    /** Row key of the Arbeitsentgelt. */
    public static final String ARBEITSENTGELT = "ARBEITSENTGELT";
    /** Row key of the payout. */
    public static final String AUSZAHLUNG = "AUSZAHLUNG";

    /** One row: component ({@code schluessel}, e.g. GRUNDBETRAG or ZULAGE:Z10), label, old, new, new − old. */
    public record Differenz(String schluessel, String bezeichnung, BigDecimal alt, BigDecimal neu,
            BigDecimal differenz) {

        public Differenz {
            Objects.requireNonNull(schluessel, "schluessel");
            Objects.requireNonNull(alt, "alt");
            Objects.requireNonNull(neu, "neu");
            Objects.requireNonNull(differenz, "differenz");
        }
    }

    public Rueckrechnung {
        Objects.requireNonNull(monat, "monat");
        differenzen = List.copyOf(differenzen);
    }

    /** Compares the old and the new statement of the same month. */
    public static Rueckrechnung vergleiche(Entgeltabrechnung alt, Entgeltabrechnung neu) {
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(neu, "neu");
        if (!alt.monat().equals(neu.monat())) {
            throw new IllegalArgumentException("Eine Rückrechnung vergleicht zwei Abrechnungen desselben Monats, nicht "
                    + Format.monat(alt.monat()) + " mit " + Format.monat(neu.monat()) + ".");
        }
        List<Differenz> rows = new ArrayList<>();
        rows.add(row(Komponente.GRUNDBETRAG.name(), "Grundbetrag", alt.grundbetrag(), neu.grundbetrag()));
        rows.add(row(Komponente.STEIGERUNGSBETRAG.name(), "Steigerungsbetrag", alt.steigerungsbetrag(),
                neu.steigerungsbetrag()));
        rows.add(row(ARBEITSENTGELT, "Arbeitsentgelt", alt.arbeitsentgelt(), neu.arbeitsentgelt()));
        rows.add(row(Komponente.ARBEITSFOERDERUNGSGELD.name(), "Arbeitsförderungsgeld", alt.arbeitsfoerderungsgeld(),
                neu.arbeitsfoerderungsgeld()));
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, BigDecimal> alte = posten(alt, labels);
        Map<String, BigDecimal> neue = posten(neu, labels);
        BigDecimal null0 = new BigDecimal("0.00");
        for (Map.Entry<String, String> p : labels.entrySet()) {
            rows.add(row(p.getKey(), p.getValue(), alte.getOrDefault(p.getKey(), null0),
                    neue.getOrDefault(p.getKey(), null0)));
        }
        rows.add(row(AUSZAHLUNG, "Auszahlung", alt.auszahlung(), neu.auszahlung()));
        return new Rueckrechnung(alt.monat(), rows);
    }

    /** The row with this key (e.g. {@link #AUSZAHLUNG}, "STEIGERUNGSBETRAG", "ZULAGE:Z10"). */
    public Optional<Differenz> differenz(String schluessel) {
        return differenzen.stream().filter(d -> d.schluessel().equals(schluessel)).findFirst();
    }

    /** New payout − old payout: to pay (positive) or to reclaim (negative) in the next open month. */
    public BigDecimal auszahlungsdifferenz() {
        return differenz(AUSZAHLUNG).orElseThrow().differenz();
    }

    /** Whether nothing changed. */
    public boolean unveraendert() {
        return differenzen.stream().allMatch(d -> d.differenz().signum() == 0);
    }

    /**
     * The pay item that settles the payout difference in the month {@code zahlbarIm} (after the corrected month):
     * a one-off payment for an additional payment, a deduction for a reclaim, none if the payout is unchanged. Not
     * Arbeitsentgelt (see the class comment).
     */
    public Optional<Lohnposten> alsLohnposten(YearMonth zahlbarIm, String lohnartNachzahlung,
            String lohnartRueckforderung) {
        Objects.requireNonNull(zahlbarIm, "zahlbarIm");
        if (!zahlbarIm.isAfter(monat)) {
            throw new IllegalArgumentException("Die Differenz der Rückrechnung für " + Format.monat(monat) + " wird in "
                    + "einem späteren, offenen Monat ausgeglichen, nicht in " + Format.monat(zahlbarIm) + ".");
        }
        BigDecimal d = auszahlungsdifferenz();
        if (d.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(d.signum() > 0
                ? new Lohnposten(lohnartNachzahlung, "Nachzahlung aus Rückrechnung " + Format.monat(monat),
                        Komponente.EINMALZAHLUNG, d, false)
                : new Lohnposten(lohnartRueckforderung, "Rückforderung aus Rückrechnung " + Format.monat(monat),
                        Komponente.ABZUG, d, false));
    }

    private static Differenz row(String key, String label, BigDecimal alt, BigDecimal neu) {
        return new Differenz(key, label, alt, neu, neu.subtract(alt));
    }

    /** Sums of the item and contribution lines by key; collects the labels in order of appearance. */
    private static Map<String, BigDecimal> posten(Entgeltabrechnung a, Map<String, String> labels) {
        Map<String, BigDecimal> summen = new LinkedHashMap<>();
        for (Rechenzeile z : a.zeilen()) {
            switch (z.komponente()) {
                case EINMALZAHLUNG, ZULAGE, ABZUG, SOZIALVERSICHERUNG -> {
                    String key = z.komponente().name() + ":" + (z.lohnart() != null ? z.lohnart() : z.bezeichnung());
                    labels.putIfAbsent(key, z.bezeichnung() + (z.lohnart() != null ? " (" + z.lohnart() + ")" : ""));
                    summen.merge(key, z.betrag(), BigDecimal::add);
                }
                default -> {
                    // Grundbetrag, Steigerungsbetrag and AFöG are compared as totals
                }
            }
        }
        return summen;
    }
}
