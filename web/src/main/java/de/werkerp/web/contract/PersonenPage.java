package de.werkerp.web.contract;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.boundary.Uebersichtszeile;
import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.contract.entity.Personenkreis;
import de.werkerp.platform.control.Teilliste;
import de.werkerp.web.platform.Messages;

/** Page "Beschäftigte": overview with filters (Einrichtung, Bereich, Gruppe, Status, approval expiring, retirement), and new person. */
@Named
@ViewScoped
public class PersonenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VertragService vertraege;

    @EJB
    BeschaeftigteService personen;

    private Tabelle tabelle;
    private Beschaeftigter neu;
    private boolean trotzGleichemNamen;

    @PostConstruct
    void load() {
        tabelle = new Tabelle();
    }

    /**
     * The overview a page at a time: status, approvals and warnings computed, filtered, sorted and paged by the database
     * ({@link VertragService#uebersicht(java.time.LocalDate, Map, String, boolean, int, int)}), not for all people in
     * Java.
     */
    private class Tabelle extends LazyDataModel<Uebersichtszeile> {

        private static final long serialVersionUID = 1L;

        private Teilliste<Uebersichtszeile> letzte;
        private Map<String, String> letzterFilter;

        private Map<String, String> filter(Map<String, FilterMeta> filterBy) {
            Map<String, String> f = new HashMap<>();
            if (filterBy != null) {
                filterBy.forEach((feld, meta) -> {
                    Object v = meta.getFilterValue();
                    if (v != null && !v.toString().isBlank()) {
                        f.put(feld, v.toString());
                    }
                });
            }
            return f;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            Map<String, String> f = filter(filterBy);
            if (letzte != null && f.equals(letzterFilter)) {
                return (int) letzte.gesamt();
            }
            return (int) vertraege.uebersicht(VertragService.heute(), f, null, false, 0, 0).gesamt();
        }

        @Override
        public List<Uebersichtszeile> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            boolean sortiert = sort != null && sort.getOrder() != SortOrder.UNSORTED;
            letzterFilter = filter(filterBy);
            letzte = vertraege.uebersicht(VertragService.heute(), letzterFilter, sortiert ? sort.getField() : null,
                    sortiert && sort.getOrder() == SortOrder.DESCENDING, first, pageSize);
            setRowCount((int) letzte.gesamt());
            return letzte.eintraege();
        }

        @Override
        public String getRowKey(Uebersichtszeile z) {
            return String.valueOf(z.personId());
        }

        @Override
        public Uebersichtszeile getRowData(String rowKey) {
            return letzte == null ? null : letzte.eintraege().stream()
                    .filter(z -> String.valueOf(z.personId()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public void neu() {
        neu = new Beschaeftigter();
        trotzGleichemNamen = false;
    }

    public void anlegen() throws IOException {
        Beschaeftigter[] angelegt = new Beschaeftigter[1];
        if (Messages.attempt("personForm", () -> angelegt[0] = personen.create(neu, trotzGleichemNamen))) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("„" + angelegt[0].getName() + "“ angelegt.");
            FacesContext.getCurrentInstance().getExternalContext().redirect("person.xhtml?id=" + angelegt[0].getId());
        }
    }

    public Geschlecht[] getGeschlechter() {
        return Geschlecht.values();
    }

    public Personenkreis[] getPersonenkreise() {
        return Personenkreis.values();
    }

    public LazyDataModel<Uebersichtszeile> getTabelle() {
        return tabelle;
    }

    public Beschaeftigter getNeu() {
        return neu;
    }

    public boolean isTrotzGleichemNamen() {
        return trotzGleichemNamen;
    }

    public void setTrotzGleichemNamen(boolean trotzGleichemNamen) {
        this.trotzGleichemNamen = trotzGleichemNamen;
    }
}
