package de.werkerp.billing.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.billing.control.XRechnung;
import de.werkerp.billing.entity.Abrechnungseinstellung;
import de.werkerp.billing.entity.Rechnung;
import de.werkerp.billing.entity.Rechnungsposition;
import de.werkerp.billing.entity.Verguetungsvereinbarung;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CsvExport;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.reports.TabellenReport;
import de.werkerp.tenant.boundary.TenantInfoService;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.entity.Laufstatus;

/**
 * The documents of billing: the invoice as PDF (German, with the Leistungsträger's budget lines, every line and the
 * totals) and as XRechnung (CII XML, only once released), open items and revenue as CSV.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
public class AbrechnungDokumentService {

    @EJB
    AbrechnungService abrechnung;

    @EJB
    VerguetungService verguetung;

    @EJB
    TenantInfoService tenant;

    @Inject
    TenantRepository repository;

    /** The invoice PDF; a draft (run not released) says so in its subtitle. */
    public byte[] rechnungPdf(Long rechnungId) {
        Rechnung r = abrechnung.rechnung(rechnungId);
        List<Rechnungsposition> positionen = abrechnung.positionen(rechnungId);
        Leistungstraeger lt = r.getLeistungstraeger();
        Abrechnungseinstellung steller = verguetung.einstellung(r.getLauf().getEinrichtung().getId()).orElse(null);
        boolean entwurf = r.getLauf().getStatus() != Laufstatus.FREIGEGEBEN;
        List<String> empfaenger = new ArrayList<>();
        empfaenger.add(lt.getName());
        if (lt.getStrasse() != null) {
            empfaenger.add(lt.getStrasse());
        }
        if (lt.getPlz() != null || lt.getOrt() != null) {
            empfaenger.add(Objects.toString(lt.getPlz(), "") + " " + Objects.toString(lt.getOrt(), ""));
        }
        List<String> einleitung = new ArrayList<>();
        einleitung.add("Rechnungsnummer: " + r.getNummer() + " · Rechnungsdatum: " + Format.datum(r.getRechnungsdatum())
                + " · zahlbar bis: " + Format.datum(r.getFaelligAm()));
        for (Map.Entry<String, String> h : haushaltsstellen(positionen).entrySet()) {
            einleitung.add("Haushaltsstelle " + h.getKey() + (h.getValue() == null ? "" : " – " + h.getValue()) + ": "
                    + Format.euro(summe(positionen.stream().filter(p -> h.getKey().equals(p.getHaushaltsstelle()))
                            .toList())));
        }
        if (positionen.stream().anyMatch(p -> p.getHaushaltsstelle() == null)) {
            einleitung.add("Ohne Haushaltsstelle: " + Format.euro(summe(positionen.stream()
                    .filter(p -> p.getHaushaltsstelle() == null).toList())));
        }
        leitwegId(positionen).ifPresent(l -> einleitung.add("Leitweg-ID: " + l));
        List<TabellenReport.Spalte> spalten = List.of(new TabellenReport.Spalte("Name", false, 3),
                new TabellenReport.Spalte("Aktenzeichen", false, 2), new TabellenReport.Spalte("Haushaltsstelle", false, 2),
                new TabellenReport.Spalte("Zeitraum", false, 3), new TabellenReport.Spalte("Leistung", false, 3),
                new TabellenReport.Spalte("Menge", true, 1), new TabellenReport.Spalte("Einzelpreis", true, 2),
                new TabellenReport.Spalte("Betrag", true, 2));
        List<List<String>> zeilen = new ArrayList<>();
        for (Rechnungsposition p : positionen) {
            String leistung = p.isKorrektur() ? "Korrektur " + Format.monat(p.getLeistungsmonat()) + ": bisher "
                    + Format.euro(p.getBetragAlt()) + ", neu " + Format.euro(p.getBetragNeu())
                    : p.getSatzart().getLabel() + (p.getFehltageNichtFinanziert() > 0 ? " (" + p.getFehltageNichtFinanziert()
                            + " Fehltage nicht abgerechnet)" : "");
            zeilen.add(List.of(p.getName(), Objects.toString(p.getAktenzeichen(), ""),
                    Objects.toString(p.getHaushaltsstelle(), ""), Format.datum(p.getVon()) + " – "
                            + Format.datum(p.getBis()), leistung, p.isKorrektur() ? "1" : menge(p.getMenge()) + " "
                            + p.getEinheit(), betrag(p.getEinzelpreis()), betrag(p.getBetrag())));
        }
        List<String> hinweise = new ArrayList<>();
        hinweise.add("Rechnungsbetrag: " + Format.euro(r.getSumme()) + " (" + positionen.size() + " Positionen). "
                + XRechnung.STEUERBEFREIUNG + ".");
        if (steller != null) {
            hinweise.add("Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das Konto IBAN "
                    + steller.getIban() + (steller.getBic() == null ? "" : ", BIC " + steller.getBic()) + ". Fragen: "
                    + steller.getKontaktName() + ", " + steller.getKontaktTelefon() + ", " + steller.getKontaktEmail()
                    + ". Steuernummer " + steller.getSteuernummer() + ".");
        }
        String untertitel = "Leistungsabrechnung " + Format.monat(r.getLauf().getMonat()) + " · "
                + r.getLauf().getEinrichtung().getName() + (entwurf ? " · Entwurf (Abrechnungslauf nicht freigegeben)" : "");
        String absender = steller != null ? steller.getName() + " · " + steller.getStrasse() + " · " + steller.getPlz()
                + " " + steller.getOrt() : tenant.ownTenant().getName();
        return TabellenReport.render(new TabellenReport.Data(absender, "Rechnung " + r.getNummer(), untertitel,
                empfaenger, einleitung, spalten, zeilen, List.of("Summe", "", "", "", "", "", "", betrag(r.getSumme())),
                hinweise, LocalDate.now(ZoneId.of("Europe/Berlin"))));
    }

    /** The invoice as XRechnung (CII); only for a released run. */
    public String xrechnung(Long rechnungId) {
        Rechnung r = abrechnung.rechnung(rechnungId);
        if (r.getLauf().getStatus() != Laufstatus.FREIGEGEBEN) {
            throw new ValidationFailure("rechnung", "Die XRechnung gibt es erst, wenn der Abrechnungslauf freigegeben "
                    + "ist (Vier-Augen-Prinzip).");
        }
        Abrechnungseinstellung s = verguetung.einstellung(r.getLauf().getEinrichtung().getId()).orElseThrow(
                () -> new ValidationFailure("einstellung", "Bitte zuerst die Rechnungsangaben der Einrichtung erfassen "
                        + "(Anschrift, Steuernummer, Ansprechperson, IBAN)."));
        List<Rechnungsposition> positionen = abrechnung.positionen(rechnungId);
        Leistungstraeger lt = r.getLeistungstraeger();
        if (lt.getPlz() == null || lt.getOrt() == null || lt.getStrasse() == null) {
            throw new ValidationFailure("leistungstraeger", "Für die XRechnung fehlt die Anschrift des Leistungsträgers "
                    + lt.getName() + " (Straße, PLZ, Ort).");
        }
        List<XRechnung.Position> zeilen = new ArrayList<>();
        for (Rechnungsposition p : positionen) {
            String beschreibung = "Az. " + Objects.toString(p.getAktenzeichen(), "–")
                    + (p.getHaushaltsstelle() == null ? "" : ", Haushaltsstelle " + p.getHaushaltsstelle())
                    + (p.getHinweis() == null ? "" : "; " + p.getHinweis());
            if (p.isKorrektur()) {
                zeilen.add(new XRechnung.Position(p.getName() + " – Korrektur " + Format.monat(p.getLeistungsmonat()),
                        beschreibung, BigDecimal.ONE, "C62", p.getBetrag(), p.getBetrag(), p.getVon(), p.getBis()));
            } else {
                zeilen.add(new XRechnung.Position(p.getName() + " – " + p.getSatzart().getLabel(), beschreibung,
                        p.getMenge(), switch (p.getSatzart()) {
                            case TAGESSATZ -> "DAY";
                            case MONATSPAUSCHALE -> "MON";
                            case FACHLEISTUNGSSTUNDE -> "HUR";
                        }, p.getEinzelpreis(), p.getBetrag(), p.getVon(), p.getBis()));
            }
        }
        List<String> hinweise = new ArrayList<>();
        hinweise.add("Leistungsabrechnung " + Format.monat(r.getLauf().getMonat()) + ", "
                + r.getLauf().getEinrichtung().getName());
        haushaltsstellen(positionen).forEach((h, text) -> hinweise.add("Haushaltsstelle " + h
                + (text == null ? "" : " – " + text)));
        try {
            return XRechnung.cii(new XRechnung.Rechnung(r.getNummer(), r.getRechnungsdatum(), r.getFaelligAm(),
                    leitwegId(positionen).orElse(null), new XRechnung.Verkaeufer(new XRechnung.Partei(s.getName(),
                            s.getStrasse(), s.getPlz(), s.getOrt()), s.getKennung(), s.getSteuernummer(),
                            s.getKontaktName(), s.getKontaktTelefon(), s.getKontaktEmail(), s.getIban(), s.getBic()),
                    new XRechnung.Partei(lt.getName(), lt.getStrasse(), lt.getPlz(), lt.getOrt()), zeilen, hinweise));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure("rechnung", e.getMessage());
        }
    }

    /**
     * Absence notice of a month (seed 004 no. 9: the provider informs the Leistungsträger about absences, § 19 of the
     * Bremen framework by analogy; the details are agreed individually): every person of the run with at least
     * {@code abTagen} absence days in the month, with the days beyond the yearly allowance. Rows: Leistungsträger,
     * name, Aktenzeichen, period, absence days, of which not financed.
     */
    public List<List<String>> fehlzeiten(Long laufId, int abTagen) {
        if (abTagen < 1) {
            throw new ValidationFailure("abTagen", "Bitte eine Mindestzahl von Fehltagen ab 1 angeben.");
        }
        List<List<String>> zeilen = new ArrayList<>();
        for (Rechnungsposition p : abrechnung.positionenDesLaufs(laufId)) {
            if (!p.isKorrektur() && p.getFehltage() >= abTagen) {
                zeilen.add(List.of(p.getRechnung().getLeistungstraeger().getName(), p.getName(),
                        Objects.toString(p.getAktenzeichen(), ""), Format.datum(p.getVon()) + " – "
                                + Format.datum(p.getBis()), String.valueOf(p.getFehltage()),
                        String.valueOf(p.getFehltageNichtFinanziert())));
            }
        }
        return zeilen;
    }

    private static final List<String> FEHLZEITEN_SPALTEN = List.of("Leistungsträger", "Name", "Aktenzeichen",
            "Zeitraum", "Fehltage im Monat", "davon nicht finanziert");

    public byte[] fehlzeitenPdf(Long laufId, int abTagen) {
        var lauf = abrechnung.lauf(laufId);
        List<TabellenReport.Spalte> spalten = new ArrayList<>();
        for (int i = 0; i < FEHLZEITEN_SPALTEN.size(); i++) {
            spalten.add(new TabellenReport.Spalte(FEHLZEITEN_SPALTEN.get(i), i >= 4, i == 1 || i == 3 ? 3 : 2));
        }
        return TabellenReport.render(new TabellenReport.Data(tenant.ownTenant().getName(), "Fehlzeitenmeldung "
                + Format.monat(lauf.getMonat()), lauf.getEinrichtung().getName() + " · Personen mit mindestens "
                + abTagen + " Fehltagen im Monat", null, List.of("Fehltage sind Tage mit Krankheit, sonstiger "
                        + "Abwesenheit oder unentschuldigtem Fehlen (nicht Urlaub). Über das jährliche Kontingent "
                        + "hinaus werden Fehltage nicht abgerechnet."), spalten, fehlzeiten(laufId, abTagen), null,
                null, LocalDate.now(ZoneId.of("Europe/Berlin"))));
    }

    public String fehlzeitenCsv(Long laufId, int abTagen) {
        return CsvExport.text(FEHLZEITEN_SPALTEN, fehlzeiten(laufId, abTagen));
    }

    /** Open items per Leistungsträger as CSV (semicolon, German amounts). */
    public String offenePostenCsv() {
        List<List<Object>> zeilen = new ArrayList<>();
        for (AbrechnungService.OffenerPosten o : abrechnung.offenePosten()) {
            zeilen.add(List.of(o.leistungstraeger(), o.rechnungen(), betrag(o.fakturiert()), betrag(o.bezahlt()),
                    betrag(o.offen())));
        }
        return CsvExport.text(List.of("Leistungsträger", "Rechnungen", "Fakturiert", "Bezahlt", "Offen"), zeilen);
    }

    private Map<String, String> haushaltsstellen(List<Rechnungsposition> positionen) {
        Map<String, String> texte = new LinkedHashMap<>();
        for (Rechnungsposition p : positionen) {
            if (p.getHaushaltsstelle() != null && !texte.containsKey(p.getHaushaltsstelle())) {
                texte.put(p.getHaushaltsstelle(), vereinbarung(p).map(Verguetungsvereinbarung::getHaushaltsstelleText)
                        .orElse(null));
            }
        }
        return texte;
    }

    private java.util.Optional<String> leitwegId(List<Rechnungsposition> positionen) {
        return positionen.stream().map(this::vereinbarung).flatMap(java.util.Optional::stream)
                .map(Verguetungsvereinbarung::getLeitwegId).filter(l -> l != null && !l.isBlank()).findFirst();
    }

    private java.util.Optional<Verguetungsvereinbarung> vereinbarung(Rechnungsposition p) {
        return p.getVereinbarungId() == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(repository.em().find(Verguetungsvereinbarung.class, p.getVereinbarungId()));
    }

    private static BigDecimal summe(List<Rechnungsposition> positionen) {
        return positionen.stream().map(Rechnungsposition::getBetrag).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
    }

    /** 1.234,56 (without €, for table cells). */
    static String betrag(BigDecimal b) {
        return Format.euro(b).replace(" €", "");
    }

    private static String menge(BigDecimal m) {
        BigDecimal s = m.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString().replace('.', ',');
    }
}
