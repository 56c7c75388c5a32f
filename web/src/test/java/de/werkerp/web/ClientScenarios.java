package de.werkerp.web;

import static de.werkerp.web.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The REST and PDF scenarios of {@link WerkErpIT}, run from outside like an integrator. */
final class ClientScenarios {

    static final String DEMO_ADMIN = "admin";
    static final String DEMO_PASSWORD = "admin123!";

    private ClientScenarios() {
    }

    /** Tenant B, created once through the operator API, with an Einrichtung, a site, a group and a user. */
    record TenantB(long einrichtungId, long siteId, long gruppeId, long userId) {
    }

    private static TenantB tenantB;

    static synchronized TenantB tenantB(URL base) {
        if (tenantB == null) {
            Api operator = Api.as(base, "betrieb", "betrieb123!");
            Api.Answer created = operator.post("traeger", json("kennung", "zweiter", "name", "Zweiter Träger e. V.",
                    "adminBenutzername", "admin.b", "adminName", "Bernd B.", "adminPasswort", "geheim-b-123"));
            assertEquals(201, created.status(), created.body());
            Api b = Api.as(base, "admin.b", "geheim-b-123");
            long e = id(b.post("einrichtungen", json("name", "Werkstatt B", "art", "WFBM")));
            long s = id(b.post("betriebsstaetten", json("einrichtungId", e, "name", "Standort B", "strasse", "Bahnhofstr. 2",
                    "plz", "04109", "ort", "Leipzig", "beitrittsgebiet", true)));
            long g = id(b.post("gruppen", json("betriebsstaetteId", s, "name", "Gruppe B")));
            long u = id(b.post("benutzer", json("benutzername", "entgelt.b", "anzeigename", "Emma B.",
                    "rollen", new String[] {"PAYROLL"}, "passwort", "passwort-b-1")));
            tenantB = new TenantB(e, s, g, u);
        }
        return tenantB;
    }

    private static long id(Api.Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        return answer.object().getJsonNumber("id").longValue();
    }

    static void restIsolation(URL base) {
        TenantB b = tenantB(base);
        Api a = Api.as(base, DEMO_ADMIN, DEMO_PASSWORD);
        Api bAdmin = Api.as(base, "admin.b", "geheim-b-123");

        // lists contain nothing of B
        assertFalse(a.get("einrichtungen").body().contains("Werkstatt B"));
        assertFalse(a.get("betriebsstaetten").body().contains("Standort B"));
        assertFalse(a.get("gruppen").body().contains("Gruppe B"));
        assertFalse(a.get("benutzer").body().contains("entgelt.b"));
        assertTrue(a.get("betriebsstaetten").body().contains("Werk Nord"));

        // read, change and delete by guessed ids: not found, as if they did not exist
        for (String path : new String[] {"einrichtungen/" + b.einrichtungId(), "betriebsstaetten/" + b.siteId(),
                "gruppen/" + b.gruppeId(), "benutzer/" + b.userId()}) {
            assertEquals(404, a.get(path).status(), "GET " + path);
            assertEquals(404, a.delete(path).status(), "DELETE " + path);
        }
        assertEquals(404, a.put("einrichtungen/" + b.einrichtungId(), json("name", "Gekapert", "art", "ALA")).status());
        assertEquals(404, a.put("betriebsstaetten/" + b.siteId(), json("name", "Gekapert")).status());
        assertEquals(404, a.put("gruppen/" + b.gruppeId(), json("name", "Gekapert")).status());
        assertEquals(404, a.put("benutzer/" + b.userId(), json("benutzername", "entgelt.b", "anzeigename", "Gekapert",
                "rollen", new String[] {"TENANT_ADMIN"})).status());
        // attach own objects to B's
        Api.Answer underB = a.post("betriebsstaetten", json("einrichtungId", b.einrichtungId(), "name", "Unter B"));
        assertEquals(400, underB.status());
        assertEquals("einrichtungId", underB.firstErrorField());

        // nothing of B changed
        JsonObject einrichtung = bAdmin.get("einrichtungen/" + b.einrichtungId()).object();
        assertEquals("Werkstatt B", einrichtung.getString("name"));
        assertEquals("WFBM", einrichtung.getString("art"));
        assertTrue(einrichtung.getBoolean("aktiv"));
        JsonObject site = bAdmin.get("betriebsstaetten/" + b.siteId()).object();
        assertEquals("Standort B", site.getString("name"));
        assertTrue(site.getBoolean("aktiv"));
        assertTrue(bAdmin.get("gruppen/" + b.gruppeId()).object().getBoolean("aktiv"));
        JsonObject user = bAdmin.get("benutzer/" + b.userId()).object();
        assertEquals("Emma B.", user.getString("anzeigename"));
        assertEquals("[\"PAYROLL\"]", user.getJsonArray("rollen").toString());
        assertFalse(bAdmin.get("betriebsstaetten").body().contains("Werk Nord"));
    }

