package de.werkerp.benchmark;

import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The set-up of {@code --nur-aufbauen} for the load test ({@code loadtest/}, README "Load test"): a tenant of the
 * benchmark's shape with {@code n} people and a year of history, the month computed and released, a clerk (PAYROLL)
 * and a manager (MANAGEMENT) who sign in with a password only (no second factor), and what the load test needs to
 * know, written to {@code <daten>/lasttest.properties}: base URL, logins, the Einrichtung, month, run, Gruppen and a
 * sample of people and Abrechnungen.
 */
final class Lasttestzugang {

    /** How many people and Abrechnungen the load test picks from (at random, per request). */
    static final int STICHPROBE = 500;

    private Lasttestzugang() {
    }

    static void aufbauen(Umgebung u, Api api, Connection c, int n, YearMonth monat, Path daten) throws Exception {
        EntgeltBenchmark.Mandant m = EntgeltBenchmark.mandant(u, api, n, "last" + n);
        long t0 = System.nanoTime();
        Testdaten.Umfang umfang = Testdaten.erzeuge(c, m.tenantId(), m.einrichtungId(), m.gruppen(), n, monat,
                m.kennung());
        EntgeltBenchmark.analysieren(c);
        Bericht.zeile("%,d Personen mit %d Monaten per JDBC erzeugt: %,d Zeilen in %,d ms", n, umfang.monate(),
                umfang.zeilen(), Bericht.ms(t0));

        Api.Zugang leitung = new Api.Zugang(m.kennung() + "/" + m.kennung() + "-leitung", EntgeltBenchmark.PASSWORT);
        api.post(m.admin(), "benutzer", Api.json("benutzername", EntgeltBenchmark.name(leitung), "anzeigename",
                "Werkstattleitung " + m.kennung(), "rollen", new String[] {"MANAGEMENT"}, "email",
                EntgeltBenchmark.email(leitung)));
        Einladungsmails.annehmen(api, u.mails(), EntgeltBenchmark.email(leitung), leitung.passwort());

        t0 = System.nanoTime();
        String lauf = api.post(m.rechner(), "entgelt/laeufe", Api.json("einrichtungId", m.einrichtungId(), "monat",
                monat.toString()));
        long laufId = Api.zahl(lauf, "id");
        EntgeltBenchmark.pruefe("BERECHNET".equals(Api.feld(lauf, "status")), "Lauf nicht berechnet: " + Api.kurz(lauf));
        String frei = api.post(m.freigeber(), "entgelt/laeufe/" + laufId + "/freigabe", null);
        EntgeltBenchmark.pruefe("FREIGEGEBEN".equals(Api.feld(frei, "status")), "nicht freigegeben: " + Api.kurz(frei));
        Bericht.zeile("Lauf %d berechnet und freigegeben: %,d ms", laufId, Bericht.ms(t0));
        for (Api.Zugang z : List.of(m.rechner(), leitung)) { // the first sign-in of each (PBKDF2) before the test
            try (InputStream in = api.getStream(z, "einrichtungen")) {
                in.readAllBytes();
            }
        }

        Properties p = new Properties();
        p.setProperty("baseUrl", u.basisUrl());
        p.setProperty("personen", String.valueOf(n));
        p.setProperty("kennung", m.kennung());
        p.setProperty("sachbearbeitung", EntgeltBenchmark.name(m.rechner()));
        p.setProperty("leitung", EntgeltBenchmark.name(leitung));
        p.setProperty("passwort", EntgeltBenchmark.PASSWORT);
        p.setProperty("einrichtung", String.valueOf(m.einrichtungId()));
        p.setProperty("monat", monat.toString());
        p.setProperty("lauf", String.valueOf(laufId));
        p.setProperty("gruppen", m.gruppen().stream().map(String::valueOf).collect(Collectors.joining(",")));
        p.setProperty("beschaeftigte", String.join(",", ids(c, "SELECT id FROM beschaeftigter WHERE tenant_id = ?"
                + " ORDER BY RAND(1) LIMIT " + STICHPROBE, m.tenantId())));
        p.setProperty("abrechnungen", String.join(",", ids(c, "SELECT id FROM abrechnung WHERE lauf_id = ?"
                + " ORDER BY RAND(1) LIMIT " + STICHPROBE, laufId)));
        Path datei = daten.resolve("lasttest.properties");
        Files.createDirectories(daten);
        try (Writer w = Files.newBufferedWriter(datei, StandardCharsets.UTF_8)) {
            p.store(w, "WerkERP load test: tenant " + m.kennung() + " with " + n + " people (benchmark --nur-aufbauen)");
        }
        Bericht.zeile("Zugang für den Lasttest: %s (Sachbearbeitung %s, Leitung %s)", datei, m.rechner().benutzer(),
                leitung.benutzer());
    }

    private static List<String> ids(Connection c, String sql, long parameter) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(String.valueOf(rs.getLong(1)));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new SQLException("keine Zeilen für: " + sql);
        }
        return ids;
    }
}
