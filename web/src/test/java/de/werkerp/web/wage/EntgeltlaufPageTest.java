package de.werkerp.web.wage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import de.werkerp.wage.control.Abrechnungsauswahl;
import de.werkerp.wage.control.Abrechnungsauswahl.Spalte;
import de.werkerp.wage.control.Abrechnungsauswahl.Veraenderung;

/** The column filters and the sort of the run page's lazy table become the database selection. */
class EntgeltlaufPageTest {

    @Test
    void ohneFilterUndSortierungNachName() {
        assertEquals(Optional.of(Abrechnungsauswahl.alle()), EntgeltlaufPage.auswahl(Map.of(), Map.of()));
        assertEquals(Optional.of(Abrechnungsauswahl.alle()), EntgeltlaufPage.auswahl(null, null));
    }

    @Test
    void spaltenfilterUndSortierung() {
        Map<String, FilterMeta> filter = Map.of(
                "name", filter("name", "Mül"),
                "gruppe", filter("gruppe", "  "),
                "hinweiseText", filter("hinweiseText", "fehlt"),
                "veraendertText", filter("veraendertText", "geändert"));
        Map<String, SortMeta> sortierung = Map.of("auszahlung",
                SortMeta.builder().field("auszahlung").order(SortOrder.DESCENDING).build());
        Abrechnungsauswahl a = EntgeltlaufPage.auswahl(filter, sortierung).orElseThrow();
        assertEquals(new Abrechnungsauswahl("Mül", null, null, null, "fehlt", Veraenderung.GEAENDERT,
                Spalte.AUSZAHLUNG, true), a);
    }

    @Test
    void unbekannteVeraenderungZeigtNichts() {
        assertTrue(EntgeltlaufPage.auswahl(Map.of("veraendertText", filter("veraendertText", "vielleicht")), Map.of())
                .isEmpty());
    }

    private static FilterMeta filter(String feld, String wert) {
        return FilterMeta.builder().field(feld).filterValue(wert).build();
    }
}
