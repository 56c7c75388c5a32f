package de.werkerp.wage.control;

/**
 * Attendance of a person in a month, counted in working days ({@link Arbeitstage}: Monday to Friday without the
 * holidays) within the person's contract in that month. Only {@code unentschuldigt} changes the pay (see
 * {@link Fehlzeitenkuerzung}); sickness beyond the paid period is derived from the illness spells
 * ({@link Erkrankung}), not from these counts. The other counts are kept for the statement and checked for
 * plausibility: together they may not exceed the working days.
 *
 * @param anwesend                    days present
 * @param krankMitBescheinigung       sick days with a medical certificate
 * @param krankOhneBescheinigung      sick days without a certificate
 * @param urlaub                      holiday (Urlaub)
 * @param sonstigeBezahlteAbwesenheit other paid absence (e.g. Werkstattrat training, Bildungsurlaub)
 * @param unentschuldigt              unexcused absence
 */
public record Anwesenheit(int anwesend, int krankMitBescheinigung, int krankOhneBescheinigung, int urlaub,
        int sonstigeBezahlteAbwesenheit, int unentschuldigt) {

    public Anwesenheit {
        if (anwesend < 0 || krankMitBescheinigung < 0 || krankOhneBescheinigung < 0 || urlaub < 0
                || sonstigeBezahlteAbwesenheit < 0 || unentschuldigt < 0) {
            throw new IllegalArgumentException("Anwesenheits- und Fehltage können nicht negativ sein.");
        }
    }

    /** No absence recorded: the caller has no attendance data for the month. */
    public static final Anwesenheit NICHT_ERFASST = new Anwesenheit(0, 0, 0, 0, 0, 0);

    /** All counted days. */
    public int summe() {
        return anwesend + krankMitBescheinigung + krankOhneBescheinigung + urlaub + sonstigeBezahlteAbwesenheit
                + unentschuldigt;
    }
}
