package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The result of the wage calculation for one person and month. Every total is the sum of its {@link Rechenzeile}s
 * (the constructor refuses anything else), so each figure can be traced line by line:
 * <ul>
 * <li>{@code grundbetrag}, {@code steigerungsbetrag}: lines of that component (§ 221 Abs. 2 SGB IX), after part
 * time, partial month and absence;</li>
 * <li>{@code arbeitsentgelt}: all lines flagged as Arbeitsentgelt = Grundbetrag + Steigerungsbetrag + one-off
 * payments and allowances flagged as Arbeitsentgelt (the base for social insurance);</li>
 * <li>{@code afoegBemessungsgrundlage}: Grundbetrag + Steigerungsbetrag only — the "Arbeitsentgelt" on which the
 * Arbeitsförderungsgeld is computed (§ 59 Abs. 1 SGB IX; choice of this kernel, see {@link Entgeltberechnung});</li>
 * <li>{@code arbeitsfoerderungsgeld}: AFöG lines; {@code sonstigeBezuege}: one-off payments and allowances;
 * {@code abzuege}: deductions and the worker's social-insurance contributions (negative);</li>
 * <li>{@code auszahlung}: the sum of all lines, the amount paid out.</li>
 * </ul>
 * {@code hinweise} are German notes for the payroll clerk (nothing is wrong, but something is worth a look).
 */
public record Entgeltabrechnung(YearMonth monat, Bereich bereich, BigDecimal grundbetrag, BigDecimal steigerungsbetrag,
        BigDecimal arbeitsentgelt, BigDecimal afoegBemessungsgrundlage, BigDecimal arbeitsfoerderungsgeld,
        BigDecimal sonstigeBezuege, BigDecimal abzuege, BigDecimal auszahlung, List<Rechenzeile> zeilen,
        List<String> hinweise) implements java.io.Serializable {

    public Entgeltabrechnung {
        Objects.requireNonNull(monat, "monat");
        Objects.requireNonNull(bereich, "bereich");
        zeilen = List.copyOf(zeilen);
        hinweise = List.copyOf(hinweise);
        pruefe("Grundbetrag", grundbetrag, summe(zeilen, komponente(Komponente.GRUNDBETRAG)));
        pruefe("Steigerungsbetrag", steigerungsbetrag, summe(zeilen, komponente(Komponente.STEIGERUNGSBETRAG)));
        pruefe("Arbeitsentgelt", arbeitsentgelt, summe(zeilen, Rechenzeile::arbeitsentgelt));
        pruefe("Bemessungsgrundlage des Arbeitsförderungsgeldes", afoegBemessungsgrundlage,
                grundbetrag.add(steigerungsbetrag));
        pruefe("Arbeitsförderungsgeld", arbeitsfoerderungsgeld,
                summe(zeilen, komponente(Komponente.ARBEITSFOERDERUNGSGELD)));
        pruefe("Sonstige Bezüge", sonstigeBezuege,
                summe(zeilen, komponente(Komponente.EINMALZAHLUNG).or(komponente(Komponente.ZULAGE))));
        pruefe("Abzüge", abzuege,
                summe(zeilen, komponente(Komponente.ABZUG).or(komponente(Komponente.SOZIALVERSICHERUNG))));
        pruefe("Auszahlung", auszahlung, summe(zeilen, z -> true));
    }

    /** 0,00 € (scale 2): the start of every sum, so an empty sum is 0.00 too. */
    private static final BigDecimal NULL_CENT = new BigDecimal("0.00");

    /** Builds the statement from its lines; the totals are computed. */
    public static Entgeltabrechnung aus(YearMonth monat, Bereich bereich, List<Rechenzeile> zeilen,
            List<String> hinweise) {
        BigDecimal grund = summe(zeilen, komponente(Komponente.GRUNDBETRAG));
        BigDecimal steigerung = summe(zeilen, komponente(Komponente.STEIGERUNGSBETRAG));
        return new Entgeltabrechnung(monat, bereich, grund, steigerung, summe(zeilen, Rechenzeile::arbeitsentgelt),
                grund.add(steigerung), summe(zeilen, komponente(Komponente.ARBEITSFOERDERUNGSGELD)),
                summe(zeilen, komponente(Komponente.EINMALZAHLUNG).or(komponente(Komponente.ZULAGE))),
                summe(zeilen, komponente(Komponente.ABZUG).or(komponente(Komponente.SOZIALVERSICHERUNG))),
                summe(zeilen, z -> true), zeilen, hinweise);
    }

    /** The sum of the lines of one component. */
    public BigDecimal summe(Komponente komponente) {
        return summe(zeilen, komponente(komponente));
    }

    /** The lines of one component, in statement order. */
    public List<Rechenzeile> zeilen(Komponente komponente) {
        return zeilen.stream().filter(komponente(komponente)).toList();
    }

    private static Predicate<Rechenzeile> komponente(Komponente k) {
        return z -> z.komponente() == k;
    }

    static BigDecimal summe(List<Rechenzeile> zeilen, Predicate<Rechenzeile> welche) {
        // a plain loop from a shared 0.00 (BigDecimal is immutable): the same sum, in the same order, as a stream
        // reduce from a newly parsed 0.00, which a run did 8 times per person (its profile showed the parsing)
        BigDecimal summe = NULL_CENT;
        for (Rechenzeile z : zeilen) {
            if (welche.test(z)) {
                summe = summe.add(z.betrag());
            }
        }
        return summe;
    }

    private static void pruefe(String was, BigDecimal angegeben, BigDecimal ausZeilen) {
        if (angegeben == null || angegeben.compareTo(ausZeilen) != 0) {
            throw new IllegalArgumentException(was + " (" + angegeben + ") stimmt nicht mit der Summe der "
                    + "Rechenzeilen (" + ausZeilen + ") überein.");
        }
    }
}
