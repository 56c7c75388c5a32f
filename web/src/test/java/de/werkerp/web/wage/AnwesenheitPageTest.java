package de.werkerp.web.wage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.werkerp.wage.boundary.EntgeltEingabeService.AnwesenheitZeile;
import de.werkerp.web.security.CurrentUser;

/**
 * The attendance grid's cells: what a screen reader says and the tooltip come from the cell (the grid of a group
 * renders 75 × 31 of them), and the caller's roles are asked once per view, not per cell.
 */
class AnwesenheitPageTest {

    private static final List<AnwesenheitPage.Tag> TAGE = List.of(
            new AnwesenheitPage.Tag(1, "So", true, false, "März"),
            new AnwesenheitPage.Tag(2, "Mo", false, false, "März"),
            new AnwesenheitPage.Tag(3, "Di", false, true, "März"));

    private static AnwesenheitPage.Zeile zeile(String tage) {
        return new AnwesenheitPage.Zeile(new AnwesenheitZeile(7L, "Muster, Erika", "P-7", "Montage", "AB", tage,
                1, 0, 0, 0, 0, 0, 0, true, 2), TAGE);
    }

    @Test
    void jedeZelleNenntPersonUndTagUndIhrenTooltip() {
        AnwesenheitPage.Zeile z = zeile("-AK");
        assertEquals(3, z.getZellen().size());
        assertEquals("Erika Muster, 1. März", z.getZellen().get(0).getLabel());
        assertEquals("Erika Muster, 3. März", z.getZellen().get(2).getLabel());
        assertEquals("1. (So)", z.getZellen().get(0).getTitel());
        assertEquals("3. (Di, Feiertag)", z.getZellen().get(2).getTitel());
        assertEquals("tag tag-k", z.getZellen().get(2).getKlasse());
        assertEquals("tagspalte frei", TAGE.get(0).getSpaltenklasse());
        assertEquals("tagspalte", TAGE.get(1).getSpaltenklasse());
        assertEquals("tagspalte frei", TAGE.get(2).getSpaltenklasse());
    }

    @Test
    void ohneTageKeineZellen() {
        // the Leitung's rows carry counts only: no day codes, no inputs
        assertTrue(zeile(null).getZellen().isEmpty());
    }

    @Test
    void eineZeileMitIhrenZellenBleibtNachDerSerialisierungVerbunden() throws Exception {
        AnwesenheitPage.Zeile z = zeile("-AK");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(z);
        }
        AnwesenheitPage.Zeile zurueck;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            zurueck = (AnwesenheitPage.Zeile) in.readObject();
        }
        zurueck.getZellen().get(1).setCode("u");
        assertEquals("-UK", zurueck.getCodes());
        assertEquals("Erika Muster, 2. März", zurueck.getZellen().get(1).getLabel());
    }

    @Test
    void rollenWerdenJeAnsichtEinmalGefragt() {
        int[] fragen = new int[1];
        AnwesenheitPage page = new AnwesenheitPage();
        page.currentUser = new CurrentUser() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean has(String roleNames) {
                fragen[0]++;
                return roleNames.contains("PAYROLL");
            }
        };
        for (int i = 0; i < 100; i++) {
            assertTrue(page.isKrankheitsdetails());
            assertTrue(page.isBearbeiten());
        }
        assertEquals(2, fragen[0]);
        List<Boolean> sichtbar = page.getTagSichtbar();
        // no month chosen yet: 31 columns, none shown; the same list while the days do not change
        assertEquals(31, sichtbar.size());
        assertFalse(sichtbar.contains(Boolean.TRUE));
        assertSame(sichtbar, page.getTagSichtbar());
        assertEquals(2, fragen[0]);
    }
}
