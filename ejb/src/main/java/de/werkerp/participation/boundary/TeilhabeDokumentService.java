package de.werkerp.participation.boundary;

import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.participation.control.Berichtsinhalt;
import de.werkerp.participation.entity.Berichtsstatus;
import de.werkerp.participation.entity.Teilhabebericht;
import de.werkerp.participation.entity.Zielerreichung;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.entity.Role;
import de.werkerp.reports.ReportRenderer;
import de.werkerp.reports.TabellenReport;
import de.werkerp.reports.TeilhabeberichtLeichteSpracheReport;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import de.werkerp.tenant.boundary.TenantInfoService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The documents of the Teilhabeplanung: the personenbezogener Teilhabebericht for the Träger der Eingliederungshilfe
 * with the sections of seed 001 § 13 Abs. 6 (degree of goal attainment against the Gesamtplan, evaluation of the
 * measures, proposals) plus the person's own view, a short version in Leichter Sprache for the person, and the yearly
 * figures as a table PDF. No access for the council.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
public class TeilhabeDokumentService {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @EJB
    TeilhabeberichtService berichte;

    @EJB
    TeilhabeKennzahlenService kennzahlen;

    @EJB
    TenantInfoService tenant;

    /** The report for the Leistungsträger (German, sections of seed 001 § 13 Abs. 6). */
    public byte[] bericht(Long id) {
        TeilhabeberichtService.Ansicht a = berichte.ansicht(id);
        Teilhabebericht b = a.bericht();
        Beschaeftigter p = b.getBeschaeftigter();
        List<String> einleitung = new ArrayList<>();
        einleitung.add("Leistungsberechtigte Person: " + p.getVorname() + " " + p.getNachname() + ", geboren am "
                + p.getGeburtsdatum().format(DATUM));
        einleitung.add("Berichtszeitraum: " + zeitraum(b));
        einleitung.add(status(b));
        einleitung.add("Grundlage: personenbezogener Teilhabebericht zur Teilhabe am Arbeitsleben nach § 13 Abs. 6 "
                + "der Leistungsvereinbarung; Ziele aus dem Gesamtplan (§ 121 SGB IX) bzw. Teilhabeplan (§ 19 SGB IX).");
        einleitung.add("Ziele, Maßnahmen und Bewertungen im Berichtszeitraum:");
        List<List<String>> zeilen = new ArrayList<>();
        int n = 0;
        for (Berichtsinhalt.Ziel z : a.inhalt().ziele()) {
            String ziel = z.text() + "\nLebensbereich: " + z.lebensbereich() + "\nQuelle: " + z.quelle() + " vom "
                    + z.quelleDatum().format(DATUM)
                    + (z.kriterium() == null ? "" : "\nMessbar an: " + z.kriterium())
                    + (z.faelligAm() == null ? "" : "\nZu erreichen bis: " + z.faelligAm().format(DATUM));
            String massnahmen = z.massnahmen().isEmpty() ? "keine" : z.massnahmen().stream()
                    .map(m -> m.art() + ": " + m.beschreibung() + " (" + m.verantwortlich() + ", ab "
                            + m.von().format(DATUM) + (m.bis() == null ? "" : " bis " + m.bis().format(DATUM)) + ")")
                    .collect(Collectors.joining("\n"));
            String bewertungen = z.bewertungen().isEmpty() ? "im Berichtszeitraum nicht bewertet" : z.bewertungen()
                    .stream().map(x -> x.datum().format(DATUM) + ": " + x.ergebnis() + " – " + x.begruendung())
                    .collect(Collectors.joining("\n"));
            zeilen.add(List.of(String.valueOf(++n), ziel, massnahmen, bewertungen));
        }
        List<String> hinweise = new ArrayList<>();
        a.warnungen().forEach(w -> hinweise.add("Hinweis: " + w));
        hinweise.add("1. Einschätzung zum Grad der gesamtplanbezogenen Zielerreichung");
        hinweise.add(text(b.getZielerreichung()));
        hinweise.add("2. Bewertung der Maßnahmen im Hinblick auf die Nützlichkeit für die Zielerreichung");
        hinweise.add(text(b.getMassnahmenbewertung()));
        hinweise.add("3. Vorschläge für die weitere Maßnahmenplanung und geeignete Maßnahmenverbesserungen");
        hinweise.add(text(b.getVorschlaege()));
        hinweise.add("4. Sicht der leistungsberechtigten Person (Wunsch- und Wahlrecht, § 8 SGB IX)");
        hinweise.add(text(b.getSichtPerson()));
        hinweise.add("Erstellt von: " + b.getErstelltVon());
        return TabellenReport.render(new TabellenReport.Data(tenant.ownTenant().getName(),
                "Teilhabebericht zur Teilhabe am Arbeitsleben", p.getNachname() + ", " + p.getVorname() + " · "
                        + zeitraum(b), null, einleitung,
                List.of(new TabellenReport.Spalte("Nr.", true, 1), new TabellenReport.Spalte("Ziel", false, 5),
                        new TabellenReport.Spalte("Maßnahmen", false, 5),
                        new TabellenReport.Spalte("Bewertung der Zielerreichung", false, 5)),
                zeilen, null, hinweise, LocalDate.now(BERLIN)));
    }

