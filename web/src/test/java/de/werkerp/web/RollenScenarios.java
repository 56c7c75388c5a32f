package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.openqa.selenium.By;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.boundary.NeuerVertrag;
import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.control.Teilzeitgrund;
import de.werkerp.contract.entity.Arbeitszeit;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.contract.entity.Personenkreis;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.election.boundary.WahlService;
import de.werkerp.election.boundary.WahlschwellenService;
import de.werkerp.election.entity.Anlass;
import de.werkerp.election.entity.Funktion;
import de.werkerp.election.entity.Wahlart;
import de.werkerp.election.entity.Wahlvorschlag;
import de.werkerp.platform.control.AccessDenied;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.boundary.BenutzerService;
import de.werkerp.security.entity.Benutzer;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Einrichtungsart;
import de.werkerp.tenant.entity.Gruppe;
import de.werkerp.wage.boundary.EntgeltEingabeService;
import de.werkerp.wage.entity.Arbeitsunfaehigkeit;

/**
 * The role × data matrix of docs/rollen.md as a table-driven test (issue 16 item 6): every role against every row —
 * the special categories (Personenkreis, Betreuung, Teilzeitgrund, attendance and sick codes, illness spells) and the
 * election rows (project, voter list posted and not posted, objections, nominations, count) — through the services in
 * the container ({@link #matrix}), and the REST shapes from outside ({@link #rest}). Each probe observes the access a
 * role really gets ("ändern" only where a change is accepted) and the test compares it with the documented cell.
 */
final class RollenScenarios {

    static final String KENNUNG = "rollen";
    static final String PASSWORT = "passwort-rollen-16";
    static final String PERSON = "Sonderfall";

    private RollenScenarios() {
    }

    /** What a role gets in one row; {@code NAMEN}: the voter list's names only (council while posted). */
    enum Zugang {
        AENDERN, LESEN, NAMEN, AGGREGIERT, KEIN;

        @Override
        public String toString() {
            return switch (this) {
                case AENDERN -> "ändern";
                case LESEN -> "lesen";
                case NAMEN -> "Namen";
                case AGGREGIERT -> "aggregiert";
                case KEIN -> "—";
            };
        }
    }

    /** The services the probes call (injected into WerkErpIT). */
    record Dienste(CallerContext callers, BenutzerService benutzer, OrganisationService organisation,
            BeschaeftigteService personen, VertragService vertraege, EntgeltEingabeService eingaben, WahlService wahlen,
            WahlschwellenService schwellen) {
    }

    /** The test tenant's data the probes look at. */
    record Lage(Caller admin, Long einrichtung, Long person, Long vertrag, YearMonth monat, Long wahlAusgehaengt,
            Long wahlNichtAusgehaengt, Long vorschlag) {
    }

    private static final Role[] ROLLEN = {Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE,
        Role.COUNCIL, Role.ELECTION_BOARD, Role.AUDITOR, Role.OPERATOR};

    /** A row of docs/rollen.md: the documented cells in the order of {@link #ROLLEN} and the probe. */
    private record Zeile(String daten, Zugang[] erwartet, java.util.function.BiFunction<Dienste, Lage, Zugang> probe) {
    }

    private static Zugang[] z(Zugang... z) {
        assertEquals(ROLLEN.length, z.length);
        return z;
    }

    private static final Zugang A = Zugang.AENDERN;
    private static final Zugang L = Zugang.LESEN;
    private static final Zugang N = Zugang.NAMEN;
    private static final Zugang G = Zugang.AGGREGIERT;
    private static final Zugang K = Zugang.KEIN;

