package de.werkerp.privacy.boundary;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;

import de.werkerp.audit.control.AuditTrail;
import de.werkerp.audit.entity.AuditEintrag;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.entity.NotAudited;
import de.werkerp.platform.entity.Role;
import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.privacy.control.Loeschreife;
import de.werkerp.reports.TabellenReport;
import de.werkerp.tenant.entity.Traeger;

/**
 * The right of access (Art. 15 DSGVO): every stored datum of one person in all categories — master data, contracts
 * with phases, working times and approvals, attendance and absences, illness spells, pay items and assessments,
 * payslips with the social-insurance figures, corrections, invoice lines, Teilhabe goals/measures/evaluations/reports/
 * transitions, nominations and Wahlvorstand membership (photo: whether one is stored), deletion proposals, and the
 * audit-trail entries about these objects — plus the information of Art. 15 Abs. 1 lit. a–h (purposes, recipients,
 * retention per category with the computed end, rights). As JSON ({@link #auskunft}) and as a German PDF
 * ({@link #pdf}). Tenant admin only; each export is recorded as a read of special-category data.
 */
@Stateless
@TenantGuarded
@Allow(Role.TENANT_ADMIN)
public class AuskunftService {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Berlin"));

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    @Inject
    Clock uhr;

    @EJB
    DatenschutzService datenschutz;

    /** One stored object: its kind (German), id and every field as text. */
    public record Datensatz(String art, Long id, Map<String, String> felder) {
    }

    /** One category of data. */
    public record Abschnitt(String titel, List<Datensatz> datensaetze) {
    }

    /** The retention of one category: period in years, legal basis, last day of keeping (null without data). */
    public record Aufbewahrung(String kategorie, int jahre, String rechtsgrundlage, LocalDate aufbewahrenBis) {
    }

    /** The whole answer to an Art. 15 request. */
    public record Auskunft(Long beschaeftigterId, String name, String traeger, String erstelltVon, LocalDate erstelltAm,
            List<String> hinweise, List<Aufbewahrung> aufbewahrung, List<Abschnitt> abschnitte) {
    }

