package de.werkerp.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.boundary.LeistungstraegerService;
import de.werkerp.contract.boundary.NeuerVertrag;
import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.control.Teilzeitgrund;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Bewilligung;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.LeistungstraegerArt;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.social.boundary.KrankenkassenService;
import de.werkerp.social.entity.Krankenkasse;
import de.werkerp.social.entity.Zusatzbeitragssatz;
import de.werkerp.result.entity.ErgebnisKonto;
import de.werkerp.result.entity.ErgebnisKostenstelle;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Gruppe;
import de.werkerp.wage.boundary.EntgeltEingabeService;
import de.werkerp.wage.boundary.EntgeltStammdatenService;
import de.werkerp.wage.control.Komponente;
import de.werkerp.wage.entity.Beurteilung;
import de.werkerp.wage.entity.Entgelteinstellung;
import de.werkerp.wage.entity.EntgeltordnungFassung;
import de.werkerp.wage.entity.Entgeltordnungsform;
import de.werkerp.wage.entity.Lohnart;

/**
 * A deterministic sample workforce for the demo tenant and the integration tests, created through the services
 * (so every rule and the audit trail apply): Entgelt settings and an Entgeltordnung (points × 1.25 €), Lohnarten,
 * a Krankenkasse with its Zusatzbeitrag (1,6 % from 2023, 2,5 % from 2025; every third person childless),
 * then {@code anzahl} people with a contract in the Arbeitsbereich (every tenth part time, every seventh starting
 * in the middle of the first month), an approval, an assessment, lunch deductions and full attendance for the
 * months asked for (with an unexcused day for every fifth person). Runs in the caller's tenant (use
 * {@code CallerContext.runAs} with a tenant admin).
 */
@Dependent
public class Musterbelegschaft {

