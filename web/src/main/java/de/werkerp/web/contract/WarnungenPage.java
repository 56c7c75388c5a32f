package de.werkerp.web.contract;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.boundary.Warnung;
import de.werkerp.platform.control.Teilliste;
import de.werkerp.web.security.CurrentUser;

/** The dashboard's open warnings (for the roles that work with people and contracts). */
@Named
@RequestScoped
public class WarnungenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VertragService service;

    @Inject
    CurrentUser currentUser;

    private Map<Warnung.Art, Long> anzahl;

    public boolean isSichtbar() {
        // payroll and management get their bounded start page sections (StartPage) instead of the full list
        return currentUser.has("TENANT_ADMIN,SOCIAL_SERVICE");
    }

    /** The number of open warnings per kind, counted in the database (only kinds with warnings). */
    public Map<Warnung.Art, Long> getAnzahlJeArt() {
        if (anzahl == null) {
            anzahl = new EnumMap<>(Warnung.Art.class);
            if (isSichtbar()) {
                service.warnungsanzahl(VertragService.heute(), null).forEach((art, n) -> {
                    if (n > 0) {
                        anzahl.put(art, n);
                    }
                });
            }
        }
        return anzahl;
    }

    /** All open warnings. */
    public long getGesamt() {
        return getAnzahlJeArt().values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Map.Entry<Warnung.Art, Long>> getAnzahlen() {
        return List.copyOf(getAnzahlJeArt().entrySet());
    }

    /**
     * The table of warnings, a page at a time: counted, filtered (kind label, person), sorted and paged by the
     * database ({@link VertragService#warnungen(java.time.LocalDate, java.util.Set, String, String, boolean, int, int)}).
     */
    public LazyDataModel<Warnung> getTabelle() {
        if (tabelle == null) {
            tabelle = new Tabelle();
        }
        return tabelle;
    }

    private transient Tabelle tabelle;

    private class Tabelle extends LazyDataModel<Warnung> {

        private static final long serialVersionUID = 1L;

        /** The kinds whose label contains the filter text (all without a filter). */
        private Set<Warnung.Art> arten(Map<String, FilterMeta> filterBy) {
            String art = wert(filterBy, "artLabel");
            Set<Warnung.Art> arten = EnumSet.noneOf(Warnung.Art.class);
            for (Warnung.Art a : Warnung.Art.values()) {
                if (art == null || a.getLabel().toLowerCase(Locale.GERMAN).contains(art)) {
                    arten.add(a);
                }
            }
            return arten;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (!isSichtbar()) {
                return 0;
            }
            Set<Warnung.Art> arten = arten(filterBy);
            String person = wert(filterBy, "person");
            Map<Warnung.Art, Long> n = person == null ? getAnzahlJeArt()
                    : service.warnungsanzahl(VertragService.heute(), person);
            return (int) arten.stream().mapToLong(a -> n.getOrDefault(a, 0L)).sum();
        }

        @Override
        public List<Warnung> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Set<Warnung.Art> arten = arten(filterBy);
            if (!isSichtbar() || arten.isEmpty()) {
                setRowCount(0);
                return List.of();
            }
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            boolean sortiert = sort != null && sort.getOrder() != SortOrder.UNSORTED;
            Teilliste<Warnung> seite = service.warnungen(VertragService.heute(), arten, wert(filterBy, "person"),
                    sortiert ? sort.getField() : null, sortiert && sort.getOrder() == SortOrder.DESCENDING, first,
                    pageSize);
            setRowCount((int) seite.gesamt());
            return seite.eintraege();
        }

        @Override
        public String getRowKey(Warnung w) {
            return w.art() + "-" + w.vertragId() + "-" + w.datum();
        }

        private static String wert(Map<String, FilterMeta> filterBy, String feld) {
            FilterMeta f = filterBy == null ? null : filterBy.get(feld);
            Object v = f == null ? null : f.getFilterValue();
            return v == null || v.toString().isBlank() ? null : v.toString().strip().toLowerCase(Locale.GERMAN);
        }
    }
}