    /** The Art. 15 export of one person as data (the REST answer); recorded in the audit trail as a read. */
    public Auskunft auskunft(Long beschaeftigterId) {
        Beschaeftigter person = repository.find(Beschaeftigter.class, beschaeftigterId, DatenschutzService.PERSON_FEHLT);
        EntityManager em = repository.em();
        List<Abschnitt> abschnitte = new ArrayList<>();
        Set<String> objekte = new HashSet<>();
        Long p = beschaeftigterId;

        abschnitte.add(abschnitt("Stammdaten", objekte, List.of(person)));
        abschnitte.add(abschnitt("Werkstattverträge, Phasen, Arbeitszeiten, Bewilligungen", objekte,
                liste("SELECT v FROM Werkstattvertrag v WHERE v.beschaeftigter.id = :p ORDER BY v.beginn", p),
                liste("SELECT a FROM Vertragsphase a WHERE a.vertrag.beschaeftigter.id = :p ORDER BY a.gueltigAb", p),
                liste("SELECT a FROM Arbeitszeit a WHERE a.vertrag.beschaeftigter.id = :p ORDER BY a.gueltigAb", p),
                liste("SELECT a FROM Bewilligung a WHERE a.vertrag.beschaeftigter.id = :p ORDER BY a.gueltigAb", p)));
        abschnitte.add(abschnitt("Anwesenheit, Abwesenheit und Arbeitsunfähigkeit", objekte,
                liste("SELECT m FROM Anwesenheitsmonat m WHERE m.beschaeftigterId = :p ORDER BY m.monat", p),
                liste("SELECT e FROM Arbeitsunfaehigkeit e WHERE e.beschaeftigterId = :p ORDER BY e.beginn", p)));
        abschnitte.add(abschnitt("Lohnposten und Leistungsbeurteilungen", objekte,
                liste("SELECT l FROM Lohnbuchung l WHERE l.beschaeftigterId = :p ORDER BY l.monat", p),
                liste("SELECT b FROM Beurteilung b WHERE b.beschaeftigterId = :p ORDER BY b.gueltigAb", p)));
        abschnitte.add(abschnitt("Entgeltabrechnungen und Sozialversicherung", objekte,
                liste("SELECT a FROM Abrechnung a WHERE a.beschaeftigterId = :p ORDER BY a.lauf.monat", p),
                liste("SELECT k FROM AbrechnungKorrektur k WHERE k.beschaeftigterId = :p ORDER BY k.korrigierterMonat", p)));
        abschnitte.add(abschnitt("Leistungsabrechnung", objekte,
                liste("SELECT r FROM Rechnungsposition r WHERE r.beschaeftigterId = :p ORDER BY r.leistungsmonat", p),
                liste("SELECT s FROM Leistungsstunden s WHERE s.beschaeftigter.id = :p ORDER BY s.monat", p)));
        abschnitte.add(abschnitt("Teilhabeplanung und Teilhabeberichte", objekte,
                liste("SELECT z FROM Teilhabeziel z WHERE z.beschaeftigter.id = :p ORDER BY z.id", p),
                liste("SELECT m FROM Teilhabemassnahme m WHERE m.ziel.beschaeftigter.id = :p ORDER BY m.id", p),
                liste("SELECT b FROM Zielbewertung b WHERE b.ziel.beschaeftigter.id = :p ORDER BY b.datum", p),
                liste("SELECT b FROM Teilhabebericht b WHERE b.beschaeftigter.id = :p ORDER BY b.zeitraumVon", p),
                liste("SELECT a FROM Berichtsanforderung a WHERE a.beschaeftigter.id = :p ORDER BY a.eingegangenAm", p),
                liste("SELECT u FROM Uebergang u WHERE u.beschaeftigter.id = :p ORDER BY u.von", p)));
        Abschnitt wahlen = abschnitt("Wahlen (Werkstattrat, Frauenbeauftragte)", objekte,
                liste("SELECT v FROM Wahlvorschlag v WHERE v.beschaeftigter.id = :p ORDER BY v.id", p),
                liste("SELECT m FROM Wahlvorstandsmitglied m WHERE m.beschaeftigter.id = :p ORDER BY m.id", p));
        Set<Long> mitFoto = new HashSet<>(em.createQuery("SELECT f.vorschlag.id FROM Wahlfoto f WHERE"
                + " f.vorschlag.beschaeftigter.id = :p", Long.class).setParameter("p", p).getResultList());
        wahlen.datensaetze().stream().filter(d -> d.art().equals("Wahlvorschlag"))
                .forEach(d -> d.felder().put("foto", mitFoto.contains(d.id()) ? "gespeichert (Bild, nicht in der"
                        + " Auskunft)" : "keines"));
        abschnitte.add(wahlen);
        abschnitte.add(abschnitt("Löschvorschläge", objekte,
                liste("SELECT l FROM Loeschvorschlag l WHERE l.beschaeftigterId = :p ORDER BY l.id", p)));

        // the audit trail about these objects (the person, its contracts, statements …) and the reads of its data
        List<Datensatz> protokoll = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        objekte.forEach(o -> ids.add(Long.valueOf(o.substring(o.indexOf('#') + 1))));
        if (!ids.isEmpty()) {
            for (AuditEintrag a : em.createQuery("SELECT a FROM AuditEintrag a WHERE a.objektId IN :ids ORDER BY a.id",
                    AuditEintrag.class).setParameter("ids", ids).getResultList()) {
                if (!objekte.contains(a.getObjekttyp() + "#" + a.getObjektId())) {
                    continue;
                }
                Map<String, String> f = new LinkedHashMap<>();
                f.put("zeitpunkt", ZEIT.format(a.getZeitpunkt()));
                f.put("benutzer", a.getBenutzer());
                f.put("aktion", a.getAktion().getLabel());
                f.put("objekt", a.getObjekttyp() + " #" + a.getObjektId());
                f.put("feld", a.getFeld());
                f.put("alterWert", a.getAlterWert());
                f.put("neuerWert", a.getNeuerWert());
                protokoll.add(new Datensatz("Protokolleintrag", a.getId(), f));
            }
        }
        abschnitte.add(new Abschnitt("Änderungsprotokoll (Einträge zu diesen Daten)", protokoll));

        Loeschreife.Ergebnis reife = datenschutz.reife(p);
        List<Aufbewahrung> aufbewahrung = new ArrayList<>();
        for (DatenschutzService.Frist f : datenschutz.fristen()) {
            aufbewahrung.add(new Aufbewahrung(f.kategorie().getLabel(), f.jahre(), f.rechtsgrundlage(),
                    reife.fristenden().get(f.kategorie())));
        }
        Traeger traeger = em.find(Traeger.class, callers.require().tenantId());
        repository.audit().gelesen("Auskunft nach Art. 15 DSGVO", p, AuditTrail.rollen(Role.TENANT_ADMIN));
        return new Auskunft(p, person.getName(), traeger == null ? null : traeger.getName(),
                callers.require().username(), LocalDate.now(uhr), hinweise(traeger), aufbewahrung, abschnitte);
    }

