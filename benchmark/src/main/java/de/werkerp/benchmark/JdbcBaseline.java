package de.werkerp.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lower bound for the application's computation: plain JDBC reads the same inputs as {@code Monatsberechnung}
 * (same tables, same joins and filters, tenant column included, one query per kind of input), keeps them in maps,
 * does a trivial computation per person (Grundbetrag + points × Punktwert, AFöG, sum of pay items) and, in one
 * transaction, replaces the rows of its previous repetition and writes one row per person into
 * {@code bench_abrechnung}, with a JSON line list like the application's, batched; then records count and total on
 * its run row, as the application does on {@code entgeltlauf}.
 *
 * <p>{@code bench_abrechnung} is built like {@code abrechnung}: CREATE TABLE … LIKE copies columns and indexes but
 * no foreign keys, so {@link #vorbereiten} adds the same foreign keys as {@code abrechnung} has (read from
 * information_schema), the one to {@code entgeltlauf} pointing at a run row of its own in {@code bench_lauf}
 * (built like {@code entgeltlauf}). Without them the baseline's inserts skip the parent-row checks the
 * application's inserts pay for.
 */
final class JdbcBaseline {

    record Ergebnis(long millis, int zeilen, BigDecimal summeAuszahlung) {
    }

    private record Vertrag(long id, long personId, String name, String personalnummer, String iban,
            String kontoinhaber, LocalDate beginn, LocalDate ende, String kasse, String rvNummer, boolean kinderlos) {
    }

    private record Phase(String bereich, String gruppe, String kostenstelle, boolean beitritt, LocalDate ab) {
    }

    private record Kasse(long id, String name) {
    }

    private record Zeit(BigDecimal wochenstunden, String teilzeitgrund, LocalDate ab) {
    }

    private JdbcBaseline() {
    }

