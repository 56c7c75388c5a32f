package de.werkerp.contract.boundary;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.QueryHints;

import de.werkerp.contract.control.Arbeitszeitregel;
import de.werkerp.contract.control.Bewilligungsluecken;
import de.werkerp.contract.control.Regelaltersgrenze;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.platform.control.AccessDenied;
import de.werkerp.platform.control.Teilliste;

/**
 * The open warnings ({@link Warnung}) and the people overview ({@link Uebersichtszeile}) as database queries: counted,
 * filtered, sorted and paged by MariaDB, so a page of a tenant of 15,000 people reads one page, not every running
 * contract (README "Benchmark"). The rules stay where they are: the windows come from {@code Bewilligungsluecken}
 * (90 days) and the Regelaltersgrenze from {@link Regelaltersgrenze}, handed to the query as birth-date ranges
 * ({@link Regelaltersgrenze#geburtsdatenFuer}, {@link Regelaltersgrenze#massnahmeendenFuer}); the texts are built by
 * {@link Warnung}'s factories, as by the plain-Java evaluation in {@code VertragService#warnungen(LocalDate)}, which
 * stays the reference: WerkErpIT 900 runs both on the demo tenant for many boundary dates and compares.
 *
 * <p>Native SQL (UNION ALL, window functions): EclipseLink does not add the tenant filter to it, so every table of
 * every statement here names {@code tenant_id = ?} with the tenant the {@code TenantGuard} set on the EntityManager
 * (DEVELOPERS.md, tenancy rule 4). Nothing here reads special-category data (no part-time reason, no health data).
 */
public final class Warnungsabfrage {

    /** Sort keys of the warnings table. */
    enum Sortierung { DATUM, ART, PERSON }

    /** Filters of the overview (the columns' filters of {@code personen/liste.xhtml}), {@code null} = none. */
    record Uebersichtsfilter(String name, String einrichtung, String bereich, String gruppe, String status,
            Boolean bewilligungLaeuftAus, Boolean renteIn12Monaten) {
    }

