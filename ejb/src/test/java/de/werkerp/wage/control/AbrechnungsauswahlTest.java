package de.werkerp.wage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.werkerp.wage.control.Abrechnungsauswahl.Spalte;
import de.werkerp.wage.control.Abrechnungsauswahl.Veraenderung;

class AbrechnungsauswahlTest {

    @Test
    void ohneFilterNurNachNameUndId() {
        Abrechnungsauswahl a = Abrechnungsauswahl.alle();
        assertEquals("", a.bedingungen(true));
        assertEquals(Map.of(), a.parameter());
        assertEquals("a.name, a.id", a.ordnung());
        assertFalse(a.brauchtVorlaeufe(true));
    }

    @Test
    void textfilterEnthaltenOhneGrossKleinUndMitMaskiertenPlatzhaltern() {
        Abrechnungsauswahl a = new Abrechnungsauswahl(" Müller ", "10_", null, "", null, null, Spalte.AUSZAHLUNG, true);
        assertEquals(" AND LOWER(a.name) LIKE :name AND LOWER(a.personalnummer) LIKE :personalnummer",
                a.bedingungen(false));
        assertEquals(Map.of("name", "%müller%", "personalnummer", "%10\\_%"), a.parameter());
        // ties by name and id, so that the pages of equal payouts do not overlap
        assertEquals("a.auszahlung DESC, a.name, a.id", a.ordnung());
    }

    @Test
    void hinweisFilterTrifftAuchAnwesenheitFehlt() {
        Abrechnungsauswahl fehlt = new Abrechnungsauswahl(null, null, null, null, "anwesen", null, null, false);
        assertEquals(" AND (LOWER(a.hinweise) LIKE :hinweis OR a.anwesenheitFehlt = TRUE)", fehlt.bedingungen(true));
        Abrechnungsauswahl anderer = new Abrechnungsauswahl(null, null, null, null, "Teilzeit", null, null, false);
        assertEquals(" AND LOWER(a.hinweise) LIKE :hinweis", anderer.bedingungen(true));
        assertEquals(Map.of("hinweis", "%teilzeit%"), anderer.parameter());
    }

    @Test
    void veraenderungGegenueberDemVormonat() {
        Abrechnungsauswahl neu = nur(Veraenderung.NEU);
        assertTrue(neu.bedingungen(true).startsWith(" AND NOT EXISTS (SELECT v.id FROM Abrechnung v WHERE v.lauf.id IN"
                + " :vorlaeufe AND v.beschaeftigterId = a.beschaeftigterId"), neu.bedingungen(true));
        assertTrue(neu.brauchtVorlaeufe(true));
        assertTrue(nur(Veraenderung.GEAENDERT).bedingungen(true).endsWith(" AND v.auszahlung <> a.auszahlung)"));
        assertTrue(nur(Veraenderung.UNVERAENDERT).bedingungen(true).endsWith(" AND v.auszahlung = a.auszahlung)"));
        // without a previous month's run every statement is new
        assertEquals("", neu.bedingungen(false));
        assertEquals(" AND 1 = 0", nur(Veraenderung.GEAENDERT).bedingungen(false));
        assertEquals(" AND 1 = 0", nur(Veraenderung.UNVERAENDERT).bedingungen(false));
        assertFalse(neu.brauchtVorlaeufe(false));
    }

    @Test
    void veraenderungAusDemFiltertext() {
        assertEquals(Optional.of(Veraenderung.GEAENDERT), Veraenderung.aus(" Geändert"));
        assertEquals(Optional.of(Veraenderung.GEAENDERT), Veraenderung.aus("geaendert"));
        assertEquals(Optional.of(Veraenderung.UNVERAENDERT), Veraenderung.aus("unverändert"));
        assertEquals(Optional.of(Veraenderung.NEU), Veraenderung.aus("NEU"));
        assertEquals(Optional.empty(), Veraenderung.aus("geä"));
        assertEquals(Optional.empty(), Veraenderung.aus(null));
    }

    @Test
    void hinweiseSortiertFehlendeAnwesenheitZuerst() {
        assertEquals("a.anwesenheitFehlt DESC, a.hinweise, a.name, a.id",
                new Abrechnungsauswahl(null, null, null, null, null, null, Spalte.HINWEISE, false).ordnung());
        assertEquals("a.name DESC, a.id DESC",
                new Abrechnungsauswahl(null, null, null, null, null, null, Spalte.NAME, true).ordnung());
    }

    private static Abrechnungsauswahl nur(Veraenderung v) {
        return new Abrechnungsauswahl(null, null, null, null, null, v, null, false);
    }
}
