package de.werkerp.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import de.werkerp.contract.control.Rentenversicherungsnummer;
import de.werkerp.wage.control.Arbeitstage;
import de.werkerp.wage.control.Feiertage;

/**
 * Generates the workforce of one tenant and Einrichtung with plain JDBC batches, in the shape of the demo's
 * {@code Musterbelegschaft} (which goes through the services and is far too slow for 15,000 people): per person a
 * contract in the Arbeitsbereich from the first history month (every 7th from the 16th), a group placement, 35 h
 * (every 10th 28 h for the kind or severity of the disability), an approval, two assessments (at the start and
 * six months later); per month full attendance (every 5th person one unexcused day) and a lunch deduction of
 * 45 €. Plus the Einrichtung's Entgelt settings (NI), an Entgeltordnung (points × 1.25 €) and the Lohnart.
 *
 * <p>Ids are assigned here (max + 1, the application is idle meanwhile), so the batches need no generated keys.
 */
final class Testdaten {

    private static final String[] VORNAMEN = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannes",
        "Ida", "Jonas", "Karla", "Lukas", "Mia", "Noah", "Olga", "Paul", "Rosa", "Samuel", "Tilda", "Umut"};
    private static final String[] NACHNAMEN = {"Albers", "Becker", "Cordes", "Diekmann", "Ernst", "Fischer", "Gerdes",
        "Hansen", "Imhoff", "Jung", "Krüger", "Lange", "Meyer", "Neumann", "Otto", "Peters", "Quast", "Richter",
        "Schulz", "Thiele", "Ulrich", "Vogel", "Wagner", "Yilmaz", "Zimmer"};
    /** Krankenkassen of the tenant (name, Betriebsnummer, Zusatzbeitrag in %); people are spread over them. */
    private static final String[][] KASSEN = {{"AOK Niedersachsen", "29720865", "2.95"},
        {"Techniker Krankenkasse", "15027365", "2.45"}, {"BARMER", "42938966", "3.29"},
        {"DAK-Gesundheit", "48698890", "2.80"}, {"IKK classic", "01049203", "3.40"}};
    static final String BUNDESLAND = "NI";
    private static final int BATCH = 2000;

    /** What was generated (row counts for the report). */
    record Umfang(int personen, int monate, long zeilen) {
    }

    private Testdaten() {
    }

    /**
     * @param monat   the benchmark month; history: the 12 months before it, plus the month itself
     * @param gruppen ids of the Einrichtung's groups (created through the API)
     */
    static Umfang erzeuge(Connection c, long tenantId, long einrichtungId, List<Long> gruppen, int n,
            YearMonth monat, String kennung) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            return erzeugeIntern(c, tenantId, einrichtungId, gruppen, n, monat, kennung);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static Umfang erzeugeIntern(Connection c, long t, long einrichtungId, List<Long> gruppen, int n,
            YearMonth monat, String kennung) throws SQLException {
        YearMonth erster = monat.minusMonths(12);
        LocalDate start = erster.atDay(1);
        int bank = kennung.hashCode() & 0xffff;
        long zeilen = 0;

        // --- settings of the Einrichtung, Entgeltordnung, Lohnart, Leistungsträger ---
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entgelt_einstellung (tenant_id, einrichtung_id,"
                + " grundbetrag, teilzeitregelung, vollzeit_stunden, unentschuldigt_kuerzt, entgeltfortzahlung_tage,"
                + " afoeg_anteilig, bundesland, kostenstelle, auftraggeber_name, auftraggeber_iban, auftraggeber_bic,"
                + " lohnart_nachzahlung, lohnart_rueckforderung) VALUES (?,?,NULL,"
                + " 'GRUNDBETRAG_VOLL_STEIGERUNGSBETRAG_ANTEILIG',35.00,FALSE,42,FALSE,?,'4711',?,?,'NOLADE2HXXX',"
                + " '900','901')")) {
            ps.setLong(1, t);
            ps.setLong(2, einrichtungId);
            ps.setString(3, BUNDESLAND);
            ps.setString(4, "Benchmark-Werkstatt " + kennung);
            ps.setString(5, iban(bank, 1));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entgeltordnung (tenant_id, einrichtung_id,"
                + " bezeichnung, gueltig_ab, form, punktwert, zustimmung_werkstattrat) VALUES (?,?,?,?,'PUNKTWERT',"
                + " 1.2500,?)")) {
            ps.setLong(1, t);
            ps.setLong(2, einrichtungId);
            ps.setString(3, "Entgeltordnung " + start.getYear());
            ps.setDate(4, Date.valueOf(start));
            ps.setDate(5, Date.valueOf(start.minusMonths(1)));
            ps.executeUpdate();
        }
        long lohnartId = einfuegen(c, "INSERT INTO lohnart (tenant_id, code, bezeichnung, komponente, arbeitsentgelt)"
                + " VALUES (" + t + ", '300', 'Mittagessen', 'ABZUG', FALSE)");
        long ltId = einfuegen(c, "INSERT INTO leistungstraeger (tenant_id, name, art) VALUES (" + t
                + ", 'Eingliederungshilfe Region Hannover', 'EINGLIEDERUNGSHILFE')");
        // Krankenkassen with a Zusatzbeitrag per calendar year of the history (the last one open-ended)
        for (String[] k : KASSEN) {
            long kasseId = einfuegen(c, "INSERT INTO krankenkasse (tenant_id, name, betriebsnummer) VALUES (" + t
                    + ", '" + k[0] + "', '" + k[1] + "')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO krankenkasse_zusatzbeitrag (tenant_id,"
                    + " krankenkasse_id, gueltig_ab, gueltig_bis, satz) VALUES (?,?,?,?,?)")) {
                for (int jahr = erster.getYear(); jahr <= monat.getYear(); jahr++) {
                    ps.setLong(1, t);
                    ps.setLong(2, kasseId);
                    ps.setDate(3, Date.valueOf(LocalDate.of(jahr, 1, 1)));
                    if (jahr == monat.getYear()) {
                        ps.setNull(4, Types.DATE);
                    } else {
                        ps.setDate(4, Date.valueOf(LocalDate.of(jahr, 12, 31)));
                    }
                    ps.setBigDecimal(5, new BigDecimal(k[2]).subtract(new BigDecimal("0.10")
                            .multiply(BigDecimal.valueOf(monat.getYear() - jahr))));
                    ps.executeUpdate();
                }
            }
        }
        for (int g = 0; g < gruppen.size(); g++) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE gruppe SET kostenstelle = ? WHERE id = ?")) {
                ps.setString(1, "KST" + (100 + g));
                ps.setLong(2, gruppen.get(g));
                ps.executeUpdate();
            }
        }
        c.commit();

        long p0 = naechsteId(c, "beschaeftigter");
        long v0 = naechsteId(c, "werkstattvertrag");

        // --- people ---
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO beschaeftigter (id, tenant_id, vorname, nachname,"
                + " geburtsdatum, geschlecht, strasse, plz, ort, krankenkasse_name, krankenkasse_betriebsnummer,"
                + " kinderlos, kinder_unter_25, iban, personalnummer, rv_nummer)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < n; i++) {
                String nachname = NACHNAMEN[(i / VORNAMEN.length + i) % NACHNAMEN.length];
                LocalDate geboren = LocalDate.of(1965 + i % 40, 1 + i % 12, 1 + i % 28);
                String[] kasse = KASSEN[i % KASSEN.length];
                ps.setLong(1, p0 + i);
                ps.setLong(2, t);
                ps.setString(3, VORNAMEN[i % VORNAMEN.length]);
                ps.setString(4, nachname + "-" + i);
                ps.setDate(5, Date.valueOf(geboren));
                ps.setString(6, i % 2 == 0 ? "WEIBLICH" : "MAENNLICH");
                ps.setString(7, "Werkstattweg " + (1 + i % 200));
                ps.setString(8, "30159");
                ps.setString(9, "Hannover");
                ps.setString(10, kasse[0]);
                ps.setString(11, kasse[1]);
                ps.setString(16, rvNummer(i, geboren, nachname, i % 2 == 0));
                ps.setBoolean(12, i % 3 == 0);
                ps.setInt(13, i % 3 == 0 ? 0 : i % 4);
                ps.setString(14, iban(bank, 100 + i));
                ps.setString(15, "P" + (100000 + i));
                zeilen += batch(ps, i, n);
            }
        }
        c.commit();

        // --- contracts and their effective-dated parts ---
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO werkstattvertrag (id, tenant_id,"
                + " beschaeftigter_id, einrichtung_id, beginn) VALUES (?,?,?,?,?)")) {
            for (int i = 0; i < n; i++) {
                ps.setLong(1, v0 + i);
                ps.setLong(2, t);
                ps.setLong(3, p0 + i);
                ps.setLong(4, einrichtungId);
                ps.setDate(5, Date.valueOf(beginn(i, erster)));
                zeilen += batch(ps, i, n);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO vertragsphase (tenant_id, vertrag_id, gueltig_ab,"
                + " bereich, platzierung, gruppe_id) VALUES (?,?,?,'AB','GRUPPE',?)")) {
            for (int i = 0; i < n; i++) {
                ps.setLong(1, t);
                ps.setLong(2, v0 + i);
                ps.setDate(3, Date.valueOf(beginn(i, erster)));
                ps.setLong(4, gruppen.get(i % gruppen.size()));
                zeilen += batch(ps, i, n);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO arbeitszeit (tenant_id, vertrag_id, gueltig_ab,"
                + " wochenstunden, teilzeitgrund, nachweis_datum, genehmigt_am) VALUES (?,?,?,?,?,?,?)")) {
            for (int i = 0; i < n; i++) {
                LocalDate b = beginn(i, erster);
                boolean teilzeit = i % 10 == 9;
                ps.setLong(1, t);
                ps.setLong(2, v0 + i);
                ps.setDate(3, Date.valueOf(b));
                ps.setBigDecimal(4, teilzeit ? new BigDecimal("28.00") : new BigDecimal("35.00"));
                if (teilzeit) {
                    ps.setString(5, "ART_SCHWERE_BEHINDERUNG");
                    ps.setDate(6, Date.valueOf(b));
                    ps.setDate(7, Date.valueOf(b));
                } else {
                    ps.setNull(5, Types.VARCHAR);
                    ps.setNull(6, Types.DATE);
                    ps.setNull(7, Types.DATE);
                }
                zeilen += batch(ps, i, n);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bewilligung (tenant_id, vertrag_id,"
                + " leistungstraeger_id, aktenzeichen, gueltig_ab, gueltig_bis, bereich) VALUES (?,?,?,?,?,?,'AB')")) {
            for (int i = 0; i < n; i++) {
                LocalDate b = beginn(i, erster);
                ps.setLong(1, t);
                ps.setLong(2, v0 + i);
                ps.setLong(3, ltId);
                ps.setString(4, "AZ-" + kennung + "-" + i);
                ps.setDate(5, Date.valueOf(b));
                ps.setDate(6, Date.valueOf(b.plusYears(2).minusDays(1)));
                zeilen += batch(ps, i, n);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO leistungsbeurteilung (tenant_id,"
                + " beschaeftigter_id, beurteilt_am, gueltig_ab, beurteiler, punkte) VALUES (?,?,?,?,?,?)")) {
            for (int i = 0; i < 2 * n; i++) {
                int person = i / 2;
                boolean zweite = i % 2 == 1;
                LocalDate ab = zweite ? start.plusMonths(6) : start;
                ps.setLong(1, t);
                ps.setLong(2, p0 + person);
                ps.setDate(3, Date.valueOf(ab.minusDays(10)));
                ps.setDate(4, Date.valueOf(ab));
                ps.setString(5, "Gruppenleitung " + (1 + person % gruppen.size()));
                ps.setBigDecimal(6, new BigDecimal(40 + (person * 37 + (zweite ? 11 : 0)) % 120));
                zeilen += batch(ps, i, 2 * n);
            }
        }
        c.commit();

        // --- a year of history: attendance and lunch deductions per month ---
        int monate = 0;
        try (PreparedStatement an = c.prepareStatement("INSERT INTO anwesenheit (tenant_id, beschaeftigter_id, monat,"
                + " anwesend, unentschuldigt) VALUES (?,?,?,?,?)");
                PreparedStatement lp = c.prepareStatement("INSERT INTO lohnposten (tenant_id, beschaeftigter_id,"
                        + " monat, lohnart_id, bezeichnung, betrag) VALUES (?,?,?,?,'Mittagessen',-45.00)")) {
            for (YearMonth m = erster; !m.isAfter(monat); m = m.plusMonths(1)) {
                List<LocalDate> feiertage = Feiertage.im(m, BUNDESLAND);
                int voll = Arbeitstage.anzahl(m.atDay(1), m.atEndOfMonth(), feiertage);
                int abDem16 = Arbeitstage.anzahl(m.atDay(16), m.atEndOfMonth(), feiertage);
                Date erste = Date.valueOf(m.atDay(1));
                for (int i = 0; i < n; i++) {
                    int tage = m.equals(erster) && i % 7 == 3 ? abDem16 : voll;
                    int unentschuldigt = i % 5 == 4 ? 1 : 0;
                    an.setLong(1, t);
                    an.setLong(2, p0 + i);
                    an.setDate(3, erste);
                    an.setInt(4, tage - unentschuldigt);
                    an.setInt(5, unentschuldigt);
                    zeilen += batch(an, i, n);
                    lp.setLong(1, t);
                    lp.setLong(2, p0 + i);
                    lp.setDate(3, erste);
                    lp.setLong(4, lohnartId);
                    zeilen += batch(lp, i, n);
                }
                c.commit();
                monate++;
            }
        }
        return new Umfang(n, monate, zeilen);
    }

    /**
     * A valid Versicherungsnummer (check digit by § 2 Abs. 6 VKVV), unique per tenant up to 42,000 people: the
     * birth dates repeat every 840 people, the serial number counts those blocks.
     */
    static String rvNummer(int i, LocalDate geboren, String nachname, boolean weiblich) {
        int serie = (i / 840) % 50 + (weiblich ? 50 : 0);
        String elf = String.format("25%02d%02d%02d%c%02d", geboren.getDayOfMonth(), geboren.getMonthValue(),
                geboren.getYear() % 100, nachname.charAt(0), serie);
        return elf + Rentenversicherungsnummer.pruefziffer(elf);
    }

    private static LocalDate beginn(int i, YearMonth erster) {
        return i % 7 == 3 ? erster.atDay(16) : erster.atDay(1);
    }

    /** Adds the current row; sends the batch every {@link #BATCH} rows and after the last. */
    private static int batch(PreparedStatement ps, int i, int n) throws SQLException {
        ps.addBatch();
        if ((i + 1) % BATCH == 0 || i == n - 1) {
            ps.executeBatch();
        }
        return 1;
    }

    private static long einfuegen(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet rs = s.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long naechsteId(Connection c, String tabelle) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM "
                + tabelle)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A valid German IBAN (ISO 13616 mod 97), as in the demo data: bank code 250 500 00 and an account. */
    static String iban(int filiale, int konto) {
        return de.werkerp.contract.control.Iban.deutsch("25050000",
                String.format("%04d%06d", filiale % 10000, konto % 1000000));
    }
}
