package de.werkerp.wage.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.reference.boundary.ReferenceDataService;
import de.werkerp.social.control.Beitraege;
import de.werkerp.social.control.Beitragsfall;
import de.werkerp.social.control.Sozialversicherungsbeitraege;
import de.werkerp.wage.control.Arbeitsfoerderungsgeld;
import de.werkerp.wage.control.Bereich;
import de.werkerp.wage.control.EntgeltRechner;
import de.werkerp.wage.control.Entgeltabrechnung;
import de.werkerp.wage.control.Grundbetragsregel;

/**
 * The calculators (nothing is stored): Arbeitsentgelt and AFöG of a month, and the social-insurance
 * contributions of a month, each with the reference values valid then. Used by the calculator page
 * and the REST calculators alike. Bad input and missing reference values are German
 * {@link ValidationFailure}s naming the field.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.AUDITOR, Role.OPERATOR})
public class RechnerService {

    @EJB
    ReferenceDataService referenz;

    /** § 221 Abs. 2, § 59 SGB IX. {@code grundbetrag} optional (a higher amount of the Einrichtung). */
    public Entgeltabrechnung entgelt(YearMonth monat, BigDecimal steigerungsbetrag, BigDecimal grundbetrag, Bereich bereich) {
        LocalDate stichtag = Grundbetragsregel.stichtag(monat);
        BigDecimal gesetzlich = referenz.grundbetragAm(stichtag).orElseThrow(() -> new ValidationFailure("monat",
                "Für " + monat + " ist kein Grundbetrag (§ 221 Abs. 2 SGB IX) hinterlegt."));
        Arbeitsfoerderungsgeld afoeg = referenz.arbeitsfoerderungsgeldAm(stichtag).orElseThrow(() -> new ValidationFailure(
                "monat", "Für " + monat + " sind keine Werte des Arbeitsförderungsgeldes (§ 59 SGB IX) hinterlegt."));
        try {
            return EntgeltRechner.berechne(monat, steigerungsbetrag, grundbetrag, bereich, gesetzlich, afoeg);
        } catch (IllegalArgumentException invalid) {
            throw new ValidationFailure(grundbetrag != null ? "grundbetrag" : "steigerungsbetrag", invalid.getMessage());
        }
    }

    /** rules.md § 3: contributions of a worker in the Arbeitsbereich (Personengruppe 107). */
    public Beitraege sozialversicherung(Beitragsfall fall) {
        try {
            return Sozialversicherungsbeitraege.STANDARD.berechne(fall, referenz.beitragssaetze(fall.monat()));
        } catch (IllegalArgumentException invalid) {
            throw new ValidationFailure("monat", invalid.getMessage());
        }
    }

    /** §§ 35, 235 SGB VI; § 58 Abs. 1 SGB IX. */
    public de.werkerp.contract.control.Regelaltersgrenze.Result regelaltersgrenze(LocalDate geburtsdatum) {
        try {
            return de.werkerp.contract.control.Regelaltersgrenze.fuer(geburtsdatum);
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new ValidationFailure("geburtsdatum", invalid.getMessage() == null
                    ? "Bitte geben Sie das Geburtsdatum ein." : invalid.getMessage());
        }
    }
}
