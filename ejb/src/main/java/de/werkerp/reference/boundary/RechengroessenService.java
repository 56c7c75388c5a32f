package de.werkerp.reference.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.reference.control.Jahreswechselwarnung;
import de.werkerp.reference.control.RechengroessenEingabe;
import de.werkerp.reference.control.Validity;
import de.werkerp.reference.entity.Rechengroessen;
import de.werkerp.reference.entity.Referenzaenderung;

/**
 * The yearly change of the social-insurance figures (rules.md § 3). The Rechengrößen are shared by all tenants (the
 * law is the same for every provider; tables {@code ref_*} without tenant), so only the operator enters or corrects
 * them: a tenant admin writing shared rows would change the computations of every other tenant. Every entry needs
 * its source (legal basis and Fundstelle) and is logged in {@code ref_aenderung} with old and new figures; the
 * operator never touches tenant data: each tenant's next Entgelt run marks its closed months of the changed period
 * for Rückrechnung ({@code wage.control.Referenzdatenaenderung}).
 */
@Stateless
@TenantGuarded
@Allow(Role.OPERATOR)
public class RechengroessenService {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock uhr;

    /**
     * Enters the figures of a period (usually a year); a stored period with the same start is corrected. An open
     * period before it ends the day before; any other overlap is refused.
     */
    public Rechengroessen erfassen(RechengroessenEingabe eingabe) {
        List<ValidationFailure.FieldError> fehler = eingabe.pruefe();
        if (!fehler.isEmpty()) {
            throw new ValidationFailure(fehler);
        }
        List<Rechengroessen> alle = em.createQuery("SELECT r FROM Rechengroessen r ORDER BY r.gueltigAb",
                Rechengroessen.class).getResultList();
        Rechengroessen gleich = alle.stream().filter(r -> r.getGueltigAb().equals(eingabe.gueltigAb())).findFirst()
                .orElse(null);
        Validity neu = eingabe.validity();
        for (Rechengroessen r : alle) {
            if (r == gleich || !r.validity().overlaps(neu)) {
                continue;
            }
            if (r.getGueltigBis() == null && r.getGueltigAb().isBefore(eingabe.gueltigAb())) {
                r.beenden(eingabe.gueltigAb().minusDays(1));
            } else {
                throw new ValidationFailure("gueltigAb", "Der Zeitraum überschneidet sich mit den Werten ab "
                        + DATUM.format(r.getGueltigAb()) + ".");
            }
        }
        String vorher = gleich == null ? null : gleich.alsText();
        LocalDate ab = eingabe.gueltigAb();
        LocalDate bis = eingabe.gueltigBis();
        if (gleich != null && gleich.getGueltigBis() != null && bis != null && gleich.getGueltigBis().isAfter(bis)) {
            bis = gleich.getGueltigBis(); // a shortened period changes the months it no longer covers too
        } else if (gleich != null && gleich.getGueltigBis() == null) {
            bis = null;
        }
        Rechengroessen zeile = gleich != null ? gleich : new Rechengroessen();
        zeile.uebernehmen(eingabe.gueltigAb(), eingabe.gueltigBis(), eingabe.bezugsgroesseWest(),
                eingabe.bezugsgroesseOst(), eingabe.kvAllgemeinerSatz(), eingabe.kvZusatzbeitragDurchschnitt(),
                eingabe.pvSatz(), eingabe.pvZuschlagKinderlos(), eingabe.pvAbschlagJeKind(), eingabe.rvSatz(),
                eingabe.rechtsquelle(), eingabe.fundstelle());
        if (gleich == null) {
            em.persist(zeile);
        }
        em.persist(new Referenzaenderung(Referenzaenderung.Art.RECHENGROESSEN, ab, bis,
                (vorher == null ? "Neu: " : "Vorher: " + vorher + " → neu: ") + zeile.alsText(),
                callers.require().username(), uhr.instant()));
        em.flush();
        return zeile;
    }

    /** The warning of the yearly change for today (rules.md § 3, from 1 November), if any. */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.ELECTION_BOARD,
            Role.AUDITOR, Role.OPERATOR})
    public Optional<String> jahreswechselWarnung() {
        List<Validity> perioden = em.createQuery("SELECT r FROM Rechengroessen r", Rechengroessen.class)
                .getResultList().stream().map(Rechengroessen::validity).toList();
        return Jahreswechselwarnung.warnung(LocalDate.now(uhr), perioden);
    }

    /** The log of changes of the shared reference data, newest first. */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR, Role.OPERATOR})
    public List<Referenzaenderung> aenderungen() {
        return em.createQuery("SELECT r FROM Referenzaenderung r ORDER BY r.id DESC", Referenzaenderung.class)
                .setMaxResults(200).getResultList();
    }
}