    /**
     * Drops and recreates the scratch tables, with the foreign keys of {@code abrechnung} or (only to show what they
     * cost) without, and inserts the baseline's run row (not timed); returns the run row's id.
     */
    static long vorbereiten(Connection c, long t, long einrichtungId, YearMonth monat, boolean mitFremdschluesseln)
            throws SQLException {
        List<String> fremdschluessel = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,"
                + " k.REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE k WHERE k.TABLE_SCHEMA ="
                + " DATABASE() AND k.TABLE_NAME = 'abrechnung' AND k.REFERENCED_TABLE_NAME IS NOT NULL"
                + " ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String ziel = "entgeltlauf".equals(rs.getString(2)) ? "bench_lauf" : rs.getString(2);
                fremdschluessel.add("ADD FOREIGN KEY (" + rs.getString(1) + ") REFERENCES " + ziel + " ("
                        + rs.getString(3) + ")");
            }
        }
        if (fremdschluessel.isEmpty()) {
            throw new IllegalStateException("abrechnung hat keine Fremdschlüssel – information_schema unerwartet");
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_abrechnung");
            s.execute("DROP TABLE IF EXISTS bench_lauf");
            s.execute("CREATE TABLE bench_lauf LIKE entgeltlauf");
            s.execute("CREATE TABLE bench_abrechnung LIKE abrechnung");
            if (mitFremdschluesseln) {
                s.execute("ALTER TABLE bench_abrechnung " + String.join(", ", fremdschluessel));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_lauf (tenant_id, einrichtung_id, monat,"
                + " status) VALUES (?, ?, ?, 'LAEUFT')", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, t);
            ps.setLong(2, einrichtungId);
            ps.setDate(3, Date.valueOf(monat.atDay(1)));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Ergebnis lauf(Connection c, long t, long einrichtungId, YearMonth monat, long laufId) throws SQLException {
        boolean auto = c.getAutoCommit();
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        try {
            Ergebnis e = rechne(c, t, einrichtungId, monat, laufId, t0);
            c.commit();
            return new Ergebnis(Bericht.ms(t0), e.zeilen(), e.summeAuszahlung());
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static Ergebnis rechne(Connection c, long t, long e, YearMonth monat, long laufId, long t0)
            throws SQLException {
        Date anfang = Date.valueOf(monat.atDay(1));
        Date ende = Date.valueOf(monat.atEndOfMonth());
        String personenDerEinrichtung = " IN (SELECT v.beschaeftigter_id FROM werkstattvertrag v"
                + " WHERE v.tenant_id = ? AND v.einrichtung_id = ?)";

        // contracts with their person
        List<Vertrag> vertraege = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.id, v.beginn, v.ende, b.id AS person_id, b.* FROM werkstattvertrag v"
                + " JOIN beschaeftigter b ON b.id = v.beschaeftigter_id AND b.tenant_id = v.tenant_id"
                + " WHERE v.tenant_id = ? AND v.einrichtung_id = ? AND v.beginn <= ? AND (v.ende IS NULL OR"
                + " v.ende >= ?) ORDER BY b.nachname, b.vorname, v.id")) {
            ps.setLong(1, t);
            ps.setLong(2, e);
            ps.setDate(3, ende);
            ps.setDate(4, anfang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date bis = rs.getDate(3);
                    vertraege.add(new Vertrag(rs.getLong(1), rs.getLong("person_id"), rs.getString("nachname") + ", "
                            + rs.getString("vorname"), rs.getString("personalnummer"), rs.getString("iban"),
                            rs.getString("kontoinhaber"), rs.getDate(2).toLocalDate(),
                            bis == null ? null : bis.toLocalDate(), rs.getString("krankenkasse_betriebsnummer"),
                            rs.getString("rv_nummer"), rs.getBoolean("kinderlos")));
                }
            }
        }
        // effective-dated parts of the contracts touching the month
        Map<Long, List<Phase>> phasen = new HashMap<>();
        try (PreparedStatement ps = abschnitte(c, "vertragsphase", ", g.name AS gruppe_name, g.kostenstelle AS"
                + " gruppe_kst, s.beitrittsgebiet", " LEFT JOIN gruppe g ON g.id = x.gruppe_id LEFT JOIN betriebsstaette s"
                + " ON s.id = g.betriebsstaette_id", t, e, anfang, ende); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                phasen.computeIfAbsent(rs.getLong("vertrag_id"), k -> new ArrayList<>()).add(new Phase(
                        rs.getString("bereich"), rs.getString("gruppe_name"), rs.getString("gruppe_kst"),
                        rs.getBoolean("beitrittsgebiet"), rs.getDate("gueltig_ab").toLocalDate()));
            }
        }
        Map<Long, List<Zeit>> zeiten = new HashMap<>();
        try (PreparedStatement ps = abschnitte(c, "arbeitszeit", "", "", t, e, anfang, ende);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                zeiten.computeIfAbsent(rs.getLong("vertrag_id"), k -> new ArrayList<>()).add(new Zeit(
                        rs.getBigDecimal("wochenstunden"), rs.getString("teilzeitgrund"),
                        rs.getDate("gueltig_ab").toLocalDate()));
            }
        }
        Map<Long, Kasse> bewilligt = new HashMap<>();
        try (PreparedStatement ps = abschnitte(c, "bewilligung", ", lt.name AS lt_name", " JOIN leistungstraeger lt ON"
                + " lt.id = x.leistungstraeger_id", t, e, anfang, ende); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bewilligt.put(rs.getLong("vertrag_id"), new Kasse(rs.getLong("leistungstraeger_id"),
                        rs.getString("lt_name")));
            }
        }
        // Krankenkassen of the tenant and their Zusatzbeitrag valid on the 1st
        Map<String, Kasse> kassen = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM krankenkasse WHERE tenant_id = ?")) {
            ps.setLong(1, t);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kassen.put(rs.getString("betriebsnummer"), new Kasse(rs.getLong("id"), rs.getString("name")));
                }
            }
        }
        Map<Long, BigDecimal> zusatz = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM krankenkasse_zusatzbeitrag WHERE tenant_id = ?"
                + " AND gueltig_ab <= ? AND (gueltig_bis IS NULL OR gueltig_bis >= ?)")) {
            ps.setLong(1, t);
            ps.setDate(2, anfang);
            ps.setDate(3, anfang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    zusatz.put(rs.getLong("krankenkasse_id"), rs.getBigDecimal("satz"));
                }
            }
        }
        // per person: attendance, pay items with their Lohnart, assessments, illness
        Map<Long, int[]> anwesenheit = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.* FROM anwesenheit a WHERE a.tenant_id = ? AND"
                + " a.monat = ? AND a.beschaeftigter_id" + personenDerEinrichtung)) {
            ps.setLong(1, t);
            ps.setDate(2, anfang);
            ps.setLong(3, t);
            ps.setLong(4, e);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    anwesenheit.put(rs.getLong("beschaeftigter_id"), new int[] {rs.getInt("anwesend"),
                        rs.getInt("krank_mit_bescheinigung"), rs.getInt("krank_ohne_bescheinigung"),
                        rs.getInt("urlaub"), rs.getInt("sonstige_bezahlt"), rs.getInt("unentschuldigt")});
                }
            }
        }
        Map<Long, List<String[]>> posten = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.*, l.code, l.komponente, l.arbeitsentgelt FROM"
                + " lohnposten p JOIN lohnart l ON l.id = p.lohnart_id AND l.tenant_id = p.tenant_id WHERE"
                + " p.tenant_id = ? AND p.monat = ? AND p.beschaeftigter_id" + personenDerEinrichtung
                + " ORDER BY p.id")) {
            ps.setLong(1, t);
            ps.setDate(2, anfang);
            ps.setLong(3, t);
            ps.setLong(4, e);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    posten.computeIfAbsent(rs.getLong("beschaeftigter_id"), k -> new ArrayList<>()).add(new String[] {
                        rs.getString("code"), rs.getString("bezeichnung"), rs.getString("komponente"),
                        rs.getBigDecimal("betrag").toPlainString()});
                }
            }
        }
        Map<Long, BigDecimal> punkte = new HashMap<>();
        Map<Long, LocalDate> punkteAb = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT b.* FROM leistungsbeurteilung b WHERE b.tenant_id = ?"
                + " AND b.gueltig_ab <= ? AND b.beschaeftigter_id" + personenDerEinrichtung)) {
            ps.setLong(1, t);
            ps.setDate(2, ende);
            ps.setLong(3, t);
            ps.setLong(4, e);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long p = rs.getLong("beschaeftigter_id");
                    LocalDate ab = rs.getDate("gueltig_ab").toLocalDate();
                    if (!punkteAb.containsKey(p) || ab.isAfter(punkteAb.get(p))) {
                        punkteAb.put(p, ab);
                        punkte.put(p, rs.getBigDecimal("punkte"));
                    }
                }
            }
        }
        Map<Long, Integer> krank = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.* FROM erkrankung k WHERE k.tenant_id = ? AND"
                + " k.beginn <= ? AND (k.ende IS NULL OR k.ende >= ?) AND k.beschaeftigter_id"
                + personenDerEinrichtung)) {
            ps.setLong(1, t);
            ps.setDate(2, ende);
            ps.setDate(3, anfang);
            ps.setLong(4, t);
            ps.setLong(5, e);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    krank.merge(rs.getLong("beschaeftigter_id"), 1, Integer::sum);
                }
            }
        }
        // settings, Entgeltordnung, reference values
        BigDecimal vollzeit;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM entgelt_einstellung WHERE tenant_id = ? AND"
                + " einrichtung_id = ?")) {
            ps.setLong(1, t);
            ps.setLong(2, e);
            try (ResultSet rs = ps.executeQuery()) {
                vollzeit = rs.next() ? rs.getBigDecimal("vollzeit_stunden") : new BigDecimal("35");
            }
        }
        BigDecimal punktwert = BigDecimal.ZERO;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM entgeltordnung WHERE tenant_id = ? AND"
                + " einrichtung_id = ? ORDER BY gueltig_ab")) {
            ps.setLong(1, t);
            ps.setLong(2, e);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getDate("gueltig_ab").after(anfang)) {
                        punktwert = rs.getBigDecimal("punktwert");
                    }
                }
            }
        }
        BigDecimal grundbetrag = referenz(c, "SELECT betrag FROM ref_grundbetrag WHERE gueltig_ab <= ? AND"
                + " (gueltig_bis IS NULL OR gueltig_bis >= ?)", anfang)[0];
        BigDecimal[] afoeg = referenz(c, "SELECT betrag, grenze_voll, obergrenze FROM ref_arbeitsfoerderungsgeld"
                + " WHERE gueltig_ab <= ? AND (gueltig_bis IS NULL OR gueltig_bis >= ?)", anfang);

        BigDecimal[] sv = referenz(c, "SELECT bezugsgroesse_west, kv_allgemeiner_satz, pv_satz,"
                + " pv_zuschlag_kinderlos, rv_satz FROM ref_rechengroessen WHERE gueltig_ab <= ? AND (gueltig_bis IS"
                + " NULL OR gueltig_bis >= ?)", anfang);
        BigDecimal kvMin = sv[0].multiply(new BigDecimal("0.2")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rvMin = sv[0].multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP);

        // trivial computation and one result row per person, batched, in this transaction, replacing the rows of
        // the previous repetition
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM bench_abrechnung WHERE tenant_id = ? AND"
                + " lauf_id = ?")) {
            ps.setLong(1, t);
            ps.setLong(2, laufId);
            ps.executeUpdate();
        }
        BigDecimal summe = BigDecimal.ZERO;
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_abrechnung (tenant_id, lauf_id,"
                + " beschaeftigter_id, vertrag_id, name, personalnummer, bereich, gruppe, kostenstelle, iban,"
                + " kontoinhaber, wochenstunden, grundbetrag, steigerungsbetrag, arbeitsentgelt,"
                + " arbeitsfoerderungsgeld, sonstige_bezuege, abzuege, auszahlung, zeilen, hinweise,"
                + " anwesenheit_fehlt, rv_nummer, krankenkasse, kasse_betriebsnummer, leistungstraeger_id,"
                + " leistungstraeger, beitraege, kv_bemessung, kv_traeger, kv_beschaeftigter, kvz_traeger,"
                + " kvz_beschaeftigter, pv_traeger, pv_beschaeftigter, rv_bemessung, rv_traeger, rv_beschaeftigter,"
                + " rv_erstattung_bund, rv_erstattung_lt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                + "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Vertrag v : vertraege) {
                List<Phase> ph = phasen.getOrDefault(v.id(), List.of());
                List<Zeit> az = zeiten.getOrDefault(v.id(), List.of());
                if (ph.isEmpty() || az.isEmpty()) {
                    throw new IllegalStateException(v.name() + ": Phase oder Arbeitszeit fehlt");
                }
                Phase phase = ph.get(ph.size() - 1);
                Zeit zeit = az.get(az.size() - 1);
                BigDecimal anteil = zeit.wochenstunden().divide(vollzeit, 6, RoundingMode.HALF_UP);
                BigDecimal steigerung = punkte.getOrDefault(v.personId(), BigDecimal.ZERO).multiply(punktwert)
                        .multiply(anteil.min(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
                BigDecimal entgelt = grundbetrag.add(steigerung);
                BigDecimal foerder = entgelt.compareTo(afoeg[1]) <= 0 ? afoeg[0]
                        : afoeg[2].subtract(entgelt).max(BigDecimal.ZERO).min(afoeg[0]);
                BigDecimal abzuege = BigDecimal.ZERO;
                StringBuilder json = new StringBuilder("[");
                zeile(json, "GRUNDBETRAG", null, "Grundbetrag", null, null, grundbetrag);
                zeile(json, "STEIGERUNGSBETRAG", null, "Steigerungsbetrag", punkte.get(v.personId()), punktwert,
                        steigerung);
                zeile(json, "ARBEITSFOERDERUNGSGELD", null, "Arbeitsförderungsgeld", null, null, foerder);
                for (String[] p : posten.getOrDefault(v.personId(), List.of())) {
                    BigDecimal betrag = new BigDecimal(p[3]);
                    abzuege = abzuege.add(betrag);
                    zeile(json, p[2], p[0], p[1], null, null, betrag);
                }
                // social insurance (trivially: minimum bases, half shares; the worker pays the Zusatzbeitrag
                // share and PV, the Träger the rest)
                Kasse kasse = kassen.get(v.kasse());
                if (kasse == null || !zusatz.containsKey(kasse.id())) {
                    throw new IllegalStateException(v.name() + ": Krankenkasse oder Zusatzbeitrag fehlt");
                }
                BigDecimal kvBasis = entgelt.add(foerder).max(kvMin);
                BigDecimal rvBasis = entgelt.add(foerder).max(rvMin);
                BigDecimal kvT = anteil(kvBasis, sv[1], 2);
                BigDecimal kvzB = anteil(kvBasis, zusatz.get(kasse.id()), 2);
                BigDecimal pvB = anteil(kvBasis, v.kinderlos() ? sv[3] : BigDecimal.ZERO, 1);
                BigDecimal pvT = anteil(kvBasis, sv[2], 2);
                BigDecimal rvT = anteil(rvBasis, sv[4], 1);
                StringBuilder beitraege = new StringBuilder("[");
                zeile(beitraege, "KV", null, "Krankenversicherung", kvBasis, sv[1], kvT);
                zeile(beitraege, "KVZ", null, "Zusatzbeitrag", kvBasis, zusatz.get(kasse.id()), kvzB);
                zeile(beitraege, "PV", null, "Pflegeversicherung", kvBasis, sv[2], pvT);
                zeile(beitraege, "RV", null, "Rentenversicherung", rvBasis, sv[4], rvT);
                beitraege.append(']');
                zeile(json, "ABZUG", "SV-PV", "Pflegeversicherung (Ihr Anteil)", kvBasis, sv[3], pvB.negate());
                abzuege = abzuege.subtract(pvB);
                json.append(']');
                int[] tage = anwesenheit.get(v.personId());
                BigDecimal auszahlung = entgelt.add(foerder).add(abzuege);
                summe = summe.add(auszahlung);
                int i = 1;
                ps.setLong(i++, t);
                ps.setLong(i++, laufId);
                ps.setLong(i++, v.personId());
                ps.setLong(i++, v.id());
                ps.setString(i++, v.name());
                ps.setString(i++, v.personalnummer());
                ps.setString(i++, phase.bereich());
                ps.setString(i++, phase.gruppe());
                ps.setString(i++, phase.kostenstelle());
                ps.setString(i++, v.iban());
                ps.setString(i++, v.kontoinhaber());
                ps.setBigDecimal(i++, zeit.wochenstunden());
                ps.setBigDecimal(i++, grundbetrag);
                ps.setBigDecimal(i++, steigerung);
                ps.setBigDecimal(i++, entgelt);
                ps.setBigDecimal(i++, foerder);
                ps.setBigDecimal(i++, BigDecimal.ZERO);
                ps.setBigDecimal(i++, abzuege);
                ps.setBigDecimal(i++, auszahlung);
                ps.setString(i++, json.toString());
                ps.setString(i++, bewilligt.containsKey(v.id()) && !krank.containsKey(v.personId()) ? null
                        : "[\"Hinweis\"]");
                ps.setBoolean(i++, tage == null);
                Kasse lt = bewilligt.get(v.id());
                ps.setString(i++, v.rvNummer());
                ps.setString(i++, kasse.name());
                ps.setString(i++, v.kasse());
                ps.setObject(i++, lt == null ? null : lt.id());
                ps.setString(i++, lt == null ? null : lt.name());
                ps.setString(i++, beitraege.toString());
                ps.setBigDecimal(i++, kvBasis);
                ps.setBigDecimal(i++, kvT);
                ps.setBigDecimal(i++, kvT);
                ps.setBigDecimal(i++, kvzB);
                ps.setBigDecimal(i++, kvzB);
                ps.setBigDecimal(i++, pvT);
                ps.setBigDecimal(i++, pvB);
                ps.setBigDecimal(i++, rvBasis);
                ps.setBigDecimal(i++, rvT);
                ps.setBigDecimal(i++, BigDecimal.ZERO);
                ps.setBigDecimal(i++, phase.beitritt() ? BigDecimal.ZERO : rvT);
                ps.setBigDecimal(i, BigDecimal.ZERO);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE bench_lauf SET status = 'BERECHNET', anzahl = ?,"
                + " gesamt = ?, fortschritt = ?, summe_auszahlung = ?, version = version + 1 WHERE id = ?")) {
            ps.setInt(1, n);
            ps.setInt(2, n);
            ps.setInt(3, n);
            ps.setBigDecimal(4, summe);
            ps.setLong(5, laufId);
            ps.executeUpdate();
        }
        return new Ergebnis(Bericht.ms(t0), n, summe);
    }

    /** basis × satz % / teiler, rounded to cents. */
    private static BigDecimal anteil(BigDecimal basis, BigDecimal satz, int teiler) {
        return basis.multiply(satz).divide(BigDecimal.valueOf(100L * teiler), 2, RoundingMode.HALF_UP);
    }

    private static PreparedStatement abschnitte(Connection c, String tabelle, String spalten, String join, long t,
            long e, Date anfang, Date ende) throws SQLException {
        PreparedStatement ps = c.prepareStatement("SELECT x.*" + spalten + " FROM " + tabelle + " x JOIN"
                + " werkstattvertrag v ON v.id = x.vertrag_id AND v.tenant_id = x.tenant_id" + join
                + " WHERE x.tenant_id = ? AND v.einrichtung_id = ? AND x.gueltig_ab <= ? AND (x.gueltig_bis IS NULL"
                + " OR x.gueltig_bis >= ?) ORDER BY x.gueltig_ab");
        ps.setLong(1, t);
        ps.setLong(2, e);
        ps.setDate(3, ende);
        ps.setDate(4, anfang);
        return ps;
    }

    private static BigDecimal[] referenz(Connection c, String sql, Date stichtag) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, stichtag);
            ps.setDate(2, stichtag);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Keine Referenzdaten für " + stichtag + ": " + sql);
                }
                BigDecimal[] werte = new BigDecimal[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < werte.length; i++) {
                    werte[i] = rs.getBigDecimal(i + 1);
                }
                return werte;
            }
        }
    }

    private static void zeile(StringBuilder json, String komponente, String lohnart, String bezeichnung,
            BigDecimal basis, BigDecimal faktor, BigDecimal betrag) {
        if (json.length() > 1) {
            json.append(',');
        }
        json.append("{\"komponente\":").append(Api.text(komponente)).append(",\"lohnart\":")
                .append(lohnart == null ? "null" : Api.text(lohnart)).append(",\"bezeichnung\":")
                .append(Api.text(bezeichnung)).append(",\"basis\":")
                .append(basis == null ? "null" : "\"" + basis.toPlainString() + "\"").append(",\"faktor\":")
                .append(faktor == null ? "null" : "\"" + faktor.toPlainString() + "\"").append(",\"betrag\":\"")
                .append(betrag.toPlainString()).append("\"}");
    }
}
