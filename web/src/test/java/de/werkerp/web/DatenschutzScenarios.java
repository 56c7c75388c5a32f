package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Issue 16 item 7 over HTTP: the Art. 15 export (JSON, PDF, headers, roles, isolation) and the retention periods. */
final class DatenschutzScenarios {

    private DatenschutzScenarios() {
    }

    static void auskunftUndFristen(URL base) throws Exception {
        Api admin = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD);
        JsonArray personen = admin.get("beschaeftigte").array();
        assertTrue(personen.size() > 3, personen.toString());

        // a demo person with Teilhabe data and a payslip (the Teilhabe demo people of Werkstatt Musterstadt)
        JsonObject person = null;
        JsonObject export = null;
        for (JsonValue v : personen) {
            JsonObject p = v.asJsonObject();
            Api.Answer a = admin.get("beschaeftigte/" + p.getJsonNumber("id").longValue() + "/auskunft");
            assertEquals(200, a.status(), a.body());
            if (anzahl(a.object(), "Teilhabeplanung") > 0 && (person == null
                    || anzahl(a.object(), "Entgeltabrechnungen") > 0)) {
                person = p;
                export = a.object();
                if (anzahl(a.object(), "Entgeltabrechnungen") > 0) {
                    break;
                }
            }
        }
        assertTrue(person != null, "a demo person with Teilhabe goals and a payslip");
        long id = person.getJsonNumber("id").longValue();
        String name = person.getString("nachname") + ", " + person.getString("vorname");
        assertEquals(name, export.getString("name"));
        assertEquals(id, export.getJsonNumber("beschaeftigterId").longValue());
        for (String titel : List.of("Stammdaten", "Werkstattverträge", "Anwesenheit", "Lohnposten", "Entgeltabrechnungen",
                "Leistungsabrechnung", "Teilhabeplanung", "Wahlen", "Änderungsprotokoll")) {
            assertTrue(export.getJsonArray("abschnitte").stream().anyMatch(x -> x.asJsonObject().getString("titel")
                    .startsWith(titel)), titel);
        }
        JsonObject stamm = export.getJsonArray("abschnitte").getJsonObject(0).getJsonArray("datensaetze")
                .getJsonObject(0).getJsonObject("felder");
        assertEquals(person.getString("nachname"), stamm.getString("nachname"));
        assertEquals(6, export.getJsonArray("aufbewahrung").size());
        assertTrue(export.getJsonArray("hinweise").getString(0).contains("Zwecke"));
        // nothing of another person: no other name, no other IBAN, no statement of another person
        String body = export.toString();
        for (JsonValue v : personen) {
            JsonObject q = v.asJsonObject();
            if (q.getJsonNumber("id").longValue() == id) {
                continue;
            }
            String anderer = q.getString("nachname") + ", " + q.getString("vorname");
            if (!anderer.equals(name)) {
                assertFalse(body.contains(anderer), anderer);
            }
            if (q.get("iban") != null && q.get("iban").getValueType() == JsonValue.ValueType.STRING
                    && !q.getString("iban").equals(person.getString("iban", ""))) {
                assertFalse(body.contains(q.getString("iban")), q.getString("iban"));
            }
        }
        // the export is recorded as a read of special-category data
        JsonArray protokoll = admin.get("protokoll?max=50").array();
        assertTrue(protokoll.stream().map(JsonValue::asJsonObject).anyMatch(e -> "LESEN".equals(e.getString("aktion"))
                && "Auskunft nach Art. 15 DSGVO".equals(e.getString("feld", null))
                && e.getJsonNumber("objektId") != null && e.getJsonNumber("objektId").longValue() == id),
                protokoll.toString());

        // the PDF: name and sections; JSON and PDF are not cached
        HttpResponse<byte[]> pdf = roh(base, "beschaeftigte/" + id + "/auskunft.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        String text = ClientScenarios.text(pdf.body());
        assertTrue(text.contains("Auskunft nach Art. 15 DSGVO"), text);
        assertTrue(text.contains(name), text);
        for (String titel : List.of("Stammdaten", "Entgeltabrechnungen", "Teilhabeplanung", "Aufbewahrung", "Seite 1 von")) {
            assertTrue(text.contains(titel), titel + " in " + text);
        }
        HttpResponse<byte[]> json = roh(base, "beschaeftigte/" + id + "/auskunft");
        assertEquals("no-store", json.headers().firstValue("Cache-Control").orElse(""));

        // only the tenant admin; another tenant's admin does not find the person
        assertEquals(403, Api.as(base, "demo/entgelt", "entgelt123!").get("beschaeftigte/" + id + "/auskunft").status());
        assertEquals(403, Api.as(base, "demo/sozialdienst", "sozial123!").get("beschaeftigte/" + id + "/auskunft.pdf")
                .status());
        ClientScenarios.tenantB(base);
        assertEquals(404, Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123").get("beschaeftigte/" + id + "/auskunft").status());

        // retention periods: documented defaults, lengthen yes, shorten no (400)
        JsonArray fristen = admin.get("datenschutz/fristen").array();
        assertEquals(6, fristen.size());
        JsonObject entgelt = fristen.stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("kategorie").equals("ENTGELT")).findFirst().orElseThrow();
        assertEquals(8, entgelt.getInt("standardJahre"));
        assertTrue(entgelt.getString("rechtsgrundlage").contains("§ 147") && entgelt.getString("rechtsgrundlage")
                .contains("§ 41 Abs. 1 Satz 9 EStG"), entgelt.toString());
        Api.Answer kuerzer = admin.put("datenschutz/fristen/ENTGELT", "{\"jahre\":6}");
        assertEquals(400, kuerzer.status(), kuerzer.body());
        assertEquals("jahre", kuerzer.firstErrorField());
        assertTrue(kuerzer.object().getString("meldung").contains("nicht kürzer"), kuerzer.body());
        Api.Answer laenger = admin.put("datenschutz/fristen/ENTGELT", "{\"jahre\":10}");
        assertEquals(200, laenger.status(), laenger.body());
        assertEquals(10, laenger.object().getInt("jahre"));
        assertTrue(admin.get("datenschutz/fristen").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(f -> f.getString("kategorie").equals("ENTGELT") && f.getInt("jahre") == 10));
        assertEquals(200, admin.put("datenschutz/fristen/ENTGELT", "{\"jahre\":8}").status());
        assertEquals(400, admin.put("datenschutz/fristen/UNBEKANNT", "{\"jahre\":8}").status());
        assertEquals(400, admin.put("datenschutz/fristen/TEILHABE", "{\"jahre\":31}").status());
        assertEquals(200, Api.as(base, "demo/pruefer", "pruefer123!").get("datenschutz/fristen").status());
        assertEquals(403, Api.as(base, "demo/pruefer", "pruefer123!").put("datenschutz/fristen/ENTGELT", "{\"jahre\":9}")
                .status());
        // the monthly list (nobody in the demo tenant has ended periods); not for payroll
        Api.Answer liste = admin.get("datenschutz/loeschliste");
        assertEquals(200, liste.status(), liste.body());
        assertEquals(403, Api.as(base, "demo/entgelt", "entgelt123!").get("datenschutz/loeschliste").status());
    }

    private static int anzahl(JsonObject export, String titel) {
        return export.getJsonArray("abschnitte").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("titel").startsWith(titel)).findFirst().orElseThrow()
                .getJsonArray("datensaetze").size();
    }

    private static HttpResponse<byte[]> roh(URL base, String pfad) throws Exception {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "api/v1/" + pfad))
                .header("Authorization", Api.bearer(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
