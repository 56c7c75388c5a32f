package de.werkerp.wage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.werkerp.wage.control.Laufschritt.Schritt;
import de.werkerp.wage.entity.Laufstatus;

/**
 * The next step of a month's run and the first open month. Four eyes is WerkERP's internal control of the pay
 * (§ 221 Abs. 2 SGB IX) and of the invoices, not a paragraph of its own: the person who computed a run never releases
 * it ({@link Monatsfolge#pruefeFreigabe}, README "Entgeltlauf").
 */
class LaufschrittTest {

    @Test
    void the_person_who_computed_is_told_that_another_person_releases() {
        Laufschritt selbst = Laufschritt.fuer(Laufstatus.BERECHNET, false, "entgelt", "entgelt");
        assertEquals(Schritt.FREIGABE_DURCH_ANDERE, selbst.schritt());
        assertFalse(selbst.freigebbar());
        assertTrue(selbst.text().contains("Freigeben muss ihn eine andere Person"));

        Laufschritt andere = Laufschritt.fuer(Laufstatus.BERECHNET, false, "entgelt", "admin");
        assertEquals(Schritt.FREIGEBEN, andere.schritt());
        assertTrue(andere.freigebbar());
        assertTrue(andere.text().contains("Berechnet von entgelt"));
    }

    @Test
    void an_outdated_run_is_computed_again_before_anybody_releases_it() {
        Laufschritt veraltet = Laufschritt.fuer(Laufstatus.BERECHNET, true, "entgelt", "admin");
        assertEquals(Schritt.NEU_BERECHNEN, veraltet.schritt());
        assertFalse(veraltet.freigebbar());
    }

    @Test
    void every_status_has_its_step() {
        assertEquals(Schritt.BERECHNEN, Laufschritt.fuer(null, false, null, "entgelt").schritt());
        assertEquals(Schritt.BERECHNEN, Laufschritt.fuer(Laufstatus.FEHLER, false, "entgelt", "entgelt").schritt());
        assertEquals(Schritt.WARTEN, Laufschritt.fuer(Laufstatus.LAEUFT, false, "entgelt", "admin").schritt());
        assertEquals(Schritt.ABGESCHLOSSEN,
                Laufschritt.fuer(Laufstatus.FREIGEGEBEN, false, "entgelt", "admin").schritt());
        assertFalse(Laufschritt.fuer(Laufstatus.FREIGEGEBEN, false, "entgelt", "admin").freigebbar());
    }

    @Test
    void the_run_pages_open_on_the_first_open_month() {
        YearMonth jan = YearMonth.of(2026, 1);
        YearMonth feb = YearMonth.of(2026, 2);
        YearMonth ohne = YearMonth.of(2026, 12);
        assertEquals(ohne, Monatsfolge.ersterOffenerMonat(List.of(), ohne));
        // January released: February is open
        assertEquals(feb, Monatsfolge.ersterOffenerMonat(
                List.of(new Monatsfolge.Lauf(jan, Laufstatus.FREIGEGEBEN, "leitung")), ohne));
        // February computed but not released: February stays the open month
        assertEquals(feb, Monatsfolge.ersterOffenerMonat(List.of(new Monatsfolge.Lauf(feb, Laufstatus.BERECHNET, null),
                new Monatsfolge.Lauf(jan, Laufstatus.FREIGEGEBEN, "leitung")), ohne));
        assertEquals(feb, Monatsfolge.ersterOffenerMonat(List.of(new Monatsfolge.Lauf(feb, Laufstatus.FEHLER, null),
                new Monatsfolge.Lauf(jan, Laufstatus.FREIGEGEBEN, "leitung")), ohne));
    }
}
