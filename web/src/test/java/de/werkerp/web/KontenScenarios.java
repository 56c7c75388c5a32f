package de.werkerp.web;

import static de.werkerp.web.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 16 items 1 and 2, the accounts (README "Sign-in"): the operator invites a tenant's first admin by e-mail
 * (through GreenMail, {@link TestMail}) and never sets a password; names unique per tenant, signed in as
 * {@code kennung/benutzername}; the warning before an idle session ends.
 */
final class KontenScenarios {

    static final String OPERATOR = "betrieb";
    static final String OPERATOR_PASSWORT = "betrieb123!";
    static final String UNGUELTIG = "Dieser Einladungslink ist ungültig oder abgelaufen.";
    /** The invitation the in-container step ages past its 72 hours (WerkErpIT). */
    static final String ABGELAUFEN = "abgelaufen.test";
    private static String abgelaufenToken;

    private KontenScenarios() {
    }

    /**
     * Creates a tenant as the operator and accepts its admin's invitation from the mail (REST): the admin's API.
     */
    static Api traegerMitEinladung(URL base, String kennung, String name, String admin, String adminName, String email,
            String passwort) {
        Api.Answer created = Api.mitZweitemFaktor(base, OPERATOR, OPERATOR_PASSWORT).post("traeger", json("kennung", kennung, "name", name,
                "adminBenutzername", admin, "adminName", adminName, "adminEmail", email));
        assertEquals(201, created.status(), created.body());
        TestMail.Mail mail = TestMail.an(email);
        Api.Answer angenommen = Api.anonymous(base).post("einladung", json("token", mail.token(), "passwort", passwort));
        assertEquals(204, angenommen.status(), angenommen.body());
        return Api.mitZweitemFaktor(base, kennung + "/" + admin, passwort);
    }

