package de.werkerp.participation.boundary;

import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.contract.entity.Vertragsphase;
import de.werkerp.participation.control.BibJahresdurchschnitt;
import de.werkerp.participation.control.Jahreskennzahlen;
import de.werkerp.participation.control.Personalschluessel;
import de.werkerp.participation.control.Personalschluessel.Funktion;
import de.werkerp.participation.entity.Personalausstattung;
import de.werkerp.participation.entity.Teilhabevereinbarung;
import de.werkerp.participation.entity.Uebergang;
import de.werkerp.participation.entity.Uebergangsart;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.CsvExport;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly figures per Einrichtung that the Leistungsträger ask for: annual average of occupied BiB places (seed
 * 000, from the contracts' phases with placement "betriebsintegriert"), internships and transitions by kind, headcount
 * by area on 31 October, and the staffing-ratio check of the FTE entered against the agreed places (seed 001 § 11).
 * Exported as CSV (the Hessen BiB documentation, due 28 Feb of the next year). No access for the council.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.SOCIAL_SERVICE})
public class TeilhabeKennzahlenService {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    TenantRepository repository;

    /** All yearly figures of one Einrichtung. {@code personal} is empty when no places are agreed. */
    public record Kennzahlen(Einrichtung einrichtung, int jahr, BibJahresdurchschnitt.Ergebnis bib,
            LocalDate stichtag, Map<Bereich, Integer> kopfzahlen, Map<Uebergangsart, Integer> ereignisse,
            int uebergaengeGesamt, Integer plaetze, Integer plaetzeSeelisch, List<Personalschluessel.Zeile> personal,
            List<String> hinweise) {
    }

    public Kennzahlen kennzahlen(Long einrichtungId, int jahr) {
        if (jahr < 2000 || jahr > 2100) {
            throw new ValidationFailure("jahr", "Das Jahr " + jahr + " ist ungültig (erlaubt: 2000 bis 2100).");
        }
        Einrichtung e = repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden.");
        Year y = Year.of(jahr);
        List<Vertragsphase> phasen = repository.em().createQuery("SELECT p FROM Vertragsphase p WHERE"
                + " p.vertrag.einrichtung.id = :e", Vertragsphase.class).setParameter("e", einrichtungId)
                .getResultList();
        List<BibJahresdurchschnitt.Belegung> bib = new ArrayList<>();
        List<Jahreskennzahlen.Phase> kopf = new ArrayList<>();
        for (Vertragsphase p : phasen) {
            LocalDate ende = p.getGueltigBis();
            LocalDate vertragsende = p.getVertrag().getEnde();
            if (vertragsende != null && (ende == null || vertragsende.isBefore(ende))) {
                ende = vertragsende;
            }
            if (ende != null && ende.isBefore(p.getGueltigAb())) {
                continue;
            }
            kopf.add(new Jahreskennzahlen.Phase(p.getVertrag().getBeschaeftigter().getId(), p.getBereich(),
                    p.getGueltigAb(), ende));
            if (p.getPlatzierung() == Platzierung.BETRIEBSINTEGRIERT) {
                bib.add(new BibJahresdurchschnitt.Belegung(p.getGueltigAb(), ende));
            }
        }
        List<Jahreskennzahlen.Ereignis> ereignisse = repository.em().createQuery("SELECT u FROM Uebergang u WHERE"
                + " u.einrichtung.id = :e", Uebergang.class).setParameter("e", einrichtungId).getResultList().stream()
                .map(u -> new Jahreskennzahlen.Ereignis(u.getArt(), u.getVon(), u.getBis())).toList();
        Map<Uebergangsart, Integer> zahlen = Jahreskennzahlen.ereignisse(ereignisse, y);
        LocalDate stichtag = Jahreskennzahlen.stichtag(y);
        List<String> hinweise = new ArrayList<>();
        Teilhabevereinbarung v = repository.em().createQuery("SELECT v FROM Teilhabevereinbarung v WHERE"
                + " v.einrichtung.id = :e AND v.leistungstraeger IS NULL", Teilhabevereinbarung.class)
                .setParameter("e", einrichtungId).getResultList().stream().findFirst().orElse(null);
        List<Personalschluessel.Zeile> personal = List.of();
        if (v == null || v.getPlaetze() == null) {
            hinweise.add("Für " + e.getName() + " sind keine vereinbarten Plätze erfasst: der Personalschlüssel kann "
                    + "nicht geprüft werden.");
        } else {
            Map<Funktion, BigDecimal> ist = new EnumMap<>(Funktion.class);
            for (Personalausstattung p : personal(einrichtungId, jahr)) {
                ist.put(Funktion.valueOf(p.getFunktion()), p.getVk());
            }
            if (ist.isEmpty()) {
                hinweise.add("Für " + jahr + " sind noch keine Vollzeitkräfte erfasst.");
            }
            int seelisch = v.getPlaetzeSeelisch() == null ? 0 : v.getPlaetzeSeelisch();
            personal = Personalschluessel.pruefe(v.getPlaetze(), seelisch, ist);
        }
        return new Kennzahlen(e, jahr, BibJahresdurchschnitt.berechne(bib, y), stichtag,
                Jahreskennzahlen.kopfzahlen(kopf, stichtag), zahlen, Jahreskennzahlen.uebergaengeGesamt(zahlen),
                v == null ? null : v.getPlaetze(), v == null ? null : v.getPlaetzeSeelisch(), personal, hinweise);
    }

