package de.werkerp.wage.boundary;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import de.werkerp.reports.EntgeltabrechnungReport;
import de.werkerp.reports.LohnjournalReport;
import de.werkerp.reports.ReportRenderer;

/**
 * Compiles the report templates that are asked for often (the payslip in both languages, the Lohnjournal) right
 * after deployment, in the background, instead of on their first request. Compiling one takes seconds of CPU, and
 * all requests for the same template wait for it (the renderer's cache computes each template once): under load
 * (README "Load test") dozens of payslip requests waited behind that first compilation, which itself crawled
 * because the same requests loaded classes at the same time.
 */
@Singleton
@Startup
public class Berichtsvorlagen {

    private static final Logger LOG = Logger.getLogger(Berichtsvorlagen.class.getName());

    /** The templates compiled at start. */
    static final List<String> VORLAGEN = List.of(EntgeltabrechnungReport.TEMPLATE,
            EntgeltabrechnungReport.TEMPLATE_LEICHTE_SPRACHE, LohnjournalReport.TEMPLATE);

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void vorbereiten() {
        executor.execute(() -> {
            for (String vorlage : VORLAGEN) {
                long t0 = System.nanoTime();
                try {
                    ReportRenderer.getDefault().compiledReport(vorlage);
                    LOG.fine(() -> "Berichtsvorlage " + vorlage + " kompiliert in "
                            + (System.nanoTime() - t0) / 1_000_000 + " ms");
                } catch (RuntimeException e) {
                    // the first request compiles it again and reports the error to its caller
                    LOG.log(Level.WARNING, "Berichtsvorlage " + vorlage + " nicht vorab kompilierbar", e);
                }
            }
        });
    }
}
