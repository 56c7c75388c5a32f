package de.werkerp.participation.boundary;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.participation.control.Personalschluessel.Funktion;
import de.werkerp.participation.entity.Lebensbereich;
import de.werkerp.participation.entity.Massnahmenart;
import de.werkerp.participation.entity.Teilhabemassnahme;
import de.werkerp.participation.entity.Teilhabeziel;
import de.werkerp.participation.entity.Uebergang;
import de.werkerp.participation.entity.Uebergangsart;
import de.werkerp.participation.entity.Zielbewertung;
import de.werkerp.participation.entity.Zielerreichung;
import de.werkerp.participation.entity.Zielquelle;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Demo data of the Teilhabeplanung for the demo tenant (run as its tenant admin, after the sample workforce exists):
 * the Leistungsvereinbarung (120 places, reports every 24 months) and FTE per function, goals with measures and
 * evaluations for three people, one report released with four eyes (written by "sozialdienst", released by
 * "leitung"), one open draft, a request of the Leistungsträger, a BiB placement, an internship and a transition with
 * Budget für Arbeit, so the pages and the yearly figures show something.
 */
@Dependent
public class TeilhabeDemodaten {

    @Inject
    CallerContext callers;

    @EJB
    TeilhabeplanungService planung;

    @EJB
    TeilhabeberichtService berichte;

    @EJB
    TeilhabeKennzahlenService kennzahlen;

    @EJB
    BeschaeftigteService personen;

    @EJB
    VertragService vertraege;

    public void anlegen(Einrichtung wfbm) {
        Long tenant = callers.require().tenantId();
        Caller sozialdienst = new Caller("sozialdienst", tenant, EnumSet.of(Role.SOCIAL_SERVICE));
        Caller leitung = new Caller("leitung", tenant, EnumSet.of(Role.MANAGEMENT));
        LocalDate heute = LocalDate.now();
        int jahr = heute.getYear();
        berichte.vereinbarungSpeichern(wfbm.getId(), null, 24, 120, 20);
        Map<Funktion, BigDecimal> vk = new EnumMap<>(Funktion.class);
        vk.put(Funktion.WERKSTATTLEITUNG, new BigDecimal("1.00"));
        vk.put(Funktion.VERWALTUNG, new BigDecimal("2.50"));
        vk.put(Funktion.QM_IT_DATENSCHUTZ_ARBEITSSICHERHEIT, new BigDecimal("1.00"));
        vk.put(Funktion.GRUPPENLEITUNG, new BigDecimal("10.00"));
        vk.put(Funktion.SOZIALDIENST, new BigDecimal("1.25"));
        vk.put(Funktion.PFLEGE, new BigDecimal("1.00"));
        vk.put(Funktion.ARBEITSVORBEREITUNG, new BigDecimal("1.00"));
        vk.put(Funktion.WERKSTATTRAT, new BigDecimal("0.30"));
        kennzahlen.personalSpeichern(wfbm.getId(), jahr, vk);

        // the people of this Einrichtung only (other demo data adds people elsewhere, e.g. the aLA's election)
        java.util.Set<Long> inDerWerkstatt = vertraege.vertraege().stream()
                .filter(v -> v.getEinrichtung().getId().equals(wfbm.getId()))
                .map(v -> v.getBeschaeftigter().getId()).collect(java.util.stream.Collectors.toSet());
        List<Beschaeftigter> alle = personen.beschaeftigte().stream()
                .filter(p -> inDerWerkstatt.contains(p.getId())).toList();
        if (alle.size() < 4) {
            return;
        }
        LocalDate plan = heute.minusMonths(14).withDayOfMonth(1);
        LocalDate bewertet = heute.minusMonths(1).withDayOfMonth(10);
        callers.runAs(sozialdienst, () -> {
            // person 1: travel alone, with a released report and an internship
            Beschaeftigter a = alle.get(0);
            Teilhabeziel bus = ziel(a, "Selbständig mit dem Bus zur Werkstatt fahren", Lebensbereich.MOBILITAET,
                    "an fünf Tagen hintereinander ohne Begleitung pünktlich angekommen", plan.plusMonths(12),
                    "„Ich will morgens allein fahren, wie meine Schwester.“");
            massnahme(bus, Massnahmenart.ARBEITSBEGLEITEND, "Wegetraining mit Fahrplan in Bildern",
                    "Sozialdienst (Frau Sommer)", plan.plusMonths(1), plan.plusMonths(6));
            bewertung(bus, plan.plusMonths(6), Zielerreichung.TEILWEISE, "Fährt an drei von fünf Tagen allein.");
            bewertung(bus, bewertet, Zielerreichung.ERREICHT, "Fährt seit zwei Monaten jeden Tag allein.");
            Teilhabeziel lager = ziel(a, "Arbeiten im Lager eines Betriebs kennenlernen",
                    Lebensbereich.BEDEUTENDE_LEBENSBEREICHE, "ein Praktikum von vier Wochen abgeschlossen",
                    plan.plusMonths(12), "Möchte später in einem Lager arbeiten.");
            massnahme(lager, Massnahmenart.PRAKTIKUM, "Praktikum im Lager", "Jobcoach (Herr Brandt)",
                    plan.plusMonths(8), plan.plusMonths(9));
            bewertung(lager, plan.plusMonths(10), Zielerreichung.ERREICHT, "Praktikum mit gutem Zeugnis beendet.");
            uebergang(a, wfbm, Uebergangsart.PRAKTIKUM, "Logistik Nord GmbH", plan.plusMonths(8),
                    plan.plusMonths(9).minusDays(1));
            var bericht = berichte.entwurfAnlegen(a.getId(), plan, bewertet);
            berichte.speichern(bericht.bericht().getId(), bericht.bericht().getZielerreichung(),
                    "Das Wegetraining hat sehr geholfen; das Praktikum hat die Motivation gestärkt.",
                    "Weiteres Praktikum im Lager mit Ziel betriebsintegrierter Arbeitsplatz.",
                    bericht.bericht().getSichtPerson());
            callers.runAs(leitung, () -> berichte.freigeben(bericht.bericht().getId()));

            // person 2: a BiB placement and a request of the Leistungsträger
            Beschaeftigter b = alle.get(1);
            Teilhabeziel bib = ziel(b, "Auf einem betriebsintegrierten Arbeitsplatz arbeiten",
                    Lebensbereich.BEDEUTENDE_LEBENSBEREICHE, "Arbeitsvertrag über einen BiB-Platz",
                    plan.plusMonths(18), "„Ich will in der Autowerkstatt arbeiten.“");
            massnahme(bib, Massnahmenart.JOBCOACHING, "Begleitung am Arbeitsplatz", "Jobcoach (Herr Brandt)",
                    heute.withDayOfMonth(1), null);
            bewertung(bib, bewertet, Zielerreichung.TEILWEISE, "Probetage erfolgreich, Platz ab diesem Monat.");
            berichte.anforderungErfassen(b.getId(), null, heute.minusDays(5), heute.plusDays(40));

            // person 3: Budget für Arbeit, with a goal not attained (open draft without evaluations)
            Beschaeftigter c = alle.get(2);
            Teilhabeziel kasse = ziel(c, "Sicher mit der Kasse umgehen", Lebensbereich.LERNEN,
                    "Kassenabrechnung an zehn Tagen ohne Fehler", plan.plusMonths(10), null);
            massnahme(kasse, Massnahmenart.QUALIFIZIERUNG, "Kurs Kassenführung", "Bildungsbegleitung",
                    plan.plusMonths(2), plan.plusMonths(4));
            bewertung(kasse, plan.plusMonths(10), Zielerreichung.NICHT_ERREICHT,
                    "Kurs abgebrochen; neuer Anlauf mit mehr Zeit vereinbart.");
            uebergang(c, wfbm, Uebergangsart.BUDGET_FUER_ARBEIT, "Bäckerei Kornblume", heute.withDayOfMonth(1),
                    null);
            berichte.entwurfAnlegen(alle.get(3).getId(), heute.minusMonths(6), heute);
        });
        List<Werkstattvertrag> v = vertraege.vertraegeVon(alle.get(1).getId());
        if (!v.isEmpty()) {
            vertraege.phaseWechseln(v.get(0).getId(), heute.withDayOfMonth(1), Bereich.AB,
                    Platzierung.BETRIEBSINTEGRIERT, null, "Autohaus Meyer KG");
        }
    }

