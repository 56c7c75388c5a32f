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

    static final String DEMO_ADMIN = "demo/admin";
    static final String DEMO_PASSWORD = "admin123!";

    private ClientScenarios() {
    }

    /** Tenant B, created once through the operator API, with an Einrichtung, a site, a group and a user. */
    record TenantB(long einrichtungId, long siteId, long gruppeId, long userId) {
    }

    private static TenantB tenantB;

    static synchronized TenantB tenantB(URL base) {
        if (tenantB == null) {
            // the operator creates the tenant; its admin accepts the invitation mail (KontenScenarios)
            Api b = KontenScenarios.traegerMitEinladung(base, "zweiter", "Zweiter Träger e. V.", "admin.b", "Bernd B.",
                    "bernd@zweiter.example", "geheim-b-123");
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
        Api a = Api.mitZweitemFaktor(base, DEMO_ADMIN, DEMO_PASSWORD);
        Api bAdmin = Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123");

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
        Api a = Api.mitZweitemFaktor(base, DEMO_ADMIN, DEMO_PASSWORD);
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
                "plz", "123", "beitrittsgebiet", false));
        assertEquals(400, badPlz.status());
        assertEquals("plz", badPlz.firstErrorField());
        assertTrue(badPlz.body().contains("5 Ziffern"), badPlz.body());
        // the Beitrittsgebiet of a site is required, never assumed (§ 228a SGB VI; issue 15)
        Api.Answer ohneGebiet = a.post("betriebsstaetten", json("einrichtungId", firstId(a, "einrichtungen"), "name",
                "PLZ-Test", "plz", "12345"));
        assertEquals(400, ohneGebiet.status(), ohneGebiet.body());
        assertEquals("beitrittsgebiet", ohneGebiet.firstErrorField());
        assertTrue(ohneGebiet.body().contains("Beitrittsgebiet"), ohneGebiet.body());

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
        Api council = Api.as(base, "demo/werkstattrat", "rat12345!");
        assertEquals(200, council.get("einrichtungen").status());
        assertEquals(403, council.get("benutzer").status());
        assertEquals(403, council.get("protokoll").status());
        Api.Answer councilPost = council.post("einrichtungen", json("name", "Rat", "art", "WFBM"));
        assertEquals(403, councilPost.status());
        assertTrue(councilPost.object().getString("meldung").contains("Rolle"), councilPost.body());

        // the auditor reads, never writes
        Api auditor = Api.as(base, "demo/pruefer", "pruefer123!");
        assertEquals(200, auditor.get("protokoll").status());
        assertEquals(200, auditor.get("benutzer").status());
        assertEquals(403, auditor.post("gruppen", json("name", "x", "betriebsstaetteId", 1)).status());

        // the operator sees tenants, not their data
        Api operator = Api.mitZweitemFaktor(base, "betrieb", "betrieb123!");
        assertEquals(200, operator.get("traeger").status());
        assertEquals(403, operator.get("einrichtungen").status());
        assertEquals(403, operator.get("benutzer").status());
        assertEquals(403, Api.mitZweitemFaktor(base, DEMO_ADMIN, DEMO_PASSWORD).get("traeger").status());

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
        Api a = Api.mitZweitemFaktor(base, DEMO_ADMIN, DEMO_PASSWORD);
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

        // the wrong password of the sign-in scenario (an HTTP Basic request, order 12) is in the trail
        boolean fehlanmeldung = false;
        for (JsonValue value : a.get("protokoll?max=5000").array()) {
            JsonObject entry = value.asJsonObject();
            fehlanmeldung |= "ANMELDUNG_FEHLGESCHLAGEN".equals(entry.getString("aktion"))
                    && "admin".equals(entry.getString("benutzer"));
        }
        assertTrue(fehlanmeldung, "the failed sign-in of 'admin' is in the audit trail");
        // the hash chain of the demo tenant is intact (REST check, also a button on the audit page)
        Api.Answer pruefung = a.get("protokoll/pruefung");
        assertEquals(200, pruefung.status(), pruefung.body());
        assertTrue(pruefung.object().getBoolean("intakt"), pruefung.body());
        assertTrue(pruefung.object().getString("meldung").startsWith("Prüfkette intakt"), pruefung.body());
    }

    static void stammdatenPdf(URL base) throws Exception {
        tenantB(base);
        Api.Answer pdf = Api.mitZweitemFaktor(base, DEMO_ADMIN, DEMO_PASSWORD).get("berichte/stammdaten.pdf");
        assertEquals(200, pdf.status(), pdf.body());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String text = text(pdf.bytes());
        assertTrue(text.contains("Werkstätten Musterstadt gGmbH"), text);
        assertTrue(text.contains("Werk Nord"), text);
        assertTrue(text.contains("Gärtnerhof Linde"), text);
        assertTrue(text.contains("Seite 1 von"), text);
        assertFalse(text.contains("Standort B"), text);

        String textB = text(Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123").get("berichte/stammdaten.pdf").bytes());
        assertTrue(textB.contains("Standort B"), textB);
        assertTrue(textB.contains("Zweiter Träger e. V."), textB);
        assertFalse(textB.contains("Werk Nord"), textB);

        assertEquals(403, Api.as(base, "demo/werkstattrat", "rat12345!").get("berichte/stammdaten.pdf").status());
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static void regelaltersgrenzeRechner(URL base) {
        Api a = Api.mitZweitemFaktor(base, DEMO_ADMIN, DEMO_PASSWORD);
        Api.Answer answer = a.post("rechner/regelaltersgrenze", "{\"geburtsdatum\":\"1960-03-15\"}");
        assertEquals(200, answer.status(), answer.body());
        JsonObject o = answer.object();
        assertEquals("2026-07-14", o.getString("regelaltersgrenzeErreicht"));
        assertEquals("2026-08-01", o.getString("rentenbeginn"));
        assertEquals("2026-07-31", o.getString("massnahmeEndet"));
        assertEquals(3, o.size(), "exactly the three public fields: " + o);
        JsonObject first = a.post("rechner/regelaltersgrenze", "{\"geburtsdatum\":\"1960-03-01\"}").object();
        assertEquals("2026-06-30", first.getString("regelaltersgrenzeErreicht"));
        Api.Answer bad = a.post("rechner/regelaltersgrenze", "{\"geburtsdatum\":\"15.03.1960\"}");
        assertEquals(400, bad.status());
        assertEquals("geburtsdatum", bad.firstErrorField());
        assertEquals(401, Api.anonymous(base).post("rechner/regelaltersgrenze", "{\"geburtsdatum\":\"1960-03-15\"}").status());
    }

    static void peopleAndContracts(URL base) {
        Api a = Api.mitZweitemFaktor(base, DEMO_ADMIN, DEMO_PASSWORD);
        long einrichtung = firstId(a, "einrichtungen");
        long lt = id(a.post("leistungstraeger", json("name", "Landkreis Muster – Eingliederungshilfe", "art", "EINGLIEDERUNGSHILFE",
                "plz", "12345", "ort", "Musterstadt")));
        Api.Answer badRv = a.post("beschaeftigte", json("vorname", "Rita", "nachname", "Rest", "geburtsdatum", "1988-04-02",
                "geschlecht", "WEIBLICH", "rvNummer", "65170839J004"));
        assertEquals(400, badRv.status(), badRv.body());
        assertEquals("rvNummer", badRv.firstErrorField());
        assertTrue(badRv.body().contains("Prüfziffer"), badRv.body());
        Api.Answer badIban = a.post("beschaeftigte", json("vorname", "Rita", "nachname", "Rest", "geburtsdatum", "1988-04-02",
                "geschlecht", "WEIBLICH", "iban", "DE89370400440532013001"));
        assertEquals("iban", badIban.firstErrorField());
        Api.Answer badDate = a.post("beschaeftigte", json("vorname", "Rita", "nachname", "Rest", "geburtsdatum", "02.04.1988",
                "geschlecht", "WEIBLICH"));
        assertEquals("geburtsdatum", badDate.firstErrorField());
        long person = id(a.post("beschaeftigte", json("vorname", "Rita", "nachname", "Rest", "geburtsdatum", "1988-04-02",
                "geschlecht", "WEIBLICH", "rvNummer", "65 170839 J 00 3", "iban", "DE89 3704 0044 0532 0130 00",
                "personenkreis", "GEISTIGE_BEHINDERUNG")));
        assertEquals("65170839J003", a.get("beschaeftigte/" + person).object().getString("rvNummer"));

        Api.Answer partTimeWithoutReason = a.post("vertraege", json("beschaeftigterId", person, "einrichtungId", einrichtung,
                "beginn", "2026-01-01", "bereich", "EV", "wochenstunden", "30"));
        assertEquals(400, partTimeWithoutReason.status(), partTimeWithoutReason.body());
        assertEquals("wochenstunden", partTimeWithoutReason.firstErrorField());
        long vertrag = id(a.post("vertraege", json("beschaeftigterId", person, "einrichtungId", einrichtung,
                "beginn", "2026-01-01", "bereich", "EV", "wochenstunden", "37,5")));
        Api.Answer bew = a.post("vertraege/" + vertrag + "/bewilligungen", json("leistungstraegerId", lt, "aktenzeichen", "EGH-4711",
                "gueltigAb", "2026-01-01", "gueltigBis", "2026-12-31", "bereich", "EV", "satz", "68.50"));
        assertEquals(201, bew.status(), bew.body());
        Api.Answer reversed = a.post("vertraege/" + vertrag + "/bewilligungen", json("leistungstraegerId", lt, "aktenzeichen", "X",
                "gueltigAb", "2027-12-31", "gueltigBis", "2027-01-01", "bereich", "EV"));
        assertEquals(400, reversed.status());
        assertEquals("gueltigBis", reversed.firstErrorField());
        long bewId = bew.object().getJsonNumber("id").longValue();
        Api.Answer corrected = a.put("vertraege/" + vertrag + "/bewilligungen/" + bewId, json("leistungstraegerId", lt,
                "aktenzeichen", "EGH-4711-K", "gueltigAb", "2026-01-01", "gueltigBis", "2026-12-31", "bereich", "EV", "satz", "68.50"));
        assertEquals(200, corrected.status(), corrected.body());
        long wrong = id(a.post("vertraege/" + vertrag + "/bewilligungen", json("leistungstraegerId", lt, "aktenzeichen", "IRRTUM",
                "gueltigAb", "2027-01-01", "gueltigBis", "2027-06-30", "bereich", "EV")));
        assertEquals(404, Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123").delete("vertraege/" + vertrag + "/bewilligungen/" + wrong).status());
        assertEquals(204, a.delete("vertraege/" + vertrag + "/bewilligungen/" + wrong).status());
        JsonObject v = a.get("vertraege/" + vertrag).object();
        assertEquals(1, v.getJsonArray("phasen").size());
        assertEquals("37.50", v.getJsonArray("arbeitszeiten").getJsonObject(0).getString("wochenstunden"));
        assertEquals("EGH-4711-K", v.getJsonArray("bewilligungen").getJsonObject(0).getString("aktenzeichen"));
        assertEquals(1, v.getJsonArray("bewilligungen").size());

        // the contract as PDF: the person's name and the agreed hours
        Api.Answer pdf = a.get("vertraege/" + vertrag + "/vertrag.pdf");
        assertEquals(200, pdf.status(), pdf.body());
        try {
            String text = text(pdf.bytes());
            assertTrue(text.contains("Rita Rest"), text);
            assertTrue(text.contains("37,5 Stunden"), text);
            assertTrue(text.contains("§ 221 SGB IX"), text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        // payroll sees the person without special-category data; the council sees no person at all
        JsonObject payrollView = Api.as(base, "demo/entgelt", "entgelt123!").get("beschaeftigte/" + person).object();
        assertTrue(!payrollView.containsKey("personenkreis") || payrollView.isNull("personenkreis"), payrollView.toString());
        assertEquals(403, Api.as(base, "demo/werkstattrat", "rat12345!").get("beschaeftigte").status());
        assertEquals(403, Api.as(base, "demo/werkstattrat", "rat12345!").get("vertraege/" + vertrag).status());

        // another tenant guesses the ids
        Api b = Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123");
        tenantB(base);
        assertEquals(404, b.get("beschaeftigte/" + person).status());
        assertEquals(404, b.get("vertraege/" + vertrag).status());
        assertEquals(404, b.post("vertraege/" + vertrag + "/beenden", json("ende", "2026-06-30", "grund", "SONSTIGE",
                "begruendung", "x")).status());
        assertFalse(b.get("beschaeftigte").body().contains("Rest"));
        JsonObject unchanged = a.get("vertraege/" + vertrag).object();
        assertTrue(!unchanged.containsKey("ende") || unchanged.isNull("ende"), unchanged.toString());
    }

    /** rules.md § 3 worked example: the public contract of POST /api/v1/rechner/sozialversicherung. */
    static void sozialversicherungRechner(URL base) {
        Api a = Api.mitZweitemFaktor(base, DEMO_ADMIN, DEMO_PASSWORD);
        Api.Answer answer = a.post("rechner/sozialversicherung", "{\"monat\":\"2025-03\",\"arbeitsentgelt\":\"250.00\","
                + "\"kinderlos\":true,\"alter\":30,\"kinderUnter25\":0,\"beitrittsgebiet\":false,\"zusatzbeitragssatzKasse\":\"2.5\"}");
        assertEquals(200, answer.status(), answer.body());
        JsonObject o = answer.object();
        assertEquals("749.00", o.getJsonObject("kv").getString("bemessungsgrundlage"));
        assertEquals("109.35", o.getJsonObject("kv").getString("traeger"));
        assertEquals("0.00", o.getJsonObject("kv").getString("beschaeftigter"));
        assertEquals("18.73", o.getJsonObject("kvZusatzbeitrag").getString("traeger"));
        assertEquals("0.00", o.getJsonObject("kvZusatzbeitrag").getString("beschaeftigter"));
        assertEquals("26.96", o.getJsonObject("pv").getString("traeger"));
        assertEquals("4.49", o.getJsonObject("pv").getString("beschaeftigter"));
        JsonObject rv = o.getJsonObject("rv");
        assertEquals("2996.00", rv.getString("bemessungsgrundlage"));
        assertEquals("557.26", rv.getString("traeger"));
        assertEquals("0.00", rv.getString("beschaeftigter"));
        assertEquals("510.76", rv.getString("erstattungBund"));
        assertEquals("46.50", rv.getString("erstattungLeistungstraeger"));
        assertEquals("4.49", o.getString("abzugBeschaeftigter"));
        Api.Answer unknownYear = a.post("rechner/sozialversicherung", "{\"monat\":\"2031-01\",\"arbeitsentgelt\":\"250.00\"}");
        assertEquals(400, unknownYear.status(), unknownYear.body());
        assertTrue(unknownYear.body().contains("Rechengrößen"), unknownYear.body());
        assertEquals("arbeitsentgelt", a.post("rechner/sozialversicherung", "{\"monat\":\"2025-03\",\"arbeitsentgelt\":\"viel\"}")
                .firstErrorField());
        assertEquals(30, o.getInt("svTage"), "without svTage a whole month");

        // rules.md § 3 worked example of a partial month: 2026, entry 21.04. (10 SV-Tage), 120 €, childless, 30
        Api.Answer teil = a.post("rechner/sozialversicherung", "{\"monat\":\"2026-04\",\"arbeitsentgelt\":\"120.00\","
                + "\"kinderlos\":true,\"alter\":30,\"zusatzbeitragssatzKasse\":\"2.9\",\"svTage\":10}");
        assertEquals(200, teil.status(), teil.body());
        JsonObject t = teil.object();
        assertEquals(10, t.getInt("svTage"));
        assertEquals("263.67", t.getJsonObject("kv").getString("bemessungsgrundlage"));
        assertEquals("38.50", t.getJsonObject("kv").getString("traeger"));
        assertEquals("7.65", t.getJsonObject("kvZusatzbeitrag").getString("traeger"));
        assertEquals("9.49", t.getJsonObject("pv").getString("traeger"));
        assertEquals("1.58", t.getJsonObject("pv").getString("beschaeftigter"));
        assertEquals("1054.67", t.getJsonObject("rv").getString("bemessungsgrundlage"));
        assertEquals("196.17", t.getJsonObject("rv").getString("traeger"));
        assertEquals("173.85", t.getJsonObject("rv").getString("erstattungBund"));
        assertEquals("22.32", t.getJsonObject("rv").getString("erstattungLeistungstraeger"));
        // svTage outside 1–30: 400 with a German message, nothing computed
        for (String falsch : new String[] {"0", "31", "-5", "2147483647", "99999999999", "10.5", "\"abc\"", "true",
                "[10]", "{}"}) {
            Api.Answer f = a.post("rechner/sozialversicherung", "{\"monat\":\"2026-04\",\"arbeitsentgelt\":\"120.00\","
                    + "\"svTage\":" + falsch + "}");
            assertEquals(400, f.status(), falsch + ": " + f.body());
            assertEquals("svTage", f.firstErrorField(), f.body());
            assertTrue(f.body().contains("SV-Tage müssen eine ganze Zahl von 1 bis 30 sein"), f.body());
        }
    }

    /** The public contract of POST /api/v1/rechner/entgelt (issue 4) and the change of the Grundbetrag on 2024-08-01. */
    static void entgeltRechner(URL base) {
        Api a = Api.mitZweitemFaktor(base, DEMO_ADMIN, DEMO_PASSWORD);
        JsonObject o = a.post("rechner/entgelt", "{\"monat\":\"2025-03\",\"steigerungsbetrag\":\"117.00\"}").object();
        assertEquals("133.00", o.getString("grundbetrag"));
        assertEquals("117.00", o.getString("steigerungsbetrag"));
        assertEquals("250.00", o.getString("arbeitsentgelt"));
        assertEquals("52.00", o.getString("arbeitsfoerderungsgeld"));
        assertEquals("126.00", a.post("rechner/entgelt", "{\"monat\":\"2024-07\",\"steigerungsbetrag\":\"0\"}").object()
                .getString("grundbetrag"));
        JsonObject higher = a.post("rechner/entgelt", "{\"monat\":\"2025-03\",\"steigerungsbetrag\":\"200.00\",\"grundbetrag\":\"140.00\"}").object();
        assertEquals("340.00", higher.getString("arbeitsentgelt"));
        assertEquals("11.00", higher.getString("arbeitsfoerderungsgeld"));
        assertEquals("steigerungsbetrag", a.post("rechner/entgelt", "{\"monat\":\"2025-03\",\"steigerungsbetrag\":\"-5\"}").firstErrorField());
        assertEquals("monat", a.post("rechner/entgelt", "{\"monat\":\"2010-01\",\"steigerungsbetrag\":\"5\"}").firstErrorField());
    }

    /** The public contract of POST /api/v1/rechner/wahl (issue 7); the council may use it. */
    static void wahlRechner(URL base) {
        Api council = Api.as(base, "demo/werkstattrat", "rat12345!");
        Api.Answer answer = council.post("rechner/wahl", "{\"einrichtungsart\":\"WFBM\",\"wahlberechtigte\":240,\"wahlberechtigteFrauen\":110}");
        assertEquals(200, answer.status(), answer.body());
        JsonObject o = answer.object();
        assertEquals(5, o.getInt("werkstattratMitglieder"));
        assertEquals(1, o.getInt("frauenbeauftragte"));
        assertEquals(1, o.getInt("stellvertreterinnen"));
        assertTrue(o.getBoolean("freistellungVorsitz"));
        assertFalse(o.getBoolean("freistellungStellvertretung"));
        assertFalse(o.getBoolean("freistellungFrauenbeauftragte"));
        JsonObject ala = council.post("rechner/wahl", "{\"einrichtungsart\":\"ALA\",\"wahlberechtigte\":4,\"wahlberechtigteFrauen\":2}").object();
        assertEquals(0, ala.getInt("werkstattratMitglieder"));
        assertEquals(0, ala.getInt("frauenbeauftragte"));
        assertEquals(0, ala.getInt("stellvertreterinnen"));
        assertEquals("wahlberechtigteFrauen", council.post("rechner/wahl",
                "{\"einrichtungsart\":\"WFBM\",\"wahlberechtigte\":10,\"wahlberechtigteFrauen\":11}").firstErrorField());
    }
}