    /**
     * The invitation end to end: tenant created by the operator, mail with the link, password set once through the
     * link, sign-in with Kennung and name; a second use and an unknown token get the same German message.
     */
    static void einladungEndeZuEnde(URL base) {
        Api operator = Api.mitZweitemFaktor(base, OPERATOR, OPERATOR_PASSWORT);
        Api.Answer created = operator.post("traeger", json("kennung", "konten-a", "name", "Konten A e. V.",
                "adminBenutzername", "anna", "adminName", "Anna A.", "adminEmail", "anna@konten-a.example"));
        assertEquals(201, created.status(), created.body());
        assertFalse(created.body().contains("token"), "the operator never sees the token: " + created.body());

        TestMail.Mail mail = TestMail.an("anna@konten-a.example");
        assertTrue(mail.betreff().contains("Einladung zu WerkERP"), mail.betreff());
        assertTrue(mail.text().contains("Kennung des Trägers „konten-a“"), mail.text());
        assertTrue(mail.text().contains("Ihr Benutzername „anna“"), mail.text());
        assertTrue(mail.link().startsWith(base.toString().replaceAll("/$", "")), mail.link() + " vs " + base);

        // before the invitation is accepted the account has no password at all
        assertEquals(401, Api.as(base, "konten-a/anna", "irgendein-passwort").get("benutzer").status());

        Api anonym = Api.anonymous(base);
        Api.Answer zuKurz = anonym.post("einladung", json("token", mail.token(), "passwort", "elf-Zeichen"));
        assertEquals(400, zuKurz.status(), zuKurz.body());
        assertEquals("passwort", zuKurz.firstErrorField());
        assertTrue(zuKurz.body().contains("mindestens 12 Zeichen"), zuKurz.body());

        Api.Answer ok = anonym.post("einladung", json("token", mail.token(), "passwort", "annas-eigenes-1"));
        assertEquals(204, ok.status(), ok.body());
        Api anna = Api.mitZweitemFaktor(base, "konten-a/anna", "annas-eigenes-1");
        Api.Answer liste = anna.get("benutzer");
        assertEquals(200, liste.status(), liste.body());
        assertEquals(1, liste.array().size(), "only the tenant's own admin: " + liste.body());
        assertFalse(liste.array().getJsonObject(0).getBoolean("passwortAendern"), "she chose it herself");

        // single use; an unknown token gets exactly the same answer
        Api.Answer nochmal = anonym.post("einladung", json("token", mail.token(), "passwort", "fremdes-passwort-1"));
        assertEquals(400, nochmal.status(), nochmal.body());
        assertEquals("token", nochmal.firstErrorField());
        assertTrue(nochmal.body().contains(UNGUELTIG), nochmal.body());
        Api.Answer unbekannt = anonym.post("einladung", json("token", "A".repeat(43), "passwort", "fremdes-passwort-1"));
        assertEquals(nochmal.body(), unbekannt.body());
        assertEquals(401, Api.as(base, "konten-a/anna", "fremdes-passwort-1").get("benutzer").status());

        // the page says the same for the used link
        try (Browser browser = new Browser(base)) {
            browser.open("einladung.xhtml?token=" + mail.token());
            browser.waitForText(By.id("ungueltig"), UNGUELTIG);
        }

        // the tenant admin invites a further user; the invitee sets the password on the page and signs in
        Api.Answer bert = anna.post("benutzer", json("benutzername", "bert", "anzeigename", "Bert B.", "email",
                "bert@konten-a.example", "rollen", new String[] {"AUDITOR"}));
        assertEquals(201, bert.status(), bert.body());
        TestMail.Mail bertMail = TestMail.an("bert@konten-a.example");
        try (Browser browser = new Browser(base)) {
            browser.driver().get(bertMail.link());
            browser.type(By.id("einladungForm:passwort"), "berts-passwort-1");
            browser.type(By.id("einladungForm:wiederholung"), "berts-passwort-1");
            browser.click(By.id("einladungForm:festlegen"));
            browser.waitVisible(By.id("angenommen"));
            browser.login("konten-a/bert", "berts-passwort-1");
            assertEquals("Bert B.", browser.driver().findElement(By.id("benutzerName")).getText());
            assertTrue(browser.pageText().contains("Konten A e. V."), "the tenant in the header");
        }

        // the tenant's audit trail: invitations created and accepted, by whom
        Api.Answer protokoll = anna.get("protokoll?max=200");
        assertEquals(200, protokoll.status(), protokoll.body());
        boolean angelegt = false;
        boolean angenommen = false;
        for (JsonValue v : protokoll.array()) {
            JsonObject a = v.asJsonObject();
            if ("Einladung".equals(a.getString("objekttyp"))) {
                angelegt |= "ANGELEGT".equals(a.getString("aktion")) && "betrieb (Betrieb)".equals(a.getString("benutzer"));
                angenommen |= "GEAENDERT".equals(a.getString("aktion")) && "angenommenAm".equals(a.getString("feld", ""))
                        && "bert".equals(a.getString("benutzer"));
            }
        }
        assertTrue(angelegt, "the operator's invitation of the first admin: " + protokoll.body());
        assertTrue(angenommen, "bert accepted his invitation: " + protokoll.body());

        // an invitation the in-container step lets expire (WerkErpIT)
        Api.Answer spaet = anna.post("benutzer", json("benutzername", ABGELAUFEN, "anzeigename", "Abgelaufen", "email",
                "abgelaufen@konten-a.example", "rollen", new String[] {"AUDITOR"}));
        assertEquals(201, spaet.status(), spaet.body());
        abgelaufenToken = TestMail.an("abgelaufen@konten-a.example").token();
    }

    /** After the in-container step moved the invitation's end into the past: the same message as for any bad link. */
    static void abgelaufeneEinladung(URL base) {
        Api.Answer r = Api.anonymous(base).post("einladung", json("token", abgelaufenToken, "passwort", "zu-spaet-12345"));
        assertEquals(400, r.status(), r.body());
        assertEquals("token", r.firstErrorField());
        assertTrue(r.body().contains(UNGUELTIG), r.body());
        try (Browser browser = new Browser(base)) {
            browser.open("einladung.xhtml?token=" + abgelaufenToken);
            browser.waitForText(By.id("ungueltig"), UNGUELTIG);
            assertTrue(browser.driver().findElements(By.id("einladungForm:festlegen")).isEmpty(), "no form for it");
        }
    }

