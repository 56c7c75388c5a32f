package de.werkerp.web.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.security.boundary.ApiTokenService;
import de.werkerp.security.boundary.KontoService;
import de.werkerp.security.boundary.ZweifaktorService;
import de.werkerp.security.control.ApiTokenspeicher;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/**
 * REST: the caller's own account. Every role may change its own password (the current one is required) and keeps
 * personal API tokens ({@code konto/tokens}).
 */
@Path("konto")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Konto")
public class KontoResource {

    /** The new password must have at least 12 characters; it ends the user's sessions in browsers. */
    public record PasswortAenderung(String aktuellesPasswort, String neuesPasswort) {
    }

    @EJB
    KontoService service;

    @POST
    @Path("passwort")
    public Response passwortAendern(PasswortAenderung body) {
        PasswortAenderung a = Requests.body(body);
        service.passwortAendern(a.aktuellesPasswort(), a.neuesPasswort(), null);
        return Response.noContent().build();
    }

    /** A new personal API token: {@code gueltigBis} at most one year ahead. */
    public record NeuesToken(String name, LocalDate gueltigBis) {
    }

    /** A token in the list (never its value). */
    public record TokenDto(long id, String name, Instant angelegt, LocalDate gueltigBis, Instant zuletztBenutzt) {
        static TokenDto of(ApiTokenspeicher.Eintrag e) {
            return new TokenDto(e.id(), e.name(), e.angelegt(), e.gueltigBis(), e.zuletztBenutzt());
        }
    }

    /** The answer to a new token: its value, shown this once. */
    public record TokenWert(long id, String name, LocalDate gueltigBis, String token) {
    }

    @EJB
    ApiTokenService tokens;

    @GET
    @Path("tokens")
    public List<TokenDto> tokens(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(tokens.liste().stream().map(TokenDto::of).toList(), offset, limit);
    }

    @POST
    @Path("tokens")
    public Response tokenAnlegen(NeuesToken body) {
        NeuesToken t = Requests.body(body);
        ApiTokenService.NeuesToken neu = tokens.anlegen(t.name(), t.gueltigBis());
        return Response.status(Response.Status.CREATED).entity(new TokenWert(neu.id(), neu.name(), neu.gueltigBis(), neu.token())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    public Response tokenWiderrufen(@PathParam("id") long id) {
        tokens.widerrufen(id);
        return Response.noContent().build();
    }

    /** Password and a current code (switch-off), or only the code (new recovery codes). */
    public record Zweifaktor(String passwort, String code) {
    }

    @EJB
    ZweifaktorService zweifaktor;

    /** The caller's second factor: set up, required for the role, unused recovery codes. */
    @GET
    @Path("zweifaktor")
    public ZweifaktorService.Status zweifaktorStatus() {
        return zweifaktor.status();
    }

    /** Ten new recovery codes (the old ones stop working); needs a current code. */
    @POST
    @Path("zweifaktor/wiederherstellungscodes")
    public AnmeldungResource.Wiederherstellung neueWiederherstellungscodes(Zweifaktor body) {
        return new AnmeldungResource.Wiederherstellung(zweifaktor.neueWiederherstellungscodes(Requests.body(body).code()));
    }

    /** Switches the second factor off (password and code; refused for Träger-Admin and Betreiber). */
    @POST
    @Path("zweifaktor/abschalten")
    public Response zweifaktorAbschalten(Zweifaktor body) {
        Zweifaktor z = Requests.body(body);
        zweifaktor.abschalten(z.passwort(), z.code());
        return Response.noContent().build();
    }
}