    static void restBadInput(URL base) {
        Api a = Api.as(base, DEMO_ADMIN, DEMO_PASSWORD);
        int before = a.get("einrichtungen").array().size();

        Api.Answer notJson = a.post("einrichtungen", "{ das ist kein JSON");
        assertEquals(400, notJson.status(), notJson.body());
        assertTrue(notJson.object().getString("meldung").contains("JSON"), notJson.body());

        Api.Answer noName = a.post("einrichtungen", json("art", "WFBM"));
        assertEquals(400, noName.status(), noName.body());
        assertEquals("name", noName.firstErrorField());
        assertTrue(noName.body().contains("Bitte geben Sie einen Namen ein."), noName.body());

        Api.Answer badArt = a.post("einrichtungen", json("name", "Neue", "art", "XYZ"));
        assertEquals(400, badArt.status());
        assertEquals("art", badArt.firstErrorField());

        Api.Answer duplicate = a.post("einrichtungen", json("name", "Werkstatt Musterstadt", "art", "WFBM"));
        assertEquals(400, duplicate.status());
        assertTrue(duplicate.body().contains("bereits"), duplicate.body());

        Api.Answer badPlz = a.post("betriebsstaetten", json("einrichtungId", firstId(a, "einrichtungen"), "name", "PLZ-Test",
                "plz", "123"));
        assertEquals(400, badPlz.status());
        assertEquals("plz", badPlz.firstErrorField());
        assertTrue(badPlz.body().contains("5 Ziffern"), badPlz.body());

        Api.Answer shortPassword = a.post("benutzer", json("benutzername", "kurz", "anzeigename", "Kurz",
                "rollen", new String[] {"PAYROLL"}, "passwort", "123"));
        assertEquals(400, shortPassword.status());
        assertEquals("passwort", shortPassword.firstErrorField());

        Api.Answer badId = a.get("einrichtungen/abc");
        assertTrue(badId.status() == 404 || badId.status() == 400, badId.body());
        assertTrue(badId.contentType().startsWith("application/json"), badId.contentType());

        // nothing half-stored
        assertEquals(before, a.get("einrichtungen").array().size());
        assertFalse(a.get("betriebsstaetten").body().contains("PLZ-Test"));
        assertFalse(a.get("benutzer").body().contains("\"kurz\""));
    }