    /** The overview's sortable columns, by the field names of {@link Uebersichtszeile}. */
    static final Map<String, String> UEBERSICHT_SORTIERUNG = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("geburtsdatum", "geburtsdatum"), Map.entry("einrichtung", "einrichtung"),
            Map.entry("bereich", "bereich"), Map.entry("gruppe", "gruppe"), Map.entry("status", "status"),
            Map.entry("bewilligtBis", "bewilligt_bis"), Map.entry("bewilligungLaeuftAusText", "laeuft_aus"),
            Map.entry("renteIn12MonatenText", "rente"), Map.entry("warnungen", "warnungen"));

    private final EntityManager em;
    private final LocalDate heute;
    private final long tenant;
    private final List<Object> parameter = new ArrayList<>();
    /** When set, the overview's rows are computed for these people only (a page already chosen by name). */
    private List<Long> nurPersonen;

    public Warnungsabfrage(EntityManager em, LocalDate heute) {
        this.em = em;
        this.heute = heute;
        Object t = em.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT);
        if (t == null) {
            throw new AccessDenied("Kein Träger gesetzt.");
        }
        this.tenant = Long.parseLong(t.toString());
    }

    // ------------------------------------------------------------------ warnings

    /** Number of open warnings per kind (all kinds present, 0 where none), optionally of people matching a name. */
    Map<Warnung.Art, Long> anzahlJeArt(String person) {
        String sql = "SELECT w.art, COUNT(*) FROM (" + warnungszeilen() + ") w" + personFilter(person)
                + " GROUP BY w.art";
        Map<Warnung.Art, Long> n = new EnumMap<>(Warnung.Art.class);
        for (Warnung.Art a : Warnung.Art.values()) {
            n.put(a, 0L);
        }
        for (Object row : abfrage(sql).getResultList()) {
            Object[] r = (Object[]) row;
            n.put(Warnung.Art.values()[((Number) r[0]).intValue()], ((Number) r[1]).longValue());
        }
        return n;
    }

    /**
     * One page of the warnings of the given kinds, ordered by date as {@code VertragService#warnungen(LocalDate)}
     * (ties: person, contract, kind), or by kind label or person first ({@code absteigend} turns only that key).
     */
    Teilliste<Warnung> seite(java.util.Set<Warnung.Art> arten, String person, Sortierung sortierung,
            boolean absteigend, int offset, int limit) {
        if (limit == 0) {
            Map<Warnung.Art, Long> anzahl = anzahlJeArt(person);
            return new Teilliste<>(List.of(), arten.stream().mapToLong(anzahl::get).sum());
        }
        // the total in the same pass (one evaluation of the rules, not a COUNT and a page)
        StringBuilder sql = new StringBuilder("SELECT w.art, w.pid, w.nachname, w.vorname, w.vid, w.datum, w.txt,"
                + " w.geb, w.std, COUNT(*) OVER () gesamt FROM (").append(warnungszeilen()).append(") w").append(personFilter(person));
        sql.append(person == null ? " WHERE " : " AND ").append("w.art IN (");
        sql.append(String.join(",", arten.stream().map(a -> String.valueOf(a.ordinal())).toList())).append(')');
        String richtung = absteigend ? " DESC" : "";
        sql.append(" ORDER BY ");
        if (sortierung == Sortierung.PERSON) {
            sql.append("CONCAT(w.nachname, ', ', w.vorname)").append(richtung).append(", ");
        } else if (sortierung == Sortierung.ART) {
            List<Warnung.Art> nachLabel = java.util.Arrays.stream(Warnung.Art.values())
                    .sorted(Comparator.comparing(Warnung.Art::getLabel)).toList();
            sql.append("CASE w.art");
            for (int i = 0; i < nachLabel.size(); i++) {
                sql.append(" WHEN ").append(nachLabel.get(i).ordinal()).append(" THEN ").append(i);
            }
            sql.append(" END").append(richtung).append(", ");
        }
        sql.append("w.datum, w.nachname, w.vorname, w.beginn, w.vid, w.art, w.neben, w.rid LIMIT ")
                .append(limit).append(" OFFSET ").append(offset);
        List<Warnung> seite = new ArrayList<>();
        long gesamt = -1;
        for (Object row : abfrage(sql.toString()).getResultList()) {
            Object[] r = (Object[]) row;
            gesamt = ((Number) r[9]).longValue();
            Warnung.Art art = Warnung.Art.values()[((Number) r[0]).intValue()];
            Long pid = ((Number) r[1]).longValue();
            String name = r[2] + ", " + r[3];
            Long vid = ((Number) r[4]).longValue();
            seite.add(switch (art) {
                case BEWILLIGUNG_LAEUFT_AUS -> Warnung.bewilligungLaeuftAus(pid, name, vid, (String) r[6], datum(r[5]));
                case OHNE_BEWILLIGUNG -> Warnung.ohneBewilligung(pid, name, vid, heute);
                case REGELALTERSGRENZE -> Warnung.regelaltersgrenze(pid, name, vid,
                        Regelaltersgrenze.fuer(datum(r[7]), heute));
                case ALA_VERGUETUNG_GEMINDERT -> Warnung.alaVerguetungGemindert(pid, name, vid, datum(r[5]),
                        (BigDecimal) r[8]);
            });
        }
        if (gesamt < 0) { // an empty page (none, or past the end): count alone
            Map<Warnung.Art, Long> anzahl = anzahlJeArt(person);
            gesamt = arten.stream().mapToLong(anzahl::get).sum();
        }
        return new Teilliste<>(seite, gesamt);
    }

    private String personFilter(String person) {
        if (person == null || person.isBlank()) {
            return "";
        }
        return " WHERE CONCAT(w.nachname, ', ', w.vorname) LIKE " + p(enthaelt(person));
    }

    /**
     * Every open warning as a row (art = {@link Warnung.Art#ordinal()}, person, contract, date, tie-breakers and what
     * its text needs), per running contract on {@link #heute} as {@code VertragService#warnungen(LocalDate)}:
     * <ol start="0">
     * <li>an approval whose last day is within {@value Bewilligungsluecken#WARNFRIST_TAGE} days and whose next day no
     * other approval of the same area covers ({@code Bewilligungsluecken#ohneAnschlussInnerhalb});</li>
     * <li>no approval covering today;</li>
     * <li>the Regelaltersgrenze reached from yesterday to 12 months ahead, the date the end of the measure
     * (birth-date ranges from {@link Regelaltersgrenze});</li>
     * <li>in an aLA, a working time valid today at or below the hours that reduce the fee.</li>
     * </ol>
     */
    private String warnungszeilen() {
        LocalDate ragVon = heute.minusDays(1);
        LocalDate ragBis = heute.plusMonths(12);
        String lv = "(SELECT v.id vid, v.beginn, v.einrichtung_id, p.id pid, p.nachname, p.vorname, p.geburtsdatum"
                + " FROM werkstattvertrag v JOIN beschaeftigter p ON p.id = v.beschaeftigter_id AND p.tenant_id = " + t()
                + " WHERE v.tenant_id = " + t() + nurPersonen("v.beschaeftigter_id") + " AND v.beginn <= " + p(heute)
                + " AND (v.ende IS NULL OR v.ende >= " + p(heute) + "))";
        String spalten = "lv.pid, lv.nachname, lv.vorname, lv.vid, lv.beginn";
        StringBuilder sql = new StringBuilder();
        sql.append("SELECT 0 art, ").append(spalten).append(", b.gueltig_bis datum, b.gueltig_ab neben, b.id rid,"
                + " b.aktenzeichen txt, NULL geb, NULL std FROM ").append(lv).append(" lv JOIN bewilligung b ON"
                + " b.vertrag_id = lv.vid AND b.tenant_id = ").append(t()).append(" WHERE b.gueltig_bis BETWEEN ")
                .append(p(heute)).append(" AND ").append(p(heute.plusDays(Bewilligungsluecken.WARNFRIST_TAGE)))
                .append(" AND NOT EXISTS (SELECT 1 FROM bewilligung a WHERE a.vertrag_id = b.vertrag_id AND a.tenant_id = ")
                .append(t()).append(" AND a.id <> b.id AND a.bereich = b.bereich AND a.gueltig_ab <= b.gueltig_bis"
                        + " + INTERVAL 1 DAY AND a.gueltig_bis >= b.gueltig_bis + INTERVAL 1 DAY)");
        sql.append(" UNION ALL SELECT 1, ").append(spalten).append(", ").append(p(heute)).append(", NULL, lv.vid,"
                + " NULL, NULL, NULL FROM ").append(lv).append(" lv WHERE NOT EXISTS (SELECT 1 FROM bewilligung b"
                + " WHERE b.vertrag_id = lv.vid AND b.tenant_id = ").append(t()).append(" AND b.gueltig_ab <= ")
                .append(p(heute)).append(" AND b.gueltig_bis >= ").append(p(heute)).append(')');
        Regelaltersgrenze.geburtsdatenFuer(ragVon, ragBis, heute).ifPresent(g -> {
            sql.append(" UNION ALL SELECT 2, ").append(spalten).append(", CASE");
            for (Regelaltersgrenze.Massnahmeende m : Regelaltersgrenze.massnahmeendenFuer(ragVon, ragBis, heute)) {
                sql.append(" WHEN lv.geburtsdatum BETWEEN ").append(p(m.geburtsdaten().von())).append(" AND ")
                        .append(p(m.geburtsdaten().bis())).append(" THEN ").append(p(m.endet()));
            }
            sql.append(" END, NULL, lv.vid, NULL, lv.geburtsdatum, NULL FROM ").append(lv)
                    .append(" lv WHERE lv.geburtsdatum BETWEEN ").append(p(g.von())).append(" AND ").append(p(g.bis()));
        });
        sql.append(" UNION ALL SELECT 3, ").append(spalten).append(", z.gueltig_ab, z.gueltig_ab, z.id, NULL, NULL,"
                + " z.wochenstunden FROM ").append(lv).append(" lv JOIN einrichtung e ON e.id = lv.einrichtung_id"
                + " AND e.tenant_id = ").append(t()).append(" AND e.art = 'ALA' JOIN arbeitszeit z ON z.vertrag_id ="
                + " lv.vid AND z.tenant_id = ").append(t()).append(" WHERE z.gueltig_ab <= ").append(p(heute))
                .append(" AND (z.gueltig_bis IS NULL OR z.gueltig_bis >= ").append(p(heute))
                .append(") AND z.wochenstunden <= ").append(p(Arbeitszeitregel.STANDARD.alaVerguetungGemindertBis()));
        return sql.toString();
    }

    // ------------------------------------------------------------------ start page (payroll)

    /** A row of a start-page list: the person, the contract and the day that matters (with what its text needs). */
    public record Startzeile(Long personId, String name, Long vertragId, String aktenzeichen, LocalDate datum)
            implements java.io.Serializable {
    }

    /**
     * Approvals of running contracts ending within {@code tage} days (from today) without a follow-up of the same area,
     * whose contract runs past their end ({@code StartseiteService}): how many, and the first {@code erste} by end and
     * name ({@code CAST(… AS BINARY)}: code-point order, as Java's {@code String.compareTo} the start page sorts with).
     */
    public Teilliste<Startzeile> bewilligungsenden(int tage, int erste) {
        String sql = "SELECT x.pid, x.nachname, x.vorname, x.vid, x.aktenzeichen, x.gueltig_bis, x.n FROM (SELECT p.id"
                + " pid, p.nachname, p.vorname, v.id vid, b.aktenzeichen, b.gueltig_bis, COUNT(*) OVER () n,"
                + " ROW_NUMBER() OVER (ORDER BY b.gueltig_bis, " + BINAER_NAME + ", v.id, b.id) r FROM bewilligung b"
                + " JOIN werkstattvertrag v ON v.id = b.vertrag_id AND v.tenant_id = " + t() + " JOIN beschaeftigter p"
                + " ON p.id = v.beschaeftigter_id AND p.tenant_id = " + t() + " WHERE b.tenant_id = " + t()
                + " AND v.beginn <= " + p(heute) + " AND (v.ende IS NULL OR v.ende >= " + p(heute) + ") AND"
                + " b.gueltig_bis BETWEEN " + p(heute) + " AND " + p(heute.plusDays(tage)) + " AND (v.ende IS NULL OR"
                + " v.ende > b.gueltig_bis) AND NOT EXISTS (SELECT 1 FROM bewilligung a WHERE a.vertrag_id ="
                + " b.vertrag_id AND a.tenant_id = " + t() + " AND a.id <> b.id AND a.bereich = b.bereich AND"
                + " a.gueltig_ab <= b.gueltig_bis + INTERVAL 1 DAY AND a.gueltig_bis >= b.gueltig_bis + INTERVAL 1 DAY))"
                + " x WHERE x.r <= " + p(erste) + " ORDER BY x.r";
        return startzeilen(sql);
    }

    /**
     * People with a running contract whose birth date is in {@code geburtsdaten} (the range of a Regelaltersgrenze
     * window from {@link Regelaltersgrenze#geburtsdatenFuer}): how many, and the first {@code erste} by birth date and
     * name. The day the age is reached never decreases with the birth date, but up to four birth days share one
     * (§ 188 Abs. 3 BGB: the 29th to 31st and the 1st of the next month): the caller asks {@link #mitGeburtsdatum}
     * for the people of the last one's day and sorts by that day and name.
     */
    public Teilliste<Startzeile> regelaltersgrenzen(Regelaltersgrenze.Geburtsdaten geburtsdaten, int erste) {
        String sql = "SELECT x.pid, x.nachname, x.vorname, NULL, NULL, x.geburtsdatum, x.n FROM (SELECT p.id pid,"
                + " p.nachname, p.vorname, p.geburtsdatum, COUNT(*) OVER () n, ROW_NUMBER() OVER (ORDER BY"
                + " p.geburtsdatum, " + BINAER_NAME + ", p.id) r FROM beschaeftigter p WHERE p.tenant_id = " + t()
                + " AND p.geburtsdatum BETWEEN " + p(geburtsdaten.von()) + " AND " + p(geburtsdaten.bis())
                + laufenderVertrag() + ") x WHERE x.r <= " + p(erste) + " ORDER BY x.r";
        return startzeilen(sql);
    }

    /** The first {@code erste} people by name with a running contract born within {@code geburtsdaten}. */
    public List<Startzeile> mitGeburtsdatum(Regelaltersgrenze.Geburtsdaten geburtsdaten, int erste) {
        return startzeilen("SELECT p.id, p.nachname, p.vorname, NULL, NULL, p.geburtsdatum, 0 FROM beschaeftigter p"
                + " WHERE p.tenant_id = " + t() + " AND p.geburtsdatum BETWEEN " + p(geburtsdaten.von()) + " AND "
                + p(geburtsdaten.bis()) + laufenderVertrag() + " ORDER BY " + BINAER_NAME + ", p.id LIMIT " + erste)
                .eintraege();
    }

    private static final String BINAER_NAME = "CAST(CONCAT(p.nachname, ', ', p.vorname) AS BINARY)";

    private String laufenderVertrag() {
        return " AND EXISTS (SELECT 1 FROM werkstattvertrag v WHERE v.beschaeftigter_id = p.id AND v.tenant_id = " + t()
                + " AND v.beginn <= " + p(heute) + " AND (v.ende IS NULL OR v.ende >= " + p(heute) + "))";
    }

    private Teilliste<Startzeile> startzeilen(String sql) {
        List<Startzeile> zeilen = new ArrayList<>();
        long n = 0;
        for (Object row : abfrage(sql).getResultList()) {
            Object[] r = (Object[]) row;
            zeilen.add(new Startzeile(((Number) r[0]).longValue(), r[1] + ", " + r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], datum(r[5])));
            n = Math.max(n, ((Number) r[6]).longValue());
        }
        return new Teilliste<>(zeilen, Math.max(n, zeilen.size()));
    }

    // ------------------------------------------------------------------ overview

    /** One page of the people overview, filtered and sorted (default: by name) in the database. */
    Teilliste<Uebersichtszeile> uebersicht(Uebersichtsfilter filter, String sortFeld, boolean absteigend, int offset,
            int limit) {
        String spalte0 = sortFeld == null ? null : UEBERSICHT_SORTIERUNG.get(sortFeld);
        if ((spalte0 == null || spalte0.equals("name") || spalte0.equals("geburtsdatum")) && filter.einrichtung() == null
                && filter.bereich() == null && filter.gruppe() == null && filter.status() == null
                && filter.bewilligungLaeuftAus() == null && filter.renteIn12Monaten() == null) {
            return uebersichtNachName(filter.name(), spalte0, absteigend, offset, limit);
        }
        String bedingung = uebersichtsfilter(filter);
        String von = " FROM (" + uebersichtszeilen() + ") u" + bedingung;
        // without a filter every person is a row: count the people only
        long gesamt = ((Number) abfrage(bedingung.isEmpty() ? "SELECT COUNT(*) FROM beschaeftigter WHERE tenant_id = "
                + t() : "SELECT COUNT(*)" + von).getSingleResult()).longValue();
        if (gesamt == 0 || limit == 0) {
            return new Teilliste<>(List.of(), gesamt);
        }
        String spalte = sortFeld == null ? null : UEBERSICHT_SORTIERUNG.get(sortFeld);
        String ordnung = (spalte == null ? "" : "u." + spalte + (absteigend ? " DESC" : "") + ", ")
                + "u.nachname, u.vorname, u.id";
        return new Teilliste<>(zeilen("SELECT u.*" + von + " ORDER BY " + ordnung + " LIMIT " + limit + " OFFSET "
                + offset), gesamt);
    }

    private List<Uebersichtszeile> zeilen(String sql) {
        List<Uebersichtszeile> zeilen = new ArrayList<>();
        for (Object row : abfrage(sql.replace("SELECT u.*", "SELECT u.id, u.name, u.geburtsdatum, u.einrichtung,"
                + " u.bereich, u.gruppe, u.status, u.bewilligt_bis, u.laeuft_aus, u.rente, u.warnungen"))
                .getResultList()) {
            Object[] r = (Object[]) row;
            LocalDate geburtsdatum = datum(r[2]);
            zeilen.add(new Uebersichtszeile(((Number) r[0]).longValue(), (String) r[1], geburtsdatum, (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], datum(r[7]), ((Number) r[8]).intValue() > 0,
                    Regelaltersgrenze.fuer(geburtsdatum).erreicht(), ((Number) r[9]).intValue() > 0,
                    ((Number) r[10]).intValue()));
        }
        return zeilen;
    }

    /**
     * Sorted by name or birth date and filtered by name only: the page of people is chosen from {@code beschaeftigter}
     * alone (index on name), and only its rows are computed.
     */
    private Teilliste<Uebersichtszeile> uebersichtNachName(String name, String spalte, boolean absteigend, int offset,
            int limit) {
        String bedingung = " FROM beschaeftigter p WHERE p.tenant_id = " + t() + (name == null || name.isBlank() ? ""
                : " AND CONCAT(p.nachname, ', ', p.vorname) LIKE " + p(enthaelt(name)));
        long gesamt = ((Number) abfrage("SELECT COUNT(*)" + bedingung).getSingleResult()).longValue();
        if (gesamt == 0 || limit == 0) {
            return new Teilliste<>(List.of(), gesamt);
        }
        String richtung = absteigend ? " DESC" : "";
        String ordnung = "geburtsdatum".equals(spalte) ? "p.geburtsdatum" + richtung + ", p.nachname, p.vorname, p.id"
                : "name".equals(spalte) ? "CONCAT(p.nachname, ', ', p.vorname)" + richtung + ", p.nachname, p.vorname, p.id"
                : "p.nachname, p.vorname, p.id";
        List<Long> ids = new ArrayList<>();
        for (Object id : abfrage("SELECT p.id" + bedingung + " ORDER BY " + ordnung + " LIMIT " + limit + " OFFSET "
                + offset).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        if (ids.isEmpty()) {
            return new Teilliste<>(List.of(), gesamt);
        }
        nurPersonen = ids;
        Map<Long, Uebersichtszeile> jeId = new java.util.HashMap<>();
        for (Uebersichtszeile z : zeilen("SELECT u.*" + " FROM (" + uebersichtszeilen() + ") u")) {
            jeId.put(z.personId(), z);
        }
        nurPersonen = null;
        return new Teilliste<>(ids.stream().map(jeId::get).toList(), gesamt);
    }

    /**
     * One row per person as {@code VertragService#uebersicht}: the current contract is the first running one by
     * start, else the last by start; its Einrichtung, the phase valid today (area, group or employer), the status,
     * the latest end of its approvals, and the person's open warnings (of all running contracts).
     */
    private String uebersichtszeilen() {
        String laufend = "v.beginn <= " + p(heute) + " AND (v.ende IS NULL OR v.ende >= " + p(heute) + ")";
        StringBuilder bereich = new StringBuilder("CASE ph.bereich");
        for (Bereich b : Bereich.values()) {
            bereich.append(" WHEN '").append(b.name()).append("' THEN ").append(p(b.getLabel()));
        }
        bereich.append(" END");
        return "SELECT p.id, p.nachname, p.vorname, CONCAT(p.nachname, ', ', p.vorname) name, p.geburtsdatum,"
                + " e.name einrichtung, " + bereich + " bereich, COALESCE(g.name, ph.arbeitgeber) gruppe,"
                + " CASE WHEN NOT p.aktiv THEN 'inaktiv' WHEN akt.vid IS NULL THEN 'ohne Vertrag'"
                + " WHEN akt.laeuft = 1 THEN 'laufend' WHEN akt.beginn > " + p(heute) + " THEN 'künftig'"
                + " ELSE 'beendet' END status, bw.bis bewilligt_bis, COALESCE(ws.laeuft_aus, 0) laeuft_aus,"
                + " COALESCE(ws.rente, 0) rente, COALESCE(ws.n, 0) warnungen"
                + " FROM beschaeftigter p"
                + " LEFT JOIN (SELECT x.* FROM (SELECT v.id vid, v.beschaeftigter_id pid, v.beginn, v.einrichtung_id,"
                + " CASE WHEN " + laufend + " THEN 1 ELSE 0 END laeuft, ROW_NUMBER() OVER (PARTITION BY"
                + " v.beschaeftigter_id ORDER BY CASE WHEN " + laufend + " THEN 0 ELSE 1 END, CASE WHEN "
                + laufend + " THEN v.beginn END, v.beginn DESC, v.id) rn FROM werkstattvertrag v"
                + " WHERE v.tenant_id = " + t() + nurPersonen("v.beschaeftigter_id") + ") x WHERE x.rn = 1) akt"
                + " ON akt.pid = p.id"
                + " LEFT JOIN einrichtung e ON e.id = akt.einrichtung_id AND e.tenant_id = " + t()
                + " LEFT JOIN (SELECT y.* FROM (SELECT f.vertrag_id, f.bereich, f.gruppe_id, f.arbeitgeber,"
                + " ROW_NUMBER() OVER (PARTITION BY f.vertrag_id ORDER BY f.gueltig_ab, f.id) rn FROM vertragsphase f"
                + " WHERE f.tenant_id = " + t() + nurVertraege("f.vertrag_id") + " AND f.gueltig_ab <= " + p(heute) + " AND (f.gueltig_bis IS NULL"
                + " OR f.gueltig_bis >= " + p(heute) + ")) y WHERE y.rn = 1) ph ON ph.vertrag_id = akt.vid"
                + " LEFT JOIN gruppe g ON g.id = ph.gruppe_id AND g.tenant_id = " + t()
                + " LEFT JOIN (SELECT b.vertrag_id, MAX(b.gueltig_bis) bis FROM bewilligung b WHERE b.tenant_id = "
                + t() + nurVertraege("b.vertrag_id") + " GROUP BY b.vertrag_id) bw ON bw.vertrag_id = akt.vid"
                + " LEFT JOIN (SELECT w.pid, COUNT(*) n, MAX(w.art = 0) laeuft_aus, MAX(w.art = 2) rente FROM ("
                + warnungszeilen() + ") w GROUP BY w.pid) ws ON ws.pid = p.id"
                + " WHERE p.tenant_id = " + t() + nurPersonen("p.id");
    }

    private String nurPersonen(String spalte) {
        if (nurPersonen == null) {
            return "";
        }
        return " AND " + spalte + " IN (" + String.join(", ", nurPersonen.stream().map(this::p).toList()) + ")";
    }

    private String nurVertraege(String spalte) {
        if (nurPersonen == null) {
            return "";
        }
        return " AND " + spalte + " IN (SELECT v.id FROM werkstattvertrag v WHERE v.tenant_id = " + t()
                + nurPersonen("v.beschaeftigter_id") + ")";
    }

    private String uebersichtsfilter(Uebersichtsfilter f) {
        List<String> und = new ArrayList<>();
        enthaelt(und, "u.name", f.name());
        enthaelt(und, "u.einrichtung", f.einrichtung());
        enthaelt(und, "u.bereich", f.bereich());
        enthaelt(und, "u.gruppe", f.gruppe());
        if (f.status() != null && !f.status().isBlank()) {
            und.add("u.status LIKE " + p(escape(f.status().strip()) + "%"));
        }
        if (f.bewilligungLaeuftAus() != null) {
            und.add("u.laeuft_aus = " + (f.bewilligungLaeuftAus() ? 1 : 0));
        }
        if (f.renteIn12Monaten() != null) {
            und.add("u.rente = " + (f.renteIn12Monaten() ? 1 : 0));
        }
        return und.isEmpty() ? "" : " WHERE " + String.join(" AND ", und);
    }

    private void enthaelt(List<String> und, String spalte, String wert) {
        if (wert != null && !wert.isBlank()) {
            und.add(spalte + " LIKE " + p(enthaelt(wert)));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String enthaelt(String wert) {
        return "%" + escape(wert.strip().toLowerCase(Locale.GERMAN)) + "%";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String t() {
        return p(tenant);
    }

    /**
     * A bound parameter (never a value in the SQL text): a marker for {@link #abfrage}, which binds the values in the
     * order their markers appear in the statement (fragments are built out of order and reused).
     */
    private String p(Object wert) {
        parameter.add(wert instanceof LocalDate d ? Date.valueOf(d) : wert);
        String marke = MARKE + (parameter.size() - 1) + MARKE;
        return wert instanceof LocalDate ? "CAST(" + marke + " AS DATE)" : marke;
    }

    private static final String MARKE = "\u0001";
    private static final java.util.regex.Pattern MARKEN = java.util.regex.Pattern.compile(MARKE + "(\\d+)" + MARKE);

    private Query abfrage(String sql) {
        java.util.regex.Matcher m = MARKEN.matcher(sql);
        List<Object> werte = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            werte.add(parameter.get(Integer.parseInt(m.group(1))));
            m.appendReplacement(text, "?");
        }
        m.appendTail(text);
        Query q = em.createNativeQuery(text.toString());
        // EclipseLink refuses native SQL in a persistence unit with multitenant entities unless the query is allowed
        // one by one: this is the one place (DEVELOPERS.md, tenancy rule 4), each table filtered by tenant_id above
        q.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE);
        for (int i = 0; i < werte.size(); i++) {
            q.setParameter(i + 1, werte.get(i));
        }
        return q;
    }

    private static LocalDate datum(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }
}
