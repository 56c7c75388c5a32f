package de.werkerp.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AufbewahrungsfristTest {

    /** § 41 Abs. 1 Satz 9 EStG: Lohnkonto until the end of the 6th calendar year after the last payment (March 2021). */
    @Test
    void lohnkonto_six_years_after_the_year_of_the_last_payment() {
        assertEquals(LocalDate.of(2027, 12, 31),
                Aufbewahrungsfrist.ende(Aufbewahrungskategorie.ENTGELT, 6, LocalDate.of(2021, 3, 1)));
    }

    /** § 147 Abs. 1 Nr. 4, Abs. 3, 4 AO (BEG IV): Buchungsbelege 8 years from the end of the year; December counts too. */
    @Test
    void buchungsbelege_eight_years_from_the_end_of_the_calendar_year() {
        assertEquals(LocalDate.of(2029, 12, 31),
                Aufbewahrungsfrist.ende(Aufbewahrungskategorie.ENTGELT, 8, LocalDate.of(2021, 12, 1)));
        assertEquals(LocalDate.of(2033, 12, 31),
                Aufbewahrungsfrist.ende(Aufbewahrungskategorie.LEISTUNGSABRECHNUNG, 8, LocalDate.of(2025, 1, 1)));
    }

    /** § 147 Abs. 3 AO / § 257 Abs. 4 HGB: contract (Geschäftsbrief) ended 30.06.2018 → kept until 31.12.2024. */
    @Test
    void contract_six_years_after_the_year_it_ended() {
        assertEquals(LocalDate.of(2024, 12, 31),
                Aufbewahrungsfrist.ende(Aufbewahrungskategorie.STAMMDATEN_VERTRAG, 6, LocalDate.of(2018, 6, 30)));
    }

    /** Election files until the end of the council's term (§ 29 WMVO), counted from the day, not the year's end. */
    @Test
    void election_files_until_the_end_of_the_term() {
        assertEquals(LocalDate.of(2029, 11, 30),
                Aufbewahrungsfrist.ende(Aufbewahrungskategorie.WAHL, 0, LocalDate.of(2029, 11, 30)));
    }

    @Test
    void a_tenant_may_lengthen_but_not_shorten() {
        assertTrue(Aufbewahrungsfrist.fehler(Aufbewahrungskategorie.ENTGELT, 8, 8).isEmpty());
        assertTrue(Aufbewahrungsfrist.fehler(Aufbewahrungskategorie.ENTGELT, 10, 8).isEmpty());
        String kuerzer = Aufbewahrungsfrist.fehler(Aufbewahrungskategorie.ENTGELT, 6, 8).orElseThrow();
        assertTrue(kuerzer.contains("nicht kürzer") && kuerzer.contains("8 Jahren"), kuerzer);
        assertFalse(Aufbewahrungsfrist.fehler(Aufbewahrungskategorie.TEILHABE, 31, 4).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> Aufbewahrungsfrist.ende(Aufbewahrungskategorie.ENTGELT, -1, LocalDate.of(2020, 1, 1)));
    }

    /**
     * Worked example: contract ended 31.03.2021 (6 years → 31.12.2027), last payslip March 2021 (8 years → 31.12.2029),
     * illness until 10.02.2021 (5 years → 31.12.2026), Teilhabe (4 years → 31.12.2025): deletable from 01.01.2030.
     */
    @Test
    void a_person_is_deletable_when_the_longest_period_is_over() {
        Map<Aufbewahrungskategorie, LocalDate> anlaesse = new EnumMap<>(Aufbewahrungskategorie.class);
        anlaesse.put(Aufbewahrungskategorie.STAMMDATEN_VERTRAG, LocalDate.of(2021, 3, 31));
        anlaesse.put(Aufbewahrungskategorie.ENTGELT, LocalDate.of(2021, 3, 1));
        anlaesse.put(Aufbewahrungskategorie.ARBEITSUNFAEHIGKEIT, LocalDate.of(2021, 2, 10));
        anlaesse.put(Aufbewahrungskategorie.TEILHABE, LocalDate.of(2021, 3, 31));
        Map<Aufbewahrungskategorie, Integer> jahre = Map.of(Aufbewahrungskategorie.STAMMDATEN_VERTRAG, 6,
                Aufbewahrungskategorie.ENTGELT, 8, Aufbewahrungskategorie.ARBEITSUNFAEHIGKEIT, 5,
                Aufbewahrungskategorie.TEILHABE, 4, Aufbewahrungskategorie.LEISTUNGSABRECHNUNG, 8,
                Aufbewahrungskategorie.WAHL, 0);

        Loeschreife.Ergebnis vorher = Loeschreife.pruefe(LocalDate.of(2029, 12, 31), false, anlaesse, jahre);
        assertFalse(vorher.loeschbar());
        assertEquals(LocalDate.of(2030, 1, 1), vorher.loeschbarAb());
        assertTrue(vorher.grund().contains("31.12.2029") && vorher.grund().contains("Entgelt"), vorher.grund());
        assertEquals(LocalDate.of(2026, 12, 31), vorher.fristenden().get(Aufbewahrungskategorie.ARBEITSUNFAEHIGKEIT));

        assertTrue(Loeschreife.pruefe(LocalDate.of(2030, 1, 1), false, anlaesse, jahre).loeschbar());
        // a tenant's longer period for the wages (10 years) moves the day
        Map<Aufbewahrungskategorie, Integer> laenger = new EnumMap<>(jahre);
        laenger.put(Aufbewahrungskategorie.ENTGELT, 10);
        assertEquals(LocalDate.of(2032, 1, 1), Loeschreife.pruefe(LocalDate.of(2030, 1, 1), false, anlaesse, laenger)
                .loeschbarAb());
        // an open contract is never proposed; nor a person without a contract
        assertFalse(Loeschreife.pruefe(LocalDate.of(2040, 1, 1), true, anlaesse, jahre).loeschbar());
        assertFalse(Loeschreife.pruefe(LocalDate.of(2040, 1, 1), false,
                Map.of(Aufbewahrungskategorie.ENTGELT, LocalDate.of(2021, 3, 1)), jahre).loeschbar());
    }

    /**
     * § 27 WMVO, §§ 187, 188, 193 BGB: result announced Wednesday 26.11.2025 → challenge until Wednesday 10.12.2025,
     * photos deleted from 11.12.2025; announced Saturday 15.11.2025 → 29.11. is a Saturday → Monday 01.12.2025.
     */
    @Test
    void photos_are_deleted_the_day_after_the_challenge_period() {
        assertEquals(LocalDate.of(2025, 12, 10), Anfechtungsfrist.ende(LocalDate.of(2025, 11, 26), Set.of()));
        assertEquals(LocalDate.of(2025, 12, 11), Anfechtungsfrist.fotosLoeschenAb(LocalDate.of(2025, 11, 26), null,
                Set.of()));
        assertEquals(LocalDate.of(2025, 12, 1), Anfechtungsfrist.ende(LocalDate.of(2025, 11, 15), Set.of()));
        // a holiday on the last day (Reformationstag 31.10.2025 in Saxony) moves it to the next working day
        assertEquals(LocalDate.of(2025, 11, 3), Anfechtungsfrist.ende(LocalDate.of(2025, 10, 17),
                Set.of(LocalDate.of(2025, 10, 31))));
        // not counted yet: none; cancelled: at once
        assertEquals(null, Anfechtungsfrist.fotosLoeschenAb(null, null, Set.of()));
        assertEquals(LocalDate.of(2025, 10, 2), Anfechtungsfrist.fotosLoeschenAb(null, LocalDate.of(2025, 10, 2),
                Set.of()));
    }
}
