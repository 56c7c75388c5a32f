package de.werkerp.election.boundary;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.boundary.NeuerVertrag;
import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.election.entity.Anlass;
import de.werkerp.election.entity.Funktion;
import de.werkerp.election.entity.Wahlart;
import de.werkerp.election.entity.Wahlprojekt;
import de.werkerp.election.entity.Wahlvorschlag;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Gruppe;

/**
 * Demo data for the elections (demo tenant only, runs as its tenant admin): twelve long-serving workers at the
 * anderer Leistungsanbieter (one representative from 5 voters, § 60 Abs. 2 Nr. 5 SGB IX; a Frauenbeauftragte from 5
 * women, Nr. 6) and their first election out of cycle (§ 12 Abs. 2 Nr. 4 WMVO, no representation yet) about eight
 * weeks ahead, with Wahlvorstand, Vertrauensperson and admitted nominations — ready for the count. The Werkstatt's
 * sample workforce of the Entgelt run is left unchanged.
 */
@Dependent
public class Wahldemo {

    @EJB
    BeschaeftigteService personen;

    @EJB
    VertragService vertraege;

    @EJB
    WahlService wahlen;

    @jakarta.inject.Inject
    CallerContext callers;

    @EJB
    de.werkerp.tenant.boundary.OrganisationService organisation;

    /** Creates the workers and the election in {@code ala} (the demo's anderer Leistungsanbieter). */
    public void anlegen(Einrichtung ala) {
        Einrichtung werkstatt = ala;
        Gruppe gruppe = organisation.gruppen().stream().filter(g -> g.getBetriebsstaette().getEinrichtung().getId()
                .equals(ala.getId())).findFirst().orElseThrow();
        String[][] leute = {{"Aylin", "Arslan", "W"}, {"Bernd", "Brandt", "M"}, {"Carla", "Claassen", "W"},
            {"Dennis", "Dreyer", "M"}, {"Elif", "Ekinci", "W"}, {"Frank", "Frerichs", "M"}, {"Gesa", "Grote", "W"},
            {"Heiko", "Harms", "M"}, {"Inga", "Janssen", "W"}, {"Kai", "Kruse", "M"}, {"Lena", "Lüers", "W"},
            {"Malte", "Mammen", "M"}};
        LocalDate heute = LocalDate.now(ZoneId.of("Europe/Berlin"));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < leute.length; i++) {
            Beschaeftigter p = new Beschaeftigter(leute[i][0], leute[i][1], LocalDate.of(1975 + i, 3 + i % 9, 5 + i),
                    "W".equals(leute[i][2]) ? Geschlecht.WEIBLICH : Geschlecht.MAENNLICH);
            p.setPersonalnummer("WR-" + (101 + i));
            p = personen.create(p, true);
            vertraege.anlegen(new NeuerVertrag(p.getId(), werkstatt.getId(), heute.minusYears(2).withDayOfMonth(1),
                    Bereich.AB, Platzierung.GRUPPE, gruppe.getId(), null, new BigDecimal("35"), null, null, null));
            ids.add(p.getId());
        }
        LocalDate wahltag = heute.plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        Wahlprojekt w = wahlen.anlegen(new WahlService.NeueWahl(werkstatt.getId(), false, Anlass.KEIN_WERKSTATTRAT,
                "Erste Wahl eines Werkstattrats", wahltag, null, heute.minusDays(7), heute, "Aufenthaltsraum Gärtnerhof Linde",
                "8:30 bis 11:00 Uhr", "Aufenthaltsraum Gärtnerhof Linde", "Schwarzes Brett im Aufenthaltsraum",
                "Wahlvorstand, Gärtnerhof Linde, Lindenweg 1", null, null));
        wahlen.wahlvorstandBestellen(w.getId(), List.of(
                new WahlService.MitgliedEingabe(ids.get(0), null, Funktion.VORSITZ, true),
                new WahlService.MitgliedEingabe(ids.get(1), null, Funktion.MITGLIED, false),
                new WahlService.MitgliedEingabe(ids.get(3), null, Funktion.MITGLIED, false),
                new WahlService.MitgliedEingabe(null, "Petra Peters (Sozialdienst)", Funktion.VERTRAUENSPERSON, true)));
        // nominations are the Wahlvorstand's (§ 19 WMVO): recorded as the demo login "wahlvorstand", not as the admin
        Caller wahlvorstand = new Caller(WAHLVORSTAND, callers.require().tenantId(), EnumSet.of(Role.ELECTION_BOARD));
        callers.runAs(wahlvorstand, () -> {
            List<Long> unterstuetzer = List.of(ids.get(5), ids.get(7), ids.get(9));
            for (int i : new int[] {2, 4, 6, 8, 11}) {
                Wahlvorschlag v = wahlen.vorschlagEinreichen(w.getId(), Wahlart.WERKSTATTRAT, ids.get(i), true,
                        unterstuetzer, heute.plusDays(3));
                wahlen.vorschlagEntscheiden(v.getId(), true, null);
            }
            List<Long> frauen = List.of(ids.get(0), ids.get(2), ids.get(4));
            for (int i : new int[] {6, 10}) {
                Wahlvorschlag v = wahlen.vorschlagEinreichen(w.getId(), Wahlart.FRAUENBEAUFTRAGTE, ids.get(i), true,
                        frauen, heute.plusDays(4));
                wahlen.vorschlagEntscheiden(v.getId(), true, null);
            }
        });
    }

    /** The demo login of the Wahlvorstand ({@code InitialData}). */
    static final String WAHLVORSTAND = "wahlvorstand";
}
