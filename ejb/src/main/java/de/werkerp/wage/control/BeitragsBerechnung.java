package de.werkerp.wage.control;

import java.util.List;

/**
 * Plug-in point for the social-insurance contributions (KV, PV, RV; rules.md § 3), which the monthly run will
 * supply later. The kernel calls it once per person and month in the Arbeitsbereich, after the Arbeitsentgelt is
 * known, and adds the returned lines to the statement.
 *
 * <p>Contract for the returned lines: component {@link Komponente#SOZIALVERSICHERUNG}, amount zero or negative
 * (the worker's share deducted from the payout, e.g. the PV surcharge for the childless), not Arbeitsentgelt, with
 * a Lohnart so corrections can compare them. The provider's share is not a deduction and is not returned here.
 * In the Eingangsverfahren and the Berufsbildungsbereich the kernel pays no Arbeitsentgelt and does not call it.
 */
@FunctionalInterface
public interface BeitragsBerechnung {

    /** No contributions: the no-op implementation until the social-insurance rules exist. */
    BeitragsBerechnung KEINE = grundlage -> List.of();

    /** The worker's contribution lines for the month (empty if none). */
    List<Rechenzeile> abzuege(Beitragsgrundlage grundlage);
}