    //                                                      ADMIN PAY MGMT SOZ RAT WV AUD OP
    private static final List<Zeile> MATRIX = List.of(
            new Zeile("Personenkreis (Art. 9)", z(A, K, K, A, K, K, K, K), RollenScenarios::personenkreis),
            new Zeile("Gesetzliche Betreuung (Art. 9)", z(A, K, K, A, K, K, K, K), RollenScenarios::betreuung),
            new Zeile("Arbeitszeit: Stunden", z(A, L, L, A, K, K, L, K), RollenScenarios::stunden),
            new Zeile("Teilzeitgrund (Art. 9)", z(A, K, K, A, K, K, K, K), RollenScenarios::teilzeitgrund),
            new Zeile("Anwesenheit je Art", z(A, A, G, K, K, K, L, K), RollenScenarios::anwesenheit),
            new Zeile("Krankheitskürzel K/O (Art. 9)", z(A, A, K, K, K, K, L, K), RollenScenarios::kuerzel),
            new Zeile("Arbeitsunfähigkeiten (Art. 9)", z(A, A, K, K, K, K, L, K), RollenScenarios::au),
            new Zeile("Wahlschwellen", z(G, K, G, G, G, G, G, K), RollenScenarios::schwellen),
            new Zeile("Wahlprojekt", z(A, K, L, K, L, A, L, K), RollenScenarios::projekt),
            new Zeile("Wählerliste (ausgehängt)", z(L, K, L, K, N, A, L, K),
                    (d, l) -> waehlerliste(d, l, l.wahlAusgehaengt())),
            new Zeile("Wählerliste (nicht ausgehängt)", z(L, K, L, K, G, A, L, K),
                    (d, l) -> waehlerliste(d, l, l.wahlNichtAusgehaengt())),
            new Zeile("Einsprüche (§ 17 WMVO)", z(L, K, L, K, L, A, L, K), RollenScenarios::einsprueche),
            new Zeile("Wahlvorschläge (§ 19 WMVO)", z(L, K, L, K, L, A, L, K), RollenScenarios::vorschlaege),
            new Zeile("Auszählung und Ergebnis (§ 23 WMVO)", z(L, K, L, K, L, A, L, K), RollenScenarios::auszaehlung));

    // ------------------------------------------------------------------ in the container

    /** Prepares the tenant, then checks every row of the matrix for every role; all mismatches in one message. */
    static void matrix(Dienste d, Caller admin) {
        Lage l = lage(d, admin);
        List<String> abweichungen = new ArrayList<>();
        Map<String, Map<Role, Zugang>> gesehen = new LinkedHashMap<>();
        for (Zeile zeile : MATRIX) {
            Map<Role, Zugang> reihe = new EnumMap<>(Role.class);
            for (int i = 0; i < ROLLEN.length; i++) {
                Role r = ROLLEN[i];
                Caller c = r == Role.OPERATOR ? new Caller("rollen.betrieb", null, EnumSet.of(Role.OPERATOR))
                        : new Caller("rollen." + r.name().toLowerCase(), admin.tenantId(), EnumSet.of(r));
                Zugang ist = d.callers().runAs(c, () -> zeile.probe().apply(d, l));
                reihe.put(r, ist);
                if (ist != zeile.erwartet()[i]) {
                    abweichungen.add(zeile.daten() + " × " + r + ": erwartet " + zeile.erwartet()[i] + ", ist " + ist);
                }
            }
            gesehen.put(zeile.daten(), reihe);
        }
        assertTrue(abweichungen.isEmpty(), String.join("\n", abweichungen) + "\nalle: " + gesehen);

        // what the restricted views hold: the hours without the reason, the council's names without anything else
        Arbeitszeit az = d.callers().runAs(rolle(admin, Role.PAYROLL), () -> d.vertraege().arbeitszeiten(l.vertrag()))
                .get(0);
        assertEquals(0, new BigDecimal("30").compareTo(az.getWochenstunden()));
        assertNull(az.getTeilzeitgrund());
        assertTrue(az.isTeilzeitgrundVerborgen(), "Entgelt sieht: ein Grund ist erfasst");
        for (WahlService.Waehler w : d.callers().runAs(rolle(admin, Role.COUNCIL),
                () -> d.wahlen().waehlerliste(l.wahlAusgehaengt()))) {
            assertTrue(w.nachname() != null && w.vorname() != null);
            assertNull(w.personId());
            assertNull(w.personalnummer());
            assertNull(w.seit());
            assertNull(w.waehlbar());
        }
        AccessDenied nichtAusgehaengt = org.junit.jupiter.api.Assertions.assertThrows(AccessDenied.class,
                () -> d.callers().runAs(rolle(admin, Role.COUNCIL), () -> d.wahlen().waehlerliste(
                        l.wahlNichtAusgehaengt())));
        assertTrue(nichtAusgehaengt.getMessage().contains("§§ 16, 18 WMVO"), nichtAusgehaengt.getMessage());
        WahlService.Waehlerzahlen zahlen = d.callers().runAs(rolle(admin, Role.COUNCIL),
                () -> d.wahlen().waehlerzahlen(l.wahlAusgehaengt()));
        assertEquals(12, zahlen.wahlberechtigte());
        assertEquals(6, zahlen.frauen());
        assertTrue(zahlen.ausgehaengt());
        assertFalse(d.callers().runAs(rolle(admin, Role.COUNCIL),
                () -> d.wahlen().waehlerzahlen(l.wahlNichtAusgehaengt())).ausgehaengt());
        // the management's row: two ill days (one K, one O) as one number
        EntgeltEingabeService.AnwesenheitZeile m = zeileVon(d.callers().runAs(rolle(admin, Role.MANAGEMENT),
                () -> d.eingaben().anwesenheit(l.einrichtung(), l.monat(), null)), l.person());
        assertEquals(2, m.krank());
        assertNull(m.tage());
        assertNull(m.krankMitBescheinigung());
        assertNull(m.krankOhneBescheinigung());
        EntgeltEingabeService.AnwesenheitZeile p = zeileVon(d.callers().runAs(rolle(admin, Role.PAYROLL),
                () -> d.eingaben().anwesenheit(l.einrichtung(), l.monat(), null)), l.person());
        assertEquals(1, p.krankMitBescheinigung());
        assertEquals(1, p.krankOhneBescheinigung());
        assertEquals(m.anwesend(), p.anwesend());
    }

