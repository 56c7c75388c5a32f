package de.werkerp.billing.boundary;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import de.werkerp.billing.control.Satzart;
import de.werkerp.billing.entity.Abrechnungseinstellung;
import de.werkerp.billing.entity.Verguetungsvereinbarung;
import de.werkerp.contract.boundary.LeistungstraegerService;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.Personenkreis;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * Demo data of billing (called once from {@code InitialData} as the demo tenant's admin): the invoicing party of the
 * Werkstatt, the address of the demo Leistungsträger, Vergütungsvereinbarungen (a general daily rate with the
 * part-time rule and 60 absence days, budget line 3419.681 17-1; one for the group "seelische Behinderung" with
 * budget line 3419.681 38-4, after seed 004 section 11) and the first demo month computed by the admin and released
 * by the manager, so the billing pages show a closed month and an open one.
 */
@Dependent
public class AbrechnungDemodaten {

    @EJB
    VerguetungService verguetung;

    @EJB
    AbrechnungService abrechnung;

    @EJB
    LeistungstraegerService leistungstraeger;

    @Inject
    CallerContext callers;

    /** Runs as the demo admin; {@code ersterMonat}: the first month with contracts and attendance. */
    public void anlegen(Einrichtung werkstatt, YearMonth ersterMonat) {
        Leistungstraeger lt = leistungstraeger.leistungstraeger().stream()
                .filter(l -> l.getName().equals("Eingliederungshilfe MS")).findFirst().orElseThrow();
        lt.setStrasse("Rathausplatz 1");
        lt.setPlz("12345");
        lt.setOrt("Musterstadt");
        leistungstraeger.update(lt);

        Abrechnungseinstellung a = new Abrechnungseinstellung();
        a.setName("Werkstatt Musterstadt gGmbH");
        a.setStrasse("Industriestraße 12");
        a.setPlz("12345");
        a.setOrt("Musterstadt");
        a.setKennung("IK 590123456");
        a.setSteuernummer("12/345/67890");
        a.setKontaktName("Erika Entgelt");
        a.setKontaktTelefon("+49 30 1234567");
        a.setKontaktEmail("abrechnung@werkstatt-musterstadt.example");
        a.setIban("DE89370400440532013000");
        a.setZahlungszielTage(30);
        verguetung.einstellungSpeichern(werkstatt.getId(), a);

        verguetung.speichern(vereinbarung("Tagessatz Arbeitsbereich", null, "78.50", "3419.681 17-1",
                "Leistungen für Menschen mit kognitiven Beeinträchtigungen", ersterMonat.minusYears(1)), werkstatt.getId(),
                lt.getId());
        verguetung.speichern(vereinbarung("Tagessatz Arbeitsbereich – psychische Beeinträchtigung",
                Personenkreis.SEELISCHE_BEHINDERUNG, "82.10", "3419.681 38-4",
                "Teilhabe am Arbeitsleben für Menschen mit psychischer Beeinträchtigung", ersterMonat.minusYears(1)),
                werkstatt.getId(), lt.getId());

        abrechnung.berechnen(werkstatt.getId(), ersterMonat);
        Caller leitung = new Caller("leitung", callers.require().tenantId(), EnumSet.of(Role.MANAGEMENT));
        callers.runAs(leitung, () -> abrechnung.freigeben(abrechnung.laeufe(werkstatt.getId()).get(0).getId()));
    }

    private static Verguetungsvereinbarung vereinbarung(String bezeichnung, Personenkreis kreis, String betrag,
            String haushaltsstelle, String text, YearMonth ab) {
        Verguetungsvereinbarung v = new Verguetungsvereinbarung();
        v.setBezeichnung(bezeichnung);
        v.setBereich(Bereich.AB);
        v.setPersonenkreis(kreis);
        v.setGueltigAb(ab.atDay(1));
        v.setSatzart(Satzart.TAGESSATZ);
        v.setBetrag(new BigDecimal(betrag));
        v.setTeilzeitGrenze(new BigDecimal("26.00"));
        v.setTeilzeitKuerzung(new BigDecimal("25.00"));
        v.setFehltageJahr(60);
        v.setHaushaltsstelle(haushaltsstelle);
        v.setHaushaltsstelleText(text);
        v.setLeitwegId("04011000-12345-67");
        return v;
    }
}
