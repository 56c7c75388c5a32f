package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Client-side scenarios of the documents of a run at scale (issue 19 item 3): the streamed payslip ZIP. */
final class DokumenteScenarios {

    private DokumenteScenarios() {
    }

    /**
     * GET …/lohnzettel.zip of a computed demo run: one PDF per Abrechnung in the order of the list (name, id), stored
     * (not deflated), each with the same text as the single payslip; refusals (unknown run, other tenant, council)
     * answer before the stream starts.
     */
    static void lohnzettelZip(URL base) throws Exception {
        long werkstatt = EntgeltScenarios.demoWerkstatt(base);
        Api entgelt = Api.as(base, "demo/entgelt", "entgelt123!");
        JsonObject lauf = entgelt.get("entgelt/laeufe?einrichtung=" + werkstatt).array().getValuesAs(JsonObject.class)
                .stream().filter(l -> List.of("BERECHNET", "FREIGEGEBEN").contains(l.getString("status")))
                .findFirst().orElse(null);
        if (lauf == null) {
            Api.Answer berechnet = entgelt.post("entgelt/laeufe", Api.json("einrichtungId", werkstatt, "monat",
                    EntgeltScenarios.ersterDemoMonat().toString()));
            assertEquals(200, berechnet.status(), berechnet.body());
            lauf = berechnet.object();
        }
        long laufId = lauf.getJsonNumber("id").longValue();

        Api.Answer zip = entgelt.get("entgelt/laeufe/" + laufId + "/lohnzettel.zip");
        assertEquals(200, zip.status(), zip.body());
        assertTrue(zip.contentType().startsWith("application/zip"), zip.contentType());
        List<String> namen = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                assertEquals(ZipEntry.STORED, e.getMethod(), e.getName());
                byte[] pdf = in.readAllBytes(); // checks size and CRC of the stored entry
                assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), e.getName());
                namen.add(e.getName());
                pdfs.add(pdf);
            }
        }
        JsonArray abrechnungen = entgelt.get("entgelt/laeufe/" + laufId + "/abrechnungen").array();
        assertEquals(lauf.getInt("anzahl"), pdfs.size(), namen.toString());
        assertEquals(abrechnungen.size(), pdfs.size());
        // same order as the list, same text as the single payslip (first, middle and last)
        for (int i : new int[] {0, pdfs.size() / 2, pdfs.size() - 1}) {
            JsonObject a = abrechnungen.getJsonObject(i);
            String nachname = a.getString("name").split(", ")[0];
            assertTrue(namen.get(i).contains(nachname.replaceAll("[^\\p{L}0-9]+", "_")), namen.get(i) + " / " + a);
            Api.Answer einzeln = entgelt.get("entgelt/abrechnungen/" + a.getJsonNumber("id").longValue()
                    + "/lohnzettel.pdf");
            assertEquals(200, einzeln.status(), einzeln.body());
            assertEquals(ClientScenarios.text(einzeln.bytes()), ClientScenarios.text(pdfs.get(i)), namen.get(i));
        }

        // refused before the stream starts: a JSON error, not a broken ZIP
        Api.Answer unbekannt = entgelt.get("entgelt/laeufe/999999999/lohnzettel.zip");
        assertEquals(404, unbekannt.status(), unbekannt.body());
        assertTrue(unbekannt.body().contains("\"status\":404"), unbekannt.body());
        ClientScenarios.tenantB(base);
        assertEquals(404, Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123")
                .get("entgelt/laeufe/" + laufId + "/lohnzettel.zip").status());
        assertEquals(403, Api.as(base, "demo/werkstattrat", "rat12345!")
                .get("entgelt/laeufe/" + laufId + "/lohnzettel.zip").status());
    }
}
