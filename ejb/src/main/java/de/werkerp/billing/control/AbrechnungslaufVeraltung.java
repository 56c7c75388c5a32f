package de.werkerp.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import de.werkerp.audit.control.AuditTrail;
import de.werkerp.audit.entity.AuditAction;

import de.werkerp.wage.control.Eingabeaenderung;
import de.werkerp.wage.entity.Laufstatus;

/**
 * A changed input of the Entgelt run (attendance, working time, contract phase or end …, see
 * {@link Eingabeaenderung}) is an input of billing too: computed but unreleased billing runs of the Einrichtungen
 * concerned become outdated and must be computed again before release. Closed months need no mark: every billing
 * run recomputes the closed months and bills the differences as correction lines.
 */
@Dependent
public class AbrechnungslaufVeraltung {

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @jakarta.inject.Inject
    AuditTrail audit;

    private void veraltet(Query update) {
        int n = update.executeUpdate();
        if (n > 0) {
            audit.ereignis(AuditAction.MASSENAENDERUNG, "Abrechnungslauf", null, "veraltet", null, n + " Läufe");
        }
    }

    void beiAenderung(@Observes Eingabeaenderung.Geaendert g) {
        if (g.einrichtungId() != null) {
            einrichtung(g.einrichtungId());
        } else {
            veraltet(em.createQuery("UPDATE Abrechnungslauf l SET l.veraltet = TRUE WHERE l.status = :s AND l.einrichtung.id IN"
                    + " (SELECT v.einrichtung.id FROM Werkstattvertrag v WHERE v.beschaeftigter.id = :p)")
                    .setParameter("s", Laufstatus.BERECHNET).setParameter("p", g.beschaeftigterId()));
        }
    }

    /** An input of the whole Einrichtung (e.g. an agreement) changed. */
    public void einrichtung(Long einrichtungId) {
        veraltet(em.createQuery("UPDATE Abrechnungslauf l SET l.veraltet = TRUE WHERE l.status = :s AND l.einrichtung.id = :e")
                .setParameter("s", Laufstatus.BERECHNET).setParameter("e", einrichtungId));
    }
}
