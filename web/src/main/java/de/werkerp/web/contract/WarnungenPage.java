package de.werkerp.web.contract;

import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private List<Warnung> warnungen;

    public boolean isSichtbar() {
        // payroll and management get their bounded start page sections (StartPage) instead of the full list
        return currentUser.has("TENANT_ADMIN,SOCIAL_SERVICE");
    }

    public List<Warnung> getWarnungen() {
        if (warnungen == null) {
            warnungen = isSichtbar() ? service.warnungen(VertragService.heute()) : List.of();
        }
        return warnungen;
    }

    /** The number of open warnings per kind (the counts above the table). */
    public Map<Warnung.Art, Long> getAnzahlJeArt() {
        Map<Warnung.Art, Long> n = new EnumMap<>(Warnung.Art.class);
        getWarnungen().forEach(w -> n.merge(w.art(), 1L, Long::sum));
        return n;
    }

    public List<Map.Entry<Warnung.Art, Long>> getAnzahlen() {
        return List.copyOf(getAnzahlJeArt().entrySet());
    }

    /**
     * The table of warnings, a page at a time: filtered and sorted by plain Java on the list the rule computed (tens of
     * thousands for a large Werkstatt), not by evaluating each column's expression for every row.
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

        private List<Warnung> gefiltert(Map<String, FilterMeta> filterBy) {
            String art = wert(filterBy, "artLabel");
            String person = wert(filterBy, "person");
            if (art == null && person == null) {
                return getWarnungen();
            }
            return getWarnungen().stream()
                    .filter(w -> art == null || w.getArtLabel().toLowerCase(Locale.GERMAN).contains(art))
                    .filter(w -> person == null || w.person().toLowerCase(Locale.GERMAN).contains(person)).toList();
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return gefiltert(filterBy).size();
        }

        @Override
        public List<Warnung> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            List<Warnung> liste = gefiltert(filterBy);
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            if (sort != null && sort.getOrder() != SortOrder.UNSORTED) {
                Comparator<Warnung> c = "person".equals(sort.getField())
                        ? Comparator.comparing(Warnung::person, String.CASE_INSENSITIVE_ORDER)
                        : Comparator.comparing(Warnung::getArtLabel);
                liste = liste.stream().sorted(sort.getOrder() == SortOrder.DESCENDING ? c.reversed() : c).toList();
            }
            setRowCount(liste.size());
            return liste.subList(Math.min(first, liste.size()), Math.min(liste.size(), first + pageSize));
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
