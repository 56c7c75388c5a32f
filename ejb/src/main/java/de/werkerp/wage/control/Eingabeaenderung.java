package de.werkerp.wage.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.werkerp.wage.entity.Laufstatus;
import de.werkerp.wage.entity.RueckrechnungVormerkung;

/**
 * What follows when an input of the wage changes (attendance, pay item, assessment, illness, working time, phase,
 * Entgeltordnung, settings) from a date on:
 * <ul>
 * <li>every closed (released) month of the person from that date on is marked for a Rückrechnung in the next run;</li>
 * <li>every computed but not yet released run that may contain the person becomes outdated: it must be computed
 * again before it can be released, so no release ever pays on old inputs.</li>
 * <li>other monthly runs that use the same inputs (the billing run) hear of it through the synchronous CDI event
 * {@link Geaendert} and outdate their computed runs the same way.</li>
 * </ul>
 * Runs inside the calling boundary's transaction and tenant.
 */
@Dependent
public class Eingabeaenderung {

    /**
     * An input changed from {@code ab} on, of one person ({@code beschaeftigterId}) or of a whole Einrichtung
     * ({@code einrichtungId}); the other id is null. Fired synchronously inside the caller's transaction.
     */
    public record Geaendert(Long beschaeftigterId, Long einrichtungId, LocalDate ab) {
    }

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Inject
    Event<Geaendert> geaendert;

    /** An input of one person changed from {@code ab} on. */
    public void person(Long beschaeftigterId, LocalDate ab, String grund) {
        YearMonth monat = YearMonth.from(ab);
        List<YearMonth> geschlossen = em.createQuery("SELECT a.lauf.monat FROM Abrechnung a WHERE a.beschaeftigterId"
                + " = :p AND a.lauf.status = :s AND a.lauf.monat >= :m", YearMonth.class)
                .setParameter("p", beschaeftigterId).setParameter("s", Laufstatus.FREIGEGEBEN)
                .setParameter("m", monat).getResultList();
        vormerken(beschaeftigterId, geschlossen, grund);
        em.createQuery("UPDATE Entgeltlauf l SET l.veraltet = TRUE WHERE l.status = :s AND l.monat >= :m AND"
                + " l.einrichtung.id IN (SELECT v.einrichtung.id FROM Werkstattvertrag v WHERE v.beschaeftigter.id = :p)")
                .setParameter("s", Laufstatus.BERECHNET).setParameter("m", monat).setParameter("p", beschaeftigterId)
                .executeUpdate();
        geaendert.fire(new Geaendert(beschaeftigterId, null, ab));
    }

    /** An input of a whole Einrichtung changed (Entgeltordnung, settings) from {@code ab} on. */
    public void einrichtung(Long einrichtungId, LocalDate ab, String grund) {
        YearMonth monat = YearMonth.from(ab);
        List<Object[]> geschlossen = em.createQuery("SELECT a.beschaeftigterId, a.lauf.monat FROM Abrechnung a WHERE"
                + " a.lauf.einrichtung.id = :e AND a.lauf.status = :s AND a.lauf.monat >= :m", Object[].class)
                .setParameter("e", einrichtungId).setParameter("s", Laufstatus.FREIGEGEBEN).setParameter("m", monat)
                .getResultList();
        for (Object[] row : geschlossen) {
            vormerken((Long) row[0], List.of((YearMonth) row[1]), grund);
        }
        em.createQuery("UPDATE Entgeltlauf l SET l.veraltet = TRUE WHERE l.status = :s AND l.monat >= :m AND"
                + " l.einrichtung.id = :e").setParameter("s", Laufstatus.BERECHNET).setParameter("m", monat)
                .setParameter("e", einrichtungId).executeUpdate();
        geaendert.fire(new Geaendert(null, einrichtungId, ab));
    }

    private void vormerken(Long beschaeftigterId, List<YearMonth> monate, String grund) {
        if (monate.isEmpty()) {
            return;
        }
        Set<YearMonth> vorhanden = new HashSet<>(em.createQuery("SELECT v.monat FROM RueckrechnungVormerkung v WHERE"
                + " v.beschaeftigterId = :p", YearMonth.class).setParameter("p", beschaeftigterId).getResultList());
        for (YearMonth m : new HashSet<>(monate)) {
            if (vorhanden.add(m)) {
                RueckrechnungVormerkung v = new RueckrechnungVormerkung();
                v.setBeschaeftigterId(beschaeftigterId);
                v.setMonat(m);
                v.setGrund(grund.length() > 300 ? grund.substring(0, 300) : grund);
                em.persist(v);
            }
        }
    }
}
