package de.werkerp.costing.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import de.werkerp.costing.control.Fixkostenart;
import de.werkerp.costing.control.Kostenkalkulation;
import de.werkerp.costing.control.Kostenkalkulation.Fixkosten;
import de.werkerp.costing.control.Kostenkalkulation.Personal;
import de.werkerp.costing.control.Kostenkalkulation.Sachkosten;
import de.werkerp.costing.control.Personalfunktion;
import de.werkerp.costing.control.Sachkostenart;
import de.werkerp.costing.entity.Kalkulationsfassung;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * Demo data: the cost calculation of the demo aLA (12 places, 39-hour week) — version 1 for the current year, fixed,
 * and version 2 for the next year as a draft with the pay rise of the staff. Called once by {@code InitialData} as
 * the tenant admin; the tests reuse {@link #eingabe} for their own tenants.
 */
@Dependent
public class KalkulationDemo {

    @EJB
    KalkulationService kalkulation;

    /** Creates the two versions for {@code ala}; returns version 2 (draft). */
    public Kalkulationsfassung anlegen(Einrichtung ala) {
        int jahr = LocalDate.now().getYear();
        Kalkulationsfassung eins = kalkulation.speichern(ala.getId(), null, new KalkulationService.Entwurf(
                "Kostenkalkulation " + jahr, LocalDate.of(jahr, 1, 1), LocalDate.of(jahr, 12, 31),
                eingabe(BigDecimal.ONE), null));
        kalkulation.festschreiben(eins.getId());
        return kalkulation.speichern(ala.getId(), null, new KalkulationService.Entwurf("Kostenkalkulation "
                + (jahr + 1), LocalDate.of(jahr + 1, 1, 1), LocalDate.of(jahr + 1, 12, 31),
                eingabe(new BigDecimal("1.03")), "Tarifsteigerung TVöD SuE um 3 % für das Folgejahr"));
    }

    /**
     * A small aLA in agriculture (seed 003 ch. 6.1): 12 places, 250 days, the staff of Tab. 1 at 39 hours, the
     * employer gross multiplied by {@code tarif} (1 = this year).
     */
    public static Kostenkalkulation.Eingabe eingabe(BigDecimal tarif) {
        List<Personal> personal = new ArrayList<>();
        personal.add(personal(Personalfunktion.LEITUNG, "3.90", "72000.00", tarif));
        personal.add(personal(Personalfunktion.GRUPPENLEITUNG, "39.00", "58500.00", tarif));
        personal.add(personal(Personalfunktion.BEGLEITENDER_DIENST, "3.90", "66000.00", tarif));
        personal.add(personal(Personalfunktion.ARBEITSVORBEREITUNG, "3.90", "55000.00", tarif));
        personal.add(personal(Personalfunktion.VERWALTUNG, "11.70", "50000.00", tarif));
        personal.add(personal(Personalfunktion.QM_IT_DATENSCHUTZ, "3.90", "60000.00", tarif));
        personal.add(personal(Personalfunktion.WIRTSCHAFTSDIENST, "5.00", "42000.00", tarif));
        List<Fixkosten> fix = List.of(
                new Fixkosten(Fixkostenart.ABSCHREIBUNG_GEBAEUDE, "Aufenthaltsgebäude Gärtnerhof", eur("180000.00")),
                new Fixkosten(Fixkostenart.ABSCHREIBUNG_INVENTAR, "Werkzeug, Küche, Möbel", eur("36000.00")),
                new Fixkosten(Fixkostenart.INSTANDHALTUNG, null, eur("1800.00")),
                new Fixkosten(Fixkostenart.ZINSEN, null, eur("0.00")),
                new Fixkosten(Fixkostenart.MIETE, "Sanitärcontainer", eur("2400.00")));
        List<Sachkosten> sach = List.of(new Sachkosten(Sachkostenart.BRENNSTOFFE, null, eur("2100.00")),
                new Sachkosten(Sachkostenart.UEBRIGE_ENERGIE, null, eur("1500.00")),
                new Sachkosten(Sachkostenart.WASSER, null, eur("450.00")),
                new Sachkosten(Sachkostenart.TREIBSTOFFE, "Kleintraktor, Transporter", eur("900.00")),
                new Sachkosten(Sachkostenart.MATERIAL, null, eur("1100.00")),
                new Sachkosten(Sachkostenart.FREMDE_LEISTUNGEN, "Wäscherei (Sachkostenanteil)", eur("600.00")),
                new Sachkosten(Sachkostenart.PFLEGERISCHER_SACHAUFWAND, null, eur("150.00")),
                new Sachkosten(Sachkostenart.BETREUUNG, "Ausflüge, Sport", eur("1300.00")),
                new Sachkosten(Sachkostenart.LEHRMITTEL, null, eur("600.00")),
                new Sachkosten(Sachkostenart.VERWALTUNG, null, eur("1200.00")),
                new Sachkosten(Sachkostenart.ZENTRALE_LEISTUNGEN, "Steuerberatung, Lohnabrechnung", eur("2400.00")),
                new Sachkosten(Sachkostenart.STEUERN_VERSICHERUNG, null, eur("1700.00")));
        return new Kostenkalkulation.Eingabe(12, 0, Kostenkalkulation.STANDARD_TAGE,
                Kostenkalkulation.STANDARD_FEHLTAGE, new BigDecimal("39.00"), Kostenkalkulation.STANDARD_SATZ_GEBAEUDE,
                Kostenkalkulation.STANDARD_SATZ_INVENTAR, personal, fix, sach);
    }

    private static Personal personal(Personalfunktion f, String stunden, String brutto, BigDecimal tarif) {
        return new Personal(f, null, new BigDecimal(stunden), eur(brutto).multiply(tarif)
                .setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }
}