    private static final String[] VORNAMEN = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannes",
        "Ida", "Jonas", "Karla", "Lukas", "Mia", "Noah", "Olga", "Paul", "Rosa", "Samuel", "Tilda", "Umut"};
    private static final String[] NACHNAMEN = {"Albers", "Becker", "Cordes", "Diekmann", "Ernst", "Fischer", "Gerdes",
        "Hansen", "Imhoff", "Jung", "Krüger", "Lange", "Meyer", "Neumann", "Otto", "Peters", "Quast", "Richter",
        "Schulz", "Thiele", "Ulrich", "Vogel", "Wagner", "Yilmaz", "Zimmer"};

    @EJB
    BeschaeftigteService personen;

    @EJB
    VertragService vertraege;

    @EJB
    LeistungstraegerService leistungstraeger;

    @EJB
    EntgeltStammdatenService stammdaten;

    @EJB
    EntgeltEingabeService eingaben;

    @EJB
    KrankenkassenService kassen;

    @EJB
    de.werkerp.result.boundary.ErgebnisdatenService ergebnisdaten;

    /** The Lohnarten and the Krankenkasse created by {@link #entgeltGrundlagen}. */
    public record Lohnarten(Lohnart weihnachtsgeld, Lohnart fahrtkosten, Lohnart mittagessen, Krankenkasse kasse) {
    }

    /** Settings, Entgeltordnung (valid from {@code ab}) and Lohnarten of an Einrichtung. */
    public Lohnarten entgeltGrundlagen(Einrichtung einrichtung, LocalDate ab, String kennung) {
        Entgelteinstellung s = stammdaten.einstellung(einrichtung.getId());
        s.setBundesland("NI");
        s.setKostenstelle("4711");
        s.setAuftraggeberName(einrichtung.getName());
        s.setAuftraggeberIban(iban(kennung.hashCode() & 0xffff, 1));
        s.setAuftraggeberBic("NOLADE2HXXX");
        stammdaten.einstellungSpeichern(s);
        EntgeltordnungFassung f = new EntgeltordnungFassung();
        f.setEinrichtung(einrichtung);
        f.setBezeichnung("Entgeltordnung " + ab.getYear());
        f.setGueltigAb(ab.withDayOfMonth(1));
        f.setForm(Entgeltordnungsform.PUNKTWERT);
        f.setPunktwert(new BigDecimal("1.25"));
        f.setZustimmungWerkstattrat(ab.withDayOfMonth(1).minusMonths(1));
        stammdaten.entgeltordnungSpeichern(f);
        Krankenkasse kasse = new Krankenkasse();
        kasse.setName("AOK Niedersachsen");
        kasse.setBetriebsnummer("29720865");
        kasse.setAktiv(true);
        kasse = kassen.speichern(kasse);
        zusatzbeitrag(kasse, LocalDate.of(2023, 1, 1), "1.6");
        zusatzbeitrag(kasse, LocalDate.of(2025, 1, 1), "2.5");
        return new Lohnarten(
                lohnart(kennung + "100", "Weihnachtsgeld", Komponente.EINMALZAHLUNG, true),
                lohnart(kennung + "200", "Fahrtkostenzuschuss", Komponente.ZULAGE, false),
                lohnart(kennung + "300", "Mittagessen", Komponente.ABZUG, false), kasse);
    }

    private void zusatzbeitrag(Krankenkasse kasse, LocalDate ab, String satz) {
        Zusatzbeitragssatz z = new Zusatzbeitragssatz();
        z.setGueltigAb(ab);
        z.setSatz(new BigDecimal(satz));
        kassen.zusatzbeitragAnlegen(kasse.getId(), z);
    }

    private Lohnart lohnart(String code, String bezeichnung, Komponente komponente, boolean arbeitsentgelt) {
        Lohnart l = new Lohnart();
        l.setCode(code.length() > 10 ? code.substring(code.length() - 10) : code);
        l.setBezeichnung(bezeichnung);
        l.setKomponente(komponente);
        l.setArbeitsentgelt(arbeitsentgelt);
        l.setAktiv(true);
        return stammdaten.lohnartSpeichern(l);
    }

    /**
     * Creates the people and their inputs.
     *
     * @param erster first month of the contracts; attendance is recorded for {@code erster} … {@code letzter}
     * @return the persons' ids in creation order
     */
    public List<Long> personen(Einrichtung einrichtung, List<Gruppe> gruppen, Lohnarten arten, int anzahl,
            YearMonth erster, YearMonth letzter, String kennung) {
        Leistungstraeger lt = leistungstraeger.create(new Leistungstraeger("Eingliederungshilfe " + kennung,
                LeistungstraegerArt.EINGLIEDERUNGSHILFE));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < anzahl; i++) {
            Beschaeftigter p = new Beschaeftigter(VORNAMEN[i % VORNAMEN.length],
                    NACHNAMEN[(i / VORNAMEN.length + i) % NACHNAMEN.length] + (i >= 100 ? "-" + i : ""),
                    LocalDate.of(1965 + i % 40, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? Geschlecht.WEIBLICH
                            : Geschlecht.MAENNLICH);
            p.setPersonalnummer(kennung + "-" + (1000 + i));
            p.setIban(iban(kennung.hashCode() & 0xffff, 100 + i));
            p.setKrankenkasseName(arten.kasse().getName());
            p.setKrankenkasseBetriebsnummer(arten.kasse().getBetriebsnummer());
            p.setKinderlos(i % 3 == 1);
            p.setKinderUnter25(i % 3 != 1 && i % 4 == 2 ? 2 : 0);
            p = personen.create(p, true);
            LocalDate beginn = i % 7 == 3 ? erster.atDay(16) : erster.atDay(1);
            boolean teilzeit = i % 10 == 9;
            Werkstattvertrag v = vertraege.anlegen(new NeuerVertrag(p.getId(), einrichtung.getId(), beginn, Bereich.AB,
                    Platzierung.GRUPPE, gruppen.get(i % gruppen.size()).getId(), null,
                    teilzeit ? new BigDecimal("28") : new BigDecimal("35"),
                    teilzeit ? Teilzeitgrund.ART_SCHWERE_BEHINDERUNG : null, teilzeit ? beginn : null,
                    teilzeit ? beginn : null));
            Bewilligung b = new Bewilligung();
            b.setAktenzeichen(kennung + "-AZ-" + i);
            b.setBereich(Bereich.AB);
            b.setGueltigAb(beginn);
            b.setGueltigBis(beginn.plusYears(2).minusDays(1));
            vertraege.bewilligungAnlegen(v.getId(), lt.getId(), b);
            Beurteilung u = new Beurteilung();
            u.setBeurteiltAm(erster.atDay(1).minusDays(10));
            u.setGueltigAb(erster.atDay(1));
            u.setBeurteiler("Gruppenleitung " + gruppen.get(i % gruppen.size()).getName());
            u.setPunkte(new BigDecimal(40 + (i * 37) % 120));
            eingaben.beurteilungAnlegen(p.getId(), u);
            ids.add(p.getId());
        }
        for (YearMonth m = erster; !m.isAfter(letzter); m = m.plusMonths(1)) {
            anwesenheit(einrichtung, m, ids);
            for (Long id : ids) {
                eingaben.lohnpostenBuchen(id, m, arten.mittagessen().getId(), null, new BigDecimal("-45.00"));
            }
        }
        return ids;
    }

    /**
     * A sample mapping for the Arbeitsergebnisrechnung (SKR-like account ranges; cost centre 4711 = Arbeitsbereich
     * of the Einrichtung, 4712 = Berufsbildungsbereich, not counted), as documented in the README.
     */
    public void ergebnisZuordnung(Einrichtung einrichtung) {
        String[][] bereiche = {{"8400", "8499", "I.1", "Umsatzerlöse"}, {"2650", "2659", "I.2", "Zinserträge"},
            {"8500", "8599", "I.3", "Vergütungen der Rehabilitationsträger (Arbeitsbereich)"},
            {"6000", "6099", "II.1", "Personal fachlich"}, {"6100", "6199", "II.2", "Personal unternehmensüblich"},
            {"6300", "6399", "II.3", "Sachkosten fachlich"}, {"6400", "6499", "II.4", "Sachkosten unternehmensüblich"}};
        for (String[] b : bereiche) {
            ErgebnisKonto k = new ErgebnisKonto();
            k.setKontoVon(b[0]);
            k.setKontoBis(b[1]);
            k.setPosition(b[2]);
            k.setBezeichnung(b[3]);
            ergebnisdaten.kontoSpeichern(k);
        }
        for (String[] ks : new String[][] {{"4711", "true"}, {"4712", "false"}}) {
            ErgebnisKostenstelle k = new ErgebnisKostenstelle();
            k.setKostenstelle(ks[0]);
            k.setEinrichtung(einrichtung);
            k.setArbeitsbereich(Boolean.parseBoolean(ks[1]));
            ergebnisdaten.kostenstelleSpeichern(k);
        }
    }

    /** Full attendance of the month (the grid's default), every fifth person one unexcused day. */
    public void anwesenheit(Einrichtung einrichtung, YearMonth monat, List<Long> ids) {
        List<EntgeltEingabeService.AnwesenheitEingabe> liste = new ArrayList<>();
        int n = 0;
        for (EntgeltEingabeService.AnwesenheitZeile z : eingaben.anwesenheit(einrichtung.getId(), monat, null)) {
            if (!ids.contains(z.beschaeftigterId())) {
                continue;
            }
            String tage = z.tage();
            if (n++ % 5 == 4) {
                int erster = tage.indexOf('A');
                tage = tage.substring(0, erster) + 'F' + tage.substring(erster + 1);
            }
            liste.add(new EntgeltEingabeService.AnwesenheitEingabe(z.beschaeftigterId(), tage, null));
        }
        eingaben.anwesenheitSpeichern(monat, liste);
    }

    /** A valid German IBAN (check digits by ISO 13616 mod 97) for bank code 250 500 00 and an account number. */
    static String iban(int filiale, int konto) {
        return de.werkerp.contract.control.Iban.deutsch("25050000",
                String.format("%04d%06d", filiale % 10000, konto % 1000000));
    }
}
