package de.werkerp.reports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.werkerp.reports.EntgeltabrechnungReport.Data;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;

/**
 * Not a test: a small standalone load of payslips for profiling (README "Payslips at scale"). Renders N payslips
 * like the benchmark's (lines, totals, social insurance) on T threads and prints wall clock and process CPU per PDF.
 * Run it with the test class path, e.g. with a Flight Recording:
 * {@code java -XX:StartFlightRecording=filename=/tmp/l.jfr,settings=profile -cp … de.werkerp.reports.LohnzettelLast 2000 1}.
 * With {@code ab} as the 4th argument it alternates rounds with JasperReports' own text renderers (A) and with the
 * one-line shortcut of {@link EinzeilenPdfExporter} (B, the default) on one thread and prints the thread CPU per PDF
 * of each.
 */
public final class LohnzettelLast {

    private LohnzettelLast() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("dump")) {
            java.nio.file.Files.write(java.nio.file.Path.of(args[1]), EntgeltabrechnungReport.render(
                    EntgeltabrechnungSozialversicherungTest.mitBeitraegen(
                            EntgeltabrechnungSozialversicherungTest.beitraege(), null)));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int aufwaermen = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        List<Data> daten = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            daten.add(person(i));
        }
        ReportRenderer[] renderer = {new ReportRenderer(DefaultJasperReportsContext.getInstance(), false),
            ReportRenderer.getDefault()};
        boolean ab = args.length > 3 && args[3].equals("ab");
        for (int i = 0; i < aufwaermen; i++) {
            EntgeltabrechnungReport.render(daten.get(i % n), renderer[ab ? i % 2 : 1]);
        }
        if (ab) {
            ab(daten, renderer);
            return;
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long bytes = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<byte[]>> futures = new ArrayList<>();
        for (Data d : daten) {
            futures.add(pool.submit(() -> EntgeltabrechnungReport.render(d)));
        }
        for (Future<byte[]> f : futures) {
            bytes += f.get().length;
        }
        long wall = System.nanoTime() - t0;
        long cpu = os.getProcessCpuTime() - cpu0;
        pool.shutdown();
        System.out.printf("%d PDFs on %d threads: %.0f ms wall, %.2f ms wall/PDF, %.2f ms CPU/PDF, %d bytes/PDF%n",
                n, threads, wall / 1e6, wall / 1e6 / n, cpu / 1e6 / n, bytes / n);
    }

    private static void ab(List<Data> daten, ReportRenderer[] renderer) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] summe = new double[2];
        long[] bytes = new long[2];
        int runden = Integer.getInteger("runden", 6);
        for (int r = 0; r < runden; r++) {
            for (int v = 0; v < 2; v++) {
                long b = 0;
                long c0 = mx.getCurrentThreadCpuTime();
                for (Data d : daten) {
                    b += EntgeltabrechnungReport.render(d, renderer[v]).length;
                }
                double ms = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / daten.size();
                summe[v] += ms;
                bytes[v] = b / daten.size();
                System.out.printf("round %d %s: %.2f ms CPU/PDF, %d bytes/PDF%n", r, v == 0 ? "A" : "B", ms, bytes[v]);
            }
        }
        System.out.printf("A %.2f ms, B %.2f ms CPU/PDF (mean of %d rounds); bytes %d / %d%n", summe[0] / runden,
                summe[1] / runden, runden, bytes[0], bytes[1]);
        System.out.printf("relative: B/A = %.3f%n", summe[1] / summe[0]);
    }

    /** A payslip like the benchmark's, with a varying name and amounts. */
    static Data person(int i) {
        Data b = EntgeltabrechnungSozialversicherungTest.mitBeitraegen(
                EntgeltabrechnungSozialversicherungTest.beitraege(), null);
        BigDecimal plus = new BigDecimal(i % 97).movePointLeft(2);
        return new Data(b.traegerName(), b.einrichtungName(), b.einrichtungAnschrift(), "Person" + i + " Nachname" + i,
                String.valueOf(10000 + i), "Straße " + i + ", 79100 Freiburg", b.monat(), b.bereich(),
                b.wochenstunden(), b.ibanMaskiert(), b.zeilen(), b.grundbetrag(), b.steigerungsbetrag(),
                b.arbeitsentgelt(), b.arbeitsfoerderungsgeld(), b.sonstigeBezuege(), b.abzuege(),
                b.auszahlung().add(plus), b.hinweise(), List.of(), b.status(), b.erstelltAm(), b.beitraege(), null,
                30);
    }
}
