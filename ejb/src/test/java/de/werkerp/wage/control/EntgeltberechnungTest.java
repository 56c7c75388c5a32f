package de.werkerp.wage.control;

import static de.werkerp.wage.control.Testdaten.AFOEG;
import static de.werkerp.wage.control.Testdaten.GRUNDBETRAG_2025;
import static de.werkerp.wage.control.Testdaten.MAERZ_2025;
import static de.werkerp.wage.control.Testdaten.eingabe;
import static de.werkerp.wage.control.Testdaten.euro;
import static de.werkerp.wage.control.Testdaten.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.contract.control.Teilzeitgrund;
import de.werkerp.wage.control.Punktwertordnung.Budgetrundung;

/**
 * The statement of one person and month: Arbeitsentgelt (§ 221 Abs. 2 SGB IX), Arbeitsförderungsgeld (§ 59 SGB IX),
 * pay items, the social-insurance plug-in, payout; every total is the sum of its lines.
 */
class EntgeltberechnungTest {

    private static final List<Lohnposten> POSTEN = List.of(
            new Lohnposten("E01", "Weihnachtsgeld", Komponente.EINMALZAHLUNG, euro("50.00"), true),
            new Lohnposten("Z10", "Schmutzzulage", Komponente.ZULAGE, euro("10.00"), true),
            new Lohnposten("Z20", "Fahrgeld", Komponente.ZULAGE, euro("20.00"), false),
            new Lohnposten("A01", "Mittagessen", Komponente.ABZUG, euro("-45.00"), false),
            new Lohnposten("A02", "Vorschuss", Komponente.ABZUG, euro("-30.00"), false));

    @Test
    @DisplayName("§ 221 Abs. 2, § 59 Abs. 1 SGB IX: items flagged as Arbeitsentgelt count for it, the AFöG stays on Grund- + Steigerungsbetrag")
    void p221_p59_pay_items_and_the_afoeg_base() {
        Entgeltabrechnung r = standard(eingabe(MAERZ_2025, "117.00").mitLohnposten(POSTEN));
        assertEquals(euro("250.00"), r.afoegBemessungsgrundlage());
        assertEquals(euro("310.00"), r.arbeitsentgelt()); // 250 + Weihnachtsgeld 50 + Schmutzzulage 10
        assertEquals(euro("52.00"), r.arbeitsfoerderungsgeld()); // on 250, not 310 (that would be 41.00)
        assertEquals(euro("80.00"), r.sonstigeBezuege());
        assertEquals(euro("-75.00"), r.abzuege());
        assertEquals(euro("307.00"), r.auszahlung()); // 250 + 52 + 80 − 75
        Rechenzeile afoeg = r.zeilen(Komponente.ARBEITSFOERDERUNGSGELD).get(0);
        assertEquals("Arbeitsförderungsgeld (§ 59 Abs. 1 SGB IX) auf Grundbetrag + Steigerungsbetrag von 250,00 €",
                afoeg.bezeichnung());
        assertEquals(euro("250.00"), afoeg.basis());
        assertEquals("A01", r.zeilen(Komponente.ABZUG).get(0).lohnart());
    }

