package de.werkerp.wage.control;

import java.math.BigDecimal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.werkerp.contract.control.Arbeitszeitregel;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * The one place that answers "what is this Einrichtung's full time?" (§ 6 Abs. 1 WVO, 35–40 hours): the figure of its
 * Entgelt settings ({@code entgelt_einstellung.vollzeit_stunden}), which the wage kernel uses through
 * {@link Monatsberechnung#kernEinstellungen}; while none are stored, the statutory lower bound of 35 hours, which is
 * also the default of those settings. The contract check ({@code contract.boundary.VertragService}) asks here, so a
 * working time it accepts as full time is full time in the run too.
 *
 * <p>Like {@link Eingabeaenderung} a CDI helper of the boundaries: it runs in the caller's transaction and tenant.
 */
@Dependent
public class Vollzeitquelle {

    /** The full time and where it comes from. */
    public record Vollzeit(BigDecimal stunden, boolean ausEinstellungen) {

        /** For messages: empty if the figure is the Einrichtung's own, else a sentence saying where 35 h comes from. */
        public String herkunft() {
            return ausEinstellungen ? "" : "Es gilt die gesetzliche Untergrenze der Vollzeit von "
                    + Arbeitszeitregel.stunden(stunden) + " Stunden (§ 6 Abs. 1 WVO), weil für die Einrichtung noch "
                    + "keine Entgelt-Einstellungen gespeichert sind.";
        }
    }

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    /** The Einrichtung's full time: its Entgelt settings, else 35 hours. */
    public Vollzeit fuer(Einrichtung einrichtung) {
        return em.createQuery("SELECT s.vollzeitStunden FROM Entgelteinstellung s WHERE s.einrichtung = :e",
                BigDecimal.class).setParameter("e", einrichtung).getResultStream().findFirst()
                .map(v -> new Vollzeit(v, true))
                .orElseGet(() -> new Vollzeit(Entgelteinstellungen.STANDARD.vollzeitStunden(), false));
    }
}
