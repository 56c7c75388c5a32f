package de.werkerp.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One full time per Einrichtung (§ 6 Abs. 1 WVO: 35–40 hours; rules.md § 7): the contract check draws the line of
 * part time (§ 6 Abs. 2 WVO, § 8 TzBfG) at the Einrichtung's full time, and a change of it lists the working times
 * that become part time without a reason.
 */
class EinrichtungsvollzeitTest {

    private static final LocalDate ATTEST = LocalDate.of(2025, 3, 1);
    private static final LocalDate GENEHMIGT = LocalDate.of(2025, 3, 20);
    private static final Arbeitszeitregel WERKSTATT_38_5 = Arbeitszeitregel.STANDARD.mitVollzeit(h("38.5"));

    private static BigDecimal h(String stunden) {
        return new BigDecimal(stunden);
    }

    @ParameterizedTest(name = "full time {0} h → allowed {1}")
    @CsvSource({"35, true", "35.00, true", "38.5, true", "40, true", "34.99, false", "40.01, false", "17.5, false",
            "48, false", "37.125, false"})
    @DisplayName("§ 6 Abs. 1 WVO: an Einrichtung's full time lies in 35–40 hours (boundaries 35/40/34.99/40.01)")
    void wvo_p6_abs1_full_time_between_35_and_40(String stunden, boolean erlaubt) {
        Optional<String> fehler = Arbeitszeitregel.vollzeitFehler(h(stunden));
        assertEquals(!erlaubt, fehler.isPresent(), fehler.toString());
        if (erlaubt) {
            assertEquals(0, h(stunden).compareTo(Arbeitszeitregel.STANDARD.mitVollzeit(h(stunden)).vollzeitAb()));
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Arbeitszeitregel.STANDARD.mitVollzeit(h(stunden)));
            assertEquals(fehler.get(), e.getMessage());
        }
    }

    @Test
    @DisplayName("§ 6 Abs. 1 WVO: the German message for 34.99 and 40.01 hours")
    void wvo_p6_abs1_message() {
        assertEquals("Die Vollzeit der Einrichtung muss zwischen 35 und 40 Wochenstunden liegen (§ 6 Abs. 1 WVO), "
                + "nicht bei 34,99 Stunden.", Arbeitszeitregel.vollzeitFehler(h("34.99")).orElseThrow());
        assertEquals("Die Vollzeit der Einrichtung muss zwischen 35 und 40 Wochenstunden liegen (§ 6 Abs. 1 WVO), "
                + "nicht bei 40,01 Stunden.", Arbeitszeitregel.vollzeitFehler(h("40.01")).orElseThrow());
        assertTrue(Arbeitszeitregel.vollzeitFehler(null).orElseThrow().startsWith("Bitte die Wochenstunden"));
    }

    @Test
    @DisplayName("§ 6 Abs. 2 WVO: 36 h in a workshop of 38.5 h are part time and need a reason")
    void wvo_p6_abs2_36_of_38_5_hours_need_a_reason() {
        Arbeitszeitregel.Ergebnis ohne = WERKSTATT_38_5.pruefe(Anbieterart.WFBM, h("36"));
        assertEquals(List.of("Eine Wochenarbeitszeit von 36 Stunden liegt unter der Vollzeit der Einrichtung von 38,5 "
                + "Stunden und braucht einen Teilzeitgrund: Art oder Schwere der Behinderung oder der Erziehungsauftrag "
                + "(§ 6 Abs. 2 WVO) oder ein Antrag nach § 8 TzBfG. Bitte einen Teilzeitgrund wählen."), ohne.fehler());
        assertTrue(WERKSTATT_38_5.istTeilzeit(h("36")));
        Arbeitszeitregel.Ergebnis mit = WERKSTATT_38_5.pruefe(Anbieterart.WFBM, h("36"),
                Teilzeitgrund.ART_SCHWERE_BEHINDERUNG, ATTEST, GENEHMIGT);
        assertTrue(mit.zulaessig(), mit.fehler().toString());
        // in a workshop of 35 h the same 36 h are full time
        assertTrue(Arbeitszeitregel.STANDARD.pruefe(Anbieterart.WFBM, h("36")).zulaessig());
        assertFalse(Arbeitszeitregel.STANDARD.istTeilzeit(h("36")));
    }

    @ParameterizedTest(name = "38.5 h workshop: {0} h without reason → allowed {1}")
    @CsvSource({"38.5, true", "40, true", "38.49, false", "35, false", "40.01, false"})
    @DisplayName("§ 6 Abs. 1, 2 WVO: around the full time of 38.5 h and the maximum of 40 h")
    void wvo_p6_around_38_5(String stunden, boolean zulaessig) {
        assertEquals(zulaessig, WERKSTATT_38_5.pruefe(Anbieterart.WFBM, h(stunden)).zulaessig());
    }

    @Test
    @DisplayName("Bremen Nr. 4.3: the aLA minimum of 17.5 h stays whatever the full time")
    void ala_minimum_17_5_hours_kept() {
        Arbeitszeitregel ala = Arbeitszeitregel.STANDARD.mitVollzeit(h("39"));
        assertFalse(ala.pruefe(Anbieterart.ALA, h("17.49"), Teilzeitgrund.TZBFG_ANTRAG, ATTEST, GENEHMIGT)
                .zulaessig());
        assertTrue(ala.pruefe(Anbieterart.ALA, h("17.5"), Teilzeitgrund.TZBFG_ANTRAG, ATTEST, GENEHMIGT).zulaessig());
        assertEquals(0, h("17.5").compareTo(ala.alaMindestens()));
    }

    // ------------------------------------------------------------------ change of the full time

    private static Vollzeitaenderung.Arbeitszeitstand zeit(String name, String stunden, Teilzeitgrund grund) {
        return new Vollzeitaenderung.Arbeitszeitstand(1L, 2L, name, null, LocalDate.of(2025, 1, 1), null, h(stunden),
                grund);
    }

    @Test
    @DisplayName("§ 6 WVO: full time 35 → 38.5 h lists those becoming part time, with their reason (worked example)")
    void full_time_35_to_38_5_lists_the_working_times_becoming_part_time() {
        List<Vollzeitaenderung.Arbeitszeitstand> zeiten = List.of(
                zeit("Zander, Zoe", "36", null),
                zeit("Berg, Bea", "37.5", Teilzeitgrund.TZBFG_ANTRAG),
                zeit("Arndt, Anna", "30", Teilzeitgrund.ART_SCHWERE_BEHINDERUNG),
                zeit("Carl, Cem", "38.5", null),
                zeit("Dietz, Dora", "40", null));
        List<Vollzeitaenderung.Betroffen> betroffen = Vollzeitaenderung.betroffen(h("35"), h("38.5"), zeiten);
        assertEquals(List.of("Berg, Bea", "Zander, Zoe"), betroffen.stream().map(b -> b.arbeitszeit().name()).toList());
        assertEquals(List.of(false, true), betroffen.stream().map(Vollzeitaenderung.Betroffen::grundFehlt).toList());
        List<Vollzeitaenderung.Betroffen> ohne = Vollzeitaenderung.ohneGrund(betroffen);
        assertEquals(1, ohne.size());
        assertEquals("Mit einer Vollzeit von 38,5 Stunden werden 1 Arbeitszeit zu Teilzeit ohne Teilzeitgrund "
                + "(§ 6 Abs. 2 WVO, § 8 TzBfG): Zander, Zoe (36 Stunden ab 01.01.2025). Ohne Teilzeitgrund kann der "
                + "Entgeltlauf sie nicht berechnen. Bitte die Änderung ausdrücklich bestätigen und danach die "
                + "Teilzeitgründe erfassen.", Vollzeitaenderung.meldung(h("38.5"), ohne));
    }

    @Test
    @DisplayName("§ 6 WVO: lowering the full time makes nobody part time; an invalid new full time is refused")
    void lowering_the_full_time_affects_nobody() {
        List<Vollzeitaenderung.Arbeitszeitstand> zeiten = List.of(zeit("Zander, Zoe", "36", null),
                zeit("Arndt, Anna", "30", Teilzeitgrund.KINDERBETREUUNG));
        assertEquals(List.of(), Vollzeitaenderung.betroffen(h("38.5"), h("35"), zeiten));
        assertThrows(IllegalArgumentException.class, () -> Vollzeitaenderung.betroffen(h("35"), h("40.01"), zeiten));
    }

    @Test
    @DisplayName("The message names at most 20 people and counts the rest")
    void message_is_limited() {
        List<Vollzeitaenderung.Arbeitszeitstand> zeiten = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            zeiten.add(zeit("Person " + (100 + i), "36", null));
        }
        String m = Vollzeitaenderung.meldung(h("38.5"), Vollzeitaenderung.ohneGrund(
                Vollzeitaenderung.betroffen(h("35"), h("38.5"), zeiten)));
        assertTrue(m.contains("werden 25 Arbeitszeiten") && m.contains("Person 119") && !m.contains("Person 120")
                && m.contains("und 5 weitere"), m);
    }
}
