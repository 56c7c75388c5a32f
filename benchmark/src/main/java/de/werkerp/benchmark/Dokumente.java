package de.werkerp.benchmark;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The other documents of a released run besides the payslips, each downloaded once through the REST API and timed by
 * wall clock (with the CPU of Payara and MariaDB meanwhile): Lohnjournal (PDF, XLSX), SEPA credit transfer file,
 * accounting export, Beitragsnachweis and the two refund claims (PDF).
 */
final class Dokumente {

    /** One timed download. */
    record Zeit(String name, long ms, long bytes, Umgebung.Cpu cpu) {
    }

    /** name shown, path below /api/v1/ ({@code %d} = run id), the first bytes the answer must start with. */
    private static final String[][] DOKUMENTE = {
        {"Lohnjournal PDF", "entgelt/laeufe/%d/lohnjournal.pdf", "%PDF-"},
        {"Lohnjournal XLSX", "entgelt/laeufe/%d/lohnjournal.xlsx", "PK"},
        {"SEPA pain.001", "entgelt/laeufe/%d/sepa.xml", "<?xml"},
        {"Buchungen CSV", "entgelt/laeufe/%d/buchungen.csv", ""},
        {"Beitragsnachweis PDF", "sozialversicherung/laeufe/%d/beitragsnachweis.pdf", "%PDF-"},
        {"Erstattung Bund PDF", "sozialversicherung/laeufe/%d/erstattung-bund.pdf", "%PDF-"},
        {"Erstattung Leistungsträger PDF", "sozialversicherung/laeufe/%d/erstattung-leistungstraeger.pdf", "%PDF-"},
    };

    private Dokumente() {
    }

    static List<Zeit> messen(Umgebung u, Api api, Api.Zugang wer, long laufId) throws Exception {
        List<Zeit> zeiten = new ArrayList<>();
        for (String[] d : DOKUMENTE) {
            Umgebung.Cpu cpu = Umgebung.Cpu.von(u);
            long t0 = System.nanoTime();
            byte[] inhalt;
            try (InputStream in = api.getStream(wer, String.format(Locale.ROOT, d[1], laufId))) {
                inhalt = in.readAllBytes();
            }
            long ms = Bericht.ms(t0);
            Umgebung.Cpu verbraucht = Umgebung.Cpu.von(u).seit(cpu);
            String anfang = new String(inhalt, 0, Math.min(inhalt.length, d[2].length()), StandardCharsets.ISO_8859_1);
            if (!anfang.equals(d[2]) || inhalt.length == 0) {
                throw new IllegalStateException(d[0] + ": unerwarteter Inhalt (" + inhalt.length + " Bytes)");
            }
            Zeit z = new Zeit(d[0], ms, inhalt.length, verbraucht);
            Bericht.zeile("%s: %,d ms (%,d KB); %s", z.name(), z.ms(), z.bytes() / 1024, verbraucht.text());
            zeiten.add(z);
        }
        return zeiten;
    }

    /** One line per document and size: wall-clock ms, KB and Payara's CPU seconds. */
    static String tabelle(List<Integer> groessen, List<List<Zeit>> zeiten) {
        StringBuilder b = new StringBuilder("Weitere Dokumente des Laufs (Wanduhr ms / KB / CPU Payara s):\n");
        b.append(String.format(Locale.ROOT, "%-32s", "Dokument"));
        for (int n : groessen) {
            b.append(String.format(Locale.ROOT, " | %,26d P.", n));
        }
        b.append('\n');
        for (int i = 0; i < DOKUMENTE.length; i++) {
            b.append(String.format(Locale.ROOT, "%-32s", DOKUMENTE[i][0]));
            for (List<Zeit> z : zeiten) {
                Zeit x = i < z.size() ? z.get(i) : null;
                b.append(x == null ? String.format(Locale.ROOT, " | %29s", "–")
                        : String.format(Locale.ROOT, " | %,9d ms %,8d KB %5.1f s", x.ms(), x.bytes() / 1024,
                                x.cpu().payara() / 1e3));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
