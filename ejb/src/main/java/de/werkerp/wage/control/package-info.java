/**
 * The wage kernel: the monthly pay of persons with a Werkstattvertrag, as plain Java (no container, no database).
 * The monthly run and the REST calculator call it; they supply the reference values valid in the month (via
 * {@code reference.boundary.ReferenceDataService} on {@link de.werkerp.wage.control.Grundbetragsregel#stichtag}),
 * the Einrichtung's settings and Entgeltordnung, and each person's contract, assessment, attendance and pay items.
 *
 * <ul>
 * <li>Steigerungsbetrag of all persons of an Einrichtung: {@link de.werkerp.wage.control.Entgeltordnung} in one of
 * three forms ({@link de.werkerp.wage.control.Punktwertordnung} incl. budget distribution that never exceeds the
 * budget, {@link de.werkerp.wage.control.Lohnstufenordnung}, {@link de.werkerp.wage.control.Kriterienordnung}),
 * versioned by {@link de.werkerp.wage.control.Entgeltordnung.Fassung}; the assessment of the month:
 * {@link de.werkerp.wage.control.Leistungsbeurteilung#massgeblich}.</li>
 * <li>One person and month: {@link de.werkerp.wage.control.Entgeltberechnung#berechne} — Grundbetrag
 * ({@link de.werkerp.wage.control.Grundbetragsregel}, § 221 Abs. 2 SGB IX), part time
 * ({@link de.werkerp.wage.control.Teilzeitregelung}, disputed, a setting), partial month
 * ({@link de.werkerp.wage.control.Vertragsmonat}), absence ({@link de.werkerp.wage.control.Fehlzeitenkuerzung},
 * {@link de.werkerp.wage.control.Entgeltfortzahlung}), Arbeitsförderungsgeld
 * ({@link de.werkerp.wage.control.Arbeitsfoerderungsgeld}, § 59 SGB IX), pay items
 * ({@link de.werkerp.wage.control.Lohnposten}) and the plug-in for social insurance
 * ({@link de.werkerp.wage.control.BeitragsBerechnung}). The result,
 * {@link de.werkerp.wage.control.Entgeltabrechnung}, is a list of traceable
 * {@link de.werkerp.wage.control.Rechenzeile}s with the totals.</li>
 * <li>The calculator: {@link de.werkerp.wage.control.EntgeltRechner#berechne}.</li>
 * <li>Corrections of closed months: {@link de.werkerp.wage.control.Rueckrechnung}.</li>
 * </ul>
 * Money is {@code BigDecimal} euros with scale 2; every rule that rounds states how. Messages for users are German.
 */
package de.werkerp.wage.control;
