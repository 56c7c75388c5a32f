package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.persistence.config.QueryHints;

import de.werkerp.contract.entity.Arbeitszeit;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.social.control.Beitraege;
import de.werkerp.social.control.Beitragsfall;
import de.werkerp.social.control.Beitragssaetze;
import de.werkerp.social.control.Sozialversicherungsbeitraege;
import de.werkerp.social.control.Sozialversicherungstage;
import de.werkerp.tenant.entity.Betriebsstaette;
import de.werkerp.social.entity.Krankenkasse;
import de.werkerp.social.entity.Zusatzbeitragssatz;
import de.werkerp.contract.entity.Bewilligung;
import de.werkerp.contract.entity.Vertragsabschnitt;
import de.werkerp.contract.entity.Vertragsphase;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.reference.boundary.ReferenceDataService;
import de.werkerp.reference.control.Validity;
import de.werkerp.reference.control.ValidityTable;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.entity.Anwesenheitsmonat;
import de.werkerp.wage.entity.Arbeitsunfaehigkeit;
import de.werkerp.wage.entity.Beurteilung;
import de.werkerp.wage.entity.Entgelteinstellung;
import de.werkerp.wage.entity.EntgeltordnungFassung;
import de.werkerp.wage.entity.Lohnbuchung;

/**
 * Computes the statements of one Einrichtung and month from the stored inputs: it loads everything with a few
 * queries (one per kind of input, not per person), assembles one {@link Entgelteingabe} per contract and lets the
 * kernel ({@link Entgeltberechnung}, {@link Entgeltordnung}) compute. Nothing is stored here.
 *
 * <p>Which data of a month apply (the month is not split except for entry and exit):
 * <ul>
 * <li>Bereich: Arbeitsbereich if an AB phase touches the month (then the AB days count, a change from the
 * Berufsbildungsbereich in the middle of the month is a partial month in the Arbeitsbereich); otherwise the last
 * phase of the month (EV/BBB: no Arbeitsentgelt).</li>
 * <li>Working time: the one valid on the first contract day of the month.</li>
 * <li>Assessment: {@link Leistungsbeurteilung#massgeblich}; Entgeltordnung: the version valid on the 1st.</li>
 * </ul>
 * All problems of all persons are collected (German, with the person's name) instead of stopping at the first, so
 * the payroll clerk sees the whole list at once.
 */
@Dependent
public class Monatsberechnung {

    /**
     * EclipseLink query hint: the inputs are read, never changed, by a run, so they are not registered in the
     * persistence context (no working copies, no change detection over tens of thousands of objects at flush).
     */
    private static final String NUR_LESEN = QueryHints.READ_ONLY;

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @Inject
    ReferenceDataService reference;

    /** The statement of one contract, with what the run stores next to it. */
    public record Personenergebnis(Werkstattvertrag vertrag, Beschaeftigter person, Vertragsphase phase,
            java.math.BigDecimal wochenstunden, Entgeltabrechnung abrechnung, boolean anwesenheitFehlt,
            List<String> warnungen, Beitraege beitraege, Krankenkasse kasse, Leistungstraeger leistungstraeger) {
    }

    /** All statements of the month by person id, plus the problems that prevent a result. */
    public record Monatsergebnis(YearMonth monat, Map<Long, Personenergebnis> ergebnisse, List<String> fehler,
            List<String> hinweise) {
    }

    /** Receives the progress of a computation. */
    @FunctionalInterface
    public interface Fortschrittsmeldung {
        void melde(int fertig, int gesamt);
    }

    /** The Einrichtung's settings as the kernel needs them (defaults while none are stored). */
    public static Entgelteinstellungen kernEinstellungen(Entgelteinstellung e) {
        if (e == null) {
            return Entgelteinstellungen.STANDARD;
        }
        return new Entgelteinstellungen(e.getTeilzeitregelung(), e.getWvoTeilzeit(), e.getVollzeitStunden(),
                e.isUnentschuldigtKuerzt(),
                e.getEntgeltfortzahlungTage() == null ? Entgeltfortzahlung.UNBEGRENZT
                        : new Entgeltfortzahlung(true, e.getEntgeltfortzahlungTage()),
                e.isAfoegAnteilig());
    }

