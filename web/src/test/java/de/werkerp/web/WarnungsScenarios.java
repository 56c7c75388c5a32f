package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.boundary.LeistungstraegerService;
import de.werkerp.contract.boundary.NeuerVertrag;
import de.werkerp.contract.boundary.Uebersichtszeile;
import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.boundary.Warnung;
import de.werkerp.contract.control.Regelaltersgrenze;
import de.werkerp.contract.control.Teilzeitgrund;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Bewilligung;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.LeistungstraegerArt;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.contract.entity.Vertragsende;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.Teilliste;

/**
 * In-container proof that the warnings and the people overview computed by the database ({@code Warnungsabfrage},
 * issue 19 item 1) give exactly what the plain-Java rules give ({@code VertragService#warnungen(LocalDate)} and
 * {@code #uebersicht(LocalDate)}), on varied people and for every boundary date the data has: an approval's last day
 * 90, 89 and 91 days ahead, on the day and after; the Regelaltersgrenze reached yesterday, today, in 12 months and a
 * day more (birthdays on the 1st, the 31st, both sides of the 1960/1964 steps); ended, future and two running contracts;
 * follow-up approvals of the same and of another area, gaps; aLA working time at, below and above 26 hours.
 */
final class WarnungsScenarios {

    static final LocalDate HEUTE = LocalDate.of(2026, 12, 7);

    private WarnungsScenarios() {
    }

