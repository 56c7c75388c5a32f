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
import jakarta.persistence.Query;
import jakarta.persistence.PersistenceContext;

import de.werkerp.audit.control.AuditTrail;
import de.werkerp.audit.entity.AuditAction;
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
 *
 * <p>Reference data a closed month used is an input like any other: a Krankenkasse's own Zusatzbeitrag
 * ({@link #krankenkasse}, tenant-owned, called by the Kassen boundary) and the shared Grundbetrag and Rechengrößen
 * ({@link #zeitraum}, applied per tenant by {@link Referenzdatenaenderung} at the tenant's next run). These mark only
 * the months inside the changed period; they fire no {@link Geaendert} event, since the billing run does not use them.
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

    @Inject
    AuditTrail audit;

    /** Marks computed runs outdated (a JPQL bulk update) and records it in the audit trail. */
    private void veraltet(Query update, String grund) {
        int n = update.executeUpdate();
        if (n > 0) {
            audit.ereignis(AuditAction.MASSENAENDERUNG, "Entgeltlauf", null, "veraltet", null,
                    n + " Läufe" + (grund == null ? "" : " (" + grund + ")"));
        }
    }

    /** An input of one person changed from {@code ab} on. */
    public void person(Long beschaeftigterId, LocalDate ab, String grund) {
        YearMonth monat = YearMonth.from(ab);
        List<YearMonth> geschlossen = em.createQuery("SELECT a.lauf.monat FROM Abrechnung a WHERE a.beschaeftigterId"
                + " = :p AND a.lauf.status = :s AND a.lauf.monat >= :m", YearMonth.class)
                .setParameter("p", beschaeftigterId).setParameter("s", Laufstatus.FREIGEGEBEN)
                .setParameter("m", monat).getResultList();
        vormerken(beschaeftigterId, geschlossen, grund);
        veraltet(em.createQuery("UPDATE Entgeltlauf l SET l.veraltet = TRUE WHERE l.status = :s AND l.monat >= :m AND"
                + " l.einrichtung.id IN (SELECT v.einrichtung.id FROM Werkstattvertrag v WHERE v.beschaeftigter.id = :p)")
                .setParameter("s", Laufstatus.BERECHNET).setParameter("m", monat).setParameter("p", beschaeftigterId)
                , grund);
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
        veraltet(em.createQuery("UPDATE Entgeltlauf l SET l.veraltet = TRUE WHERE l.status = :s AND l.monat >= :m AND"
                + " l.einrichtung.id = :e").setParameter("s", Laufstatus.BERECHNET).setParameter("m", monat)
                .setParameter("e", einrichtungId), grund);
        geaendert.fire(new Geaendert(null, einrichtungId, ab));
    }

    /**
     * A Krankenkasse's own Zusatzbeitrag changed for the period {@code ab} … {@code bis} ({@code null} = open): every
     * closed month in it of the persons whose statement names that Kasse is marked; computed runs from {@code ab} on
     * of persons of that Kasse are outdated (a later run's Rückrechnung must include the new marks).
     */
    public void krankenkasse(String betriebsnummer, LocalDate ab, LocalDate bis, String grund) {
        YearMonth von = YearMonth.from(ab);
        YearMonth bisMonat = bis == null ? YearMonth.of(9999, 12) : YearMonth.from(bis);
        List<Object[]> geschlossen = em.createQuery("SELECT a.beschaeftigterId, a.lauf.monat FROM Abrechnung a WHERE"
                + " a.kasseBetriebsnummer = :k AND a.lauf.status = :s AND a.lauf.monat >= :m AND a.lauf.monat <= :b",
                Object[].class).setParameter("k", betriebsnummer).setParameter("s", Laufstatus.FREIGEGEBEN)
                .setParameter("m", von).setParameter("b", bisMonat).getResultList();
        vormerkenAlle(geschlossen, grund);
        veraltet(em.createQuery("UPDATE Entgeltlauf l SET l.veraltet = TRUE WHERE l.status = :s AND l.monat >= :m AND l.id IN"
                + " (SELECT a.lauf.id FROM Abrechnung a WHERE a.kasseBetriebsnummer = :k)")
                .setParameter("s", Laufstatus.BERECHNET).setParameter("m", von).setParameter("k", betriebsnummer)
                , grund);
    }

    /**
     * Reference data of every Einrichtung (Grundbetrag, Rechengrößen) changed for the period {@code ab} …
     * {@code bis} ({@code null} = open): every closed month in it of every person of the tenant is marked; computed
     * runs from {@code ab} on are outdated.
     */
    public void zeitraum(LocalDate ab, LocalDate bis, String grund) {
        YearMonth von = YearMonth.from(ab);
        YearMonth bisMonat = bis == null ? YearMonth.of(9999, 12) : YearMonth.from(bis);
        List<Object[]> geschlossen = em.createQuery("SELECT a.beschaeftigterId, a.lauf.monat FROM Abrechnung a WHERE"
                + " a.lauf.status = :s AND a.lauf.monat >= :m AND a.lauf.monat <= :b", Object[].class)
                .setParameter("s", Laufstatus.FREIGEGEBEN).setParameter("m", von).setParameter("b", bisMonat)
                .getResultList();
        vormerkenAlle(geschlossen, grund);
        veraltet(em.createQuery("UPDATE Entgeltlauf l SET l.veraltet = TRUE WHERE l.status = :s AND l.monat >= :m")
                .setParameter("s", Laufstatus.BERECHNET).setParameter("m", von), grund);
    }

    /** Marks (person id, month) rows with one query for the existing marks, not one per person. */
    private void vormerkenAlle(List<Object[]> zeilen, String grund) {
        if (zeilen.isEmpty()) {
            return;
        }
        Set<String> vorhanden = new HashSet<>();
        for (Object[] v : em.createQuery("SELECT v.beschaeftigterId, v.monat FROM RueckrechnungVormerkung v",
                Object[].class).getResultList()) {
            vorhanden.add(v[0] + "/" + v[1]);
        }
        for (Object[] row : zeilen) {
            if (vorhanden.add(row[0] + "/" + row[1])) {
                RueckrechnungVormerkung v = new RueckrechnungVormerkung();
                v.setBeschaeftigterId((Long) row[0]);
                v.setMonat((YearMonth) row[1]);
                v.setGrund(grund.length() > 300 ? grund.substring(0, 300) : grund);
                em.persist(v);
            }
        }
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