    /** {@code adminPasswort} is refused with a German 400 on that field, and nothing is created. */
    static void adminPasswortAbgelehnt(URL base) {
        Api operator = Api.mitZweitemFaktor(base, OPERATOR, OPERATOR_PASSWORT);
        Api.Answer r = operator.post("traeger", json("kennung", "mit-passwort", "name", "Mit Passwort", "adminBenutzername",
                "chef", "adminName", "Chef", "adminEmail", "chef@mit-passwort.example", "adminPasswort", "vom-betrieb-123"));
        assertEquals(400, r.status(), r.body());
        assertEquals("adminPasswort", r.firstErrorField());
        assertTrue(r.body().contains("Der Betrieb legt kein Passwort fest"), r.body());
        assertFalse(operator.get("traeger").body().contains("mit-passwort"), "no tenant created");
        assertEquals(0, TestMail.anzahlAn("chef@mit-passwort.example"));

        Api.Answer ohneMail = operator.post("traeger", json("kennung", "ohne-mail", "name", "Ohne Mail",
                "adminBenutzername", "chef", "adminName", "Chef"));
        assertEquals(400, ohneMail.status(), ohneMail.body());
        assertEquals("adminEmail", ohneMail.firstErrorField());

        // the operator page has no password field: it asks for the admin's e-mail address and sends the invitation
        try (Browser browser = new Browser(base)) {
            browser.login(OPERATOR, OPERATOR_PASSWORT);
            browser.open("betrieb/traeger.xhtml");
            browser.click(By.id("listeForm:neu"));
            browser.waitVisible(By.id("traegerForm:kennung"));
            assertTrue(browser.driver().findElements(By.id("traegerForm:adminPasswort")).isEmpty());
            browser.type(By.id("traegerForm:kennung"), "konten-seite");
            browser.type(By.id("traegerForm:name"), "Über die Seite e. V.");
            browser.type(By.id("traegerForm:adminBenutzername"), "chefin");
            browser.type(By.id("traegerForm:adminName"), "Clara Chefin");
            browser.type(By.id("traegerForm:adminEmail"), "clara@konten-seite.example");
            browser.click(By.id("traegerForm:anlegen"));
            // the growl is drawn by script (and the list is paged): the message is in the page's source
            long bis = System.currentTimeMillis() + 20_000;
            while (!browser.driver().getPageSource().contains("ging an clara@konten-seite.example")
                    && System.currentTimeMillis() < bis) {
                Thread.onSpinWait();
            }
            assertTrue(browser.driver().getPageSource().contains("ging an clara@konten-seite.example"),
                    "success message on the page");
        }
        assertTrue(operator.get("traeger").body().contains("\"kennung\":\"konten-seite\""), "the tenant exists");
        TestMail.Mail mail = TestMail.an("clara@konten-seite.example");
        assertTrue(mail.text().contains("Ihr Benutzername „chefin“"), mail.text());
        assertEquals(204, Api.anonymous(base).post("einladung", json("token", mail.token(), "passwort", "claras-eigenes-1"))
                .status());
        assertEquals(200, Api.mitZweitemFaktor(base, "konten-seite/chefin", "claras-eigenes-1").get("benutzer").status());
    }

