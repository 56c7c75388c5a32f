package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.openqa.selenium.By;

import de.werkerp.costing.boundary.KalkulationDemo;
import de.werkerp.costing.boundary.KalkulationService;
import de.werkerp.costing.control.Kostenkalkulation;
import de.werkerp.costing.control.Sachkostenart;
import de.werkerp.costing.entity.Kalkulationsfassung;
import de.werkerp.costing.entity.Kalkulationsstatus;
import de.werkerp.platform.control.AccessDenied;
import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.NotFound;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;

/**
 * Scenarios of the aLA cost calculation (issue 9 item 5; seed 003 Tab. 1–3). The figures are those of
 * {@link KalkulationDemo#eingabe}, checked by hand:
 *
 * <pre>
 * Staff (39 h = 1 VK): Leitung 0,1 × 72.000 = 7.200,00; Gruppenleitung 1,0 × 58.500 = 58.500,00; Begleitender Dienst
 *   0,1 × 66.000 = 6.600,00; Arbeitsvorbereitung 0,1 × 55.000 = 5.500,00; Verwaltung 0,3 × 50.000 = 15.000,00;
 *   QM/IT 0,1 × 60.000 = 6.000,00; Wirtschaftsdienst 5/39 × 42.000 = 5.384,615… → 5.384,62;  sum 104.184,62
 * Fixed: 180.000 × 2,45 % = 4.410,00; 36.000 × 12,5 % = 4.500,00; 1.800; 0; 2.400        sum  13.110,00
 * Variable (Tab. 2): 2.100 + 1.500 + 450 + 900 + 1.100 + 600 + 150 + 1.300 + 600 + 1.200 + 2.400 + 1.700 = 14.000,00
 * Total 131.294,62 ÷ (12 × 250) = 43,7648… → 43,76 € per place and day (version 1)
 * Version 2, staff × 1,03: 7.416 + 60.255 + 6.798 + 5.665 + 15.450 + 6.180 + 5.546,15 = 107.310,15;
 *   total 134.420,15 ÷ 3.000 = 44,8067… → 44,81 € (difference 1,05 €)
 * </pre>
 */
final class KalkulationScenarios {

    private KalkulationScenarios() {
    }