    private Teilhabeziel ziel(Beschaeftigter p, String text, Lebensbereich bereich, String kriterium, LocalDate faellig,
            String sicht) {
        Teilhabeziel z = new Teilhabeziel();
        z.setText(text);
        z.setQuelle(Zielquelle.GESAMTPLAN);
        z.setQuelleDatum(LocalDate.now().minusMonths(14).withDayOfMonth(1));
        z.setLebensbereich(bereich);
        z.setKriterium(kriterium);
        z.setFaelligAm(faellig);
        z.setSichtPerson(sicht);
        return planung.zielAnlegen(p.getId(), z);
    }

    private void massnahme(Teilhabeziel z, Massnahmenart art, String text, String wer, LocalDate von, LocalDate bis) {
        Teilhabemassnahme m = new Teilhabemassnahme();
        m.setArt(art);
        m.setBeschreibung(text);
        m.setVerantwortlich(wer);
        m.setVon(von);
        m.setBis(bis);
        planung.massnahmeAnlegen(z.getId(), m);
    }

    private void bewertung(Teilhabeziel z, LocalDate datum, Zielerreichung ergebnis, String grund) {
        Zielbewertung b = new Zielbewertung();
        b.setDatum(datum);
        b.setErgebnis(ergebnis);
        b.setBegruendung(grund);
        planung.bewerten(z.getId(), b);
    }

    private void uebergang(Beschaeftigter p, Einrichtung e, Uebergangsart art, String arbeitgeber, LocalDate von,
            LocalDate bis) {
        Uebergang u = new Uebergang();
        u.setArt(art);
        u.setArbeitgeber(arbeitgeber);
        u.setVon(von);
        u.setBis(bis);
        planung.uebergangErfassen(p.getId(), e.getId(), u);
    }
}