    @Test
    @DisplayName("rules.md § 3: the social-insurance plug-in gets the Arbeitsentgelt and returns the worker's deductions")
    void social_insurance_plug_in() {
        List<Beitragsgrundlage> gesehen = new ArrayList<>();
        BeitragsBerechnung pvZuschlag = g -> {
            gesehen.add(g);
            return List.of(new Rechenzeile(Komponente.SOZIALVERSICHERUNG, "PV-K", "Beitragszuschlag für Kinderlose "
                    + "(§ 55 Abs. 3 SGB XI)", euro("749.00"), new BigDecimal("-0.006"), euro("-4.49"), false));
        };
        Entgeltabrechnung r = new Entgeltberechnung(Entgelteinstellungen.STANDARD, AFOEG)
                .berechne(eingabe(MAERZ_2025, "117.00").mitLohnposten(POSTEN), pvZuschlag);
        Beitragsgrundlage g = gesehen.get(0);
        assertEquals(euro("260.00"), g.laufendesArbeitsentgelt());
        assertEquals(euro("50.00"), g.einmaligesArbeitsentgelt());
        assertEquals(euro("310.00"), g.arbeitsentgelt());
        assertEquals(euro("52.00"), g.arbeitsfoerderungsgeld());
        assertTrue(g.vertragsmonat().ganzerMonat());
        assertEquals(euro("-79.49"), r.abzuege());
        assertEquals(euro("302.51"), r.auszahlung());
        // without plug-in: the no-op
        assertEquals(euro("302.00"), new Entgeltberechnung(Entgelteinstellungen.STANDARD, AFOEG)
                .berechne(eingabe(MAERZ_2025, "117.00"), BeitragsBerechnung.KEINE).auszahlung());
    }

    @Test
    void a_plug_in_may_only_deduct() {
        BeitragsBerechnung falsch = g -> List.of(Rechenzeile.berechnet(Komponente.SOZIALVERSICHERUNG, "Erstattung",
                null, null, euro("5.00"), false));
        assertThrows(IllegalStateException.class, () -> new Entgeltberechnung(Entgelteinstellungen.STANDARD, AFOEG)
                .berechne(eingabe(MAERZ_2025, "117.00"), falsch));
    }

    @Test
    @DisplayName("§ 14 SGB IV: pay items are positive, deductions negative and never Arbeitsentgelt")
    void pay_items_are_validated() {
        assertEquals("Ein Abzug wird mit negativem Betrag erfasst: „Mittagessen“ hat 45,00 €.", assertThrows(
                IllegalArgumentException.class, () -> new Lohnposten("A01", "Mittagessen", Komponente.ABZUG,
                        euro("45.00"), false)).getMessage());
        assertEquals("Negative Beträge gibt es nur bei Abzügen: „Weihnachtsgeld“ (Einmalzahlung) hat -50,00 €.",
                assertThrows(IllegalArgumentException.class, () -> new Lohnposten("E01", "Weihnachtsgeld",
                        Komponente.EINMALZAHLUNG, euro("-50.00"), true)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Lohnposten("A03", "Korrektur",
                Komponente.ABZUG, euro("-5.00"), true)).getMessage().startsWith("Ein Abzug zählt nicht zum "
                        + "Arbeitsentgelt"));
        assertThrows(IllegalArgumentException.class, () -> new Lohnposten("X", "Grund", Komponente.GRUNDBETRAG,
                euro("5.00"), true));
        assertThrows(IllegalArgumentException.class, () -> new Lohnposten(" ", "Fahrgeld", Komponente.ZULAGE,
                euro("5.00"), false));
    }