    /** A short version in Leichter Sprache for the person (at least 14 pt, one thought per paragraph). */
    public byte[] leichteSprache(Long id) {
        TeilhabeberichtService.Ansicht a = berichte.ansicht(id);
        Teilhabebericht b = a.bericht();
        Beschaeftigter p = b.getBeschaeftigter();
        List<TeilhabeberichtLeichteSpracheReport.Abschnitt> abschnitte = new ArrayList<>();
        abschnitte.add(new TeilhabeberichtLeichteSpracheReport.Abschnitt(null, List.of(
                "Hallo " + p.getVorname() + " " + p.getNachname() + ".",
                "Das ist Ihr Bericht über die Arbeit in der Werkstatt.",
                "Der Bericht ist für die Zeit vom " + b.getZeitraumVon().format(DATUM) + " bis zum "
                        + b.getZeitraumBis().format(DATUM) + ".",
                "Hier steht: Was sind Ihre Ziele? Wie ist es gelaufen?")));
        for (Berichtsinhalt.Ziel z : a.inhalt().ziele()) {
            List<String> absaetze = new ArrayList<>();
            if (z.bewertungen().isEmpty()) {
                absaetze.add("Darüber haben wir noch nicht gesprochen.");
            } else {
                Berichtsinhalt.Bewertung x = z.bewertungen().get(z.bewertungen().size() - 1);
                absaetze.add(Zielerreichung.ERREICHT.getLabel().equals(x.ergebnis()) ? "Das haben Sie geschafft."
                        : Zielerreichung.TEILWEISE.getLabel().equals(x.ergebnis()) ? "Das haben Sie zum Teil geschafft."
                        : "Das hat noch nicht geklappt.");
                absaetze.add(x.begruendung());
            }
            if (!z.massnahmen().isEmpty()) {
                absaetze.add("Dabei hilft: " + z.massnahmen().stream().map(Berichtsinhalt.Massnahme::verantwortlich)
                        .distinct().collect(Collectors.joining(", ")) + ".");
            }
            abschnitte.add(new TeilhabeberichtLeichteSpracheReport.Abschnitt("Ihr Ziel: " + z.text(), absaetze));
        }
        if (b.getVorschlaege() != null && !b.getVorschlaege().isBlank()) {
            abschnitte.add(new TeilhabeberichtLeichteSpracheReport.Abschnitt("Was wir als Nächstes tun wollen",
                    List.of(b.getVorschlaege())));
        }
        abschnitte.add(new TeilhabeberichtLeichteSpracheReport.Abschnitt("Sie bestimmen mit", List.of(
                "Sagen Sie uns, was Sie wollen.", "Haben Sie Fragen? Dann sprechen Sie mit dem Sozialdienst.")));
        return TeilhabeberichtLeichteSpracheReport.render(new TeilhabeberichtLeichteSpracheReport.Data(
                tenant.ownTenant().getName(), "Ihr Teilhabe-Bericht", abschnitte, LocalDate.now(BERLIN)));
    }

    /** The yearly figures as a table PDF. */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.SOCIAL_SERVICE})
    public byte[] kennzahlenPdf(Long einrichtungId, int jahr) {
        TeilhabeKennzahlenService.Kennzahlen k = kennzahlen.kennzahlen(einrichtungId, jahr);
        return TabellenReport.render(new TabellenReport.Data(tenant.ownTenant().getName(),
                "Jahreskennzahlen Teilhabe " + jahr, k.einrichtung().getName(), null, k.hinweise(),
                List.of(new TabellenReport.Spalte("Abschnitt", false, 3), new TabellenReport.Spalte("Kennzahl", false, 4),
                        new TabellenReport.Spalte("Wert", true, 3)),
                TeilhabeKennzahlenService.zeilen(k), null, List.of(k.bib().meldung()), LocalDate.now(BERLIN)));
    }

    /** The yearly figures as an Excel sheet (numbers as numeric cells). */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.SOCIAL_SERVICE})
    public byte[] kennzahlenXlsx(Long einrichtungId, int jahr) {
        TeilhabeKennzahlenService.Kennzahlen k = kennzahlen.kennzahlen(einrichtungId, jahr);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (List<String> z : TeilhabeKennzahlenService.zeilen(k)) {
            Map<String, Object> row = new HashMap<>();
            row.put("abschnitt", z.get(0));
            row.put("kennzahl", z.get(1));
            BigDecimal zahl = !"Einrichtung".equals(z.get(0)) && z.get(2).matches("-?\\d+(,\\d+)?") ? new BigDecimal(z.get(2).replace(',', '.')) : null;
            row.put("art", zahl == null ? "TEXT" : "ZAHL");
            row.put("zahl", zahl);
            row.put("wert", z.get(2));
            rows.add(row);
        }
        return ReportRenderer.getDefault().renderXlsxFromMaps("TeilhabeKennzahlenXlsxReport",
                Map.of("TITEL", "Jahreskennzahlen Teilhabe " + jahr, "UNTERTITEL", tenant.ownTenant().getName() + " – "
                        + k.einrichtung().getName()), rows);
    }

    private static String zeitraum(Teilhabebericht b) {
        return b.getZeitraumVon().format(DATUM) + " bis " + b.getZeitraumBis().format(DATUM);
    }

    private static String status(Teilhabebericht b) {
        if (b.getStatus() == Berichtsstatus.FREIGEGEBEN) {
            return "Status: freigegeben von " + b.getFreigegebenVon() + " am "
                    + b.getFreigegebenAm().atZone(BERLIN).toLocalDate().format(DATUM);
        }
        return "Status: Entwurf – noch nicht freigegeben (erstellt von " + b.getErstelltVon() + ")";
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "(keine Angaben)" : s;
    }
}
