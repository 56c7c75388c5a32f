package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV export: OWASP CSV injection neutralised in text cells, numbers kept as numbers, quoting by Commons CSV. */
class CsvExportTest {

    private static List<CSVRecord> zurueckgelesen(String csv) throws IOException {
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CsvExport.FORMAT).get()) {
            return p.getRecords();
        }
    }

    @Test
    void formelnInTextzellenBekommenEinHochkomma() {
        assertEquals("'=1+1", CsvExport.neutralisiert("=1+1"));
        assertEquals("'@SUM(A1:A9)", CsvExport.neutralisiert("@SUM(A1:A9)"));
        assertEquals("'+49 30 1234567", CsvExport.neutralisiert("+49 30 1234567"));
        assertEquals("'+49", CsvExport.neutralisiert("+49"));
        assertEquals("'-1+2", CsvExport.neutralisiert("-1+2"));
        assertEquals("'-cmd|' /C calc'!A0", CsvExport.neutralisiert("-cmd|' /C calc'!A0"));
        assertEquals("'\tTab", CsvExport.neutralisiert("\tTab"));
        assertEquals("'\rWagenruecklauf", CsvExport.neutralisiert("\rWagenruecklauf"));
        assertEquals("Müller, Anna", CsvExport.neutralisiert("Müller, Anna"));
        assertEquals("Anna =1+1", CsvExport.neutralisiert("Anna =1+1"), "only the first character makes a formula");
        assertEquals("", CsvExport.neutralisiert(null));
    }

    @Test
    void negativeBetraegeBleibenZahlen() {
        assertEquals("-12,50", CsvExport.zelle(new BigDecimal("-12.50")));
        assertEquals("-12,50", CsvExport.neutralisiert("-12,50"), "a German amount written as text stays a number");
        assertEquals("-1.234,56", CsvExport.neutralisiert("-1.234,56"));
        assertEquals("-7", CsvExport.zelle(-7));
        assertEquals("1234,56", CsvExport.zelle(new BigDecimal("1234.56")));
    }

    @Test
    void dateiMitKopfTrennzeichenZeilenumbruchUndAnfuehrungszeichen() throws IOException {
        String csv = CsvExport.text(List.of("Name", "Bemerkung", "Betrag"), List.of(
                Arrays.asList("=1+1", "Zeile 1\nZeile 2", new BigDecimal("-12.50")),
                Arrays.asList("Berg; Ida", "sagte \"Hallo\"", null),
                Arrays.asList("@SUM(A1)", "\tx", new BigDecimal("3.00"))));
        assertEquals("Name;Bemerkung;Betrag\r\n"
                + "'=1+1;\"Zeile 1\nZeile 2\";-12,50\r\n"
                + "\"Berg; Ida\";\"sagte \"\"Hallo\"\"\";\r\n"
                + "'@SUM(A1);'\tx;3,00\r\n", csv);
        List<CSVRecord> r = zurueckgelesen(csv);
        assertEquals(4, r.size());
        assertEquals("Zeile 1\nZeile 2", r.get(1).get(1), "the line break stays inside the quoted value");
        assertEquals("'=1+1", r.get(1).get(0));
        assertEquals("-12,50", r.get(1).get(2));
        assertEquals("Berg; Ida", r.get(2).get(0));
    }

    @Test
    void importLiestAnfuehrungszeichenUndZeilennummern() {
        List<CsvImport.Zeile> z = CsvImport.lesen("\uFEFFKonto;Kostenstelle;Betrag\r\n\"8400\";\"K;1\";\"1.234,56\"\r\n\r\n"
                + "\"8401\";\"mit\nUmbruch\";2\r\n4000;K2;3");
        assertEquals(List.of("Konto", "Kostenstelle", "Betrag"), z.get(0).felder());
        assertEquals(List.of("8400", "K;1", "1.234,56"), z.get(1).felder());
        assertEquals(2, z.get(1).nummer());
        assertEquals(3, z.get(2).nummer());
        assertEquals(true, z.get(2).leer());
        assertEquals(4, z.get(3).nummer());
        assertEquals(6, z.get(4).nummer(), "the line break inside quotes counts");
        ValidationFailure f = assertThrows(ValidationFailure.class, () -> CsvImport.lesen("a;b\n\"x\"y;z\n"));
        assertEquals(true, f.getMessage().contains("Zeile 2"), f.getMessage());
    }
}
