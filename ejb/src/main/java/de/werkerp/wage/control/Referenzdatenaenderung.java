package de.werkerp.wage.control;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.werkerp.reference.entity.Referenzaenderung;
import de.werkerp.reference.entity.ReferenzaenderungUebernahme;

/**
 * Applies changes of the shared reference data (Grundbetrag, Rechengrößen; table {@code ref_aenderung}) to the
 * closed months of the calling tenant. The operator who changes the shared rows has no tenant and may not touch tenant
 * data, so the change is only logged; each tenant applies every change it has not applied yet at its next Entgelt run
 * (and before a release): the released months of all its Einrichtungen inside the changed period are marked for
 * Rückrechnung through {@link Eingabeaenderung#zeitraum}, and the change is recorded as applied for this tenant
 * ({@code ref_aenderung_uebernahme}). Runs inside the calling boundary's transaction and tenant; reads of the tenant's
 * rows are filtered by EclipseLink as everywhere.
 */
@Dependent
public class Referenzdatenaenderung {

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Inject
    Eingabeaenderung eingabeaenderung;

    @Inject
    Clock uhr;

    /** Applies the changes this tenant has not applied yet; returns them (oldest first). */
    public List<Referenzaenderung> uebernehmen() {
        Set<Long> uebernommen = new HashSet<>(em.createQuery("SELECT u.aenderungId FROM ReferenzaenderungUebernahme u",
                Long.class).getResultList());
        List<Referenzaenderung> offen = em.createQuery("SELECT r FROM Referenzaenderung r ORDER BY r.id",
                Referenzaenderung.class).getResultList().stream().filter(r -> !uebernommen.contains(r.getId())).toList();
        for (Referenzaenderung r : offen) {
            eingabeaenderung.zeitraum(r.getGueltigAb(), r.getGueltigBis(), (r.getArt() == Referenzaenderung.Art.GRUNDBETRAG
                    ? "Grundbetrag" : "Rechengrößen") + " geändert am " + r.getGeaendertAm().atZone(uhr.getZone())
                    .toLocalDate() + " von " + r.getGeaendertVon());
            em.persist(new ReferenzaenderungUebernahme(r.getId(), uhr.instant()));
        }
        return offen;
    }
}