    /** The operator has no way to set or reset a password of a tenant's user. */
    static void betriebSetztKeinPasswort(URL base) {
        Api anna = Api.mitZweitemFaktor(base, "konten-a/anna", "annas-eigenes-1");
        JsonObject annaSelbst = anna.get("benutzer").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> "anna".equals(o.getString("benutzername"))).findFirst().orElseThrow();
        long id = annaSelbst.getJsonNumber("id").longValue();
        Api operator = Api.mitZweitemFaktor(base, OPERATOR, OPERATOR_PASSWORT);
        Api.Answer put = operator.put("benutzer/" + id, json("benutzername", "anna", "anzeigename", "Anna A.",
                "rollen", new String[] {"TENANT_ADMIN"}, "passwort", "vom-betrieb-123"));
        assertEquals(403, put.status(), put.body());
        assertEquals(403, operator.post("benutzer", json("benutzername", "hintertuer", "anzeigename", "X",
                "rollen", new String[] {"TENANT_ADMIN"}, "passwort", "vom-betrieb-123")).status());
        assertEquals(403, operator.post("benutzer/" + id + "/einladung", "{}").status());
        assertEquals(401, Api.as(base, "konten-a/anna", "vom-betrieb-123").get("benutzer").status());
        assertEquals(200, anna.get("benutzer").status(), "her own password still works");
    }

    /**
     * Names are unique per tenant: two tenants both have an "anna", each signs in to her own tenant; a duplicate
     * inside one tenant is a German 400; whether a name exists in another tenant cannot be learnt.
     */
    static void namenJeTraeger(URL base) {
        Api annaA = Api.mitZweitemFaktor(base, "konten-a/anna", "annas-eigenes-1");
        Api annaB = traegerMitEinladung(base, "konten-b", "Konten B gGmbH", "anna", "Anna B.", "anna@konten-b.example",
                "annas-anderes-1");
        JsonObject a = annaA.get("benutzer").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> "anna".equals(o.getString("benutzername"))).findFirst().orElseThrow();
        assertEquals("Anna A.", a.getString("anzeigename"));
        Api.Answer listeB = annaB.get("benutzer");
        assertEquals(200, listeB.status(), listeB.body());
        assertEquals(1, listeB.array().size(), listeB.body());
        assertEquals("Anna B.", listeB.array().getJsonObject(0).getString("anzeigename"));
        assertNotEquals(a.getJsonNumber("id"), listeB.array().getJsonObject(0).getJsonNumber("id"));
        // each password only in its own tenant
        assertEquals(401, Api.as(base, "konten-b/anna", "annas-eigenes-1").get("benutzer").status());
        assertEquals(200, annaA.get("benutzer").status());

        // a duplicate within the tenant: German 400 on the name
        Api.Answer doppelt = annaB.post("benutzer", json("benutzername", "anna", "anzeigename", "Noch eine",
                "rollen", new String[] {"AUDITOR"}, "passwort", "doppelt-12345"));
        assertEquals(400, doppelt.status(), doppelt.body());
        assertEquals("benutzername", doppelt.firstErrorField());
        assertTrue(doppelt.body().contains("bereits vergeben"), doppelt.body());

        // names of other tenants are invisible: "nur.in.b" exists in B only, "admin" in the demo tenant only; for
        // A's admin both behave like a name that exists nowhere
        assertEquals(201, annaB.post("benutzer", json("benutzername", "nur.in.b", "anzeigename", "Nur B",
                "rollen", new String[] {"AUDITOR"}, "passwort", "nur-in-b-12345")).status());
        for (String name : new String[] {"nur.in.b", "admin", "gibt.es.nirgends"}) {
            Api.Answer r = annaA.post("benutzer", json("benutzername", name, "anzeigename", "Test " + name,
                    "rollen", new String[] {"AUDITOR"}, "passwort", "test-12345-" + name));
            assertEquals(201, r.status(), name + ": " + r.body());
        }
    }

    /**
     * The warning a minute before an idle session ends: an accessible dialog, "Weiterarbeiten" keeps the session. The
     * session follows the account's id through a rename.
     */
    static void sitzungsWarnung(URL base) {
        try (Browser browser = new Browser(base)) {
            browser.login("konten-a/anna", "annas-eigenes-1");
            WebElement dialog = browser.driver().findElement(By.id("sitzungWarnung"));
            assertFalse(dialog.isDisplayed());
            assertEquals("alertdialog", dialog.getAttribute("role"));
            assertEquals("1800", dialog.getAttribute("data-timeout"), "30 minutes (web.xml)");
            ((JavascriptExecutor) browser.driver()).executeScript("WerkErpSitzung.warnen()");
            browser.waitVisible(By.id("sitzungWeiter"));
            assertTrue(dialog.getText().contains("Ihre Sitzung endet in einer Minute"), dialog.getText());
            assertEquals("sitzungWeiter", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "the focus is on the button");
            browser.click(By.id("sitzungWeiter"));
            long bis = System.currentTimeMillis() + 10_000;
            while (dialog.isDisplayed() && System.currentTimeMillis() < bis) {
                Thread.onSpinWait();
            }
            assertFalse(dialog.isDisplayed(), "closed after the server answered");
            browser.open("index.xhtml");
            assertEquals("Anna A.", browser.driver().findElement(By.id("benutzerName")).getText());

            // the session is bound to the account's id, not its name: renamed, Anna stays signed in
            Api anna = Api.mitZweitemFaktor(base, "konten-a/anna", "annas-eigenes-1");
            JsonObject selbst = anna.get("benutzer").array().stream().map(JsonValue::asJsonObject)
                    .filter(o -> "anna".equals(o.getString("benutzername"))).findFirst().orElseThrow();
            Api.Answer umbenannt = anna.put("benutzer/" + selbst.getJsonNumber("id"), json("benutzername", "anna.a",
                    "anzeigename", "Anna Umbenannt", "email", "anna@konten-a.example", "rollen", new String[] {"TENANT_ADMIN"},
                    "version", selbst.getJsonNumber("version").longValue()));
            assertEquals(200, umbenannt.status(), umbenannt.body());
            browser.open("index.xhtml");
            browser.waitForText(By.id("benutzerName"), "Anna Umbenannt");
            // a Träger-Admin gets no API access by password (second factor): the answer still tells a right password
            // (pointing to API tokens) from a wrong login ("falsch")
            Api.Answer neuerName = Api.as(base, "konten-a/anna.a", "annas-eigenes-1").get("benutzer");
            assertEquals(401, neuerName.status(), neuerName.body());
            assertTrue(neuerName.body().contains("API-Token"), "the new name with her password: " + neuerName.body());
            Api.Answer alterName = Api.as(base, "konten-a/anna", "annas-eigenes-1").get("benutzer");
            assertEquals(401, alterName.status(), "the old name is gone");
            assertTrue(alterName.body().contains("falsch"), alterName.body());

            // the login form remembers the last Kennung (cookie werkerp_kennung) and fills it in
            browser.logout();
            assertEquals("konten-a", browser.driver().findElement(By.id("login:kennung")).getAttribute("value"));
        }
    }

    /** One open link per user: a new invitation ends the earlier one; the new one works once. */
    static void neueEinladungBeendetDieAlte(URL base) {
        Api admin = Api.mitZweitemFaktor(base, ClientScenarios.DEMO_ADMIN, ClientScenarios.DEMO_PASSWORD);
        String email = "zweimal@demo.example";
        Api.Answer angelegt = admin.post("benutzer", json("benutzername", "zweimal.eingeladen", "anzeigename",
                "Zweimal Eingeladen", "email", email, "rollen", new String[] {"AUDITOR"}));
        assertEquals(201, angelegt.status(), angelegt.body());
        String erster = TestMail.an(email).token();
        long id = angelegt.object().getJsonNumber("id").longValue();
        assertEquals(2, waitForMails(email, 2, () -> admin.post("benutzer/" + id + "/einladung", "{}")));
        String zweiter = TestMail.an(email).token();
        assertNotEquals(erster, zweiter);
        Api.Answer alt = Api.anonymous(base).post("einladung", json("token", erster, "passwort", "zweimal-passwort-1"));
        assertEquals(400, alt.status(), alt.body());
        assertTrue(alt.body().contains(UNGUELTIG), alt.body());
        assertEquals(204, Api.anonymous(base).post("einladung", json("token", zweiter, "passwort", "zweimal-passwort-1"))
                .status());
        assertEquals(200, Api.as(base, "demo/zweimal.eingeladen", "zweimal-passwort-1").get("einrichtungen").status());
    }

    private static long waitForMails(String email, long anzahl, java.util.function.Supplier<Api.Answer> senden) {
        Api.Answer a = senden.get();
        assertTrue(a.status() / 100 == 2, a.status() + " " + a.body());
        long bis = System.currentTimeMillis() + 30_000;
        while (TestMail.anzahlAn(email) < anzahl && System.currentTimeMillis() < bis) {
            Thread.onSpinWait();
        }
        return TestMail.anzahlAn(email);
    }
}
