package de.werkerp.reference.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.entity.Role;
import de.werkerp.reference.control.ValidityTable;
import de.werkerp.reference.entity.ArbeitsfoerderungsgeldWert;
import de.werkerp.reference.entity.GrundbetragWert;
import de.werkerp.reference.entity.Rechengroessen;
import de.werkerp.wage.control.Arbeitsfoerderungsgeld;

/**
 * The one place rules get year-dependent values from: "the value valid on date D". The tables are
 * the same for every tenant (the law is), so every role may read them.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.AUDITOR, Role.OPERATOR})
public class ReferenceDataService {

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    public ValidityTable<GrundbetragWert> grundbetraege() {
        return new ValidityTable<>(em.createQuery("SELECT g FROM GrundbetragWert g", GrundbetragWert.class)
                .getResultList(), GrundbetragWert::validity);
    }

    public ValidityTable<ArbeitsfoerderungsgeldWert> arbeitsfoerderungsgeld() {
        return new ValidityTable<>(em.createQuery("SELECT a FROM ArbeitsfoerderungsgeldWert a",
                ArbeitsfoerderungsgeldWert.class).getResultList(), ArbeitsfoerderungsgeldWert::validity);
    }

    public ValidityTable<Rechengroessen> rechengroessen() {
        return new ValidityTable<>(em.createQuery("SELECT r FROM Rechengroessen r", Rechengroessen.class)
                .getResultList(), Rechengroessen::validity);
    }

    /** The statutory Grundbetrag on a date, if one is stored. */
    public java.util.Optional<BigDecimal> grundbetragAm(LocalDate date) {
        return grundbetraege().validOn(date).map(GrundbetragWert::getBetrag);
    }

    /** The AFöG rule on a date, if its figures are stored. */
    public java.util.Optional<Arbeitsfoerderungsgeld> arbeitsfoerderungsgeldAm(LocalDate date) {
        return arbeitsfoerderungsgeld().validOn(date).map(ArbeitsfoerderungsgeldWert::rule);
    }



    /** The social-insurance figures valid in a month, or null if none are stored (the kernel then names what is missing). */
    public de.werkerp.social.control.Beitragssaetze beitragssaetze(java.time.YearMonth monat) {
        return rechengroessen().validOn(monat.atDay(1)).map(Rechengroessen::beitragssaetze).orElse(null);
    }

    public List<GrundbetragWert> grundbetragListe() {
        return grundbetraege().entries();
    }

    public List<Rechengroessen> rechengroessenListe() {
        return rechengroessen().entries();
    }
}