    private static Caller rolle(Caller admin, Role r) {
        return new Caller("rollen." + r.name().toLowerCase(), admin.tenantId(), EnumSet.of(r));
    }

    /**
     * The tenant: twelve workers in the Arbeitsbereich for two years (every second a woman), one with Personenkreis,
     * Betreuung and part time for the disability, attendance of last month with one K and one O day and an illness
     * spell; an election out of cycle whose Wahlausschreiben was issued today (the list hangs) in one Einrichtung, a
     * regular one in 2053 (not yet posted) in another; users for the REST checks.
     */
    private static Lage lage(Dienste d, Caller admin) {
        LocalDate heute = LocalDate.now(ZoneId.of("Europe/Berlin"));
        YearMonth monat = YearMonth.from(heute).minusMonths(1);
        Long[] ids = d.callers().runAs(admin, () -> {
            for (Role r : new Role[] {Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL,
                Role.ELECTION_BOARD, Role.AUDITOR}) {
                d.benutzer().create(new Benutzer("rollen." + r.name().toLowerCase(), "Rolle " + r.label(),
                        EnumSet.of(r)), PASSWORT);
            }
            Einrichtung e = d.organisation().createEinrichtung(new Einrichtung("Rollenwerkstatt", Einrichtungsart.WFBM));
            var site = d.organisation().createBetriebsstaette(e.getId(), new de.werkerp.tenant.entity.Betriebsstaette(
                    null, "Standort Rollenwerkstatt", "Weg 2", "10115", "Berlin", false));
            Gruppe g = d.organisation().createGruppe(site.getId(), new Gruppe(null, "Gruppe Rollenwerkstatt"));
            Einrichtung zweite = d.organisation().createEinrichtung(new Einrichtung("Rollenwerkstatt 2053",
                    Einrichtungsart.WFBM));
            List<Long> leute = new ArrayList<>();
            Long vertrag = null;
            for (int i = 0; i < 12; i++) {
                Beschaeftigter b = new Beschaeftigter(i == 0 ? "Sina" : "Person" + i, i == 0 ? PERSON : "Rolle-" + i,
                        LocalDate.of(1980 + i, 1 + i, 3), i % 2 == 0 ? Geschlecht.WEIBLICH : Geschlecht.MAENNLICH);
                b.setPersonalnummer("R-" + (100 + i));
                if (i == 0) {
                    b.setPersonenkreis(Personenkreis.SEELISCHE_BEHINDERUNG);
                    b.setBetreuerName("Bea Betreuerin");
                    b.setBetreuerKontakt("Tel. 0421 123456");
                    b.setBetreuungUmfang("Vermögenssorge");
                }
                b = d.personen().create(b, true);
                var v = d.vertraege().anlegen(new NeuerVertrag(b.getId(), e.getId(), heute.minusYears(2).withDayOfMonth(1),
                        Bereich.AB, Platzierung.GRUPPE, g.getId(), null, new BigDecimal(i == 0 ? "30" : "35"),
                        i == 0 ? Teilzeitgrund.ART_SCHWERE_BEHINDERUNG : null, i == 0 ? heute.minusYears(2) : null,
                        i == 0 ? heute.minusYears(2) : null));
                if (i == 0) {
                    vertrag = v.getId();
                }
                leute.add(b.getId());
            }
            LocalDate wahltag = heute.plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
            var w = d.wahlen().anlegen(new WahlService.NeueWahl(e.getId(), false, Anlass.KEIN_WERKSTATTRAT,
                    "Erste Wahl", wahltag, null, heute.minusDays(7), heute, "Saal", "9 bis 11 Uhr", "Saal",
                    "Schwarzes Brett", "Wahlvorstand", null, null));
            d.wahlen().wahlvorstandBestellen(w.getId(), List.of(
                    new WahlService.MitgliedEingabe(leute.get(2), null, Funktion.VORSITZ, true),
                    new WahlService.MitgliedEingabe(leute.get(3), null, Funktion.MITGLIED, false),
                    new WahlService.MitgliedEingabe(leute.get(5), null, Funktion.MITGLIED, false)));
            var spaeter = d.wahlen().anlegen(new WahlService.NeueWahl(zweite.getId(), true, null, null,
                    WahlAblauf.WAHLTAG, LocalDate.of(2053, 11, 30), null, LocalDate.of(2053, 9, 24), null, null, null,
                    null, null, 20, 10));
            return new Long[] {e.getId(), leute.get(0), vertrag, w.getId(), spaeter.getId(), leute.get(4),
                leute.get(6), leute.get(7), leute.get(8)};
        });
        Caller wv = rolle(admin, Role.ELECTION_BOARD);
        Long vorschlag = d.callers().runAs(wv, () -> {
            Wahlvorschlag v = d.wahlen().vorschlagEinreichen(ids[3], Wahlart.WERKSTATTRAT, ids[5], true,
                    List.of(ids[6], ids[7], ids[8]), LocalDate.now(ZoneId.of("Europe/Berlin")));
            return d.wahlen().vorschlagEntscheiden(v.getId(), true, null).getId();
        });
        Caller entgelt = rolle(admin, Role.PAYROLL);
        d.callers().runAs(entgelt, () -> {
            EntgeltEingabeService.AnwesenheitZeile z = zeileVon(d.eingaben().anwesenheit(ids[0], monat, null), ids[1]);
            String tage = z.tage();
            int erster = tage.indexOf('A');
            int zweiter = tage.indexOf('A', erster + 1);
            tage = tage.substring(0, erster) + 'K' + tage.substring(erster + 1, zweiter) + 'O'
                    + tage.substring(zweiter + 1);
            d.eingaben().anwesenheitSpeichern(monat, List.of(new EntgeltEingabeService.AnwesenheitEingabe(ids[1], tage,
                    null)));
            Arbeitsunfaehigkeit au = new Arbeitsunfaehigkeit();
            au.setBeginn(monat.atDay(2));
            au.setEnde(monat.atDay(3));
            return d.eingaben().arbeitsunfaehigkeitAnlegen(ids[1], au);
        });
        return new Lage(admin, ids[0], ids[1], ids[2], monat, ids[3], ids[4], vorschlag);
    }

