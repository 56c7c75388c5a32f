package de.werkerp.result.boundary;

import jakarta.ejb.Stateless;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.result.control.Arbeitsergebnis;
import de.werkerp.result.control.Arbeitsergebnisrechnung;
import de.werkerp.result.control.Eingabefehler;

/**
 * The Arbeitsergebnis calculator (nothing is stored, nothing is read): § 12 Abs. 4, 5 WVO and § 58 Abs. 4 SGB IX on
 * figures the caller enters. Same roles as the other calculators ({@code RechnerService}): the figures are aggregated,
 * and the Werkstattrat may try out the statement it must be shown (§ 5 Abs. 1 Nr. 1 WMVO). The
 * {@link Arbeitsergebnis.Eingabe} checks itself when it is built (an {@link Eingabefehler} naming the component); a
 * failure here is a German {@link ValidationFailure} naming that component (a position by its code, e.g.
 * {@code II.3}).
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.AUDITOR, Role.OPERATOR})
public class ArbeitsergebnisRechnerService {

    /** § 12 WVO, § 58 Abs. 4 SGB IX. */
    public Arbeitsergebnisrechnung berechne(Arbeitsergebnis.Eingabe eingabe) {
        if (eingabe == null) {
            throw new ValidationFailure("body", "Bitte senden Sie die Daten als JSON-Objekt.");
        }
        try {
            return Arbeitsergebnis.berechne(eingabe);
        } catch (Eingabefehler invalid) {
            throw new ValidationFailure(invalid.feld(), invalid.getMessage());
        }
    }
}