    /** Creates the people in the caller's tenant (a WfbM and an aLA Einrichtung given). */
    static void anlegen(CallerContext callers, Caller admin, BeschaeftigteService personen, VertragService vertraege,
            LeistungstraegerService traeger, Long wfbm, Long ala, Long gruppe) {
        callers.runAs(admin, () -> {
            Leistungstraeger lt = traeger.create(new Leistungstraeger("LT Warnungen", LeistungstraegerArt.EINGLIEDERUNGSHILFE));
            LocalDate b24 = LocalDate.of(2024, 1, 1);
            // 1 approval ends in exactly 60 days (start page) and 90 days (warnings) on other days
            Long v = vertrag(personen, vertraege, "Ablauf", "Anna", LocalDate.of(1990, 3, 3), wfbm, gruppe, b24, "35");
            bewilligung(vertraege, lt, v, "AZ-1", Bereich.AB, b24, HEUTE.plusDays(60));
            // 2 follow-up of the same area: no warning
            v = vertrag(personen, vertraege, "Anschluss", "Bernd", LocalDate.of(1985, 5, 5), wfbm, gruppe, b24, "35");
            bewilligung(vertraege, lt, v, "AZ-2a", Bereich.AB, b24, LocalDate.of(2026, 12, 31));
            bewilligung(vertraege, lt, v, "AZ-2b", Bereich.AB, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));
            // 3 follow-up of another area: still a warning
            v = vertrag(personen, vertraege, "Anderer", "Carla", LocalDate.of(1992, 7, 7), wfbm, gruppe, b24, "35");
            bewilligung(vertraege, lt, v, "AZ-3a", Bereich.BBB, b24, LocalDate.of(2026, 12, 31));
            bewilligung(vertraege, lt, v, "AZ-3b", Bereich.AB, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));
            // 4 a gap of one day after the approval, later a new one
            v = vertrag(personen, vertraege, "Lücke", "Dora", LocalDate.of(1980, 2, 29), wfbm, gruppe, b24, "35");
            bewilligung(vertraege, lt, v, "AZ-4a", Bereich.AB, b24, LocalDate.of(2026, 11, 30));
            bewilligung(vertraege, lt, v, "AZ-4b", Bereich.AB, LocalDate.of(2026, 12, 2), LocalDate.of(2027, 2, 28));
            // 5 no approval at all
            vertrag(personen, vertraege, "Ohne", "Emil", LocalDate.of(1995, 1, 31), wfbm, gruppe, b24, "35");
            // 6–9 Regelaltersgrenze: 14.12.2026, 30.06.2027, 30.09.2026 (31st of May), 01.01.2031; 10 on 06.12.2027
            for (Object[] r : new Object[][] {{"Frieda", LocalDate.of(1960, 8, 15)}, {"Gustav", LocalDate.of(1961, 1, 1)},
                {"Hanna", LocalDate.of(1960, 5, 31)}, {"Ida", LocalDate.of(1964, 1, 2)}, {"Ines", LocalDate.of(1960, 8, 7)}}) {
                v = vertrag(personen, vertraege, "Rente", (String) r[0], (LocalDate) r[1], wfbm, gruppe, b24, "35");
                bewilligung(vertraege, lt, v, "AZ-R-" + r[0], Bereich.AB, b24, LocalDate.of(2028, 12, 31));
            }
            // 10 ended contract (no warnings, status "beendet"), its approval ends within 90 days of earlier days
            v = vertrag(personen, vertraege, "Beendet", "Jan", LocalDate.of(1960, 6, 1), wfbm, gruppe, b24, "35");
            bewilligung(vertraege, lt, v, "AZ-10", Bereich.AB, b24, LocalDate.of(2026, 12, 31));
            vertraege.beenden(v, LocalDate.of(2026, 10, 31), Vertragsende.SONSTIGE, "Umzug");
            // 11 future contract
            vertrag(personen, vertraege, "Künftig", "Karl", LocalDate.of(2000, 4, 4), wfbm, gruppe,
                    LocalDate.of(2027, 2, 1), "35");
            // 12 no contract
            personen.create(new Beschaeftigter("Lea", "Ohnevertrag", LocalDate.of(1999, 9, 9), Geschlecht.WEIBLICH), true);
            // 13 inactive with a running contract
            v = vertrag(personen, vertraege, "Inaktiv", "Max", LocalDate.of(1961, 3, 3), wfbm, gruppe, b24, "35");
            personen.setAktiv(vertraege.vertrag(v).getBeschaeftigter().getId(), false);
            // 14–15 aLA: 26 h (fee reduced), 27 h changed to 20 h from 01.01.2027
            v = vertrag(personen, vertraege, "Ala", "Nina", LocalDate.of(1988, 8, 8), ala, null, b24, "26");
            bewilligung(vertraege, lt, v, "AZ-14", Bereich.AB, b24, LocalDate.of(2027, 1, 15));
            v = vertrag(personen, vertraege, "Ala", "Otto", LocalDate.of(1987, 8, 8), ala, null, b24, "27");
            bewilligung(vertraege, lt, v, "AZ-15", Bereich.AB, b24, LocalDate.of(2028, 1, 15));
            vertraege.arbeitszeitAendern(v, LocalDate.of(2027, 1, 1), new BigDecimal("20"),
                    Teilzeitgrund.ART_SCHWERE_BEHINDERUNG, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));
            // 16 two running contracts (WfbM and aLA), both without approval; Regelaltersgrenze 31.01.2027
            Long zwei = vertrag(personen, vertraege, "Zwei", "Paula", LocalDate.of(1960, 10, 1), wfbm, gruppe, b24, "35");
            vertraege.anlegen(new NeuerVertrag(vertraege.vertrag(zwei).getBeschaeftigter().getId(), ala,
                    LocalDate.of(2025, 1, 1), Bereich.AB, Platzierung.GRUPPE, null, null, new BigDecimal("18"),
                    Teilzeitgrund.ART_SCHWERE_BEHINDERUNG, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)));
            // 17 part time with a reason, an approval in the Berufsbildungsbereich ending in 91 days
            v = vertrag(personen, vertraege, "Teilzeit", "Rita", LocalDate.of(1993, 12, 31), wfbm, gruppe, b24, "28");
            bewilligung(vertraege, lt, v, "AZ-17", Bereich.BBB, b24, HEUTE.plusDays(91));
            // 18 an umlaut in the name, approval ending today
            v = vertrag(personen, vertraege, "Ärmel", "Ömer", LocalDate.of(1975, 10, 10), wfbm, gruppe, b24, "35");
            bewilligung(vertraege, lt, v, "AZ-18", Bereich.AB, b24, HEUTE);
        });
    }

    private static Long vertrag(BeschaeftigteService personen, VertragService vertraege, String nachname,
            String vorname, LocalDate geboren, Long einrichtung, Long gruppe, LocalDate beginn, String stunden) {
        Beschaeftigter p = personen.create(new Beschaeftigter(vorname, nachname, geboren, Geschlecht.WEIBLICH), true);
        boolean teilzeit = new BigDecimal(stunden).compareTo(new BigDecimal("35")) < 0;
        Werkstattvertrag v = vertraege.anlegen(new NeuerVertrag(p.getId(), einrichtung, beginn, Bereich.AB,
                Platzierung.GRUPPE, gruppe, null, new BigDecimal(stunden),
                teilzeit ? Teilzeitgrund.ART_SCHWERE_BEHINDERUNG : null, teilzeit ? beginn : null,
                teilzeit ? beginn : null));
        return v.getId();
    }

    private static void bewilligung(VertragService vertraege, Leistungstraeger lt, Long vertrag, String az,
            Bereich bereich, LocalDate ab, LocalDate bis) {
        Bewilligung b = new Bewilligung();
        b.setAktenzeichen(az);
        b.setBereich(bereich);
        b.setGueltigAb(ab);
        b.setGueltigBis(bis);
        vertraege.bewilligungAnlegen(vertrag, lt.getId(), b);
    }

    /** Every boundary day of the data (and a few plain ones) on which both evaluations are compared. */
    static List<LocalDate> stichtage(CallerContext callers, Caller admin, VertragService vertraege) {
        TreeSet<LocalDate> tage = new TreeSet<>(List.of(HEUTE, HEUTE.minusDays(1), HEUTE.plusDays(1),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1)));
        callers.runAs(admin, () -> {
            for (Werkstattvertrag v : vertraege.vertraege()) {
                for (Bewilligung b : vertraege.bewilligungen(v.getId())) {
                    for (int d : new int[] {-91, -90, -89, -61, -60, -59, -1, 0, 1}) {
                        tage.add(b.getGueltigBis().plusDays(d));
                    }
                }
                Regelaltersgrenze.Result r = Regelaltersgrenze.fuer(v.getBeschaeftigter().getGeburtsdatum());
                for (LocalDate t : new LocalDate[] {r.erreicht(), r.erreicht().plusDays(1), r.erreicht().plusDays(2),
                    r.erreicht().minusMonths(12), r.erreicht().minusMonths(12).minusDays(1),
                    r.erreicht().minusMonths(12).plusDays(1), r.erreicht().minusMonths(6), r.massnahmeEndet()}) {
                    tage.add(t);
                }
            }
        });
        return new ArrayList<>(tage);
    }

    /**
     * Compares on each day: the warnings (whole list, counts per kind, pages of 3, the person filter) and the
     * overview (whole list, the column filters, a sort). Returns how many warnings were compared.
     */
    static int vergleichen(CallerContext callers, Caller wer, VertragService vertraege, List<LocalDate> tage) {
        return callers.runAs(wer, () -> {
            int verglichen = 0;
            for (LocalDate tag : tage) {
                List<Warnung> regel = vertraege.warnungen(tag);
                Teilliste<Warnung> sql = vertraege.warnungen(tag, null, null, null, false, 0, 10_000);
                assertEquals(regel, sql.eintraege(), "Warnungen am " + tag);
                assertEquals(regel.size(), sql.gesamt(), "Anzahl am " + tag);
                Map<Warnung.Art, Long> anzahl = vertraege.warnungsanzahl(tag, null);
                for (Warnung.Art a : Warnung.Art.values()) {
                    assertEquals(regel.stream().filter(w -> w.art() == a).count(), anzahl.get(a), a + " am " + tag);
                    assertEquals(regel.stream().filter(w -> w.art() == a).toList(),
                            vertraege.warnungen(tag, EnumSet.of(a), null, null, false, 0, 10_000).eintraege(), a + " am " + tag);
                }
                for (int offset = 0; offset < regel.size(); offset += 3) {
                    assertEquals(regel.subList(offset, Math.min(regel.size(), offset + 3)),
                            vertraege.warnungen(tag, null, null, null, false, offset, 3).eintraege(), "Seite am " + tag);
                }
                assertEquals(regel.stream().filter(w -> w.person().toLowerCase(Locale.GERMAN).contains("rente")).toList(),
                        vertraege.warnungen(tag, null, "rente", null, false, 0, 10_000).eintraege(), "Filter am " + tag);
                verglichen += regel.size();

                List<Uebersichtszeile> alle = vertraege.uebersicht(tag);
                Teilliste<Uebersichtszeile> seite = vertraege.uebersicht(tag, Map.of(), null, false, 0, 10_000);
                assertEquals(alle, seite.eintraege(), "Übersicht am " + tag);
                assertEquals(alle.size(), seite.gesamt());
                pruefeFilter(vertraege, tag, alle, Map.of("status", "laufend"), z -> z.status().startsWith("laufend"));
                pruefeFilter(vertraege, tag, alle, Map.of("status", "beendet"), z -> z.status().startsWith("beendet"));
                pruefeFilter(vertraege, tag, alle, Map.of("bewilligungLaeuftAusText", "ja"), z -> z.bewilligungLaeuftAus());
                pruefeFilter(vertraege, tag, alle, Map.of("renteIn12MonatenText", "ja"), z -> z.renteIn12Monaten());
                pruefeFilter(vertraege, tag, alle, Map.of("renteIn12MonatenText", "nein", "gruppe", "warn"),
                        z -> !z.renteIn12Monaten() && z.gruppe() != null && z.gruppe().toLowerCase().contains("warn"));
                pruefeFilter(vertraege, tag, alle, Map.of("bereich", "arbeits", "einrichtung", "ala"),
                        z -> z.bereich() != null && z.bereich().toLowerCase().contains("arbeits")
                                && z.einrichtung() != null && z.einrichtung().toLowerCase().contains("ala"));
                List<Integer> absteigend = vertraege.uebersicht(tag, Map.of(), "warnungen", true, 0, 10_000).eintraege()
                        .stream().map(Uebersichtszeile::warnungen).toList();
                assertEquals(alle.stream().map(Uebersichtszeile::warnungen).sorted(java.util.Comparator.reverseOrder())
                        .toList(), absteigend, "nach Warnungen am " + tag);
            }
            return verglichen;
        });
    }

    /**
     * Payroll's start page: the approvals ending within 60 days and the Regelaltersgrenze within 6 months, chosen by the
     * database, equal the plain-Java evaluation on each day (count and the first names with their texts).
     */
    static int vergleichenStartseite(CallerContext callers, Caller wer, de.werkerp.start.boundary.StartseiteService s,
            List<LocalDate> tage) {
        return callers.runAs(wer, () -> {
            int eintraege = 0;
            for (LocalDate tag : tage) {
                var abfrage = s.entgelt(tag);
                List<de.werkerp.start.boundary.StartseiteService.Auszug> regel = s.entgeltwarnungenNachRegeln(tag);
                assertEquals(regel.get(0), abfrage.bewilligungen(), "Bewilligungen am " + tag);
                assertEquals(regel.get(1), abfrage.regelaltersgrenze(), "Regelaltersgrenze am " + tag);
                eintraege += regel.get(0).erste().size() + regel.get(1).erste().size();
            }
            return eintraege;
        });
    }

    private static void pruefeFilter(VertragService vertraege, LocalDate tag, List<Uebersichtszeile> alle,
            Map<String, String> filter, Predicate<Uebersichtszeile> regel) {
        List<Uebersichtszeile> erwartet = alle.stream().filter(regel).toList();
        Teilliste<Uebersichtszeile> t = vertraege.uebersicht(tag, filter, null, false, 0, 10_000);
        assertEquals(erwartet, t.eintraege(), filter + " am " + tag);
        assertEquals(erwartet.size(), vertraege.uebersicht(tag, filter, null, false, 0, 0).gesamt(), filter + " am " + tag);
        assertTrue(erwartet.size() <= alle.size());
    }
}