    private static EntgeltEingabeService.AnwesenheitZeile zeileVon(List<EntgeltEingabeService.AnwesenheitZeile> l,
            Long person) {
        return l.stream().filter(z -> z.beschaeftigterId().equals(person)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ probes (run as the role)

    /** Runs {@code call}; null when the role is refused (AccessDenied). */
    private static <T> T lies(Supplier<T> call) {
        try {
            return call.get();
        } catch (AccessDenied refused) {
            return null;
        }
    }

    /**
     * Whether the role may change: {@code call} is a change with an input the rule refuses, so an allowed role gets
     * the ValidationFailure (nothing stored) and a refused one AccessDenied, before anything is read.
     */
    private static boolean darfAendern(Runnable call) {
        try {
            call.run();
            return true;
        } catch (ValidationFailure allowedButRefusedInput) {
            return true;
        } catch (AccessDenied refused) {
            return false;
        }
    }

    /** Personenkreis: a change is stored (read back by the admin), else read or hidden. */
    private static Zugang personenkreis(Dienste d, Lage l) {
        Beschaeftigter b = lies(() -> d.personen().find(l.person()));
        if (b == null) {
            return Zugang.KEIN;
        }
        Personenkreis vorher = b.getPersonenkreis();
        Personenkreis neu = vorher == Personenkreis.SEELISCHE_BEHINDERUNG ? Personenkreis.GEISTIGE_BEHINDERUNG
                : Personenkreis.SEELISCHE_BEHINDERUNG;
        b.setPersonenkreis(neu);
        boolean gespeichert = lies(() -> d.personen().update(b)) != null
                && d.callers().runAs(l.admin(), () -> d.personen().find(l.person())).getPersonenkreis() == neu;
        return gespeichert ? Zugang.AENDERN : vorher != null ? Zugang.LESEN : Zugang.KEIN;
    }

    /** Betreuung: the guardian's contact changed and stored, else read or hidden (name, contact, scope together). */
    private static Zugang betreuung(Dienste d, Lage l) {
        Beschaeftigter b = lies(() -> d.personen().find(l.person()));
        if (b == null) {
            return Zugang.KEIN;
        }
        boolean sichtbar = b.getBetreuerKontakt() != null;
        assertEquals(sichtbar, b.getBetreuerName() != null, "Name und Kontakt der Betreuung gehören zusammen");
        assertEquals(sichtbar, b.getBetreuungUmfang() != null, "Aufgabenkreis wie Kontakt");
        String neu = "Tel. " + System.nanoTime();
        b.setBetreuerKontakt(neu);
        boolean gespeichert = lies(() -> d.personen().update(b)) != null
                && neu.equals(d.callers().runAs(l.admin(), () -> d.personen().find(l.person())).getBetreuerKontakt());
        return gespeichert ? Zugang.AENDERN : sichtbar ? Zugang.LESEN : Zugang.KEIN;
    }

    /** A working time starting before the current one is refused by the rule: the role may change, nothing stored. */
    private static boolean arbeitszeitAendern(Dienste d, Lage l) {
        return darfAendern(() -> d.vertraege().arbeitszeitAendern(l.vertrag(), LocalDate.of(2000, 1, 1),
                new BigDecimal("30"), Teilzeitgrund.ART_SCHWERE_BEHINDERUNG, null, null));
    }

    private static Zugang stunden(Dienste d, Lage l) {
        List<Arbeitszeit> z = lies(() -> d.vertraege().arbeitszeiten(l.vertrag()));
        if (z == null) {
            return Zugang.KEIN;
        }
        assertEquals(0, new BigDecimal("30").compareTo(z.get(0).getWochenstunden()));
        return arbeitszeitAendern(d, l) ? Zugang.AENDERN : Zugang.LESEN;
    }

    private static Zugang teilzeitgrund(Dienste d, Lage l) {
        List<Arbeitszeit> z = lies(() -> d.vertraege().arbeitszeiten(l.vertrag()));
        if (z == null || z.get(0).getTeilzeitgrund() == null) {
            return Zugang.KEIN;
        }
        assertEquals(Teilzeitgrund.ART_SCHWERE_BEHINDERUNG, z.get(0).getTeilzeitgrund());
        return arbeitszeitAendern(d, l) ? Zugang.AENDERN : Zugang.LESEN;
    }

    private static EntgeltEingabeService.AnwesenheitZeile anwesenheitszeile(Dienste d, Lage l) {
        List<EntgeltEingabeService.AnwesenheitZeile> z = lies(() -> d.eingaben().anwesenheit(l.einrichtung(), l.monat(),
                null));
        return z == null ? null : zeileVon(z, l.person());
    }

    /** An empty list of attendance changes is accepted by the roles that enter attendance. */
    private static boolean anwesenheitAendern(Dienste d, Lage l) {
        return darfAendern(() -> d.eingaben().anwesenheitSpeichern(l.monat(), List.of()));
    }

    private static Zugang anwesenheit(Dienste d, Lage l) {
        EntgeltEingabeService.AnwesenheitZeile z = anwesenheitszeile(d, l);
        if (z == null) {
            return Zugang.KEIN;
        }
        assertEquals(2, z.krank());
        if (z.tage() == null) {
            return Zugang.AGGREGIERT;
        }
        return anwesenheitAendern(d, l) ? Zugang.AENDERN : Zugang.LESEN;
    }

    private static Zugang kuerzel(Dienste d, Lage l) {
        EntgeltEingabeService.AnwesenheitZeile z = anwesenheitszeile(d, l);
        if (z == null || z.tage() == null || z.krankMitBescheinigung() == null) {
            return Zugang.KEIN;
        }
        assertTrue(z.tage().contains("K") && z.tage().contains("O"), z.tage());
        return anwesenheitAendern(d, l) ? Zugang.AENDERN : Zugang.LESEN;
    }

    private static Zugang au(Dienste d, Lage l) {
        List<Arbeitsunfaehigkeit> a = lies(() -> d.eingaben().arbeitsunfaehigkeiten(l.person()));
        if (a == null) {
            return Zugang.KEIN;
        }
        assertEquals(1, a.size());
        Arbeitsunfaehigkeit falsch = new Arbeitsunfaehigkeit();
        falsch.setBeginn(l.monat().atDay(5));
        falsch.setEnde(l.monat().atDay(4)); // ends before it begins: refused by the rule
        return darfAendern(() -> d.eingaben().arbeitsunfaehigkeitAnlegen(l.person(), falsch)) ? Zugang.AENDERN
                : Zugang.LESEN;
    }

    private static Zugang schwellen(Dienste d, Lage l) {
        WahlschwellenService.Lage s = lies(() -> d.schwellen().lage(l.einrichtung(), LocalDate.now(ZoneId.of(
                "Europe/Berlin"))));
        if (s == null) {
            return Zugang.KEIN;
        }
        assertEquals(12, s.zahlen().aktuell().wahlberechtigte());
        return Zugang.AGGREGIERT;
    }

    private static Zugang projekt(Dienste d, Lage l) {
        if (lies(() -> d.wahlen().projekt(l.wahlAusgehaengt())) == null) {
            return Zugang.KEIN;
        }
        // cancelling without a reason is refused by the rule (nothing changes) — for the roles that set elections up
        return darfAendern(() -> d.wahlen().absagen(l.wahlAusgehaengt(), " ")) ? Zugang.AENDERN : Zugang.LESEN;
    }

    /** An objection received long after the § 17 period is refused by the rule: the Wahlvorstand's change. */
    private static boolean einspruchErfassen(Dienste d, Long wahl) {
        return darfAendern(() -> d.wahlen().einspruchErfassen(wahl, LocalDate.of(2099, 1, 1), "Probe", "zu spät"));
    }

    private static Zugang waehlerliste(Dienste d, Lage l, Long wahl) {
        List<WahlService.Waehler> liste = lies(() -> d.wahlen().waehlerliste(wahl));
        if (liste == null) {
            return lies(() -> d.wahlen().waehlerzahlen(wahl)) != null ? Zugang.AGGREGIERT : Zugang.KEIN;
        }
        if (!liste.isEmpty() && liste.stream().allMatch(w -> w.personalnummer() == null && w.personId() == null
                && w.seit() == null)) {
            return Zugang.NAMEN;
        }
        return einspruchErfassen(d, wahl) ? Zugang.AENDERN : Zugang.LESEN;
    }

    private static Zugang einsprueche(Dienste d, Lage l) {
        if (lies(() -> d.wahlen().einsprueche(l.wahlAusgehaengt())) == null) {
            return Zugang.KEIN;
        }
        return einspruchErfassen(d, l.wahlAusgehaengt()) ? Zugang.AENDERN : Zugang.LESEN;
    }

    private static Zugang vorschlaege(Dienste d, Lage l) {
        List<Wahlvorschlag> v = lies(() -> d.wahlen().vorschlaege(l.wahlAusgehaengt()));
        if (v == null) {
            return Zugang.KEIN;
        }
        assertEquals(1, v.size());
        // no office chosen: refused by the rule — only the Wahlvorstand gets that far (§ 19 WMVO)
        boolean einreichen = darfAendern(() -> d.wahlen().vorschlagEinreichen(l.wahlAusgehaengt(), null, l.person(),
                true, List.of(), LocalDate.now(ZoneId.of("Europe/Berlin"))));
        boolean entscheiden = darfAendern(() -> d.wahlen().vorschlagEntscheiden(l.vorschlag(), false, " "));
        assertEquals(einreichen, entscheiden, "einreichen und entscheiden gehören zusammen");
        return einreichen ? Zugang.AENDERN : Zugang.LESEN;
    }

    private static Zugang auszaehlung(Dienste d, Lage l) {
        if (lies(() -> d.wahlen().ergebnis(l.wahlAusgehaengt())) == null) {
            return Zugang.KEIN;
        }
        // no number of ballots: refused by the rule — only the Wahlvorstand counts (§ 23 WMVO)
        boolean zaehlen = darfAendern(() -> d.wahlen().auszaehlen(l.wahlAusgehaengt(), new WahlService.Auszaehlung(null,
                null, null, null, Map.of(), List.of())));
        return zaehlen ? Zugang.AENDERN : Zugang.LESEN;
    }

    // ------------------------------------------------------------------ from outside

    /**
     * REST shapes: the council's voter list JSON holds names (and the list) only, no ids, numbers or dates, and is
     * refused outside the posting period with the counts still answered; the tenant admin may not record a nomination;
     * payroll's contract JSON holds the hours and "teilzeitgrundVertraulich" but no reason, its person JSON no
     * Betreuung or Personenkreis; the social service reads them.
     */
    static void rest(URL base) throws Exception {
        Api rat = Api.as(base, KENNUNG + "/rollen.council", PASSWORT);
        JsonArray schwellen = rat.get("wahlen/schwellen").array();
        long e = -1;
        long zweite = -1;
        for (JsonObject s : schwellen.getValuesAs(JsonObject.class)) {
            if (s.getString("einrichtung").equals("Rollenwerkstatt")) {
                e = s.getJsonNumber("einrichtungId").longValue();
            } else if (s.getString("einrichtung").equals("Rollenwerkstatt 2053")) {
                zweite = s.getJsonNumber("einrichtungId").longValue();
            }
        }
        long ausgehaengt = rat.get("wahlen?einrichtung=" + e).array().getJsonObject(0).getJsonNumber("id").longValue();
        long nicht = rat.get("wahlen?einrichtung=" + zweite).array().getJsonObject(0).getJsonNumber("id").longValue();

        Api.Answer liste = rat.get("wahlen/" + ausgehaengt + "/waehlerliste");
        assertEquals(200, liste.status(), liste.body());
        assertEquals(12, liste.array().size(), liste.body());
        for (JsonObject w : liste.array().getValuesAs(JsonObject.class)) {
            assertEquals(java.util.Set.of("name", "frau"), w.keySet(), w.toString());
        }
        assertFalse(liste.body().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "keine Daten: " + liste.body());
        assertFalse(liste.body().contains("R-1"), "keine Personalnummern: " + liste.body());
        assertTrue(liste.body().contains(PERSON + ", Sina"), liste.body());
        String pdf = ClientScenarios.text(rat.get("wahlen/" + ausgehaengt + "/waehlerliste.pdf").bytes());
        assertTrue(pdf.contains(PERSON) && !pdf.contains("R-100"), pdf);

        Api.Answer spaeter = rat.get("wahlen/" + nicht + "/waehlerliste");
        assertEquals(403, spaeter.status(), spaeter.body());
        assertTrue(spaeter.body().contains("24.09.2053 bis 12.11.2053"), spaeter.body());
        assertEquals(403, rat.get("wahlen/" + nicht + "/waehlerliste.pdf").status());
        JsonObject zahlen = rat.get("wahlen/" + nicht + "/waehlerzahlen").object();
        assertFalse(zahlen.getBoolean("ausgehaengt"), zahlen.toString());
        assertEquals(12, rat.get("wahlen/" + ausgehaengt + "/waehlerzahlen").object().getInt("wahlberechtigte"));

        // the Wahlvorstand sees the whole list; the admin reads it but records no nomination
        Api wv = Api.as(base, KENNUNG + "/rollen.election_board", PASSWORT);
        JsonObject erste = wv.get("wahlen/" + ausgehaengt + "/waehlerliste").array().getJsonObject(0);
        assertTrue(erste.containsKey("personalnummer") && erste.containsKey("waehlbar"), erste.toString());
        Api admin = Api.mitZweitemFaktor(base, KENNUNG + "/" + KENNUNG + ".admin", "geheim-" + KENNUNG);
        assertEquals(200, admin.get("wahlen/" + ausgehaengt + "/waehlerliste").status());
        Api.Answer vorschlag = admin.post("wahlen/" + ausgehaengt + "/vorschlaege", Api.json("wahl", "WERKSTATTRAT",
                "bewerberId", 1, "zustimmung", true, "eingereichtAm", LocalDate.now().toString()));
        assertEquals(403, vorschlag.status(), vorschlag.body());
        assertEquals(1, admin.get("wahlen/" + ausgehaengt + "/vorschlaege").array().size());

        // the page: the council sees the posted list's names without Personalnummer, eligibility or dates, and only
        // the counts while it does not hang; the admin sees no form to record nominations, objections or the count
        try (Browser browser = new Browser(base)) {
            browser.login(KENNUNG + "/rollen.council", PASSWORT);
            browser.open("wahl/wahlen.xhtml?einrichtung=" + e + "&wahl=" + ausgehaengt);
            browser.waitForText(By.id("waehlerForm:waehler"), PERSON + ", Sina");
            String tabelle = browser.driver().findElement(By.id("waehlerForm:waehler")).getText();
            assertFalse(tabelle.contains("R-100") || tabelle.contains("Personalnr.") || tabelle.contains("seit"), tabelle);
            browser.open("wahl/wahlen.xhtml?einrichtung=" + zweite + "&wahl=" + nicht);
            browser.waitForText(By.id("waehlerForm:listeVerborgen"), "24.09.2053 bis 12.11.2053");
            assertTrue(browser.driver().findElements(By.id("waehlerForm:waehler")).isEmpty());
            browser.screenshot("rollen-rat-nur-zahlen");
            browser.logout();
            browser.login(KENNUNG + "/" + KENNUNG + ".admin", "geheim-" + KENNUNG);
            browser.open("wahl/wahlen.xhtml?einrichtung=" + e + "&wahl=" + ausgehaengt);
            browser.waitForText(By.id("waehlerForm:waehler"), "R-100");
            for (String form : new String[] {"vorschlagForm", "zaehlForm", "fotoForm"}) {
                assertTrue(browser.driver().findElements(By.id(form)).isEmpty(), form + " für die Trägeradministration");
            }
            assertTrue(browser.driver().findElements(By.id("einspruchForm:erfassen")).isEmpty());
            assertFalse(browser.driver().findElements(By.id("vorstandForm:bestellen")).isEmpty(),
                    "die Trägeradministration trägt den bestellten Wahlvorstand ein");
        }

        // payroll: hours, part time, "a reason is recorded" — not the reason; no Betreuung, no Personenkreis
        Api entgelt = Api.as(base, KENNUNG + "/rollen.payroll", PASSWORT);
        JsonObject person = null;
        for (JsonObject p : entgelt.get("beschaeftigte").array().getValuesAs(JsonObject.class)) {
            if (p.getString("nachname").equals(PERSON)) {
                person = p;
            }
        }
        assertTrue(person != null, "Person fehlt");
        for (String feld : new String[] {"betreuerName", "betreuerKontakt", "betreuungUmfang", "personenkreis"}) {
            assertFalse(person.containsKey(feld), feld + " für Entgelt: " + person);
        }
        long id = person.getJsonNumber("id").longValue();
        JsonObject az = entgelt.get("vertraege?beschaeftigterId=" + id).array().getJsonObject(0)
                .getJsonArray("arbeitszeiten").getJsonObject(0);
        assertEquals("30", az.getString("wochenstunden").replaceAll("\\.0+$", ""), az.toString());
        assertFalse(az.containsKey("teilzeitgrund"), az.toString());
        assertTrue(az.getBoolean("teilzeitgrundVertraulich"), az.toString());
        // the social service reads what payroll does not
        Api sozial = Api.as(base, KENNUNG + "/rollen.social_service", PASSWORT);
        JsonObject s = sozial.get("beschaeftigte/" + id).object();
        assertTrue(s.getString("betreuerKontakt").startsWith("Tel. "), s.toString());
        assertEquals("Bea Betreuerin", s.getString("betreuerName"), s.toString());
        assertTrue(s.containsKey("personenkreis"), s.toString());
        JsonObject azSozial = sozial.get("vertraege?beschaeftigterId=" + id).array().getJsonObject(0)
                .getJsonArray("arbeitszeiten").getJsonObject(0);
        assertEquals("ART_SCHWERE_BEHINDERUNG", azSozial.getString("teilzeitgrund"));
        assertFalse(azSozial.getBoolean("teilzeitgrundVertraulich"));
    }
}