    private static KalkulationService.Entwurf entwurf(String bezeichnung, Kostenkalkulation.Eingabe e, String grund) {
        return new KalkulationService.Entwurf(bezeichnung, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), e,
                grund);
    }

    /** Versions, immutability, bad input, roles and tenant isolation through the service (in the container). */
    static void versionen(CallerContext callers, KalkulationService k, Caller admin, Long einrichtung, Caller fremd,
            Long fremdeEinrichtung) {
        Caller leitung = new Caller("kk.leitung", admin.tenantId(), EnumSet.of(Role.MANAGEMENT));
        Caller pruefer = new Caller("kk.pruefer", admin.tenantId(), EnumSet.of(Role.AUDITOR));
        Caller entgelt = new Caller("kk.entgelt", admin.tenantId(), EnumSet.of(Role.PAYROLL));
        Kostenkalkulation.Eingabe demo = KalkulationDemo.eingabe(BigDecimal.ONE);

        // bad input: zero places, a negative amount → German message naming the field, nothing stored
        Kostenkalkulation.Eingabe nullPlaetze = new Kostenkalkulation.Eingabe(0, 0, 250, 60, demo.vollzeitStunden(),
                demo.satzGebaeude(), demo.satzInventar(), demo.personal(), demo.fixkosten(), demo.sachkosten());
        ValidationFailure f1 = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, null, entwurf("Falsch", nullPlaetze, null))));
        assertEquals("plaetze", f1.errors().get(0).field());
        assertTrue(f1.errors().get(0).message().startsWith("Bitte mindestens 1 Platz angeben"), f1.toString());
        List<Kostenkalkulation.Sachkosten> sach = new java.util.ArrayList<>(demo.sachkosten());
        sach.set(0, new Kostenkalkulation.Sachkosten(Sachkostenart.BRENNSTOFFE, null, new BigDecimal("-10.00")));
        Kostenkalkulation.Eingabe negativ = new Kostenkalkulation.Eingabe(12, 0, 250, 60, demo.vollzeitStunden(),
                demo.satzGebaeude(), demo.satzInventar(), demo.personal(), demo.fixkosten(), sach);
        ValidationFailure f2 = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, null, entwurf("Falsch", negativ, null))));
        assertEquals("sachkosten", f2.errors().get(0).field());
        assertTrue(f2.errors().get(0).message().contains("Brennstoffe darf nicht negativ sein"), f2.toString());
        ValidationFailure f3 = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, null, entwurf(" ", demo, null))));
        assertEquals("bezeichnung", f3.errors().get(0).field());
        assertEquals(List.of(), callers.runAs(leitung, () -> k.fassungen(einrichtung)));

        // version 1: a draft, changed in place, then fixed
        Kalkulationsfassung v1 = callers.runAs(leitung, () -> k.speichern(einrichtung, null,
                entwurf("Kalkulation 2026", demo, null)));
        assertEquals(1, v1.getFassung());
        assertEquals(Kalkulationsstatus.ENTWURF, v1.getStatus());
        KalkulationService.Ansicht a1 = callers.runAs(pruefer, () -> k.ansicht(v1.getId()));
        assertEquals(new BigDecimal("131294.62"), a1.ergebnis().gesamtkosten());
        assertEquals(new BigDecimal("43.76"), a1.ergebnis().jePlatzTag());
        assertEquals(7, a1.eingabe().personal().size());
        assertEquals(5, a1.eingabe().fixkosten().size());
        assertEquals(12, a1.eingabe().sachkosten().size());
        callers.runAs(leitung, () -> k.speichern(einrichtung, v1.getId(), entwurf("Kalkulation 2026 (Entwurf)", demo,
                null)));
        assertEquals(1, callers.runAs(leitung, () -> k.fassungen(einrichtung)).size());
        ValidationFailure offen = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, null, entwurf("Noch eine", demo, "Grund"))));
        assertTrue(offen.getMessage().contains("noch ein Entwurf"), offen.getMessage());
        Kalkulationsfassung fest = callers.runAs(leitung, () -> k.festschreiben(v1.getId()));
        assertEquals(Kalkulationsstatus.FESTGESCHRIEBEN, fest.getStatus());
        assertEquals("kk.leitung", fest.getFestgeschriebenVon());

        // a fixed version is immutable: changing it or fixing it again is refused, its figures stay
        Kostenkalkulation.Eingabe teurer = KalkulationDemo.eingabe(new BigDecimal("1.03"));
        ValidationFailure unveraenderlich = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, v1.getId(), entwurf("Geändert", teurer, null))));
        assertTrue(unveraenderlich.getMessage().contains("festgeschrieben und unveränderlich"),
                unveraenderlich.getMessage());
        assertThrows(ValidationFailure.class, () -> callers.runAs(leitung, () -> k.festschreiben(v1.getId())));
        KalkulationService.Ansicht nachher = callers.runAs(leitung, () -> k.ansicht(v1.getId()));
        assertEquals("Kalkulation 2026 (Entwurf)", nachher.fassung().getBezeichnung());
        assertEquals(new BigDecimal("43.76"), nachher.ergebnis().jePlatzTag());

        // a change is a new version, with a reason; the comparison shows the difference
        ValidationFailure ohneGrund = assertThrows(ValidationFailure.class, () -> callers.runAs(leitung,
                () -> k.speichern(einrichtung, null, entwurf("Kalkulation 2026 neu", teurer, " "))));
        assertEquals("aenderungsgrund", ohneGrund.errors().get(0).field());
        Kalkulationsfassung v2 = callers.runAs(admin, () -> k.speichern(einrichtung, null,
                entwurf("Kalkulation 2026 neu", teurer, "Tarifsteigerung 3 %")));
        assertEquals(2, v2.getFassung());
        assertEquals(new BigDecimal("44.81"), callers.runAs(leitung, () -> k.aktuell(einrichtung)).orElseThrow()
                .ergebnis().jePlatzTag());
        var tag = callers.runAs(pruefer, () -> k.vergleich(v2.getId())).stream()
                .filter(z -> z.bezeichnung().equals("Kosten je Platz und Tag")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("43.76"), tag.vorher());
        assertEquals(new BigDecimal("1.05"), tag.differenz());
        assertEquals(new BigDecimal("43.76"), callers.runAs(leitung, () -> k.ansicht(v1.getId())).ergebnis()
                .jePlatzTag());

        // roles: the auditor reads but does not write; payroll and council see nothing
        assertThrows(AccessDenied.class, () -> callers.runAs(pruefer, () -> k.festschreiben(v2.getId())));
        assertThrows(AccessDenied.class, () -> callers.runAs(pruefer, () -> k.speichern(einrichtung, v2.getId(),
                entwurf("Prüfer", teurer, null))));
        assertThrows(AccessDenied.class, () -> callers.runAs(entgelt, () -> k.fassungen(einrichtung)));
        assertThrows(AccessDenied.class, () -> callers.runAs(entgelt, () -> k.ansicht(v1.getId())));

        // another tenant can neither list, read, change, fix nor print A's calculation
        assertEquals(List.of(), callers.runAs(fremd, () -> k.fassungen(einrichtung)));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.ansicht(v1.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.vergleich(v2.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.pdf(v2.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.festschreiben(v2.getId())));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.speichern(einrichtung, null,
                entwurf("Fremd", demo, null))));
        assertThrows(NotFound.class, () -> callers.runAs(fremd, () -> k.speichern(fremdeEinrichtung, v2.getId(),
                entwurf("Fremd", demo, null))));
        assertEquals(Kalkulationsstatus.ENTWURF, callers.runAs(leitung, () -> k.ansicht(v2.getId())).fassung()
                .getStatus());
        assertEquals("Kalkulation 2026 neu", callers.runAs(leitung, () -> k.ansicht(v2.getId())).fassung()
                .getBezeichnung());
        assertEquals(List.of(), callers.runAs(fremd, () -> k.fassungen(fremdeEinrichtung)));
    }

    /** The demo aLA "Grüne Arbeit (aLA)". */
    static long demoAla(Api api) {
        JsonArray einrichtungen = api.get("einrichtungen").array();
        return einrichtungen.stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Grüne Arbeit (aLA)")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** REST reads of the demo calculation, the PDF text, the roles and another tenant (404). */
    static void rest(URL base) throws Exception {
        Api leitung = Api.as(base, "leitung", "leitung123!");
        long ala = demoAla(Api.as(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD));
        Api.Answer liste = leitung.get("kalkulation/" + ala + "/fassungen");
        assertEquals(200, liste.status(), liste.body());
        JsonArray fassungen = liste.array();
        assertEquals(2, fassungen.size(), liste.body());
        assertEquals(2, fassungen.getJsonObject(0).getInt("fassung"));
        assertEquals("ENTWURF", fassungen.getJsonObject(0).getString("status"));
        assertEquals("FESTGESCHRIEBEN", fassungen.getJsonObject(1).getString("status"));
        long v2 = fassungen.getJsonObject(0).getJsonNumber("id").longValue();
        long v1 = fassungen.getJsonObject(1).getJsonNumber("id").longValue();

        JsonObject aktuell = leitung.get("kalkulation/" + ala + "/aktuell").object();
        assertEquals("44.81", aktuell.getString("kostenJePlatzTag"));
        assertEquals("134420.15", aktuell.getString("gesamtkosten"));
        assertEquals(7, aktuell.getJsonArray("personal").size());
        JsonObject eins = leitung.get("kalkulation/fassungen/" + v1).object();
        assertEquals("43.76", eins.getString("kostenJePlatzTag"));
        assertEquals("911.77", eins.getString("kostenJePlatzMonat"));
        assertEquals("10941.22", eins.getString("kostenJePlatzJahr"));
        JsonArray vergleich = leitung.get("kalkulation/fassungen/" + v2 + "/vergleich").array();
        JsonObject tag = vergleich.stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("bezeichnung").equals("Kosten je Platz und Tag")).findFirst().orElseThrow();
        assertEquals("1.05", tag.getString("differenz"));

        // the PDF for the Leistungsträger shows the cost per place and day
        Api.Answer pdf = leitung.get("kalkulation/fassungen/" + v2 + "/kalkulation.pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String text = ClientScenarios.text(pdf.bytes());
        assertTrue(text.contains("Kostenkalkulation für Andere Leistungsanbieter"), text);
        assertTrue(text.contains("Kosten je Platz und Tag") && text.contains("44,81 €"), text);
        assertTrue(text.contains("Grüne Arbeit (aLA)") && text.contains("Entwurf"), text);
        assertTrue(text.contains("134.420,15 €") && text.contains("Tarifsteigerung"), text);
        String fest = ClientScenarios.text(leitung.get("kalkulation/fassungen/" + v1 + "/kalkulation.pdf").bytes());
        assertTrue(fest.contains("43,76 €") && fest.contains("Festgeschrieben"), fest);

        // roles: the auditor reads; payroll and council do not; anonymous is asked to log in
        assertEquals(200, Api.as(base, "pruefer", "pruefer123!").get("kalkulation/fassungen/" + v1).status());
        assertEquals(403, Api.as(base, "entgelt", "entgelt123!").get("kalkulation/fassungen/" + v1).status());
        assertEquals(403, Api.as(base, "werkstattrat", "rat12345!").get("kalkulation/" + ala + "/fassungen").status());
        assertEquals(401, Api.anonymous(base).get("kalkulation/fassungen/" + v1).status());

        // another tenant: not found, an empty list
        ClientScenarios.tenantB(base);
        Api b = Api.as(base, "admin.b", "geheim-b-123");
        assertEquals(404, b.get("kalkulation/fassungen/" + v1).status());
        assertEquals(404, b.get("kalkulation/fassungen/" + v2 + "/kalkulation.pdf").status());
        assertEquals(404, b.get("kalkulation/fassungen/" + v2 + "/vergleich").status());
        assertEquals(404, b.get("kalkulation/" + ala + "/aktuell").status());
        Api.Answer fremdeListe = b.get("kalkulation/" + ala + "/fassungen");
        assertEquals(200, fremdeListe.status());
        assertEquals(0, fremdeListe.array().size());
    }

    /** Seed 003 Tab. 3 done right: the worked example of rules.md § 3 (03/2025, Entgelt 250.00) through REST. */
    static void arbeitsplatzkosten(URL base) {
        Api leitung = Api.as(base, "leitung", "leitung123!");
        Api.Answer a = leitung.get("kalkulation/arbeitsplatzkosten?monat=2025-03&steigerungsbetrag=117.00");
        assertEquals(200, a.status(), a.body());
        JsonObject o = a.object();
        assertEquals("133.00", o.getString("grundbetrag"));
        assertEquals("250.00", o.getString("arbeitsentgelt"));
        assertEquals("52.00", o.getString("arbeitsfoerderungsgeld"));
        // 250 + 52 + KV 109.35 + KVZ 18.73 + PV 26.96 + RV 557.26
        assertEquals("1014.30", o.getString("kosten"));
        assertEquals("510.76", o.getString("erstattungBund"));
        assertEquals("253.54", o.getString("erstattungLeistungstraeger"));
        assertEquals("250.00", o.getString("verbleibt"));
        JsonObject rv = o.getJsonArray("posten").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("bezeichnung").startsWith("Rentenversicherung")).findFirst().orElseThrow();
        assertEquals("557.26", rv.getString("kosten"));
        assertEquals("200", String.valueOf(Api.as(base, "pruefer", "pruefer123!")
                .get("kalkulation/arbeitsplatzkosten?monat=2025-03&steigerungsbetrag=117.00").status()));

        Api.Answer monat = leitung.get("kalkulation/arbeitsplatzkosten?monat=2025-13&steigerungsbetrag=117.00");
        assertEquals(400, monat.status(), monat.body());
        assertEquals("monat", monat.firstErrorField());
        assertTrue(monat.body().contains("kein gültiger Monat"), monat.body());
        Api.Answer bbb = leitung.get("kalkulation/arbeitsplatzkosten?monat=2025-03&bereich=BBB");
        assertEquals(400, bbb.status(), bbb.body());
        assertEquals("bereich", bbb.firstErrorField());
        Api.Answer negativ = leitung.get("kalkulation/arbeitsplatzkosten?monat=2025-03&steigerungsbetrag=-5");
        assertEquals(400, negativ.status(), negativ.body());
        assertTrue(negativ.body().contains("nicht negativ"), negativ.body());
        assertEquals(403, Api.as(base, "entgelt", "entgelt123!")
                .get("kalkulation/arbeitsplatzkosten?monat=2025-03&steigerungsbetrag=117.00").status());
    }

    /** A manager opens the planning page of the demo aLA and sees the draft's daily rate and the staffing check. */
    static void browser(URL base) {
        long ala = demoAla(Api.as(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD));
        try (Browser browser = new Browser(base)) {
            browser.login("leitung", "leitung123!");
            browser.open("kalkulation/planung.xhtml?einrichtung=" + ala);
            browser.waitForText(By.id("planForm:jePlatzTag"), "44,81");
            browser.waitForText(By.id("planForm:status"), "Entwurf");
            String text = browser.pageText();
            assertTrue(text.contains("Personalschlüssel") && text.contains("Gruppenleitung"), text);
            assertTrue(text.contains("Vergleich mit der vorigen Fassung"), text);
            browser.screenshot("kostenkalkulation");
        }
    }
}
