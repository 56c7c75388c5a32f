package de.werkerp.web.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.CallerDirectory;
import de.werkerp.security.boundary.ApiTokenService;
import de.werkerp.security.boundary.ZweifaktorService;
import de.werkerp.security.control.Anmelderegel;
import de.werkerp.security.control.Anmeldeversuche;
import de.werkerp.web.api.ErrorBody;
import de.werkerp.web.api.Requests;

/**
 * REST sign-in without a browser (README "Sign-in"), open without authentication, each call with user name and
 * password under the same lock per name and delay per address as every sign-in (429 with {@code Retry-After}):
 * <ul>
 * <li>{@code POST anmeldung/zweifaktor}: set up TOTP while it is not set up: without {@code code} a new secret
 * (Base32 and {@code otpauth://} address); with {@code code} the confirmation, answered with the ten recovery
 * codes.</li>
 * <li>{@code POST anmeldung/token}: a personal API token ({@code code} required for accounts with a second factor,
 * a TOTP or recovery code); a Träger-Admin or Betreiber must have set up the second factor first.</li>
 * </ul>
 */
@Path("anmeldung")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Anmeldung")
public class AnmeldungResource {

    /** User name and password, and a code where one is needed. */
    public record Einrichtung(String benutzername, String passwort, String code) {
    }

    /** User name, password, code (with a second factor) and the new token's name and last valid day. */
    public record TokenAnfrage(String benutzername, String passwort, String code, String name, LocalDate gueltigBis) {
    }

    /** A new secret to enter into an authenticator app. */
    public record Geheimnis(String geheimnis, String otpauth) {
    }

    /** The recovery codes, shown this once. */
    public record Wiederherstellung(List<String> wiederherstellungscodes) {
    }

    @Context
    HttpServletRequest request;

    @Inject
    Anmeldeversuche versuche;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CallerDirectory directory;

    @Inject
    CallerContext callers;

    @Inject
    Zweitanmeldung zweitanmeldung;

    @EJB
    ZweifaktorService zweifaktor;

    @EJB
    ApiTokenService tokens;

    @POST
    @Path("zweifaktor")
    public Response zweifaktor(Einrichtung body) {
        Einrichtung e = Requests.body(body);
        String adresse = WerkErpAuthenticationMechanism.clientAddress(request);
        Object geprueft = passwort(e.benutzername(), e.passwort(), adresse);
        if (geprueft instanceof Response refused) {
            return refused;
        }
        CallerDirectory.Account account = (CallerDirectory.Account) geprueft;
        if (zweitanmeldung.aktiv(account)) {
            return fehler(409, "Die Zwei-Faktor-Anmeldung ist bereits eingerichtet.");
        }
        if (e.code() == null || e.code().isBlank()) {
            ZweifaktorService.Einrichtung neu = callers.runAs(account.caller(), () -> zweifaktor.beginnen());
            return Response.ok(new Geheimnis(neu.geheimnis(), neu.otpauth())).build();
        }
        try {
            List<String> codes = callers.runAs(account.caller(), () -> zweifaktor.bestaetigen(e.code()));
            return Response.ok(new Wiederherstellung(codes)).build();
        } catch (RuntimeException falsch) {
            // a wrong code counts against the name like a wrong password
            versuche.fehlgeschlagen(account.login(), adresse);
            throw falsch;
        }
    }

    @POST
    @Path("token")
    public Response token(TokenAnfrage body) {
        TokenAnfrage t = Requests.body(body);
        String adresse = WerkErpAuthenticationMechanism.clientAddress(request);
        Object geprueft = passwort(t.benutzername(), t.passwort(), adresse);
        if (geprueft instanceof Response refused) {
            return refused;
        }
        CallerDirectory.Account account = (CallerDirectory.Account) geprueft;
        if (account.passwortAendern()) {
            // a password another person set opens no token: it must be changed first (README "Sign-in")
            return fehler(403, WerkErpAuthenticationMechanism.ERST_AENDERN);
        }
        if (zweitanmeldung.aktiv(account)) {
            Zweitanmeldung.Ergebnis ergebnis = zweitanmeldung.codePruefen(account, t.code(), adresse);
            if (!ergebnis.angenommen()) {
                return fehler(401, ergebnis.meldung());
            }
        } else if (Zweitanmeldung.pflicht(account)) {
            return fehler(403, "Für dieses Konto ist die Zwei-Faktor-Anmeldung vorgeschrieben. Bitte richten Sie sie zuerst ein"
                    + " (Seite „Zwei-Faktor“ oder POST /api/v1/anmeldung/zweifaktor).");
        }
        ApiTokenService.NeuesToken neu = callers.runAs(account.caller(), () -> tokens.anlegen(t.name(), t.gueltigBis()));
        return Response.status(Response.Status.CREATED)
                .entity(new KontoResource.TokenWert(neu.id(), neu.name(), neu.gueltigBis(), neu.token())).build();
    }

    /** The lock, then the password (recorded like every sign-in): the account, or the refusing answer. */
    private Object passwort(String benutzername, String passwort, String adresse) {
        if (benutzername == null || passwort == null) {
            return fehler(401, "Benutzername oder Passwort ist falsch.");
        }
        // the lock's key is the canonical login (kennung/benutzername, or an operator's name), as for the form and Basic
        String login = de.werkerp.security.control.Anmeldename.kanonisch(benutzername);
        Anmeldeversuche.Pruefung p = versuche.pruefen(login, adresse, false);
        if (p.sperre().isPresent()) {
            Anmelderegel.Sperre sperre = p.sperre().get();
            return Response.status(429).header("Retry-After", sperre.sekunden(versuche.jetzt()))
                    .entity(ErrorBody.of(429, sperre.meldung(versuche.jetzt()))).type(MediaType.APPLICATION_JSON).build();
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(benutzername, passwort));
        Optional<CallerDirectory.Account> account = result.getStatus() == CredentialValidationResult.Status.VALID
                ? directory.account(benutzername) : Optional.empty();
        if (account.isEmpty()) {
            versuche.fehlgeschlagen(login, adresse);
            return fehler(401, "Benutzername oder Passwort ist falsch.");
        }
        if (p.nameHatFehlversuche() && !zweitanmeldung.aktiv(account.get())) {
            versuche.erfolgreich(login);
        }
        return account.get();
    }

    private static Response fehler(int status, String meldung) {
        return Response.status(status).entity(ErrorBody.of(status, meldung)).type(MediaType.APPLICATION_JSON).build();
    }
}
