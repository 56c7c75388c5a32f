package de.werkerp.billing.boundary;

import de.werkerp.audit.entity.AuditAction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import de.werkerp.billing.control.Korrektur;
import de.werkerp.billing.control.Monatsabrechnung;
import de.werkerp.billing.control.Satzart;
import de.werkerp.billing.entity.Abrechnungslauf;
import de.werkerp.billing.entity.Rechnung;
import de.werkerp.billing.entity.Rechnungsposition;
import de.werkerp.billing.entity.Zahlung;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.platform.control.CsvImport;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.Texteingabe;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.boundary.EntgeltStammdatenService;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.control.Monatsfolge;
import de.werkerp.wage.entity.Laufstatus;

/**
 * The monthly Leistungsabrechnung of an Einrichtung with its Leistungsträger: compute (one invoice per
 * Leistungsträger, one line per person and period, corrections of closed months as separate lines), review, release
 * by a second person, then closed; open items and payments; revenue per month. Same period logic as the Entgelt run
 * ({@link Monatsfolge}). Computing replaces the results of the open run in one transaction: a failure leaves nothing
 * half-stored.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT})
public class AbrechnungService {

    static final String FEHLT = "Der Abrechnungslauf wurde nicht gefunden.";
    static final String RECHNUNG_FEHLT = "Die Rechnung wurde nicht gefunden.";
    private static final Monatsfolge.Begriffe BEGRIFFE = new Monatsfolge.Begriffe("Abrechnungslauf",
            "Abrechnungsläufe");
    /** How far back closed months are recomputed for corrections. */
    static final int KORREKTUR_MONATE = 24;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    @Inject
    Monatsabrechnung monatsabrechnung;

    @EJB
    EntgeltStammdatenService entgeltStammdaten;

    @EJB
    VerguetungService verguetung;

    // ------------------------------------------------------------------ reading

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Abrechnungslauf> laeufe(Long einrichtungId) {
        return em().createQuery("SELECT l FROM Abrechnungslauf l WHERE l.einrichtung.id = :e ORDER BY l.monat DESC",
                Abrechnungslauf.class).setParameter("e", einrichtungId).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Abrechnungslauf lauf(Long laufId) {
        return repository.find(Abrechnungslauf.class, laufId, FEHLT);
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Rechnung> rechnungen(Long laufId) {
        Abrechnungslauf lauf = lauf(laufId);
        return em().createQuery("SELECT r FROM Rechnung r WHERE r.lauf = :l ORDER BY r.leistungstraeger.name",
                Rechnung.class).setParameter("l", lauf).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Rechnung rechnung(Long rechnungId) {
        return repository.find(Rechnung.class, rechnungId, RECHNUNG_FEHLT);
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Rechnungsposition> positionen(Long rechnungId) {
        Rechnung r = rechnung(rechnungId);
        return em().createQuery("SELECT p FROM Rechnungsposition p WHERE p.rechnung = :r ORDER BY p.korrektur,"
                + " p.name, p.leistungsmonat, p.von", Rechnungsposition.class).setParameter("r", r).getResultList();
    }

    /** All lines of a run (every invoice). */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Rechnungsposition> positionenDesLaufs(Long laufId) {
        Abrechnungslauf lauf = lauf(laufId);
        return em().createQuery("SELECT p FROM Rechnungsposition p WHERE p.rechnung.lauf = :l ORDER BY"
                + " p.rechnung.leistungstraeger.name, p.korrektur, p.name, p.leistungsmonat, p.von",
                Rechnungsposition.class).setParameter("l", lauf).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Zahlung> zahlungen(Long rechnungId) {
        Rechnung r = rechnung(rechnungId);
        return em().createQuery("SELECT z FROM Zahlung z WHERE z.rechnung = :r ORDER BY z.datum, z.id", Zahlung.class)
                .setParameter("r", r).getResultList();
    }

    // ------------------------------------------------------------------ computing

    /**
     * Computes the month (again): the month's lines, the corrections of closed months, one invoice per
     * Leistungsträger. Persons with problems are listed and not billed. Everything in one transaction.
     */
    public Abrechnungslauf berechnen(Long einrichtungId, YearMonth monat) {
        if (monat == null) {
            throw new ValidationFailure("monat", "Bitte den Monat wählen.");
        }
        Einrichtung einrichtung = repository.find(Einrichtung.class, einrichtungId,
                "Die Einrichtung wurde nicht gefunden.");
        List<Abrechnungslauf> alle = laeufe(einrichtungId);
        Monatsfolge.pruefeBerechnung(BEGRIFFE, alle.stream().map(l -> new Monatsfolge.Lauf(l.getMonat(),
                l.getStatus(), l.getFreigegebenVon())).toList(), monat);
        String land = entgeltStammdaten.einstellung(einrichtungId).getBundesland();

        Monatsabrechnung.Ergebnis ergebnis = monatsabrechnung.berechne(einrichtung, monat, land);
        List<String> hinweise = new ArrayList<>(ergebnis.hinweise());

        // corrections of closed months: what is due now against what was billed so far, per person and Leistungsträger
        List<Korrekturzeile> korrekturen = new ArrayList<>();
        for (Abrechnungslauf k : alle) {
            if (k.getStatus() != Laufstatus.FREIGEGEBEN || !k.getMonat().isBefore(monat)
                    || k.getMonat().isBefore(monat.minusMonths(KORREKTUR_MONATE))) {
                continue;
            }
            Monatsabrechnung.Ergebnis neu = monatsabrechnung.berechne(einrichtung, k.getMonat(), land);
            Map<List<Long>, BigDecimal> jetzt = new LinkedHashMap<>();
            Map<List<Long>, Monatsabrechnung.Zeile> beispiel = new HashMap<>();
            for (Monatsabrechnung.Zeile z : neu.zeilen()) {
                List<Long> key = List.of(z.person().getId(), z.bewilligung().getLeistungstraeger().getId());
                jetzt.merge(key, z.posten().betrag(), BigDecimal::add);
                beispiel.putIfAbsent(key, z);
            }
            Map<List<Long>, BigDecimal> bisher = new LinkedHashMap<>();
            Map<List<Long>, Rechnungsposition> bisherBeispiel = new HashMap<>();
            for (Rechnungsposition p : em().createQuery("SELECT p FROM Rechnungsposition p WHERE"
                    + " p.rechnung.lauf.einrichtung = :e AND p.rechnung.lauf.status = :s AND p.leistungsmonat = :m",
                    Rechnungsposition.class).setParameter("e", einrichtung).setParameter("s", Laufstatus.FREIGEGEBEN)
                    .setParameter("m", k.getMonat()).getResultList()) {
                List<Long> key = List.of(p.getBeschaeftigterId(), p.getRechnung().getLeistungstraeger().getId());
                bisher.merge(key, p.getBetrag(), BigDecimal::add);
                bisherBeispiel.putIfAbsent(key, p);
            }
            java.util.Set<List<Long>> keys = new java.util.LinkedHashSet<>(bisher.keySet());
            keys.addAll(jetzt.keySet());
            for (List<Long> key : keys) {
                if (neu.probleme().containsKey(key.get(0))) {
                    if (!Objects.equals(bisher.get(key), jetzt.get(key))) {
                        hinweise.add("Korrektur " + Format.monat(k.getMonat()) + " nicht möglich: "
                                + String.join(" ", neu.probleme().get(key.get(0))));
                    }
                    continue;
                }
                Korrektur.vergleiche(bisher.get(key), jetzt.get(key)).ifPresent(korrektur -> korrekturen.add(
                        new Korrekturzeile(k.getMonat(), key.get(1), korrektur, beispiel.get(key),
                                bisherBeispiel.get(key))));
            }
        }

        // replace the results
        Abrechnungslauf lauf = alle.stream().filter(l -> l.getMonat().equals(monat)).findFirst().orElse(null);
        if (lauf == null) {
            lauf = new Abrechnungslauf();
            lauf.setEinrichtung(einrichtung);
            lauf.setMonat(monat);
            lauf.setStatus(Laufstatus.BERECHNET);
            repository.create(lauf);
        } else {
            repository.massenaenderung(em().createQuery("DELETE FROM Rechnungsposition p WHERE p.rechnung IN (SELECT r"
                    + " FROM Rechnung r WHERE r.lauf = :l)").setParameter("l", lauf), "Rechnungsposition",
                    "gelöscht (Neuberechnung Abrechnungslauf #" + lauf.getId() + ")");
            repository.massenaenderung(em().createQuery("DELETE FROM Rechnung r WHERE r.lauf = :l").setParameter("l", lauf),
                    "Rechnung", "gelöscht (Neuberechnung Abrechnungslauf #" + lauf.getId() + ")");
        }
        LocalDate heute = LocalDate.now(BERLIN);
        int ziel = verguetung.einstellung(einrichtungId).map(a -> a.getZahlungszielTage()).orElse(30);
        Map<Long, Rechnung> rechnungen = new TreeMap<>();
        Map<Long, Leistungstraeger> traeger = new HashMap<>();
        for (Monatsabrechnung.Zeile z : ergebnis.zeilen()) {
            traeger.putIfAbsent(z.bewilligung().getLeistungstraeger().getId(), z.bewilligung().getLeistungstraeger());
        }
        for (Korrekturzeile k : korrekturen) {
            traeger.putIfAbsent(k.leistungstraegerId(), repository.find(Leistungstraeger.class, k.leistungstraegerId(),
                    "Der Leistungsträger wurde nicht gefunden."));
        }
        for (Leistungstraeger lt : traeger.values()) {
            Rechnung r = new Rechnung();
            r.setLauf(lauf);
            r.setLeistungstraeger(lt);
            r.setNummer("RE-" + monat.format(DateTimeFormatter.ofPattern("yyyyMM")) + "-" + einrichtung.getId() + "-"
                    + lt.getId());
            r.setRechnungsdatum(heute);
            r.setFaelligAm(heute.plusDays(ziel));
            r.setSumme(BigDecimal.ZERO.setScale(2));
            em().persist(r);
            rechnungen.put(lt.getId(), r);
        }
        BigDecimal summe = BigDecimal.ZERO.setScale(2);
        java.util.Set<Long> personen = new java.util.HashSet<>();
        for (Monatsabrechnung.Zeile z : ergebnis.zeilen()) {
            Rechnung r = rechnungen.get(z.bewilligung().getLeistungstraeger().getId());
            Rechnungsposition p = new Rechnungsposition();
            p.setRechnung(r);
            p.setBeschaeftigterId(z.person().getId());
            p.setName(z.person().getName());
            p.setAktenzeichen(z.bewilligung().getAktenzeichen());
            p.setVereinbarungId(z.vereinbarung().getId());
            p.setHaushaltsstelle(z.vereinbarung().getHaushaltsstelle());
            p.setBereich(z.bewilligung().getBereich());
            p.setLeistungsmonat(monat);
            p.setVon(z.von());
            p.setBis(z.bis());
            p.setSatzart(z.posten().satzart());
            p.setMenge(z.posten().menge());
            p.setEinheit(z.posten().satzart().getEinheit());
            p.setEinzelpreis(z.posten().einzelpreis());
            p.setBetrag(z.posten().betrag());
            p.setAnwesenheitstage(z.tage().anwesenheitstage());
            p.setFehltage(z.tage().fehltage());
            p.setFehltageNichtFinanziert(z.posten().fehltageNichtFinanziert());
            p.setHinweis(z.posten().hinweise().isEmpty() ? null : kurz(String.join("; ", z.posten().hinweise())));
            em().persist(p);
            r.setSumme(r.getSumme().add(p.getBetrag()));
            summe = summe.add(p.getBetrag());
            personen.add(z.person().getId());
        }
        for (Korrekturzeile k : korrekturen) {
            Rechnung r = rechnungen.get(k.leistungstraegerId());
            Rechnungsposition p = new Rechnungsposition();
            p.setRechnung(r);
            p.setKorrektur(true);
            p.setLeistungsmonat(k.monat());
            p.setVon(k.monat().atDay(1));
            p.setBis(k.monat().atEndOfMonth());
            if (k.jetzt() != null) {
                p.setBeschaeftigterId(k.jetzt().person().getId());
                p.setName(k.jetzt().person().getName());
                p.setAktenzeichen(k.jetzt().bewilligung().getAktenzeichen());
                p.setVereinbarungId(k.jetzt().vereinbarung().getId());
                p.setHaushaltsstelle(k.jetzt().vereinbarung().getHaushaltsstelle());
                p.setBereich(k.jetzt().bewilligung().getBereich());
                p.setSatzart(k.jetzt().posten().satzart());
            } else {
                p.setBeschaeftigterId(k.bisher().getBeschaeftigterId());
                p.setName(k.bisher().getName());
                p.setAktenzeichen(k.bisher().getAktenzeichen());
                p.setVereinbarungId(k.bisher().getVereinbarungId());
                p.setHaushaltsstelle(k.bisher().getHaushaltsstelle());
                p.setBereich(k.bisher().getBereich());
                p.setSatzart(k.bisher().getSatzart());
            }
            p.setMenge(BigDecimal.ONE);
            p.setEinheit("Korrektur");
            p.setEinzelpreis(k.korrektur().differenz());
            p.setBetragAlt(k.korrektur().alt());
            p.setBetragNeu(k.korrektur().neu());
            p.setBetrag(k.korrektur().differenz());
            p.setHinweis("Korrektur " + Format.monat(k.monat()) + ": bisher " + Format.euro(k.korrektur().alt())
                    + ", neu " + Format.euro(k.korrektur().neu()));
            em().persist(p);
            r.setSumme(r.getSumme().add(p.getBetrag()));
            summe = summe.add(p.getBetrag());
        }
        repository.audit().ereignis(AuditAction.STATUS, lauf.displayType(), lauf.getId(), "status",
                String.valueOf(lauf.getStatus()), Laufstatus.BERECHNET.name() + " (" + lauf.getAnzahl() + " Personen)");
        lauf.setStatus(Laufstatus.BERECHNET);
        lauf.setVeraltet(false);
        lauf.setBerechnetVon(callers.require().username());
        lauf.setBerechnetAm(Instant.now());
        lauf.setAnzahl(personen.size());
        lauf.setSumme(summe);
        lauf.setProbleme(ergebnis.probleme().isEmpty() ? null : String.join("\n", ergebnis.problemtexte()));
        lauf.setMeldung(hinweise.isEmpty() ? null : String.join("\n", hinweise));
        em().flush();
        return lauf;
    }

    private record Korrekturzeile(YearMonth monat, Long leistungstraegerId, Korrektur korrektur,
            Monatsabrechnung.Zeile jetzt, Rechnungsposition bisher) {
    }

    // ------------------------------------------------------------------ release

    /** Releases a computed run (four eyes). Afterwards the month is closed: its invoices never change again. */
    public Abrechnungslauf freigeben(Long laufId) {
        Abrechnungslauf lauf = lauf(laufId);
        String wer = callers.require().username();
        Monatsfolge.pruefeFreigabe(lauf.getStatus(), lauf.isVeraltet(), lauf.getBerechnetVon(), wer);
        em().detach(lauf);
        lauf.setStatus(Laufstatus.FREIGEGEBEN);
        lauf.setFreigegebenVon(wer);
        lauf.setFreigegebenAm(Instant.now());
        return repository.update(lauf, FEHLT);
    }

    // ------------------------------------------------------------------ payments and open items

    /** One Leistungsträger's open items: invoiced (released), paid, outstanding. */
    public record OffenerPosten(Long leistungstraegerId, String leistungstraeger, int rechnungen,
            BigDecimal fakturiert, BigDecimal bezahlt, BigDecimal offen) implements java.io.Serializable {
        public String getLeistungstraeger() {
            return leistungstraeger;
        }

        public BigDecimal getFakturiert() {
            return fakturiert;
        }

        public BigDecimal getBezahlt() {
            return bezahlt;
        }

        public BigDecimal getOffen() {
            return offen;
        }

        public int getRechnungen() {
            return rechnungen;
        }
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Rechnung> freigegebeneRechnungen() {
        return em().createQuery("SELECT r FROM Rechnung r WHERE r.lauf.status = :s ORDER BY r.lauf.monat DESC,"
                + " r.leistungstraeger.name", Rechnung.class).setParameter("s", Laufstatus.FREIGEGEBEN).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<OffenerPosten> offenePosten() {
        Map<Long, OffenerPosten> je = new LinkedHashMap<>();
        for (Rechnung r : freigegebeneRechnungen()) {
            Leistungstraeger lt = r.getLeistungstraeger();
            OffenerPosten alt = je.getOrDefault(lt.getId(), new OffenerPosten(lt.getId(), lt.getName(), 0,
                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
            je.put(lt.getId(), new OffenerPosten(lt.getId(), lt.getName(), alt.rechnungen() + 1,
                    alt.fakturiert().add(r.getSumme()), alt.bezahlt().add(r.getBezahlt()), alt.offen().add(r.offen())));
        }
        return je.values().stream().sorted(java.util.Comparator.comparing(OffenerPosten::leistungstraeger)).toList();
    }

    /** Books a payment on a released invoice. */
    public Zahlung zahlungBuchen(Long rechnungId, LocalDate datum, BigDecimal betrag, String verwendungszweck) {
        Rechnung r = rechnung(rechnungId);
        if (r.getLauf().getStatus() != Laufstatus.FREIGEGEBEN) {
            throw new ValidationFailure("rechnung", "Zahlungen lassen sich nur auf Rechnungen eines freigegebenen "
                    + "Abrechnungslaufs buchen.");
        }
        if (datum == null) {
            throw new ValidationFailure("datum", "Bitte das Zahlungsdatum angeben.");
        }
        if (betrag == null || betrag.signum() == 0 || betrag.scale() > 2) {
            throw new ValidationFailure("betrag", "Bitte den gezahlten Betrag in Euro und Cent angeben (nicht 0).");
        }
        Zahlung z = new Zahlung();
        z.setRechnung(r);
        z.setDatum(datum);
        z.setBetrag(betrag.setScale(2, RoundingMode.UNNECESSARY));
        z.setVerwendungszweck(verwendungszweck == null || verwendungszweck.isBlank() ? null : kurz200(verwendungszweck));
        repository.create(z);
        em().detach(r);
        r.setBezahlt(r.getBezahlt().add(z.getBetrag()));
        repository.update(r, RECHNUNG_FEHLT);
        return z;
    }

    /** Result of a payment import. */
    public record Zahlungsimport(int gebucht, BigDecimal summe) {
    }

    /**
     * Imports payments from a CSV bank export: {@code Rechnungsnummer;Datum;Betrag[;Verwendungszweck]} with a header
     * line, German dates (dd.MM.yyyy) and amounts ("1.234,56"). All or nothing: any bad line refuses the file with
     * one German message per line.
     */
    public Zahlungsimport zahlungenImportieren(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new ValidationFailure("datei", "Die Datei ist leer.");
        }
        Map<String, Rechnung> nachNummer = new HashMap<>();
        freigegebeneRechnungen().forEach(r -> nachNummer.put(r.getNummer(), r));
        List<ValidationFailure.FieldError> fehler = new ArrayList<>();
        List<Object[]> buchungen = new ArrayList<>();
        List<CsvImport.Zeile> zeilen = CsvImport.lesen(csv);
        DateTimeFormatter d = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
        for (CsvImport.Zeile zeile : zeilen.subList(Math.min(1, zeilen.size()), zeilen.size())) {
            if (zeile.leer()) {
                continue;
            }
            String[] f = zeile.felder().toArray(String[]::new);
            String wo = zeile.wo();
            if (f.length < 3) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "erwartet Rechnungsnummer;Datum;Betrag."));
                continue;
            }
            Rechnung r = nachNummer.get(f[0].strip());
            if (r == null) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "keine freigegebene Rechnung mit der Nummer „"
                        + f[0].strip() + "“."));
                continue;
            }
            LocalDate datum;
            BigDecimal betrag;
            try {
                datum = LocalDate.parse(f[1].strip(), d);
            } catch (DateTimeParseException e) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "das Datum „" + f[1].strip()
                        + "“ ist kein Datum wie 15.04.2025."));
                continue;
            }
            try {
                betrag = Texteingabe.zahl(f[2]);
            } catch (RuntimeException e) {
                betrag = null;
            }
            if (betrag == null || betrag.signum() == 0 || betrag.scale() > 2) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "der Betrag „" + f[2].strip()
                        + "“ ist kein Euro-Betrag wie 1.234,56."));
                continue;
            }
            buchungen.add(new Object[] {r.getId(), datum, betrag, f.length > 3 ? f[3].strip() : null});
        }
        if (!fehler.isEmpty()) {
            throw new ValidationFailure(fehler.stream().limit(50).toList());
        }
        BigDecimal summe = BigDecimal.ZERO.setScale(2);
        for (Object[] b : buchungen) {
            Zahlung z = zahlungBuchen((Long) b[0], (LocalDate) b[1], (BigDecimal) b[2], (String) b[3]);
            summe = summe.add(z.getBetrag());
        }
        return new Zahlungsimport(buchungen.size(), summe);
    }

    // ------------------------------------------------------------------ revenue

    /** Billed (released invoices by billing month) and paid (payments by payment date) per month and Leistungsträger. */
    public record Umsatz(YearMonth monat, String leistungstraeger, BigDecimal abgerechnet, BigDecimal bezahlt) implements java.io.Serializable {
        public String getMonatText() {
            return Format.monat(monat);
        }

        public YearMonth getMonat() {
            return monat;
        }

        public String getLeistungstraeger() {
            return leistungstraeger;
        }

        public BigDecimal getAbgerechnet() {
            return abgerechnet;
        }

        public BigDecimal getBezahlt() {
            return bezahlt;
        }
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Umsatz> umsatz(int jahr) {
        Map<List<Object>, BigDecimal[]> je = new TreeMap<>((a, b) -> {
            int c = ((YearMonth) a.get(0)).compareTo((YearMonth) b.get(0));
            return c != 0 ? c : ((String) a.get(1)).compareTo((String) b.get(1));
        });
        for (Rechnung r : freigegebeneRechnungen()) {
            if (r.getLauf().getMonat().getYear() == jahr) {
                zelle(je, r.getLauf().getMonat(), r.getLeistungstraeger().getName())[0] =
                        zelle(je, r.getLauf().getMonat(), r.getLeistungstraeger().getName())[0].add(r.getSumme());
            }
        }
        for (Zahlung z : em().createQuery("SELECT z FROM Zahlung z", Zahlung.class).getResultList()) {
            if (z.getDatum().getYear() == jahr) {
                BigDecimal[] v = zelle(je, YearMonth.from(z.getDatum()), z.getRechnung().getLeistungstraeger().getName());
                v[1] = v[1].add(z.getBetrag());
            }
        }
        List<Umsatz> liste = new ArrayList<>();
        je.forEach((k, v) -> liste.add(new Umsatz((YearMonth) k.get(0), (String) k.get(1), v[0], v[1])));
        return liste;
    }

    /**
     * The fees billed for the Arbeitsbereich of an Einrichtung in a year (released runs, corrections included, by
     * month of service): the figure for the Arbeitsergebnisrechnung's line I.2 "Kostensätze" (§ 12 Abs. 4 WVO), for
     * comparison with the booked accounts.
     */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public BigDecimal kostensaetzeArbeitsbereich(Long einrichtungId, int jahr) {
        repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden.");
        BigDecimal s = em().createQuery("SELECT SUM(p.betrag) FROM Rechnungsposition p WHERE"
                + " p.rechnung.lauf.einrichtung.id = :e AND p.rechnung.lauf.status = :s AND p.bereich = :b AND"
                + " p.leistungsmonat >= :von AND p.leistungsmonat <= :bis", BigDecimal.class)
                .setParameter("e", einrichtungId).setParameter("s", Laufstatus.FREIGEGEBEN)
                .setParameter("b", Bereich.AB).setParameter("von", YearMonth.of(jahr, 1))
                .setParameter("bis", YearMonth.of(jahr, 12)).getSingleResult();
        return s == null ? BigDecimal.ZERO.setScale(2) : s.setScale(2);
    }

    private static BigDecimal[] zelle(Map<List<Object>, BigDecimal[]> je, YearMonth monat, String lt) {
        return je.computeIfAbsent(List.of(monat, lt), k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2)});
    }

    private static String kurz(String s) {
        return s.length() > 500 ? s.substring(0, 499) + "…" : s;
    }

    private static String kurz200(String s) {
        return s.length() > 200 ? s.substring(0, 199) + "…" : s;
    }

    private EntityManager em() {
        return repository.em();
    }
}