    /** The same export as a readable German PDF (JasperReports, {@link TabellenReport}). */
    public byte[] pdf(Long beschaeftigterId) {
        Auskunft a = auskunft(beschaeftigterId);
        List<List<String>> zeilen = new ArrayList<>();
        for (Aufbewahrung f : a.aufbewahrung()) {
            zeilen.add(List.of("Aufbewahrungsfristen", f.kategorie(), f.jahre() + " Jahre"
                    + (f.aufbewahrenBis() == null ? " (Frist hat noch nicht begonnen oder keine Daten)"
                            : ", aufzubewahren bis " + DATUM.format(f.aufbewahrenBis())) + ". " + f.rechtsgrundlage()));
        }
        for (Abschnitt s : a.abschnitte()) {
            if (s.datensaetze().isEmpty()) {
                zeilen.add(List.of(s.titel(), "", "Keine Daten gespeichert."));
            }
            for (Datensatz d : s.datensaetze()) {
                StringBuilder text = new StringBuilder();
                d.felder().forEach((k, v) -> {
                    if (v != null && !v.isBlank()) {
                        text.append(text.length() == 0 ? "" : "\n").append(k).append(": ").append(v);
                    }
                });
                zeilen.add(List.of(s.titel(), d.art() + " #" + d.id(), text.toString()));
            }
        }
        List<String> einleitung = new ArrayList<>();
        einleitung.add("Auskunft nach Art. 15 DSGVO über die gespeicherten personenbezogenen Daten von " + a.name()
                + " (Kennung " + a.beschaeftigterId() + "), erstellt am " + DATUM.format(a.erstelltAm()) + " von "
                + a.erstelltVon() + ".");
        einleitung.addAll(a.hinweise());
        return TabellenReport.render(new TabellenReport.Data(a.traeger(), "Auskunft nach Art. 15 DSGVO",
                a.name(), null, einleitung, List.of(new TabellenReport.Spalte("Bereich", false, 3),
                        new TabellenReport.Spalte("Datensatz", false, 3), new TabellenReport.Spalte("Inhalt", false, 7)),
                zeilen, null, List.of("Diese Auskunft enthält alle in WerkERP zu der Person gespeicherten Daten. "
                        + "Fotos werden nicht abgedruckt; auf Wunsch erhält die Person eine Kopie."), null));
    }

    private static List<String> hinweise(Traeger traeger) {
        String wer = traeger == null ? "Der Träger" : traeger.getName();
        return List.of(
                "Verantwortlicher: " + wer + " (Art. 4 Nr. 7 DSGVO). Zwecke: Durchführung des Werkstattverhältnisses "
                        + "(§ 221 SGB IX), Arbeitsentgelt und Sozialversicherung, Abrechnung mit den Leistungsträgern, "
                        + "Teilhabeplanung und -berichte, Wahlen des Werkstattrats und der Frauenbeauftragten (WMVO).",
                "Empfänger: Leistungsträger (Abrechnung, Teilhabeberichte), Krankenkassen und Rentenversicherung "
                        + "(über ein zertifiziertes Meldeprogramm), Finanzamt, Bank (Auszahlung), Prüfer; der Betreiber "
                        + "von WerkERP als Auftragsverarbeiter (Art. 28 DSGVO). Keine Übermittlung in Drittländer.",
                "Rechte: Berichtigung (Art. 16), Löschung (Art. 17) nach Ablauf der Aufbewahrungsfristen, "
                        + "Einschränkung (Art. 18), Widerspruch (Art. 21), Beschwerde bei der Aufsichtsbehörde (Art. 77).");
    }

    @SafeVarargs
    private Abschnitt abschnitt(String titel, Set<String> objekte, List<?>... listen) {
        List<Datensatz> d = new ArrayList<>();
        for (List<?> liste : listen) {
            for (Object o : liste) {
                Datensatz satz = datensatz(o);
                d.add(satz);
                if (o instanceof TenantOwnedEntity t) {
                    objekte.add(t.displayType() + "#" + t.getId());
                }
            }
        }
        return new Abschnitt(titel, d);
    }

    private List<?> liste(String jpql, Long p) {
        return repository.em().createQuery(jpql).setParameter("p", p).getResultList();
    }

    /** Every persistent field of the entity as text (binary data and secrets are not printed). */
    private Datensatz datensatz(Object entity) {
        Map<String, String> felder = new LinkedHashMap<>();
        Long id = null;
        for (Attribute<?, ?> attribute : repository.em().getMetamodel().entity(entity.getClass()).getAttributes()) {
            Member member = attribute.getJavaMember();
            if (!(member instanceof Field field) || "version".equals(attribute.getName())) {
                continue;
            }
            try {
                field.setAccessible(true);
                Object value = field.get(entity);
                if ("id".equals(attribute.getName())) {
                    id = (Long) value;
                    continue;
                }
                felder.put(attribute.getName(), field.isAnnotationPresent(NotAudited.class) ? "***" : text(value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        String art = entity instanceof TenantOwnedEntity t ? t.displayType() : entity.getClass().getSimpleName();
        return new Datensatz(art, id, felder);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof TenantOwnedEntity other) {
            return other.displayType() + " #" + other.getId();
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " Bytes";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Collection<?> collection) {
            return String.valueOf(collection.size()) + " Einträge";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(value);
    }
}
