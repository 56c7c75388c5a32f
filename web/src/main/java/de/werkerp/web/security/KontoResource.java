package de.werkerp.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.security.boundary.KontoService;
import de.werkerp.web.api.Requests;

/** REST: the caller's own account. Every role may change its own password (the current one is required). */
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
}
