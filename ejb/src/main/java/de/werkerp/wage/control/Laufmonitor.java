package de.werkerp.wage.control;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Progress of the runs being computed in the background, by run id. Kept in memory on purpose: the results are
 * written in one transaction at the end, so progress cannot be read from the database. A run shown as "running"
 * in the database but unknown here was interrupted (e.g. by a restart) and may be started again.
 */
@ApplicationScoped
public class Laufmonitor {

    /** Persons done of all. */
    public record Fortschritt(int fertig, int gesamt) {
        public int prozent() {
            return gesamt == 0 ? 0 : Math.min(100, fertig * 100 / gesamt);
        }
    }

    private final Map<Long, Fortschritt> laufend = new ConcurrentHashMap<>();

    public boolean beginne(Long laufId, int gesamt) {
        return laufend.putIfAbsent(laufId, new Fortschritt(0, gesamt)) == null;
    }

    public void melde(Long laufId, int fertig, int gesamt) {
        laufend.computeIfPresent(laufId, (k, v) -> new Fortschritt(fertig, gesamt));
    }

    public void beende(Long laufId) {
        laufend.remove(laufId);
    }

    public Optional<Fortschritt> fortschritt(Long laufId) {
        return Optional.ofNullable(laufend.get(laufId));
    }
}
