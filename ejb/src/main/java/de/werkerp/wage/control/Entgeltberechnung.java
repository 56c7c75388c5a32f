package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The monthly wage of one person: Arbeitsentgelt (§ 221 Abs. 2 SGB IX), Arbeitsförderungsgeld (§ 59 SGB IX), other
 * pay items and deductions, payout. Plain Java: the run supplies the reference values valid in the month, the
 * Steigerungsbetrag from the {@link Entgeltordnung} and the tenant's {@link Entgelteinstellungen}.
 *
 * <p>Order of the steps (each step one or more {@link Rechenzeile}s, each rounded to the cent HALF_UP from the exact
 * fraction of its base; a reduction line is the difference between the rounded remainder and its base):
 * <ol>
 * <li>Eingangsverfahren / Berufsbildungsbereich: no Arbeitsentgelt and no AFöG (§ 221 Abs. 2, § 59 Abs. 1 SGB IX:
 * Arbeitsbereich only; the person gets Ausbildungsgeld, § 125 SGB III): only pay items not counting as
 * Arbeitsentgelt are listed, and a note says why.</li>
 * <li>Grundbetrag: the statutory one or the Einrichtung's higher one ({@link Grundbetragsregel}); reduced for part
 * time if the {@link Teilzeitregelung} says so; prorated by calendar days for a partial month
 * ({@link Vertragsmonat}).</li>
 * <li>Steigerungsbetrag: full-time monthly amount from the Entgeltordnung; part time; partial month; then the
 * reductions for unexcused absence and sickness beyond the paid period ({@link Fehlzeitenkuerzung},
 * {@link Entgeltfortzahlung}).</li>
 * <li>Arbeitsförderungsgeld: {@link Arbeitsfoerderungsgeld#fuer} on <em>Grundbetrag + Steigerungsbetrag</em>.
 * § 59 Abs. 1 SGB IX speaks of the "Arbeitsentgelt", and § 221 Abs. 2 defines the Arbeitsentgelt as exactly these
 * two parts; one-off payments and allowances (even when they are Arbeitsentgelt for social insurance) are left out,
 * so the AFöG of a month does not drop because of, say, a Christmas bonus. The base is visible as
 * {@link Entgeltabrechnung#afoegBemessungsgrundlage()} and as the base of the AFöG line. In a partial month the
 * amount is prorated only if {@link Entgelteinstellungen#afoegAnteiligImTeilmonat()}.</li>
 * <li>Other pay items ({@link Lohnposten}), then the worker's contributions from the {@link BeitragsBerechnung}.</li>
 * <li>Payout = sum of all lines. A negative payout is reported as a note, not changed.</li>
 * </ol>
 * Invalid input (a lower Grundbetrag than the statutory one, part time without a reason, more absence than working
 * days, …) is refused with an {@link IllegalArgumentException} carrying a German message.
 */
public record Entgeltberechnung(Entgelteinstellungen einstellungen, Arbeitsfoerderungsgeld afoeg) {

    /**
     * How the notes name part time under § 6 Abs. 2 WVO: both of its reasons together, never which one applies — the
     * notes are read by payroll, management and the auditor, who do not read the disability as part-time reason
     * (docs/rollen.md).
     */
    static final String WVO_GRUND = "§ 6 Abs. 2 WVO (Art oder Schwere der Behinderung oder Erziehungsauftrag)";


    public Entgeltberechnung {
        Objects.requireNonNull(einstellungen, "einstellungen");
        Objects.requireNonNull(afoeg, "afoeg");
    }

    /** The statement without social-insurance contributions ({@link BeitragsBerechnung#KEINE}). */
    public Entgeltabrechnung berechne(Entgelteingabe eingabe) {
        return berechne(eingabe, BeitragsBerechnung.KEINE);
    }

    /** The statement of one person and month. */
    public Entgeltabrechnung berechne(Entgelteingabe e, BeitragsBerechnung beitraege) {
        Objects.requireNonNull(e, "eingabe");
        Objects.requireNonNull(beitraege, "beitraege");
        Vertragsmonat vm = Vertragsmonat.von(e.monat(), e.vertragsbeginn(), e.vertragsende());
        List<Rechenzeile> zeilen = new ArrayList<>();
        List<String> hinweise = new ArrayList<>();
        if (!e.bereich().zahltArbeitsentgelt()) {
            return ohneArbeitsentgelt(e, zeilen, hinweise);
        }
        int arbeitstage = vm.arbeitstage(e.feiertage());
        pruefeAnwesenheit(e.anwesenheit(), arbeitstage, hinweise);

        Rechenzeile grund = Grundbetragsregel.grundbetrag(e.gesetzlicherGrundbetrag(), e.grundbetragEinrichtung());
        zeilen.add(grund);
        BigDecimal g = teilzeit(Komponente.GRUNDBETRAG, grund.betrag(), e, zeilen, hinweise);
        g = teilmonat(Komponente.GRUNDBETRAG, g, vm, zeilen);

        Rechenzeile steigerung = pruefeSteigerungsbetrag(e.steigerungsbetrag());
        zeilen.add(steigerung);
        BigDecimal s = teilzeit(Komponente.STEIGERUNGSBETRAG, steigerung.betrag(), e, zeilen, hinweise);
        s = teilmonat(Komponente.STEIGERUNGSBETRAG, s, vm, zeilen);
        int unentschuldigt = e.anwesenheit().unentschuldigt();
        if (unentschuldigt > 0 && !einstellungen.unentschuldigteFehlzeitKuerzt()) {
            hinweise.add(unentschuldigt + " unentschuldigte Fehltage: nach der Einstellung der Einrichtung wird der "
                    + "Steigerungsbetrag dafür nicht gekürzt.");
            unentschuldigt = 0;
        }
        int krankUnbezahlt = einstellungen.entgeltfortzahlung()
                .unbezahlteArbeitstage(e.erkrankungen(), vm, e.feiertage()).size();
        List<Rechenzeile> kuerzungen = Fehlzeitenkuerzung.zeilen(s, arbeitstage, unentschuldigt, krankUnbezahlt,
                einstellungen.entgeltfortzahlung().bezahlteKalendertage());
        zeilen.addAll(kuerzungen);
        s = s.add(Entgeltabrechnung.summe(kuerzungen, z -> true));

        BigDecimal bemessung = g.add(s);
        BigDecimal afoegBetrag = afoeg.fuer(bemessung);
        zeilen.add(Rechenzeile.berechnet(Komponente.ARBEITSFOERDERUNGSGELD, "Arbeitsförderungsgeld (§ 59 Abs. 1 SGB IX) "
                + "auf Grundbetrag + Steigerungsbetrag von " + Format.euro(bemessung), bemessung, null, afoegBetrag,
                false));
        if (!vm.ganzerMonat() && einstellungen.afoegAnteiligImTeilmonat() && afoegBetrag.signum() > 0) {
            teilmonat(Komponente.ARBEITSFOERDERUNGSGELD, afoegBetrag, vm, zeilen);
        }

        BigDecimal einmalig = new BigDecimal("0.00");
        BigDecimal laufendeZulagen = new BigDecimal("0.00");
        for (Lohnposten p : e.lohnposten()) {
            zeilen.add(p.alsZeile());
            if (p.arbeitsentgelt() && p.art() == Komponente.EINMALZAHLUNG) {
                einmalig = einmalig.add(p.betrag());
            } else if (p.arbeitsentgelt()) {
                laufendeZulagen = laufendeZulagen.add(p.betrag());
            }
        }

        List<Rechenzeile> sv = beitraege.abzuege(new Beitragsgrundlage(e.monat(), e.bereich(), vm,
                bemessung.add(laufendeZulagen), einmalig, Entgeltabrechnung.summe(zeilen,
                        z -> z.komponente() == Komponente.ARBEITSFOERDERUNGSGELD)));
        for (Rechenzeile z : sv) {
            if (z.komponente() != Komponente.SOZIALVERSICHERUNG || z.betrag().signum() > 0 || z.arbeitsentgelt()) {
                throw new IllegalStateException("Die Beitragsberechnung hat eine ungültige Zeile geliefert: " + z
                        + " (erwartet: Sozialversicherung, Betrag ≤ 0, kein Arbeitsentgelt).");
            }
        }
        zeilen.addAll(sv);

        BigDecimal auszahlung = Entgeltabrechnung.summe(zeilen, z -> true);
        if (auszahlung.signum() < 0) {
            hinweise.add("Die Auszahlung ist negativ (" + Format.euro(auszahlung) + "): die Abzüge übersteigen die "
                    + "Bezüge. Bitte die Abzüge prüfen; Pfändungsgrenzen sind nicht berücksichtigt.");
        }
        return Entgeltabrechnung.aus(e.monat(), e.bereich(), zeilen, hinweise);
    }

    private Entgeltabrechnung ohneArbeitsentgelt(Entgelteingabe e, List<Rechenzeile> zeilen, List<String> hinweise) {
        hinweise.add("Im " + e.bereich().getLabel() + " zahlt die Einrichtung kein Arbeitsentgelt und kein "
                + "Arbeitsförderungsgeld (§ 221 Abs. 2, § 59 Abs. 1 SGB IX: nur im Arbeitsbereich). Die Person erhält "
                + "Ausbildungsgeld von der Bundesagentur für Arbeit (§ 125 SGB III) oder Übergangsgeld vom "
                + "zuständigen Rehabilitationsträger.");
        for (Lohnposten p : e.lohnposten()) {
            if (p.arbeitsentgelt()) {
                throw new IllegalArgumentException("„" + p.bezeichnung() + "“ ist als Arbeitsentgelt gekennzeichnet, "
                        + "im " + e.bereich().getLabel() + " gibt es aber kein Arbeitsentgelt.");
            }
            zeilen.add(p.alsZeile());
        }
        return Entgeltabrechnung.aus(e.monat(), e.bereich(), zeilen, hinweise);
    }

    private static void pruefeAnwesenheit(Anwesenheit a, int arbeitstage, List<String> hinweise) {
        if (a.summe() > arbeitstage) {
            throw new IllegalArgumentException("Es sind " + a.summe() + " Anwesenheits- und Fehltage erfasst, der "
                    + "Vertrag hat im Monat aber nur " + arbeitstage + " Arbeitstage (Montag bis Freitag ohne "
                    + "Feiertage): bitte die Anwesenheit prüfen.");
        }
        if (a.summe() > 0 && a.summe() < arbeitstage) {
            hinweise.add("Für " + (arbeitstage - a.summe()) + " von " + arbeitstage + " Arbeitstagen ist keine "
                    + "Anwesenheit erfasst.");
        }
    }

    private static Rechenzeile pruefeSteigerungsbetrag(Rechenzeile s) {
        if (s == null) {
            throw new IllegalArgumentException("Für den Arbeitsbereich fehlt der Steigerungsbetrag aus der "
                    + "Entgeltordnung (§ 221 Abs. 2 SGB IX).");
        }
        if (s.komponente() != Komponente.STEIGERUNGSBETRAG || !s.arbeitsentgelt()) {
            throw new IllegalArgumentException("Die Zeile „" + s.bezeichnung() + "“ ist kein Steigerungsbetrag.");
        }
        if (s.betrag().signum() < 0) {
            throw new IllegalArgumentException("Der Steigerungsbetrag kann nicht negativ sein ("
                    + Format.euro(s.betrag()) + ").");
        }
        return s;
    }

    /** Part-time reduction of one component; returns the amount after it. */
    private BigDecimal teilzeit(Komponente k, BigDecimal basis, Entgelteingabe e, List<Rechenzeile> zeilen,
            List<String> hinweise) {
        BigDecimal stunden = e.wochenstunden();
        BigDecimal vollzeit = einstellungen.vollzeitStunden();
        Teilzeitregelung regelung = einstellungen.teilzeit();
        if (!regelung.mindert(k, stunden, vollzeit, e.teilzeitgrund(), einstellungen.wvoTeilzeit())) {
            // one note per statement (at the Steigerungsbetrag) when part time reduces nothing
            if (k == Komponente.STEIGERUNGSBETRAG && Teilzeitregelung.istTeilzeit(stunden, vollzeit)) {
                hinweise.add(nichtGekuerzt(regelung, e, vollzeit));
            }
            return basis;
        }
        if (k == Komponente.STEIGERUNGSBETRAG && WvoTeilzeit.PARAGRAPH_6_ABS_2_WVO.contains(e.teilzeitgrund())) {
            hinweise.add("Teilzeit nach " + WVO_GRUND + ": nach der Einstellung "
                    + "der Einrichtung wie jede Teilzeit gekürzt (rules.md § 1; nach der Auffassung der BAGüS würde "
                    + "sie nicht gekürzt).");
        }
        BigDecimal rest = Vertragsmonat.anteil(basis, stunden, vollzeit);
        zeilen.add(Rechenzeile.berechnet(k, "Kürzung wegen Teilzeit: " + Format.zahl(stunden) + " von "
                + Format.zahl(vollzeit) + " Wochenstunden (" + e.teilzeitgrund().getRechtsgrundlage() + ")", basis,
                Vertragsmonat.minderungsfaktor(stunden, vollzeit), rest.subtract(basis), true));
        return rest;
    }

    private String nichtGekuerzt(Teilzeitregelung regelung, Entgelteingabe e, BigDecimal vollzeit) {
        String teilzeit = "Teilzeit mit " + Format.zahl(e.wochenstunden()) + " von " + Format.zahl(vollzeit)
                + " Wochenstunden";
        if (regelung == Teilzeitregelung.BEIDE_VOLL) {
            return teilzeit + ": nach der Einstellung der Einrichtung werden Grundbetrag und Steigerungsbetrag nicht "
                    + "gekürzt (Auffassung des Bundesversicherungsamts: keine Rechtsgrundlage für eine Kürzung).";
        }
        if (einstellungen.wvoTeilzeit().ausgenommen(e.teilzeitgrund())) {
            return teilzeit + " nach " + WVO_GRUND + ": das Entgelt wird nicht "
                    + "gekürzt (Einstellung der Einrichtung nach der Auffassung der BAGüS: Kürzung nur bei Teilzeit "
                    + "nach § 8 TzBfG).";
        }
        return teilzeit + ": nach der Teilzeitregelung der Einrichtung wird das Entgelt nicht gekürzt.";
    }

    /** Proration of one component for a partial month; returns the amount after it. */
    private static BigDecimal teilmonat(Komponente k, BigDecimal basis, Vertragsmonat vm, List<Rechenzeile> zeilen) {
        if (vm.ganzerMonat() || basis.signum() == 0) {
            return basis;
        }
        BigDecimal rest = vm.anteilig(basis);
        zeilen.add(Rechenzeile.berechnet(k, k.getLabel() + " anteilig für " + vm.kalendertage() + " von "
                + vm.kalendertageDesMonats() + " Kalendertagen (" + Format.datum(vm.von()) + " bis "
                + Format.datum(vm.bis()) + ")", basis, Vertragsmonat.minderungsfaktor(
                        BigDecimal.valueOf(vm.kalendertage()), BigDecimal.valueOf(vm.kalendertageDesMonats())),
                rest.subtract(basis), k != Komponente.ARBEITSFOERDERUNGSGELD));
        return rest;
    }
}
