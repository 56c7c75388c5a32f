package de.werkerp.social.boundary;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CsvExport;
import de.werkerp.platform.control.TenantGuarded;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.reports.TabellenReport;
import de.werkerp.social.control.Sozialversicherungstage;
import de.werkerp.tenant.boundary.TenantInfoService;
import de.werkerp.wage.boundary.EntgeltlaufService;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.entity.Abrechnung;
import de.werkerp.wage.entity.Entgeltlauf;
import de.werkerp.wage.entity.Laufstatus;

/**
 * The social-insurance figures of a run (rules.md § 3): totals per Krankenkasse for the Beitragsnachweis, the RV
 * refund claim to the Bund (§ 179 Abs. 1 Satz 1 SGB VI) and the refund claims to each Leistungsträger (provider
 * shares of KV, KV-Zusatzbeitrag, PV, the rest of RV — § 179 Abs. 1 Satz 2 SGB VI, § 251 Abs. 2 SGB V — and the
 * AFöG paid, § 59 Abs. 2 SGB IX), as tables, CSV and PDF. Every total is the sum of the statements' stored shares.
 * WerkERP does not transmit: the Beitragsnachweis and DEÜV messages go through an ITSG-certified program.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
public class SozialversicherungService {

    /** One table: column titles, rows, totals row. */
    public record Tabelle(String titel, List<String> spalten, List<List<String>> zeilen, List<String> summe) {
    }

    /** Totals of one Krankenkasse; {@code svTage}: the SV-Tage of its persons added up (30 per whole month). */
    public record KassenSumme(String kasse, String betriebsnummer, int personen, int svTage, BigDecimal kvTraeger,
            BigDecimal kvBeschaeftigter, BigDecimal kvzTraeger, BigDecimal kvzBeschaeftigter, BigDecimal pvTraeger,
            BigDecimal pvBeschaeftigter, BigDecimal rvTraeger, BigDecimal rvBeschaeftigter) {

        public BigDecimal gesamt() {
            return kvTraeger.add(kvBeschaeftigter).add(kvzTraeger).add(kvzBeschaeftigter).add(pvTraeger)
                    .add(pvBeschaeftigter).add(rvTraeger).add(rvBeschaeftigter);
        }
    }

    @EJB
    EntgeltlaufService laeufe;

    @EJB
    TenantInfoService tenant;

    /** Totals per Krankenkasse, in order of the Kasse's name. */
    public List<KassenSumme> beitragsnachweis(Long laufId) {
        Map<String, List<Abrechnung>> jeKasse = new LinkedHashMap<>();
        abrechnungenMitBeitraegen(laufId).stream()
                .sorted((a, b) -> a.getKrankenkasse().compareTo(b.getKrankenkasse()))
                .forEach(a -> jeKasse.computeIfAbsent(a.getKasseBetriebsnummer(), k -> new ArrayList<>()).add(a));
        List<KassenSumme> summen = new ArrayList<>();
        for (List<Abrechnung> l : jeKasse.values()) {
            summen.add(new KassenSumme(l.get(0).getKrankenkasse(), l.get(0).getKasseBetriebsnummer(), l.size(),
                    l.stream().mapToInt(SozialversicherungService::svTage).sum(),
                    summe(l, Abrechnung::getKvTraeger), summe(l, Abrechnung::getKvBeschaeftigter),
                    summe(l, Abrechnung::getKvzTraeger), summe(l, Abrechnung::getKvzBeschaeftigter),
                    summe(l, Abrechnung::getPvTraeger), summe(l, Abrechnung::getPvBeschaeftigter),
                    summe(l, Abrechnung::getRvTraeger), summe(l, Abrechnung::getRvBeschaeftigter)));
        }
        return summen;
    }

    public Tabelle beitragsnachweisTabelle(Long laufId) {
        List<List<String>> zeilen = new ArrayList<>();
        List<KassenSumme> summen = beitragsnachweis(laufId);
        for (KassenSumme k : summen) {
            zeilen.add(List.of(k.kasse() + " (" + k.betriebsnummer() + ")", String.valueOf(k.personen()),
                    String.valueOf(k.svTage()),
                    euro(k.kvTraeger().add(k.kvBeschaeftigter())), euro(k.kvzTraeger().add(k.kvzBeschaeftigter())),
                    euro(k.pvTraeger().add(k.pvBeschaeftigter())), euro(k.rvTraeger().add(k.rvBeschaeftigter())),
                    euro(k.kvTraeger().add(k.kvzTraeger()).add(k.pvTraeger()).add(k.rvTraeger())),
                    euro(k.kvBeschaeftigter().add(k.kvzBeschaeftigter()).add(k.pvBeschaeftigter())
                            .add(k.rvBeschaeftigter())), euro(k.gesamt())));
        }
        return new Tabelle("Beitragsnachweis – Summen je Krankenkasse", List.of("Krankenkasse", "Personen",
                "SV-Tage", "KV allgemein", "KV-Zusatzbeitrag", "PV", "RV", "Anteil Träger", "Anteil Beschäftigte", "Gesamt"),
                zeilen, List.of("Summe", String.valueOf(summen.stream().mapToInt(KassenSumme::personen).sum()),
                        String.valueOf(summen.stream().mapToInt(KassenSumme::svTage).sum()),
                        euro(sum(summen, k -> k.kvTraeger().add(k.kvBeschaeftigter()))),
                        euro(sum(summen, k -> k.kvzTraeger().add(k.kvzBeschaeftigter()))),
                        euro(sum(summen, k -> k.pvTraeger().add(k.pvBeschaeftigter()))),
                        euro(sum(summen, k -> k.rvTraeger().add(k.rvBeschaeftigter()))),
                        euro(sum(summen, k -> k.kvTraeger().add(k.kvzTraeger()).add(k.pvTraeger()).add(k.rvTraeger()))),
                        euro(sum(summen, k -> k.kvBeschaeftigter().add(k.kvzBeschaeftigter()).add(k.pvBeschaeftigter())
                                .add(k.rvBeschaeftigter()))),
                        euro(sum(summen, KassenSumme::gesamt))));
    }

    /** The RV refund claim to the Bund: per person the contribution on (80 % BG − Entgelt). */
    public Tabelle erstattungBund(Long laufId) {
        List<Abrechnung> l = abrechnungenMitBeitraegen(laufId).stream()
                .filter(a -> a.getRvErstattungBund().signum() != 0).toList();
        List<List<String>> zeilen = new ArrayList<>();
        for (Abrechnung a : l) {
            zeilen.add(List.of(a.getName(), nz(a.getRvNummer()), String.valueOf(svTage(a)),
                    euro(a.getArbeitsentgelt()), euro(a.getRvBemessung()), euro(a.getRvTraeger()),
                    euro(a.getRvErstattungBund())));
        }
        return new Tabelle("Erstattung der Rentenversicherungsbeiträge durch den Bund (§ 179 Abs. 1 Satz 1 SGB VI)",
                List.of("Name", "RV-Nummer", "SV-Tage", "Arbeitsentgelt", "RV-Bemessungsgrundlage", "RV-Anteil Träger",
                        "Erstattung Bund"),
                zeilen, List.of("Summe (" + l.size() + " Personen)", "",
                        String.valueOf(l.stream().mapToInt(SozialversicherungService::svTage).sum()),
                        euro(summe(l, Abrechnung::getArbeitsentgelt)),
                        euro(summe(l, Abrechnung::getRvBemessung)), euro(summe(l, Abrechnung::getRvTraeger)),
                        euro(summe(l, Abrechnung::getRvErstattungBund))));
    }

    /** The refund claims to the Leistungsträger, one table each (by name). */
    public List<Tabelle> erstattungLeistungstraeger(Long laufId) {
        Map<String, List<Abrechnung>> jeLt = new LinkedHashMap<>();
        laeufe.abrechnungen(pruefe(laufId).getId()).stream().filter(a -> a.getBereich().equals("AB"))
                .sorted((a, b) -> nz(a.getLeistungstraeger()).compareTo(nz(b.getLeistungstraeger())))
                .forEach(a -> jeLt.computeIfAbsent(a.getLeistungstraeger() == null ? "(ohne Bewilligung)"
                        : a.getLeistungstraeger(), k -> new ArrayList<>()).add(a));
        List<Tabelle> tabellen = new ArrayList<>();
        for (Map.Entry<String, List<Abrechnung>> e : jeLt.entrySet()) {
            List<Abrechnung> l = e.getValue();
            List<List<String>> zeilen = new ArrayList<>();
            for (Abrechnung a : l) {
                zeilen.add(List.of(a.getName(), a.getBeitraege() == null ? "" : String.valueOf(svTage(a)),
                        euro(a.getKvTraeger()), euro(a.getKvzTraeger()), euro(a.getPvTraeger()),
                        euro(a.getRvErstattungLt()), euro(a.getArbeitsfoerderungsgeld()), euro(erstattung(a))));
            }
            tabellen.add(new Tabelle(e.getKey(), List.of("Name", "SV-Tage", "KV Träger", "KV-Zusatzbeitrag Träger",
                    "PV Träger", "RV Träger (ohne Bund)", "Arbeitsförderungsgeld", "Erstattung"), zeilen,
                    List.of("Summe (" + l.size() + " Personen)",
                            String.valueOf(l.stream().filter(a -> a.getBeitraege() != null)
                                    .mapToInt(SozialversicherungService::svTage).sum()),
                            euro(summe(l, Abrechnung::getKvTraeger)),
                            euro(summe(l, Abrechnung::getKvzTraeger)), euro(summe(l, Abrechnung::getPvTraeger)),
                            euro(summe(l, Abrechnung::getRvErstattungLt)),
                            euro(summe(l, Abrechnung::getArbeitsfoerderungsgeld)),
                            euro(summe(l, SozialversicherungService::erstattung)))));
        }
        return tabellen;
    }

    /** The claims of all Leistungsträger in one table: a first column with the Leistungsträger, a subtotal each. */
    private static Tabelle zusammen(List<Tabelle> tabellen) {
        List<List<String>> zeilen = new ArrayList<>();
        List<String> spalten = new ArrayList<>(List.of("Leistungsträger"));
        BigDecimal[] gesamt = null;
        boolean[] ganzzahlig = null;
        for (Tabelle t : tabellen) {
            if (spalten.size() == 1) {
                spalten.addAll(t.spalten());
            }
            for (List<String> z : t.zeilen()) {
                List<String> zeile = new ArrayList<>(List.of(t.titel()));
                zeile.addAll(z);
                zeilen.add(zeile);
            }
            List<String> summe = new ArrayList<>(List.of(t.titel()));
            summe.addAll(t.summe());
            zeilen.add(summe);
            if (gesamt == null) {
                gesamt = new BigDecimal[t.summe().size()];
                ganzzahlig = new boolean[t.summe().size()];
            }
            for (int i = 1; i < t.summe().size(); i++) {
                String zelle = t.summe().get(i);
                ganzzahlig[i] = !zelle.contains(",");
                BigDecimal wert = zelle.isEmpty() ? BigDecimal.ZERO
                        : new BigDecimal(zelle.replace(".", "").replace(',', '.'));
                gesamt[i] = gesamt[i] == null ? wert : gesamt[i].add(wert);
            }
        }
        List<String> summe = new ArrayList<>(List.of("Gesamt", ""));
        if (gesamt != null) {
            for (int i = 1; i < gesamt.length; i++) {
                summe.add(ganzzahlig[i] ? gesamt[i].toPlainString() : euro(gesamt[i]));
            }
        }
        return new Tabelle("Erstattungsforderungen an die Leistungsträger", spalten, zeilen, summe);
    }

    /** SV-Tage of a statement with contributions (30 for statements stored before SV-Tage were recorded). */
    static int svTage(Abrechnung a) {
        return a.getSvTage() == null ? Sozialversicherungstage.VOLLER_MONAT : a.getSvTage();
    }

    /** What a Leistungsträger refunds for one statement: provider shares of KV, KVZ, PV, RV rest, and the AFöG. */
    public static BigDecimal erstattung(Abrechnung a) {
        return a.getKvTraeger().add(a.getKvzTraeger()).add(a.getPvTraeger()).add(a.getRvErstattungLt())
                .add(a.getArbeitsfoerderungsgeld());
    }

    // ------------------------------------------------------------------ documents

    public byte[] pdf(Long laufId, String art) {
        Entgeltlauf lauf = pruefe(laufId);
        String untertitel = lauf.getEinrichtung().getName() + " · " + Format.monat(lauf.getMonat())
                + (lauf.getStatus() == Laufstatus.FREIGEGEBEN ? "" : " · Entwurf (Lauf nicht freigegeben)");
        List<Tabelle> tabellen = switch (art) {
            case "beitragsnachweis" -> List.of(beitragsnachweisTabelle(laufId));
            case "erstattung-bund" -> List.of(erstattungBund(laufId));
            case "erstattung-leistungstraeger" -> List.of(zusammen(erstattungLeistungstraeger(laufId)));
            default -> throw new ValidationFailure("art", "Unbekannte Aufstellung: " + art);
        };
        List<byte[]> teile = new ArrayList<>();
        for (Tabelle t : tabellen) {
            List<TabellenReport.Spalte> spalten = new ArrayList<>();
            for (int i = 0; i < t.spalten().size(); i++) {
                String spalte = t.spalten().get(i);
                boolean zahl = spalte.equals("Personen") || spalte.equals("SV-Tage");
                spalten.add(new TabellenReport.Spalte(spalte, i > 0 && !spalte.equals("RV-Nummer"),
                        i == 0 ? 3 : zahl ? 1 : 2));
            }
            List<String> empfaenger = art.equals("erstattung-bund") ? List.of("Erstattung nach § 179 Abs. 1 SGB VI")
                    : null;
            String titel = art.equals("erstattung-leistungstraeger")
                    ? "Erstattungsforderung an den Leistungsträger (§ 179 Abs. 1 Satz 2 SGB VI, § 251 Abs. 2 SGB V, "
                            + "§ 59 Abs. 2 SGB IX)" : t.titel();
            teile.add(TabellenReport.render(new TabellenReport.Data(tenant.ownTenant().getName(), titel, untertitel,
                    empfaenger, null, spalten, t.zeilen(), t.summe(), List.of("Beträge in Euro; Anteile je Zweig nach "
                            + "der Beitragsverfahrensverordnung gerundet. WerkERP übermittelt keine Meldungen: "
                            + "Beitragsnachweise und DEÜV-Meldungen erstellt ein ITSG-zertifiziertes Programm."),
                    LocalDate.now(ZoneId.of("Europe/Berlin")))));
        }
        return teile.get(0);
    }

    public byte[] csv(Long laufId, String art) {
        pruefe(laufId);
        List<Tabelle> tabellen = switch (art) {
            case "beitragsnachweis" -> List.of(beitragsnachweisTabelle(laufId));
            case "erstattung-bund" -> List.of(erstattungBund(laufId));
            case "erstattung-leistungstraeger" -> erstattungLeistungstraeger(laufId);
            default -> throw new ValidationFailure("art", "Unbekannte Aufstellung: " + art);
        };
        boolean mehrere = tabellen.size() > 1;
        List<String> kopf = new ArrayList<>();
        if (mehrere) {
            kopf.add("Leistungsträger");
        }
        kopf.addAll(tabellen.isEmpty() ? List.of("leer") : tabellen.get(0).spalten());
        List<List<String>> zeilen = new ArrayList<>();
        for (Tabelle t : tabellen) {
            List<List<String>> inhalt = new ArrayList<>(t.zeilen());
            inhalt.add(t.summe());
            for (List<String> z : inhalt) {
                List<String> zeile = new ArrayList<>();
                if (mehrere) {
                    zeile.add(t.titel());
                }
                z.stream().map(SozialversicherungService::csvZelle).forEach(zeile::add);
                zeilen.add(zeile);
            }
        }
        return CsvExport.bytes(kopf, zeilen);
    }

    // ------------------------------------------------------------------ helpers

    private Entgeltlauf pruefe(Long laufId) {
        Entgeltlauf lauf = laeufe.lauf(laufId);
        if (lauf.getStatus() != Laufstatus.BERECHNET && lauf.getStatus() != Laufstatus.FREIGEGEBEN) {
            throw new ValidationFailure("lauf", "Der Lauf ist nicht berechnet (Status: " + lauf.getStatus().getLabel()
                    + ").");
        }
        return lauf;
    }

    private List<Abrechnung> abrechnungenMitBeitraegen(Long laufId) {
        return laeufe.abrechnungen(pruefe(laufId).getId()).stream().filter(a -> a.getBeitraege() != null).toList();
    }

    private static BigDecimal summe(List<Abrechnung> l, Function<Abrechnung, BigDecimal> f) {
        return l.stream().map(f).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    private static <T> BigDecimal sum(List<T> l, Function<T, BigDecimal> f) {
        return l.stream().map(f).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    /** German amount without currency sign: 1.234,56. */
    static String euro(BigDecimal b) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return f.format(b);
    }

    /** CSV cells: amounts without thousands separator (1234,56); quoting and neutralising by {@link CsvExport}. */
    private static String csvZelle(String zelle) {
        if (zelle != null && zelle.matches("-?[0-9.]+,[0-9]{2}")) {
            return zelle.replace(".", "");
        }
        return zelle;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
