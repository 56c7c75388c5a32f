package de.werkerp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.openqa.selenium.By;

/**
 * Issue 16 item 2, second factor and API tokens (README "Sign-in"), over REST and in the browser: set-up without a
 * browser, a code accepted once, recovery codes once, wrong codes counted by the lock per name, Basic refused for
 * accounts with a second factor, tokens with their user's roles and tenant, revoked/expired/deactivated → 401, the
 * Träger-Admin's reset, and a Träger-Admin without the second factor held on the set-up page. Throwaway users only.
 */
final class ZweifaktorScenarios {

    // logins of throwaway users of the demo tenant (kennung/benutzername, README "Sign-in")
    static final String REST_USER = "demo/zf.rest";
    static final String LOHN_USER = "demo/zf.lohn";
    /** Compile-time constants: the in-container step of WerkErpIT reads them without this class. */
    static final String SPERRE_NAME = "zf.sperre";
    static final String SPERRE_USER = "demo/" + SPERRE_NAME;
    static final String CHEF_USER = "demo/zf.chef";
    static final String ADMIN_USER = "demo/zf.admin";
    static final String PASSWORT = "zwei-faktor-123";
    static final String ABGELAUFEN = "Abgelaufen";
    /** The token that the in-container step makes expired (between {@link #rest} and {@link #nachAblauf}). */
    static String abgelaufenesToken;
    static String lohnToken;
    static long lohnId;

    private ZweifaktorScenarios() {
    }