    /**
     * Computes the month.
     *
     * @param einrichtung  the Einrichtung
     * @param einstellung  its settings (never {@code null}; defaults if none stored)
     * @param monat        the month
     * @param nurPersonen  only these persons (for a Rückrechnung), or {@code null} for all
     * @param zusatzposten further pay items per person id (the settlements of corrections)
     * @param fortschritt  called after each person with the number done so far
     */
    public Monatsergebnis berechne(Einrichtung einrichtung, Entgelteinstellung einstellung, YearMonth monat,
            Set<Long> nurPersonen, Map<Long, List<Lohnposten>> zusatzposten, Fortschrittsmeldung fortschritt) {
        LocalDate anfang = monat.atDay(1);
        LocalDate ende = monat.atEndOfMonth();
        List<String> fehler = new ArrayList<>();
        List<String> hinweise = new ArrayList<>();
        Map<Long, Personenergebnis> ergebnisse = new LinkedHashMap<>();

        List<Werkstattvertrag> vertraege = em.createQuery("SELECT v FROM Werkstattvertrag v JOIN FETCH v.beschaeftigter"
                + " WHERE v.einrichtung = :e AND v.beginn <= :ende AND (v.ende IS NULL OR v.ende >= :anfang)"
                + " ORDER BY v.beschaeftigter.nachname, v.beschaeftigter.vorname, v.id", Werkstattvertrag.class)
                .setHint(NUR_LESEN, Boolean.TRUE)
                .setParameter("e", einrichtung).setParameter("anfang", anfang).setParameter("ende", ende)
                .getResultList();
        if (nurPersonen != null) {
            vertraege = vertraege.stream().filter(v -> nurPersonen.contains(v.getBeschaeftigter().getId())).toList();
        }
        if (vertraege.isEmpty()) {
            return new Monatsergebnis(monat, ergebnisse, fehler, hinweise);
        }
        Map<Long, List<Vertragsphase>> phasen = abschnitte(Vertragsphase.class, einrichtung, anfang, ende);
        Map<Long, List<Arbeitszeit>> arbeitszeiten = abschnitte(Arbeitszeit.class, einrichtung, anfang, ende);
        Map<Long, List<Bewilligung>> bewilligungen = abschnitte(Bewilligung.class, einrichtung, anfang, ende);
        Map<Long, Anwesenheitsmonat> anwesenheit = em.createQuery("SELECT a FROM Anwesenheitsmonat a WHERE a.monat = :m"
                + " AND a.beschaeftigterId IN (SELECT v.beschaeftigterId FROM Werkstattvertrag v WHERE v.einrichtung = :e)",
                Anwesenheitsmonat.class)
                .setHint(NUR_LESEN, Boolean.TRUE).setParameter("m", monat).setParameter("e", einrichtung).getResultStream()
                .collect(Collectors.toMap(Anwesenheitsmonat::getBeschaeftigterId, Function.identity()));
        Map<Long, List<Lohnbuchung>> buchungen = nachPerson(em.createQuery("SELECT b FROM Lohnbuchung b JOIN FETCH"
                + " b.lohnart WHERE b.monat = :m AND b.beschaeftigterId IN (SELECT v.beschaeftigterId FROM"
                + " Werkstattvertrag v WHERE v.einrichtung = :e) ORDER BY b.id", Lohnbuchung.class)
                .setHint(NUR_LESEN, Boolean.TRUE)
                .setParameter("m", monat).setParameter("e", einrichtung).getResultList(),
                Lohnbuchung::getBeschaeftigterId);
        Map<Long, List<Beurteilung>> beurteilungen = nachPerson(em.createQuery("SELECT b FROM Beurteilung b WHERE"
                + " b.gueltigAb <= :ende AND b.beschaeftigterId IN (SELECT v.beschaeftigterId FROM Werkstattvertrag v"
                + " WHERE v.einrichtung = :e)", Beurteilung.class)
                .setHint(NUR_LESEN, Boolean.TRUE).setParameter("ende", ende)
                .setParameter("e", einrichtung).getResultList(), Beurteilung::getBeschaeftigterId);
        Map<Long, List<Arbeitsunfaehigkeit>> erkrankungen = nachPerson(em.createQuery("SELECT a FROM"
                + " Arbeitsunfaehigkeit a WHERE a.beginn <= :ende AND (a.ende IS NULL OR a.ende >= :anfang) AND"
                + " a.beschaeftigterId IN (SELECT v.beschaeftigterId FROM Werkstattvertrag v WHERE v.einrichtung = :e)",
                Arbeitsunfaehigkeit.class)
                .setHint(NUR_LESEN, Boolean.TRUE).setParameter("anfang", anfang).setParameter("ende", ende)
                .setParameter("e", einrichtung).getResultList(), Arbeitsunfaehigkeit::getBeschaeftigterId);

        Map<String, Krankenkasse> kassen = new HashMap<>();
        em.createQuery("SELECT k FROM Krankenkasse k", Krankenkasse.class)
                .setHint(NUR_LESEN, Boolean.TRUE).getResultList()
                .forEach(k -> kassen.put(k.getBetriebsnummer(), k));
        Map<Long, List<Zusatzbeitragssatz>> zusatz = nachPerson(em.createQuery("SELECT z FROM Zusatzbeitragssatz z"
                + " WHERE z.gueltigAb <= :anfang AND (z.gueltigBis IS NULL OR z.gueltigBis >= :anfang)",
                Zusatzbeitragssatz.class)
                .setHint(NUR_LESEN, Boolean.TRUE).setParameter("anfang", anfang).getResultList(),
                z -> z.getKrankenkasse().getId());
        Beitragssaetze saetze = reference.beitragssaetze(monat);
        Betriebsstaette hauptbetriebsstaette = em.createQuery("SELECT b FROM Betriebsstaette b WHERE b.einrichtung = :e"
                + " AND b.hauptbetriebsstaette = TRUE ORDER BY b.id", Betriebsstaette.class)
                .setHint(NUR_LESEN, Boolean.TRUE).setParameter("e", einrichtung).getResultStream().findFirst()
                .orElse(null);
        boolean sachsen = "SN".equals(einstellung.getBundesland());
        Sozialversicherungsbeitraege svRechner = new Sozialversicherungsbeitraege(einstellung.isAfoegBeitragspflichtig());

        Entgelteinstellungen einstellungen;
        try {
            einstellungen = kernEinstellungen(einstellung);
        } catch (IllegalArgumentException e) {
            // e.g. a full time outside 35–40 h stored before that was enforced: the run stops, naming it
            fehler.add(e.getMessage());
            return new Monatsergebnis(monat, ergebnisse, fehler, hinweise);
        }
        BigDecimal gesetzlich = reference.grundbetragAm(anfang).orElse(null);
        Optional<Arbeitsfoerderungsgeld> afoeg = reference.arbeitsfoerderungsgeldAm(anfang);
        List<LocalDate> feiertage = Feiertage.im(monat, einstellung.getBundesland());

        // 1. contract data per person; assessments of the Arbeitsbereich
        record Fall(Werkstattvertrag vertrag, Vertragsphase phase, Bereich bereich, Vertragsmonat vm,
                Arbeitszeit arbeitszeit) {
        }
        List<Fall> faelle = new ArrayList<>();
        Map<Long, Bewertung> bewertungen = new LinkedHashMap<>();
        for (Werkstattvertrag v : vertraege) {
            Beschaeftigter p = v.getBeschaeftigter();
            String name = name(p);
            List<Vertragsphase> ph = phasen.getOrDefault(v.getId(), List.of());
            if (ph.isEmpty()) {
                fehler.add(name + ": für " + Format.monat(monat) + " ist keine Vertragsphase (Bereich) erfasst.");
                continue;
            }
            Vertragsphase phase = ph.stream().filter(x -> x.getBereich().name().equals("AB")).reduce((a, b) -> b)
                    .orElse(ph.get(ph.size() - 1));
            Bereich bereich = Bereich.von(phase.getBereich().name());
            // the Arbeitsbereich stretch that ends with this phase: a change of group inside the Arbeitsbereich
            // (a new phase from the next day) does not cut the month
            LocalDate abAb = phase.getGueltigAb();
            for (int i = ph.indexOf(phase) - 1; i >= 0 && bereich == Bereich.AB; i--) {
                Vertragsphase vorher = ph.get(i);
                if (!vorher.getBereich().name().equals("AB") || vorher.getGueltigBis() == null
                        || !vorher.getGueltigBis().plusDays(1).equals(abAb)) {
                    break;
                }
                abAb = vorher.getGueltigAb();
            }
            LocalDate von = max(max(v.getBeginn(), anfang), bereich == Bereich.AB ? abAb : anfang);
            LocalDate bis = min(min(v.getEnde(), ende), bereich == Bereich.AB ? phase.getGueltigBis() : ende);
            Vertragsmonat vm = Vertragsmonat.von(monat, von, bis);
            Arbeitszeit az = arbeitszeiten.getOrDefault(v.getId(), List.of()).stream()
                    .filter(a -> !a.getGueltigAb().isAfter(vm.von())).reduce((a, b) -> b)
                    .orElse(arbeitszeiten.getOrDefault(v.getId(), List.of()).stream().findFirst().orElse(null));
            if (az == null) {
                fehler.add(name + ": für " + Format.monat(monat) + " ist keine Arbeitszeit erfasst.");
                continue;
            }
            if (bereich == Bereich.AB) {
                List<Leistungsbeurteilung> kern = new ArrayList<>();
                try {
                    for (Beurteilung b : beurteilungen.getOrDefault(p.getId(), List.of())) {
                        kern.add(new Leistungsbeurteilung(b.getBeurteiltAm(), b.getGueltigAb(), b.getBeurteiler(),
                                EntgeltordnungText.bewertung(b.getPunkte(), b.getLohnstufe(), b.getKriterienwerte())));
                    }
                } catch (IllegalArgumentException e) {
                    fehler.add(name + ": " + e.getMessage());
                    continue;
                }
                Optional<Leistungsbeurteilung> massgeblich = Leistungsbeurteilung.massgeblich(kern, vm);
                if (massgeblich.isEmpty()) {
                    fehler.add(name + ": es liegt keine Leistungsbeurteilung vor, die am " + Format.datum(vm.von())
                            + " gilt; ohne sie gibt es keinen Steigerungsbetrag (§ 221 Abs. 2 SGB IX).");
                    continue;
                }
                bewertungen.put(p.getId(), massgeblich.get().bewertung());
            }
            faelle.add(new Fall(v, phase, bereich, vm, az));
        }

        // 2. Steigerungsbeträge of all persons at once (a budget is shared)
        Map<Long, Rechenzeile> steigerung = Map.of();
        if (!bewertungen.isEmpty()) {
            if (gesetzlich == null) {
                fehler.add("Für " + Format.monat(monat) + " ist kein gesetzlicher Grundbetrag in den Rechengrößen "
                        + "hinterlegt (§ 221 Abs. 2 SGB IX).");
            }
            if (afoeg.isEmpty()) {
                fehler.add("Für " + Format.monat(monat) + " sind keine Werte des Arbeitsförderungsgeldes (§ 59 SGB IX) "
                        + "in den Rechengrößen hinterlegt.");
            }
            try {
                Entgeltordnung.Fassung fassung = fassung(einrichtung, monat, hinweise);
                steigerung = fassung.ordnung().steigerungsbetraege(bewertungen);
            } catch (IllegalArgumentException | ValidityTable.MissingReferenceValue e) {
                fehler.add(e.getMessage());
            }
        }
        if (!fehler.isEmpty()) {
            return new Monatsergebnis(monat, ergebnisse, fehler, hinweise);
        }

        // 3. the statements
        Entgeltberechnung rechner = new Entgeltberechnung(einstellungen,
                afoeg.orElse(new Arbeitsfoerderungsgeld(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
        int fertig = 0;
        for (Fall f : faelle) {
            Beschaeftigter p = f.vertrag().getBeschaeftigter();
            String name = name(p);
            try {
                List<Lohnposten> posten = new ArrayList<>();
                for (Lohnbuchung b : buchungen.getOrDefault(p.getId(), List.of())) {
                    posten.add(new Lohnposten(b.getLohnart().getCode(), b.getBezeichnung(),
                            b.getLohnart().getKomponente(), b.getBetrag(), b.getLohnart().isArbeitsentgelt()));
                }
                posten.addAll(zusatzposten.getOrDefault(p.getId(), List.of()));
                Anwesenheitsmonat a = anwesenheit.get(p.getId());
                Anwesenheit tage = a == null ? Anwesenheit.NICHT_ERFASST : new Anwesenheit(a.getAnwesend(),
                        a.getKrankMitBescheinigung(), a.getKrankOhneBescheinigung(), a.getUrlaub(),
                        a.getSonstigeBezahlt(), a.getUnentschuldigt());
                List<Erkrankung> au = erkrankungen.getOrDefault(p.getId(), List.of()).stream()
                        .map(x -> new Erkrankung(x.getBeginn(), x.getEnde(), x.getBereitsBezahlteTage())).toList();
                Vertragsmonat vm = f.vm();
                Entgelteingabe eingabe = Entgelteingabe.fuer(monat, f.bereich(), gesetzlich, steigerung.get(p.getId()))
                        .mitGrundbetragEinrichtung(f.bereich() == Bereich.AB ? einstellung.getGrundbetrag() : null)
                        .mitVertrag(vm.von().equals(anfang) ? null : vm.von(), vm.bis().equals(ende) ? null : vm.bis())
                        .mitArbeitszeit(f.arbeitszeit().getWochenstunden(), f.arbeitszeit().getTeilzeitgrund())
                        .mitAnwesenheit(tage).mitErkrankungen(au).mitFeiertagen(feiertage).mitLohnposten(posten);
                Beitraege[] erfasst = new Beitraege[1];
                Krankenkasse kasse = p.getKrankenkasseBetriebsnummer() == null ? null
                        : kassen.get(p.getKrankenkasseBetriebsnummer());
                Betriebsstaette ort = f.phase().getGruppe() != null ? f.phase().getGruppe().getBetriebsstaette()
                        : hauptbetriebsstaette;
                int svTage = Sozialversicherungstage.im(monat, vm.von(), vm.bis());
                BeitragsBerechnung sv = grundlage -> {
                    boolean beitritt = beitrittsgebiet(ort, f.phase().getGruppe() != null, einrichtung);
                    erfasst[0] = beitraege(svRechner, p, kasse, zusatz, saetze, monat, grundlage, beitritt, sachsen,
                            svTage);
                    return abzuege(erfasst[0]);
                };
                Entgeltabrechnung abrechnung = rechner.berechne(eingabe, sv);
                List<String> warnungen = new ArrayList<>(abrechnung.hinweise());
                boolean fehlt = a == null && f.bereich() == Bereich.AB;
                if (fehlt) {
                    warnungen.add(0, "Für " + Format.monat(monat) + " ist keine Anwesenheit erfasst.");
                }
                boolean bewilligt = bewilligungen.getOrDefault(f.vertrag().getId(), List.of()).stream()
                        .anyMatch(b -> !b.getGueltigAb().isAfter(vm.bis())
                                && (b.getGueltigBis() == null || !b.getGueltigBis().isBefore(vm.von())));
                if (!bewilligt) {
                    warnungen.add("Für " + Format.monat(monat) + " liegt keine Bewilligung eines Leistungsträgers vor.");
                }
                if (p.getIban() == null && abrechnung.auszahlung().signum() > 0) {
                    warnungen.add("Keine IBAN hinterlegt: die Auszahlung ist nicht in der Zahlungsdatei.");
                }
                Leistungstraeger lt = bewilligungen.getOrDefault(f.vertrag().getId(), List.of()).stream()
                        .filter(b -> !b.getGueltigAb().isAfter(vm.bis())
                                && (b.getGueltigBis() == null || !b.getGueltigBis().isBefore(vm.von())))
                        .map(Bewilligung::getLeistungstraeger).reduce((a1, b1) -> b1).orElse(null);
                if (erfasst[0] != null) {
                    warnungen.addAll(erfasst[0].hinweise());
                }
                ergebnisse.put(p.getId(), new Personenergebnis(f.vertrag(), p, f.phase(),
                        f.arbeitszeit().getWochenstunden(), abrechnung, fehlt, warnungen, erfasst[0], kasse, lt));
            } catch (IllegalArgumentException e) {
                fehler.add(name + ": " + e.getMessage());
            }
            fortschritt.melde(++fertig, faelle.size());
        }
        return new Monatsergebnis(monat, ergebnisse, fehler, hinweise);
    }

    /**
     * The contributions of one person (rules.md § 3): stops with a German message naming what is missing (Kasse, its
     * Zusatzbeitrag, the year's rates); nothing is guessed.
     */
    private static Beitraege beitraege(Sozialversicherungsbeitraege svRechner, Beschaeftigter p, Krankenkasse kasse,
            Map<Long, List<Zusatzbeitragssatz>> zusatz, Beitragssaetze saetze, YearMonth monat,
            Beitragsgrundlage grundlage, boolean beitritt, boolean sachsen, int svTage) {
        if (saetze == null) {
            throw new IllegalArgumentException("für " + Format.monat(monat) + " sind keine Beitragssätze und "
                    + "Bezugsgrößen der Sozialversicherung hinterlegt (Stammdaten → Rechengrößen); es wird kein Beitrag "
                    + "geschätzt.");
        }
        if (p.getKrankenkasseBetriebsnummer() == null) {
            throw new IllegalArgumentException("es ist keine Krankenkasse hinterlegt (Betriebsnummer der Kasse in den "
                    + "Personendaten).");
        }
        if (kasse == null) {
            throw new IllegalArgumentException("die Krankenkasse mit der Betriebsnummer " + p.getKrankenkasseBetriebsnummer()
                    + " fehlt in der Liste der Krankenkassen (Stammdaten → Krankenkassen).");
        }
        List<Zusatzbeitragssatz> saetzeKasse = zusatz.getOrDefault(kasse.getId(), List.of());
        if (saetzeKasse.isEmpty()) {
            throw new IllegalArgumentException("für die Krankenkasse „" + kasse.getName() + "“ ist für "
                    + Format.monat(monat) + " kein Zusatzbeitragssatz hinterlegt.");
        }
        Beitragsfall fall = new Beitragsfall(monat, grundlage.laufendesArbeitsentgelt(),
                grundlage.einmaligesArbeitsentgelt(), grundlage.arbeitsfoerderungsgeld(), p.getGeburtsdatum(),
                p.isKinderlos(), p.getKinderUnter25(), beitritt, sachsen, saetzeKasse.get(0).getSatz(), svTage);
        return svRechner.berechne(fall, saetze);
    }

    /**
     * Whether the person's place of work lies in the Beitrittsgebiet (§ 228a SGB VI): the site of the phase's group,
     * else the Einrichtung's main site. Never assumed: without a known site the person's statement stops with a German
     * message.
     */
    static boolean beitrittsgebiet(Betriebsstaette ort, boolean ausGruppe, Einrichtung einrichtung) {
        if (ort == null) {
            throw new IllegalArgumentException("der Arbeitsort ist nicht bekannt: die Vertragsphase nennt keine Gruppe "
                    + "und die Einrichtung „" + einrichtung.getName() + "“ hat keine Hauptbetriebsstätte. Ob die "
                    + "Rentenversicherung nach der Bezugsgröße Ost rechnet (Beitrittsgebiet, § 228a SGB VI), wird nicht "
                    + "geschätzt: bitte der Vertragsphase eine Gruppe zuordnen oder unter Stammdaten → Betriebsstätten "
                    + "eine Hauptbetriebsstätte festlegen.");
        }
        if (ort.getBeitrittsgebiet() == null) {
            throw new IllegalArgumentException("für die Betriebsstätte „" + ort.getName() + "“"
                    + (ausGruppe ? "" : " (Hauptbetriebsstätte)") + " ist nicht erfasst, ob sie im Beitrittsgebiet "
                    + "liegt (§ 228a SGB VI): bitte unter Stammdaten → Betriebsstätten angeben.");
        }
        return ort.getBeitrittsgebiet();
    }

    /** The worker's shares as deduction lines of the statement (Lohnart SV-KV, SV-KVZ, SV-PV, SV-RV). */
    private static List<Rechenzeile> abzuege(Beitraege b) {
        List<Rechenzeile> zeilen = new ArrayList<>();
        abzug(zeilen, "SV-KV", "Krankenversicherung (Ihr Anteil)", b.kv().bemessungsgrundlage(), b.kv().beschaeftigter());
        abzug(zeilen, "SV-KVZ", "Zusatzbeitrag Krankenversicherung (Ihr Anteil)", b.kvZusatzbeitrag()
                .bemessungsgrundlage(), b.kvZusatzbeitrag().beschaeftigter());
        abzug(zeilen, "SV-PV", "Pflegeversicherung (Ihr Anteil)", b.pv().bemessungsgrundlage(), b.pv().beschaeftigter());
        abzug(zeilen, "SV-RV", "Rentenversicherung (Ihr Anteil)", b.rv().bemessungsgrundlage(), b.rv().beschaeftigter());
        return zeilen;
    }

    private static void abzug(List<Rechenzeile> zeilen, String lohnart, String text, BigDecimal basis,
            BigDecimal betrag) {
        if (betrag.signum() > 0) {
            zeilen.add(new Rechenzeile(Komponente.SOZIALVERSICHERUNG, lohnart, text, basis, null, betrag.negate(),
                    false));
        }
    }

    private Entgeltordnung.Fassung fassung(Einrichtung einrichtung, YearMonth monat, List<String> hinweise) {
        List<EntgeltordnungFassung> gespeichert = em.createQuery("SELECT f FROM EntgeltordnungFassung f WHERE"
                + " f.einrichtung = :e ORDER BY f.gueltigAb", EntgeltordnungFassung.class)
                .setHint(NUR_LESEN, Boolean.TRUE)
                .setParameter("e", einrichtung).getResultList();
        LocalDate stichtag = Grundbetragsregel.stichtag(monat);
        EntgeltordnungFassung f = gespeichert.stream().filter(x -> !x.getGueltigAb().isAfter(stichtag)
                && (x.getGueltigBis() == null || !x.getGueltigBis().isBefore(stichtag))).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("Für " + Format.monat(monat) + " gilt keine "
                        + "Entgeltordnung der Einrichtung „" + einrichtung.getName() + "“: bitte unter Entgelt → "
                        + "Einstellungen eine Fassung anlegen."));
        if (f.getZustimmungWerkstattrat() == null) {
            hinweise.add("Der Entgeltordnung „" + f.getBezeichnung() + "“ fehlt das Datum der Zustimmung des "
                    + "Werkstattrats (Mitbestimmung, § 5 Abs. 2 Nr. 3 WMVO).");
        }
        return new Entgeltordnung.Fassung(new Validity(f.getGueltigAb(), f.getGueltigBis()), f.getBezeichnung(),
                EntgeltordnungText.ordnung(f.getForm().name(), f.getPunktwert(), f.getBudget(),
                        f.getBudgetrundung(), f.getStufen(), f.getKriterien()));
    }

    private <T extends Vertragsabschnitt> Map<Long, List<T>> abschnitte(Class<T> type, Einrichtung e, LocalDate anfang,
            LocalDate ende) {
        // the groups of the phases (with their site) in the same query, not one SELECT per group
        String fetch = type == Vertragsphase.class ? " LEFT JOIN FETCH x.gruppe g LEFT JOIN FETCH g.betriebsstaette" : "";
        List<T> alle = em.createQuery("SELECT x FROM " + type.getSimpleName() + " x" + fetch + " WHERE x.vertrag.einrichtung = :e"
                + " AND x.gueltigAb <= :ende AND (x.gueltigBis IS NULL OR x.gueltigBis >= :anfang)"
                + " ORDER BY x.gueltigAb", type)
                .setHint(NUR_LESEN, Boolean.TRUE).setParameter("e", e).setParameter("anfang", anfang)
                .setParameter("ende", ende).getResultList();
        return nachPerson(alle, x -> x.getVertrag().getId());
    }

    private static <T> Map<Long, List<T>> nachPerson(Collection<T> rows, Function<T, Long> key) {
        Map<Long, List<T>> map = new HashMap<>();
        for (T row : rows) {
            map.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return map;
    }

    public static String name(Beschaeftigter p) {
        return p.getNachname() + ", " + p.getVorname();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
