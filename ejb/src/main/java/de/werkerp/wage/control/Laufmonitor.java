package de.werkerp.wage.control;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Progress of the runs this node computes, by run id. The results are written in one transaction at the end; the
 * progress other nodes read comes from the run's row, which the computing node updates every second with its lease
 * ({@link Laufpuls}, {@link Lauflease}).
 */
@ApplicationScoped
public class Laufmonitor {

    /** Persons done of all. */
    public record Fortschritt(int fertig, int gesamt) implements java.io.Serializable {
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
