package de.werkerp.billing.control;

import java.time.LocalDate;

import de.werkerp.wage.control.Anwesenheit;
import de.werkerp.wage.control.Tagescode;

/**
 * Attendance of a period inside a month, from the attendance grid of the Entgelt run (one {@link Tagescode} per
 * calendar day). Billing counts attendance (A) and Urlaub (U) as cost days; ill (K, O), other paid absence (S) and
 * unexcused (F) as absence days (the yearly allowance of {@link Fehltagekontingent} applies to them).
 */
public final class Tageszaehlung {

    /** Cost days without the allowance, and absence days. */
    public record Tage(int anwesenheitstage, int fehltage) {
    }

    private Tageszaehlung() {
    }

    /** The days of the period from the grid's day codes ({@code tage}: one character per calendar day). */
    public static Tage zaehle(String tage, LocalDate von, LocalDate bis) {
        if (tage == null || tage.length() < bis.getDayOfMonth()) {
            throw new IllegalArgumentException("Der Anwesenheitskalender deckt den Zeitraum nicht ab.");
        }
        return aus(Tagescode.zaehle(tage.substring(von.getDayOfMonth() - 1, bis.getDayOfMonth())));
    }

    /** The days of monthly counts (attendance recorded without the grid). */
    public static Tage aus(Anwesenheit a) {
        return new Tage(a.anwesend() + a.urlaub(), a.krankMitBescheinigung() + a.krankOhneBescheinigung()
                + a.sonstigeBezahlteAbwesenheit() + a.unentschuldigt());
    }
}