    private static long firstId(Api api, String path) {
        return api.get(path).array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static void loginRolesHealth(URL base) {
        Api anonymous = Api.anonymous(base);
        Api.Answer health = anonymous.get("health");
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.object().getString("datenbank"));

        Api.Answer noLogin = anonymous.get("einrichtungen");
        assertEquals(401, noLogin.status());
        Api.Answer wrongPassword = Api.as(base, DEMO_ADMIN, "falsch").get("einrichtungen");
        assertEquals(401, wrongPassword.status());
        assertTrue(wrongPassword.body().contains("Benutzername oder Passwort"), wrongPassword.body());

        // the council reads the organisation, but neither users nor the audit trail, and changes nothing
        Api council = Api.as(base, "werkstattrat", "rat12345!");
        assertEquals(200, council.get("einrichtungen").status());
        assertEquals(403, council.get("benutzer").status());
        assertEquals(403, council.get("protokoll").status());
        Api.Answer councilPost = council.post("einrichtungen", json("name", "Rat", "art", "WFBM"));
        assertEquals(403, councilPost.status());
        assertTrue(councilPost.object().getString("meldung").contains("Rolle"), councilPost.body());

        // the auditor reads, never writes
        Api auditor = Api.as(base, "pruefer", "pruefer123!");
        assertEquals(200, auditor.get("protokoll").status());
        assertEquals(200, auditor.get("benutzer").status());
        assertEquals(403, auditor.post("gruppen", json("name", "x", "betriebsstaetteId", 1)).status());

        // the operator sees tenants, not their data
        Api operator = Api.as(base, "betrieb", "betrieb123!");
        assertEquals(200, operator.get("traeger").status());
        assertEquals(403, operator.get("einrichtungen").status());
        assertEquals(403, operator.get("benutzer").status());
        assertEquals(403, Api.as(base, DEMO_ADMIN, DEMO_PASSWORD).get("traeger").status());

        // the OpenAPI document is served by Payara Micro at /openapi
        String root = base.toString().replaceAll("/[^/]*/?$", "/");
        Api.Answer openapi = Api.anonymous(urlOf(root)).getRaw("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/einrichtungen"), openapi.body().substring(0, Math.min(500, openapi.body().length())));
    }

    private static URL urlOf(String url) {
        try {
            return new URL(url);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void auditTrail(URL base) {
        Api a = Api.as(base, DEMO_ADMIN, DEMO_PASSWORD);
        long id = id(a.post("gruppen", json("betriebsstaetteId", firstId(a, "betriebsstaetten"), "name", "Audit alt")));
        JsonObject gruppe = a.get("gruppen/" + id).object();
        Api.Answer changed = a.put("gruppen/" + id, json("name", "Audit neu", "version", gruppe.getJsonNumber("version").longValue()));
        assertEquals(200, changed.status(), changed.body());
        Api.Answer stale = a.put("gruppen/" + id, json("name", "Veraltet", "version", gruppe.getJsonNumber("version").longValue()));
        assertEquals(409, stale.status(), stale.body());

        boolean found = false;
        for (JsonValue value : a.get("protokoll?max=200").array()) {
            JsonObject entry = value.asJsonObject();
            if ("GEAENDERT".equals(entry.getString("aktion")) && entry.getJsonNumber("objektId").longValue() == id
                    && "name".equals(entry.getString("feld"))) {
                assertEquals("Audit alt", entry.getString("alterWert"));
                assertEquals("Audit neu", entry.getString("neuerWert"));
                assertEquals("admin", entry.getString("benutzer"));
                assertEquals("Gruppe", entry.getString("objekttyp"));
                found = true;
            }
        }
        assertTrue(found, "the change name 'Audit alt' → 'Audit neu' is in the audit trail");
    }

    static void stammdatenPdf(URL base) throws Exception {
        tenantB(base);
        Api.Answer pdf = Api.as(base, DEMO_ADMIN, DEMO_PASSWORD).get("berichte/stammdaten.pdf");
        assertEquals(200, pdf.status(), pdf.body());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String text = text(pdf.bytes());
        assertTrue(text.contains("Werkstätten Musterstadt gGmbH"), text);
        assertTrue(text.contains("Werk Nord"), text);
        assertTrue(text.contains("Gärtnerhof Linde"), text);
        assertTrue(text.contains("Seite 1 von"), text);
        assertFalse(text.contains("Standort B"), text);

        String textB = text(Api.as(base, "admin.b", "geheim-b-123").get("berichte/stammdaten.pdf").bytes());
        assertTrue(textB.contains("Standort B"), textB);
        assertTrue(textB.contains("Zweiter Träger e. V."), textB);
        assertFalse(textB.contains("Werk Nord"), textB);

        assertEquals(403, Api.as(base, "werkstattrat", "rat12345!").get("berichte/stammdaten.pdf").status());
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
