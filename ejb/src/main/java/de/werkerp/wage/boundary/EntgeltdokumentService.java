package de.werkerp.wage.boundary;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;

import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import de.werkerp.contract.control.Iban;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CsvExport;
import de.werkerp.platform.control.TenantGuarded;

import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.control.Zipstrom;
import de.werkerp.platform.entity.Role;
import de.werkerp.reports.EntgeltabrechnungReport;
import de.werkerp.social.control.BeitraegeJson;
import de.werkerp.reports.LohnjournalReport;
import de.werkerp.tenant.boundary.TenantInfoService;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.control.RechenzeilenJson;
import de.werkerp.wage.control.Rechenzeile;
import de.werkerp.wage.entity.Abrechnung;
import de.werkerp.wage.entity.AbrechnungKorrektur;
import de.werkerp.wage.entity.Entgelteinstellung;
import de.werkerp.wage.entity.Entgeltlauf;
import de.werkerp.wage.entity.Laufstatus;
import de.werkerp.wage.sepa.Auftraggeber;
import de.werkerp.wage.sepa.SepaUeberweisungsdatei;
import de.werkerp.wage.sepa.Zahlung;

/**
 * The documents of a run: payslips (German and Leichte Sprache), Lohnjournal (PDF, XLSX), the SEPA credit transfer
 * file (pain.001.001.09, released runs only) and the accounting export (CSV per cost centre and Lohnart).
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.AUDITOR})
public class EntgeltdokumentService {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @EJB
    EntgeltlaufService laeufe;

    @EJB
    EntgeltStammdatenService stammdaten;

    @EJB
    TenantInfoService tenant;

    @Inject
    TenantRepository repository;

    /** Renders the PDFs of {@link #alleLohnzettel(Long, OutputStream)} in parallel. */
    @Resource
    ManagedExecutorService executor;

    @Resource
    SessionContext context;

    /**
     * The payslip of one person and run. Read in a transaction of its own ({@link #lohnzettelDaten}), rendered
     * outside of any: a transaction would keep its database connection for the whole rendering (tens of ms of CPU,
     * seconds under load), and with the connection pool taken by payslips every other request waits (README "Load
     * test").
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] lohnzettel(Long abrechnungId, boolean leichteSprache) {
        EntgeltabrechnungReport.Data data = context.getBusinessObject(EntgeltdokumentService.class)
                .lohnzettelDaten(abrechnungId);
        return leichteSprache ? EntgeltabrechnungReport.renderLeichteSprache(data) : EntgeltabrechnungReport.render(data);
    }

    /**
     * Payslips rendered by one task of the managed executor (README "Payslips at scale"): the container captures and
     * restores the request's context for every task, and the window of {@link Zipstrom#fensterFuer} tasks then holds
     * enough work (2 × cores × 16 PDFs, ~50 KB each) for the render threads to go on while the request thread reads
     * the next block of Abrechnungen.
     */
    static final int LOHNZETTEL_JE_AUFGABE = 16;

    /** Abrechnungen read (and their persons) per query while the payslips of a run are written. */
    static final int BLOCK = 500;

    /**
     * Checks that the payslips of a run can be written (the run exists for the caller and is computed), so a REST
     * call can answer 404/400 before it starts streaming {@link #alleLohnzettel(Long, OutputStream)}.
     */
    public void pruefeLohnzettel(Long laufId) {
        pruefeBerechnet(laeufe.lauf(laufId));
    }

    /**
     * All payslips of a run as one ZIP written to {@code ziel} (one German PDF per person, named after Personalnummer
     * or id and name, ordered by name), for printing or sending in one go. Streamed with bounded memory: the
     * Abrechnungen and their persons are read in blocks of {@value #BLOCK} (read-only, not kept in the persistence
     * context); the PDFs are rendered in parallel on the managed executor, {@value #LOHNZETTEL_JE_AUFGABE} per task
     * and at most {@link Zipstrom#fensterFuer} tasks at a time, and written in order as they are done
     * ({@link Zipstrom}).
     */
    public void alleLohnzettel(Long laufId, OutputStream ziel) {
        Entgeltlauf lauf = laeufe.lauf(laufId);
        pruefeBerechnet(lauf);
        List<AbrechnungKorrektur> korrekturen = laeufe.korrekturen(laufId);
        String traeger = tenant.ownTenant().getName();
        EntityManager em = repository.em();
        List<Long> ids = em.createQuery("SELECT a.id FROM Abrechnung a WHERE a.lauf.id = :l ORDER BY a.name, a.id",
                Long.class).setParameter("l", laufId).getResultList();
        Executor ausfuehrung = executor != null ? executor : Runnable::run;
        try (Zipstrom zip = new Zipstrom(ziel, ausfuehrung,
                Zipstrom.fensterFuer(Runtime.getRuntime().availableProcessors()), LOHNZETTEL_JE_AUFGABE)) {
            for (int von = 0; von < ids.size(); von += BLOCK) {
                List<Long> block = ids.subList(von, Math.min(ids.size(), von + BLOCK));
                List<Abrechnung> abrechnungen = em.createQuery("SELECT a FROM Abrechnung a WHERE a.id IN :ids"
                        + " ORDER BY a.name, a.id", Abrechnung.class).setParameter("ids", block)
                        .setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList();
                Map<Long, Beschaeftigter> personen = new HashMap<>();
                for (Beschaeftigter b : em.createQuery("SELECT b FROM Beschaeftigter b WHERE b.id IN (SELECT"
                        + " a.beschaeftigterId FROM Abrechnung a WHERE a.id IN :ids)", Beschaeftigter.class)
                        .setParameter("ids", block).setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList()) {
                    personen.put(b.getId(), b);
                }
                for (Abrechnung a : abrechnungen) {
                    String name = (a.getPersonalnummer() != null ? a.getPersonalnummer() : String.valueOf(a.getId()))
                            + "_" + a.getName().replaceAll("[^\\p{L}0-9]+", "_") + ".pdf";
                    EntgeltabrechnungReport.Data daten = daten(a, lauf, personen.get(a.getBeschaeftigterId()),
                            korrekturen, traeger);
                    zip.hinzufuegen(name, () -> EntgeltabrechnungReport.render(daten));
                }
            }
        }
    }

    /** The report input of a payslip (also used by the benchmark to render many). */
    public EntgeltabrechnungReport.Data lohnzettelDaten(Long abrechnungId) {
        Abrechnung a = laeufe.abrechnung(abrechnungId);
        return daten(a, a.getLauf(), repository.em().find(Beschaeftigter.class, a.getBeschaeftigterId()),
                laeufe.korrekturen(a.getLauf().getId()), tenant.ownTenant().getName());
    }

    private static EntgeltabrechnungReport.Data daten(Abrechnung a, Entgeltlauf lauf, Beschaeftigter p,
            List<AbrechnungKorrektur> alleKorrekturen, String traegerName) {
        List<EntgeltabrechnungReport.Zeile> zeilen = new ArrayList<>();
        for (Rechenzeile z : RechenzeilenJson.zeilen(a.getZeilen())) {
            zeilen.add(new EntgeltabrechnungReport.Zeile(z.komponente().getLabel(), z.lohnart(), z.bezeichnung(),
                    z.basis(), z.faktor(), z.betrag()));
        }
        List<EntgeltabrechnungReport.Korrektur> korrekturen = new ArrayList<>();
        for (AbrechnungKorrektur k : alleKorrekturen) {
            if (k.getBeschaeftigterId().equals(a.getBeschaeftigterId())) {
                RechenzeilenJson.differenzen(k.getDifferenzen()).stream().filter(d -> d.differenz().signum() != 0)
                        .forEach(d -> korrekturen.add(new EntgeltabrechnungReport.Korrektur(k.getKorrigierterMonat(),
                                d.bezeichnung(), d.alt(), d.neu(), d.differenz())));
            }
        }
        String anschrift = p == null ? null : p.anschrift();
        List<EntgeltabrechnungReport.Beitrag> beitraege = BeitraegeJson.lies(a.getBeitraege()).stream()
                .map(b -> new EntgeltabrechnungReport.Beitrag(b.zweig(), b.seite(), b.text(), b.bemessungsgrundlage(),
                        b.satz(), b.betrag())).toList();
        return new EntgeltabrechnungReport.Data(traegerName, lauf.getEinrichtung().getName(), null,
                vornameName(a.getName()), a.getPersonalnummer(), anschrift == null || anschrift.isBlank() ? null
                        : anschrift, lauf.getMonat(), de.werkerp.wage.control.Bereich.von(a.getBereich()).getLabel(),
                a.getWochenstunden(), maskiert(a.getIban()), zeilen, a.getGrundbetrag(), a.getSteigerungsbetrag(),
                a.getArbeitsentgelt(), a.getArbeitsfoerderungsgeld(), a.getSonstigeBezuege(), a.getAbzuege(),
                a.getAuszahlung(), RechenzeilenJson.texte(a.getHinweise()), korrekturen, lauf.getStatus().name(),
                LocalDate.now(BERLIN), beitraege, a.getBeitraege() == null ? null
                        : a.getKvTraeger().add(a.getKvzTraeger()).add(a.getPvTraeger()).add(a.getRvTraeger()),
                a.getBeitraege() == null ? null : a.getSvTage());
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public byte[] lohnjournalPdf(Long laufId) {
        return LohnjournalReport.renderPdf(journal(laufId));
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public byte[] lohnjournalXlsx(Long laufId) {
        return LohnjournalReport.renderXlsx(journal(laufId));
    }

    private LohnjournalReport.Data journal(Long laufId) {
        Entgeltlauf lauf = laeufe.lauf(laufId);
        pruefeBerechnet(lauf);
        String kostenstelle = stammdaten.einstellung(lauf.getEinrichtung().getId()).getKostenstelle();
        List<LohnjournalReport.Zeile> zeilen = laeufe.abrechnungen(laufId).stream()
                .map(a -> new LohnjournalReport.Zeile(a.getPersonalnummer(), a.getName(), a.getBereich(),
                        a.getKostenstelle() != null ? a.getKostenstelle() : kostenstelle, a.getGrundbetrag(),
                        a.getSteigerungsbetrag(), a.getArbeitsentgelt(), a.getArbeitsfoerderungsgeld(),
                        a.getSonstigeBezuege(), a.getAbzuege(), a.getAuszahlung()))
                .toList();
        return new LohnjournalReport.Data(tenant.ownTenant().getName(), lauf.getEinrichtung().getName(), lauf.getMonat(),
                lauf.getStatus().name(), lauf.getBerechnetVon(), zeit(lauf.getBerechnetAm()), lauf.getFreigegebenVon(),
                zeit(lauf.getFreigegebenAm()), zeilen, LocalDate.now(BERLIN));
    }

    /**
     * The SEPA credit transfer file of a released run: one transfer per positive payout with an IBAN.
     *
     * @param ausfuehrung requested execution date; {@code null} = today
     */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL})
    public byte[] sepa(Long laufId, LocalDate ausfuehrung) {
        Entgeltlauf lauf = laeufe.lauf(laufId);
        if (lauf.getStatus() != Laufstatus.FREIGEGEBEN) {
            throw new ValidationFailure("lauf", "Die Zahlungsdatei gibt es erst nach der Freigabe des Monats.");
        }
        Entgelteinstellung s = stammdaten.einstellung(lauf.getEinrichtung().getId());
        if (s.getAuftraggeberIban() == null || s.getAuftraggeberName() == null) {
            throw new ValidationFailure("auftraggeber", "Für die Zahlungsdatei fehlen Name und IBAN des "
                    + "Auftraggebers: bitte unter Entgelt → Einstellungen eintragen.");
        }
        List<Zahlung> zahlungen = new ArrayList<>();
        for (Abrechnung a : laeufe.abrechnungen(laufId)) {
            if (a.getAuszahlung().signum() > 0 && a.getIban() != null) {
                zahlungen.add(new Zahlung(a.getKontoinhaber() != null ? a.getKontoinhaber() : vornameName(a.getName()),
                        a.getIban(), null, a.getAuszahlung(), "Arbeitsentgelt " + Format.monat(lauf.getMonat()),
                        "L" + lauf.getId() + "-P" + a.getBeschaeftigterId()));
            }
        }
        String msgId = "WERKERP-" + lauf.getId() + "-" + LocalDateTime.now(BERLIN)
                .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        return SepaUeberweisungsdatei.erzeuge(new Auftraggeber(s.getAuftraggeberName(), s.getAuftraggeberIban(),
                s.getAuftraggeberBic()), ausfuehrung != null ? ausfuehrung : LocalDate.now(BERLIN), msgId, zahlungen);
    }

    /**
     * The accounting export: one row per cost centre and Lohnart with the number of lines and the sum (semicolon
     * separated, UTF-8, decimal comma). Computed lines have the component as Lohnart (GRUNDBETRAG,
     * STEIGERUNGSBETRAG, ARBEITSFOERDERUNGSGELD, the worker's contributions SV-KV, SV-KVZ, SV-PV, SV-RV); the
     * provider's contribution shares are extra rows SV-…-TRAEGER (employer costs, not paid out). The sum of all rows
     * except the SV-…-TRAEGER rows is the sum of the payouts.
     */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.AUDITOR})
    public byte[] buchungenCsv(Long laufId) {
        Entgeltlauf lauf = laeufe.lauf(laufId);
        pruefeBerechnet(lauf);
        String standard = stammdaten.einstellung(lauf.getEinrichtung().getId()).getKostenstelle();
        record Schluessel(String kostenstelle, String lohnart) implements Comparable<Schluessel> {
            public int compareTo(Schluessel o) {
                int c = kostenstelle.compareTo(o.kostenstelle);
                return c != 0 ? c : lohnart.compareTo(o.lohnart);
            }
        }
        Map<Schluessel, BigDecimal> summen = new TreeMap<>();
        Map<Schluessel, Integer> anzahl = new TreeMap<>();
        Map<Schluessel, String> texte = new TreeMap<>();
        for (Abrechnung a : laeufe.abrechnungen(laufId)) {
            String ks = a.getKostenstelle() != null ? a.getKostenstelle() : standard != null ? standard : "";
            for (Rechenzeile z : RechenzeilenJson.zeilen(a.getZeilen())) {
                String lohnart = z.lohnart() != null ? z.lohnart() : z.komponente().name();
                Schluessel k = new Schluessel(ks, lohnart);
                summen.merge(k, z.betrag(), BigDecimal::add);
                anzahl.merge(k, 1, Integer::sum);
                texte.putIfAbsent(k, z.lohnart() != null ? z.bezeichnung() : z.komponente().getLabel());
            }
            if (a.getBeitraege() != null) {
                String[][] traeger = {{"SV-KV-TRAEGER", "Krankenversicherung, Anteil Träger"},
                    {"SV-KVZ-TRAEGER", "KV-Zusatzbeitrag, Anteil Träger"}, {"SV-PV-TRAEGER", "Pflegeversicherung, Anteil Träger"},
                    {"SV-RV-TRAEGER", "Rentenversicherung, Anteil Träger"}};
                BigDecimal[] betraege = {a.getKvTraeger(), a.getKvzTraeger(), a.getPvTraeger(), a.getRvTraeger()};
                for (int i = 0; i < traeger.length; i++) {
                    if (betraege[i].signum() != 0) {
                        Schluessel k = new Schluessel(ks, traeger[i][0]);
                        summen.merge(k, betraege[i], BigDecimal::add);
                        anzahl.merge(k, 1, Integer::sum);
                        texte.putIfAbsent(k, traeger[i][1]);
                    }
                }
            }
        }
        List<List<Object>> zeilen = new ArrayList<>();
        for (Map.Entry<Schluessel, BigDecimal> e : summen.entrySet()) {
            zeilen.add(java.util.Arrays.asList(lauf.getMonat().toString(), lauf.getEinrichtung().getName(),
                    e.getKey().kostenstelle(), e.getKey().lohnart(), texte.get(e.getKey()), anzahl.get(e.getKey()),
                    e.getValue()));
        }
        return CsvExport.bytes(List.of("Monat", "Einrichtung", "Kostenstelle", "Lohnart", "Bezeichnung", "Anzahl",
                "Betrag"), zeilen);
    }

    private static void pruefeBerechnet(Entgeltlauf lauf) {
        if (lauf.getStatus() != Laufstatus.BERECHNET && lauf.getStatus() != Laufstatus.FREIGEGEBEN) {
            throw new ValidationFailure("lauf", "Der Lauf für " + Format.monat(lauf.getMonat()) + " ist nicht berechnet "
                    + "(Status: " + lauf.getStatus().getLabel() + ").");
        }
    }

    /** "Nachname, Vorname" → "Vorname Nachname". */
    private static String vornameName(String name) {
        int komma = name.indexOf(", ");
        return komma < 0 ? name : name.substring(komma + 2) + " " + name.substring(0, komma);
    }

    private static String maskiert(String iban) {
        if (iban == null) {
            return null;
        }
        String f = Iban.formatiert(iban);
        return f.length() <= 9 ? f : f.substring(0, 4) + " **** **** " + f.substring(f.length() - 4);
    }

    private static LocalDateTime zeit(java.time.Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, BERLIN);
    }
}