    @Test
    @DisplayName("§ 221 Abs. 2, § 59 Abs. 1 SGB IX: in the Berufsbildungsbereich only items that are not Arbeitsentgelt are paid")
    void p221_p59_items_in_the_berufsbildungsbereich() {
        Entgelteingabe bbb = Entgelteingabe.fuer(MAERZ_2025, Bereich.BBB, null, null);
        Entgeltabrechnung r = standard(bbb.mitLohnposten(List.of(POSTEN.get(2), POSTEN.get(3))));
        assertEquals(euro("0.00"), r.arbeitsentgelt());
        assertEquals(euro("0.00"), r.arbeitsfoerderungsgeld());
        assertEquals(euro("-25.00"), r.auszahlung());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> standard(bbb.mitLohnposten(POSTEN)))
                .getMessage().contains("im Berufsbildungsbereich gibt es aber kein Arbeitsentgelt"));
    }

    @Test
    void a_negative_payout_is_noted() {
        Entgeltabrechnung r = standard(eingabe(MAERZ_2025, "117.00").mitLohnposten(List.of(
                new Lohnposten("A02", "Vorschuss", Komponente.ABZUG, euro("-400.00"), false))));
        assertEquals(euro("-98.00"), r.auszahlung());
        assertTrue(r.hinweise().get(0).startsWith("Die Auszahlung ist negativ (-98,00 €)"));
    }

    @Test
    void totals_that_do_not_match_the_lines_are_refused() {
        Entgeltabrechnung r = standard(eingabe(MAERZ_2025, "117.00"));
        assertThrows(IllegalArgumentException.class, () -> new Entgeltabrechnung(r.monat(), r.bereich(),
                r.grundbetrag(), r.steigerungsbetrag(), r.arbeitsentgelt(), r.afoegBemessungsgrundlage(),
                r.arbeitsfoerderungsgeld(), r.sonstigeBezuege(), r.abzuege(), euro("999.00"), r.zeilen(),
                r.hinweise()));
    }

    @Test
    @DisplayName("§ 221 Abs. 2, § 59 SGB IX, the run: Entgeltordnung with a budget for the Einrichtung, then each person's month")
    void the_monthly_run_in_small() {
        Map<String, Bewertung> bewertungen = new LinkedHashMap<>();
        bewertungen.put("Anna", new Bewertung.Punkte(new BigDecimal("12")));
        bewertungen.put("Ben", new Bewertung.Punkte(new BigDecimal("8")));
        bewertungen.put("Cem", new Bewertung.Punkte(new BigDecimal("20")));
        Map<String, Rechenzeile> steigerung = Punktwertordnung.ausBudget(euro("390.00"),
                Budgetrundung.RESTCENT_VERTEILUNG).steigerungsbetraege(bewertungen); // 9.75 € per point
        Entgeltberechnung berechnung = new Entgeltberechnung(Entgelteinstellungen.STANDARD, AFOEG);

        Entgeltabrechnung anna = berechnung.berechne(Entgelteingabe.fuer(MAERZ_2025, Bereich.AB, GRUNDBETRAG_2025,
                steigerung.get("Anna")));
        Entgeltabrechnung ben = berechnung.berechne(Entgelteingabe.fuer(MAERZ_2025, Bereich.AB, GRUNDBETRAG_2025,
                steigerung.get("Ben")).mitArbeitszeit(new BigDecimal("17.5"), Teilzeitgrund.TZBFG_ANTRAG));
        Entgeltabrechnung cem = berechnung.berechne(Entgelteingabe.fuer(MAERZ_2025, Bereich.AB, GRUNDBETRAG_2025,
                steigerung.get("Cem")).mitVertrag(null, LocalDate.of(2025, 3, 14)));

        assertEquals(euro("117.00"), anna.steigerungsbetrag());
        assertEquals(euro("250.00"), anna.arbeitsentgelt());
        assertEquals(euro("52.00"), anna.arbeitsfoerderungsgeld());
        assertEquals(euro("39.00"), ben.steigerungsbetrag()); // 78 × 17.5/35
        assertEquals(euro("172.00"), ben.arbeitsentgelt());
        assertEquals(euro("88.06"), cem.steigerungsbetrag()); // 195 × 14/31 = 88.064…
        assertEquals(euro("60.06"), cem.grundbetrag()); // 133 × 14/31 = 60.064…
        // the lines tell the story of Ben's Steigerungsbetrag
        List<Rechenzeile> s = ben.zeilen(Komponente.STEIGERUNGSBETRAG);
        assertEquals(2, s.size());
        assertEquals(new BigDecimal("8"), s.get(0).basis());
        assertEquals(euro("78.00"), s.get(0).betrag());
        assertEquals(euro("-39.00"), s.get(1).betrag());
        BigDecimal summeSteigerung = anna.steigerungsbetrag().add(ben.steigerungsbetrag()).add(cem.steigerungsbetrag());
        assertTrue(summeSteigerung.compareTo(euro("390.00")) <= 0); // the rest stays in the Arbeitsergebnis
        assertTrue(anna.hinweise().isEmpty());
    }
}