    public List<Personalausstattung> personal(Long einrichtungId, int jahr) {
        return repository.em().createQuery("SELECT p FROM Personalausstattung p WHERE p.einrichtung.id = :e AND"
                + " p.jahr = :j ORDER BY p.funktion", Personalausstattung.class).setParameter("e", einrichtungId)
                .setParameter("j", jahr).getResultList();
    }

    /** Stores the FTE entered per function for the year (a missing function is left as it is). */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT})
    public void personalSpeichern(Long einrichtungId, int jahr, Map<Funktion, BigDecimal> vk) {
        Einrichtung e = repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden.");
        Map<String, Personalausstattung> vorhanden = new java.util.HashMap<>();
        personal(einrichtungId, jahr).forEach(p -> vorhanden.put(p.getFunktion(), p));
        for (Map.Entry<Funktion, BigDecimal> x : vk.entrySet()) {
            if (x.getValue() == null) {
                continue;
            }
            if (x.getValue().signum() < 0) {
                throw new ValidationFailure("vk", "Die Vollzeitkräfte für " + x.getKey().label()
                        + " dürfen nicht negativ sein.");
            }
            Personalausstattung p = vorhanden.get(x.getKey().name());
            if (p == null) {
                p = new Personalausstattung();
                p.setEinrichtung(e);
                p.setJahr(jahr);
                p.setFunktion(x.getKey().name());
                p.setVk(x.getValue());
                repository.create(p);
            } else {
                repository.em().detach(p);
                p.setVk(x.getValue());
                repository.update(p, "Die Personalausstattung wurde nicht gefunden.");
            }
        }
    }

    /** The figures as CSV (semicolon, German numbers, {@link CsvExport}): Abschnitt;Kennzahl;Wert. */
    public String csv(Long einrichtungId, int jahr) {
        return CsvExport.text(List.of("Abschnitt", "Kennzahl", "Wert"), zeilen(kennzahlen(einrichtungId, jahr)).stream()
                .map(z -> z.subList(0, 3)).toList());
    }

    /** The figures as rows (Abschnitt, Kennzahl, Wert) for CSV, XLSX and PDF; numbers the German way. */
    public static List<List<String>> zeilen(Kennzahlen k) {
        List<List<String>> z = new ArrayList<>();
        String bib = "BiB-Dokumentation (Abgabe bis " + BibJahresdurchschnitt.abgabefrist(Year.of(k.jahr()))
                .format(DATUM) + ")";
        z.add(List.of("Einrichtung", "Name", k.einrichtung().getName()));
        z.add(List.of("Einrichtung", "Jahr", String.valueOf(k.jahr())));
        z.add(List.of(bib, "Jahresdurchschnitt belegter BiB-Plätze", zahl(k.bib().jahresdurchschnitt())));
        String[] monate = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"};
        for (int m = 0; m < 12; m++) {
            z.add(List.of(bib, "Belegte BiB-Plätze " + monate[m] + " (Monatsdurchschnitt)",
                    zahl(k.bib().monatsdurchschnitte().get(m))));
        }
        z.add(List.of(bib, "Übergänge in sozialversicherungspflichtige Beschäftigung (alle Arten)",
                String.valueOf(k.uebergaengeGesamt())));
        for (Uebergangsart a : Uebergangsart.values()) {
            z.add(List.of("Übergänge und Praktika", a.getLabel(), String.valueOf(k.ereignisse().get(a))));
        }
        String stichtag = "Beschäftigte am " + k.stichtag().format(DATUM);
        for (Bereich b : Bereich.values()) {
            z.add(List.of(stichtag, b.getLabel(), String.valueOf(k.kopfzahlen().get(b))));
        }
        if (k.plaetze() != null) {
            z.add(List.of("Personalschlüssel", "Vereinbarte Plätze", String.valueOf(k.plaetze())));
            z.add(List.of("Personalschlüssel", "davon seelische Behinderung",
                    String.valueOf(k.plaetzeSeelisch() == null ? 0 : k.plaetzeSeelisch())));
        }
        for (Personalschluessel.Zeile p : k.personal()) {
            z.add(List.of("Personalschlüssel", p.funktion().label() + " Soll VK", zahl(p.soll())));
            z.add(List.of("Personalschlüssel", p.funktion().label() + " Ist VK", zahl(p.ist())));
            z.add(List.of("Personalschlüssel", p.funktion().label() + " Bewertung", p.bewertung()));
        }
        return z;
    }

    private static String zahl(BigDecimal b) {
        return b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
