package de.werkerp.billing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.werkerp.billing.entity.Leistungsstunden;
import de.werkerp.billing.entity.Verguetungsvereinbarung;
import de.werkerp.contract.entity.Arbeitszeit;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bewilligung;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Anwesenheit;
import de.werkerp.wage.control.Arbeitstage;
import de.werkerp.wage.control.Feiertage;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.entity.Anwesenheitsmonat;

/**
 * The billing of one Einrichtung and month, from the inputs the Entgelt run uses too: contracts, approvals
 * (Bewilligungen, which Leistungsträger pays for which period and area), working time, the attendance grid, plus
 * the Vergütungsvereinbarungen and recorded Fachleistungsstunden. Loads every kind of input with one query and hands
 * plain values to the kernel ({@link Leistungsentgelt}). Per contract, the month is cut into periods by approval and
 * agreement; each period is one line.
 * <p>
 * A person is not billed at all (and listed as a problem) when in the month they have no approval, a period of an
 * approval has no agreement, two agreements of the same Leistungsträger, area and group of persons apply on the
 * same day, or the attendance (needed for day and month rates) is missing. Runs inside the boundary's transaction
 * and tenant.
 */
@Dependent
public class Monatsabrechnung {

    /** One line of the month. */
    public record Zeile(Beschaeftigter person, Bewilligung bewilligung, Verguetungsvereinbarung vereinbarung,
            LocalDate von, LocalDate bis, Tageszaehlung.Tage tage, Leistungsentgelt.Posten posten) {
    }

    /**
     * The month: lines, problems per person (German, nothing billed for them), notes.
     */
    public record Ergebnis(YearMonth monat, List<Zeile> zeilen, Map<Long, List<String>> probleme, List<String> hinweise) {

