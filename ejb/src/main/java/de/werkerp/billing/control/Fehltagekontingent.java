package de.werkerp.billing.control;

/**
 * The yearly allowance of financed absence days. Seed 003 chapter 6.1 (KSV Sachsen): the daily rate is paid for 250
 * days a year; "in diesen 250 Tagen können bis zu 60 Fehltage enthalten sein, die als Kostentage finanziert werden.
 * Fehlt ein*e Mitarbeiter*in mehr als 60 Tage … wird nur in außergewöhnlichen Sonderfällen … der Tagessatz für die
 * Krankheitstage bezahlt." The number (60) is a parameter of the Vergütungsvereinbarung.
 * <p>
 * The allowance runs per calendar year: it starts again on 1 January (absence days of December count against the
 * old year, those of January against the new one). Absence days are counted in order; the days beyond the
 * allowance are not financed and are listed on the run. Urlaub counts as a cost day like attendance (paid leave
 * under the Werkstattvertrag, § 221 SGB IX), not as an absence day.
 */
public final class Fehltagekontingent {

    /**
     * @param finanziert      absence days of this period financed as cost days
     * @param nichtFinanziert absence days beyond the allowance (not billed)
     * @param verbraucht      absence days of the year counted so far, this period included
     */
    public record Anrechnung(int finanziert, int nichtFinanziert, int verbraucht) {
    }

    private Fehltagekontingent() {
    }

    /**
     * @param kontingent          financed absence days per year; null = none financed
     * @param verbrauchtImJahr    absence days of the same calendar year before this period
     * @param fehltage            absence days in this period
     */
    public static Anrechnung anrechnen(Integer kontingent, int verbrauchtImJahr, int fehltage) {
        if (verbrauchtImJahr < 0 || fehltage < 0) {
            throw new IllegalArgumentException("Fehltage können nicht negativ sein.");
        }
        int rest = kontingent == null ? 0 : Math.max(0, kontingent - verbrauchtImJahr);
        int finanziert = Math.min(rest, fehltage);
        return new Anrechnung(finanziert, fehltage - finanziert, verbrauchtImJahr + fehltage);
    }
}