    private static Api admin(URL base) {
        return Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD);
    }

    /** The user name within the tenant. */
    static String name(String login) {
        return login.substring(login.indexOf('/') + 1);
    }

    /**
     * A user created by the demo admin; the admin's initial password must be changed first (README "Sign-in"), so the
     * user changes it to {@link #PASSWORT} (HTTP Basic is allowed for exactly that call).
     */
    private static long benutzer(URL base, String login, String rolle) {
        String anfang = "anfang-" + PASSWORT;
        Api.Answer a = admin(base).post("benutzer", Api.json("benutzername", name(login), "anzeigename", "Test " + name(login),
                "rollen", new String[] {rolle}, "passwort", anfang));
        assertEquals(201, a.status(), a.body());
        Api.Answer geaendert = ohneAdressverzoegerung(() -> Api.as(base, login, anfang).post("konto/passwort",
                Api.json("aktuellesPasswort", anfang, "neuesPasswort", PASSWORT)));
        assertEquals(204, geaendert.status(), geaendert.body());
        return a.object().getJsonNumber("id").longValue();
    }

    /** Repeats a sign-in call while the address delay of earlier failures answers 429 (other tests' failures). */
    static Api.Answer ohneAdressverzoegerung(Supplier<Api.Answer> call) {
        for (int i = 0; i < 15; i++) {
            Api.Answer a = call.get();
            if (a.status() != 429 || !a.body().contains("von Ihrer Adresse")) {
                return a;
            }
            schlafe(2);
        }
        throw new AssertionError("address delay did not end");
    }

    private static Api.Answer tokenAnfrage(URL base, String user, String code, String name) {
        return ohneAdressverzoegerung(() -> Api.anonymous(base).post("anmeldung/token", Api.json("benutzername", user,
                "passwort", PASSWORT, "code", code, "name", name, "gueltigBis", LocalDate.now().plusDays(10).toString())));
    }

    private static String falsch(String code) {
        char c = code.charAt(0);
        return (c == '9' ? '0' : (char) (c + 1)) + code.substring(1);
    }

    /** Set-up and tokens through REST; token roles, tenant, revocation; Basic refused; reset by the Träger-Admin. */
    static void rest(URL base) {
        long restId = benutzer(base, REST_USER, "AUDITOR");
        lohnId = benutzer(base, LOHN_USER, "PAYROLL");
        Api basic = Api.as(base, REST_USER, PASSWORT);
        assertEquals(200, ohneAdressverzoegerung(() -> basic.get("benutzer")).status(), "HTTP Basic works while the account has no second factor");

        // set-up without a browser: secret, a wrong code refused, the right one gives ten recovery codes once
        Api anonym = Api.anonymous(base);
        Api.Answer start = ohneAdressverzoegerung(() -> anonym.post("anmeldung/zweifaktor", Api.json("benutzername", REST_USER, "passwort", PASSWORT)));
        assertEquals(200, start.status(), start.body());
        String geheimnis = start.object().getString("geheimnis");
        assertTrue(geheimnis.matches("[A-Z2-7]{32}"), geheimnis);
        assertTrue(start.object().getString("otpauth").startsWith("otpauth://totp/"), start.body());
        Zweitfaktor.merke(REST_USER, geheimnis);
        String richtig = Zweitfaktor.code(REST_USER);
        Api.Answer falscherCode = ohneAdressverzoegerung(() -> anonym.post("anmeldung/zweifaktor", Api.json("benutzername",
                REST_USER, "passwort", PASSWORT, "code", falsch(richtig))));
        assertEquals(400, falscherCode.status(), falscherCode.body());
        assertEquals("code", falscherCode.firstErrorField());
        Api.Answer ok = ohneAdressverzoegerung(() -> anonym.post("anmeldung/zweifaktor", Api.json("benutzername", REST_USER,
                "passwort", PASSWORT, "code", richtig)));
        assertEquals(200, ok.status(), ok.body());
        List<String> wiederherstellung = ok.object().getJsonArray("wiederherstellungscodes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(10, wiederherstellung.size());
        Api.Answer nochmal = ohneAdressverzoegerung(() -> anonym.post("anmeldung/zweifaktor", Api.json("benutzername", REST_USER, "passwort", PASSWORT)));
        assertEquals(409, nochmal.status(), "set up once; a new secret needs a reset: " + nochmal.body());

        // HTTP Basic is refused now, with a German pointer to API tokens
        Api.Answer basicAbgelehnt = ohneAdressverzoegerung(() -> basic.get("benutzer"));
        assertEquals(401, basicAbgelehnt.status(), basicAbgelehnt.body());
        assertTrue(basicAbgelehnt.body().contains("API-Token"), basicAbgelehnt.body());

        // the code that confirmed the set-up is used: a replay within its 90 s is refused (and recorded)
        Api.Answer replay = tokenAnfrage(base, REST_USER, Zweitfaktor.letzterCode(REST_USER), "Replay");
        assertEquals(401, replay.status(), replay.body());
        assertTrue(replay.body().contains("bereits verwendet"), replay.body());

        // a token with a fresh code: shown once, werk_ + 43 characters, stored hashed; same roles as the user
        Api.Answer neu = tokenAnfrage(base, REST_USER, Zweitfaktor.code(REST_USER), "Auswertung");
        assertEquals(201, neu.status(), neu.body());
        String token = neu.object().getString("token");
        assertTrue(token.matches("werk_[A-Za-z0-9_-]{43}"), token);
        Api mitToken = Api.mitToken(base, token);
        assertEquals(200, mitToken.get("protokoll").status(), "the auditor reads the trail with the token");
        assertEquals(403, mitToken.post("gruppen", Api.json("name", "x", "betriebsstaetteId", 1)).status(),
                "the auditor's token does not write");
        JsonObject eintrag = mitToken.get("konto/tokens").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Auswertung")).findFirst().orElseThrow();
        assertTrue(eintrag.containsKey("zuletztBenutzt") && !eintrag.isNull("zuletztBenutzt"), "last use is recorded: " + eintrag);
        assertFalse(eintrag.toString().contains(token), "the list never shows the value");

        // a recovery code works once
        Api.Answer mitWiederherstellung = tokenAnfrage(base, REST_USER, wiederherstellung.get(0), "Notfall");
        assertEquals(201, mitWiederherstellung.status(), mitWiederherstellung.body());
        Api.Answer zweimal = tokenAnfrage(base, REST_USER, wiederherstellung.get(0), "Notfall 2");
        assertEquals(401, zweimal.status(), zweimal.body());

        // at most one year, German 400; revoked → 401
        Api.Answer zuLang = mitToken.post("konto/tokens", Api.json("name", "Lang", "gueltigBis", LocalDate.now().plusYears(2).toString()));
        assertEquals(400, zuLang.status(), zuLang.body());
        assertEquals("gueltigBis", zuLang.firstErrorField());
        assertTrue(zuLang.body().contains("höchstens ein Jahr"), zuLang.body());
        long notfallId = mitWiederherstellung.object().getJsonNumber("id").longValue();
        Api notfall = Api.mitToken(base, mitWiederherstellung.object().getString("token"));
        assertEquals(200, notfall.get("protokoll").status());
        assertEquals(204, mitToken.delete("konto/tokens/" + notfallId).status());
        assertEquals(401, notfall.get("protokoll").status(), "a revoked token is refused");
        assertEquals(404, Api.mitToken(base, lohnTokenFuer(base)).delete("konto/tokens/" + neu.object().getJsonNumber("id")
                .longValue()).status(), "another user's token cannot be revoked");
        assertEquals(200, mitToken.get("protokoll").status(), "still valid");

        // a PAYROLL user without a second factor: token without code; no admin things; Basic still works
        Api lohn = Api.mitToken(base, lohnTokenFuer(base));
        assertEquals(200, lohn.get("einrichtungen").status());
        assertEquals(403, lohn.get("benutzer").status());
        assertEquals(403, lohn.post("benutzer", Api.json("benutzername", "zf.boese", "anzeigename", "Böse",
                "rollen", new String[] {"TENANT_ADMIN"}, "passwort", PASSWORT)).status());
        assertEquals(200, ohneAdressverzoegerung(() -> Api.as(base, LOHN_USER, PASSWORT).get("einrichtungen")).status());

        // a token of tenant A never reaches tenant B
        Api b = Api.mitZweitemFaktor(base, "zweiter/admin.b", "geheim-b-123");
        long einrichtungB = b.get("einrichtungen").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, lohn.get("einrichtungen/" + einrichtungB).status());
        assertTrue(lohn.get("einrichtungen").array().stream()
                .noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == einrichtungB));

        // the token to expire (in-container step), and wrong/unknown tokens
        Api.Answer ablauf = lohn.post("konto/tokens", Api.json("name", ABGELAUFEN, "gueltigBis", LocalDate.now().plusDays(1).toString()));
        assertEquals(201, ablauf.status(), ablauf.body());
        abgelaufenesToken = ablauf.object().getString("token");
        assertEquals(200, Api.mitToken(base, abgelaufenesToken).get("einrichtungen").status());
        assertEquals(401, Api.mitToken(base, "werk_" + "A".repeat(43)).get("einrichtungen").status());
        assertEquals(401, Api.mitToken(base, "kein-token").get("einrichtungen").status());

        // a Träger-Admin must set up the second factor: Basic refused, no token before
        benutzer(base, ADMIN_USER, "TENANT_ADMIN");
        Api.Answer adminBasic = ohneAdressverzoegerung(() -> Api.as(base, ADMIN_USER, PASSWORT).get("einrichtungen"));
        assertEquals(401, adminBasic.status(), adminBasic.body());
        assertTrue(adminBasic.body().contains("API-Token"), adminBasic.body());
        Api.Answer ohneEinrichtung = ohneAdressverzoegerung(() -> Api.anonymous(base).post("anmeldung/token",
                Api.json("benutzername", ADMIN_USER, "passwort", PASSWORT, "name", "x", "gueltigBis", LocalDate.now().toString())));
        assertEquals(403, ohneEinrichtung.status(), ohneEinrichtung.body());

        // new recovery codes need a current code and replace the old ones
        JsonObject stand = mitToken.get("konto/zweifaktor").object();
        assertTrue(stand.getBoolean("aktiv"), stand.toString());
        assertEquals(9, stand.getInt("offeneCodes"), "one recovery code was used: " + stand);
        Api.Answer neueCodes = mitToken.post("konto/zweifaktor/wiederherstellungscodes", Api.json("code", Zweitfaktor.code(REST_USER)));
        assertEquals(200, neueCodes.status(), neueCodes.body());
        assertEquals(10, neueCodes.object().getJsonArray("wiederherstellungscodes").size());
        Api.Answer alterCode = tokenAnfrage(base, REST_USER, wiederherstellung.get(1), "Alt");
        assertEquals(401, alterCode.status(), "the old recovery codes no longer work: " + alterCode.body());

        // switching off: never for the required roles; otherwise password and code
        Api.Answer adminAus = admin(base).post("konto/zweifaktor/abschalten",
                Api.json("passwort", ClientScenarios.DEMO_PASSWORD, "code", "000000"));
        assertEquals(400, adminAus.status(), adminAus.body());
        assertTrue(adminAus.body().contains("vorgeschrieben"), adminAus.body());
        Api.Answer falschesPasswort = mitToken.post("konto/zweifaktor/abschalten",
                Api.json("passwort", "nicht-das-passwort", "code", Zweitfaktor.code(REST_USER)));
        assertEquals(400, falschesPasswort.status(), falschesPasswort.body());
        assertEquals("passwort", falschesPasswort.firstErrorField());
        Api.Answer aus = mitToken.post("konto/zweifaktor/abschalten", Api.json("passwort", PASSWORT, "code", Zweitfaktor.code(REST_USER)));
        assertEquals(204, aus.status(), aus.body());
        assertEquals(200, ohneAdressverzoegerung(() -> Api.as(base, REST_USER, PASSWORT).get("benutzer")).status(),
                "without the second factor, HTTP Basic again");

        // only the Träger-Admin of the user's tenant may reset a second factor (falscheCodes resets one)
        Api operator = Api.mitZweitemFaktor(base, "betrieb", "betrieb123!");
        assertEquals(403, operator.delete("benutzer/" + restId + "/zweifaktor").status());
        assertEquals(404, b.delete("benutzer/" + restId + "/zweifaktor").status(), "another tenant's user is not found");

        // a new password revokes the account's API tokens: the own change, and a password the Träger-Admin sets
        String wechselUser = "demo/zf.wechsel";
        long wechselId = benutzer(base, wechselUser, "PAYROLL");
        Api.Answer vorWechsel = tokenAnfrage(base, wechselUser, null, "Vor dem Wechsel");
        assertEquals(201, vorWechsel.status(), vorWechsel.body());
        Api wechselToken = Api.mitToken(base, vorWechsel.object().getString("token"));
        assertEquals(200, wechselToken.get("einrichtungen").status());
        String neuesPasswort = "neu-" + PASSWORT;
        Api.Answer gewechselt = ohneAdressverzoegerung(() -> Api.as(base, wechselUser, PASSWORT).post("konto/passwort",
                Api.json("aktuellesPasswort", PASSWORT, "neuesPasswort", neuesPasswort)));
        assertEquals(204, gewechselt.status(), gewechselt.body());
        assertEquals(401, wechselToken.get("einrichtungen").status(), "a token made before the own password change is revoked");
        Api.Answer nachWechsel = ohneAdressverzoegerung(() -> Api.anonymous(base).post("anmeldung/token", Api.json("benutzername",
                wechselUser, "passwort", neuesPasswort, "name", "Nach dem Wechsel", "gueltigBis", LocalDate.now().plusDays(10).toString())));
        assertEquals(201, nachWechsel.status(), nachWechsel.body());
        Api zweitesToken = Api.mitToken(base, nachWechsel.object().getString("token"));
        assertEquals(200, zweitesToken.get("einrichtungen").status(), "a token made with the new password works");
        JsonObject wechselKonto = admin(base).get("benutzer/" + wechselId).object();
        Api.Answer gesetzt = admin(base).put("benutzer/" + wechselId, Api.json("benutzername", name(wechselUser),
                "anzeigename", wechselKonto.getString("anzeigename"), "rollen", new String[] {"PAYROLL"}, "aktiv", true,
                "passwort", "vom-admin-" + PASSWORT, "version", wechselKonto.getJsonNumber("version").longValue()));
        assertEquals(200, gesetzt.status(), gesetzt.body());
        assertEquals(401, zweitesToken.get("einrichtungen").status(), "a password set by the Träger-Admin revokes the tokens too");
        long widerrufenProtokolliert = admin(base).get("protokoll?max=500").array().stream().map(JsonValue::asJsonObject)
                .filter(e -> "STATUS".equals(e.getString("aktion")) && e.getString("neuerWert", "").startsWith("1 API-Token widerrufen"))
                .count();
        assertEquals(2, widerrufenProtokolliert, "both revocations are in the audit trail");

        boolean abgeschaltet = false;
        boolean replayProtokolliert = false;
        for (JsonValue v : admin(base).get("protokoll?max=500").array()) {
            JsonObject e = v.asJsonObject();
            String neuerWert = e.getString("neuerWert", "");
            abgeschaltet |= "STATUS".equals(e.getString("aktion")) && name(REST_USER).equals(e.getString("benutzer"))
                    && neuerWert.equals("abgeschaltet");
            replayProtokolliert |= "ANMELDUNG_FEHLGESCHLAGEN".equals(e.getString("aktion")) && name(REST_USER).equals(e.getString("benutzer"))
                    && neuerWert.contains("bereits verwendet");
        }
        assertTrue(abgeschaltet, "the switch-off is in the audit trail");
        assertTrue(replayProtokolliert, "the refused replay is in the audit trail");
    }

    private static String lohnTokenFuer(URL base) {
        if (lohnToken == null) {
            Api.Answer a = tokenAnfrage(base, LOHN_USER, null, "Lohnprogramm");
            assertEquals(201, a.status(), a.body());
            lohnToken = a.object().getString("token");
        }
        return lohnToken;
    }

    /** After the in-container step moved the token's last day into the past, and after deactivating its user. */
    static void nachAblauf(URL base) {
        assertEquals(401, Api.mitToken(base, abgelaufenesToken).get("einrichtungen").status(), "an expired token is refused");
        Api lohn = Api.mitToken(base, lohnToken);
        assertEquals(200, lohn.get("einrichtungen").status());
        assertEquals(200, admin(base).delete("benutzer/" + lohnId).status());
        // the directory caches accounts for up to 10 s
        long bis = System.currentTimeMillis() + 20_000;
        while (lohn.get("einrichtungen").status() == 200 && System.currentTimeMillis() < bis) {
            schlafe(1);
        }
        assertEquals(401, lohn.get("einrichtungen").status(), "a deactivated user's token ends");
    }

    /**
     * The browser: a Träger-Admin without the second factor reaches only the set-up page; sets it up (QR code and
     * secret, code, recovery codes); signs in with a code (wrong and replayed codes refused, a recovery code once);
     * changes the own password; creates and revokes an API token on its page.
     */
    static void browser(URL base) {
        benutzer(base, CHEF_USER, "TENANT_ADMIN");
        try (Browser browser = new Browser(base)) {
            browser.open("login.xhtml");
            browser.type(By.id("login:kennung"), "demo");
            browser.type(By.id("login:benutzername"), name(CHEF_USER));
            browser.type(By.id("login:passwort"), PASSWORT);
            browser.click(By.id("login:anmelden"));
            browser.waitVisible(By.id("zweifaktorForm:pflichtHinweis"));
            assertTrue(browser.driver().getCurrentUrl().contains("konto/zweifaktor"), browser.driver().getCurrentUrl());
            // every other page leads back to the set-up
            browser.open("index.xhtml");
            browser.waitVisible(By.id("zweifaktorForm:pflichtHinweis"));
            browser.open("admin/benutzer.xhtml");
            browser.waitVisible(By.id("zweifaktorForm:pflichtHinweis"));
            assertTrue(browser.driver().getCurrentUrl().contains("konto/zweifaktor"), browser.driver().getCurrentUrl());
            browser.open("api/v1/benutzer");
            assertTrue(browser.pageText().contains("Zwei-Faktor-Anmeldung ein"), browser.pageText());

            browser.open("konto/zweifaktor.xhtml");
            browser.click(By.id("zweifaktorForm:einrichten"));
            String qr = browser.waitVisible(By.id("qrCode")).getAttribute("src");
            assertTrue(qr.startsWith("data:image/png;base64,"), qr);
            assertTrue(browser.driver().findElement(By.id("geheimnis")).getText().matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}"));
            browser.type(By.id("zweifaktorForm:code"), "12345");
            browser.click(By.id("zweifaktorForm:bestaetigen"));
            browser.waitForText(By.id("zweifaktorForm"), "Der Code ist falsch");
            browser.screenshot("zweifaktor-einrichtung");
            browser.open("konto/zweifaktor.xhtml");
            List<String> codes = browser.zweitenFaktorEinrichten(CHEF_USER);
            assertEquals(10, codes.size(), codes.toString());
            browser.screenshot("zweifaktor-wiederherstellungscodes");
            browser.open("admin/benutzer.xhtml");
            browser.waitVisible(By.id("listeForm"));
            browser.logout();

            // sign in with the code: wrong, then a replay of the last used code, then right
            browser.open("login.xhtml");
            browser.type(By.id("login:kennung"), "demo");
            browser.type(By.id("login:benutzername"), name(CHEF_USER));
            browser.type(By.id("login:passwort"), PASSWORT);
            browser.click(By.id("login:anmelden"));
            browser.type(By.id("zweitfaktor:code"), falsch(Zweifaktorregel_code(CHEF_USER)));
            browser.click(By.id("zweitfaktor:bestaetigen"));
            browser.waitForText(By.id("meldungen"), "Der Code ist falsch");
            browser.type(By.id("zweitfaktor:code"), Zweitfaktor.letzterCode(CHEF_USER));
            browser.click(By.id("zweitfaktor:bestaetigen"));
            browser.waitForText(By.id("meldungen"), "bereits verwendet");
            browser.type(By.id("zweitfaktor:code"), codes.get(0));
            browser.click(By.id("zweitfaktor:bestaetigen"));
            browser.waitVisible(By.id("benutzerName"));
            browser.logout();
            browser.open("login.xhtml");
            browser.type(By.id("login:kennung"), "demo");
            browser.type(By.id("login:benutzername"), name(CHEF_USER));
            browser.type(By.id("login:passwort"), PASSWORT);
            browser.click(By.id("login:anmelden"));
            browser.type(By.id("zweitfaktor:code"), codes.get(0));
            browser.click(By.id("zweitfaktor:bestaetigen"));
            browser.waitForText(By.id("meldungen"), "Der Code ist falsch");
            browser.click(By.id("zweitfaktor:abbrechen"));
            browser.login(CHEF_USER, PASSWORT);
            assertEquals("Test " + name(CHEF_USER), browser.driver().findElement(By.id("benutzerName")).getText());

            // change the own password after a TOTP sign-in; then sign in with the new password and a code
            browser.open("konto/passwort.xhtml");
            browser.type(By.id("passwortForm:aktuellesPasswort"), PASSWORT);
            browser.type(By.id("passwortForm:neuesPasswort"), "neu-mit-zwei-faktoren");
            browser.type(By.id("passwortForm:wiederholung"), "neu-mit-zwei-faktoren");
            browser.click(By.id("passwortForm:aendern"));
            long bis = System.currentTimeMillis() + 20_000;
            while (!browser.driver().getPageSource().contains("Ihr Passwort wurde ge") && System.currentTimeMillis() < bis) {
                schlafe(1);
            }
            assertTrue(browser.driver().getPageSource().contains("Ihr Passwort wurde ge"));
            browser.logout();
            browser.login(CHEF_USER, "neu-mit-zwei-faktoren");

            // API tokens page: create (value shown once), use, revoke
            browser.open("konto/tokens.xhtml");
            browser.type(By.id("tokenForm:name"), "Browser-Token");
            browser.typeDate(By.id("tokenForm:gueltigBis_input"),
                    LocalDate.now().plusYears(2).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            browser.click(By.id("tokenForm:anlegen"));
            browser.waitForText(By.id("tokenForm"), "höchstens ein Jahr gültig");
            browser.typeDate(By.id("tokenForm:gueltigBis_input"),
                    LocalDate.now().plusMonths(6).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            browser.click(By.id("tokenForm:anlegen"));
            String token = browser.waitVisible(By.id("tokenWert")).getText();
            assertTrue(token.startsWith("werk_"), token);
            assertTrue(browser.driver().findElement(By.id("tokenForm:tokens")).getText().contains("Browser-Token"));
            Api mitToken = Api.mitToken(base, token);
            assertEquals(200, mitToken.get("benutzer").status(), "the admin's token has the admin's roles");
            browser.screenshot("api-tokens");
            browser.click(By.xpath("//tr[td[normalize-space(.)='Browser-Token']]//button"));
            browser.waitForText(By.id("tokenForm"), "Keine API-Tokens");
            assertEquals(401, mitToken.get("benutzer").status(), "revoked in the page");
            assertNotEquals("", token);
        }
    }

    private static String Zweifaktorregel_code(String user) {
        return de.werkerp.security.control.Zweifaktorregel.code(Zweitfaktor.geheimnis(user),
                de.werkerp.security.control.Zweifaktorregel.schritt(java.time.Instant.now()));
    }

    /** Ten wrong codes (right password) lock the name like ten wrong passwords: then even the right code gets 429. */
    static void falscheCodes(URL base) {
        long sperreId = benutzer(base, SPERRE_USER, "AUDITOR");
        Zweitfaktor.einrichten(base, SPERRE_USER, PASSWORT);
        int fehler = 0;
        while (fehler < 10) {
            String richtig = Zweifaktorregel_code(SPERRE_USER);
            Api.Answer a = tokenAnfrage(base, SPERRE_USER, falsch(richtig), "Falsch");
            assertEquals(401, a.status(), a.body());
            assertTrue(a.body().contains("Der Code ist falsch"), a.body());
            fehler++;
        }
        Api.Answer gesperrt = Api.anonymous(base).post("anmeldung/token", Api.json("benutzername", SPERRE_USER,
                "passwort", PASSWORT, "code", Zweitfaktor.code(SPERRE_USER), "name", "Richtig",
                "gueltigBis", LocalDate.now().toString()));
        assertEquals(429, gesperrt.status(), gesperrt.body());
        assertTrue(gesperrt.body().contains("Die Anmeldung ist gesperrt"), gesperrt.body());

        // the Träger-Admin resets the second factor (lost phone), audited; the in-container step checks the rows
        assertEquals(204, admin(base).delete("benutzer/" + sperreId + "/zweifaktor").status());
        boolean zurueckgesetzt = admin(base).get("protokoll?max=200").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> "STATUS".equals(e.getString("aktion")) && e.getString("neuerWert", "").equals("zurückgesetzt für " + SPERRE_NAME));
        assertTrue(zurueckgesetzt, "the reset is in the audit trail");
    }

    private static void schlafe(long sekunden) {
        try {
            Thread.sleep(sekunden * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