        public List<String> problemtexte() {
            return probleme.values().stream().flatMap(List::stream).toList();
        }
    }

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    public Ergebnis berechne(Einrichtung einrichtung, YearMonth monat, String bundesland) {
        LocalDate start = monat.atDay(1);
        LocalDate ende = monat.atEndOfMonth();
        List<Werkstattvertrag> vertraege = em.createQuery("SELECT v FROM Werkstattvertrag v WHERE v.einrichtung = :e"
                + " AND v.beginn <= :ende AND (v.ende IS NULL OR v.ende >= :start) ORDER BY v.id",
                Werkstattvertrag.class).setParameter("e", einrichtung).setParameter("start", start)
                .setParameter("ende", ende).getResultList();
        List<Zeile> zeilen = new ArrayList<>();
        Map<Long, List<String>> probleme = new LinkedHashMap<>();
        List<String> hinweise = new ArrayList<>();
        if (vertraege.isEmpty()) {
            return new Ergebnis(monat, zeilen, probleme, hinweise);
        }
        Map<Long, List<Bewilligung>> bewilligungen = em.createQuery("SELECT b FROM Bewilligung b WHERE b.vertrag IN :v"
                + " AND b.gueltigAb <= :ende AND b.gueltigBis >= :start ORDER BY b.gueltigAb", Bewilligung.class)
                .setParameter("v", vertraege).setParameter("start", start).setParameter("ende", ende)
                .getResultStream().collect(Collectors.groupingBy(b -> b.getVertrag().getId()));
        Map<Long, List<Arbeitszeit>> arbeitszeiten = em.createQuery("SELECT a FROM Arbeitszeit a WHERE a.vertrag IN :v"
                + " AND a.gueltigAb <= :ende ORDER BY a.gueltigAb", Arbeitszeit.class).setParameter("v", vertraege)
                .setParameter("ende", ende).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getVertrag().getId()));
        List<Beschaeftigter> personen = vertraege.stream().map(Werkstattvertrag::getBeschaeftigter).distinct().toList();
        Map<Long, Map<YearMonth, Anwesenheitsmonat>> anwesenheit = new HashMap<>();
        for (Anwesenheitsmonat a : em.createQuery("SELECT a FROM Anwesenheitsmonat a WHERE a.beschaeftigter IN :p AND"
                + " a.monat >= :jan AND a.monat <= :m", Anwesenheitsmonat.class).setParameter("p", personen)
                .setParameter("jan", YearMonth.of(monat.getYear(), 1)).setParameter("m", monat).getResultList()) {
            anwesenheit.computeIfAbsent(a.getBeschaeftigterId(), k -> new HashMap<>()).put(a.getMonat(), a);
        }
        Map<Long, BigDecimal> stunden = em.createQuery("SELECT s FROM Leistungsstunden s WHERE s.beschaeftigter IN :p"
                + " AND s.monat = :m", Leistungsstunden.class).setParameter("p", personen).setParameter("m", monat)
                .getResultStream().collect(Collectors.toMap(s -> s.getBeschaeftigter().getId(),
                        Leistungsstunden::getStunden, BigDecimal::add));
        List<Verguetungsvereinbarung> vereinbarungen = em.createQuery("SELECT v FROM Verguetungsvereinbarung v WHERE"
                + " v.einrichtung = :e AND v.gueltigAb <= :ende AND (v.gueltigBis IS NULL OR v.gueltigBis >= :start)",
                Verguetungsvereinbarung.class).setParameter("e", einrichtung).setParameter("start", start)
                .setParameter("ende", ende).getResultList();
        int arbeitstage = Arbeitstage.anzahl(start, ende, bundesland == null ? List.of()
                : Feiertage.im(monat, bundesland));

        for (Werkstattvertrag vertrag : vertraege) {
            Beschaeftigter p = vertrag.getBeschaeftigter();
            List<String> fehler = new ArrayList<>();
            List<Zeile> eigene = new ArrayList<>();
            LocalDate von = max(start, vertrag.getBeginn());
            LocalDate bis = vertrag.getEnde() == null ? ende : min(ende, vertrag.getEnde());
            List<Bewilligung> bw = bewilligungen.getOrDefault(vertrag.getId(), List.of());
            if (bw.isEmpty()) {
                fehler.add(p.getName() + ": keine Bewilligung für " + Format.monat(monat) + " – nicht abgerechnet.");
            }
            Anwesenheitsmonat am = anwesenheit.getOrDefault(p.getId(), Map.of()).get(monat);
            int fehltageBisher = fehltageVor(anwesenheit.getOrDefault(p.getId(), Map.of()), monat);
            int abschnitte = 0;
            for (Bewilligung b : bw) {
                LocalDate bv = max(von, b.getGueltigAb());
                LocalDate bb = min(bis, b.getGueltigBis());
                if (bb.isBefore(bv)) {
                    continue;
                }
                // cut the approval's period by the agreement that applies on each day
                Verguetungsvereinbarung laufend = null;
                LocalDate abschnittBeginn = null;
                for (LocalDate d = bv; !d.isAfter(bb.plusDays(1)); d = d.plusDays(1)) {
                    Verguetungsvereinbarung v = null;
                    if (!d.isAfter(bb)) {
                        List<Verguetungsvereinbarung> passend = passend(vereinbarungen, b, p, d);
                        if (passend.size() > 1) {
                            fehler.add(p.getName() + ": mehrere Vergütungsvereinbarungen mit "
                                    + b.getLeistungstraeger().getName() + " (" + b.getBereich().name() + ") gelten am "
                                    + Format.datum(d) + " (" + passend.stream().map(Verguetungsvereinbarung::getBezeichnung)
                                            .collect(Collectors.joining(", ")) + ") – nicht abgerechnet.");
                            break;
                        }
                        if (passend.isEmpty()) {
                            fehler.add(p.getName() + ": keine Vergütungsvereinbarung mit "
                                    + b.getLeistungstraeger().getName() + " für den Bereich " + b.getBereich().name()
                                    + " am " + Format.datum(d) + " – nicht abgerechnet.");
                            break;
                        }
                        v = passend.get(0);
                    }
                    if (!Objects.equals(v, laufend)) {
                        if (laufend != null) {
                            LocalDate zb = d.minusDays(1);
                            abschnitte++;
                            Zeile z = zeile(p, vertrag, b, laufend, abschnittBeginn, zb, am, fehltageBisher,
                                    arbeitstage, arbeitszeiten.getOrDefault(vertrag.getId(), List.of()),
                                    stunden.get(p.getId()), fehler, abschnitte);
                            if (z != null) {
                                fehltageBisher = z.posten().fehltageVerbraucht();
                                eigene.add(z);
                            }
                        }
                        laufend = v;
                        abschnittBeginn = d;
                    }
                }
            }
            if (!fehler.isEmpty()) {
                probleme.computeIfAbsent(p.getId(), k -> new ArrayList<>()).addAll(fehler.stream().distinct().toList());
            } else {
                zeilen.addAll(eigene);
                if (am != null && am.getTage() == null && eigene.size() > 1) {
                    hinweise.add(p.getName() + ": Anwesenheit ohne Tageskalender – alle Tage dem ersten Zeitraum "
                            + "zugeordnet.");
                }
            }
        }
        zeilen.sort(Comparator.comparing((Zeile z) -> z.person().getName()).thenComparing(Zeile::von));
        return new Ergebnis(monat, zeilen, probleme, hinweise);
    }

    private static Zeile zeile(Beschaeftigter p, Werkstattvertrag vertrag, Bewilligung b, Verguetungsvereinbarung v,
            LocalDate von, LocalDate bis, Anwesenheitsmonat am, int fehltageBisher, int arbeitstage,
            List<Arbeitszeit> arbeitszeiten, BigDecimal stunden, List<String> fehler, int abschnitt) {
        Tageszaehlung.Tage tage;
        if (am == null) {
            if (v.getSatzart() != Satzart.FACHLEISTUNGSSTUNDE) {
                fehler.add(p.getName() + ": keine Anwesenheit für " + Format.monat(YearMonth.from(von)) + " erfasst – "
                        + "nicht abgerechnet.");
                return null;
            }
            tage = new Tageszaehlung.Tage(0, 0);
        } else if (am.getTage() != null && am.getTage().length() >= bis.getDayOfMonth()) {
            tage = Tageszaehlung.zaehle(am.getTage(), von, bis);
        } else {
            tage = abschnitt == 1 ? Tageszaehlung.aus(new Anwesenheit(am.getAnwesend(), am.getKrankMitBescheinigung(),
                    am.getKrankOhneBescheinigung(), am.getUrlaub(), am.getSonstigeBezahlt(), am.getUnentschuldigt()))
                    : new Tageszaehlung.Tage(0, 0);
        }
        BigDecimal wochenstunden = arbeitszeiten.stream().filter(a -> !a.getGueltigAb().isAfter(von)
                && (a.getGueltigBis() == null || !a.getGueltigBis().isBefore(von)))
                .max(Comparator.comparing(Arbeitszeit::getGueltigAb)).map(Arbeitszeit::getWochenstunden).orElse(null);
        try {
            Leistungsentgelt.Posten posten = Leistungsentgelt.berechne(v.regel(), new Leistungsentgelt.Zeitraum(von,
                    bis, tage.anwesenheitstage(), tage.fehltage(), fehltageBisher, arbeitstage, wochenstunden,
                    stunden));
            return new Zeile(p, b, v, von, bis, tage, posten);
        } catch (IllegalArgumentException e) {
            fehler.add(p.getName() + ": " + e.getMessage());
            return null;
        }
    }

    /** The agreements for the approval's Leistungsträger and area on the day: the group's own, else the general. */
    private static List<Verguetungsvereinbarung> passend(List<Verguetungsvereinbarung> alle, Bewilligung b,
            Beschaeftigter p, LocalDate tag) {
        List<Verguetungsvereinbarung> basis = alle.stream().filter(v -> v.getLeistungstraeger().getId()
                .equals(b.getLeistungstraeger().getId()) && v.getBereich() == b.getBereich() && v.gilt(tag)).toList();
        List<Verguetungsvereinbarung> eigene = basis.stream().filter(v -> v.getPersonenkreis() != null
                && v.getPersonenkreis() == p.getPersonenkreis()).toList();
        return eigene.isEmpty() ? basis.stream().filter(v -> v.getPersonenkreis() == null).toList() : eigene;
    }

    /** Absence days of the calendar year before the month (the yearly allowance starts again on 1 January). */
    private static int fehltageVor(Map<YearMonth, Anwesenheitsmonat> jahr, YearMonth monat) {
        int summe = 0;
        for (Map.Entry<YearMonth, Anwesenheitsmonat> e : jahr.entrySet()) {
            if (e.getKey().isBefore(monat) && e.getKey().getYear() == monat.getYear()) {
                Anwesenheitsmonat a = e.getValue();
                summe += Tageszaehlung.aus(new Anwesenheit(a.getAnwesend(), a.getKrankMitBescheinigung(),
                        a.getKrankOhneBescheinigung(), a.getUrlaub(), a.getSonstigeBezahlt(), a.getUnentschuldigt()))
                        .fehltage();
            }
        }
        return summe;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
